//! Replays every committed fuzz corpus file (fuzz/corpus/<target>/: seeds and past findings)
//! through the entry points the fuzzers use, on the stable toolchain, so CI guards them.

use std::fs;
use std::path::Path;

#[allow(dead_code)]
#[path = "fuzz_entry.rs"]
pub(crate) mod entry;

#[test]
fn every_corpus_file_replays() {
    if crate::outside_the_repository("fuzz/corpus") {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    for (name, target) in entry::TARGETS {
        let mut files: Vec<_> = fs::read_dir(root.join(name))
            .unwrap_or_else(|_| panic!("fuzz/corpus/{name} is missing"))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "fuzz/corpus/{name} is empty");
        for file in files {
            target(&fs::read(&file).unwrap());
        }
    }
}

/// The generator target breaks the real inputs; it must know every one of them.
#[test]
fn the_generator_target_covers_every_input_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut on_disk = vec![
        "data/close-codes.toml".to_owned(),
        "data/peers.toml".to_owned(),
        "data/failures.toml".to_owned(),
        "data/scenarios.toml".to_owned(),
    ];
    let mut profiles: Vec<String> = fs::read_dir(root.join("data/profiles"))
        .unwrap()
        .map(|e| format!("data/profiles/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    profiles.sort();
    on_disk.extend(profiles);
    for tag in ["en", "ja", "ko"] {
        let mut files: Vec<String> = fs::read_dir(root.join("locales").join(tag))
            .unwrap()
            .map(|e| format!("locales/{tag}/{}", e.unwrap().file_name().to_string_lossy()))
            .collect();
        files.sort();
        on_disk.extend(files);
    }
    let known: Vec<&str> = entry::INPUTS.iter().map(|(path, _)| *path).collect();
    assert_eq!(known, on_disk);
}
