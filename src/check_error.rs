//! [`CheckError`]: why files an application hands closecode at run time (a profile, a locale)
//! were refused, with every problem the build's checks found.

use std::fmt;

use crate::codegen::{Problem, sorted_problems};

/// Why a profile file or a locale's Fluent files were refused: every problem found, each with
/// `path:line:col`, the message id or row it concerns, and what to do. The same checks, and
/// the same wording, as a broken shipped file gets from the build.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "locale-files")] {
/// use closecode::NewLocale;
///
/// let err = NewLocale::new("es").file("es.ftl", "code-1000 = { $oops }\n").check().unwrap_err();
/// // One problem a line, each as `path:line:col: id: message`.
/// assert!(err.to_string().lines().all(|line| line.starts_with("es.ftl:")));
/// assert!(err.to_string().contains(": code-1000: "));
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckError {
    problems: Vec<Problem>,
}

impl CheckError {
    /// The problems, sorted by path and position.
    pub(crate) fn new(problems: Vec<Problem>) -> CheckError {
        CheckError {
            problems: sorted_problems(problems),
        }
    }

    /// Every problem, sorted by path and position.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "locale-files")] {
    /// use closecode::NewLocale;
    ///
    /// let text = "code-1001 = { $oops }\ncode-1000 = { $oops }\n";
    /// let err = NewLocale::new("es").file("es.ftl", text).check().unwrap_err();
    /// let lines: Vec<usize> = err.problems().iter().map(|p| p.line()).collect();
    /// assert!(lines.is_sorted() && lines.len() >= 2);
    /// assert_eq!(err.problems()[0].id(), "code-1001");
    /// # }
    /// ```
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for CheckError {
    /// One problem a line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.problems.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CheckError {}
