//! Options read from the raw command line before clap parses it: `--lang` and `--catalog`
//! decide the language of the help and of clap's own errors, so they are needed first. Options
//! stand before or after the command; arguments after `--` are not options.

use std::ffi::OsString;

/// The values of option `name` (`--name V` or `--name=V`), in the order given.
pub(crate) fn values(args: &[OsString], name: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut args = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == name {
            found.extend(args.next().map(|value| value.into_owned()));
        } else if let Some(value) = arg.strip_prefix(name).and_then(|v| v.strip_prefix('=')) {
            found.push(value.to_owned());
        }
    }
    found
}

/// Whether flag `name` is given.
pub(crate) fn flag(args: &[OsString], name: &str) -> bool {
    args.iter()
        .skip(1)
        .take_while(|arg| *arg != "--")
        .any(|arg| arg == name)
}

/// Where the command stands: the first argument that is neither an option nor the value of a
/// global option that takes one (`--lang`, `--catalog`); `None` when there is none, or when
/// `--` comes first.
pub(crate) fn command_index(args: &[OsString]) -> Option<usize> {
    let mut at = 1;
    while let Some(arg) = args.get(at).map(|arg| arg.to_string_lossy()) {
        if arg == "--" {
            return None;
        }
        if arg == "--lang" || arg == "--catalog" {
            at += 2;
        } else if arg.starts_with('-') {
            at += 1;
        } else {
            return Some(at);
        }
    }
    None
}
