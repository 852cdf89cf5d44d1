//! Processes as /proc has them: who started whom, what they run, their memory. An app under
//! test is the app itself and everything it started (WebKit's web and network processes).

use std::collections::HashMap;
use std::fs;
use std::path::Path;

/// Field `n` of /proc/<pid>/stat, numbered as in proc(5) (1 is the pid). Counted from the end
/// of the name in parentheses, which may itself hold spaces and parentheses.
fn stat_field(pid: u32, n: usize) -> Option<String> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name
        .split_whitespace()
        .nth(n.checked_sub(3)?)
        .map(str::to_owned)
}

/// The parent of `pid`.
pub fn parent(pid: u32) -> Option<u32> {
    stat_field(pid, 4)?.parse().ok()
}

/// When `pid` started (its fork), in clock ticks since boot.
pub fn start_ticks(pid: u32) -> Option<u64> {
    stat_field(pid, 22)?.parse().ok()
}

/// CPU time `pid` has used, in clock ticks: user and system, its own and that of the children
/// it has reaped (so a helper process that ran and exited still counts).
pub fn cpu_ticks(pid: u32) -> Option<u64> {
    (14..=17)
        .map(|n| stat_field(pid, n)?.parse::<u64>().ok())
        .sum()
}

/// Running: a zombie has exited, only its entry is left.
pub fn alive(pid: u32) -> bool {
    stat_field(pid, 3).is_some_and(|state| state != "Z" && state != "X")
}

/// pid → parent pid, for every process now: one snapshot, so a walk down a tree is consistent.
fn parents() -> HashMap<u32, u32> {
    let Ok(entries) = fs::read_dir("/proc") else {
        return HashMap::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| Some((pid, parent(pid)?)))
        .collect()
}

/// Every process below `root`, level by level, each level in pid order.
pub fn descendants(root: u32) -> Vec<u32> {
    let parents = parents();
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let mut children: Vec<u32> = parents
            .iter()
            .filter(|&(_, &parent)| parent == found[i])
            .map(|(&pid, _)| pid)
            .collect();
        children.sort_unstable();
        found.extend(children);
        i += 1;
    }
    found.remove(0);
    found
}

/// `root` and every process below it, root first; only those still there.
pub fn tree(root: u32) -> Vec<u32> {
    let mut found = vec![root];
    found.extend(descendants(root));
    found.retain(|pid| Path::new(&format!("/proc/{pid}")).exists());
    found
}

/// The process at or below `root` that runs `exe`.
pub fn find_exe_below(root: u32, exe: &Path) -> Option<u32> {
    let wanted = exe.canonicalize().ok()?;
    tree(root).into_iter().find(|pid| {
        fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|running| running == wanted)
    })
}

/// A process's arguments, as it was started (or exec'd).
pub fn cmdline(pid: u32) -> Vec<String> {
    fs::read(format!("/proc/{pid}/cmdline"))
        .unwrap_or_default()
        .split(|b| *b == 0)
        .filter(|a| !a.is_empty())
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect()
}

/// The name the kernel shows for `pid` (at most 15 bytes).
pub fn name(pid: u32) -> String {
    fs::read_to_string(format!("/proc/{pid}/comm"))
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// The file name of `pid`'s program (argv[0]), uncut unlike [`name`], which stands in when
/// there is no argv[0].
pub fn program_name(pid: u32) -> String {
    cmdline(pid)
        .first()
        .and_then(|argv0| argv0.rsplit('/').next())
        .filter(|n| !n.is_empty())
        .map_or_else(|| name(pid), str::to_owned)
}

/// Resident memory, in KiB.
pub fn rss_kib(pid: u32) -> Option<u64> {
    kib_field(&format!("/proc/{pid}/status"), "VmRSS:")
}

/// Resident anonymous memory (heaps, JIT code, stacks: not mapped files), in KiB.
pub fn rss_anon_kib(pid: u32) -> Option<u64> {
    kib_field(&format!("/proc/{pid}/status"), "RssAnon:")
}

/// Proportional memory (shared pages split among their users), in KiB.
pub fn pss_kib(pid: u32) -> Option<u64> {
    kib_field(&format!("/proc/{pid}/smaps_rollup"), "Pss:")
}

/// The files `pid` has mapped (its libraries among them), each once, in address order.
pub fn mapped_files(pid: u32) -> Vec<String> {
    let maps = fs::read_to_string(format!("/proc/{pid}/maps")).unwrap_or_default();
    let mut files: Vec<String> = Vec::new();
    for path in maps
        .lines()
        .filter_map(|l| l.split_whitespace().nth(5))
        .filter(|p| p.starts_with('/'))
    {
        if !files.iter().any(|f| f == path) {
            files.push(path.to_owned());
        }
    }
    files
}

/// A `kB` field of a /proc file, in KiB.
fn kib_field(path: &str, field: &str) -> Option<u64> {
    let text = fs::read_to_string(path).ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_maps_its_own_program() {
        let exe = fs::read_link("/proc/self/exe").expect("our own program");
        let files = mapped_files(std::process::id());
        assert!(
            files.iter().any(|f| Path::new(f) == exe),
            "{} not among {files:?}",
            exe.display()
        );
        assert_eq!(
            files.len(),
            files.iter().collect::<std::collections::HashSet<_>>().len(),
            "a file listed twice: {files:?}"
        );
    }

    #[test]
    fn this_process_is_found_below_its_parent() {
        let me = std::process::id();
        let parent = parent(me).expect("a parent");
        assert!(descendants(parent).contains(&me));
        assert_eq!(tree(me).first(), Some(&me));
        assert!(alive(me));
        assert!(start_ticks(me).is_some());
        assert!(rss_kib(me).is_some_and(|kib| kib > 0));
        let exe = std::env::current_exe().expect("this test's path");
        assert_eq!(find_exe_below(me, &exe), Some(me));
        assert!(!cmdline(me).is_empty());
        assert!(!name(me).is_empty());
        assert!(exe.ends_with(program_name(me)));
    }
}
