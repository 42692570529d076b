//! clap's usage errors in the user's language: what was wrong (an unknown argument, a missing
//! one, a value an option does not take) and what would be right, then the usage line and a
//! pointer to `--help`. The help itself and `--version` are printed as clap prints them.

use std::process::ExitCode;

use clap::Command;
use clap::error::{ContextKind, ContextValue, Error, ErrorKind};
use closecode::{Label, Locale};

/// Prints `err` (help, version or a usage error) and returns its exit status: 0 for help and
/// version, 2 for a usage error.
pub(crate) fn report(err: &Error, command: &Command, locale: Locale) -> ExitCode {
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        // The help is the localized command's; the version is a name and a number.
        let _ = err.print();
        return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
    }
    eprint!("{}", message(err, command, locale));
    ExitCode::from(2)
}

/// The error in `locale`: a line that says what was wrong, tips on what would be right, the
/// usage and where to read more.
pub(crate) fn message(err: &Error, command: &Command, locale: Locale) -> String {
    let get = |kind| context(err, kind).unwrap_or_default();
    let say = |label: Label, args: &[(&str, &str)]| crate::say(locale, label, args);
    // clap's suggestion of this kind, if it has one, as a tip.
    let did_you_mean = |kind| {
        let suggested = context(err, kind)?;
        Some(say(
            Label::CLI_USAGE_DID_YOU_MEAN,
            &[("suggestion", &suggested)],
        ))
    };
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    let mut tips = Vec::new();
    let problem = match err.kind() {
        ErrorKind::UnknownArgument => {
            tips.extend(did_you_mean(ContextKind::SuggestedArg));
            if arg.starts_with('-') {
                tips.push(say(Label::CLI_USAGE_AS_VALUE, &[("arg", &arg)]));
            }
            say(Label::CLI_USAGE_UNKNOWN_ARGUMENT, &[("arg", &arg)])
        }
        ErrorKind::InvalidSubcommand => {
            tips.extend(did_you_mean(ContextKind::SuggestedSubcommand));
            say(
                Label::CLI_USAGE_UNKNOWN_COMMAND,
                &[
                    ("command", &get(ContextKind::InvalidSubcommand)),
                    ("commands", &commands(command)),
                ],
            )
        }
        ErrorKind::MissingSubcommand => say(
            Label::CLI_USAGE_MISSING_COMMAND,
            &[("commands", &commands(command))],
        ),
        ErrorKind::InvalidValue | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues
            if value.is_empty() =>
        {
            say(Label::CLI_USAGE_VALUE_REQUIRED, &[("arg", &arg)])
        }
        ErrorKind::InvalidValue => {
            tips.extend(did_you_mean(ContextKind::SuggestedValue));
            say(
                Label::CLI_USAGE_INVALID_VALUE,
                &[
                    ("arg", &arg),
                    ("value", &value),
                    ("values", &get(ContextKind::ValidValue)),
                ],
            )
        }
        ErrorKind::ValueValidation => {
            let expected = locale.text(expected(&arg)).unwrap_or_default().to_owned();
            say(
                Label::CLI_USAGE_BAD_VALUE,
                &[("arg", &arg), ("value", &value), ("expected", &expected)],
            )
        }
        ErrorKind::MissingRequiredArgument => say(Label::CLI_USAGE_MISSING, &[("args", &arg)]),
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg);
            if other.is_empty() || other == arg {
                say(Label::CLI_USAGE_REPEATED, &[("arg", &arg)])
            } else {
                say(
                    Label::CLI_USAGE_CONFLICT,
                    &[("arg", &arg), ("other", &other)],
                )
            }
        }
        ErrorKind::TooManyValues => say(Label::CLI_USAGE_EXTRA_VALUE, &[("value", &value)]),
        ErrorKind::InvalidUtf8 => say(Label::CLI_USAGE_UTF8, &[]),
        _ => say(Label::CLI_USAGE_OTHER, &[]),
    };
    let text = |label: Label| locale.text(label).unwrap_or_default();
    let mut out = crate::error_line(locale, &problem) + "\n";
    for tip in tips {
        out.push_str(&format!("  {tip}\n"));
    }
    if let Some(usage) = context(err, ContextKind::Usage) {
        // clap writes "Usage: closecode ..."; the heading is the help's, in `locale`.
        let usage = usage.trim();
        let usage = usage.split_once(": ").map_or(usage, |(_, line)| line);
        let (heading, after) = (text(Label::CLI_HEADING_USAGE), locale.after_label());
        out.push_str(&format!("\n{heading}{after}{usage}\n"));
    }
    out.push_str(&format!("\n{}\n", text(Label::CLI_USAGE_MORE)));
    out
}

/// What an option's value should have been, for a value its parser refused.
fn expected(arg: &str) -> Label {
    if arg.starts_with("--width") {
        Label::CLI_EXPECTED_WIDTH
    } else if arg.starts_with("--max-line") {
        Label::CLI_EXPECTED_MAX_LINE
    } else if arg.starts_with("--seed") {
        Label::CLI_EXPECTED_SEED
    } else {
        Label::CLI_EXPECTED_NUMBER
    }
}

/// The commands of closecode, for an unknown or missing one.
fn commands(command: &Command) -> String {
    let names: Vec<&str> = command
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set())
        .map(Command::get_name)
        .collect();
    names.join(", ")
}

/// A piece of the error's context as plain text (lists joined by commas).
fn context(err: &Error, kind: ContextKind) -> Option<String> {
    let text = match err.get(kind)? {
        ContextValue::String(text) => text.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(text) => text.to_string(),
        ContextValue::StyledStrs(list) => {
            let list: Vec<String> = list.iter().map(ToString::to_string).collect();
            list.join(", ")
        }
        ContextValue::Number(number) => number.to_string(),
        _ => return None,
    };
    Some(text)
}
