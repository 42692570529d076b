//! The language of everything closecode prints, chosen before the arguments are parsed so that
//! the help and clap's usage errors speak it too: `--lang` anywhere on the command line (before
//! or after the command), else `LC_ALL`, `LC_MESSAGES`, `LANG`, else English.

use std::ffi::OsString;

use closecode::{Label, Locale};

/// The language, and the notice to print when the one asked for is not shipped.
pub(crate) struct Chosen {
    pub(crate) locale: Locale,
    notice: Option<String>,
}

impl Chosen {
    /// Prints the notice, if there is one, on stderr; it is printed once, in English (the
    /// fallback), since the language asked for is the one closecode cannot speak.
    pub(crate) fn print_notice(&self) {
        if let Some(notice) = &self.notice {
            eprintln!("{}", crate::notice_line(Locale::FALLBACK, notice));
        }
    }
}

/// The value of `--lang` (`--lang X` or `--lang=X`, before or after the command), read from the
/// raw arguments before clap parses them. Given twice, the last counts, as with clap.
pub(crate) fn lang_arg(args: &[OsString]) -> Option<String> {
    crate::raw_args::values(args, "--lang").pop()
}

/// The tag a `--lang` value names for messages: the first of a list (`docs --lang ja,ko`
/// writes a site in both, and speaks Japanese).
pub(crate) fn first_tag(value: &str) -> &str {
    value
        .split(',')
        .map(str::trim)
        .find(|tag| !tag.is_empty())
        .unwrap_or(value)
}

/// `--lang` (its first tag), else the first of LC_ALL, LC_MESSAGES and LANG that is set, else
/// English. An unknown language falls back to English with a notice.
pub(crate) fn choose(lang: Option<&str>) -> Chosen {
    let (source, value) = match lang {
        Some(value) => ("--lang", first_tag(value).to_owned()),
        None => {
            let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .find_map(|name| {
                    let value = std::env::var_os(name).filter(|v| !v.is_empty())?;
                    Some((name, value.to_string_lossy().into_owned()))
                });
            match from_env {
                Some(found) => found,
                None => {
                    return Chosen {
                        locale: Locale::FALLBACK,
                        notice: None,
                    };
                }
            }
        }
    };
    match Locale::from_tag(&value) {
        Ok(locale) => Chosen {
            locale,
            notice: None,
        },
        Err(err) => {
            // Show the start of the value only: it may be anything, of any length.
            let shown: String = value.chars().take(40).collect();
            let more = if shown.len() < value.len() { "…" } else { "" };
            let shown = format!("{}{more}", closecode::Untrusted(&shown));
            let label = if err.is_unsupported() {
                Label::CLI_NOTICE_LANGUAGE
            } else {
                Label::CLI_NOTICE_LANGUAGE_INVALID
            };
            let notice = Locale::FALLBACK.format(
                label,
                &[
                    ("source", source.into()),
                    ("value", (&shown).into()),
                    ("available", (&available()).into()),
                    ("fallback", Locale::FALLBACK.tag().into()),
                ],
            );
            Chosen {
                locale: Locale::FALLBACK,
                notice: Some(notice),
            }
        }
    }
}

/// The tags of the shipped languages: "en, ja, ko".
pub(crate) fn available() -> String {
    Locale::all()
        .map(Locale::tag)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn lang_is_found_before_or_after_the_command_and_not_after_dashes() {
        let lang = |list: &[&str]| super::lang_arg(&args(list));
        assert_eq!(
            lang(&["closecode", "--lang", "ko", "show", "1"]).as_deref(),
            Some("ko")
        );
        assert_eq!(
            lang(&["closecode", "show", "1", "--lang=ja"]).as_deref(),
            Some("ja")
        );
        assert_eq!(lang(&["closecode", "explain", "--", "--lang", "ko"]), None);
        assert_eq!(lang(&["closecode", "show", "--lang"]), None);
        assert_eq!(
            lang(&["closecode", "--lang=ko", "show", "--lang", "ja"]).as_deref(),
            Some("ja")
        );
        assert_eq!(super::first_tag("ja, ko"), "ja");
        assert_eq!(super::first_tag(",ko"), "ko");
    }
}
