use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;

use super::{AuthState, TokenManager};
use crate::auth::{RefreshToken, RefreshTokens, TokenSet};
use crate::store::{MemoryStore, SecretName, SecretStore};
use crate::token::{AccessToken, TokenSource};
use crate::Error;

type Log = Arc<Mutex<Vec<String>>>;
/// Runs inside a fake refresh, with the refresh token it was given.
type Hook = Box<dyn FnMut(&str) + Send>;

enum Answer {
    Rotate,
    WithoutRefreshToken,
    Fail(fn() -> Error),
}

/// Volvo ID as the manager sees it: counts calls, can be slow, answers from a script and
/// rotates tokens ("access-N", "refresh-N" for call N) when the script is empty.
struct FakeVolvoId {
    calls: AtomicUsize,
    delay: Duration,
    script: Mutex<VecDeque<Answer>>,
    log: Log,
    before_answer: Mutex<Option<Hook>>,
}

impl FakeVolvoId {
    fn slow(log: &Log, delay: Duration) -> Arc<Self> {
        Arc::new(FakeVolvoId {
            calls: AtomicUsize::new(0),
            delay,
            script: Mutex::new(VecDeque::new()),
            log: Arc::clone(log),
            before_answer: Mutex::new(None),
        })
    }

    fn then(&self, answer: Answer) {
        self.script.lock().unwrap().push_back(answer);
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

#[async_trait]
impl RefreshTokens for FakeVolvoId {
    async fn refresh(&self, refresh_token: &RefreshToken) -> Result<TokenSet, Error> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        self.log
            .lock()
            .unwrap()
            .push(format!("refresh with {}", refresh_token.secret()));
        tokio::time::sleep(self.delay).await;
        if let Some(hook) = self.before_answer.lock().unwrap().as_mut() {
            hook(refresh_token.secret());
        }
        let answer = self
            .script
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or(Answer::Rotate);
        match answer {
            Answer::Rotate => Ok(tokens(
                &format!("access-{n}"),
                Some(&format!("refresh-{n}")),
            )),
            Answer::WithoutRefreshToken => Ok(tokens(&format!("access-{n}"), None)),
            Answer::Fail(error) => Err(error()),
        }
    }
}

/// A memory store that logs writes and can be told to refuse them.
struct RecordingStore {
    inner: MemoryStore,
    log: Log,
    refuse_writes: AtomicBool,
}

impl SecretStore for RecordingStore {
    fn get(&self, name: SecretName) -> Result<Option<String>, Error> {
        self.inner.get(name)
    }
    fn set(&self, name: SecretName, value: &str) -> Result<(), Error> {
        if self.refuse_writes.load(Ordering::SeqCst) {
            return Err(Error::Keychain {
                detail: "the keychain is locked".into(),
            });
        }
        self.log
            .lock()
            .unwrap()
            .push(format!("save {} {value}", name.key()));
        self.inner.set(name, value)
    }
    fn delete(&self, name: SecretName) -> Result<(), Error> {
        self.log
            .lock()
            .unwrap()
            .push(format!("delete {}", name.key()));
        self.inner.delete(name)
    }
    fn backend(&self) -> &'static str {
        "memory"
    }
    fn persistent(&self) -> bool {
        false
    }
}

struct ManualClock(Mutex<Instant>);

impl ManualClock {
    fn advance(&self, by: Duration) {
        *self.0.lock().unwrap() += by;
    }
}

struct Setup {
    log: Log,
    volvo: Arc<FakeVolvoId>,
    store: Arc<RecordingStore>,
    clock: Arc<ManualClock>,
}

impl Setup {
    fn new() -> Setup {
        Setup::with_delay(Duration::ZERO)
    }

    fn with_delay(delay: Duration) -> Setup {
        let log = Log::default();
        Setup {
            volvo: FakeVolvoId::slow(&log, delay),
            store: Arc::new(RecordingStore {
                inner: MemoryStore::new(),
                log: Arc::clone(&log),
                refuse_writes: AtomicBool::new(false),
            }),
            clock: Arc::new(ManualClock(Mutex::new(Instant::now()))),
            log,
        }
    }

    /// A manager as a second process would make it: sharing the store and Volvo ID.
    fn manager(&self) -> Arc<TokenManager> {
        let clock = Arc::clone(&self.clock);
        Arc::new(
            TokenManager::new(self.volvo.clone(), self.store.clone())
                .with_clock(Arc::new(move || *clock.0.lock().unwrap())),
        )
    }

    fn signed_in(&self) -> Arc<TokenManager> {
        let manager = self.manager();
        manager
            .sign_in(tokens("access-0", Some("refresh-0")))
            .unwrap();
        manager
    }

    fn stored(&self) -> Option<String> {
        self.store.get(SecretName::RefreshToken).unwrap()
    }

    fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    fn expire(&self) {
        self.clock.advance(Duration::from_secs(300));
    }
}

fn tokens(access: &str, refresh: Option<&str>) -> TokenSet {
    TokenSet {
        access_token: AccessToken::new(access),
        refresh_token: refresh.map(RefreshToken::new),
        expires_in: Some(Duration::from_secs(299)),
        scope: None,
    }
}

fn network_error() -> Error {
    Error::Network {
        detail: "connection refused".into(),
        command_may_have_run: false,
    }
}

fn invalid_grant() -> Error {
    Error::SignedOut {
        reason: "invalid_grant: token is expired".into(),
    }
}

async fn access(manager: &TokenManager) -> Result<String, Error> {
    manager.access_token().await.map(|t| t.secret().to_owned())
}

#[tokio::test]
async fn a_fresh_token_is_served_from_memory() {
    let setup = Setup::new();
    let manager = setup.signed_in();
    assert_eq!(access(&manager).await.unwrap(), "access-0");
    assert_eq!(setup.volvo.calls(), 0);
    assert_eq!(setup.stored().as_deref(), Some("refresh-0"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_concurrent_callers_share_one_refresh() {
    let setup = Setup::with_delay(Duration::from_millis(50));
    let manager = setup.signed_in();
    setup.expire();
    let callers: Vec<_> = (0..50)
        .map(|_| {
            let manager = Arc::clone(&manager);
            tokio::spawn(async move { access(&manager).await })
        })
        .collect();
    for caller in callers {
        assert_eq!(caller.await.unwrap().unwrap(), "access-1");
    }
    assert_eq!(setup.volvo.calls(), 1);
    assert_eq!(setup.stored().as_deref(), Some("refresh-1"));
}

#[tokio::test]
async fn a_new_process_renews_with_the_stored_refresh_token() {
    let setup = Setup::new();
    setup.signed_in();
    let later = setup.manager();
    assert_eq!(access(&later).await.unwrap(), "access-1");
    assert_eq!(setup.log()[1], "refresh with refresh-0");
    assert_eq!(setup.stored().as_deref(), Some("refresh-1"));
}

#[tokio::test]
async fn the_rotated_refresh_token_is_saved_before_the_access_token_is_handed_out() {
    let setup = Setup::new();
    let manager = setup.signed_in();
    setup.expire();
    let token = access(&manager).await.unwrap();
    setup
        .log
        .lock()
        .unwrap()
        .push(format!("handed out {token}"));
    assert_eq!(
        setup.log(),
        [
            "save refresh-token refresh-0",
            "refresh with refresh-0",
            "save refresh-token refresh-1",
            "handed out access-1",
        ]
    );
}

#[tokio::test]
async fn a_refused_save_is_reported_and_this_process_keeps_the_new_token() {
    let setup = Setup::new();
    let manager = setup.signed_in();
    setup.expire();
    setup.store.refuse_writes.store(true, Ordering::SeqCst);
    let error = access(&manager).await.unwrap_err();
    assert_eq!(error.kind(), "keychain");
    assert!(error.to_string().contains("sign in again"), "{error}");
    // Still signed in: the token from that refresh is used, without another rotation.
    assert_eq!(access(&manager).await.unwrap(), "access-1");
    assert_eq!(setup.volvo.calls(), 1);
    assert!(manager.status().signed_in);

    setup.store.refuse_writes.store(false, Ordering::SeqCst);
    setup.expire();
    assert_eq!(access(&manager).await.unwrap(), "access-2");
    assert_eq!(setup.log().last().unwrap(), "save refresh-token refresh-2");
    assert!(setup.log().contains(&"refresh with refresh-1".to_owned()));
}

#[tokio::test]
async fn an_answer_without_refresh_token_keeps_the_old_one() {
    let setup = Setup::new();
    let manager = setup.signed_in();
    setup.volvo.then(Answer::WithoutRefreshToken);
    setup.expire();
    assert_eq!(access(&manager).await.unwrap(), "access-1");
    assert_eq!(setup.stored().as_deref(), Some("refresh-0"));
    setup.expire();
    assert_eq!(access(&manager).await.unwrap(), "access-2");
    let log = setup.log();
    assert_eq!(
        log.iter().filter(|l| l.starts_with("save")).count(),
        2,
        "{log:?}"
    );
    assert_eq!(log[2], "refresh with refresh-0");
}

#[tokio::test]
async fn invalid_grant_signs_out_and_later_calls_do_not_refresh() {
    let setup = Setup::new();
    let manager = setup.signed_in();
    let mut events = manager.subscribe();
    setup.volvo.then(Answer::Fail(invalid_grant));
    setup.expire();

    let error = access(&manager).await.unwrap_err();
    assert_eq!(error.kind(), "signed_out");
    assert_eq!(setup.stored(), None);
    assert_eq!(
        *events.borrow_and_update(),
        AuthState::SignedOut {
            reason: Some("invalid_grant: token is expired".into())
        }
    );
    let status = manager.status();
    assert!(!status.signed_in);
    assert_eq!(
        status.reason_signed_out.as_deref(),
        Some("invalid_grant: token is expired")
    );

    let error = access(&manager).await.unwrap_err();
    assert_eq!(error.kind(), "not_signed_in");
    assert!(error.to_string().contains("sign in again"), "{error}");
    let error = manager
        .token_rejected(&AccessToken::new("access-0"))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), "not_signed_in");
    assert_eq!(setup.volvo.calls(), 1);

    manager
        .sign_in(tokens("access-9", Some("refresh-9")))
        .unwrap();
    assert_eq!(access(&manager).await.unwrap(), "access-9");
    assert_eq!(*events.borrow(), AuthState::SignedIn);
}

#[tokio::test]
async fn a_network_error_does_not_sign_out() {
    let setup = Setup::new();
    let manager = setup.signed_in();
    setup.volvo.then(Answer::Fail(network_error));
    setup.expire();
    assert_eq!(access(&manager).await.unwrap_err().kind(), "network");
    assert_eq!(setup.stored().as_deref(), Some("refresh-0"));
    assert!(manager.status().signed_in);
    assert_eq!(access(&manager).await.unwrap(), "access-2");
    assert_eq!(setup.volvo.calls(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn callers_waiting_on_a_failed_refresh_share_its_error() {
    let setup = Setup::with_delay(Duration::from_millis(50));
    let manager = setup.signed_in();
    setup.volvo.then(Answer::Fail(network_error));
    setup.expire();
    let callers: Vec<_> = (0..10)
        .map(|_| {
            let manager = Arc::clone(&manager);
            tokio::spawn(async move { access(&manager).await })
        })
        .collect();
    for caller in callers {
        assert_eq!(caller.await.unwrap().unwrap_err().kind(), "network");
    }
    assert_eq!(setup.volvo.calls(), 1);
    assert_eq!(access(&manager).await.unwrap(), "access-2");
}

#[tokio::test]
async fn tokens_are_renewed_ahead_of_expiry() {
    let setup = Setup::new();
    let manager = setup.signed_in();
    // 299 s of life, renewed in its last 30 s.
    setup.clock.advance(Duration::from_secs(268));
    assert_eq!(access(&manager).await.unwrap(), "access-0");
    setup.clock.advance(Duration::from_secs(2));
    assert_eq!(access(&manager).await.unwrap(), "access-1");
    assert_eq!(setup.volvo.calls(), 1);
}

#[tokio::test]
async fn the_margin_is_configurable() {
    let setup = Setup::new();
    let clock = Arc::clone(&setup.clock);
    let manager = TokenManager::new(setup.volvo.clone(), setup.store.clone())
        .with_refresh_margin(Duration::from_secs(120))
        .with_clock(Arc::new(move || *clock.0.lock().unwrap()));
    manager
        .sign_in(tokens("access-0", Some("refresh-0")))
        .unwrap();
    setup.clock.advance(Duration::from_secs(178));
    assert_eq!(access(&manager).await.unwrap(), "access-0");
    setup.clock.advance(Duration::from_secs(2));
    assert_eq!(access(&manager).await.unwrap(), "access-1");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_concurrent_rejections_share_one_refresh() {
    let setup = Setup::with_delay(Duration::from_millis(50));
    let manager = setup.signed_in();
    let rejected = AccessToken::new("access-0");
    let callers: Vec<_> = (0..20)
        .map(|_| {
            let manager = Arc::clone(&manager);
            let rejected = rejected.clone();
            tokio::spawn(async move { manager.token_rejected(&rejected).await })
        })
        .collect();
    for caller in callers {
        let fresh = caller.await.unwrap().unwrap().unwrap();
        assert_eq!(fresh.secret(), "access-1");
    }
    assert_eq!(setup.volvo.calls(), 1);
    // A late 401 for the old token gets the current one, not another rotation.
    let fresh = manager.token_rejected(&rejected).await.unwrap().unwrap();
    assert_eq!(fresh.secret(), "access-1");
    assert_eq!(setup.volvo.calls(), 1);
    assert_eq!(setup.stored().as_deref(), Some("refresh-1"));
}

#[tokio::test]
async fn a_rejection_without_refresh_token_gives_none() {
    let setup = Setup::new();
    let manager = setup.manager();
    manager.sign_in(tokens("test-token", None)).unwrap();
    let answer = manager
        .token_rejected(&AccessToken::new("test-token"))
        .await
        .unwrap();
    assert_eq!(answer, None);
    assert_eq!(setup.volvo.calls(), 0);
}

#[tokio::test]
async fn without_any_token_the_caller_is_told_to_sign_in() {
    let setup = Setup::new();
    let manager = setup.manager();
    assert!(!manager.has_refresh_token().unwrap());
    assert_eq!(
        *manager.subscribe().borrow(),
        AuthState::SignedOut { reason: None }
    );
    let error = access(&manager).await.unwrap_err();
    assert_eq!(error.kind(), "not_signed_in");
    assert!(!manager.status().signed_in);
    assert_eq!(setup.volvo.calls(), 0);
}

#[tokio::test]
async fn a_token_rotated_by_another_process_is_not_a_sign_out() {
    let setup = Setup::new();
    let manager = setup.signed_in();
    setup.expire();
    // While our request with refresh-0 is out, another process rotates it first.
    let store = Arc::clone(&setup.store);
    *setup.volvo.before_answer.lock().unwrap() = Some(Box::new(move |used: &str| {
        if used == "refresh-0" {
            store
                .set(SecretName::RefreshToken, "refresh-other")
                .unwrap();
        }
    }));
    setup.volvo.then(Answer::Fail(invalid_grant));
    assert_eq!(access(&manager).await.unwrap(), "access-2");
    assert!(setup
        .log()
        .contains(&"refresh with refresh-other".to_owned()));
    assert_eq!(setup.stored().as_deref(), Some("refresh-2"));
}

#[tokio::test]
async fn invalid_grant_keeps_a_sign_in_another_process_stored_meanwhile() {
    let setup = Setup::new();
    let manager = setup.signed_in();
    setup.expire();
    // Ours is refused; meanwhile the user signs in again from the CLI, which stores its own.
    // The retry with that one is refused too, as the user signs in once more.
    setup.volvo.then(Answer::Fail(invalid_grant));
    setup.volvo.then(Answer::Fail(invalid_grant));
    let store = Arc::clone(&setup.store);
    *setup.volvo.before_answer.lock().unwrap() = Some(Box::new(move |used: &str| {
        if used == "refresh-0" {
            store
                .set(SecretName::RefreshToken, "refresh-new-sign-in")
                .unwrap();
        } else if used == "refresh-new-sign-in" {
            store
                .set(SecretName::RefreshToken, "refresh-newest-sign-in")
                .unwrap();
        }
    }));
    assert_eq!(access(&manager).await.unwrap_err().kind(), "signed_out");
    assert_eq!(setup.stored().as_deref(), Some("refresh-newest-sign-in"));
    assert!(!setup.log().contains(&"delete refresh-token".to_owned()));
    // The next call uses the stored sign-in.
    assert_eq!(access(&manager).await.unwrap(), "access-3");
}

#[tokio::test]
async fn sign_out_forgets_everything() {
    let setup = Setup::new();
    let manager = setup.signed_in();
    let events = manager.subscribe();
    manager.sign_out().unwrap();
    assert_eq!(setup.stored(), None);
    assert_eq!(*events.borrow(), AuthState::SignedOut { reason: None });
    let status = manager.status();
    assert!(!status.signed_in);
    assert_eq!(status.reason_signed_out, None);
    assert_eq!(status.access_token_expires_at, None);
    assert_eq!(access(&manager).await.unwrap_err().kind(), "not_signed_in");
}

#[tokio::test]
async fn status_reports_expiry_and_backend() {
    let setup = Setup::new();
    let manager = setup.signed_in();
    let status = manager.status();
    assert!(status.signed_in);
    assert_eq!(status.backend, "memory");
    let left = status
        .access_token_expires_at
        .unwrap()
        .duration_since(std::time::SystemTime::now())
        .unwrap();
    assert!(left > Duration::from_secs(290) && left <= Duration::from_secs(299));
    // Expired but renewable is still signed in.
    setup.expire();
    let status = manager.status();
    assert!(status.signed_in);
    assert_eq!(status.access_token_expires_at, None);
}

#[tokio::test]
async fn a_refresh_finishing_after_sign_out_changes_nothing() {
    let setup = Setup::with_delay(Duration::from_millis(100));
    let manager = setup.signed_in();
    setup.expire();
    let pending = {
        let manager = Arc::clone(&manager);
        tokio::spawn(async move { access(&manager).await })
    };
    tokio::time::sleep(Duration::from_millis(20)).await;
    manager.sign_out().unwrap();
    assert_eq!(pending.await.unwrap().unwrap_err().kind(), "not_signed_in");
    assert_eq!(setup.stored(), None);
    assert!(!manager.status().signed_in);
}

#[tokio::test]
async fn a_caller_giving_up_mid_refresh_does_not_lose_the_rotated_token() {
    let setup = Setup::with_delay(Duration::from_millis(100));
    let manager = setup.signed_in();
    setup.expire();
    let gave_up = tokio::time::timeout(Duration::from_millis(20), access(&manager)).await;
    assert!(gave_up.is_err());
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(setup.stored().as_deref(), Some("refresh-1"));
    assert_eq!(access(&manager).await.unwrap(), "access-1");
    assert_eq!(setup.volvo.calls(), 1);
}
