//! `closecode`: explain WebSocket close codes in English, Korean and Japanese.
//!
//! A thin layer over the `closecode` library: it parses arguments, picks the language, asks the
//! library for pages and prints them or writes them to files. Exit status: 0 on success, 1 when
//! files cannot be written or `frame` finds the payload invalid, 2 on bad input.

use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use closecode::render::{self, Page};
use closecode::{CloseCode, Locale, compare, site};

mod frame;
mod retry;

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
        /// EndpointUnavailable).
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
        /// The first code, as a number or a name.
        #[arg(value_name = "A", allow_negative_numbers = true)]
        a: String,
        /// The second code, as a number or a name.
        #[arg(value_name = "B", allow_negative_numbers = true)]
        b: String,
        #[command(flatten)]
        output: Output,
    },
    /// List every registered close code and every range.
    List {
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
        /// The code, as a number or a name.
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
    /// Per language an index, a page per code and per range, and a comparison page for every
    /// pair of registered codes; relative links, hreflang alternates and a sitemap.
    Docs {
        /// The folder to write into (created if needed).
        #[arg(long, value_name = "DIR")]
        out: String,
        /// Languages, separated by commas. Default: every language closecode ships.
        #[arg(long, value_name = "TAGS", value_delimiter = ',')]
        lang: Vec<String>,
        /// The URL the site will be served from, to make the sitemap's URLs absolute.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
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

enum Failure {
    /// Bad input from the user: exit status 2.
    Input(String),
    /// The file system said no: exit status 1.
    Io(String),
}

fn run(command: Command) -> Result<Done, Failure> {
    match command {
        Command::Show { codes, output } => {
            let codes = codes
                .iter()
                .map(|c| parse_code(c))
                .collect::<Result<Vec<_>, _>>()?;
            let locale = choose_locale(output.lang.as_deref());
            if output.format == Format::Json {
                return Ok(json(|out| render::json::codes(&codes, locale, out)).into());
            }
            let pages: Vec<Page> = codes
                .iter()
                .map(|&code| render::code_page(code, locale))
                .collect();
            Ok(pages_in(&pages, &output).into())
        }
        Command::Compare { a, b, output } => {
            let (a, b) = (parse_code(&a)?, parse_code(&b)?);
            let comparison = compare(a, b, choose_locale(output.lang.as_deref()));
            if output.format == Format::Json {
                return Ok(json(|out| render::json::comparison(&comparison, out)).into());
            }
            Ok(pages_in(&[render::comparison_page(&comparison)], &output).into())
        }
        Command::List { output } => {
            let locale = choose_locale(output.lang.as_deref());
            if output.format == Format::Json {
                return Ok(json(|out| render::json::reference(locale, out)).into());
            }
            Ok(pages_in(&[render::reference_page(locale)], &output).into())
        }
        Command::Docs {
            out,
            lang,
            base_url,
        } => docs(Path::new(&out), &lang, base_url.as_deref()).map(Done::from),
        Command::Frame { hex, peer, output } => {
            let bytes = read_hex(&hex)?;
            let peer = peer.as_deref().map(parse_peer).transpose()?;
            let locale = choose_locale(output.lang.as_deref());
            Ok(Done {
                output: frame::report(&bytes, peer, locale, &output),
                invalid: closecode::frame::decode(&bytes).is_err(),
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
            let code = parse_code(&code)?;
            let locale = choose_locale(output.lang.as_deref());
            Ok(retry::report(code, seed, locale, &output).into())
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

fn docs(out: &Path, tags: &[String], base_url: Option<&str>) -> Result<String, Failure> {
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
    let files = site::build(&locales, base_url);
    for file in &files {
        let path = out.join(&file.path);
        let written = path
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&path, &file.contents));
        written.map_err(|err| Failure::Io(format!("cannot write {}: {err}", path.display())))?;
    }
    let tags: Vec<&str> = locales.iter().map(|l| l.tag()).collect();
    Ok(format!(
        "wrote {} files for {} into {}\n",
        files.len(),
        tags.join(", "),
        out.display()
    ))
}

/// A number, strictly, or a name, forgivingly.
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

fn parse_code(input: &str) -> Result<CloseCode, Failure> {
    input
        .parse()
        .map_err(|err| Failure::Input(format!("{input:?} is not a close code: {err}")))
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
