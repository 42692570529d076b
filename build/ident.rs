//! Rust identifiers made from the ids in the inputs: constant names and enum variant names.
//!
//! Owns: the spelling rules, shared by the name map (a `KnownCode` variant is a name too) and
//! by emission. May not touch: anything else.

/// A kebab-case id as a constant name: `label-name` -> `LABEL_NAME`, `pt-BR` -> `PT_BR`.
pub(crate) fn constant_name(id: &str) -> String {
    id.replace('-', "_").to_ascii_uppercase()
}

/// A constant name as a variant name: `GOING_AWAY` -> `GoingAway`.
pub(crate) fn camel_case(constant: &str) -> String {
    constant
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_string() + &chars.as_str().to_ascii_lowercase()
            })
        })
        .collect()
}
