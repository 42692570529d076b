//! The blocks that show what real peers do with a Close payload: on a code's page (the code
//! with no reason) and in `closecode frame` (any payload, all peers or one).

use super::{Block, Link};
use crate::Label;
use crate::Locale;
use crate::peer::{self, Peer, PeerReaction};
use crate::table::label;

/// What the peers of the table (or only `only`) do with `payload`: one line when every peer
/// accepts it, else a table of what each application sees and what each peer sends back.
pub(crate) fn blocks(payload: &[u8], locale: Locale, only: Option<&'static Peer>) -> Vec<Block> {
    let reactions: Vec<PeerReaction> = match only {
        Some(peer) => vec![peer.reaction(payload)],
        None => peer::reactions(payload).collect(),
    };
    let mut blocks = Vec::new();
    match only {
        Some(peer) => {
            let name = format!("{} {}", peer.name, peer.versions);
            let sentence = if reactions[0].accepts() {
                Label::peer_accepts(&name)
            } else {
                Label::peer_refuses(&name)
            };
            blocks.push(Block::Paragraph(sentence.format(locale)));
        }
        None if reactions.iter().all(PeerReaction::accepts) => {
            blocks.push(Block::Paragraph(
                locale.label_at(label::PEERS_ALL_ACCEPT).to_owned(),
            ));
            return blocks;
        }
        None => {}
    }
    let head = [
        label::LABEL_PEER,
        label::LABEL_PEER_SEES,
        label::LABEL_PEER_REPLIES,
    ]
    .map(|index| Link::plain(locale.label_at(index)));
    let rows = reactions.iter().map(|r| {
        vec![
            Link::plain(format!("{} {}", r.peer.name, r.peer.versions)),
            Link::plain(r.describe_sees(locale)),
            Link::plain(r.describe_replies(locale)),
        ]
    });
    blocks.push(Block::Table {
        head: head.to_vec(),
        rows: rows.collect(),
        row_headers: true,
    });
    blocks
}
