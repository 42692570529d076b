//! `closecode`: explain WebSocket close codes in English, Korean and Japanese.
//!
//! A thin layer over the `closecode` library: it parses arguments, picks the language, asks the
//! library for pages and prints them or writes them to files. Exit status: 0 on success, 1 when
//! files cannot be written, `frame` finds the payload invalid or `explain` recognizes no line,
//! 2 on bad input.

use std::ffi::OsString;
use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::{FromArgMatches, Parser, Subcommand, ValueEnum};
use closecode::render::{self, Page};
use closecode::{CloseCode, Label, Locale, Outcome, Profile, compare, site};

mod catalogs;
mod explain;
mod frame;
mod help;
mod language;
mod profiles;
mod raw_args;
mod retry;
mod scenarios;
mod short;
mod usage;

// The help texts are not here: they come from the catalogs (`locales/<tag>/cli.ftl`, applied by
// `help.rs`), so that the help speaks the user's language. This is only the shape clap parses.
#[derive(Debug, Parser)]
#[command(name = "closecode", version)]
pub(crate) struct Cli {
    // Global, so that it is accepted before or after the command. For `docs` it is the list of
    // the site's languages (en,ja,ko); everywhere, messages speak its first tag.
    #[arg(long, value_name = "TAG", global = true)]
    lang: Option<String>,
    // Read from the raw arguments before parsing (catalogs.rs); here so that clap accepts them.
    #[arg(long, value_name = "FILE", global = true)]
    catalog: Vec<String>,
    #[arg(long, global = true)]
    partial: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Show {
        #[arg(
            required = true,
            value_name = "CODE|NAME",
            allow_negative_numbers = true
        )]
        codes: Vec<String>,
        #[arg(long)]
        examples: bool,
        #[arg(long)]
        full: bool,
        #[command(flatten)]
        output: Output,
    },
    Compare {
        #[arg(value_name = "A", allow_negative_numbers = true)]
        a: String,
        #[arg(value_name = "B", allow_negative_numbers = true)]
        b: String,
        #[command(flatten)]
        output: Output,
    },
    List {
        #[command(flatten)]
        output: Output,
    },
    Profiles {
        #[command(flatten)]
        output: Output,
    },
    Scenarios {
        #[arg(value_name = "ID")]
        id: Option<String>,
        #[command(flatten)]
        output: Output,
    },
    Failures {
        #[command(flatten)]
        output: Output,
    },
    Frame {
        #[arg(value_name = "HEX", required = true)]
        hex: Vec<String>,
        #[arg(long, value_name = "NAME")]
        peer: Option<String>,
        #[command(flatten)]
        output: Output,
    },
    Explain {
        #[arg(value_name = "LINE")]
        lines: Vec<String>,
        #[arg(long, value_name = "BYTES", default_value_t = explain::MAX_LINE,
              value_parser = clap::value_parser!(u32).range(1..=(1 << 30)))]
        max_line: u32,
        #[command(flatten)]
        output: Output,
    },
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    Man,
    Retry {
        #[arg(value_name = "CODE|NAME", allow_negative_numbers = true)]
        code: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[command(flatten)]
        output: Output,
    },
    Catalog {
        #[arg(long, value_name = "PREFIX", default_value = closecode::catalog::DEFAULT_PREFIX)]
        prefix: String,
    },
    Docs {
        #[arg(long, value_name = "DIR")]
        out: String,
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        #[arg(long, value_name = "ID|PATH")]
        profile: Option<String>,
    },
}

/// The options every page command takes (`--lang` is global, on [`Cli`]).
#[derive(Debug, clap::Args)]
pub(crate) struct Output {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,
    #[arg(long, value_name = "ID|PATH")]
    pub(crate) profile: Option<String>,
    #[arg(long, value_parser = clap::value_parser!(u16).range(40..=400))]
    pub(crate) width: Option<u16>,
}

impl Output {
    /// The columns to wrap text at: `--width`, else 80 on a terminal, else no wrapping (lines
    /// as long as their paragraphs, so that other programs get whole lines).
    fn columns(&self) -> usize {
        match self.width {
            Some(width) => usize::from(width),
            None if io::stdout().is_terminal() => 80,
            None => NO_WRAP,
        }
    }
}

/// Wider than any paragraph closecode writes: text is not wrapped.
const NO_WRAP: usize = 1 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Plain text for a terminal.
    Text,
    /// CommonMark, for READMEs and mdBook.
    Md,
    /// A standalone HTML page.
    Html,
    /// JSON data.
    Json,
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // The language comes first, so that the help and clap's errors speak it too; a translation
    // given with --catalog, before it, so that it can be that language.
    let lang = language::lang_arg(&args);
    let catalogs = catalogs::asked(&args);
    let catalog_notice = match catalogs::add(&catalogs, lang.as_deref()) {
        Ok(notice) => notice,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let chosen = language::choose(lang.as_deref());
    if let Some(notice) = catalog_notice {
        eprintln!("{notice}");
    }
    let locale = chosen.locale;
    let mut command = help::command(locale);
    let args = natural(args, &command);
    let cli = match command
        .try_get_matches_from_mut(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(err) => {
            chosen.print_notice();
            return usage::report(&err, &command, locale);
        }
    };
    // `docs` refuses a language it cannot write, with an error of its own.
    if !matches!(cli.command, Command::Docs { .. }) {
        chosen.print_notice();
    }
    match run(cli, locale) {
        Ok(Done { output, invalid }) => match print(&output, locale) {
            ExitCode::SUCCESS if invalid => ExitCode::FAILURE,
            status => status,
        },
        Err(Failure::Input(message)) => {
            eprintln!("{}", error_line(locale, &message));
            ExitCode::from(2)
        }
        Err(Failure::Io(message)) => {
            eprintln!("{}", error_line(locale, &message));
            ExitCode::FAILURE
        }
    }
}

/// The most natural command line, made explicit: a code, a name or a failure id where the
/// command stands (`closecode 1006`, `closecode going-away`, `closecode http-401`) means
/// `show`, and a line with spaces that is none of those
/// (`closecode "websocket: close 1006 (abnormal closure): unexpected EOF"`) means `explain`.
/// A command's name always wins (`closecode list`), and anything else is left for clap to
/// refuse, with its did-you-mean.
fn natural(mut args: Vec<OsString>, command: &clap::Command) -> Vec<OsString> {
    let Some(at) = raw_args::command_index(&args) else {
        return args;
    };
    let word = args[at].to_string_lossy().into_owned();
    let named = |c: &clap::Command| c.get_name() == word || c.get_all_aliases().any(|a| a == word);
    if word == "help" || command.get_subcommands().any(named) {
        return args;
    }
    let implied = if word.parse::<Outcome>().is_ok() {
        "show"
    } else if word.bytes().all(|b| b.is_ascii_digit()) {
        // A number out of range: `show` says why.
        "show"
    } else if word.contains(char::is_whitespace) {
        "explain"
    } else {
        return args;
    };
    args.insert(at, implied.into());
    args
}

/// `closecode: <label><after-label><message>`, the label and its separator in `locale`.
fn prefixed(locale: Locale, label: Label, message: &str) -> String {
    let label = locale.text(label).unwrap_or_default();
    format!("closecode: {label}{}{message}", locale.after_label())
}

/// An error as closecode prints it: "closecode: error: ...", the word in `locale`.
pub(crate) fn error_line(locale: Locale, message: &str) -> String {
    prefixed(locale, Label::CLI_LABEL_ERROR, message)
}

/// The error line for output that could not be written (stdout closed or full).
pub(crate) fn output_error_line(locale: Locale, err: &io::Error) -> String {
    let message = say(
        locale,
        Label::CLI_ERROR_OUTPUT,
        &[("error", &err.to_string())],
    );
    error_line(locale, &message)
}

/// A notice on stderr in `locale`: `closecode: notice: ...`, as [`error_line`] writes errors.
pub(crate) fn notice_line(locale: Locale, message: &str) -> String {
    prefixed(locale, Label::CLI_LABEL_NOTICE, message)
}

/// A message of the catalogs with its variables, for the errors below.
pub(crate) fn say(locale: Locale, label: Label, args: &[(&str, &str)]) -> String {
    let args: Vec<_> = args
        .iter()
        .map(|&(name, value)| (name, value.into()))
        .collect();
    locale.format(label, &args)
}

/// What a command printed, and whether it found its input invalid (`frame` on a bad payload:
/// exit status 1 after the report).
struct Done {
    output: String,
    invalid: bool,
}

impl From<String> for Done {
    fn from(output: String) -> Done {
        Done {
            output,
            invalid: false,
        }
    }
}

pub(crate) enum Failure {
    /// Bad input from the user: exit status 2.
    Input(String),
    /// The file system said no: exit status 1.
    Io(String),
}

fn run(cli: Cli, locale: Locale) -> Result<Done, Failure> {
    match cli.command {
        Command::Show {
            codes,
            examples,
            full,
            output,
        } => {
            let outcomes = codes
                .iter()
                .map(|c| parse_outcome(c, locale))
                .collect::<Result<Vec<_>, _>>()?;
            let profile = profiles::load_given(output.profile.as_deref(), locale)?;
            if output.format == Format::Json {
                return Ok(json(|out| {
                    profiles::outcomes_json(&outcomes, profile.as_ref(), locale, out)
                })
                .into());
            }
            let pages: Vec<Page> = outcomes
                .iter()
                .map(|&outcome| match (outcome, &profile) {
                    (Outcome::Code(code), Some(profile)) => {
                        render::profile_code_page(profile, code, locale)
                    }
                    (outcome, _) => render::outcome_page(outcome, locale),
                })
                .collect();
            // A terminal gets the answer and what to do, unless the whole page is asked for;
            // Markdown and HTML are documents, always whole.
            let mut pages = pages;
            if output.format == Format::Text && !full {
                for (page, code) in pages.iter_mut().zip(&codes) {
                    short::shorten(page, code, locale);
                }
            }
            // The complete programs only when asked: a page shows at most a few lines.
            if examples {
                for (page, outcome) in pages.iter_mut().zip(&outcomes) {
                    if let Outcome::Code(code) = outcome {
                        page.blocks.extend(render::example_blocks(*code, locale));
                    }
                }
            }
            Ok(pages_in(&pages, &output).into())
        }
        Command::Compare { a, b, output } => {
            let (a, b) = (parse_outcome(&a, locale)?, parse_outcome(&b, locale)?);
            let profile = profiles::load_given(output.profile.as_deref(), locale)?;
            let (Outcome::Code(a), Outcome::Code(b)) = (a, b) else {
                if output.format == Format::Json {
                    return Ok(json(|out| render::json::outcomes(&[a, b], locale, out)).into());
                }
                let page = render::outcome_comparison_page(a, b, locale);
                return Ok(pages_in(&[page], &output).into());
            };
            let comparison = compare(a, b, locale);
            if output.format == Format::Json {
                return Ok(json(|out| {
                    profiles::comparison_json(&comparison, profile.as_ref(), out)
                })
                .into());
            }
            let page = match &profile {
                Some(profile) => render::profile_comparison_page(&comparison, profile),
                None => render::comparison_page(&comparison),
            };
            Ok(pages_in(&[page], &output).into())
        }
        Command::List { output } => {
            if let Some(profile) = output.profile.as_deref() {
                let profile = profiles::load(profile, locale)?;
                if output.format == Format::Json {
                    return Ok(json(|out| render::json::profile(&profile, locale, out)).into());
                }
                return Ok(pages_in(&[render::profile_page(&profile, locale)], &output).into());
            }
            if output.format == Format::Json {
                return Ok(json(|out| render::json::reference(locale, out)).into());
            }
            Ok(pages_in(&[render::reference_page(locale)], &output).into())
        }
        Command::Scenarios { id, output } => {
            let chosen = match id.as_deref() {
                None => None,
                Some(id) => Some(closecode::Scenario::find(id).ok_or_else(|| {
                    let ids: Vec<&str> =
                        closecode::Scenario::all().iter().map(|s| s.id()).collect();
                    Failure::Input(say(
                        locale,
                        Label::CLI_ERROR_SCENARIO,
                        &[("input", &format!("{id:?}")), ("ids", &ids.join(", "))],
                    ))
                })?),
            };
            if output.format == Format::Json {
                return Ok(json(|out| scenarios::json(chosen, locale, out)).into());
            }
            let page = match chosen {
                None => render::scenarios_page(locale),
                Some(scenario) => render::scenario_page(scenario, locale),
            };
            Ok(pages_in(&[page], &output).into())
        }
        Command::Failures { output } => {
            if output.format == Format::Json {
                let all: Vec<Outcome> = closecode::Failure::all()
                    .iter()
                    .map(Outcome::from)
                    .collect();
                return Ok(json(|out| render::json::outcomes(&all, locale, out)).into());
            }
            Ok(pages_in(&[render::failures_page(locale)], &output).into())
        }
        Command::Profiles { output } => {
            if output.format == Format::Json {
                return Ok(json(|out| render::json::profiles(locale, out)).into());
            }
            Ok(pages_in(&[render::profiles_page(locale)], &output).into())
        }
        Command::Catalog { prefix } => Ok(closecode::catalog::export(locale, &prefix).into()),
        Command::Docs {
            out,
            base_url,
            profile,
        } => {
            let profile = profiles::load_given(profile.as_deref(), locale)?;
            let tags: Vec<&str> = cli
                .lang
                .as_deref()
                .map_or(Vec::new(), |tags| tags.split(',').collect());
            docs(
                Path::new(&out),
                &tags,
                base_url.as_deref(),
                profile.as_ref(),
                locale,
            )
            .map(Done::from)
        }
        Command::Frame { hex, peer, output } => {
            let bytes = read_hex(&hex, locale)?;
            let peer = peer.as_deref().map(|p| parse_peer(p, locale)).transpose()?;
            let profile = profiles::load_given(output.profile.as_deref(), locale)?;
            Ok(Done {
                output: frame::report(&bytes, peer, profile.as_ref(), locale, &output),
                invalid: closecode::frame::decode(&bytes).is_err(),
            })
        }
        Command::Explain {
            lines,
            max_line,
            output,
        } => {
            let outcome = explain::run(&lines, max_line as usize, locale, &output)?;
            Ok(Done {
                output: String::new(),
                invalid: !outcome.recognized,
            })
        }
        Command::Completions { shell } => {
            // In English whatever the language, like the manual page: the script is a file
            // to install, the same on every machine.
            let mut script = Vec::new();
            let mut command = help::command(Locale::FALLBACK);
            clap_complete::generate(shell, &mut command, "closecode", &mut script);
            Ok(String::from_utf8_lossy(&script).into_owned().into())
        }
        Command::Man => {
            let mut page = Vec::new();
            // English whatever the language: clap_mangen writes its section headings (NAME,
            // SYNOPSIS, OPTIONS) in English, and the page is a file to install.
            clap_mangen::Man::new(help::command(Locale::FALLBACK))
                .render(&mut page)
                .map_err(|err| {
                    let error = err.to_string();
                    Failure::Io(say(locale, Label::CLI_ERROR_MAN, &[("error", &error)]))
                })?;
            Ok(String::from_utf8_lossy(&page).into_owned().into())
        }
        Command::Retry { code, seed, output } => {
            let code = parse_outcome(&code, locale)?;
            let profile = profiles::load_given(output.profile.as_deref(), locale)?;
            Ok(retry::report(code, profile.as_ref(), seed, locale, &output).into())
        }
    }
}

/// The hex payload from the arguments, or from standard input when the argument is `-`.
fn read_hex(args: &[String], locale: Locale) -> Result<Vec<u8>, Failure> {
    /// Standard input is read up to this much; a Close payload in hex is a few hundred bytes.
    const MAX_STDIN: u64 = 16 << 20;
    let text = if args == ["-"] {
        use std::io::Read as _;
        let mut text = String::new();
        io::stdin()
            .take(MAX_STDIN + 1)
            .read_to_string(&mut text)
            .map_err(|err| {
                let error = err.to_string();
                Failure::Input(say(locale, Label::CLI_ERROR_STDIN, &[("error", &error)]))
            })?;
        if text.len() as u64 > MAX_STDIN {
            let mib = (MAX_STDIN >> 20).to_string();
            return Err(Failure::Input(say(
                locale,
                Label::CLI_ERROR_STDIN_TOO_LONG,
                &[("mib", &mib)],
            )));
        }
        text
    } else {
        args.join(" ")
    };
    closecode::frame::from_hex(&text).map_err(|err| {
        use closecode::frame::{HexError, MAX_HEX_BYTES, MAX_PAYLOAD};
        let message = match err {
            HexError::NotHex {
                character,
                position,
                ..
            } => say(
                locale,
                Label::CLI_ERROR_HEX_CHARACTER,
                &[
                    ("character", &format!("{character:?}")),
                    ("position", &position.to_string()),
                ],
            ),
            HexError::OddDigits => say(locale, Label::CLI_ERROR_HEX_ODD, &[]),
            _ => say(
                locale,
                Label::CLI_ERROR_HEX_TOO_LONG,
                &[
                    ("max", &MAX_HEX_BYTES.to_string()),
                    ("payload", &MAX_PAYLOAD.to_string()),
                ],
            ),
        };
        Failure::Input(message)
    })
}

/// The pages in the chosen format: text pages separated by a blank line, Markdown by a rule,
/// HTML as one document per page.
pub(crate) fn pages_in(pages: &[Page], output: &Output) -> String {
    let mut out = String::new();
    for (i, page) in pages.iter().enumerate() {
        // Writing into a String cannot fail.
        let _ = match output.format {
            Format::Text => {
                if i > 0 {
                    out.push('\n');
                }
                render::text::write(page, &mut out, output.columns())
            }
            Format::Md => {
                if i > 0 {
                    out.push_str("\n---\n\n");
                }
                render::markdown::write(page, &mut out)
            }
            Format::Html => render::html::write(page, &mut out),
            Format::Json => Ok(()),
        };
    }
    out
}

pub(crate) fn json(write: impl FnOnce(&mut String) -> std::fmt::Result) -> String {
    let mut out = String::new();
    let _ = write(&mut out);
    out
}

fn docs(
    out: &Path,
    tags: &[&str],
    base_url: Option<&str>,
    profile: Option<&Profile>,
    locale: Locale,
) -> Result<String, Failure> {
    let mut locales = Vec::new();
    for tag in tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        let found = Locale::from_tag(tag).map_err(|_| {
            Failure::Input(say(
                locale,
                Label::CLI_ERROR_DOCS_LANG,
                &[
                    ("input", &format!("{tag:?}")),
                    ("available", &language::available()),
                ],
            ))
        })?;
        if !locales.contains(&found) {
            locales.push(found);
        }
    }
    if tags.is_empty() {
        locales.extend(Locale::all());
    }
    if locales.is_empty() {
        return Err(Failure::Input(say(
            locale,
            Label::CLI_ERROR_DOCS_NO_LANG,
            &[],
        )));
    }
    let mut files = site::build(&locales, base_url);
    if let Some(profile) = profile {
        files.extend(site::profile_pages(profile, &locales));
    }
    for file in &files {
        let path = out.join(&file.path);
        let written = path
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&path, &file.contents));
        written.map_err(|err| {
            let (path, error) = (path.display().to_string(), err.to_string());
            Failure::Io(say(
                locale,
                Label::CLI_ERROR_WRITE,
                &[("path", &path), ("error", &error)],
            ))
        })?;
    }
    if base_url.is_none() {
        let notice = locale.text(Label::DOCS_NO_SITEMAP).unwrap_or_default();
        eprintln!("{}", notice_line(locale, notice));
    }
    let tags: Vec<&str> = locales.iter().map(|l| l.tag()).collect();
    let wrote = say(
        locale,
        Label::CLI_DOCS_WROTE,
        &[
            ("files", &files.len().to_string()),
            ("languages", &tags.join(", ")),
            ("folder", &out.display().to_string()),
        ],
    );
    Ok(format!("{wrote}\n"))
}

/// A peer of the table, by id or name.
fn parse_peer(input: &str, locale: Locale) -> Result<&'static closecode::Peer, Failure> {
    closecode::Peer::find(input).ok_or_else(|| {
        let ids: Vec<&str> = closecode::Peer::all().iter().map(|p| p.id).collect();
        Failure::Input(say(
            locale,
            Label::CLI_ERROR_PEER,
            &[("input", &format!("{input:?}")), ("ids", &ids.join(", "))],
        ))
    })
}

/// A number, strictly, or a name (in any shipped language), forgivingly, or a failure id.
fn parse_outcome(input: &str, locale: Locale) -> Result<Outcome, Failure> {
    use closecode::ParseCodeErrorKind as Kind;
    input.parse().map_err(|err: closecode::ParseCodeError| {
        let label = match err.kind() {
            Kind::Empty => Label::CLI_ERROR_CODE_EMPTY,
            Kind::NotANumber => Label::CLI_ERROR_CODE_NOT_A_NUMBER,
            Kind::LeadingZero => Label::CLI_ERROR_CODE_LEADING_ZERO,
            Kind::TooLarge => Label::CLI_ERROR_CODE_TOO_LARGE,
            _ if err.suggestion().is_some() => Label::CLI_ERROR_CODE_SUGGESTION,
            _ => Label::CLI_ERROR_CODE,
        };
        let suggestion = err.suggestion().map(|known| {
            let constant = CloseCode::from(known).facts().constant.unwrap_or_default();
            constant.to_ascii_lowercase().replace('_', "-")
        });
        Failure::Input(say(
            locale,
            label,
            &[
                ("input", &format!("{input:?}")),
                // Only for a number that is too large: digits, safe to show bare.
                ("number", input),
                ("suggestion", suggestion.as_deref().unwrap_or_default()),
            ],
        ))
    })
}

fn print(output: &str, locale: Locale) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(output.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`closecode show 1006 | head -1`) is not an error of ours.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{}", output_error_line(locale, &err));
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        super::Cli::command().debug_assert();
    }
}
