//! Emits the locales and their texts: the `Locale` constants, `LABEL_IDS`, the `label`
//! constants, the `Label` constants and typed functions, the `PLURAL_RULES` of each locale,
//! the `CATALOGS` (tag, language, region), and the texts, with every text as
//! `Message::Static` or `Message::Pieces` (whose pieces may be a `Select`, see `src/text.rs`).
//!
//! The texts are split into tables by use, so that a program links only the ones it can
//! return: one per field of the codes' and ranges' texts (`ENTRY_NAME`, `ENTRY_DESCRIPTION`,
//! ...) and one per group of labels, a group being the file of the fallback locale that holds
//! them (`LABELS_<n>` for `labels.ftl`, `cli.ftl`, `explain.ftl`, ...). `shipped_entry` and
//! `shipped_label` read them; with a constant field or label they inline to one table.
//!
//! Owns: the generated text of the catalogs. May not touch: the table's own statics.

use std::fmt::Write as _;

use super::super::catalog::{Catalog, Key, Kind, Pattern, Piece, required_ids};
use super::super::contract::{ATTRIBUTES, FALLBACK_LOCALE};
use super::super::ident::constant_name;
use super::super::plural;
use super::super::table::Table;
use super::{lit, lits};

pub(super) fn emit(out: &mut String, table: &Table, catalogs: &[Catalog]) {
    let labels: Vec<(String, &[&str])> = required_ids(table)
        .into_iter()
        .filter_map(|(id, kind)| match kind {
            Kind::Label(variables) => Some((id, variables)),
            _ => None,
        })
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

    let groups = label_groups(&labels, catalogs);
    emit_label_ids(out, &groups);

    out.push_str("/// The plural rules of each locale, in `CATALOGS` order, for the select expressions of its\n/// catalog: their shape (see `build/plural.rs`), or `None` if intl_pluralrules has none.\n");
    let _ = writeln!(
        out,
        "pub(crate) static PLURAL_RULES: [crate::rows::text::PluralRules; {}] = [",
        catalogs.len()
    );
    for catalog in catalogs {
        // A shipped locale's rules have a shape, or the build has stopped with a problem.
        let shape = plural::rules_for(catalog.tag).and_then(|rules| plural::shape(&rules));
        let shape = shape.map_or("None".to_owned(), |shape| {
            let integers: Vec<String> = shape.integers.iter().map(|c| category(c)).collect();
            format!(
                "Some(crate::rows::text::Shape {{ start: {}, period: {}, integers: &[{}], fractions: {} }})",
                shape.start,
                shape.period,
                integers.join(", "),
                category(shape.fractions)
            )
        });
        let _ = writeln!(out, "    crate::rows::text::PluralRules::new({shape}),");
    }
    out.push_str("];\n\n");

    let _ = writeln!(
        out,
        "/// How many locales are shipped: the length of `CATALOGS`, as a constant for array types.\n#[cfg_attr(not(feature = \"locale-files\"), allow(dead_code))]\npub(crate) const SHIPPED_LOCALES: usize = {};\n",
        catalogs.len()
    );
    let _ = writeln!(
        out,
        "pub(crate) static CATALOGS: [Catalog; SHIPPED_LOCALES] = ["
    );
    let mut statics = Statics::default();
    for catalog in catalogs {
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
        out.push_str("    },\n");
    }
    out.push_str("];\n\n");
    emit_entry_tables(out, table, catalogs, &mut statics);
    emit_label_tables(out, &groups, catalogs, &mut statics);
    out.push_str(&statics.text);
}

/// How many bits of a `Label` hold its index in its group; the bits above hold the group.
const GROUP_SHIFT: u32 = 10;

/// The labels of one group: the file of the fallback locale they are written in (`labels` for
/// `locales/en/labels.ftl`), and each label's id and variables, sorted by id.
struct Group<'a> {
    name: String,
    labels: Vec<(&'a str, &'a [&'a str])>,
}

/// The labels split by the file of the fallback locale that holds them, groups sorted by
/// name. Each group is a table of its own, so a program links only the groups it reads.
fn label_groups<'a>(labels: &'a [(String, &'a [&'a str])], catalogs: &[Catalog]) -> Vec<Group<'a>> {
    let fallback = catalogs.iter().find(|c| c.tag == FALLBACK_LOCALE);
    let mut groups: std::collections::BTreeMap<String, Vec<(&str, &[&str])>> = Default::default();
    for (id, variables) in labels {
        let file = fallback
            .and_then(|c| Some(&c.files[c.messages.get(id)?.file].path))
            .map(|path| {
                let name = path.rsplit('/').next().unwrap_or(path);
                name.strip_suffix(".ftl").unwrap_or(name).to_owned()
            })
            .unwrap_or_default();
        groups.entry(file).or_default().push((id, variables));
    }
    groups
        .into_iter()
        .map(|(name, labels)| Group { name, labels })
        .collect()
}

/// The `Label` value of label `index` of group `group`.
fn label_value(group: usize, index: usize) -> usize {
    (group << GROUP_SHIFT) | index
}

/// `LABEL_IDS` (per group), the crate's `label` constants and the public `Label` constants,
/// each documented with its variables and what reads it.
fn emit_label_ids(out: &mut String, groups: &[Group]) {
    let _ = writeln!(
        out,
        "/// How many bits of a [`Label`] hold its index in its group.\npub(crate) const LABEL_GROUP_SHIFT: u32 = {GROUP_SHIFT};\n"
    );
    let _ = writeln!(
        out,
        "/// The ids of the labels of each group (one file of `locales/{FALLBACK_LOCALE}`), sorted.\npub(crate) static LABEL_IDS: [&[&str]; {}] = [",
        groups.len()
    );
    for group in groups {
        let ids: Vec<String> = group
            .labels
            .iter()
            .map(|(id, _)| (*id).to_owned())
            .collect();
        let _ = writeln!(out, "    &[{}],", lits(&ids));
    }
    out.push_str("];\n\n");
    out.push_str("/// The labels, by their full id, for the crate's own lookups.\n#[allow(dead_code)]\npub(crate) mod label {\n    use super::Label;\n");
    for (g, group) in groups.iter().enumerate() {
        for (index, (id, _)) in group.labels.iter().enumerate() {
            let _ = writeln!(
                out,
                "    pub(crate) const {}: Label = Label({});",
                constant_name(id),
                label_value(g, index)
            );
        }
    }
    out.push_str("}\n\n");
    out.push_str("impl Label {\n");
    for (g, group) in groups.iter().enumerate() {
        for (index, (id, variables)) in group.labels.iter().enumerate() {
            let name = id.strip_prefix("label-").unwrap_or(id);
            let how = if variables.is_empty() {
                "No variables: read it with [`Locale::text`].".to_owned()
            } else {
                let list: Vec<String> = variables.iter().map(|v| format!("`${v}`")).collect();
                format!(
                    "Variables: {}; write it with [`Locale::format`] or [`Locale::format_to`].",
                    list.join(", ")
                )
            };
            let _ = writeln!(
                out,
                "    /// `{id}`, in `locales/<tag>/{}.ftl`. {how}\n{}    pub const {}: Label = Label({});",
                group.name,
                command_line_only(group),
                constant_name(name),
                label_value(g, index)
            );
        }
    }
    out.push_str("}\n\n");
    emit_typed(out, groups);
}

/// The attribute that keeps the command line's messages (`cli.ftl`) out of the library's
/// documented API: the command reads them through `Label` like every other text, but their
/// wording and their list change with the command, so no library user may rely on them.
fn command_line_only(group: &Group) -> &'static str {
    if group.name == "cli" {
        "    #[doc(hidden)]\n"
    } else {
        ""
    }
}

/// For every label that takes variables, a function of `Label` with one parameter per
/// variable, named after it, that returns the label with its values ([`Filled`]): a misspelt
/// variable is a compile error, not `{$name}` in the text.
fn emit_typed(out: &mut String, groups: &[Group]) {
    out.push_str("/// A function per message that takes variables, with one parameter per variable.\nimpl Label {\n");
    for group in groups {
        for (id, variables) in &group.labels {
            if variables.is_empty() {
                continue;
            }
            let name = id.strip_prefix("label-").unwrap_or(id);
            let function = name.replace('-', "_");
            let constant = constant_name(name);
            let parameters: Vec<String> = variables
                .iter()
                .map(|v| format!("{v}: impl Into<Value<'v>>"))
                .collect();
            let args: Vec<String> = variables
                .iter()
                .map(|v| format!("({}, {v}.into())", lit(v)))
                .collect();
            let names: Vec<&str> = variables.to_vec();
            let _ = writeln!(
                out,
                "    /// [`Label::{constant}`] (`{id}`) with its variables: {}.\n    ///\n    /// # Examples\n    ///\n    /// ```text\n    /// Label::{function}({}).format(locale)\n    /// ```\n{}    #[inline]\n    pub fn {function}<'v>({}) -> Filled<'v, {}> {{\n        Filled::new(Label::{constant}, [{}])\n    }}",
                variables
                    .iter()
                    .map(|v| format!("`${v}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                names.join(", "),
                command_line_only(group),
                parameters.join(", "),
                variables.len(),
                args.join(", ")
            );
        }
    }
    out.push_str("}\n\n");
}

/// One table per group, `[[Message; labels]; locales]`, and `shipped_label`, which reads a
/// label in a shipped locale. Called with a constant label, it inlines to a read of that one
/// group's table, so a program links only the groups it reads.
fn emit_label_tables(
    out: &mut String,
    groups: &[Group],
    catalogs: &[Catalog],
    statics: &mut Statics,
) {
    for (g, group) in groups.iter().enumerate() {
        let ids: Vec<&str> = group.labels.iter().map(|(id, _)| *id).collect();
        let doc = format!("The labels of `{}.ftl`", group.name);
        let name = format!("LABELS_{g}");
        emit_table(out, (&doc, &name), &ids, None, catalogs, statics);
    }
    out.push_str("/// `label` in shipped locale `locale` (an index into `CATALOGS`); `None` past them.\n#[inline]\npub(crate) fn shipped_label(label: Label, locale: usize) -> Option<Message> {\n    let index = usize::from(label.0) & ((1 << LABEL_GROUP_SHIFT) - 1);\n    match label.0 >> LABEL_GROUP_SHIFT {\n");
    for g in 0..groups.len() {
        let _ = writeln!(
            out,
            "        {g} => LABELS_{g}.get(locale)?.get(index).copied(),"
        );
    }
    out.push_str("        _ => None,\n    }\n}\n\n");
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
                    "crate::rows::text::Select {{ selector: {}, rules: {}, default: {}, counts: &{:?}, variants: &[",
                    lit(&select.selector),
                    rules.expression,
                    select.default,
                    select.counts(rules.plural.as_ref()),
                );
                for variant in &select.variants {
                    let _ = match variant.key {
                        Key::Number(n) => write!(value, "(crate::rows::text::Key::Number({n}), "),
                        Key::Category(c) => {
                            write!(
                                value,
                                "(crate::rows::text::Key::Category({}), ",
                                category(c)
                            )
                        }
                    };
                    let pieces = &variant.pattern.pieces;
                    emit_pieces(&mut value, pieces, rules, Some(&select.selector), statics);
                    value.push_str("), ");
                }
                value.push_str("] }");
                let name = statics.add("SELECT", "crate::rows::text::Select", &value);
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

/// `static NAME: [[Message; ids]; locales]`, documented with `doc`: the value (`field` `None`)
/// or attribute `field` of each message in `ids`, per locale in `CATALOGS` order.
fn emit_table(
    out: &mut String,
    (doc, name): (&str, &str),
    ids: &[&str],
    field: Option<&str>,
    catalogs: &[Catalog],
    statics: &mut Statics,
) {
    let _ = writeln!(
        out,
        "/// {doc} per locale in `CATALOGS` order.\nstatic {name}: [[Message; {}]; {}] = [",
        ids.len(),
        catalogs.len()
    );
    for (index, catalog) in catalogs.iter().enumerate() {
        let rules = Rules {
            expression: format!("&PLURAL_RULES[{index}]"),
            plural: plural::rules_for(catalog.tag),
        };
        out.push_str("    [\n");
        for id in ids {
            out.push_str("        ");
            let pattern = catalog.messages.get(*id).and_then(|m| m.pattern(field));
            emit_text(out, pattern, &rules, statics);
            out.push_str(",\n");
        }
        out.push_str("    ],\n");
    }
    out.push_str("];\n\n");
}

/// One table per field of the codes' and ranges' texts (the name, then each of `ATTRIBUTES`),
/// `[[Message; codes + ranges]; locales]`, the codes in `CODES` order then the ranges in
/// `RANGES` order, and `shipped_entry`, which reads one. Called with a constant field, it
/// inlines to a read of that one table: a program that reads only descriptions links no names,
/// remedies or user messages.
fn emit_entry_tables(out: &mut String, table: &Table, catalogs: &[Catalog], statics: &mut Statics) {
    let ids: Vec<String> = table
        .codes
        .iter()
        .map(|row| format!("code-{}", row.code))
        .chain(table.ranges.iter().map(|row| format!("range-{}", row.id)))
        .collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let fields = std::iter::once(None).chain(ATTRIBUTES.iter().map(|a| Some(*a)));
    let mut arms = String::new();
    for field in fields {
        let name = field.unwrap_or("name");
        let upper = name.to_ascii_uppercase();
        let variant = format!("{}{}", upper[..1].to_owned(), &name[1..]);
        let doc = format!("The `{name}` of every code, then every range,");
        let table = format!("ENTRY_{upper}");
        emit_table(out, (&doc, &table), &ids, field, catalogs, statics);
        let _ = writeln!(
            arms,
            "        Field::{variant} => ENTRY_{upper}.get(locale)?.get(slot).copied(),"
        );
    }
    let selects = catalogs.iter().any(|catalog| {
        ids.iter()
            .filter_map(|id| catalog.messages.get(*id))
            .flat_map(|message| message.patterns())
            .any(|(_, pattern)| !pattern.selects().is_empty())
    });
    let _ = writeln!(
        out,
        "/// Whether any code or range text of a shipped locale holds a select.\npub(crate) const ENTRY_SELECTS: bool = {selects};\n"
    );
    let _ = writeln!(
        out,
        "/// How many codes have texts of their own; the ranges' texts follow them.\npub(crate) const CODE_SLOTS: usize = {};\n",
        table.codes.len()
    );
    out.push_str("/// Field `field` of the texts in `slot` (a code's index in `CODES`, or `CODE_SLOTS` plus a\n/// range's index in `RANGES`) in shipped locale `locale`; `None` past them.\n#[inline]\npub(crate) fn shipped_entry(field: Field, locale: usize, slot: usize) -> Option<Message> {\n    match field {\n");
    out.push_str(&arms);
    out.push_str("    }\n}\n\n");
}

/// The library's `Category` named `name` (one of `plural::CATEGORIES`): `one` is
/// `crate::rows::text::Category::One`.
fn category(name: &str) -> String {
    let mut letters = name.chars();
    let first = letters.next().map(|c| c.to_ascii_uppercase());
    format!(
        "crate::rows::text::Category::{}{}",
        first.unwrap_or_default(),
        letters.as_str()
    )
}
