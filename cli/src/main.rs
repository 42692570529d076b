//! `closecode`: explain WebSocket close codes in English, Korean and Japanese.
//!
//! A thin layer over the `closecode` library: it parses arguments, picks the language, asks the
//! library for pages and prints them or writes them to files. Exit status: 0 on success, 1 when
//! files cannot be written, `frame` finds the payload invalid or `explain` recognizes no line,
//! 2 on bad input.

use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use closecode::render::{self, Page};
use closecode::{Label, Locale, Outcome, Profile, compare, site};

mod explain;
mod frame;
mod profiles;
mod retry;
mod scenarios;

/// Explain WebSocket close codes: what a code means, when you see it and how to fix it.
#[derive(Debug, Parser)]
#[command(name = "closecode", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Explain close codes: one page per code.
    ///
    /// Each page has the code's facts, what it means, when you see it, how to fix it, and what
    /// to do when you send or receive it.
    Show {
        /// Close codes as numbers (1006) or names (GOING_AWAY, going-away, "Going Away",
        /// EndpointUnavailable), or connection failures by id (http-401, tls-expired, dns; see
        /// `closecode failures`).
        #[arg(
            required = true,
            value_name = "CODE|NAME",
            allow_negative_numbers = true
        )]
        codes: Vec<String>,
        #[command(flatten)]
        output: Output,
    },
    /// Compare two close codes.
    ///
    /// An introduction, their facts side by side, each code's texts, the key differences
    /// (computed from the facts) and when to use which.
    Compare {
        /// The first code, as a number or a name, or a failure id (http-401, dns).
        #[arg(value_name = "A", allow_negative_numbers = true)]
        a: String,
        /// The second code, as a number or a name, or a failure id.
        #[arg(value_name = "B", allow_negative_numbers = true)]
        b: String,
        #[command(flatten)]
        output: Output,
    },
    /// List every registered close code and every range; with --profile, the profile's codes.
    List {
        #[command(flatten)]
        output: Output,
    },
    /// List the shipped protocol profiles: id, name, subprotocols and codes.
    Profiles {
        #[command(flatten)]
        output: Output,
    },
    /// Start from what you see: the scenarios (a connection that drops after exactly N
    /// seconds, 1006 before open, ...), or one of them with its likely causes, how to tell them
    /// apart and the fix.
    Scenarios {
        /// A scenario's id, such as drops-after-idle; without it, the list.
        #[arg(value_name = "ID")]
        id: Option<String>,
        #[command(flatten)]
        output: Output,
    },
    /// List the connection failures: ends before or without a Close frame, such as a refused
    /// upgrade (http-401), a TLS or DNS failure, a refused or reset connection.
    Failures {
        #[command(flatten)]
        output: Output,
    },
    /// Decode a Close frame payload written in hex.
    ///
    /// Such as 03e9 or "03e9 6279 65". Prints the code, the reason (escaped), whether the
    /// frame is valid and every problem it has, which code to fail the connection with and
    /// why, what each well-known library and browser would do with it (what its application
    /// sees, what it sends back), and what the code means.
    Frame {
        /// The payload in hex; spaces are ignored. `-` reads it from standard input.
        #[arg(value_name = "HEX", required = true)]
        hex: Vec<String>,
        /// Show only this peer's reaction: an id or a name, such as chromium, node-ws,
        /// tungstenite or "gorilla/websocket".
        #[arg(long, value_name = "NAME")]
        peer: Option<String>,
        #[command(flatten)]
        output: Output,
    },
    /// Explain log lines: what each reports, who decided it, the reason, and what to do.
    ///
    /// Reads the lines given as arguments, or a whole log from standard input (streamed, line
    /// by line). Recognizes the messages of Python websockets, gorilla/websocket, ws,
    /// tungstenite, Chromium, Firefox, SignalR, OkHttp, Java-WebSocket, .NET, Spring, Jetty,
    /// undici, socket.io, graphql-ws, Discord's gateway and nginx. Exit status: 0 when a line
    /// was recognized, 1 when none was, 2 for bad input. With --format json, one object per
    /// recognized line.
    Explain {
        /// Log lines (after `--` if one starts with `-`); none or `-` reads standard input.
        #[arg(value_name = "LINE")]
        lines: Vec<String>,
        /// Skip lines longer than this many bytes (with a notice), so memory stays bounded.
        #[arg(long, value_name = "BYTES", default_value_t = explain::MAX_LINE,
              value_parser = clap::value_parser!(u32).range(1..=(1 << 30)))]
        max_line: u32,
        #[command(flatten)]
        output: Output,
    },
    /// Print a shell completion script: closecode completions bash > /etc/bash_completion.d/closecode
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): closecode man > closecode.1
    Man,
    /// Whether and when to reconnect after a code.
    ///
    /// Prints the advice and an example schedule of delays (RFC 6455 §7.2.3 backoff).
    Retry {
        /// The code, as a number or a name, or a failure id (http-429, tls-expired).
        #[arg(value_name = "CODE|NAME", allow_negative_numbers = true)]
        code: String,
        /// The seed of the example schedule's jitter (the same seed gives the same delays).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[command(flatten)]
        output: Output,
    },
    /// Write a static reference site in English, Korean and Japanese.
    ///
    /// Per language an index, a page per code and per range, a comparison page for every pair
    /// of registered codes, a lookup page and a search index; relative links and hreflang
    /// alternates. With --base-url also canonical URLs and a sitemap (absolute URLs only).
    Docs {
        /// The folder to write into (created if needed).
        #[arg(long, value_name = "DIR")]
        out: String,
        /// Languages, separated by commas. Default: every language closecode ships.
        #[arg(long, value_name = "TAGS", value_delimiter = ',')]
        lang: Vec<String>,
        /// The URL the site will be served from: pages get absolute canonical and hreflang
        /// URLs and the site gets a sitemap.xml. Without it there is no sitemap.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Also write a page for each code of this profile (a shipped id or a profile file),
        /// so a team can publish its own codes.
        #[arg(long, value_name = "ID|PATH")]
        profile: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
pub(crate) struct Output {
    /// Language of the texts: a tag such as ko, ko-KR or en. Default: LC_ALL, LC_MESSAGES
    /// or LANG, else English.
    #[arg(long, value_name = "TAG")]
    lang: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,
    /// Read codes 3000-4999 as this protocol or application defines them: a shipped
    /// profile's id (graphql-ws, discord-gateway, centrifuge, twitch-eventsub, obs-websocket;
    /// see `closecode profiles`) or the path of a profile file. Registry codes keep their
    /// meaning.
    #[arg(long, value_name = "ID|PATH")]
    pub(crate) profile: Option<String>,
    /// Wrap text output at this many columns. Default: 80 on a terminal, no wrapping when
    /// the output goes to a file or a pipe.
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
    match run(Cli::parse().command) {
        Ok(Done { output, invalid }) => match print(&output) {
            ExitCode::SUCCESS if invalid => ExitCode::FAILURE,
            status => status,
        },
        Err(Failure::Input(message)) => {
            eprintln!("closecode: error: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Io(message)) => {
            eprintln!("closecode: error: {message}");
            ExitCode::FAILURE
        }
    }
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

fn run(command: Command) -> Result<Done, Failure> {
    match command {
        Command::Show { codes, output } => {
            let outcomes = codes
                .iter()
                .map(|c| parse_outcome(c))
                .collect::<Result<Vec<_>, _>>()?;
            let locale = choose_locale(output.lang.as_deref());
            let profile = output.profile.as_deref().map(profiles::load).transpose()?;
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
            Ok(pages_in(&pages, &output).into())
        }
        Command::Compare { a, b, output } => {
            let (a, b) = (parse_outcome(&a)?, parse_outcome(&b)?);
            let locale = choose_locale(output.lang.as_deref());
            let profile = output.profile.as_deref().map(profiles::load).transpose()?;
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
            let locale = choose_locale(output.lang.as_deref());
            if let Some(profile) = output.profile.as_deref() {
                let profile = profiles::load(profile)?;
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
            let locale = choose_locale(output.lang.as_deref());
            let chosen = match id.as_deref() {
                None => None,
                Some(id) => Some(closecode::Scenario::find(id).ok_or_else(|| {
                    let ids: Vec<&str> =
                        closecode::Scenario::all().iter().map(|s| s.id()).collect();
                    Failure::Input(format!(
                        "{id:?} is not a scenario; expected one of: {}",
                        ids.join(", ")
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
            let locale = choose_locale(output.lang.as_deref());
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
            let locale = choose_locale(output.lang.as_deref());
            if output.format == Format::Json {
                return Ok(json(|out| render::json::profiles(locale, out)).into());
            }
            Ok(pages_in(&[render::profiles_page(locale)], &output).into())
        }
        Command::Docs {
            out,
            lang,
            base_url,
            profile,
        } => {
            let profile = profile.as_deref().map(profiles::load).transpose()?;
            docs(
                Path::new(&out),
                &lang,
                base_url.as_deref(),
                profile.as_ref(),
            )
            .map(Done::from)
        }
        Command::Frame { hex, peer, output } => {
            let bytes = read_hex(&hex)?;
            let peer = peer.as_deref().map(parse_peer).transpose()?;
            let locale = choose_locale(output.lang.as_deref());
            let profile = output.profile.as_deref().map(profiles::load).transpose()?;
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
            let locale = choose_locale(output.lang.as_deref());
            let outcome = explain::run(&lines, max_line as usize, locale, &output)?;
            Ok(Done {
                output: String::new(),
                invalid: !outcome.recognized,
            })
        }
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "closecode", &mut script);
            Ok(String::from_utf8_lossy(&script).into_owned().into())
        }
        Command::Man => {
            let mut page = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut page)
                .map_err(|err| Failure::Io(format!("cannot render the manual page: {err}")))?;
            Ok(String::from_utf8_lossy(&page).into_owned().into())
        }
        Command::Retry { code, seed, output } => {
            let code = parse_outcome(&code)?;
            let locale = choose_locale(output.lang.as_deref());
            let profile = output.profile.as_deref().map(profiles::load).transpose()?;
            Ok(retry::report(code, profile.as_ref(), seed, locale, &output).into())
        }
    }
}

/// The hex payload from the arguments, or from standard input when the argument is `-`.
fn read_hex(args: &[String]) -> Result<Vec<u8>, Failure> {
    /// Standard input is read up to this much; a Close payload in hex is a few hundred bytes.
    const MAX_STDIN: u64 = 16 << 20;
    let text = if args == ["-"] {
        use std::io::Read as _;
        let mut text = String::new();
        io::stdin()
            .take(MAX_STDIN + 1)
            .read_to_string(&mut text)
            .map_err(|err| Failure::Input(format!("cannot read hex from standard input: {err}")))?;
        if text.len() as u64 > MAX_STDIN {
            return Err(Failure::Input(format!(
                "standard input is longer than {} MiB; a Close payload in hex is a few hundred bytes",
                MAX_STDIN >> 20
            )));
        }
        text
    } else {
        args.join(" ")
    };
    closecode::frame::from_hex(&text)
        .map_err(|err| Failure::Input(format!("not a hex payload: {err}")))
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
    tags: &[String],
    base_url: Option<&str>,
    profile: Option<&Profile>,
) -> Result<String, Failure> {
    let mut locales = Vec::new();
    for tag in tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        let locale = Locale::from_tag(tag)
            .map_err(|err| Failure::Input(format!("--lang {tag:?}: {err}")))?;
        if !locales.contains(&locale) {
            locales.push(locale);
        }
    }
    if tags.is_empty() {
        locales.extend(Locale::all());
    }
    if locales.is_empty() {
        return Err(Failure::Input(
            "--lang names no language; expected tags such as en,ja,ko".to_owned(),
        ));
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
        written.map_err(|err| Failure::Io(format!("cannot write {}: {err}", path.display())))?;
    }
    if base_url.is_none() {
        // The notice speaks the user's language (LC_ALL, LC_MESSAGES, LANG), not the site's.
        let locale = choose_locale(None);
        let notice = locale.text(Label::DOCS_NO_SITEMAP).unwrap_or_default();
        eprintln!("closecode: notice: {notice}");
    }
    let tags: Vec<&str> = locales.iter().map(|l| l.tag()).collect();
    Ok(format!(
        "wrote {} files for {} into {}\n",
        files.len(),
        tags.join(", "),
        out.display()
    ))
}

/// A peer of the table, by id or name.
fn parse_peer(input: &str) -> Result<&'static closecode::Peer, Failure> {
    closecode::Peer::find(input).ok_or_else(|| {
        let ids: Vec<&str> = closecode::Peer::all().iter().map(|p| p.id).collect();
        Failure::Input(format!(
            "{input:?} is not a peer closecode knows; expected one of: {}",
            ids.join(", ")
        ))
    })
}

/// A number, strictly, or a name, forgivingly.
fn parse_outcome(input: &str) -> Result<Outcome, Failure> {
    input.parse().map_err(|err| {
        Failure::Input(format!(
            "{input:?}: {err}; or a failure id such as http-401, tls-expired or dns (closecode failures)"
        ))
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
        // Show the start of the value only: it may be anything, of any length.
        let shown: String = value.chars().take(40).collect();
        let more = if shown.len() < value.len() { "…" } else { "" };
        eprintln!(
            "closecode: notice: {source}={}{more}: {err}; using {}",
            closecode::render::Untrusted(&shown),
            Locale::FALLBACK.tag()
        );
        Locale::FALLBACK
    })
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

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        super::Cli::command().debug_assert();
    }
}
