//! Real locks, sockets and processes in a scratch folder: the cases a desktop produces (two
//! launches at once, a crash that leaves the socket behind, a launch while the first is still
//! starting) and input no launch sends.

use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Barrier};

use super::*;

struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("beacon-single-instance-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&path);
        DirBuilder::new()
            .mode(0o700)
            .create(&path)
            .expect("a scratch folder");
        Scratch(path)
    }

    fn place(&self) -> Place {
        Place::in_folder(&self.0, "com.example.beacon-test")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn launch(args: &[&str]) -> Launch {
    Launch {
        argv: std::iter::once("volvo-beacon")
            .chain(args.iter().copied())
            .map(str::to_owned)
            .collect(),
        cwd: "/home/owner".to_owned(),
    }
}

/// Serves from `first` and passes on what later launches hand over.
fn serve(first: First) -> mpsc::Receiver<Launch> {
    let (tx, rx) = mpsc::channel();
    first
        .serve(move |launch| {
            let _ = tx.send(launch);
        })
        .expect("the serving thread");
    rx
}

fn first(claim: Claim) -> First {
    match claim {
        Claim::First(first) => first,
        Claim::HandedOver => panic!("expected to be the first instance"),
    }
}

fn handed_over(claim: io::Result<Claim>) -> bool {
    matches!(claim, Ok(Claim::HandedOver))
}

#[test]
fn the_first_launch_runs_and_a_later_one_hands_its_arguments_over() {
    let scratch = Scratch::new();
    let place = scratch.place();
    let received = serve(first(place.claim(&launch(&[])).expect("the first claim")));

    let link = launch(&["volvo-beacon://auth/callback?code=c&state=s"]);
    assert!(handed_over(place.claim(&link)));
    let got = received
        .recv_timeout(Duration::from_secs(5))
        .expect("the running app hears of the launch");
    assert_eq!(got, link);
}

#[test]
fn a_socket_left_by_a_crashed_app_does_not_keep_the_next_launch_out() {
    let scratch = Scratch::new();
    let place = scratch.place();
    drop(UnixListener::bind(&place.socket).expect("a socket nobody listens on"));
    assert!(
        place.socket.exists(),
        "the dead app's socket is still there"
    );

    let received = serve(first(place.claim(&launch(&[])).expect("a claim")));
    assert!(handed_over(place.claim(&launch(&["--hidden"]))));
    let got = received
        .recv_timeout(Duration::from_secs(5))
        .expect("a launch");
    assert_eq!(got.argv, ["volvo-beacon", "--hidden"]);
}

#[test]
fn a_killed_app_lets_the_next_launch_run() {
    let scratch = Scratch::new();
    let place = scratch.place();
    // Another process takes the lock the way the app does (flock(2)) and is then killed;
    // without forking, so that the process killed is the one holding it.
    let mut holder = Command::new("flock")
        .args(["--exclusive", "--no-fork"])
        .arg(&place.lock)
        .args(["sleep", "60"])
        .stdin(Stdio::null())
        .spawn()
        .expect("flock(1) from util-linux");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !is_locked(&place.lock) {
        assert!(Instant::now() < deadline, "flock(1) never took the lock");
        std::thread::sleep(Duration::from_millis(20));
    }
    holder.kill().expect("the holder is killed");
    holder.wait().expect("and reaped");

    assert!(matches!(place.claim(&launch(&[])), Ok(Claim::First(_))));
}

fn is_locked(path: &Path) -> bool {
    File::open(path).is_ok_and(|f| matches!(f.try_lock(), Err(TryLockError::WouldBlock)))
}

#[test]
fn a_launch_while_the_first_is_still_starting_waits_for_it() {
    let scratch = Scratch::new();
    let place = scratch.place();
    // The running app has the lock but is not listening yet (or is coming back from its
    // tray-only restart).
    let lock = File::create(&place.lock).expect("the lock file");
    lock.try_lock().expect("the lock");

    let socket = place.socket.clone();
    let (tx, rx) = mpsc::channel();
    let starting = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(400));
        let listener = UnixListener::bind(&socket).expect("listening at last");
        tx.send(serve(First { listener, lock }))
            .expect("the receiver");
    });
    assert!(handed_over(place.claim(&launch(&["--demo"]))));
    starting.join().expect("the starting app");
    let got = rx
        .recv()
        .expect("its launches")
        .recv_timeout(Duration::from_secs(5));
    assert_eq!(got.expect("the launch").argv, ["volvo-beacon", "--demo"]);
}

/// The running app becomes its other program (an exec) with this launch accepted but unread:
/// its socket closes without an answer. The launch tries again and reaches the new program,
/// once, rather than failing or being handled twice.
#[test]
fn a_launch_dropped_unanswered_by_an_exec_reaches_the_program_after_it() {
    let scratch = Scratch::new();
    let place = scratch.place();
    let lock = File::create(&place.lock).expect("the lock file");
    lock.try_lock().expect("the lock");
    let listener = UnixListener::bind(&place.socket).expect("listening");

    let socket = place.socket.clone();
    let (tx, rx) = mpsc::channel();
    let execing = std::thread::spawn(move || {
        // Takes the launch, then goes away without a word, as an exec closes the socket.
        let (unread, _) = listener.accept().expect("the launch connects");
        std::thread::sleep(Duration::from_millis(100));
        drop(unread);
        drop(listener);
        std::thread::sleep(Duration::from_millis(300));
        // The new program: the lock again (the same open file here) and a fresh socket.
        fs::remove_file(&socket).expect("the old socket");
        let listener = UnixListener::bind(&socket).expect("listening again");
        tx.send(serve(First { listener, lock }))
            .expect("the receiver");
    });
    assert!(handed_over(
        place.claim(&launch(&["volvo-beacon://auth/callback"]))
    ));
    execing.join().expect("the exec");
    let launches = rx.recv().expect("the new program's launches");
    let got = launches
        .recv_timeout(Duration::from_secs(5))
        .expect("the launch");
    assert_eq!(got.argv, ["volvo-beacon", "volvo-beacon://auth/callback"]);
    assert!(
        launches.recv_timeout(Duration::from_millis(300)).is_err(),
        "handed over once"
    );
}

#[test]
fn of_launches_at_the_same_moment_exactly_one_runs_and_the_others_reach_it() {
    const LAUNCHES: usize = 8;
    let scratch = Scratch::new();
    let place = Arc::new(scratch.place());
    let start = Arc::new(Barrier::new(LAUNCHES));
    let (firsts_tx, firsts) = mpsc::channel();
    let launches: Vec<_> = (0..LAUNCHES)
        .map(|i| {
            let (place, start, firsts_tx) = (place.clone(), start.clone(), firsts_tx.clone());
            std::thread::spawn(move || {
                start.wait();
                match place.claim(&launch(&[&format!("--launch-{i}")])) {
                    Ok(Claim::First(first)) => {
                        firsts_tx.send(serve(first)).expect("the test");
                        true
                    }
                    Ok(Claim::HandedOver) => false,
                    Err(e) => panic!("launch {i}: {e}"),
                }
            })
        })
        .collect();
    let ran = launches
        .into_iter()
        .map(|l| l.join().expect("a launch"))
        .filter(|&first| first)
        .count();
    assert_eq!(ran, 1, "exactly one launch runs");

    let received = firsts.recv().expect("the one that runs");
    let mut heard: Vec<String> = received.try_iter().map(|l| l.argv[1].clone()).collect();
    heard.sort();
    assert_eq!(
        heard.len(),
        LAUNCHES - 1,
        "every other launch reached it: {heard:?}"
    );
    heard.dedup();
    assert_eq!(heard.len(), LAUNCHES - 1, "each exactly once");
}

#[test]
fn garbage_and_oversized_messages_are_refused_and_the_app_keeps_listening() {
    let scratch = Scratch::new();
    let place = scratch.place();
    let received = serve(first(place.claim(&launch(&[])).expect("a claim")));

    let mut junk = UnixStream::connect(&place.socket).expect("a connection");
    junk.write_all(b"{not json").expect("written");
    junk.shutdown(Shutdown::Write).expect("closed for writing");
    let mut answer = Vec::new();
    junk.read_to_end(&mut answer).expect("the server hangs up");
    assert!(answer.is_empty(), "junk is not taken: {answer:?}");

    let mut huge = UnixStream::connect(&place.socket).expect("a connection");
    let big = vec![b' '; LONGEST_LAUNCH as usize + 2];
    // The server stops reading at the limit, so the write may fail part way: either is fine.
    let _ = huge.write_all(&big);
    let _ = huge.shutdown(Shutdown::Write);
    let mut answer = Vec::new();
    let _ = huge.read_to_end(&mut answer);
    assert!(answer.is_empty(), "an oversized launch is not taken");

    assert!(handed_over(place.claim(&launch(&["--hidden"]))));
    let got = received
        .recv_timeout(Duration::from_secs(5))
        .expect("a launch");
    assert_eq!(
        got.argv,
        ["volvo-beacon", "--hidden"],
        "only the real launch arrives"
    );
}

#[test]
fn a_runtime_folder_others_can_enter_is_refused() {
    let scratch = Scratch::new();
    check_private(&scratch.0).expect("a 0700 folder of ours is fine");
    fs::set_permissions(&scratch.0, fs::Permissions::from_mode(0o755)).expect("chmod");
    let refusal = check_private(&scratch.0).expect_err("a folder others can enter");
    assert_eq!(refusal.kind(), ErrorKind::PermissionDenied);
    assert!(
        refusal.to_string().contains("not a private folder"),
        "{refusal}"
    );
}
