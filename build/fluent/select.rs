//! A Fluent select expression on a variable to a [`Select`]:
//!
//! ```ftl
//! reconnect-in = { $seconds ->
//!     [0] now
//!     [one] in { $seconds } second
//!    *[other] in { $seconds } seconds
//! }
//! ```
//!
//! At run time (`src/text.rs`) the first variant whose key matches the variable's number wins,
//! as in fluent-bundle: a numeric key when the number is that whole number, a category key when
//! the locale's plural rules put the number in that category; otherwise, or when the value is
//! not a number, the default (`*`) variant. Numeric keys must therefore come before category
//! keys, so that `[1]` is not hidden behind `[one]` and both readings agree.
//!
//! Owns: the keys on their own (whole numbers, category names, no repeats, order) and the
//! selector (a variable). May not touch: the locale; whether a category exists for it is
//! checked on the catalog (`catalog/plurals.rs`).

use fluent_syntax::ast;

use super::super::catalog::{Key, Select, Variant};
use super::super::plural::CATEGORIES;
use super::super::problem::{Problem, SourceFile, offset_in};
use super::pattern;

/// The largest whole number a numeric key may be: fluent-bundle compares numbers as `f64`,
/// which holds every whole number up to 2^53 exactly.
const MAX_KEY: u64 = 1 << 53;

/// Compiles the select expression of message `id` on `selector` with `variants`; `None`, with
/// the problems reported, when the selector is not a variable.
pub(super) fn compile(
    selector: &ast::InlineExpression<&str>,
    variants: &[ast::Variant<&str>],
    file: &SourceFile,
    id: &str,
    problems: &mut Vec<Problem>,
) -> Option<Select> {
    let at = |slice: &str, text: String| file.problem(offset_in(&file.text, slice), id, text);
    let ast::InlineExpression::VariableReference { id: selector } = selector else {
        let slice = pattern::first_slice(selector).unwrap_or(id);
        problems.push(at(
            slice,
            "only a variable can select a variant, as in { $count -> [one] ... *[other] ... }; functions, literals and references are not supported".to_owned(),
        ));
        return None;
    };
    let mut compiled: Vec<Variant> = Vec::new();
    let mut default = None;
    for variant in variants {
        let (slice, key) = match variant.key {
            ast::VariantKey::NumberLiteral { value } => (value, number_key(value)),
            ast::VariantKey::Identifier { name } => (name, category_key(name)),
        };
        let key = match key {
            Ok(key) => key,
            Err(text) => {
                problems.push(at(slice, text));
                continue;
            }
        };
        if let Some(earlier) = compiled.iter().find(|v| v.key == key) {
            let line = file.line_of(earlier.key_offset);
            problems.push(at(
                slice,
                format!("the key [{slice}] is already used on line {line}; Fluent takes the first, so remove one"),
            ));
            continue;
        }
        let first_category = compiled.iter().find_map(|v| match v.key {
            Key::Category(name) => Some(name),
            Key::Number(_) => None,
        });
        if let (Key::Number(_), Some(category)) = (&key, first_category) {
            problems.push(at(
                slice,
                format!("the key [{slice}] comes after [{category}]; Fluent tries the variants in order, so put the numeric keys first"),
            ));
        }
        let key_offset = offset_in(&file.text, slice);
        let pattern = pattern::compile(&variant.value, key_offset, file, id, problems);
        if variant.default {
            default = Some(compiled.len());
        }
        compiled.push(Variant {
            key,
            key_offset,
            pattern,
        });
    }
    if !variants.iter().any(|v| v.default) {
        problems.push(at(
            selector.name,
            "the select expression has no default variant; mark one with *, as in *[other]"
                .to_owned(),
        ));
    }
    Some(Select {
        selector: selector.name.to_owned(),
        variants: compiled,
        // Without a default (reported above, or its key was), the build stops anyway.
        default: default?,
    })
}

/// A numeric key: a whole number from -2^53 to 2^53. The parser has checked its syntax,
/// `-?[0-9]+(.[0-9]+)?`.
fn number_key(literal: &str) -> Result<Key, String> {
    let (negative, digits) = match literal.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, literal),
    };
    if digits.contains('.') {
        return Err(format!(
            "the key [{literal}] is not a whole number; a number matches only keys equal to it with the same fraction digits, so [{literal}] would never be chosen: use whole numbers such as [0] or [1], or categories such as [one]"
        ));
    }
    match digits.parse::<u64>() {
        Ok(magnitude) if magnitude <= MAX_KEY => {
            // At most 2^53, so it fits an i64 with either sign.
            let value = magnitude as i64;
            Ok(Key::Number(if negative { -value } else { value }))
        }
        _ => Err(format!(
            "the key [{literal}] is not a number a count can equal: numeric keys are whole numbers up to {MAX_KEY}"
        )),
    }
}

/// A category key: one of CLDR's plural categories.
fn category_key(name: &str) -> Result<Key, String> {
    CATEGORIES
        .iter()
        .find(|c| **c == name)
        .map(|c| Key::Category(c))
        .ok_or_else(|| {
            format!(
                "[{name}] is not a plural category; a number selects whole-number keys such as [0] and the categories {}",
                CATEGORIES.join(", ")
            )
        })
}
