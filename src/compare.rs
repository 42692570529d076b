//! Two close codes side by side: what each means, how they differ, and when to use which.

use crate::Label;
use crate::ids::ids;
use crate::table::label;
use crate::{CloseCode, Description, Facts, Locale, Sender, Value, Wire};

/// An aspect in which two close codes can differ. Each is computed from the code table or the
/// peer table, so a difference is a fact, not the descriptions repeated. The order is the order
/// of what decides a fix: who sends the code, whether to reconnect, how real peers treat it, its
/// usual cause, then the rules of the protocol.
///
/// # Examples
///
/// ```
/// use closecode::Aspect;
///
/// assert_eq!(Aspect::Wire.id(), "wire");
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum Aspect {
    /// Who sends the code.
    Sender,
    /// How a client should react.
    Retry,
    /// Which libraries and browsers refuse it on receipt, and what they answer (the peer
    /// table, `data/peers.toml`).
    Peers,
    /// Its usual cause.
    Cause,
    /// Whether it may be sent in a Close frame, or is reported locally only.
    Wire,
    /// Whether a browser script may send it.
    Browser,
    /// The HTTP status with the same meaning.
    Http,
    /// Whether and when it was registered, or which range it falls in. Listed last; a comparison
    /// page shows it in its facts table rather than among the key differences, since it never
    /// decides a fix.
    Registration,
}

ids!(Aspect {
    Sender => "sender",
    Retry => "retry",
    Peers => "peers",
    Cause => "cause",
    Wire => "wire",
    Browser => "browser",
    Http => "http",
    Registration => "registration",
});

impl Aspect {
    /// Every aspect, in the order a comparison lists its differences.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::Aspect;
    ///
    /// assert_eq!(Aspect::all().next(), Some(Aspect::Sender));
    /// assert_eq!(Aspect::all().len(), 8);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = Aspect> + DoubleEndedIterator + Clone {
        Aspect::ALL.iter().copied()
    }

    /// The aspect's id, as JSON output spells it: `sender`, `retry`, `peers`, `cause`, `wire`,
    /// `browser`, `http` or `registration`; also its `Display`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(closecode::Aspect::Registration.id(), "registration");
    /// ```
    pub fn id(self) -> &'static str {
        self.ident()
    }

    /// The aspect's heading in `locale`, such as "On the wire" or "전송".
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{Aspect, Locale};
    ///
    /// assert_eq!(Aspect::Sender.label(Locale::KO), "보내는 쪽");
    /// # }
    /// ```
    pub fn label(self, locale: Locale) -> &'static str {
        locale.label_at(match self {
            Aspect::Sender => label::LABEL_SENT_BY,
            Aspect::Wire => label::LABEL_WIRE,
            Aspect::Browser => label::LABEL_BROWSER,
            Aspect::Registration => label::LABEL_REGISTRATION,
            Aspect::Retry => label::LABEL_RETRY,
            Aspect::Peers => label::LABEL_PEER_TREATMENT,
            Aspect::Http => label::LABEL_HTTP,
            Aspect::Cause => label::LABEL_CAUSE,
        })
    }

    /// What `code` is in this aspect, as a predicate that follows the code number
    /// ("may be sent in a Close frame"); in Korean and Japanese, a sentence that follows "1006 코드는" or "1006は、".
    fn predicate(self, facts: &Facts, text: &Description, locale: Locale) -> String {
        let phrase = |index| locale.label_at(index).to_owned();
        match self {
            Aspect::Sender => phrase(match facts.sent_by {
                Sender::Either => label::PRED_SENDER_EITHER,
                Sender::Client => label::PRED_SENDER_CLIENT,
                Sender::Server => label::PRED_SENDER_SERVER,
                Sender::Gateway => label::PRED_SENDER_GATEWAY,
                Sender::Nobody => label::PRED_SENDER_NOBODY,
            }),
            Aspect::Wire => phrase(match facts.wire {
                Wire::LocalOnly => label::PRED_WIRE_LOCAL_ONLY,
                Wire::Reserved => label::PRED_WIRE_RESERVED,
                Wire::Defined => label::PRED_WIRE_SENDABLE,
                _ => label::PRED_WIRE_INVALID,
            }),
            Aspect::Browser if facts.browser_sendable => phrase(label::PRED_BROWSER_YES),
            Aspect::Browser => phrase(label::PRED_BROWSER_NO),
            Aspect::Registration => match (facts.registered, facts.registered_on) {
                // The facts table shows the registry's ISO date; running text writes the date as
                // the reader's language does ("October 10, 2016", "2016년 10월 10일").
                (true, Some(date)) => {
                    let mut parts = date.split('-').map(|part| part.parse::<u32>().unwrap_or(0));
                    let [year, month, day] = [(); 3].map(|()| parts.next().unwrap_or(0));
                    Label::pred_registered_on(year, month, day).format(locale)
                }
                (true, None) if facts.reference.starts_with("RFC 6455") => {
                    phrase(label::PRED_REGISTERED_RFC)
                }
                (true, None) => phrase(label::PRED_REGISTERED_LATER),
                (false, _) => {
                    Label::pred_unregistered(facts.range.first(), facts.range.last()).format(locale)
                }
            },
            Aspect::Retry => facts.retry.predicate(locale).to_owned(),
            Aspect::Peers => peers_predicate(facts.code, locale),
            Aspect::Http => match facts.http_status {
                Some(status) => Label::pred_http(status).format(locale),
                None => phrase(label::PRED_HTTP_NONE),
            },
            Aspect::Cause => text.cause().to_string(),
        }
    }
}

/// One way in which two codes differ.
///
/// # Examples
///
/// ```
/// use closecode::{Aspect, CloseCode, Locale, compare};
///
/// let c = compare(CloseCode::ABNORMAL_CLOSURE, CloseCode::BAD_GATEWAY, Locale::EN);
/// let wire = c.differences().iter().find(|d| d.aspect == Aspect::Wire).unwrap();
/// // Each side as a predicate, and the sentence that joins them.
/// assert!(wire.text.starts_with("1006 "));
/// assert!(wire.text.contains(&wire.a) && wire.text.contains(&wire.b));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Difference {
    /// What differs.
    pub aspect: Aspect,
    /// The first code's side, as a predicate ("may be sent in a Close frame").
    pub a: String,
    /// The second code's side.
    pub b: String,
    /// The whole sentence: "1006 is only reported locally ..., while 1014 may be sent ...".
    pub text: String,
}

/// Two close codes compared in one locale: an introduction, both codes' texts, the key
/// differences and guidance on which to use when. Works for any two `u16` values, including
/// unregistered numbers and a code compared with itself.
///
/// # Examples
///
/// ```
/// use closecode::{Aspect, CloseCode, Locale, compare};
///
/// let c = compare(CloseCode::GOING_AWAY, CloseCode::BAD_GATEWAY, Locale::EN);
/// assert_eq!(c.title(), "1001 Going Away vs 1014 Bad Gateway");
/// let sender = c.differences().iter().find(|d| d.aspect == Aspect::Sender).unwrap();
/// assert_eq!(sender.text, "1001 may be sent by either endpoint, while 1014 is sent to the client by a gateway or proxy.");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    locale: Locale,
    a: Description,
    b: Description,
    title: String,
    intro: String,
    differences: Vec<Difference>,
}

/// Compares two codes in `locale`. See [`Comparison`].
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "ko")] {
/// use closecode::{CloseCode, Locale, compare};
///
/// let c = compare(CloseCode::new(1005), CloseCode::new(1006), Locale::KO);
/// assert_eq!(c.title(), "1005 상태 코드 없음 · 1006 비정상 종료 비교");
/// assert!(!c.differences().is_empty());
/// # }
/// ```
pub fn compare(a: CloseCode, b: CloseCode, locale: Locale) -> Comparison {
    Comparison::new(a, b, locale)
}

impl Comparison {
    fn new(a: CloseCode, b: CloseCode, locale: Locale) -> Comparison {
        let (text_a, text_b) = (a.describe(locale), b.describe(locale));
        let (facts_a, facts_b) = (a.facts(), b.facts());
        let (name_a, name_b) = (text_a.name(), text_b.name());
        let (shown_a, shown_b) = (Value::display(&name_a), Value::display(&name_b));
        let title = Label::compare_title(a, shown_a, b, shown_b).format(locale);
        let intro = if a == b {
            Label::compare_intro_same(a, shown_a).format(locale)
        } else {
            Label::compare_intro(a, shown_a, b, shown_b).format(locale)
        };
        let mut differences = Vec::new();
        if a != b {
            for aspect in Aspect::all() {
                let fact_a = aspect.predicate(&facts_a, &text_a, locale);
                let fact_b = aspect.predicate(&facts_b, &text_b, locale);
                if fact_a == fact_b {
                    continue;
                }
                let text = Label::compare_difference(a, &fact_a, b, &fact_b).format(locale);
                differences.push(Difference {
                    aspect,
                    a: fact_a,
                    b: fact_b,
                    text,
                });
            }
        }
        Comparison {
            locale,
            a: text_a,
            b: text_b,
            title,
            intro,
            differences,
        }
    }

    /// The locale of every text.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Locale, compare};
    ///
    /// assert_eq!(compare(1000.into(), 1001.into(), Locale::KO).locale(), Locale::KO);
    /// # }
    /// ```
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The first code's texts.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale, compare};
    ///
    /// assert_eq!(compare(1000.into(), 1001.into(), Locale::EN).a().code(), CloseCode::NORMAL_CLOSURE);
    /// ```
    pub fn a(&self) -> &Description {
        &self.a
    }

    /// The second code's texts.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale, compare};
    ///
    /// assert_eq!(compare(1000.into(), 1001.into(), Locale::EN).b().code(), CloseCode::GOING_AWAY);
    /// ```
    pub fn b(&self) -> &Description {
        &self.b
    }

    /// A title such as "1001 Going Away vs 1014 Bad Gateway".
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, compare};
    ///
    /// assert_eq!(compare(1012.into(), 1013.into(), Locale::EN).title(), "1012 Service Restart vs 1013 Try Again Later");
    /// ```
    pub fn title(&self) -> &str {
        &self.title
    }

    /// A one-paragraph introduction.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, compare};
    ///
    /// assert!(compare(1012.into(), 1013.into(), Locale::EN).intro().starts_with("1012 (Service Restart) and 1013"));
    /// ```
    pub fn intro(&self) -> &str {
        &self.intro
    }

    /// The key differences, computed from the facts and the peer table, in the order of
    /// [`Aspect`]s (what decides a fix first, registration last). Empty
    /// when the two codes share every fact (a code compared with itself, or two private codes).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, compare};
    ///
    /// assert!(compare(1006.into(), 1006.into(), Locale::EN).differences().is_empty());
    /// assert!(compare(4001.into(), 4002.into(), Locale::EN).differences().is_empty());
    /// ```
    pub fn differences(&self) -> &[Difference] {
        &self.differences
    }

    /// The sentence to show when there are no differences, such as "There are no differences:
    /// both sides are 1006."; `None` when there are some.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, compare};
    ///
    /// let same = compare(1006.into(), 1006.into(), Locale::EN);
    /// assert_eq!(same.no_differences().as_deref(), Some("There are no differences: both sides are 1006."));
    /// ```
    pub fn no_differences(&self) -> Option<String> {
        if !self.differences.is_empty() {
            return None;
        }
        let (a, b) = (self.a.code(), self.b.code());
        Some(if a == b {
            Label::compare_same_code(a).format(self.locale)
        } else {
            Label::compare_no_differences(a, b).format(self.locale)
        })
    }

    /// The codes compared, once each: two, or one when a code is compared with itself. The
    /// "when to use which" guidance is their [`Description::sending`] and
    /// [`Description::receiving`].
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, compare};
    ///
    /// assert_eq!(compare(1001.into(), 1014.into(), Locale::EN).codes().len(), 2);
    /// assert_eq!(compare(1001.into(), 1001.into(), Locale::EN).codes().len(), 1);
    /// ```
    pub fn codes(&self) -> Vec<&Description> {
        if self.a.code() == self.b.code() {
            vec![&self.a]
        } else {
            vec![&self.a, &self.b]
        }
    }
}

/// How the peer table (`data/peers.toml`) treats `code` on receipt, as a predicate: every peer
/// accepts it, every peer refuses it, or the peers that refuse it, by name (with their versions
/// when other versions of the same peer accept it) and, when they all answer alike, the code
/// they answer with. Two codes whose peers differ get different sentences, so the comparison
/// lists the difference.
fn peers_predicate(code: CloseCode, locale: Locale) -> String {
    use crate::peer::{Peer, Replies};
    let peers = Peer::all();
    let refusing: Vec<&Peer> = peers.iter().filter(|peer| !peer.accepts(code)).collect();
    if refusing.is_empty() {
        return locale.label_at(label::PRED_PEERS_ALL_ACCEPT).to_owned();
    }
    if refusing.len() == peers.len() {
        return locale.label_at(label::PRED_PEERS_NONE_ACCEPT).to_owned();
    }
    let mut names: Vec<String> = Vec::new();
    for peer in &refusing {
        // A peer whose every row refuses is named alone; otherwise its versions say which.
        let every_row = peers
            .iter()
            .filter(|other| other.name == peer.name)
            .all(|other| !other.accepts(code));
        let name = if every_row {
            peer.name.to_owned()
        } else {
            format!("{} {}", peer.name, peer.versions)
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let names = names.join(", ");
    let reply = |peer: &&Peer| match peer.reactions.bad_code.replies {
        Replies::Code(reply) => Some(reply),
        _ => None,
    };
    let first = refusing.first().and_then(reply);
    match first {
        Some(answer) if refusing.iter().all(|peer| reply(peer) == Some(answer)) => {
            Label::pred_peers_refused_reply(&names, answer).format(locale)
        }
        _ => Label::pred_peers_refused(&names).format(locale),
    }
}
