//! Keeping values of any size in a keychain whose entries are small.
//!
//! Windows Credential Manager refuses a password over 2,560 bytes, and it stores passwords as
//! UTF-16, so an ASCII string of 1,281 characters is already too long there. To behave the same
//! on every OS, a value that would take more than [`PART_LIMIT`] bytes in either UTF-8 or UTF-16
//! goes into numbered part entries, and the value's own entry holds a one-line header instead:
//!
//! ```text
//! beacon-chunked:v1 gen=1 count=6 len=10240 fnv1a64=6f3a...
//! ```
//!
//! Parts alternate between two generations (`gen` 0 and 1) and the header is written after
//! its parts, so a reader (or a crash) never sees the header of one value with the parts of
//! another: the old parts stay intact until the new header points away from them.

/// What the chunking needs from a keychain. Errors are plain words with no secret in them.
pub(super) trait RawEntries {
    fn read(&self, user: &str) -> Result<Option<String>, String>;
    fn write(&self, user: &str, value: &str) -> Result<(), String>;
    /// `Ok(true)` when there was an entry to delete.
    fn remove(&self, user: &str) -> Result<bool, String>;
}

/// Bytes per entry, counted in the larger of UTF-8 and UTF-16: comfortably under Windows'
/// 2,560-byte credential blob.
pub(super) const PART_LIMIT: usize = 1_800;

const HEADER_PREFIX: &str = "beacon-chunked:v1 ";

/// The account name of part `index` of generation `generation` of the value stored at `base`.
pub(super) fn part_user(base: &str, generation: u8, index: usize) -> String {
    format!("{base}.part-{generation}-{index}")
}

pub(super) fn read<R: RawEntries + ?Sized>(raw: &R, base: &str) -> Result<Option<String>, String> {
    // A writer in another process may swap generations between our reads of the header and
    // the parts; one more try sees its finished state.
    let mut attempts_left = 2;
    loop {
        attempts_left -= 1;
        let Some(main) = raw.read(base)? else {
            return Ok(None);
        };
        let Some(header) = Header::parse(&main) else {
            if main.starts_with(HEADER_PREFIX) {
                return Err("the stored value is damaged (its header cannot be read)".into());
            }
            return Ok(Some(main));
        };
        match read_parts(raw, base, &header) {
            Ok(value) => return Ok(Some(value)),
            Err(_) if attempts_left > 0 && raw.read(base)?.as_deref() != Some(main.as_str()) => {}
            Err(detail) => return Err(detail),
        }
    }
}

pub(super) fn write<R: RawEntries + ?Sized>(
    raw: &R,
    base: &str,
    value: &str,
) -> Result<(), String> {
    let old = raw.read(base)?.as_deref().and_then(Header::parse);
    // A small value that merely looks like a header still goes into parts, so that reading it
    // back cannot mistake it for one.
    if stored_size(value) <= PART_LIMIT && !value.starts_with(HEADER_PREFIX) {
        raw.write(base, value)?;
        return remove_all_parts(raw, base, old.as_ref());
    }
    let generation = old.as_ref().map_or(0, |h| 1 - h.generation);
    let parts = split(value);
    for (index, part) in parts.iter().enumerate() {
        raw.write(&part_user(base, generation, index), part)?;
    }
    // Leftovers of this generation from a longer value two writes ago, or from a crash.
    remove_parts_from(raw, base, generation, parts.len(), 0)?;
    let header = Header {
        generation,
        count: parts.len(),
        len: value.len(),
        checksum: fnv1a64(value.as_bytes()),
    };
    raw.write(base, &header.render())?;
    let old_count = old
        .as_ref()
        .filter(|h| h.generation != generation)
        .map_or(0, |h| h.count);
    remove_parts_from(raw, base, 1 - generation, 0, old_count)
}

pub(super) fn remove<R: RawEntries + ?Sized>(raw: &R, base: &str) -> Result<(), String> {
    let old = raw.read(base)?.as_deref().and_then(Header::parse);
    // The header goes first: a reader then sees "absent", never a value with missing parts.
    raw.remove(base)?;
    remove_all_parts(raw, base, old.as_ref())
}

fn remove_all_parts<R: RawEntries + ?Sized>(
    raw: &R,
    base: &str,
    old: Option<&Header>,
) -> Result<(), String> {
    for generation in [0, 1] {
        let known = old
            .filter(|h| h.generation == generation)
            .map_or(0, |h| h.count);
        remove_parts_from(raw, base, generation, 0, known)?;
    }
    Ok(())
}

/// Deletes parts `from..` of one generation. Keeps going past gaps up to `known_count` (what
/// a header promised), then stops at the first part that is not there.
fn remove_parts_from<R: RawEntries + ?Sized>(
    raw: &R,
    base: &str,
    generation: u8,
    from: usize,
    known_count: usize,
) -> Result<(), String> {
    let mut index = from;
    loop {
        let existed = raw.remove(&part_user(base, generation, index))?;
        if !existed && index >= known_count {
            return Ok(());
        }
        index += 1;
    }
}

fn read_parts<R: RawEntries + ?Sized>(
    raw: &R,
    base: &str,
    header: &Header,
) -> Result<String, String> {
    let mut value = String::with_capacity(header.len);
    for index in 0..header.count {
        match raw.read(&part_user(base, header.generation, index))? {
            Some(part) => value.push_str(&part),
            None => {
                return Err(format!(
                    "the stored value is damaged (part {} of {} is missing)",
                    index + 1,
                    header.count
                ))
            }
        }
    }
    if value.len() != header.len || fnv1a64(value.as_bytes()) != header.checksum {
        return Err("the stored value is damaged (its parts do not match their checksum)".into());
    }
    Ok(value)
}

/// The larger of the UTF-8 and UTF-16 sizes: what the strictest keychain will count.
fn stored_size(value: &str) -> usize {
    value.chars().map(char_size).sum()
}

fn char_size(c: char) -> usize {
    c.len_utf8().max(c.len_utf16() * 2)
}

fn split(value: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut size = 0;
    for (offset, c) in value.char_indices() {
        if size + char_size(c) > PART_LIMIT {
            parts.push(&value[start..offset]);
            start = offset;
            size = 0;
        }
        size += char_size(c);
    }
    parts.push(&value[start..]);
    parts
}

/// Detects torn or mixed-up parts; not a defence against tampering (whoever can write the
/// keychain can write the checksum too).
fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[derive(Debug, PartialEq)]
struct Header {
    generation: u8,
    count: usize,
    len: usize,
    checksum: u64,
}

impl Header {
    fn render(&self) -> String {
        format!(
            "{HEADER_PREFIX}gen={} count={} len={} fnv1a64={:016x}",
            self.generation, self.count, self.len, self.checksum
        )
    }

    fn parse(text: &str) -> Option<Header> {
        let mut generation = None;
        let mut count = None;
        let mut len = None;
        let mut checksum = None;
        for field in text.strip_prefix(HEADER_PREFIX)?.split_whitespace() {
            match field.split_once('=')? {
                ("gen", v) => generation = Some(v.parse::<u8>().ok().filter(|g| *g <= 1)?),
                ("count", v) => count = Some(v.parse().ok()?),
                ("len", v) => len = Some(v.parse().ok()?),
                ("fnv1a64", v) => checksum = Some(u64::from_str_radix(v, 16).ok()?),
                _ => {}
            }
        }
        Some(Header {
            generation: generation?,
            count: count?,
            len: len?,
            checksum: checksum?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::sync::Mutex;

    #[derive(Default)]
    struct Entries(Mutex<BTreeMap<String, String>>);

    impl Entries {
        fn users(&self) -> Vec<String> {
            self.0.lock().unwrap().keys().cloned().collect()
        }
        fn put(&self, user: &str, value: &str) {
            self.0.lock().unwrap().insert(user.into(), value.into());
        }
    }

    impl RawEntries for Entries {
        fn read(&self, user: &str) -> Result<Option<String>, String> {
            Ok(self.0.lock().unwrap().get(user).cloned())
        }
        fn write(&self, user: &str, value: &str) -> Result<(), String> {
            assert!(stored_size(value) <= PART_LIMIT, "entry {user} too large");
            self.put(user, value);
            Ok(())
        }
        fn remove(&self, user: &str) -> Result<bool, String> {
            Ok(self.0.lock().unwrap().remove(user).is_some())
        }
    }

    fn ascii(len: usize) -> String {
        (0..len).map(|i| (b'a' + (i % 26) as u8) as char).collect()
    }

    #[test]
    fn small_value_is_one_plain_entry() {
        let raw = Entries::default();
        write(&raw, "k", "short secret").unwrap();
        assert_eq!(raw.users(), ["k"]);
        assert_eq!(read(&raw, "k").unwrap().as_deref(), Some("short secret"));
    }

    #[test]
    fn large_value_round_trips_through_parts() {
        let raw = Entries::default();
        let value = ascii(10 * 1024);
        write(&raw, "k", &value).unwrap();
        // 900 ASCII characters fill a part: UTF-16 doubles them.
        assert_eq!(raw.users().len(), 1 + 12);
        assert!(raw.read("k").unwrap().unwrap().starts_with(HEADER_PREFIX));
        assert_eq!(read(&raw, "k").unwrap(), Some(value));
    }

    #[test]
    fn multibyte_text_is_split_on_character_boundaries() {
        let raw = Entries::default();
        let value = "aä€😀".repeat(700);
        write(&raw, "k", &value).unwrap();
        assert_eq!(read(&raw, "k").unwrap(), Some(value));
    }

    #[test]
    fn value_at_the_limit_stays_whole_and_one_more_splits() {
        let raw = Entries::default();
        write(&raw, "k", &ascii(PART_LIMIT / 2)).unwrap();
        assert_eq!(raw.users(), ["k"]);
        write(&raw, "k", &ascii(PART_LIMIT / 2 + 1)).unwrap();
        assert_eq!(raw.users().len(), 3);
    }

    #[test]
    fn shrinking_removes_leftover_parts() {
        let raw = Entries::default();
        write(&raw, "k", &ascii(10 * 1024)).unwrap();
        write(&raw, "k", &ascii(2000)).unwrap();
        assert_eq!(raw.users().len(), 1 + 3);
        assert_eq!(read(&raw, "k").unwrap(), Some(ascii(2000)));
        write(&raw, "k", &ascii(5000)).unwrap();
        write(&raw, "k", "tiny").unwrap();
        assert_eq!(raw.users(), ["k"]);
    }

    #[test]
    fn remove_deletes_header_and_every_part() {
        let raw = Entries::default();
        write(&raw, "k", &ascii(10 * 1024)).unwrap();
        remove(&raw, "k").unwrap();
        assert!(raw.users().is_empty());
        assert_eq!(read(&raw, "k").unwrap(), None);
        remove(&raw, "k").unwrap();
    }

    #[test]
    fn parts_left_by_a_crashed_write_are_cleaned_up() {
        let raw = Entries::default();
        write(&raw, "k", &ascii(3000)).unwrap();
        // A write of generation 1 that died before its header.
        for i in 0..5 {
            raw.put(&part_user("k", 1, i), "junk");
        }
        assert_eq!(read(&raw, "k").unwrap(), Some(ascii(3000)));
        write(&raw, "k", &ascii(2000)).unwrap();
        assert_eq!(raw.users().len(), 1 + 3);
        remove(&raw, "k").unwrap();
        assert!(raw.users().is_empty());
    }

    #[test]
    fn a_small_value_that_looks_like_a_header_round_trips() {
        let raw = Entries::default();
        let value = format!("{HEADER_PREFIX}gen=0 count=1 len=3 fnv1a64=0");
        write(&raw, "k", &value).unwrap();
        assert_eq!(read(&raw, "k").unwrap(), Some(value));
    }

    #[test]
    fn damage_is_reported_without_the_secret() {
        let raw = Entries::default();
        let value = ascii(4000);
        write(&raw, "k", &value).unwrap();
        raw.put(&part_user("k", 0, 1), "tampered");
        let err = read(&raw, "k").unwrap_err();
        assert!(err.contains("checksum"), "{err}");
        raw.remove(&part_user("k", 0, 2)).unwrap();
        let err = read(&raw, "k").unwrap_err();
        assert!(err.contains("part 3 of 5 is missing"), "{err}");
        assert!(!err.contains(&value[..20]));
        raw.put("k", &format!("{HEADER_PREFIX}garbage"));
        assert!(read(&raw, "k").unwrap_err().contains("header"));
    }

    #[test]
    fn header_round_trips() {
        let h = Header {
            generation: 1,
            count: 6,
            len: 10240,
            checksum: 0xdead_beef,
        };
        assert_eq!(Header::parse(&h.render()), Some(h));
        assert_eq!(Header::parse("plain secret"), None);
    }
}
