//! What Volvo ID remembers: live access tokens, pending authorization codes and refresh tokens.

use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime};

use serde_json::json;

use crate::clock;
use crate::tokens;

#[derive(Clone, Debug)]
pub(crate) struct AccessGrant {
    pub user: String,
    pub scopes: Vec<String>,
    expires: Instant,
}

/// What the authorize step promised, to be checked when the code comes back.
#[derive(Clone)]
pub(crate) struct CodeGrant {
    pub redirect_uri: String,
    pub code_challenge: String,
    pub scopes: Vec<String>,
    pub user: String,
    pub nonce: Option<String>,
}

struct PendingCode {
    grant: CodeGrant,
    expires: Instant,
    used: bool,
}

#[derive(Clone)]
pub(crate) struct RefreshGrant {
    pub user: String,
    pub scopes: Vec<String>,
    /// When the token was issued: each use replaces it with a new one (or, in the answers
    /// without a new one, counts as use). Wall time, so tests can age it by days.
    last_used: SystemTime,
}

/// Why Volvo ID refuses a refresh token.
pub(crate) enum RefreshProblem {
    Unknown,
    /// Not used for longer than Volvo ID keeps an idle sign-in; the token is gone now.
    Idle,
}

pub(crate) enum CodeProblem {
    Unknown,
    Used,
    Expired,
}

/// Expired access tokens are only swept once the table grows past this, so benchmarks that
/// mint many tokens stay bounded without a sweep on every call.
const SWEEP_AT: usize = 10_000;

#[derive(Default)]
pub(crate) struct Grants {
    access: HashMap<String, AccessGrant>,
    codes: HashMap<String, PendingCode>,
    refresh: HashMap<String, RefreshGrant>,
}

impl Grants {
    pub(crate) fn mint_access(
        &mut self,
        client_id: &str,
        user: &str,
        scopes: &[String],
        ttl: Duration,
    ) -> String {
        let now = Instant::now();
        if self.access.len() >= SWEEP_AT {
            self.access.retain(|_, g| g.expires > now);
            self.codes.retain(|_, c| c.expires > now);
        }
        let iat = clock::unix_now().as_secs();
        let token = tokens::jwt(&json!({
            "sub": user,
            "client_id": client_id,
            "scope": scopes.join(" "),
            "iat": iat,
            "exp": iat + ttl.as_secs().max(1),
            "jti": tokens::random(12),
        }));
        self.access.insert(
            token.clone(),
            AccessGrant {
                user: user.to_string(),
                scopes: scopes.to_vec(),
                expires: now + ttl,
            },
        );
        token
    }

    /// `None` for an unknown or expired token.
    pub(crate) fn access(&self, token: &str) -> Option<AccessGrant> {
        self.access
            .get(token)
            .filter(|g| g.expires > Instant::now())
            .cloned()
    }

    pub(crate) fn issue_code(&mut self, grant: CodeGrant, ttl: Duration) -> String {
        let code = tokens::random(24);
        self.codes.insert(
            code.clone(),
            PendingCode {
                grant,
                expires: Instant::now() + ttl,
                used: false,
            },
        );
        code
    }

    /// Spends the code whatever happens next: a code presented once is dead, even if the
    /// exchange then fails on the verifier or redirect URI.
    pub(crate) fn redeem_code(&mut self, code: &str) -> Result<CodeGrant, CodeProblem> {
        let pending = self.codes.get_mut(code).ok_or(CodeProblem::Unknown)?;
        if pending.used {
            return Err(CodeProblem::Used);
        }
        pending.used = true;
        if pending.expires <= Instant::now() {
            return Err(CodeProblem::Expired);
        }
        Ok(pending.grant.clone())
    }

    pub(crate) fn issue_refresh(&mut self, user: &str, scopes: &[String]) -> String {
        let token = tokens::random(32);
        self.refresh.insert(
            token.clone(),
            RefreshGrant {
                user: user.to_string(),
                scopes: scopes.to_vec(),
                last_used: SystemTime::now(),
            },
        );
        token
    }

    /// The grant behind a refresh token that is still alive, marked as used now.
    pub(crate) fn refresh(
        &mut self,
        token: &str,
        idle_limit: Duration,
    ) -> Result<RefreshGrant, RefreshProblem> {
        let grant = self.refresh.get_mut(token).ok_or(RefreshProblem::Unknown)?;
        let idle = SystemTime::now()
            .duration_since(grant.last_used)
            .unwrap_or_default();
        if idle > idle_limit {
            self.refresh.remove(token);
            return Err(RefreshProblem::Idle);
        }
        grant.last_used = SystemTime::now();
        Ok(grant.clone())
    }

    /// As if nothing had used the live refresh tokens for `by` longer (tests of idle weeks).
    pub(crate) fn age_refresh_tokens(&mut self, by: Duration) {
        for grant in self.refresh.values_mut() {
            grant.last_used = grant.last_used.checked_sub(by).unwrap_or(grant.last_used);
        }
    }

    /// Whose sign-in a live refresh token belongs to.
    pub(crate) fn refresh_token_user(&self, token: &str) -> Option<String> {
        self.refresh.get(token).map(|g| g.user.clone())
    }

    pub(crate) fn live_refresh_tokens(&self) -> usize {
        self.refresh.len()
    }

    pub(crate) fn revoke_refresh(&mut self, token: &str) {
        self.refresh.remove(token);
    }
}
