//! Loading a profile at run time (feature `profile-files`): a TOML file in the format of
//! `data/profiles/` that names its Fluent files under `[texts]`, checked by the build's own
//! profile reader and catalog checks, so an application's profile is held to the same rules
//! as a shipped one and a broken file reports every problem with `path:line:col`.

use std::borrow::Cow;
use std::path::Path;

use super::{Basis, Profile, ProfileEntry};
use crate::codegen::runtime::{CheckedProfile, check_profile, text_files};
use crate::codegen::{LocaleInput, SourceFile};
use crate::entry_texts::TextSet;
use crate::{Locale, RetryClass};

use crate::CheckError;
use crate::codegen::Problem;

impl Profile {
    /// Loads the profile at `path` and the Fluent files its `[texts]` table names (relative to
    /// the profile's folder). English is required, and a locale the file leaves out shows the
    /// English texts. Add locales (`NewLocale`, feature `locale-files`) before loading: a profile
    /// takes texts for the locales that exist when it is loaded.
    ///
    /// # The format
    ///
    /// The TOML file is the format of the shipped profiles (`data/profiles/*.toml`):
    ///
    /// * top level: `id` (lowercase ASCII, digits and `-`), `name`, `aliases` (other names that
    ///   find it), `subprotocols` (the `Sec-WebSocket-Protocol` values that select it),
    ///   `sources` and `texts` (locale tag → Fluent file); an unknown key is an error that
    ///   lists the known ones;
    /// * one `[[code]]` per code: `code` (3000 to 4999), `name` (the protocol's own name for
    ///   it), `retry` (a [`RetryClass`] id: `done`, `fix-first`, `credentials`, `backoff`,
    ///   `randomized-delay`, `elsewhere`, `app-defined`), `basis` (`docs`, `reference-client`
    ///   or `inferred`: where the answer comes from) and `source`;
    /// * one `[[range]]` per span of codes that share a meaning: `first`, `last`, `retry`,
    ///   `basis` and `source`. Ranges may not overlap; a `[[code]]` inside a range gives that
    ///   code its own answer.
    ///
    /// The Fluent files hold one message per profile, `profile-<id>` (what the protocol is),
    /// and one per code, `profile-<id>-<code>`, or range, `profile-<id>-<first>-<last>`, whose
    /// value is the name in the reader's language, with the attributes `.description`,
    /// `.symptom`, `.remedy` and `.user` (what the app tells its users). A `.symptom` or
    /// `.remedy` written as a list (lines starting with `- `) has as many items in every
    /// locale as in English.
    ///
    /// # Errors
    ///
    /// Every problem in the files (unreadable, TOML or Fluent syntax, a code outside
    /// 3000-4999, a missing text or attribute, ...), each with `path:line:col`.
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale, Profile, RetryClass};
    ///
    /// let dir = std::env::temp_dir().join(format!("closecode-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir)?;
    /// std::fs::write(dir.join("acme.toml"), r#"
    /// id = "acme"
    /// name = "Acme Chat"
    /// aliases = []
    /// subprotocols = ["acme.v1"]
    /// sources = ["https://acme.example/docs/close-codes"]
    /// texts = { en = "acme.en.ftl" }
    ///
    /// [[code]]
    /// code = 4401
    /// name = "Banned"
    /// retry = "fix-first"
    /// basis = "docs"
    /// source = "https://acme.example/docs/close-codes#4401"
    /// "#)?;
    /// std::fs::write(dir.join("acme.en.ftl"), "\
    /// profile-acme = Acme's chat protocol.
    /// profile-acme-4401 = Banned
    ///     .description = A moderator banned the account.
    ///     .symptom = The server closes right after the ban.
    ///     .remedy = Do not reconnect; show the ban notice.
    ///     .user = Your account can no longer use the chat.
    /// ")?;
    /// let acme = Profile::load(dir.join("acme.toml"))?;
    /// assert_eq!(acme.retry(CloseCode::new(4401)), RetryClass::FixFirst);
    /// // Korean readers get the English text the app gave, until it adds Korean.
    /// assert_eq!(acme.entry(CloseCode::new(4401)).unwrap().texts(Locale::KO).user(), "Your account can no longer use the chat.");
    ///
    /// std::fs::write(dir.join("acme.en.ftl"), "profile-acme = Acme.\n")?;
    /// let err = Profile::load(dir.join("acme.toml")).unwrap_err();
    /// assert!(err.to_string().contains("acme.toml:9:1: profile-acme-4401:"));
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn load(path: impl AsRef<Path>) -> Result<Profile, CheckError> {
        let path = path.as_ref();
        let shown = path.display().to_string();
        let toml = std::fs::read_to_string(path).map_err(|err| {
            CheckError::new(vec![Problem::at_start(
                &shown,
                "(profile)",
                format!("cannot read: {err}"),
            )])
        })?;
        let file = SourceFile {
            path: shown.clone(),
            text: toml,
        };
        let folder = path.parent().unwrap_or(Path::new(""));
        let mut texts = Vec::new();
        let mut problems = Vec::new();
        for (tag, relative) in text_files(&file) {
            let text_path = folder.join(&relative);
            let shown_text = text_path.display().to_string();
            match std::fs::read_to_string(&text_path) {
                Ok(text) => texts.push((tag, shown_text, text)),
                Err(err) => problems.push(Problem::at_start(
                    &shown,
                    "(profile)",
                    format!("texts.{tag}: cannot read {shown_text}: {err}"),
                )),
            }
        }
        if !problems.is_empty() {
            return Err(CheckError::new(problems));
        }
        Profile::from_texts(file, texts)
    }

    /// Checks a profile given as text: `toml` (shown as `path` in problems) and its Fluent
    /// texts as (locale tag, path shown, text), one for each file the profile's `texts` table
    /// names. For profiles embedded with `include_str!`.
    ///
    /// # Errors
    ///
    /// As [`Profile::load`].
    ///
    /// # Examples
    ///
    /// ```
    /// use closecode::{CloseCode, Locale, Profile, RetryClass};
    ///
    /// // In an application: include_str!("acme.toml") and include_str!("acme.en.ftl").
    /// let toml = r#"
    /// id = "acme"
    /// name = "Acme Chat"
    /// aliases = []
    /// subprotocols = []
    /// sources = ["https://acme.example/docs/close-codes"]
    /// texts = { en = "acme.en.ftl" }
    ///
    /// [[code]]
    /// code = 4001
    /// name = "Session expired"
    /// retry = "credentials"
    /// basis = "docs"
    /// source = "https://acme.example/docs/close-codes#4001"
    /// "#;
    /// let en = "\
    /// profile-acme = Acme's chat protocol.
    /// profile-acme-4001 = Session expired
    ///     .description = The sign-in session ran out.
    ///     .symptom = After a long time without activity.
    ///     .remedy = Sign in again, then reconnect.
    ///     .user = Please sign in again.
    /// ";
    /// let acme = Profile::parse("acme.toml", toml, &[("en", "acme.en.ftl", en)])?;
    /// assert_eq!(acme.retry(CloseCode::new(4001)), RetryClass::Credentials);
    /// assert_eq!(acme.about(Locale::EN), "Acme's chat protocol.");
    ///
    /// // A text without its .user attribute: the error names the file, the place and the message.
    /// let broken = en.replace("    .user = Please sign in again.\n", "");
    /// let err = Profile::parse("acme.toml", toml, &[("en", "acme.en.ftl", &broken)]).unwrap_err();
    /// assert!(err.to_string().contains("acme.en.ftl:"));
    /// assert!(err.to_string().contains("profile-acme-4001"));
    /// # Ok::<(), closecode::CheckError>(())
    /// ```
    pub fn parse(
        path: &str,
        toml: &str,
        texts: &[(&str, &str, &str)],
    ) -> Result<Profile, CheckError> {
        let file = SourceFile {
            path: path.to_owned(),
            text: toml.to_owned(),
        };
        let texts = texts
            .iter()
            .map(|(tag, path, text)| ((*tag).to_owned(), (*path).to_owned(), (*text).to_owned()))
            .collect();
        Profile::from_texts(file, texts)
    }

    fn from_texts(
        file: SourceFile,
        texts: Vec<(String, String, String)>,
    ) -> Result<Profile, CheckError> {
        let mut problems = Vec::new();
        let mut locales = Vec::new();
        for (tag, path, text) in texts {
            if !Locale::all().any(|l| l.tag() == tag) {
                let known: Vec<&str> = Locale::all().map(Locale::tag).collect();
                problems.push(Problem::at_start(
                    &file.path,
                    "(profile)",
                    format!(
                        "texts.{tag}: closecode has no locale `{tag}`; use one of {}",
                        known.join(", ")
                    ),
                ));
                continue;
            }
            locales.push(LocaleInput {
                tag,
                files: vec![SourceFile { path, text }],
            });
        }
        let checked = check_profile(&file, &locales).map_err(|mut found| {
            problems.append(&mut found);
            CheckError::new(problems.clone())
        })?;
        if !problems.is_empty() {
            return Err(CheckError::new(problems));
        }
        Ok(from_checked(checked))
    }
}

/// The checked data as a [`Profile`], with one text per built-in locale in `Locale` order: a
/// locale the file left out gets the fallback locale's text.
fn from_checked(checked: CheckedProfile) -> Profile {
    fn per_locale<T: Clone>(items: &[(String, T)]) -> Vec<T> {
        let find = |tag: &str| items.iter().find(|(t, _)| t == tag).map(|(_, v)| v);
        Locale::all()
            .filter_map(|l| {
                find(l.tag())
                    .or_else(|| find(Locale::FALLBACK.tag()))
                    .cloned()
            })
            .collect()
    }
    let owned = |items: Vec<String>| -> Cow<'static, [Cow<'static, str>]> {
        items.into_iter().map(Cow::Owned).collect()
    };
    let entries = checked
        .entries
        .into_iter()
        .map(|entry| ProfileEntry {
            first: entry.first,
            last: entry.last,
            name: entry.name.map(Cow::Owned),
            retry: RetryClass::all()
                .find(|r| r.id() == entry.retry)
                .unwrap_or(RetryClass::FixFirst),
            basis: [Basis::Docs, Basis::ReferenceClient, Basis::Inferred]
                .into_iter()
                .find(|b| b.id() == entry.basis)
                .unwrap_or(Basis::Inferred),
            source: Cow::Owned(entry.source),
            texts: per_locale(&entry.texts)
                .into_iter()
                .map(|[name, description, symptom, remedy, user]| TextSet {
                    name: Cow::Owned(name),
                    description: Cow::Owned(description),
                    symptom: Cow::Owned(symptom),
                    remedy: Cow::Owned(remedy),
                    user: Cow::Owned(user),
                })
                .collect(),
        })
        .collect();
    Profile {
        about: owned(per_locale(&checked.about)),
        id: Cow::Owned(checked.id),
        name: Cow::Owned(checked.name),
        aliases: owned(checked.aliases),
        subprotocols: owned(checked.subprotocols),
        sources: owned(checked.sources),
        entries,
        base: None,
    }
}
