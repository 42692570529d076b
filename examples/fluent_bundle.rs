//! closecode's texts in an application's own fluent-bundle bundle: the export puts every id
//! under the prefix `closecode-`, so it sits beside the application's messages without a
//! collision, and the application formats both the same way.
//!
//! Run: `cargo run --example fluent_bundle --features locale-files,ko`

use closecode::catalog::{DEFAULT_PREFIX, export, message_id};
use closecode::{CloseCode, Locale};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for (tag, app) in [
        ("en", include_str!("app-locales/en/app.ftl")),
        ("ko", include_str!("app-locales/ko/app.ftl")),
    ] {
        let locale = Locale::from_tag(tag)?;
        let mut bundle = FluentBundle::new(vec![tag.parse()?]);
        // The texts go into a terminal, which shows Unicode isolation marks as noise.
        bundle.set_use_isolating(false);
        let resource = |text: String| FluentResource::try_new(text).map_err(|_| "bad Fluent");
        bundle
            .add_resource(resource(app.to_owned())?)
            .map_err(|_| "the application's messages collide")?;
        bundle
            .add_resource(resource(export(locale, DEFAULT_PREFIX))?)
            .map_err(|_| "closecode's messages collide with the application's")?;

        for code in [CloseCode::ABNORMAL_CLOSURE, CloseCode::new(4403)] {
            // A registered code has a message of its own; any other number, its range's,
            // which takes the number as $code.
            let id = format!("{DEFAULT_PREFIX}{}", message_id(code));
            let message = bundle.get_message(&id).ok_or("no such message")?;
            let user = message.get_attribute("user").ok_or("no .user")?;
            let mut args = FluentArgs::new();
            args.set("code", code.get());
            let mut errors = Vec::new();
            let why = bundle.format_pattern(user.value(), Some(&args), &mut errors);

            let lost = bundle.get_message("chat-offline").ok_or("no app message")?;
            let mut args = FluentArgs::new();
            args.set("why", why.into_owned());
            let line =
                bundle.format_pattern(lost.value().ok_or("no value")?, Some(&args), &mut errors);
            if !errors.is_empty() {
                return Err(format!("{errors:?}").into());
            }
            println!("{tag} {code}: {line}");
        }
    }
    Ok(())
}
