#![no_main]

// Each target uses one entry point; the rest is dead code here.
#[allow(dead_code)]
#[path = "../../build/codegen.rs"]
mod codegen;
#[allow(dead_code)]
#[path = "../../tests/it/fuzz_entry.rs"]
mod entry;
#[allow(dead_code)]
#[path = "../../tests/it/html_check.rs"]
mod html_check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| entry::hex(data));
