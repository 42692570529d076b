//! closecode's texts beside an application's own in fluent-templates: the application's files
//! stay in its locales folder, and closecode's catalog joins every bundle when the loader
//! builds it (`customise`), under the prefix `closecode-`, always the library's current texts.
//!
//! Run: `cargo run --example fluent_templates --features locale-files,ko`

use std::sync::LazyLock;

use closecode::catalog::{DEFAULT_PREFIX, export, message_id};
use closecode::{CloseCode, Locale};
use fluent_templates::fluent_bundle::{FluentResource, FluentValue};
use fluent_templates::{LanguageIdentifier, Loader, static_loader};

/// closecode's catalog in each of its locales, parsed once: fluent-templates keeps
/// `&'static` resources in its bundles.
static CLOSECODE: LazyLock<Vec<(Locale, FluentResource)>> = LazyLock::new(|| {
    Locale::all()
        .map(|locale| {
            let text = export(locale, DEFAULT_PREFIX);
            let parsed = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
            (locale, parsed)
        })
        .collect()
});

static_loader! {
    static LOCALES = {
        locales: "./examples/app-locales",
        fallback_language: "en",
        customise: |bundle| {
            bundle.set_use_isolating(false);
            let tag = bundle.locales.first().map(ToString::to_string).unwrap_or_default();
            let ours = Locale::from_tag(&tag).unwrap_or_default();
            if let Some((_, resource)) = CLOSECODE.iter().find(|(locale, _)| *locale == ours) {
                // Every id carries the prefix, so nothing of the application's is replaced.
                let _ = bundle.add_resource(resource);
            }
        },
    };
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for tag in ["en", "ko"] {
        let language: LanguageIdentifier = tag.parse()?;
        let code = CloseCode::GOING_AWAY;
        // Attributes are looked up as `message.attribute`.
        let why = LOCALES.lookup(
            &language,
            &format!("{DEFAULT_PREFIX}{}.user", message_id(code)),
        );
        let args = [("why".into(), FluentValue::from(why))]
            .into_iter()
            .collect();
        let line = LOCALES.lookup_with_args(&language, "chat-offline", &args);
        println!("{tag} {code}: {line}");
    }
    Ok(())
}
