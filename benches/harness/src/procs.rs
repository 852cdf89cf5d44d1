//! The processes of an app, from /proc: the app itself and everything it started (WebKit's web
//! and network processes), with their resident memory.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use serde::Serialize;

/// pid → parent pid, for every process now.
fn parents() -> HashMap<i32, i32> {
    let mut map = HashMap::new();
    let Ok(dir) = fs::read_dir("/proc") else {
        return map;
    };
    for entry in dir.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(stat) = fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let Some(close) = stat.rfind(')') else {
            continue;
        };
        // After ") ": state, then ppid.
        if let Some(ppid) = stat[close + 2..]
            .split_whitespace()
            .nth(1)
            .and_then(|p| p.parse().ok())
        {
            map.insert(pid, ppid);
        }
    }
    map
}

/// `root` and every process below it, root first.
pub fn tree(root: i32) -> Vec<i32> {
    let parents = parents();
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        let mut children: Vec<i32> = parents
            .iter()
            .filter(|(_, &pp)| pp == parent)
            .map(|(&pid, _)| pid)
            .collect();
        children.sort_unstable();
        found.extend(children);
        i += 1;
    }
    found.retain(|pid| Path::new(&format!("/proc/{pid}")).exists());
    found
}

/// The process below `root` that runs `exe`.
pub fn find_exe_below(root: i32, exe: &Path) -> Option<i32> {
    let wanted = exe.canonicalize().ok()?;
    tree(root).into_iter().find(|pid| {
        fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|running| running == wanted)
    })
}

pub fn alive(pid: i32) -> bool {
    // A zombie has exited; only its entry is left.
    fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            s.rfind(')')
                .and_then(|i| s[i + 2..].chars().next())
                .map(|state| state != 'Z' && state != 'X')
        })
        .unwrap_or(false)
}

/// A process's name: the file name of its argv[0] (comm is cut at 15 characters).
fn name(pid: i32) -> String {
    let cmdline = fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    let argv0 = cmdline.split(|b| *b == 0).next().unwrap_or_default();
    let argv0 = String::from_utf8_lossy(argv0);
    match argv0.rsplit('/').next() {
        Some(n) if !n.is_empty() => n.to_owned(),
        _ => fs::read_to_string(format!("/proc/{pid}/comm"))
            .map(|c| c.trim().to_owned())
            .unwrap_or_default(),
    }
}

/// A `kB` field of a /proc file, in KiB.
fn kib_field(path: &str, field: &str) -> Option<u64> {
    let text = fs::read_to_string(path).ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
}

#[derive(Clone, Debug, Serialize)]
pub struct ProcMemory {
    pub pid: i32,
    pub name: String,
    pub rss_mib: f64,
    pub pss_mib: f64,
}

/// Memory of `root` and all its descendants, now.
#[derive(Clone, Debug, Serialize)]
pub struct TreeMemory {
    pub rss_mib: f64,
    pub pss_mib: f64,
    pub processes: Vec<ProcMemory>,
}

pub fn tree_memory(root: i32) -> TreeMemory {
    let processes: Vec<ProcMemory> = tree(root)
        .into_iter()
        .filter(|&pid| alive(pid))
        .filter_map(|pid| {
            let rss = kib_field(&format!("/proc/{pid}/status"), "VmRSS:")?;
            let pss = kib_field(&format!("/proc/{pid}/smaps_rollup"), "Pss:").unwrap_or(0);
            Some(ProcMemory {
                pid,
                name: name(pid),
                rss_mib: rss as f64 / 1024.0,
                pss_mib: pss as f64 / 1024.0,
            })
        })
        .collect();
    TreeMemory {
        rss_mib: processes.iter().map(|p| p.rss_mib).sum(),
        pss_mib: processes.iter().map(|p| p.pss_mib).sum(),
        processes,
    }
}
