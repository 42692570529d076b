//! Localized text, compiled at build time.
//!
//! A message without variables is a `&'static str`. A message with variables (the range texts,
//! which name the code) is a list of pieces joined when the text is written, so nothing is
//! parsed at run time and nothing is allocated unless the caller asks for a `String`.
//!
//! A piece may be a [`Select`]: Fluent's `{ $seconds -> [0] .. [one] .. *[other] .. }`, its
//! variants compiled by the build like any other pattern. Writing it picks a variant from the
//! variable's [`Value`] as fluent-bundle does: the first variant whose key matches wins, a
//! numeric key equal to the value as a whole number, or a category key (`[one]`) that the
//! locale's plural rules give it; text matches a category key only by name. Otherwise the
//! default (`*`) variant. How a value reads (an integer directly, a float from its text, since
//! CLDR counts visible fraction digits in `1.50`) is `src/value.rs`. Two differences from
//! fluent-bundle are left, outside what a count is: NaN, infinity and floats that print past 64
//! characters (`1e300`) take the default (fluent-bundle gives them the category `other`), and
//! integers past 2^53 are written with their own digits (fluent-bundle rounds them to an
//! `f64`).
//!
//! The plural rules come from `intl_pluralrules`, the crate fluent-bundle uses, asked by the
//! build. For the counts messages actually show, whole numbers from 0 to 255 given as
//! integers, the build has stored the variant each count picks ([`Select::counts`]), so such a
//! select is one lookup. For every other number, a shipped locale's rule runs in the shape the
//! build found it has ([`Shape`], see `build/plural.rs`): a table of the first whole numbers'
//! categories that repeats with a period, and one category for numbers with fraction digits,
//! so programs do not compile intl_pluralrules at all. A locale added at run time whose rule
//! has no such shape runs intl_pluralrules itself (feature `locale-files`).

use core::fmt;

use crate::CloseCode;
pub(crate) use crate::rows::text::{Category, Key, Message, Piece, PluralRules, Select, Shape};
use crate::value::{Operands, Reading, Short, Value};

impl Category {
    /// Every category, in CLDR's order.
    #[cfg_attr(not(feature = "locale-files"), allow(dead_code))]
    pub(crate) const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];
}

impl Shape {
    /// The category of the whole number `number`.
    #[inline]
    fn integer(&self, number: u64) -> Option<Category> {
        let index = match number.checked_sub(self.start) {
            Some(past) => self.start + past % self.period.max(1),
            None => number,
        };
        self.integers.get(usize::try_from(index).ok()?).copied()
    }

    /// The category of a whole number too long for a `u64` (its digits, without a sign): past
    /// `start`, so only its place in the period counts, which its last four digits give.
    fn long_integer(&self, digits: &str) -> Option<Category> {
        let tail: u64 = digits.get(digits.len().checked_sub(4)?..)?.parse().ok()?;
        let period = self.period.max(1);
        let place = (tail % period + period - self.start % period) % period;
        self.integers
            .get(usize::try_from(self.start + place).ok()?)
            .copied()
    }
}

impl PluralRules {
    /// intl_pluralrules' rules themselves, for a locale added at run time whose rules have no
    /// [`Shape`].
    #[cfg(feature = "locale-files")]
    pub(crate) fn exact(rules: intl_pluralrules::PluralRules) -> PluralRules {
        PluralRules {
            shape: None,
            exact: Some(rules),
        }
    }

    /// The category of a number with these operands.
    #[inline]
    fn category(&self, operands: Operands<'_>) -> Option<Category> {
        #[cfg(feature = "locale-files")]
        if let Some(rules) = &self.exact {
            let category = match operands {
                Operands::Magnitude(magnitude) => rules.select(magnitude),
                Operands::Written(number) => rules.select(number),
            };
            return category
                .ok()
                .map(|c| Category::ALL[crate::codegen::plural::index(&c)]);
        }
        let shape = self.shape.as_ref()?;
        match operands {
            Operands::Magnitude(magnitude) => shape.integer(magnitude),
            // Fluent's form, `-?[0-9]+(.[0-9]+)?`; the sign does not count.
            Operands::Written(number) => {
                let digits = number.trim_start_matches('-');
                if digits.contains('.') {
                    Some(shape.fractions)
                } else {
                    match digits.parse() {
                        Ok(whole) => shape.integer(whole),
                        Err(_) => shape.long_integer(digits),
                    }
                }
            }
        }
    }
}

impl fmt::Debug for PluralRules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PluralRules({:?})", self.shape)
    }
}

/// Rules are the same when they have the same shape (rules without one are compared by
/// whether they are intl_pluralrules' own).
impl PartialEq for PluralRules {
    fn eq(&self, other: &PluralRules) -> bool {
        #[cfg(feature = "locale-files")]
        if self.exact.is_some() || other.exact.is_some() {
            return core::ptr::eq(self, other);
        }
        self.shape == other.shape
    }
}

impl Eq for PluralRules {}

impl Select {
    /// The pieces to write for a count the build worked out ahead: a whole number from 0 to
    /// `counts.len() - 1`, given as an integer. `None` for anything else.
    #[inline]
    fn counted(&self, value: Value<'_>) -> Option<&'static [Piece]> {
        let index = *self.counts.get(usize::try_from(value.count()?).ok()?)?;
        self.variants
            .get(usize::from(index))
            .map(|(_, pieces)| *pieces)
    }

    /// The pieces to write for a selector read as `reading` (`None`: missing, or a value
    /// that matches no key).
    #[inline]
    fn variant(&self, reading: Option<Reading<'_>>) -> &'static [Piece] {
        // The category is worked out only when a category key is reached.
        let mut category = None;
        let mut matches = |key: &Key| match (key, reading) {
            (Key::Number(n), Some(Reading::Number { whole, .. })) => whole == Some(*n),
            (Key::Category(c), Some(Reading::Number { operands, .. })) => {
                category
                    .get_or_insert_with(|| self.rules.category(operands))
                    .as_ref()
                    == Some(c)
            }
            (Key::Category(c), Some(Reading::Text(text))) => category_name(c) == text,
            (Key::Number(_), Some(Reading::Text(_))) | (_, None) => false,
        };
        // A default that comes last is the answer whether its key matches or not, so its key
        // is not tried: `*[other]` alone (Korean) needs no plural rule at all.
        let tried = match self.variants.split_last() {
            Some((_, before)) if self.default == before.len() => before,
            _ => self.variants,
        };
        tried
            .iter()
            .find(|(key, _)| matches(key))
            .or_else(|| self.variants.get(self.default))
            .map_or(&[], |(_, pieces)| pieces)
    }
}

/// A category's name in Fluent, which a text value matches, as fluent-bundle compares them.
pub(crate) fn category_name(category: &Category) -> &'static str {
    match category {
        Category::Zero => "zero",
        Category::One => "one",
        Category::Two => "two",
        Category::Few => "few",
        Category::Many => "many",
        Category::Other => "other",
    }
}

/// A named value for a message's variable.
pub(crate) type Arg<'a> = (&'a str, Value<'a>);

/// Whether two variable names are the same. Names are a few bytes long: a call of `memcmp`
/// (what `==` on `str` becomes) cost more than the rest of the lookup, and so did a loop over
/// the bytes; a name of 4 to 8 bytes is compared as two 4-byte words that overlap in the
/// middle, its first and its last four bytes (measured, README Performance).
#[inline]
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    match a.len() {
        4..=8 => {
            let last = a.len() - 4;
            word(a, 0) == word(b, 0) && word(a, last) == word(b, last)
        }
        _ => a.iter().zip(b).all(|(x, y)| x == y),
    }
}

/// The 4 bytes of `bytes` from `at`, as a number (`None` past the end, which no caller asks).
#[inline]
fn word(bytes: &[u8], at: usize) -> Option<u32> {
    let word = bytes.get(at..at.checked_add(4)?)?.try_into().ok()?;
    Some(u32::from_ne_bytes(word))
}

/// The variable of code and range texts: the code itself (`CODE_VARIABLE` in
/// `build/contract.rs`; the build allows no other).
const CODE_VARIABLE: &str = "code";

/// The value of variable `name` in `args`, `None` when it is missing.
#[inline]
fn find<'v>(args: &[Arg<'v>], name: &str) -> Option<Value<'v>> {
    args.iter()
        .find(|(n, _)| same_name(n, name))
        .map(|(_, value)| *value)
}

/// Writes `pieces`, with variables and selects taken from `args`; `selected` is the value of
/// the select whose variant `pieces` are (`None` outside a select, or when the selector is
/// missing), which [`Piece::Selected`] writes.
fn write_pieces<'v, W: fmt::Write + ?Sized>(
    mut pieces: &[Piece],
    args: &[Arg<'v>],
    mut selected: Option<Value<'v>>,
    out: &mut W,
) -> fmt::Result {
    while let Some((piece, rest)) = pieces.split_first() {
        pieces = rest;
        // A variable missing from the arguments is written as `{$name}`, as Fluent does; the
        // build checks every message's variables, so only a caller passing the wrong names
        // can meet it.
        let (value, name) = match piece {
            Piece::Text(text) => {
                out.write_str(text)?;
                continue;
            }
            Piece::Var(name) => (find(args, name), name),
            Piece::Selected(name) => (selected, name),
            Piece::Select(select) => {
                let value = find(args, select.selector);
                match value.and_then(|value| select.counted(value)) {
                    // A select that ends the pieces (a plural is often the whole message)
                    // goes on with its variant's pieces here, without a call.
                    Some(variant) if rest.is_empty() => {
                        pieces = variant;
                        selected = value;
                    }
                    Some(variant) => write_pieces(variant, args, value, out)?,
                    None => write_read(select, value, args, out)?,
                }
                continue;
            }
        };
        match value {
            Some(value) => value.write(out)?,
            None => write!(out, "{{${name}}}")?,
        }
    }
    Ok(())
}

/// Writes `pieces` that hold no select: text, and variables from `args`, written as
/// [`write_pieces`] writes them.
fn write_flat<W: fmt::Write + ?Sized>(
    pieces: &[Piece],
    args: &[Arg<'_>],
    out: &mut W,
) -> fmt::Result {
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.write_str(text)?,
            Piece::Var(name) | Piece::Selected(name) => match find(args, name) {
                Some(value) => value.write(out)?,
                None => write!(out, "{{${name}}}")?,
            },
            // Never given one (`table::ENTRY_SELECTS`).
            Piece::Select(_) => {}
        }
    }
    Ok(())
}

/// Writes the variant of `select` that `value` (the selector's, `None` when it is missing)
/// picks once read: for what is not a count. A float or a displayed value is read from its
/// text, which the variant then writes without formatting the value again. Kept out of
/// [`write_pieces`], whose frame stays small without the buffer a read may need.
#[inline(never)]
fn write_read<W: fmt::Write + ?Sized>(
    select: &Select,
    value: Option<Value<'_>>,
    args: &[Arg<'_>],
    out: &mut W,
) -> fmt::Result {
    let mut buffer = Short::new();
    let (reading, written) = match value {
        Some(value) => value.read(&mut buffer),
        None => (None, None),
    };
    let selected = written.map(Value::from).or(value);
    write_pieces(select.variant(reading), args, selected, out)
}

impl Message {
    /// The text, if the message has no variables.
    #[inline]
    pub(crate) fn as_static(self) -> Option<&'static str> {
        match self {
            Message::Static(text) => Some(text),
            Message::Pieces(_) => None,
        }
    }

    /// Writes the message with its variables taken from `args`. A variable missing from `args`
    /// is written as `{$name}`, as Fluent does; a select whose variable is missing writes its
    /// default variant.
    pub(crate) fn write_with<W: fmt::Write + ?Sized>(
        self,
        out: &mut W,
        args: &[Arg<'_>],
    ) -> fmt::Result {
        match self {
            Message::Static(text) => out.write_str(text),
            Message::Pieces(pieces) => write_pieces(pieces, args, None, out),
        }
    }
}

/// One localized text about a close code: its name, description, symptom or remedy.
///
/// Texts of registered codes are `&'static str` ([`Text::plain`]). Texts of other codes are
/// their range's text with the number filled in; they are written on demand by
/// [`Text::write_to`] or `Display`, so a caller with a buffer never allocates.
///
/// Inline code stands between two backticks, as the catalogs write it (`` `proxy_read_timeout` ``);
/// the renderers in `closecode::render` (feature `pages`) turn each pair into `<code>`, a Markdown code span
/// or the bare code. Names and user messages never hold any.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Locale};
///
/// let registered = CloseCode::GOING_AWAY.describe(Locale::EN);
/// assert_eq!(registered.name().plain(), Some("Going Away"));
///
/// let private = CloseCode::new(4321).describe(Locale::EN);
/// assert_eq!(private.description().plain(), None);
/// let mut buf = String::with_capacity(256);
/// private.description().write_to(&mut buf)?;
/// assert!(buf.starts_with("Code 4321 is in the private-use range"));
/// # Ok::<(), std::fmt::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    message: Message,
    code: CloseCode,
}

impl Text {
    #[inline]
    pub(crate) fn new(message: Message, code: CloseCode) -> Text {
        Text { message, code }
    }

    /// The text as it is, a `&'static str`, when it has nothing to fill in; `None` for a range
    /// text that names the code, which [`Text::write_to`] or `Display` writes.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Locale};
    ///
    /// let name = CloseCode::ABNORMAL_CLOSURE.describe(Locale::KO).name();
    /// assert_eq!(name.plain(), Some("비정상 종료"));
    /// assert_eq!(CloseCode::new(4321).describe(Locale::EN).description().plain(), None);
    /// # }
    /// ```
    #[inline]
    pub fn plain(&self) -> Option<&'static str> {
        self.message.as_static()
    }

    /// Writes the text into `out`, filling in the code where the text names it.
    ///
    /// # Errors
    ///
    /// Only the errors `out` itself returns.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "ko")] {
    /// use closecode::{CloseCode, Locale};
    ///
    /// let mut out = String::new();
    /// CloseCode::new(4000).describe(Locale::KO).description().write_to(&mut out)?;
    /// assert!(out.starts_with("4000 코드는"));
    /// # }
    /// # Ok::<(), std::fmt::Error>(())
    /// ```
    #[inline]
    pub fn write_to<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        match self.message {
            Message::Static(text) => out.write_str(text),
            // The only variable of code and range texts is the code (the build checks it).
            Message::Pieces(pieces) => {
                let args = [(CODE_VARIABLE, Value::from(self.code))];
                // Without a select in any shipped code or range text (and no locale added at
                // run time, whose texts may have one), the texts are text and the code: the
                // plural rules, about 43 KB of tables, are not linked for them.
                if crate::table::ENTRY_SELECTS || cfg!(feature = "locale-files") {
                    write_pieces(pieces, &args, None, out)
                } else {
                    write_flat(pieces, &args, out)
                }
            }
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.plain() {
            Some(text) => serializer.serialize_str(text),
            None => serializer.collect_str(self),
        }
    }
}

// The paths the shipped catalogs do not reach: a select on the code of a range text, and the
// reading of values that are almost numbers. Selects on caller values are checked against
// fluent-bundle in tests/it/fluent_reference.rs.
#[cfg(test)]
mod tests {
    use super::*;

    /// English's rule as the build writes it: 0 `other`, 1 `one`, from 2 on `other`.
    static EN: PluralRules = PluralRules::new(Some(Shape {
        start: 2,
        period: 1,
        integers: &[Category::Other, Category::One, Category::Other],
        fractions: Category::Other,
    }));

    /// `{ $code -> [4000] the first *[other] code { $code } [one] one }`, in English.
    static BY_CODE: Select = Select {
        selector: "code",
        rules: &EN,
        variants: &[
            (Key::Number(4000), &[Piece::Text("the first")]),
            (
                Key::Category(Category::Other),
                &[Piece::Text("code "), Piece::Selected("code")],
            ),
            (Key::Category(Category::One), &[Piece::Text("one")]),
        ],
        default: 1,
        counts: &[],
    };

    static PIECES: [Piece; 3] = [Piece::Text("<"), Piece::Select(&BY_CODE), Piece::Text(">")];

    /// As `Text` writes a range text when a shipped one holds a select
    /// (`table::ENTRY_SELECTS`) or with `locale-files`.
    fn written(code: u16) -> String {
        let mut out = String::new();
        let args = [(CODE_VARIABLE, Value::from(CloseCode::new(code)))];
        write_pieces(&PIECES, &args, None, &mut out).unwrap();
        out
    }

    #[test]
    fn a_range_text_selects_on_its_code() {
        assert_eq!(written(4000), "<the first>");
        assert_eq!(written(4001), "<code 4001>");
        assert_eq!(written(1), "<one>");
    }

    /// `{ $n -> [0] none [one] one item *[other] { $n } items }` in English, with the counts
    /// 0 to 3 worked out as the build would.
    static BY_COUNT: Select = Select {
        selector: "n",
        rules: &EN,
        variants: &[
            (Key::Number(0), &[Piece::Text("none")]),
            (Key::Category(Category::One), &[Piece::Text("one item")]),
            (
                Key::Category(Category::Other),
                &[Piece::Selected("n"), Piece::Text(" items")],
            ),
        ],
        default: 2,
        counts: &[0, 1, 2, 2],
    };

    #[test]
    fn a_count_picks_its_variant_inside_and_at_the_end_of_a_message() {
        static INSIDE: [Piece; 3] = [Piece::Text("<"), Piece::Select(&BY_COUNT), Piece::Text(">")];
        static AT_END: [Piece; 2] = [Piece::Text("<"), Piece::Select(&BY_COUNT)];
        let (inside, at_end): (&'static [Piece], &'static [Piece]) = (&INSIDE, &AT_END);
        let written = |pieces: &'static [Piece], value: Value<'_>| {
            let mut out = String::new();
            Message::Pieces(pieces)
                .write_with(&mut out, &[("n", value)])
                .map(|()| out)
        };
        // 0 to 3 from the counts; 4, -1 and 2.0 through the rules.
        for (value, text) in [
            (Value::from(0), "none"),
            (Value::from(1), "one item"),
            (Value::from(3), "3 items"),
            (Value::from(4), "4 items"),
            (Value::from(-1), "one item"),
            (Value::from(2.0), "2 items"),
        ] {
            assert_eq!(written(inside, value), Ok(format!("<{text}>")));
            assert_eq!(written(at_end, value), Ok(format!("<{text}")));
        }
        // A missing selector picks the default, whose variable is written as Fluent does.
        let mut out = String::new();
        Message::Pieces(inside).write_with(&mut out, &[]).unwrap();
        assert_eq!(out, "<{$n} items>");
    }

    #[test]
    fn visible_fraction_digits_count() {
        use Operands::{Magnitude, Written};
        assert_eq!(EN.category(Magnitude(1)), Some(Category::One));
        assert_eq!(EN.category(Written("1.0")), Some(Category::Other));
        assert_eq!(EN.category(Written("-1")), Some(Category::One));
        // Past 2^53 and past a u64, from the digits.
        assert_eq!(
            EN.category(Written("9007199254740993")),
            Some(Category::Other)
        );
        assert_eq!(
            EN.category(Written("100000000000000000000001")),
            Some(Category::Other)
        );
    }

    #[test]
    fn a_shape_repeats_from_its_start() {
        use Category::{Few, Many, One, Other};
        // A rule like Russian's: by the last two digits, from 0.
        let integers: Vec<Category> = (0..100)
            .map(|n| match (n % 10, n % 100) {
                (1, 11) | (2..=4, 12..=14) => Many,
                (1, _) => One,
                (2..=4, _) => Few,
                _ => Many,
            })
            .collect();
        let shape = Shape {
            start: 0,
            period: 100,
            integers: Vec::leak(integers),
            fractions: Other,
        };
        for (number, category) in [
            (1, One),
            (11, Many),
            (21, One),
            (112, Many),
            (1_000_022, Few),
        ] {
            assert_eq!(shape.integer(number), Some(category), "{number}");
            assert_eq!(
                shape.long_integer(&format!("{number:06}")),
                Some(category),
                "{number}"
            );
        }
        assert_eq!(shape.long_integer("123456789012345678901234"), Some(Few));
    }

    #[test]
    fn text_matches_a_category_by_name() {
        let written = |value: Value<'_>| {
            let mut out = String::new();
            let args = [("code", value)];
            write_pieces(&PIECES, &args, None, &mut out).map(|_| out)
        };
        assert_eq!(written("one".into()), Ok("<one>".to_owned()));
        assert_eq!(written("4000".into()), Ok("<code 4000>".to_owned()));
        assert_eq!(written(Value::display(&"one")), Ok("<one>".to_owned()));
        assert_eq!(written(4000.into()), Ok("<the first>".to_owned()));
        assert_eq!(written(1.0.into()), Ok("<one>".to_owned()));
    }

    #[test]
    fn names_are_the_same_only_byte_for_byte() {
        let name = "secondsattempt";
        for len in 0..=name.len() {
            let a = &name[..len];
            // Another copy of the same bytes, at another address.
            let copy: String = a.chars().collect();
            assert!(same_name(a, &copy), "{a:?}");
            if let Some(shorter) = len.checked_sub(1) {
                assert!(!same_name(a, &name[..shorter]), "{a:?}");
            }
            for at in 0..len {
                let mut b = a.as_bytes().to_vec();
                b[at] = b'_';
                let b = String::from_utf8(b).unwrap();
                assert!(!same_name(a, &b), "{a:?} {b:?}");
            }
        }
        assert!(same_name("초", "초"));
        assert!(!same_name("초과", "초기"));
    }

    #[test]
    fn without_rules_only_numbers_and_the_default_match() {
        static NONE: PluralRules = PluralRules::new(None);
        assert_eq!(NONE.category(Operands::Written("1.5")), None);
        assert_eq!(NONE.category(Operands::Magnitude(1)), None);
    }
}
