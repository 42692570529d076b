//! Emits the locales and their texts: the `Locale` constants, `LABEL_IDS`, the `label`
//! indexes, the `PLURAL_RULES` of each locale and the `CATALOGS`, with every text as
//! `Message::Static` or `Message::Pieces` (whose pieces may be a `Select`, see `src/text.rs`).
//!
//! Owns: the generated text of the catalogs. May not touch: the table's own statics.

use std::fmt::Write as _;

use super::super::catalog::{Catalog, Key, Kind, Message, Pattern, Piece, required_ids};
use super::super::contract::{ATTRIBUTES, FALLBACK_LOCALE};
use super::super::ident::constant_name;
use super::super::plural;
use super::super::table::Table;
use super::{lit, lits};

pub(super) fn emit(out: &mut String, table: &Table, catalogs: &[Catalog]) {
    let labels: Vec<String> = required_ids(table)
        .into_iter()
        .filter(|(_, kind)| matches!(kind, Kind::Label(_)))
        .map(|(id, _)| id)
        .collect();

    out.push_str("impl Locale {\n");
    for (index, catalog) in catalogs.iter().enumerate() {
        let name = catalog
            .messages
            .get("locale-name")
            .and_then(|m| m.value.as_ref());
        let name = match name.map(|p| &p.pieces[..]) {
            Some([Piece::Text(text)]) => text.clone(),
            _ => catalog.tag.to_owned(),
        };
        let _ = writeln!(out, "    /// {name} (`{}`).", catalog.tag);
        if catalog.tag != FALLBACK_LOCALE {
            let _ = writeln!(
                out,
                "    #[cfg_attr(docsrs, doc(cfg(feature = {:?})))]",
                catalog.tag
            );
        }
        let _ = writeln!(
            out,
            "    pub const {}: Locale = Locale({index});",
            constant_name(catalog.tag)
        );
    }
    let fallback = catalogs
        .iter()
        .position(|c| c.tag == FALLBACK_LOCALE)
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "    /// The locale used when nothing else matches: `{FALLBACK_LOCALE}`."
    );
    let _ = writeln!(out, "    pub const FALLBACK: Locale = Locale({fallback});");
    out.push_str("}\n\n");

    out.push_str(
        "/// The ids of the labels and phrases, sorted: [`Catalog::labels`] is in this order.\n",
    );
    let _ = writeln!(
        out,
        "pub(crate) static LABEL_IDS: [&str; {}] = [{}];\n",
        labels.len(),
        lits(&labels)
    );
    out.push_str("/// Indexes into [`Catalog::labels`], one per label or phrase message.\n#[allow(dead_code)]\npub(crate) mod label {\n");
    for (index, id) in labels.iter().enumerate() {
        let _ = writeln!(
            out,
            "    pub(crate) const {}: usize = {index};",
            constant_name(id)
        );
    }
    out.push_str("}\n\n");
    out.push_str("impl Label {\n");
    for (index, id) in labels.iter().enumerate() {
        let name = id.strip_prefix("label-").unwrap_or(id);
        let _ = writeln!(
            out,
            "    /// `{id}`\n    pub const {}: Label = Label({index});",
            constant_name(name)
        );
    }
    out.push_str("}\n\n");

    out.push_str("/// The plural rules of each locale, in `CATALOGS` order, for the select expressions of its\n/// catalog: the tag intl_pluralrules files them under, or `None` if it has none.\n");
    let _ = writeln!(
        out,
        "pub(crate) static PLURAL_RULES: [crate::text::PluralRules; {}] = [",
        catalogs.len()
    );
    for catalog in catalogs {
        let tag = plural::rules_for(catalog.tag).map(|rules| plural::rules_tag(&rules));
        let tag = tag.map_or("None".to_owned(), |t| format!("Some({})", lit(&t)));
        let _ = writeln!(out, "    crate::text::PluralRules::new({tag}),");
    }
    out.push_str("];\n\n");

    let _ = writeln!(
        out,
        "pub(crate) static CATALOGS: [Catalog; {}] = [",
        catalogs.len()
    );
    let mut statics = Statics::default();
    for (index, catalog) in catalogs.iter().enumerate() {
        let rules = Rules {
            expression: format!("&PLURAL_RULES[{index}]"),
            plural: plural::rules_for(catalog.tag),
        };
        let mut subtags = catalog.tag.split('-');
        let language = subtags.next().unwrap_or("");
        let region = subtags.find(|s| s.len() == 2 || s.chars().all(|c| c.is_ascii_digit()));
        let _ = writeln!(
            out,
            "    Catalog {{\n        tag: {},\n        language: {},\n        region: {},",
            lit(catalog.tag),
            lit(language),
            region.map_or("None".to_owned(), |r| format!(
                "Some({})",
                lit(&r.to_ascii_uppercase())
            ))
        );
        out.push_str("        codes: &[\n");
        for row in &table.codes {
            emit_entry(
                out,
                catalog.messages.get(&format!("code-{}", row.code)),
                &rules,
                &mut statics,
            );
        }
        out.push_str("        ],\n        ranges: &[\n");
        for row in &table.ranges {
            emit_entry(
                out,
                catalog.messages.get(&format!("range-{}", row.id)),
                &rules,
                &mut statics,
            );
        }
        out.push_str("        ],\n        labels: &[\n");
        for id in &labels {
            out.push_str("            ");
            let value = catalog.messages.get(id).and_then(|m| m.value.as_ref());
            emit_text(out, value, &rules, &mut statics);
            out.push_str(",\n");
        }
        out.push_str("        ],\n    },\n");
    }
    out.push_str("];\n\n");
    out.push_str(&statics.text);
}

/// The selects, and the piece slices that hold one, each written as a static of its own and
/// borrowed by name. Written inline, `&[Piece::Select(&Select { rules: &PLURAL_RULES[0], .. })]`
/// is a temporary that refers to a static, which Rust before 1.89 neither promotes nor extends
/// through the enum constructor (E0716); a borrowed static is a place, never a temporary.
#[derive(Default)]
struct Statics {
    text: String,
    count: usize,
}

impl Statics {
    /// Adds `static NAME: TYPE = VALUE;` and returns the name.
    fn add(&mut self, prefix: &str, ty: &str, value: &str) -> String {
        let name = format!("{prefix}_{}", self.count);
        self.count += 1;
        let _ = writeln!(self.text, "static {name}: {ty} = {value};");
        name
    }
}

/// A locale's plural rules as its texts need them: the expression that names its
/// `PluralRules`, and the rules themselves, to work out each select's counts.
struct Rules {
    expression: String,
    plural: Option<intl_pluralrules::PluralRules>,
}

/// One text: `Message::Static` for plain text, `Message::Pieces` when it has variables or
/// selects.
fn emit_text(out: &mut String, pattern: Option<&Pattern>, rules: &Rules, statics: &mut Statics) {
    let pieces = pattern.map(Pattern::runnable).unwrap_or_default();
    match &pieces[..] {
        [] => out.push_str("Message::Static(\"\")"),
        [Piece::Text(text)] => {
            let _ = write!(out, "Message::Static({})", lit(text));
        }
        _ => {
            out.push_str("Message::Pieces(");
            emit_pieces(out, &pieces, rules, None, statics);
            out.push(')');
        }
    }
}

/// A `&[Piece]` slice, with each select's variants nested in it; in a variant, `selector` is
/// its select's variable, which is written as `Piece::Selected`. A slice that holds a select
/// is a static of its own (see [`Statics`]).
fn emit_pieces(
    out: &mut String,
    pieces: &[Piece],
    rules: &Rules,
    selector: Option<&str>,
    statics: &mut Statics,
) {
    let mut items = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => {
                let _ = write!(items, "Piece::Text({}), ", lit(text));
            }
            Piece::Var(var) => {
                let kind = if selector == Some(var) {
                    "Selected"
                } else {
                    "Var"
                };
                let _ = write!(items, "Piece::{kind}({}), ", lit(var));
            }
            Piece::Select(select) => {
                let mut value = format!(
                    "crate::text::Select {{ selector: {}, rules: {}, default: {}, counts: &{:?}, variants: &[",
                    lit(&select.selector),
                    rules.expression,
                    select.default,
                    select.counts(rules.plural.as_ref()),
                );
                for variant in &select.variants {
                    let _ = match variant.key {
                        Key::Number(n) => write!(value, "(crate::text::Key::Number({n}), "),
                        Key::Category(c) => write!(
                            value,
                            "(crate::text::Key::Category(crate::text::PluralCategory::{}), ",
                            c.to_ascii_uppercase()
                        ),
                    };
                    let pieces = &variant.pattern.pieces;
                    emit_pieces(&mut value, pieces, rules, Some(&select.selector), statics);
                    value.push_str("), ");
                }
                value.push_str("] }");
                let name = statics.add("SELECT", "crate::text::Select", &value);
                let _ = write!(items, "Piece::Select(&{name}), ");
            }
        }
    }
    if pieces.iter().any(|piece| matches!(piece, Piece::Select(_))) {
        let ty = format!("[Piece; {}]", pieces.len());
        let name = statics.add("PIECES", &ty, &format!("[{items}]"));
        let _ = write!(out, "&{name}");
    } else {
        let _ = write!(out, "&[{items}]");
    }
}

/// The `Entry` of a code or range: its name and every attribute.
fn emit_entry(out: &mut String, message: Option<&Message>, rules: &Rules, statics: &mut Statics) {
    out.push_str("        Entry { name: ");
    emit_text(out, message.and_then(|m| m.value.as_ref()), rules, statics);
    for attribute in ATTRIBUTES {
        let _ = write!(out, ", {attribute}: ");
        emit_text(
            out,
            message.and_then(|m| m.attributes.get(attribute)),
            rules,
            statics,
        );
    }
    out.push_str(" },\n");
}
