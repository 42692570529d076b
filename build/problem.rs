//! Problems and where they point: [`SourceFile`] (a named text), [`Problem`] and the
//! conversion of byte offsets into `line:col`.
//!
//! Owns: the shape and printing of a problem. May not touch: the file system or any rule about
//! what is wrong; the other modules decide that and only report through here.

use std::fmt;

/// One input file: its path relative to the crate root (as problems print it) and its text.
///
/// Nothing requires the text to come from disk: a catalog an application supplies can be
/// checked under any name it gives.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path relative to the crate root, with `/` separators.
    pub path: String,
    /// The file's contents.
    pub text: String,
}

impl SourceFile {
    /// A problem at byte `offset` of this file.
    pub(crate) fn problem(&self, offset: usize, id: &str, message: String) -> Problem {
        let (line, col) = line_col(&self.text, offset);
        Problem {
            path: self.path.clone(),
            line,
            col,
            id: id.to_owned(),
            message,
        }
    }

    /// The 1-based line of byte `offset`, to mention an earlier definition in a message.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        line_col(&self.text, offset).0
    }
}

/// A reason the build cannot go on, or a run-time profile or locale is refused, printed as
/// `path:line:col: id: message`.
///
/// # Examples
///
/// An editor or a CI annotation reads the parts; a log prints the whole line:
///
/// ```
/// # #[cfg(feature = "locale-files")] {
/// use closecode::NewLocale;
///
/// let err = NewLocale::new("es").file("es.ftl", "code-1001 = { $oops }\n").check().unwrap_err();
/// let problem = &err.problems()[0];
/// assert_eq!((problem.path(), problem.line(), problem.column()), ("es.ftl", 1, 1));
/// assert_eq!(problem.id(), "code-1001");
/// assert!(problem.message().starts_with("missing attribute .description"));
/// assert!(problem.to_string().starts_with("es.ftl:1:1: code-1001: "));
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Problem {
    /// The file, relative to the crate root.
    pub(crate) path: String,
    /// 1-based line.
    pub(crate) line: usize,
    /// 1-based column, in characters.
    pub(crate) col: usize,
    /// The message id (or table row, such as `code-1001`) the problem is about.
    pub(crate) id: String,
    /// What is wrong and how to fix it.
    pub(crate) message: String,
}

// Read only by the library's users and the tests; the build script prints problems whole.
#[allow(dead_code)]
impl Problem {
    /// The file, as the caller named it (relative to the crate root for shipped files).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The 1-based line.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The 1-based column, in characters.
    pub fn column(&self) -> usize {
        self.col
    }

    /// The message id (or table row, such as `code-1001`) the problem is about.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// What is wrong and how to fix it.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl Problem {
    /// A problem about a whole file or folder, pointed at its start.
    pub(crate) fn at_start(path: &str, id: &str, message: String) -> Problem {
        Problem {
            path: path.to_owned(),
            line: 1,
            col: 1,
            id: id.to_owned(),
            message,
        }
    }

    /// A file or folder that cannot be read or used as a whole.
    pub(crate) fn file(path: &str, message: String) -> Problem {
        Problem::at_start(path, "(file)", message)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // cargo::error= takes one line, so a multi-line message (from a parser) is folded.
        let message = self.message.replace(['\n', '\r'], " ");
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path, self.line, self.col, self.id, message
        )
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The byte offset of `part` inside `whole`, when `part` is a slice of it.
pub(crate) fn offset_in(whole: &str, part: &str) -> usize {
    let start = whole.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    if at >= start && at <= start + whole.len() {
        at - start
    } else {
        0
    }
}

/// Sorts problems by path and position and drops repeats, as the build prints them.
pub(crate) fn sorted(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    problems.dedup();
    problems
}
