//! Allocation counts (not timings, so they belong in the test suite): describing any registered
//! code allocates nothing, and neither does writing a range text, or a message that picks its
//! words by a number, into a buffer with room.
//!
//! A test binary of its own, because it installs a counting global allocator. Counts are per
//! thread, so tests running in parallel do not disturb each other.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

use closecode::{CloseCode, KnownCode, Label, Locale, Value, frame};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count() {
    let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
}

// SAFETY: every call is forwarded to the system allocator unchanged; counting touches only a
// const-initialized thread-local integer, which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count();
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations `work` made on this thread.
fn allocations(work: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    work();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn the_counter_counts() {
    assert_eq!(allocations(|| drop(black_box(vec![1u8; 16]))), 1);
}

#[test]
fn describing_registered_codes_allocates_nothing() {
    let codes: Vec<CloseCode> = KnownCode::all().map(CloseCode::from).collect();
    let locales: Vec<Locale> = Locale::all().collect();
    let count = allocations(|| {
        for &code in &codes {
            for &locale in &locales {
                let text = code.describe(locale);
                for part in [
                    text.name(),
                    text.description(),
                    text.symptom(),
                    text.remedy(),
                    text.cause(),
                    text.sending(),
                    text.receiving(),
                ] {
                    black_box(part.plain().expect("registered codes have static texts"));
                }
                black_box(code.facts());
                black_box(code.retry().phrase(locale));
            }
        }
    });
    assert_eq!(count, 0);
}

#[test]
fn writing_range_texts_into_a_buffer_with_room_allocates_nothing() {
    let mut buffer = String::with_capacity(4096);
    let count = allocations(|| {
        for code in [
            0, 999, 1016, 2999, 3001, 3999, 4000, 4403, 4999, 5000, 65535,
        ] {
            for locale in Locale::all() {
                let text = CloseCode::new(code).describe(locale);
                for part in [
                    text.name(),
                    text.description(),
                    text.symptom(),
                    text.remedy(),
                ] {
                    buffer.clear();
                    part.write_to(&mut buffer).unwrap();
                    black_box(&buffer);
                }
            }
        }
    });
    assert_eq!(count, 0);
}

#[test]
fn writing_a_message_with_a_selector_into_a_buffer_allocates_nothing() {
    // Room for 1e300, which prints 301 digits.
    let mut buffer = String::with_capacity(1024);
    let mut write = |value: Value<'_>| {
        for locale in Locale::all() {
            buffer.clear();
            locale
                .format_to(Label::RECONNECT_IN, &[("seconds", value)], &mut buffer)
                .unwrap();
            black_box(&buffer);
        }
    };
    // The first call looks up each locale's plural rules, so it is counted too.
    let count = allocations(|| {
        for seconds in [0u64, 1, 2, 5, 11, 21, 101, 1_000_000, u64::MAX] {
            write(black_box(seconds).into());
        }
        for seconds in [-1i64, i64::MIN] {
            write(black_box(seconds).into());
        }
        for seconds in [0.5f64, 1.0, 1.5, 2.25, 1e-7, 1e21, 1e300, f64::NAN] {
            write(black_box(seconds).into());
        }
        write(black_box("soon").into());
        write(black_box("one").into());
        write(Value::display(&black_box(7u8)));
        write(Value::display(&black_box(
            "a displayed value longer than the 64 bytes a select reads it into",
        )));
    });
    assert_eq!(count, 0);
}

#[test]
fn parsing_names_locales_and_frames_allocates_nothing() {
    let count = allocations(|| {
        black_box(CloseCode::from_name(black_box("EndpointUnavailable")));
        black_box("1006".parse::<CloseCode>().unwrap());
        black_box(Locale::from_accept_language(black_box(
            "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
        )));
        black_box(Locale::from_tag(black_box("en_GB.UTF-8")).unwrap());
        // Shipped with the `ko` feature, unsupported (and still no allocation) without it.
        black_box(Locale::from_tag(black_box("ko_KR.UTF-8")).ok());
        black_box(frame::decode(black_box(b"\x03\xe9bye")).unwrap());
        black_box(frame::encode(CloseCode::GOING_AWAY, "bye").unwrap());
    });
    assert_eq!(count, 0);
}

#[test]
fn a_reconnect_step_allocates_nothing() {
    use closecode::reconnector::Reconnector;
    use closecode::{Closed, SplitMix64};
    use std::time::Duration;
    let closes: Vec<Closed> = [1006, 1012, 1013, 1008, 4000, 1006]
        .into_iter()
        .map(|n| CloseCode::new(n).into())
        .collect();
    let mut reconnect = Reconnector::new(SplitMix64::new(5));
    let count = allocations(|| {
        for closed in &closes {
            black_box(reconnect.next(black_box(closed), Duration::from_secs(2)));
        }
    });
    assert_eq!(count, 0);
}

/// The README promises negotiation without allocating; the `http` helper reads a request's
/// header lines in place.
#[cfg(feature = "http")]
#[test]
fn negotiating_from_request_headers_allocates_nothing() {
    use http::HeaderMap;
    use http::header::ACCEPT_LANGUAGE;
    let mut headers = HeaderMap::new();
    headers.append(ACCEPT_LANGUAGE, "de-DE,de;q=0.9".parse().unwrap());
    headers.append(ACCEPT_LANGUAGE, "ko-KR;q=0.8, en;q=0.5".parse().unwrap());
    let count = allocations(|| {
        black_box(closecode::http::locale(black_box(&headers)));
    });
    assert_eq!(count, 0);
    #[cfg(feature = "ko")]
    assert_eq!(closecode::http::locale(&headers), Locale::KO);
}
