//! Fluent source to a [`Catalog`]: parses each `.ftl` file of a locale, reports syntax errors,
//! messages or attributes defined twice and terms, and compiles every value and attribute
//! (`pattern.rs`, with select expressions in `select.rs`).
//!
//! Owns: reading Fluent syntax. May not touch: the table, or which messages a catalog needs;
//! `catalog.rs` checks that on the result.

mod pattern;
mod select;

use std::collections::BTreeMap;

use fluent_syntax::ast;

use super::LocaleInput;
use super::catalog::{Catalog, Message};
use super::problem::{Problem, line_col, offset_in};

/// Compiles one locale's files into a catalog, reporting what cannot be compiled.
pub(crate) fn compile_locale<'a>(
    locale: &'a LocaleInput,
    problems: &mut Vec<Problem>,
) -> Catalog<'a> {
    let mut catalog = Catalog {
        tag: &locale.tag,
        files: &locale.files,
        messages: BTreeMap::new(),
    };
    if !is_language_tag(&locale.tag) {
        problems.push(catalog.folder_problem(
            "(locale)",
            format!(
                "folder name `{}` is not a language tag such as en, ja, ko or pt-BR",
                locale.tag
            ),
        ));
    }
    if locale.files.is_empty() {
        problems.push(
            catalog.folder_problem("(locale)", "no .ftl files in this locale folder".to_owned()),
        );
    }
    for (index, file) in locale.files.iter().enumerate() {
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for err in errors {
                    let start = err.slice.as_ref().map_or(err.pos.start, |s| s.start);
                    let rest = file.text.get(start..).unwrap_or("");
                    let skipped = rest.len() - rest.trim_start().len();
                    let id: String = rest
                        .trim_start()
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    let id = if id.is_empty() {
                        "(syntax)".to_owned()
                    } else {
                        id
                    };
                    let (line, col) = line_col(&file.text, err.pos.start);
                    problems.push(file.problem(
                        start + skipped,
                        &id,
                        format!("Fluent syntax error at {line}:{col}: {}", err.kind),
                    ));
                }
                resource
            }
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name;
                    let offset = offset_in(&file.text, id);
                    let value = message
                        .value
                        .as_ref()
                        .map(|p| pattern::compile(p, offset, file, id, problems));
                    let mut attributes = BTreeMap::new();
                    for attribute in &message.attributes {
                        let name = attribute.id.name.to_owned();
                        let compiled =
                            pattern::compile(&attribute.value, offset, file, id, problems);
                        if attributes.insert(name.clone(), compiled).is_some() {
                            problems.push(file.problem(
                                offset_in(&file.text, attribute.id.name),
                                id,
                                format!("attribute .{name} appears twice"),
                            ));
                        }
                    }
                    if let Some(first) = catalog.messages.get(id) {
                        let first_file = &catalog.files[first.file];
                        let line = first_file.line_of(first.offset);
                        problems.push(file.problem(
                            offset,
                            id,
                            format!(
                                "message defined twice (first in {}:{line}); keep one",
                                first_file.path
                            ),
                        ));
                        continue;
                    }
                    catalog.messages.insert(
                        id.to_owned(),
                        Message {
                            file: index,
                            offset,
                            value,
                            attributes,
                        },
                    );
                }
                ast::Entry::Term(term) => {
                    problems.push(file.problem(
                        offset_in(&file.text, term.id.name),
                        &format!("-{}", term.id.name),
                        "terms are not supported; write the text into each message".to_owned(),
                    ));
                }
                _ => {}
            }
        }
    }
    catalog
}

/// A BCP 47 tag as far as a folder name needs: a 2- or 3-letter language, then subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_lowercase())
        && subtags
            .all(|s| (2..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()))
}
