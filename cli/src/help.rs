//! The help in the user's language: clap's `Command` from the derive in `main.rs`, with every
//! about, argument help and heading taken from the catalogs (`locales/<tag>/cli.ftl`). clap
//! still parses; only the texts change, so the same `Command` parses in every language.

use clap::builder::Resettable;
use clap::builder::styling::Styles;
use clap::{Arg, Command, CommandFactory};
use closecode::{Label, Locale, Profile};

use crate::Cli;

/// The command line of closecode with its help in `locale`, built (so that the `--help`,
/// `--version` and `help` clap adds are there to be translated too).
pub(crate) fn command(locale: Locale) -> Command {
    let mut command = Cli::command();
    command.build();
    localize(command, locale)
}

/// `command` and its subcommands, in `locale`.
fn localize(command: Command, locale: Locale) -> Command {
    let text = |label: Label| locale.text(label).unwrap_or_default();
    let name = command.get_name().to_owned();
    let mut command = command
        .help_template(template(locale))
        .subcommand_help_heading(text(Label::CLI_HEADING_COMMANDS))
        .mut_args(|arg| localize_arg(arg, &name, locale))
        .mut_subcommands(|sub| localize(sub, locale));
    if let Some((about, long_about)) = abouts(&name) {
        command = command.about(text(about)).long_about(long_about.map(text));
    }
    command
}

/// The help's layout, clap's own with the usage heading in `locale`.
fn template(locale: Locale) -> String {
    let style = Styles::default().get_usage().to_owned();
    let usage = locale.text(Label::CLI_HEADING_USAGE).unwrap_or_default();
    format!(
        "{{before-help}}{{about-with-newline}}\n{}{usage}:{} {{usage}}\n\n{{all-args}}{{after-help}}",
        style.render(),
        style.render_reset()
    )
}

/// The about of a command (one line) and its long about for `--help`, if it has one.
pub(crate) fn abouts(command: &str) -> Option<(Label, Option<Label>)> {
    Some(match command {
        "closecode" => (Label::CLI_ABOUT, None),
        "show" => (Label::CLI_SHOW_ABOUT, Some(Label::CLI_SHOW_LONG_ABOUT)),
        "compare" => (
            Label::CLI_COMPARE_ABOUT,
            Some(Label::CLI_COMPARE_LONG_ABOUT),
        ),
        "list" => (Label::CLI_LIST_ABOUT, None),
        "profiles" => (Label::CLI_PROFILES_ABOUT, None),
        "scenarios" => (Label::CLI_SCENARIOS_ABOUT, None),
        "failures" => (Label::CLI_FAILURES_ABOUT, None),
        "frame" => (Label::CLI_FRAME_ABOUT, Some(Label::CLI_FRAME_LONG_ABOUT)),
        "explain" => (
            Label::CLI_EXPLAIN_ABOUT,
            Some(Label::CLI_EXPLAIN_LONG_ABOUT),
        ),
        "completions" => (Label::CLI_COMPLETIONS_ABOUT, None),
        "man" => (Label::CLI_MAN_ABOUT, None),
        "retry" => (Label::CLI_RETRY_ABOUT, Some(Label::CLI_RETRY_LONG_ABOUT)),
        "docs" => (Label::CLI_DOCS_ABOUT, Some(Label::CLI_DOCS_LONG_ABOUT)),
        "catalog" => (
            Label::CLI_CATALOG_ABOUT,
            Some(Label::CLI_CATALOG_LONG_ABOUT),
        ),
        "help" => (Label::CLI_HELP_COMMAND, None),
        _ => return None,
    })
}

/// The help of argument `id` of `command`.
pub(crate) fn arg_help(command: &str, id: &str) -> Option<Label> {
    Some(match (command, id) {
        (_, "codes") => Label::CLI_ARG_CODES,
        (_, "a") => Label::CLI_ARG_COMPARE_A,
        (_, "b") => Label::CLI_ARG_COMPARE_B,
        (_, "id") => Label::CLI_ARG_SCENARIO,
        (_, "hex") => Label::CLI_ARG_HEX,
        (_, "peer") => Label::CLI_ARG_PEER,
        (_, "lines") => Label::CLI_ARG_LINES,
        (_, "max_line") => Label::CLI_ARG_MAX_LINE,
        (_, "shell") => Label::CLI_ARG_SHELL,
        (_, "code") => Label::CLI_ARG_RETRY_CODE,
        (_, "seed") => Label::CLI_ARG_SEED,
        (_, "out") => Label::CLI_ARG_OUT,
        ("docs", "lang") => Label::CLI_ARG_DOCS_LANG,
        (_, "lang") => Label::CLI_ARG_LANG,
        (_, "base_url") => Label::CLI_ARG_BASE_URL,
        ("docs", "profile") => Label::CLI_ARG_DOCS_PROFILE,
        (_, "profile") => Label::CLI_ARG_PROFILE,
        (_, "format") => Label::CLI_ARG_FORMAT,
        (_, "width") => Label::CLI_ARG_WIDTH,
        (_, "examples") => Label::CLI_ARG_EXAMPLES,
        (_, "full") => Label::CLI_ARG_FULL,
        (_, "prefix") => Label::CLI_ARG_PREFIX,
        (_, "catalog") => Label::CLI_ARG_CATALOG,
        (_, "partial") => Label::CLI_ARG_PARTIAL,
        (_, "help") => Label::CLI_HELP,
        (_, "version") => Label::CLI_VERSION,
        ("help", "subcommand") => Label::CLI_HELP_COMMAND_ARG,
        _ => return None,
    })
}

/// One argument in `locale`: its help (with its default and its possible values written into
/// it, since clap would add them in English) and its heading.
fn localize_arg(arg: Arg, command: &str, locale: Locale) -> Arg {
    let default = arg
        .get_default_values()
        .first()
        .map(|value| value.to_string_lossy().into_owned())
        .unwrap_or_default();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .map(|value| value.get_name().to_owned())
        .collect();
    let profiles: Vec<&str> = Profile::all().iter().map(Profile::id).collect();
    let heading = if arg.is_positional() {
        Label::CLI_HEADING_ARGUMENTS
    } else {
        Label::CLI_HEADING_OPTIONS
    };
    let mut arg = arg
        .help_heading(locale.text(heading).unwrap_or_default())
        .hide_default_value(true)
        .hide_possible_values(true);
    if let Some(label) = arg_help(command, arg.get_id().as_str()) {
        let help = locale.format(
            label,
            &[
                ("default", (&default).into()),
                ("shells", (&values.join(", ")).into()),
                ("profiles", (&profiles.join(", ")).into()),
            ],
        );
        arg = arg.help(help).long_help(Resettable::Reset);
    }
    arg
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Every command and every argument has its texts in the catalogs.
    #[test]
    fn every_command_and_argument_has_texts() {
        let mut command = crate::Cli::command();
        command.build();
        let mut missing = Vec::new();
        let mut stack = vec![command];
        while let Some(command) = stack.pop() {
            let name = command.get_name().to_owned();
            if super::abouts(&name).is_none() {
                missing.push(name.clone());
            }
            for arg in command.get_arguments() {
                if super::arg_help(&name, arg.get_id().as_str()).is_none() {
                    missing.push(format!("{name} {}", arg.get_id()));
                }
            }
            stack.extend(command.get_subcommands().cloned());
        }
        assert!(missing.is_empty(), "no texts for {missing:?}");
    }
}
