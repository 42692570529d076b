//! One Fluent pattern to [`Pattern`] pieces: text and string or number literals become text,
//! `{ $variable }` becomes a variable, and a select expression on a variable a choice of
//! patterns (`select.rs`). Everything else is reported: functions, message and term references,
//! and a text that is empty.
//!
//! Owns: which Fluent expressions the generator compiles. May not touch: messages, catalogs or
//! locales; `fluent.rs` puts the patterns together.

use fluent_syntax::ast;

use super::super::catalog::{Pattern, Piece};
use super::super::problem::{Problem, SourceFile, offset_in};
use super::select;

/// Compiles `pattern` of message `id` (whose id stands at `message_offset` in `file`).
pub(super) fn compile(
    pattern: &ast::Pattern<&str>,
    message_offset: usize,
    file: &SourceFile,
    id: &str,
    problems: &mut Vec<Problem>,
) -> Pattern {
    let mut pieces = Vec::new();
    let mut offset = None;
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                offset.get_or_insert(offset_in(&file.text, value));
                push_text(&mut pieces, value);
            }
            ast::PatternElement::Placeable { expression } => {
                if let Some(at) = expression_slice(expression) {
                    offset.get_or_insert(offset_in(&file.text, at));
                }
                compile_expression(expression, &mut pieces, file, id, problems);
            }
        }
    }
    let offset = offset.unwrap_or(message_offset);
    let only_text = pieces.iter().all(|p| matches!(p, Piece::Text(_)));
    let text: String = pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Text(t) => Some(t.as_str()),
            Piece::Var(_) | Piece::Select(_) => None,
        })
        .collect();
    if only_text && text.trim().is_empty() {
        problems.push(file.problem(
            offset,
            id,
            "the text is empty; write the text or remove the message".to_owned(),
        ));
    }
    Pattern { offset, pieces }
}

/// Appends text, joined to the text before it.
fn push_text(pieces: &mut Vec<Piece>, text: &str) {
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        last.push_str(text);
    } else if !text.is_empty() {
        pieces.push(Piece::Text(text.to_owned()));
    }
}

fn compile_expression(
    expression: &ast::Expression<&str>,
    pieces: &mut Vec<Piece>,
    file: &SourceFile,
    id: &str,
    problems: &mut Vec<Problem>,
) {
    let unsupported = |what: &str, at: &str| {
        file.problem(
            offset_in(&file.text, at),
            id,
            format!(
                "{what} is not supported by the generator; write plain text with {{ $variable }} placeables"
            ),
        )
    };
    let inline = match expression {
        ast::Expression::Inline(inline) => inline,
        ast::Expression::Select { selector, variants } => {
            pieces
                .extend(select::compile(selector, variants, file, id, problems).map(Piece::Select));
            return;
        }
    };
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            push_text(
                pieces,
                &fluent_syntax::unicode::unescape_unicode_to_string(value),
            );
        }
        ast::InlineExpression::NumberLiteral { value } => push_text(pieces, value),
        ast::InlineExpression::VariableReference { id: var } => {
            pieces.push(Piece::Var(var.name.to_owned()));
        }
        ast::InlineExpression::Placeable { expression } => {
            compile_expression(expression, pieces, file, id, problems);
        }
        ast::InlineExpression::FunctionReference { id: function, .. } => {
            problems.push(unsupported(
                &format!("the function {}()", function.name),
                function.name,
            ));
        }
        ast::InlineExpression::MessageReference { id: message, .. } => {
            problems.push(unsupported(
                &format!("a reference to message {}", message.name),
                message.name,
            ));
        }
        ast::InlineExpression::TermReference { id: term, .. } => {
            problems.push(unsupported(&format!("the term -{}", term.name), term.name));
        }
    }
}

/// A slice of the source inside `inline`, to point a problem at (the AST has no spans).
pub(super) fn first_slice<'s>(inline: &ast::InlineExpression<&'s str>) -> Option<&'s str> {
    match inline {
        ast::InlineExpression::StringLiteral { value }
        | ast::InlineExpression::NumberLiteral { value } => Some(value),
        ast::InlineExpression::FunctionReference { id, .. }
        | ast::InlineExpression::MessageReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. }
        | ast::InlineExpression::VariableReference { id } => Some(id.name),
        ast::InlineExpression::Placeable { expression } => expression_slice(expression),
    }
}

/// A slice of the source inside `expression`, to point a problem at (the AST has no spans).
fn expression_slice<'s>(expression: &ast::Expression<&'s str>) -> Option<&'s str> {
    match expression {
        ast::Expression::Inline(inline)
        | ast::Expression::Select {
            selector: inline, ..
        } => first_slice(inline),
    }
}
