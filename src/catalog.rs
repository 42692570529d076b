//! closecode's whole catalog of one locale as Fluent text (feature `locale-files`): for
//! translators, who translate it into a new locale an application adds at run time
//! ([`NewLocale`](crate::NewLocale)), and for applications that merge it into their own Fluent
//! bundle. Every id is under one prefix (`closecode-` by default), so it cannot collide with
//! an application's own ids, and every message has a comment, in the locale's language, that
//! says what it is for and which variables it takes.
//!
//! The text is written from the compiled catalog, through fluent-syntax's serializer: what a
//! reader sees is what the file says, with nothing else to edit (no terms, no references).
//!
//! ```
//! use closecode::Locale;
//!
//! let ftl = closecode::catalog::export(Locale::EN, "closecode-");
//! assert!(ftl.contains("\nclosecode-code-1006 = Abnormal Closure\n"));
//! assert!(ftl.contains("closecode-reconnect-in ="));
//! ```

use std::borrow::Cow;

use fluent_syntax::ast;
use fluent_syntax::serializer::serialize;

use crate::table::{CODE_SLOTS, CODES, Field, RANGES};
use crate::text::{Key, Message, Piece, category_name};
use crate::{CloseCode, Failure, Label, Locale, Profile, Scenario, Value};

/// The prefix `closecode catalog` and [`NewLocale`](crate::NewLocale) use unless told
/// otherwise.
///
/// # Examples
///
/// ```
/// use closecode::Locale;
/// use closecode::catalog::{self, DEFAULT_PREFIX};
///
/// let fluent = catalog::export(Locale::EN, DEFAULT_PREFIX);
/// assert!(fluent.contains("\nclosecode-code-1006 = "));
/// ```
pub const DEFAULT_PREFIX: &str = "closecode-";

/// The id (without a prefix) of the message that explains `code`: `code-1006` for a registered
/// code, else its range's, such as `range-private`, whose texts take the number as `$code`.
/// Attributes as in the export: `.description`, `.symptom`, `.remedy`, `.cause`, `.sending`,
/// `.receiving`, `.user`.
///
/// # Examples
///
/// ```
/// use closecode::CloseCode;
/// use closecode::catalog::message_id;
///
/// assert_eq!(message_id(CloseCode::new(1006)), "code-1006");
/// assert_eq!(message_id(CloseCode::new(4403)), "range-private");
/// ```
pub fn message_id(code: CloseCode) -> String {
    match code.known() {
        Some(known) => format!("code-{}", known as u16),
        None => format!("range-{}", code.range().id()),
    }
}

/// Every message of `locale` as one Fluent resource, ids under `prefix` (may be empty):
/// codes, ranges, labels and sentences, failures, scenarios, then the shipped profiles.
///
/// # Examples
///
/// ```
/// use closecode::Locale;
/// use closecode::catalog;
///
/// let fluent = catalog::export(Locale::EN, "cc-");
/// // One message per code, with its attributes, under the prefix.
/// assert!(fluent.contains("\ncc-code-1006 = Abnormal Closure\n"));
/// assert!(fluent.contains("\n    .remedy = "));
/// // Without a prefix, the ids are the catalog's own.
/// assert!(catalog::export(Locale::EN, "").contains("\ncode-1006 = Abnormal Closure\n"));
/// ```
pub fn export(locale: Locale, prefix: &str) -> String {
    let mut out = Export {
        locale,
        prefix,
        body: Vec::new(),
    };
    out.comment(
        Comment::Resource,
        Label::catalog_header(locale.tag(), prefix).format(locale),
    );
    out.group(Label::CATALOG_GROUP_CODES);
    for (slot, row) in CODES.iter().enumerate() {
        let code = CloseCode::from(row.known);
        let note = Label::catalog_code(code.get()).format(locale);
        out.entry(&message_id(code), note, entry_fields(locale, slot));
    }
    out.group(Label::CATALOG_GROUP_RANGES);
    for (index, row) in RANGES.iter().enumerate() {
        let note = Label::catalog_range(row.first, row.last).format(locale);
        let fields = entry_fields(locale, CODE_SLOTS + index);
        out.entry(&format!("range-{}", row.id), note, fields);
    }
    out.group(Label::CATALOG_GROUP_LABELS);
    for label in Label::all() {
        let note = locale.label_at(Label::CATALOG_LABEL).to_owned();
        out.entry(label.id(), note, vec![(None, locale.message(label))]);
    }
    out.group(Label::CATALOG_GROUP_FAILURES);
    for failure in Failure::all() {
        let texts = failure.texts(locale);
        let note = Label::catalog_failure(failure.id()).format(locale);
        out.plain(
            &format!("failure-{}", failure.id()),
            note,
            &entry_texts(texts),
        );
    }
    out.group(Label::CATALOG_GROUP_SCENARIOS);
    for scenario in Scenario::all() {
        let texts = scenario.texts(locale);
        let mut fields = vec![(None, texts.title()), (Some("seen".into()), texts.seen())];
        for (list, items) in [
            ("cause", texts.causes()),
            ("check", texts.checks()),
            ("fix", texts.fixes()),
        ] {
            for (n, item) in items.iter().enumerate() {
                fields.push((Some(format!("{list}-{}", n + 1).into()), item));
            }
        }
        let note = Label::catalog_scenario(scenario.id()).format(locale);
        out.plain(&format!("scenario-{}", scenario.id()), note, &fields);
    }
    out.group(Label::CATALOG_GROUP_PROFILES);
    for profile in Profile::all() {
        let name = Value::from(profile.name());
        let note = Label::catalog_profile(name).format(locale);
        let about = profile.about(locale);
        out.plain(&format!("profile-{}", profile.id()), note, &[(None, about)]);
        for entry in profile.entries() {
            let (first, last) = (*entry.codes().start(), *entry.codes().end());
            let args = [
                ("profile", Value::from(profile.name())),
                ("first", first.into()),
                ("last", last.into()),
            ];
            let note = if entry.is_range() {
                Label::CATALOG_PROFILE_RANGE
            } else {
                Label::CATALOG_PROFILE_CODE
            };
            let note = locale.format(note, &args);
            let id = entry.message_id(profile.id());
            out.plain(&id, note, &entry_texts(entry.texts(locale)));
        }
    }
    serialize(&ast::Resource { body: out.body })
}

/// A name and the attributes of `ENTRY_ATTRIBUTES`, as (attribute, text) pairs.
fn entry_texts(texts: crate::EntryTexts<'_>) -> Vec<(Option<Cow<'static, str>>, &str)> {
    vec![
        (None, texts.name()),
        (Some("description".into()), texts.description()),
        (Some("symptom".into()), texts.symptom()),
        (Some("remedy".into()), texts.remedy()),
        (Some("user".into()), texts.user()),
    ]
}

enum Comment {
    Resource,
    Group,
}

/// The resource being written.
struct Export<'a> {
    locale: Locale,
    prefix: &'a str,
    body: Vec<ast::Entry<String>>,
}

impl Export<'_> {
    fn comment(&mut self, kind: Comment, text: String) {
        let comment = ast::Comment {
            content: text.lines().map(str::to_owned).collect(),
        };
        self.body.push(match kind {
            Comment::Resource => ast::Entry::ResourceComment(comment),
            Comment::Group => ast::Entry::GroupComment(comment),
        });
    }

    fn group(&mut self, label: Label) {
        let text = self.locale.format(label, &[]);
        self.comment(Comment::Group, text);
    }

    /// A message of compiled texts: the value, then its attributes.
    fn entry(&mut self, id: &str, note: String, fields: Vec<(Option<Cow<'static, str>>, Message)>) {
        let mut variables: Vec<&str> = Vec::new();
        for (_, message) in &fields {
            if let Message::Pieces(pieces) = message {
                collect_variables(pieces, &mut variables);
            }
        }
        let patterns = fields
            .into_iter()
            .map(|(name, message)| (name, pattern(message)))
            .collect();
        self.message(id, note, &variables, patterns);
    }

    /// A message of texts without variables.
    fn plain(&mut self, id: &str, note: String, fields: &[(Option<Cow<'static, str>>, &str)]) {
        let patterns = fields
            .iter()
            .map(|(name, text)| {
                let mut elements = Vec::new();
                push_text(&mut elements, text);
                (name.clone(), non_empty(elements))
            })
            .collect();
        self.message(id, note, &[], patterns);
    }

    fn message(
        &mut self,
        id: &str,
        note: String,
        variables: &[&str],
        mut patterns: Vec<(Option<Cow<'static, str>>, ast::Pattern<String>)>,
    ) {
        let listed: Vec<String> = variables.iter().map(|v| format!("${v}")).collect();
        let variables = if listed.is_empty() {
            self.locale.label_at(Label::CATALOG_NO_VARIABLES).to_owned()
        } else {
            let list = listed.join(", ");
            Label::catalog_variables(list.as_str()).format(self.locale)
        };
        let value = match patterns.first() {
            Some((None, _)) => Some(patterns.remove(0).1),
            _ => None,
        };
        let attributes = patterns
            .into_iter()
            .filter_map(|(name, value)| {
                Some(ast::Attribute {
                    id: ast::Identifier {
                        name: name?.into_owned(),
                    },
                    value,
                })
            })
            .collect();
        self.body.push(ast::Entry::Message(ast::Message {
            id: ast::Identifier {
                name: format!("{}{id}", self.prefix),
            },
            value,
            attributes,
            comment: Some(ast::Comment {
                content: vec![format!("{note} {variables}")],
            }),
        }));
    }
}

/// Every variable `pieces` uses, selectors and those inside variants too, each once, in order.
fn collect_variables<'p>(pieces: &'p [Piece], out: &mut Vec<&'p str>) {
    for piece in pieces {
        let name = match piece {
            Piece::Text(_) => continue,
            Piece::Var(name) | Piece::Selected(name) => name,
            Piece::Select(select) => &select.selector,
        };
        if !out.contains(name) {
            out.push(name);
        }
        if let Piece::Select(select) = piece {
            for (_, variant) in select.variants {
                collect_variables(variant, out);
            }
        }
    }
}

/// A compiled text as a Fluent pattern.
fn pattern(message: Message) -> ast::Pattern<String> {
    let mut elements = Vec::new();
    match message {
        Message::Static(text) => push_text(&mut elements, text),
        Message::Pieces(pieces) => push_pieces(&mut elements, pieces),
    }
    non_empty(elements)
}

/// A pattern that reads back as the same text. Fluent has no empty value: an empty text is
/// written as the string literal `{""}`. Fluent drops the blanks that start or end a value, so
/// those are written as string literals too (`list-separator`'s ", " is `,{" "}`).
fn non_empty(mut elements: Vec<ast::PatternElement<String>>) -> ast::Pattern<String> {
    if let Some(ast::PatternElement::TextElement { value }) = elements.last_mut() {
        let kept = value.trim_end_matches(' ').len();
        if kept < value.len() {
            let blanks = value.split_off(kept);
            if value.is_empty() {
                elements.pop();
            }
            elements.push(literal(&blanks));
        }
    }
    if let Some(ast::PatternElement::TextElement { value }) = elements.first_mut() {
        let blanks = value.len() - value.trim_start_matches(' ').len();
        if blanks > 0 {
            let lead = value[..blanks].to_owned();
            value.drain(..blanks);
            if value.is_empty() {
                elements.remove(0);
            }
            elements.insert(0, literal(&lead));
        }
    }
    if elements.is_empty() {
        elements.push(literal(""));
    }
    ast::Pattern { elements }
}

fn literal(text: &str) -> ast::PatternElement<String> {
    ast::PatternElement::Placeable {
        expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
            value: text.to_owned(),
        }),
    }
}

fn variable(name: &str) -> ast::InlineExpression<String> {
    ast::InlineExpression::VariableReference {
        id: ast::Identifier {
            name: name.to_owned(),
        },
    }
}

/// Text, with the braces (Fluent's syntax) written as string literals.
fn push_text(elements: &mut Vec<ast::PatternElement<String>>, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['{', '}']) {
        push_lines(elements, &rest[..at]);
        elements.push(literal(&rest[at..=at]));
        rest = &rest[at + 1..];
    }
    push_lines(elements, rest);
}

/// Text without braces, one element per line (each with its line break): the serializer
/// indents a line only when an element starts it, and a list item's `- ` at the start of a
/// line would not be Fluent.
fn push_lines(elements: &mut Vec<ast::PatternElement<String>>, text: &str) {
    for line in text.split_inclusive('\n') {
        elements.push(ast::PatternElement::TextElement {
            value: line.to_owned(),
        });
    }
}

fn push_pieces(elements: &mut Vec<ast::PatternElement<String>>, pieces: &[Piece]) {
    for piece in pieces {
        match piece {
            Piece::Text(text) => push_text(elements, text),
            Piece::Var(name) | Piece::Selected(name) => {
                elements.push(ast::PatternElement::Placeable {
                    expression: ast::Expression::Inline(variable(name)),
                })
            }
            Piece::Select(select) => {
                let variants = select
                    .variants
                    .iter()
                    .enumerate()
                    .map(|(index, (key, pieces))| {
                        let mut value = Vec::new();
                        push_pieces(&mut value, pieces);
                        ast::Variant {
                            key: match key {
                                Key::Number(n) => ast::VariantKey::NumberLiteral {
                                    value: n.to_string(),
                                },
                                Key::Category(c) => ast::VariantKey::Identifier {
                                    name: category_name(c).to_owned(),
                                },
                            },
                            value: non_empty(value),
                            default: index == select.default,
                        }
                    })
                    .collect();
                elements.push(ast::PatternElement::Placeable {
                    expression: ast::Expression::Select {
                        selector: variable(select.selector),
                        variants,
                    },
                });
            }
        }
    }
}

/// A code's or range's name and every attribute, as (attribute, text) pairs.
fn entry_fields(locale: Locale, slot: usize) -> Vec<(Option<Cow<'static, str>>, Message)> {
    Field::ALL
        .iter()
        .map(|&field| {
            let attribute = field.attribute().map(Cow::Borrowed);
            (attribute, locale.entry_text(field, slot))
        })
        .collect()
}
