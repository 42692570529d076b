//! Locales added at run time (feature `locale-files`): the exported catalog loads back as a new
//! locale that answers exactly as English does; a translation shows its own texts everywhere;
//! broken files are refused with positions; missing messages fall back with warnings; and the
//! export sits in a fluent-bundle bundle beside an application's messages.
//!
//! A binary of its own: an added locale stays for the whole process, and the other tests
//! iterate `Locale::all()` expecting the shipped folders.

use closecode::catalog::{DEFAULT_PREFIX, export};
use closecode::{
    CloseCode, CodeRange, EntryTexts, Failure, KnownCode, Label, Locale, NewLocale, Profile,
    RetryClass, Scenario, Value,
};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

/// Every text of the library in `locale`, as (what, text) pairs, with the same arguments.
fn every_text(locale: Locale) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    let codes = KnownCode::all()
        .map(CloseCode::from)
        .chain(CodeRange::all().map(|r| CloseCode::new(r.last())));
    for code in codes {
        let d = code.describe(locale);
        for (part, text) in [
            ("name", d.name()),
            ("description", d.description()),
            ("symptom", d.symptom()),
            ("remedy", d.remedy()),
            ("cause", d.cause()),
            ("sending", d.sending()),
            ("receiving", d.receiving()),
            ("user", d.user()),
        ] {
            texts.push((format!("{code} {part}"), text.to_string()));
        }
    }
    for label in Label::all() {
        for seconds in [
            Value::from(0),
            Value::from(1),
            Value::from(2),
            Value::from(1.5),
        ] {
            let args = [
                ("seconds", seconds),
                ("status", 502.into()),
                ("code", 1006.into()),
                ("a", "1001".into()),
                ("b", "1014".into()),
            ];
            texts.push((label.id().to_owned(), locale.format(label, &args)));
        }
    }
    let entry = |what: String, t: EntryTexts<'_>| {
        let parts = [t.name(), t.description(), t.symptom(), t.remedy(), t.user()];
        (what, parts.join("\n"))
    };
    for failure in Failure::all() {
        texts.push(entry(failure.id().to_owned(), failure.texts(locale)));
    }
    for scenario in Scenario::all() {
        let t = scenario.texts(locale);
        let lists = [t.causes(), t.checks(), t.fixes()].map(|l| l.join("\n"));
        let all = format!("{}\n{}\n{}", t.title(), t.seen(), lists.join("\n"));
        texts.push((scenario.id().to_owned(), all));
    }
    for profile in Profile::all() {
        texts.push((profile.id().to_owned(), profile.about(locale).to_owned()));
        for e in profile.entries() {
            texts.push(entry(
                format!("{} {:?}", profile.id(), e.codes()),
                e.texts(locale),
            ));
        }
    }
    texts
}

#[test]
fn the_export_loads_back_as_a_locale_that_answers_as_english_does() {
    let ftl = export(Locale::EN, DEFAULT_PREFIX);
    let added = NewLocale::new("eo").file("eo.ftl", &ftl).add().unwrap();
    assert!(added.warnings().is_empty());
    let eo = added.locale();
    assert_ne!(eo, Locale::EN);
    assert_eq!(eo.tag(), "eo");
    let (ours, english) = (every_text(eo), every_text(Locale::EN));
    assert!(ours.len() > 1000, "only {} texts", ours.len());
    for (a, b) in ours.iter().zip(&english) {
        assert_eq!(a, b);
    }
    // Without the prefix, the same.
    let bare = export(Locale::EN, "");
    assert!(bare.contains("\ncode-1000 = Normal Closure\n"));
    let warnings = NewLocale::new("eo-BR")
        .file("eo.ftl", &bare)
        .check()
        .unwrap();
    assert!(warnings.is_empty());
}

#[test]
fn a_translation_shows_everywhere_and_negotiates() {
    let ftl = export(Locale::EN, DEFAULT_PREFIX)
        .replace(
            "closecode-code-1006 = Abnormal Closure",
            "closecode-code-1006 = Abnormaler Abbruch",
        )
        .replace(
            "closecode-failure-dns = ",
            "closecode-failure-dns = DNS-Fehler: ",
        );
    let de = NewLocale::new("de")
        .file("de.ftl", &ftl)
        .add()
        .unwrap()
        .locale();
    assert_eq!(Locale::from_tag("de-AT").unwrap(), de);
    assert_eq!(Locale::from_tag("de_DE.UTF-8").unwrap(), de);
    assert_eq!(
        Locale::from_accept_language("pt, de;q=0.9, en;q=0.8"),
        Some(de)
    );
    assert!(Locale::all().any(|l| l == de));
    let name = CloseCode::ABNORMAL_CLOSURE.describe(de).name().to_string();
    assert_eq!(name, "Abnormaler Abbruch");
    let dns = Failure::find("dns").unwrap().texts(de).name();
    assert!(dns.starts_with("DNS-Fehler: "), "{dns}");
    // The reconnect answer does not depend on the language; its phrase comes from the catalog.
    assert_eq!(CloseCode::ABNORMAL_CLOSURE.retry(), RetryClass::Backoff);
    let page = closecode::render::code_page(CloseCode::ABNORMAL_CLOSURE, de);
    let mut text = String::new();
    closecode::render::text::write(&page, &mut text, 80).unwrap();
    assert!(text.starts_with("1006 Abnormaler Abbruch"), "{text}");
    // Twice is refused.
    let again = NewLocale::new("de").file("de.ftl", &ftl).add().unwrap_err();
    assert!(
        again.to_string().contains("already has the locale `de`"),
        "{again}"
    );
}

#[test]
fn broken_files_are_refused_with_every_problem_and_its_position() {
    let ftl = export(Locale::EN, DEFAULT_PREFIX)
        .replace("closecode-pred-http = ", "closecode-pred-http = { $stat } ")
        .replace(
            "closecode-code-1001 = Going Away\n",
            "closecode-code-1001 = { Going\n",
        );
    let err = NewLocale::new("it").file("it.ftl", &ftl).add().unwrap_err();
    let problems = err.problems();
    let variable = problems.iter().find(|p| p.id() == "pred-http").unwrap();
    assert_eq!(variable.path(), "it.ftl");
    assert!(variable.line() > 1 && variable.column() >= 1);
    assert!(
        variable.message().contains("$stat"),
        "{}",
        variable.message()
    );
    assert!(
        problems
            .iter()
            .any(|p| p.message().contains("Fluent syntax error")),
        "{err}"
    );
    // Nothing was added.
    assert!(Locale::from_tag("it").is_err());

    let err = NewLocale::new("fr")
        .file("fr.ftl", "code-1000 = Fermeture normale\n")
        .strict()
        .add()
        .unwrap_err();
    assert!(
        err.problems().len() > 100,
        "every missing message: {}",
        err.problems().len()
    );
    assert!(err.to_string().lines().all(|l| l.contains(':')));

    let err = NewLocale::new("not a tag").add().unwrap_err();
    assert!(err.to_string().contains("not a language tag"), "{err}");
    let err = NewLocale::new("fr")
        .read("/nonexistent/fr.ftl")
        .add()
        .unwrap_err();
    assert!(err.to_string().contains("cannot read"), "{err}");
}

/// The Japanese spacing rule holds for a Japanese locale added at run time, as for the shipped
/// one: a space between Japanese and Latin text is a problem at the space.
#[cfg(feature = "ja")]
#[test]
fn a_japanese_locale_added_at_run_time_keeps_japanese_and_latin_text_together() {
    let spaced = "相手側が WebSocketプロトコル";
    let ftl = export(Locale::JA, DEFAULT_PREFIX).replacen("相手側がWebSocketプロトコル", spaced, 1);
    let at = ftl.find(spaced).unwrap() + "相手側が".len();
    let line = ftl[..at].matches('\n').count() + 1;
    let col = ftl[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    let err = NewLocale::new("ja-JP")
        .file("ja-JP.ftl", &ftl)
        .add()
        .unwrap_err();
    let [problem] = err.problems() else {
        panic!("one problem: {err}");
    };
    assert_eq!(
        (
            problem.path(),
            problem.line(),
            problem.column(),
            problem.id()
        ),
        ("ja-JP.ftl", line, col, "code-1002")
    );
    assert!(
        problem.message().ends_with("write \"相手側がWebSocket\""),
        "{err}"
    );
}

#[test]
fn a_partial_translation_falls_back_to_english_with_warnings() {
    let ftl = "\
closecode-code-1000 = Fermeture normale
    .description = La connexion a rempli son rôle.
    .symptom = Rien d'anormal.
    .remedy = Rien à faire.
    .cause = vient d'un arrêt voulu.
    .sending = Envoyez-le quand tout est fini.
    .receiving = Ne vous reconnectez pas.
    .user = La connexion est terminée.
";
    let refused = NewLocale::new("fr-CA").file("fr.ftl", ftl).strict().add();
    assert!(refused.is_err());
    // Falling back is the default.
    let added = NewLocale::new("fr-CA").file("fr.ftl", ftl).add().unwrap();
    let fr = added.locale();
    assert!(added.warnings().len() > 100);
    assert!(
        added
            .warnings()
            .iter()
            .all(|w| w.message().contains("missing"))
    );
    assert!(!added.warnings().iter().any(|w| w.id() == "code-1000"));
    // The command-line tool's messages are not the library's: never required, never listed.
    assert!(added.warnings().iter().any(|w| w.id() == "code-1001"));
    assert!(!added.warnings().iter().any(|w| w.id().starts_with("cli-")));
    let normal = CloseCode::NORMAL_CLOSURE.describe(fr);
    assert_eq!(normal.name().to_string(), "Fermeture normale");
    let english = CloseCode::GOING_AWAY
        .describe(Locale::EN)
        .name()
        .to_string();
    assert_eq!(
        CloseCode::GOING_AWAY.describe(fr).name().to_string(),
        english
    );
    let failure = Failure::find("dns").unwrap();
    assert_eq!(failure.texts(fr), failure.texts(Locale::EN));
}

#[test]
fn the_export_sits_in_a_fluent_bundle_beside_the_apps_messages() {
    let app = FluentResource::try_new(
        "code-1000 = The app's own code-1000\nwelcome = Welcome!\nreconnect-in = soon\n".to_owned(),
    )
    .unwrap();
    let ours = FluentResource::try_new(export(Locale::EN, DEFAULT_PREFIX)).unwrap();
    let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.add_resource(app).unwrap();
    bundle.add_resource(ours).expect("no id collides");
    let format = |id: &str, args: Option<&FluentArgs>| {
        let pattern = bundle.get_message(id).unwrap().value().unwrap();
        bundle
            .format_pattern(pattern, args, &mut Vec::new())
            .into_owned()
    };
    assert_eq!(format("code-1000", None), "The app's own code-1000");
    assert_eq!(format("closecode-code-1000", None), "Normal Closure");
    for seconds in [0, 1, 5] {
        let mut args = FluentArgs::new();
        args.set("seconds", seconds);
        let expected = Locale::EN.format(Label::RECONNECT_IN, &[("seconds", seconds.into())]);
        assert_eq!(format("closecode-reconnect-in", Some(&args)), expected);
    }
}

/// The message `id` (with its attributes) as the export writes it: from its first line to the
/// blank line after it.
#[cfg(feature = "ko")]
fn exported_message(ftl: &str, id: &str) -> String {
    let start = ftl.find(&format!("\n{id} = ")).expect("exported") + 1;
    let end = ftl[start..]
        .find("\n\n")
        .map_or(ftl.len(), |e| start + e + 1);
    ftl[start..end].to_owned()
}

/// An application overrides some of a shipped locale's texts under its tag: the files' messages
/// show wherever the locale is used (describe, failures, labels, the export, name lookup), every
/// other text stays the shipped one (not English), and the same checks apply.
#[cfg(feature = "ko")]
#[test]
fn a_shipped_locales_texts_are_overridden_message_by_message() {
    let before = every_text(Locale::KO);
    let shipped = export(Locale::KO, DEFAULT_PREFIX);
    let code = exported_message(&shipped, "closecode-code-1006");
    let old_name = code.lines().next().unwrap().split(" = ").nth(1).unwrap();
    let code = code.replacen(old_name, "연결 끊김", 1);
    let failure = exported_message(&shipped, "closecode-failure-dns");
    let old_failure = failure.lines().next().unwrap().split(" = ").nth(1).unwrap();
    let failure = failure.replacen(old_failure, "주소를 찾지 못함", 1);
    let label = "closecode-label-remedy = 고치는 방법\n";

    // The same checks as any added locale: a misspelt variable is refused, and so is a file
    // lacking messages in strict mode. Neither leaves an override behind.
    let broken = NewLocale::new("ko")
        .file("ko.ftl", "closecode-reconnect-in = { $secs }초 뒤\n")
        .add()
        .unwrap_err();
    assert!(
        broken.problems().iter().any(|p| p.id() == "reconnect-in"),
        "{broken}"
    );
    let strict = NewLocale::new("ko").file("ko.ftl", label).strict().add();
    assert!(strict.unwrap_err().problems().len() > 100);
    assert_eq!(every_text(Locale::KO), before);

    let added = NewLocale::new("ko")
        .file("code.ftl", &code)
        .file("failure.ftl", &failure)
        .file("label.ftl", label)
        .add()
        .unwrap();
    assert_eq!(added.locale(), Locale::KO);
    assert!(added.warnings().is_empty(), "{:?}", added.warnings());
    assert_eq!(Locale::from_tag("ko-KR").unwrap(), Locale::KO);
    assert_eq!(
        Locale::all().count(),
        Locale::all().filter(|l| l.tag() != "ko").count() + 1
    );

    let describe = CloseCode::ABNORMAL_CLOSURE.describe(Locale::KO);
    assert_eq!(describe.name().to_string(), "연결 끊김");
    assert_eq!(
        Failure::find("dns").unwrap().texts(Locale::KO).name(),
        "주소를 찾지 못함"
    );
    assert_eq!(Locale::KO.text(Label::REMEDY), Some("고치는 방법"));
    assert_eq!(
        CloseCode::from_name("연결 끊김"),
        Some(CloseCode::ABNORMAL_CLOSURE)
    );
    assert!(export(Locale::KO, DEFAULT_PREFIX).contains("\nclosecode-code-1006 = 연결 끊김\n"));

    // Only the overridden texts changed; every other one is still the shipped Korean.
    let after = every_text(Locale::KO);
    let changed: Vec<&str> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b != a)
        .map(|(b, _)| b.0.as_str())
        .collect();
    let expected = [
        "1006 name",
        "label-remedy",
        "label-remedy",
        "label-remedy",
        "label-remedy",
        "dns",
    ];
    assert_eq!(changed, expected);
    // English and the description of 1006 are untouched.
    assert_eq!(before.len(), after.len());
    assert_ne!(
        CloseCode::ABNORMAL_CLOSURE
            .describe(Locale::EN)
            .name()
            .to_string(),
        "연결 끊김"
    );

    // Once per shipped locale: a second override is refused and changes nothing.
    let again = NewLocale::new("ko")
        .file("label.ftl", "closecode-label-remedy = 해결\n")
        .add();
    let again = again.unwrap_err().to_string();
    assert!(again.contains("overridden already"), "{again}");
    assert_eq!(Locale::KO.text(Label::REMEDY), Some("고치는 방법"));
}
