//! `--catalog FILE --lang TAG`: a translation (Fluent, such as a translated `closecode catalog`)
//! used as the texts of the language `--lang` names, to preview it before it ships in an
//! application. Added before the language is chosen and the arguments are parsed, so that the
//! help and every message speak it too; checked by the library with the build's own checks.

use std::ffi::OsString;

use closecode::{Label, NewLocale};

use crate::language::{choose, first_tag};
use crate::raw_args;
use crate::{error_line, say};

/// What `--catalog` asked for, read from the raw arguments: the files, and whether `--partial`
/// lets them lack messages.
#[derive(Debug, Default)]
pub(crate) struct Asked {
    files: Vec<String>,
    partial: bool,
}

/// The `--catalog` files (`--catalog F` or `--catalog=F`, before or after the command, any
/// number of times) and `--partial`, read from the raw arguments.
pub(crate) fn asked(args: &[OsString]) -> Asked {
    Asked {
        files: raw_args::values(args, "--catalog"),
        partial: raw_args::flag(args, "--partial"),
    }
}

/// Adds the files as the locale `lang` names. `Ok` with a notice when messages are missing
/// (with `--partial`), `Err` with the whole error text (every problem on a line of its own),
/// around the problems in the language chosen without the files.
pub(crate) fn add(asked: &Asked, lang: Option<&str>) -> Result<Option<String>, String> {
    if asked.files.is_empty() {
        return Ok(None);
    }
    let locale = choose(lang).locale;
    let Some(tag) = lang.map(first_tag) else {
        return Err(error_line(
            locale,
            &say(locale, Label::CLI_ERROR_CATALOG_LANG, &[]),
        ));
    };
    let mut new = NewLocale::new(tag);
    for file in &asked.files {
        new = new.read(file);
    }
    if !asked.partial {
        new = new.strict();
    }
    match new.add() {
        Ok(added) if added.warnings().is_empty() => Ok(None),
        Ok(added) => {
            let count = added.warnings().len();
            let notice = added.locale().format(
                Label::CLI_NOTICE_CATALOG_MISSING,
                &[("count", count.into())],
            );
            Ok(Some(crate::notice_line(added.locale(), &notice)))
        }
        // The problems are the build's checks', each `path:line:col: id: message`.
        Err(err) => {
            let heading = locale
                .text(Label::CLI_ERROR_CATALOG_PROBLEMS)
                .unwrap_or_default();
            Err(format!("{}\n{err}", error_line(locale, heading)))
        }
    }
}
