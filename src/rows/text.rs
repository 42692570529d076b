//! Compiled Fluent messages: pieces, selects and plural rules.

/// A compiled Fluent pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Message {
    /// Text with no variables.
    Static(&'static str),
    /// Text, variables and selects, in order.
    Pieces(&'static [Piece]),
}

/// A piece of a compiled pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Literal text.
    Text(&'static str),
    /// A variable, filled in from the arguments when the text is written.
    Var(&'static str),
    /// The variable of the select this piece is in a variant of (the build marks them), filled
    /// in with the value the select has already found (for a float, the text it was read
    /// from), without looking it up again.
    Selected(&'static str),
    /// A choice of pieces by the number a variable holds.
    Select(&'static Select),
}

/// A compiled select expression: `{ $seconds -> [0] now [one] .. *[other] .. }`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Select {
    /// The variable whose value picks the variant.
    pub(crate) selector: &'static str,
    /// The plural rules of the catalog's locale.
    pub(crate) rules: &'static PluralRules,
    /// The variants in source order, numeric keys first (the build checks it).
    pub(crate) variants: &'static [(Key, &'static [Piece])],
    /// The index of the default variant in `variants`.
    pub(crate) default: usize,
    /// The index in `variants` of the variant each count from 0 picks, worked out by the build
    /// with the same rules (`Select::counts` in `build/catalog.rs`).
    pub(crate) counts: &'static [u8],
}

/// The key of a variant.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Key {
    /// `[0]`, `[1]`: the value is this whole number.
    Number(i64),
    /// `[one]`, `[other]`: the locale's plural rules put the value in this category.
    Category(Category),
}

/// CLDR's plural categories, as a variant key names them (`[one]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The cardinal plural rules of one locale: the [`Shape`] the build found them in, or none
/// (then no category key matches); for a locale added at run time whose rules have no shape,
/// intl_pluralrules' own.
pub(crate) struct PluralRules {
    pub(crate) shape: Option<Shape>,
    #[cfg(feature = "locale-files")]
    pub(crate) exact: Option<intl_pluralrules::PluralRules>,
}

/// A cardinal plural rule as a table (see `plural::Shape` in `build/plural.rs`, which finds it
/// and checks it on numbers far past the table): `integers` holds the category of the whole
/// numbers below `start + period`; from `start` on they repeat with `period`, which divides
/// 10,000; every number with fraction digits is in `fractions`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Shape {
    pub(crate) start: u64,
    pub(crate) period: u64,
    pub(crate) integers: &'static [Category],
    pub(crate) fractions: Category,
}

impl PluralRules {
    /// The rules in `shape`, or none.
    pub(crate) const fn new(shape: Option<Shape>) -> PluralRules {
        PluralRules {
            shape,
            #[cfg(feature = "locale-files")]
            exact: None,
        }
    }
}
