//! `closecode`: explain WebSocket close codes in English and Korean.
//!
//! A thin layer over the `closecode` library: it parses arguments, picks the language and
//! prints what the library renders. Exit status: 0 on success, 2 on bad input.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use closecode::{CloseCode, Description, Facts, Locale, render};
use serde::Serialize;

/// Explain WebSocket close codes: what a code means, when you see it and how to fix it.
#[derive(Debug, Parser)]
#[command(name = "closecode", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show one page per close code: facts, description, when you see it, how to fix it.
    Show {
        /// Close codes as numbers (1006) or names (GOING_AWAY, going-away, "Going Away",
        /// EndpointUnavailable).
        #[arg(
            required = true,
            value_name = "CODE|NAME",
            allow_negative_numbers = true
        )]
        codes: Vec<String>,
        /// Language of the texts: a tag such as ko, ko-KR or en. Default: LC_ALL, LC_MESSAGES
        /// or LANG, else English.
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Wrap text output at this many columns.
        #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(40..=400))]
        width: u16,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// A readable page per code.
    Text,
    /// A JSON array with one object per code.
    Json,
}

/// One `show` object in JSON: the facts, then the texts in the chosen locale.
#[derive(Serialize)]
struct ShowJson<'a> {
    #[serde(flatten)]
    facts: Facts,
    locale: Locale,
    name: closecode::Text,
    description: closecode::Text,
    symptom: closecode::Text,
    remedy: closecode::Text,
    retry_advice: &'a str,
}

impl ShowJson<'_> {
    fn new(text: Description) -> ShowJson<'static> {
        let facts = text.code().facts();
        ShowJson {
            facts,
            locale: text.locale(),
            name: text.name(),
            description: text.description(),
            symptom: text.symptom(),
            remedy: text.remedy(),
            retry_advice: facts.retry.phrase(text.locale()),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Show {
            codes,
            lang,
            format,
            width,
        } => {
            let codes: Result<Vec<CloseCode>, String> =
                codes.iter().map(|c| parse_code(c)).collect();
            let codes = match codes {
                Ok(codes) => codes,
                Err(message) => return fail(&message),
            };
            let locale = choose_locale(lang.as_deref());
            let output = match format {
                Format::Text => show_text(&codes, locale, usize::from(width)),
                Format::Json => show_json(&codes, locale),
            };
            print(&output)
        }
    }
}

/// A number, strictly, or a name, forgivingly.
fn parse_code(input: &str) -> Result<CloseCode, String> {
    if input.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+') {
        return input
            .parse()
            .map_err(|err| format!("{input:?} is not a close code: {err}"));
    }
    CloseCode::from_name(input).ok_or_else(|| {
        format!(
            "{input:?} is not a close code: expected a number from 0 to 65535 or a registered name such as GOING_AWAY, going-away or EndpointUnavailable"
        )
    })
}

/// `--lang`, else the first of LC_ALL, LC_MESSAGES and LANG that is set, else English. An
/// unknown language falls back to English with a notice on stderr.
fn choose_locale(lang: Option<&str>) -> Locale {
    let (source, value) = match lang {
        Some(tag) => ("--lang", tag.to_owned()),
        None => {
            let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .find_map(|name| {
                    let value = std::env::var_os(name).filter(|v| !v.is_empty())?;
                    Some((name, value.to_string_lossy().into_owned()))
                });
            match from_env {
                Some(found) => found,
                None => return Locale::FALLBACK,
            }
        }
    };
    Locale::from_tag(&value).unwrap_or_else(|err| {
        eprintln!(
            "closecode: notice: {source}={}: {err}; using {}",
            value.escape_debug(),
            Locale::FALLBACK.tag()
        );
        Locale::FALLBACK
    })
}

fn show_text(codes: &[CloseCode], locale: Locale, width: usize) -> String {
    let mut out = String::new();
    for (i, code) in codes.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // Writing into a String cannot fail.
        let _ = render::text::code_page(&mut out, *code, locale, width);
    }
    out
}

fn show_json(codes: &[CloseCode], locale: Locale) -> String {
    let items: Vec<ShowJson> = codes
        .iter()
        .map(|c| ShowJson::new(c.describe(locale)))
        .collect();
    let mut out = serde_json::to_string_pretty(&items)
        .unwrap_or_else(|err| format!("{{\"error\": {:?}}}", err.to_string()));
    out.push('\n');
    out
}

fn print(output: &str) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(output.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`closecode show 1006 | head -1`) is not an error of ours.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("closecode: error: cannot write output: {err}");
            ExitCode::FAILURE
        }
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("closecode: error: {message}");
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        super::Cli::command().debug_assert();
    }
}
