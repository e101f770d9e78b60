//! Fuzz target: reading any bytes as a `.pb` file never panics, and whatever reads also writes and reads back
//! equal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pb_core::pabulib::{read_pb, write_pb};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(file) = read_pb(&text) {
        let written = write_pb(&file);
        let again = read_pb(&written).expect("a written file reads back");
        assert!(again == file, "written file reads back different:\n{written}");
    }
});
