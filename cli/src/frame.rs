//! `closecode frame`: a Close payload decoded, validated and explained.

use closecode::frame::{self, ClosePayload};
use closecode::render::{self, Block, Page, Untrusted};
use closecode::{CloseCode, Locale};

use crate::{Format, Output, json, pages_in};

/// The report on `bytes`: a page of facts about the frame followed by the code's page, or JSON.
pub(crate) fn report(bytes: &[u8], locale: Locale, output: &Output) -> String {
    let decoded = frame::decode(bytes);
    let code = match &decoded {
        Ok(payload) => Some(payload.code()),
        Err(err) => err.code(),
    };
    if output.format == Format::Json {
        return json(|out| write_json(&decoded, code, locale, out));
    }
    let label = |id: &str| locale.label(id).unwrap_or(id).to_owned();
    let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let mut rows = vec![(
        label("label-payload"),
        if hex.is_empty() {
            "—".to_owned()
        } else {
            hex.join(" ")
        },
    )];
    let verdict = match &decoded {
        Ok(ClosePayload::Empty) => format!("{} {}", label("frame-valid"), label("frame-empty")),
        Ok(_) => label("frame-valid"),
        Err(err) => {
            let fail = locale
                .format("frame-invalid", &[("code", &err.fail_with())])
                .unwrap_or_default();
            format!("{fail} {}", err.describe(locale))
        }
    };
    rows.push((label("label-verdict"), verdict));
    if let Some(code) = code {
        rows.push((
            label("label-code"),
            format!("{code} {}", code.describe(locale).name()),
        ));
    }
    if let Ok(ClosePayload::Status { reason, .. }) = &decoded {
        // The reason comes from the peer: escape anything that could act on a terminal.
        rows.push((label("label-reason"), format!("\"{}\"", Untrusted(reason))));
    }
    if let Some(code) = code.filter(|c| c.is_sendable()) {
        let rejecting: Vec<&str> = code.rejected_by().map(|l| l.name).collect();
        if !rejecting.is_empty() {
            rows.push((label("label-rejected-by"), rejecting.join(", ")));
        }
    }
    let summary = Page {
        locale,
        title: label("label-close-frame"),
        blocks: vec![Block::Facts(rows)],
        nav: Default::default(),
    };
    let mut pages = vec![summary];
    if let Some(code) = code {
        pages.push(render::code_page(code, locale));
    }
    pages_in(&pages, output)
}

#[derive(serde::Serialize)]
struct FrameJson<'a> {
    valid: bool,
    code: Option<CloseCode>,
    reason: Option<&'a str>,
    error: Option<String>,
    fail_with: Option<CloseCode>,
    rejected_by: Vec<&'static str>,
    locale: Locale,
    name: Option<String>,
    description: Option<String>,
    retry: Option<closecode::RetryClass>,
    retry_advice: Option<&'static str>,
}

fn write_json(
    decoded: &Result<ClosePayload<'_>, frame::FrameError>,
    code: Option<CloseCode>,
    locale: Locale,
    out: &mut String,
) -> std::fmt::Result {
    let text = code.map(|c| c.describe(locale));
    let report = FrameJson {
        valid: decoded.is_ok(),
        code,
        reason: decoded.as_ref().ok().map(|p| p.reason()),
        error: decoded.as_ref().err().map(|e| e.describe(locale)),
        fail_with: decoded.as_ref().err().map(|e| e.fail_with()),
        rejected_by: code
            .filter(|c| c.is_sendable())
            .map_or(Vec::new(), |c| c.rejected_by().map(|l| l.id).collect()),
        locale,
        name: text.map(|t| t.name().to_string()),
        description: text.map(|t| t.description().to_string()),
        retry: code.map(|c| c.retry()),
        retry_advice: code.map(|c| c.retry().phrase(locale)),
    };
    let text = serde_json::to_string_pretty(&report).map_err(|_| std::fmt::Error)?;
    out.push_str(&text);
    out.push('\n');
    Ok(())
}
