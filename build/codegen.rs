//! The generator behind `build.rs`, and the root of its module tree in `build/`.
//!
//! It reads the code table (`data/close-codes.toml`) and the Fluent catalogs
//! (`locales/<tag>/*.ftl`), checks them against each other, and returns the Rust source that
//! `src/table.rs` includes. Every problem is collected, not just the first, and each one names
//! `path:line:col`, the message id and what to do about it, so one build shows everything that
//! is wrong.
//!
//! | module | owns |
//! | --- | --- |
//! | `problem` | [`SourceFile`], [`Problem`], positions |
//! | `input` | [`read_inputs`]: the only file-system access |
//! | `contract` | the names shared with `src/`: enums' variants, attributes, message ids |
//! | `ident` | Rust identifiers made from ids |
//! | `table` | the code table: rows, their keys and checks, the name map |
//! | `fluent` | Fluent source to catalogs: syntax, terms, select expressions, unsupported expressions |
//! | `plural` | a locale's plural rules and categories, from intl_pluralrules |
//! | `catalog` | the catalog model and its checks: required, shape, plural categories, locale against locale |
//! | `emit` | the generated Rust |
//!
//! The tree is compiled three ways: into the build script, into the tests and into the fuzz
//! targets, each through one `#[path]` to this file (a `#[path]` file is a directory owner, so
//! `mod table;` here means `build/table.rs`). It uses only std, `toml`, `fluent-syntax`, and
//! `intl_pluralrules` with `unic-langid` (the plural rules fluent-bundle uses).
//! Output is deterministic: inputs are sorted, maps are `BTreeMap`s, and no path or time is
//! written into it.

mod catalog;
mod contract;
mod emit;
mod fluent;
mod ident;
mod input;
// Public to the crate so the tests can ask it for a locale's categories.
pub(crate) mod plural;
mod problem;
// The checks for a profile an application loads at run time (the library's `profile-files`
// feature); the build script does not call them.
#[allow(dead_code, unused_imports)]
pub mod runtime;
mod table;

// The fuzz targets build their inputs in memory and never read files.
#[allow(unused_imports)]
pub use input::read_inputs;
pub use problem::{Problem, SourceFile};
// The tag of the locale every other is checked against (build.rs embeds its files).
#[allow(unused_imports)]
pub(crate) use contract::FALLBACK_LOCALE;
// For the library's errors about run-time files, sorted as the build prints them.
#[allow(unused_imports)]
pub(crate) use problem::sorted as sorted_problems;

/// One locale folder: its tag (the folder name) and its `.ftl` files, sorted by path.
#[derive(Clone, Debug)]
pub struct LocaleInput {
    /// The folder name, a BCP 47 language tag such as `en` or `ko`.
    pub tag: String,
    /// The `.ftl` files in the folder.
    pub files: Vec<SourceFile>,
}

/// Everything the generator reads.
#[derive(Clone, Debug)]
pub struct Input {
    /// `data/close-codes.toml`.
    pub table: SourceFile,
    /// `data/peers.toml`.
    pub peers: SourceFile,
    /// `data/failures.toml`.
    pub failures: SourceFile,
    /// `data/scenarios.toml`.
    pub scenarios: SourceFile,
    /// `data/profiles/*.toml`, sorted by path.
    pub profiles: Vec<SourceFile>,
    /// `locales/<tag>/`, sorted by tag.
    pub locales: Vec<LocaleInput>,
}

/// Validates `input` and returns the generated Rust source, with every locale.
///
/// # Errors
///
/// Every problem found, sorted by path and position.
#[allow(dead_code)] // build.rs calls `generate_locales`; the tests and fuzz targets call this.
pub fn generate(input: &Input) -> Result<String, Vec<Problem>> {
    generate_locales(input, &|_| true)
}

/// Validates `input` (every locale, shipped or not, so a broken catalog fails every build) and
/// returns the generated Rust source with the locales `ships` keeps by tag, and English, the
/// fallback, always. `build.rs` keeps the locales whose Cargo feature is on.
///
/// # Errors
///
/// Every problem found, sorted by path and position.
pub fn generate_locales(
    input: &Input,
    ships: &dyn Fn(&str) -> bool,
) -> Result<String, Vec<Problem>> {
    let mut problems = Vec::new();
    let table = table::parse_table(
        &input.table,
        &input.peers,
        &input.failures,
        &input.scenarios,
        &input.profiles,
        &mut problems,
    );
    if input.locales.len() > usize::from(u8::MAX) {
        problems.push(Problem::file(
            "locales",
            format!(
                "{} locale folders; `Locale` holds at most 255",
                input.locales.len()
            ),
        ));
    }
    let catalogs: Vec<_> = input
        .locales
        .iter()
        .map(|l| fluent::compile_locale(l, &mut problems))
        .collect();
    catalog::check(&table, &catalogs, &mut problems);
    for catalog in &catalogs {
        plural_shape(catalog.tag, &mut problems);
    }
    if problems.is_empty() {
        let shipped: Vec<_> = catalogs
            .into_iter()
            .filter(|c| c.tag == contract::FALLBACK_LOCALE || ships(c.tag))
            .collect();
        Ok(emit::emit(&table, &shipped))
    } else {
        Err(problem::sorted(problems))
    }
}

/// A shipped locale's plural rules must fit the shape the library runs them in
/// (`plural::Shape`), which keeps intl_pluralrules out of what programs compile.
fn plural_shape(tag: &str, problems: &mut Vec<Problem>) {
    let Some(rules) = plural::rules_for(tag) else {
        return;
    };
    if plural::shape(&rules).is_none() {
        problems.push(Problem::file(
            &format!("locales/{tag}"),
            format!(
                "the plural rules of {tag} do not repeat with a period of 1, 10, 100 or 1000, or give numbers with fraction digits more than one category, so the library cannot run them without intl_pluralrules; extend `plural::shape` (build/plural.rs) and `PluralRules` (src/text.rs) for them"
            ),
        ));
    }
}
