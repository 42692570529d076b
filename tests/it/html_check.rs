//! A strict well-formedness check for our HTML: it must parse as XML (every element closed or
//! self-closed, attributes quoted, only the five XML entities and numeric references), which
//! is stricter than HTML5 needs.

pub(crate) fn assert_well_formed(html: &str) {
    if let Err(problem) = check(html) {
        panic!("not well-formed: {problem}\n{html}");
    }
}

fn check(html: &str) -> Result<(), String> {
    let body = html.strip_prefix("<!DOCTYPE html>").ok_or("no doctype")?;
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = body;
    while let Some(at) = rest.find(['<', '&']) {
        let (text, tail) = rest.split_at(at);
        if text.contains('>') {
            return Err(format!(
                "a bare '>' in text near {:?}",
                &text[text.len().saturating_sub(40)..]
            ));
        }
        if tail.starts_with('&') {
            let end = tail.find(';').ok_or("an unterminated entity")?;
            let entity = &tail[1..end];
            let known = ["amp", "lt", "gt", "quot", "#39"].contains(&entity)
                || entity
                    .strip_prefix('#')
                    .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()));
            if !known {
                return Err(format!("unknown entity &{entity};"));
            }
            rest = &tail[end + 1..];
            continue;
        }
        let end = tail.find('>').ok_or("an unterminated tag")?;
        let tag = &tail[1..end];
        rest = &tail[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/').trim_end();
        let name = tag.split_whitespace().next().ok_or("an empty tag")?;
        check_attributes(&tag[name.len()..])?;
        if name == "style" {
            let close = rest.find("</style>").ok_or("unclosed style")?;
            if rest[..close].contains('<') {
                return Err("markup inside style".to_owned());
            }
            rest = &rest[close + "</style>".len()..];
            continue;
        }
        if !self_closing {
            stack.push(name);
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed elements {stack:?}"));
    }
    Ok(())
}

fn check_attributes(mut attributes: &str) -> Result<(), String> {
    loop {
        attributes = attributes.trim_start();
        if attributes.is_empty() {
            return Ok(());
        }
        let eq = attributes
            .find('=')
            .ok_or(format!("an attribute without a value: {attributes}"))?;
        let name = &attributes[..eq];
        if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(format!("a bad attribute name {name:?}"));
        }
        let value = attributes[eq + 1..]
            .strip_prefix('"')
            .ok_or("an unquoted attribute")?;
        let close = value.find('"').ok_or("an unterminated attribute")?;
        if value[..close].contains(['<', '>']) {
            return Err("markup inside an attribute".to_owned());
        }
        attributes = &value[close + 1..];
    }
}
