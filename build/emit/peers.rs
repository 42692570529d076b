//! Emits the `PEERS` rows: what each library and browser does on receipt of a Close frame.
//!
//! Owns: the generated text for `[[peer]]` rows. May not touch: anything else.

use std::fmt::Write as _;

use super::super::table::{KINDS, PeerRow, ReactionRow, Table};
use super::{lit, lits, opt_lit, variant_of};

pub(super) fn emit(out: &mut String, table: &Table) {
    let _ = writeln!(
        out,
        "pub(crate) static PEERS: [Peer; {}] = [",
        table.peers.len()
    );
    for peer in &table.peers {
        emit_peer(out, peer);
    }
    out.push_str("];\n\n");
}

fn emit_peer(out: &mut String, peer: &PeerRow) {
    let accepts: Vec<String> = peer
        .accepts
        .iter()
        .map(|(a, b)| format!("({a}, {b})"))
        .collect();
    let [empty, accepted, bad_code, bad_utf8, one_byte, too_long] = &peer.reactions;
    let _ = writeln!(
        out,
        "    Peer {{ id: {}, name: {}, versions: {}, kind: PeerKind::{}, measured: {}, accepts: &[{}], checks_reason_first: {}, reactions: Reactions {{ empty: {}, accepted: {}, bad_code: {}, bad_utf8: {}, one_byte: {}, too_long: {} }}, no_close: {}, reset: {}, leaving: {}, sources: &[{}] }},",
        lit(&peer.id),
        lit(&peer.name),
        lit(&peer.versions),
        variant_of(&KINDS, peer.kind),
        opt_lit(peer.measured.as_ref()),
        accepts.join(", "),
        peer.checks_reason_first,
        reaction(empty),
        reaction(accepted),
        reaction(bad_code),
        reaction(bad_utf8),
        reaction(one_byte),
        reaction(too_long),
        sees(&peer.no_close),
        sees(&peer.reset),
        leaving(peer.leaving.as_ref()),
        lits(&peer.sources),
    );
}

fn reaction(r: &ReactionRow) -> String {
    let replies = match r.replies {
        Ok(code) => format!("Replies::Code(CloseCode({code}))"),
        Err("echo") => "Replies::Echo".to_owned(),
        Err("empty") => "Replies::Empty".to_owned(),
        Err(_) => "Replies::Nothing".to_owned(),
    };
    format!("Reaction {{ sees: {}, replies: {replies} }}", sees(r))
}

fn leaving(leaving: Option<&[Result<u16, &'static str>; 3]>) -> String {
    let Some([navigate, reload, close]) = leaving else {
        return "None".to_owned();
    };
    let leave = |l: &Result<u16, &str>| match l {
        Ok(code) => format!("Leave::Code(CloseCode({code}))"),
        Err(_) => "Leave::Cached".to_owned(),
    };
    format!(
        "Some(Leaving {{ navigate: {}, reload: {}, close: {} }})",
        leave(navigate),
        leave(reload),
        leave(close)
    )
}

fn sees(r: &ReactionRow) -> String {
    match (r.sees, &r.error) {
        (Ok(code), _) => format!("Sees::Code(CloseCode({code}))"),
        (Err("received"), _) => "Sees::Received".to_owned(),
        (_, error) => format!("Sees::Error({})", lit(error.as_deref().unwrap_or_default())),
    }
}
