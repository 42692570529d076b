//! Pages about close codes, written into any [`core::fmt::Write`].
//!
//! [`text`] writes plain text for terminals. Every heading and label comes from the locale's
//! catalog, so a Korean page carries no English except names and code.

pub mod text;
