//! Locales an application adds at run time (feature `locale-files`): Fluent text for a language
//! tag, checked by the build's own catalog checks against the shipped table and the English
//! catalog, then compiled into the same shapes as a shipped locale, so that every part of the
//! library takes the new [`Locale`] as it takes [`Locale::KO`](crate::Locale).
//!
//! An added locale lives until the program ends, like the shipped ones: its texts are leaked
//! into `'static` memory once, when it is added, so that a lookup in it costs what a lookup in
//! a shipped locale costs (a branch more, to find its catalog). Adding is meant for start-up, a
//! few times per process; [`MAX_ADDED`] locales at most.
//!
//! Under a shipped locale's tag, the files override that locale's texts: they are compiled the
//! same way, with the shipped text for every message they lack, and a lookup in a shipped
//! locale reads its override first (one atomic load when there is none).
//!
//! The texts of shipped failures, scenarios and profiles are per-locale lists inside each item;
//! an added locale keeps its own in maps keyed by the address of the item's list, which is
//! `'static` and unique ([`PerLocale`], [`ItemTexts`]).

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use unic_langid::LanguageIdentifier;

use crate::codegen::plural::{rules_for, shape};
use crate::codegen::runtime::{
    CheckedLocale, Key, Message, Pattern, Piece, SCENARIO_LISTS, check_locale,
};
use crate::codegen::{Input, LocaleInput, Problem, SourceFile};
use crate::entry_texts::TextSet;
use crate::scenario::ScenarioTexts;
use crate::table::{
    CATALOGS, CODES, Catalog, FAILURES, Field, LABEL_IDS, PROFILES, RANGES, SCENARIOS,
    SHIPPED_LOCALES,
};
use crate::text::{self, PluralRules};
use crate::{CheckError, Label, Locale};

/// How many locales a program can add.
///
/// # Examples
///
/// ```
/// // A program has room for this many added locales besides the shipped ones; one more is
/// // refused by `NewLocale::add`.
/// assert_eq!(closecode::MAX_ADDED, 32);
/// ```
pub const MAX_ADDED: usize = 32;

mod sources {
    include!(concat!(env!("OUT_DIR"), "/sources.rs"));
}

/// The added locales, in the order they were added; the first `COUNT` are set.
static ADDED: [OnceLock<Added>; MAX_ADDED] = [const { OnceLock::new() }; MAX_ADDED];
/// The texts that replace a shipped locale's (`NewLocale::new("ko")`), by its index in
/// `CATALOGS`; set once, when the override is added. Complete: a message the files lack holds
/// the shipped text, so a lookup reads one table either way.
static OVERRIDES: [OnceLock<Added>; SHIPPED_LOCALES] = [const { OnceLock::new() }; SHIPPED_LOCALES];
static COUNT: AtomicUsize = AtomicUsize::new(0);
/// Held while a locale is added, so two threads cannot take the same slot or tag.
static ADDING: Mutex<()> = Mutex::new(());

/// One added locale, compiled.
struct Added {
    catalog: Catalog,
    /// Per group of `LABEL_IDS`, in its order.
    labels: Vec<&'static [text::Message]>,
    /// Per field, in the order of `Field::ALL`: codes, then ranges (`table::shipped_entry`).
    entries: Vec<&'static [text::Message]>,
    items: ItemTexts,
}

/// The texts of the shipped failures, scenarios and profiles in an added locale, each by the
/// address of the item's per-locale list.
#[derive(Default)]
struct ItemTexts {
    /// Failures and profile entries.
    entries: HashMap<usize, TextSet>,
    scenarios: HashMap<usize, ScenarioTexts>,
    /// What each profile's protocol is.
    about: HashMap<usize, Cow<'static, str>>,
}

/// How many locales have been added.
pub(crate) fn count() -> usize {
    COUNT.load(Ordering::Acquire)
}

/// The catalog of an added locale (`index` counts from the first added one).
pub(crate) fn catalog(index: usize) -> Option<&'static Catalog> {
    ADDED.get(index)?.get().map(|added| &added.catalog)
}

/// The texts compiled at run time for the locale at `index` (a `Locale`'s own index): a
/// shipped locale's override, or an added locale. `None` for a shipped locale without one.
#[inline]
fn run_time_texts(index: usize) -> Option<&'static Added> {
    match OVERRIDES.get(index) {
        Some(shipped) => shipped.get(),
        None => ADDED.get(index - SHIPPED_LOCALES)?.get(),
    }
}

/// Field `field` of the texts in `slot` of the locale at `index`, when they were compiled at
/// run time (an added locale, or a shipped one's override).
#[inline]
pub(crate) fn entry(index: usize, field: Field, slot: usize) -> Option<text::Message> {
    run_time_texts(index)?
        .entries
        .get(field as usize)?
        .get(slot)
        .copied()
}

/// Label `label` of the locale at `index`, when its texts were compiled at run time (an added
/// locale, or a shipped one's override).
#[inline]
pub(crate) fn label(index: usize, label: Label) -> Option<text::Message> {
    let (group, at) = label.parts();
    run_time_texts(index)?.labels.get(group)?.get(at).copied()
}

/// A per-locale list element type whose run-time text can be found by its list's address.
pub(crate) trait PerLocale: Sized + 'static {
    /// The text of the item whose per-locale list starts at `list`, in the locale at `index`
    /// when its texts were compiled at run time (an added locale, or a shipped one's
    /// override, which lists only the items its files have).
    fn added(index: usize, list: usize) -> Option<&'static Self>;
}

/// The item texts of the locale at `index`, when compiled at run time.
fn items(index: usize) -> Option<&'static ItemTexts> {
    run_time_texts(index).map(|added| &added.items)
}

impl PerLocale for TextSet {
    fn added(index: usize, list: usize) -> Option<&'static TextSet> {
        items(index)?.entries.get(&list)
    }
}

impl PerLocale for ScenarioTexts {
    fn added(index: usize, list: usize) -> Option<&'static ScenarioTexts> {
        items(index)?.scenarios.get(&list)
    }
}

impl PerLocale for Cow<'static, str> {
    fn added(index: usize, list: usize) -> Option<&'static Cow<'static, str>> {
        items(index)?.about.get(&list)
    }
}

/// A locale to add at run time: a language tag and its Fluent files, in the format of
/// `locales/<tag>/*.ftl` (or of `closecode catalog`, whose ids carry a prefix).
///
/// The files are checked as the build checks a shipped locale: Fluent syntax, the same
/// attributes and variables as in English, plural keys the language's rules can select,
/// inline code, no unknown message, and a `.symptom` or `.remedy` that English writes as a list
/// (lines starting with `- `) written as a list of as many items. A message the files lack shows its English text, and
/// [`AddedLocale::warnings`] lists each one: a closecode release that adds a message does not
/// break an application's translation, it shows that message in English until it is
/// translated. [`NewLocale::strict`] refuses a locale that lacks any message instead (for a
/// translator's CI). The messages of the `closecode` command (`cli-*`, help and usage errors
/// of the command-line tool) are never required and never listed: a library user's locale
/// does not translate them.
///
/// Limits, and why:
///
/// * An added locale lives until the program ends and cannot be removed or replaced: every
///   lookup hands out `&'static str` texts, which a removal would leave dangling. Add
///   locales at start-up.
/// * At most [`MAX_ADDED`] locales: a [`Locale`] is one byte, and the added catalogs sit in
///   a fixed array that lookups read without a lock.
/// * A shipped locale's tag (`NewLocale::new("ko")`) overrides that locale's texts, message by
///   message: the files' messages replace the shipped ones, checked as any added locale's,
///   and every message they lack keeps its shipped text (so no warnings). The locale stays
///   [`Locale::KO`](crate::Locale), picked by its tag and by `Accept-Language` as before.
///   Once per shipped locale: put every change in one `NewLocale`. Override before adding
///   other locales, which take the fallback's texts as they are when they are added.
/// * Add locales before [`Profile::load`](crate::Profile::load) and
///   [`Profile::parse`](crate::Profile::parse): a profile takes texts for the locales that
///   exist when it is loaded, and shows English in a locale added after it.
///
/// # Examples
///
/// ```
/// use closecode::{CloseCode, Locale, NewLocale};
///
/// // The English catalog under the default prefix, as `closecode catalog --lang en` writes it,
/// // stands in for a translation here.
/// let text = closecode::catalog::export(Locale::EN, "closecode-");
/// let text = text.replace("closecode-code-1006 = Abnormal Closure", "closecode-code-1006 = Abnormaler Abbruch");
/// let added = NewLocale::new("de").file("de.ftl", &text).add()?;
/// let german = added.locale();
/// assert_eq!(Locale::from_tag("de-AT")?, german);
/// assert_eq!(CloseCode::new(1006).describe(german).name().to_string(), "Abnormaler Abbruch");
///
/// // A file with a mistake is refused, with where and what.
/// let err = NewLocale::new("fr").file("fr.ftl", "code-1000 = { $oops }\n").add().unwrap_err();
/// assert!(err.problems().iter().any(|p| p.id() == "code-1000"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct NewLocale {
    tag: String,
    files: Vec<SourceFile>,
    prefix: String,
    fall_back: bool,
    problems: Vec<Problem>,
}

/// A locale [`NewLocale::add`] added, and what it lacks.
///
/// # Examples
///
/// ```
/// use closecode::{Locale, NewLocale};
///
/// let added = NewLocale::new("nl").file("nl.ftl", "closecode-label-remedy = Oplossing\n").add()?;
/// // The new locale is picked like a shipped one...
/// assert_eq!(Locale::from_tag("nl-BE")?, added.locale());
/// // ...and every message the file lacks is listed, shown in English.
/// assert!(added.warnings().iter().any(|w| w.id() == "code-1000"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct AddedLocale {
    locale: Locale,
    warnings: Vec<Problem>,
}

impl AddedLocale {
    /// The new locale, usable wherever a shipped one is.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale, NewLocale};
    ///
    /// let catalog = closecode::catalog::export(Locale::EN, "closecode-");
    /// let swedish = NewLocale::new("sv").file("sv.ftl", &catalog).add()?.locale();
    /// assert_eq!(swedish.tag(), "sv");
    /// assert!(Locale::all().any(|l| l == swedish));
    /// assert_eq!(CloseCode::GOING_AWAY.describe(swedish).name().to_string(), "Going Away");
    /// # Ok::<(), closecode::CheckError>(())
    /// ```
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// What fell back: one warning per message the files lack, each shown in English (empty
    /// with [`NewLocale::strict`], which refuses such files).
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, NewLocale};
    ///
    /// let added = NewLocale::new("da").file("da.ftl", "closecode-label-remedy = Løsning\n").add()?;
    /// // 1000 is not translated: it is listed, and shows its English name.
    /// assert!(added.warnings().iter().any(|w| w.id() == "code-1000"));
    /// assert_eq!(CloseCode::NORMAL_CLOSURE.describe(added.locale()).name().to_string(), "Normal Closure");
    /// // A whole catalog lacks nothing.
    /// let catalog = closecode::catalog::export(closecode::Locale::EN, "closecode-");
    /// assert!(NewLocale::new("no").file("no.ftl", &catalog).add()?.warnings().is_empty());
    /// # Ok::<(), closecode::CheckError>(())
    /// ```
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }
}

impl NewLocale {
    /// A locale with the BCP 47 tag `tag`, such as `de` or `pt-BR`, and no files yet.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::NewLocale;
    ///
    /// let partial = "closecode-label-remedy = Solução\n";
    /// assert!(NewLocale::new("pt-BR").file("pt-BR.ftl", partial).check().is_ok());
    /// // The tag is checked with the files, by `check` and `add`.
    /// let err = NewLocale::new("not a tag").file("x.ftl", partial).check().unwrap_err();
    /// assert_eq!(err.problems()[0].id(), "(locale)");
    /// ```
    pub fn new(tag: &str) -> NewLocale {
        NewLocale {
            tag: tag.trim().to_owned(),
            files: Vec::new(),
            prefix: crate::catalog::DEFAULT_PREFIX.to_owned(),
            fall_back: true,
            problems: Vec::new(),
        }
    }

    /// Adds a Fluent file given as text (from `include_str!`, a database, ...); `path` is the
    /// name problems show.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::NewLocale;
    ///
    /// let err = NewLocale::new("es").file("texts/es.ftl", "code-1000 = { $oops }\n").check().unwrap_err();
    /// assert!(err.problems().iter().any(|p| p.path() == "texts/es.ftl" && p.line() == 1));
    /// ```
    #[must_use]
    pub fn file(mut self, path: &str, text: &str) -> NewLocale {
        self.files.push(SourceFile {
            path: path.to_owned(),
            text: text.to_owned(),
        });
        self
    }

    /// Adds the Fluent file at `path`. A file that cannot be read is a problem [`NewLocale::add`]
    /// reports with the others.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::NewLocale;
    ///
    /// // A missing file is not an error here: `check` and `add` report it.
    /// let err = NewLocale::new("es").read("no-such-folder/es.ftl").check().unwrap_err();
    /// let problem = &err.problems()[0];
    /// assert_eq!((problem.path(), problem.id()), ("no-such-folder/es.ftl", "(file)"));
    /// assert!(problem.message().starts_with("cannot read"));
    /// ```
    #[must_use]
    pub fn read(mut self, path: impl AsRef<Path>) -> NewLocale {
        let path = path.as_ref();
        let shown = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => self.files.push(SourceFile { path: shown, text }),
            Err(err) => self.problems.push(Problem::at_start(
                &shown,
                "(file)",
                format!("cannot read: {err}"),
            )),
        }
        self
    }

    /// The prefix the files' message ids may carry and that is taken off: by default
    /// `closecode-`, as `closecode catalog` writes them. Ids without it are read as they are.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::NewLocale;
    ///
    /// let text = "myapp-label-remedy = Rimedio\n";
    /// // Under the default prefix, `myapp-label-remedy` is a message closecode does not know.
    /// assert!(NewLocale::new("it").file("it.ftl", text).check().is_err());
    /// assert!(NewLocale::new("it").file("it.ftl", text).prefix("myapp-").check().is_ok());
    /// ```
    #[must_use]
    pub fn prefix(mut self, prefix: &str) -> NewLocale {
        prefix.clone_into(&mut self.prefix);
        self
    }

    /// Accepts files that lack messages: each missing message shows its English text, and
    /// [`AddedLocale::warnings`] lists them. This is the default; the method stays for code
    /// written when [`NewLocale::strict`] was the default.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::NewLocale;
    ///
    /// let partial = "closecode-label-remedy = Behebung\n";
    /// let explicit = NewLocale::new("de").file("de.ftl", partial).fall_back().check()?;
    /// let default = NewLocale::new("de").file("de.ftl", partial).check()?;
    /// assert_eq!(explicit, default);
    /// assert!(explicit.iter().any(|w| w.id() == "code-1000"));
    /// # Ok::<(), closecode::CheckError>(())
    /// ```
    #[must_use]
    pub fn fall_back(mut self) -> NewLocale {
        self.fall_back = true;
        self
    }

    /// Refuses files that lack a message the library reads: each missing message is a
    /// problem, as in the build's checks of a shipped locale. For a translator's CI; an
    /// application that adds a locale at start-up usually wants the default, English for
    /// what is missing.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::NewLocale;
    ///
    /// let partial = "closecode-label-remedy = Behebung\n";
    /// assert!(NewLocale::new("de").file("de.ftl", partial).strict().check().is_err());
    /// let warnings = NewLocale::new("de").file("de.ftl", partial).check()?;
    /// assert!(warnings.iter().any(|w| w.id() == "code-1000"));
    /// # Ok::<(), closecode::CheckError>(())
    /// ```
    #[must_use]
    pub fn strict(mut self) -> NewLocale {
        self.fall_back = false;
        self
    }

    /// Checks the files and, when they pass, adds the locale: [`Locale::all`],
    /// [`Locale::from_tag`] and [`Locale::from_accept_language`] know it from then on. Under
    /// the tag of a shipped locale, the files override its texts instead: each message they
    /// have replaces the shipped one, the others stay, and the returned locale is the shipped
    /// one.
    ///
    /// # Errors
    ///
    /// Every problem found, each with `path:line:col` and the message id; also the tag of a
    /// locale added already, a shipped locale overridden already, and more than
    /// [`MAX_ADDED`] added locales.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, NewLocale};
    ///
    /// let catalog = closecode::catalog::export(Locale::EN, "closecode-");
    /// assert!(Locale::from_tag("fi").is_err());
    /// let finnish = NewLocale::new("fi").file("fi.ftl", &catalog).add()?.locale();
    /// assert_eq!(Locale::from_tag("fi-FI")?, finnish);
    /// assert_eq!(Locale::from_accept_language("fi;q=0.9, en;q=0.5"), Some(finnish));
    /// // A tag added already is refused.
    /// assert!(NewLocale::new("fi").file("fi.ftl", &catalog).add().is_err());
    ///
    /// // A shipped tag overrides that locale's texts: the messages given, and no other.
    /// let ours = "closecode-label-remedy = How to fix it\n";
    /// let english = NewLocale::new("en").file("en.ftl", ours).add()?;
    /// assert_eq!((english.locale(), english.warnings().len()), (Locale::EN, 0));
    /// assert_eq!(Locale::EN.text(closecode::Label::REMEDY), Some("How to fix it"));
    /// let name = closecode::CloseCode::new(1006).describe(Locale::EN).name().to_string();
    /// assert_eq!(name, "Abnormal Closure");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(self) -> Result<AddedLocale, CheckError> {
        let _adding = ADDING
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (checked, language) = self.checked()?;
        let tag_of = |catalog: &Catalog| catalog.tag.eq_ignore_ascii_case(&checked.tag);
        if let Some(shipped) = CATALOGS.iter().position(tag_of) {
            return override_shipped(shipped, &checked, &language);
        }
        if let Some(known) = Locale::all().find(|l| l.tag().eq_ignore_ascii_case(&checked.tag)) {
            return Err(refusal(
                &checked.tag,
                format!(
                    "closecode already has the locale `{known}`; choose another tag, or use Locale::from_tag(\"{known}\")"
                ),
            ));
        }
        let index = count();
        if index >= MAX_ADDED {
            return Err(refusal(
                &checked.tag,
                format!("{MAX_ADDED} locales are added already, the most a program can add"),
            ));
        }
        let warnings = checked.warnings.clone();
        let added = compile(&checked, &language, Locale::FALLBACK);
        // The slot is free: slots are only set here, under the lock, at `count()`.
        let _ = ADDED[index].set(added);
        COUNT.store(index + 1, Ordering::Release);
        let shipped = CATALOGS.len();
        Ok(AddedLocale {
            // At most 255: the build allows few shipped locales, and MAX_ADDED is small.
            locale: Locale((shipped + index) as u8),
            warnings,
        })
    }

    /// Runs every check [`NewLocale::add`] runs, without adding the locale: for a translator's
    /// CI, or to show a translation's problems before using it. Returns the warnings
    /// (messages missing, with [`NewLocale::fall_back`]).
    ///
    /// # Errors
    ///
    /// As [`NewLocale::add`], except that a tag closecode already has is not a problem here.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{Locale, NewLocale};
    ///
    /// let partial = "closecode-label-remedy = Parandus\n";
    /// let warnings = NewLocale::new("et").file("et.ftl", partial).check()?;
    /// assert!(warnings.iter().any(|w| w.id() == "code-1000"));
    /// // Checking adds nothing.
    /// assert!(Locale::from_tag("et").is_err());
    /// // A shipped tag can be checked, as a translator of a shipped locale does.
    /// assert!(NewLocale::new("en").file("en.ftl", partial).check().is_ok());
    /// # Ok::<(), closecode::CheckError>(())
    /// ```
    pub fn check(self) -> Result<Vec<Problem>, CheckError> {
        self.checked().map(|(checked, _)| checked.warnings)
    }

    /// The files, checked; the tag, parsed.
    fn checked(self) -> Result<(CheckedLocale, LanguageIdentifier), CheckError> {
        if !self.problems.is_empty() {
            return Err(CheckError::new(self.problems));
        }
        let language = LanguageIdentifier::from_bytes(self.tag.as_bytes()).map_err(|_| {
            refusal(
                &self.tag,
                format!(
                    "`{}` is not a language tag; use one such as de, pt-BR or zh-Hant",
                    self.tag
                ),
            )
        })?;
        let locale = LocaleInput {
            tag: self.tag,
            files: self.files,
        };
        let checked = check_locale(&embedded_input(), &locale, &self.prefix, self.fall_back)
            .map_err(CheckError::new)?;
        Ok((checked, language))
    }
}

/// Replaces the texts of the shipped locale at `shipped` (an index into `CATALOGS`) with the
/// checked files', message by message: a message the files lack keeps its shipped text, so
/// nothing falls back and there are no warnings. Called under the `ADDING` lock.
fn override_shipped(
    shipped: usize,
    checked: &CheckedLocale,
    language: &LanguageIdentifier,
) -> Result<AddedLocale, CheckError> {
    let locale = Locale(shipped as u8);
    if OVERRIDES[shipped].get().is_some() {
        return Err(refusal(
            &checked.tag,
            format!(
                "the texts of `{locale}` are overridden already; an override stays for the whole program (give all the changes in one NewLocale)"
            ),
        ));
    }
    // Compiled before it is set, so the texts it lacks are the shipped ones.
    let texts = compile(checked, language, locale);
    // The slot is free: it is only set here, under the lock, after the check above.
    let _ = OVERRIDES[shipped].set(texts);
    Ok(AddedLocale {
        locale,
        warnings: Vec::new(),
    })
}

/// A refusal of the locale as a whole.
fn refusal(tag: &str, message: String) -> CheckError {
    CheckError::new(vec![Problem::at_start(
        &format!("locales/{tag}"),
        "(locale)",
        message,
    )])
}

/// The shipped data and the English catalog, as the build read them.
fn embedded_input() -> Input {
    let file = |&(path, text): &(&str, &str)| SourceFile {
        path: path.to_owned(),
        text: text.to_owned(),
    };
    let mut data = sources::DATA.iter().map(file);
    let mut next = || {
        data.next().unwrap_or_else(|| SourceFile {
            path: String::new(),
            text: String::new(),
        })
    };
    let (table, peers, failures, scenarios) = (next(), next(), next(), next());
    Input {
        table,
        peers,
        failures,
        scenarios,
        profiles: data.collect(),
        locales: vec![LocaleInput {
            tag: Locale::FALLBACK.tag().to_owned(),
            files: sources::FALLBACK.iter().map(file).collect(),
        }],
    }
}

/// The checked locale in the shapes of a shipped one, its texts leaked to `'static`; a message
/// the files lack takes the text of `base` (the fallback locale for an added locale, the
/// shipped locale itself for an override).
fn compile(checked: &CheckedLocale, language: &LanguageIdentifier, base: Locale) -> Added {
    let counting = rules_for(&checked.tag);
    let rules = Rules {
        text: Box::leak(Box::new(plural_rules(&checked.tag))),
        counting,
    };
    let compiled = |id: &str, attribute: Option<&str>| -> Option<text::Message> {
        let pattern = checked.messages.get(id)?.pattern(attribute);
        Some(pattern.map_or(text::Message::Static(""), |p| message_of(p, &rules)))
    };
    // Codes, then ranges: the slots of `table::shipped_entry`.
    let ids: Vec<String> = CODES
        .iter()
        .map(|row| format!("code-{}", row.known as u16))
        .chain(RANGES.iter().map(|row| format!("range-{}", row.id)))
        .collect();
    let entries: Vec<&'static [text::Message]> = Field::ALL
        .iter()
        .map(|&field| {
            let texts: Vec<text::Message> = ids
                .iter()
                .enumerate()
                .map(|(slot, id)| {
                    compiled(id, field.attribute()).unwrap_or_else(|| base.entry_text(field, slot))
                })
                .collect();
            &*Box::leak(texts.into_boxed_slice())
        })
        .collect();
    let labels: Vec<&'static [text::Message]> = LABEL_IDS
        .iter()
        .map(|ids| {
            let group: Vec<text::Message> = ids
                .iter()
                .map(|id| {
                    let label = Label::by_id(id);
                    let base = label.map_or(text::Message::Static(""), |l| base.message(l));
                    compiled(id, None).unwrap_or(base)
                })
                .collect();
            &*Box::leak(group.into_boxed_slice())
        })
        .collect();
    let catalog = Catalog {
        tag: leak(&checked.tag),
        language: leak(language.language.as_str()),
        region: language.region.map(|r| leak(r.as_str())),
    };
    Added {
        catalog,
        entries,
        labels,
        items: item_texts(&checked.messages),
    }
}

/// The added texts of the shipped failures, scenarios and profiles, keyed by the address of
/// each item's per-locale list. An item whose message the locale lacks is left out (English).
fn item_texts(messages: &BTreeMap<String, Message>) -> ItemTexts {
    let plain = |id: &str, attribute: Option<&str>| -> Option<String> {
        let pattern = messages.get(id)?.pattern(attribute);
        Some(pattern.map_or_else(String::new, Pattern::plain))
    };
    let text_set = |id: &str| -> Option<TextSet> {
        let field = |attribute| plain(id, attribute).map(Cow::Owned);
        Some(TextSet {
            name: field(None)?,
            description: field(Some("description"))?,
            symptom: field(Some("symptom"))?,
            remedy: field(Some("remedy"))?,
            user: field(Some("user"))?,
        })
    };
    let mut texts = ItemTexts::default();
    for failure in &FAILURES {
        if let Some(set) = text_set(&format!("failure-{}", failure.id)) {
            texts.entries.insert(failure.texts.as_ptr() as usize, set);
        }
    }
    for scenario in &SCENARIOS {
        let id = format!("scenario-{}", scenario.id);
        let Some(message) = messages.get(&id) else {
            continue;
        };
        let [causes, checks, fixes] = SCENARIO_LISTS.map(|list| -> &'static [&'static str] {
            let items: Vec<&'static str> =
                message.numbered(list).map(|p| leak(&p.plain())).collect();
            Box::leak(items.into_boxed_slice())
        });
        let title = plain(&id, None).unwrap_or_default();
        let seen = plain(&id, Some("seen")).unwrap_or_default();
        let texts_of = ScenarioTexts {
            title: leak(&title),
            seen: leak(&seen),
            causes,
            checks,
            fixes,
        };
        let list = scenario.texts.as_ptr() as usize;
        texts.scenarios.insert(list, texts_of);
    }
    for profile in &PROFILES {
        if let Some(about) = plain(&format!("profile-{}", profile.id), None) {
            let list = profile.about.as_ptr() as usize;
            texts.about.insert(list, Cow::Owned(about));
        }
        for entry in profile.entries.iter() {
            if let Some(set) = text_set(&entry.message_id(&profile.id)) {
                texts.entries.insert(entry.texts.as_ptr() as usize, set);
            }
        }
    }
    texts
}

/// The locale's plural rules as its texts need them: the library's, looked up on first use, and
/// intl_pluralrules' own, to work out each select's counts now, as the build does.
struct Rules {
    text: &'static PluralRules,
    counting: Option<intl_pluralrules::PluralRules>,
}

/// A compiled pattern in the library's shape.
fn message_of(pattern: &Pattern, rules: &Rules) -> text::Message {
    match &pattern.runnable()[..] {
        [] => text::Message::Static(""),
        [Piece::Text(text)] => text::Message::Static(leak(text)),
        pieces => text::Message::Pieces(pieces_of(pieces, rules, None)),
    }
}

/// The pieces in the library's shape; in a variant, `selector` is its select's variable, as
/// the build writes it (`Piece::Selected`).
fn pieces_of(pieces: &[Piece], rules: &Rules, selector: Option<&str>) -> &'static [text::Piece] {
    let pieces: Vec<text::Piece> = pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => text::Piece::Text(leak(text)),
            Piece::Var(var) if selector == Some(var) => text::Piece::Selected(leak(var)),
            Piece::Var(var) => text::Piece::Var(leak(var)),
            Piece::Select(select) => {
                let variants: Vec<(text::Key, &'static [text::Piece])> = select
                    .variants
                    .iter()
                    .map(|v| {
                        let pieces = pieces_of(&v.pattern.pieces, rules, Some(&select.selector));
                        (key_of(&v.key), pieces)
                    })
                    .collect();
                text::Piece::Select(Box::leak(Box::new(text::Select {
                    selector: leak(&select.selector),
                    rules: rules.text,
                    variants: Box::leak(variants.into_boxed_slice()),
                    default: select.default,
                    counts: Box::leak(select.counts(rules.counting.as_ref()).into_boxed_slice()),
                })))
            }
        })
        .collect();
    Box::leak(pieces.into_boxed_slice())
}

/// The plural rules of `tag` as a shipped locale's run, in their shape; intl_pluralrules'
/// own when they have none (a shipped locale's always have one: the build checks it).
fn plural_rules(tag: &str) -> PluralRules {
    let Some(rules) = rules_for(tag) else {
        return PluralRules::new(None);
    };
    match shape(&rules) {
        Some(shape) => PluralRules::new(Some(text::Shape {
            start: shape.start,
            period: shape.period,
            integers: Box::leak(shape.integers.iter().map(|c| category(c)).collect()),
            fractions: category(shape.fractions),
        })),
        None => PluralRules::exact(rules),
    }
}

/// The category named `name`, one of CLDR's six (the checks allow no other).
fn category(name: &str) -> text::Category {
    text::Category::ALL
        .into_iter()
        .find(|category| text::category_name(category) == name)
        .unwrap_or(text::Category::Other)
}

fn key_of(key: &Key) -> text::Key {
    match key {
        Key::Number(n) => text::Key::Number(*n),
        Key::Category(name) => text::Key::Category(category(name)),
    }
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}
