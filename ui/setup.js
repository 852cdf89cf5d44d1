// The "Account & setup" sheet: account state and sign-out, the three-step setup (API key,
// Volvo ID client, sign-in), a pasted test token, and the optional shortcut.
//
// Secrets only travel toward Rust: every key, secret and token field is emptied as soon as
// Rust has it, and nothing secret is ever read back.

import * as ipc from "./ipc.js";
import { $, h, replaceChildren, show } from "./dom.js";
import { errorSentence, thousands, timeUntil } from "./format.js";
import { allCars } from "./cars.js";
import { say } from "./outcome.js";
import { t } from "./l10n.js";

let onAuth = () => {};
const dialog = () => $("#account-dialog");

/** @param {{onAuthChanged: (s: AppState) => void}} hooks */
export function initSetup({ onAuthChanged }) {
  onAuth = onAuthChanged;
  $("#account-close").addEventListener("click", () => dialog().close());
  // A click on the backdrop (outside the sheet) closes it, as native sheets do.
  dialog().addEventListener("click", (e) => {
    if (e.target === dialog()) dialog().close();
  });

  wireApiKey("#api-key-form", "#api-key", "#api-key-status", false);
  wireApiKey("#api-key2-form", "#api-key2", "#api-key2-status", true);
  wireClient();
  wireConnect();
  wireToken();
  wireShortcut();
  wireAutostart();
  for (const button of document.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", () => copyFrom(button));
  }
  $("#sign-out").addEventListener("click", () => switchAccount(ipc.signOut, t("signed-out-showing-demo")));
  $("#use-demo").addEventListener("click", () => switchAccount(ipc.useDemo, t("showing-demo")));
  wireLanguage();
}

/** Opens the sheet; "connect" scrolls to the sign-in step and focuses its button. */
export async function openSetup(focus) {
  const d = dialog();
  if (!d.open) d.showModal();
  if (focus === "connect") {
    $("#step-connect").scrollIntoView({ block: "start" });
    $("#connect").focus();
  }
  await loadSetupStatus();
}

/** Mirrors the app state into the sheet's "Your account" part. */
export function renderAccount(state) {
  const mode = state && state.mode;
  const text =
    mode === "account" ? t("account-signed-in")
      : mode === "signed_out" ? (state.signedOutReason || t("account-signed-out"))
        : t("account-demo");
  $("#account-state").textContent = text;
  $("#account-keychain").textContent =
    state && state.keychain ? t("account-keychain", { keychain: state.keychain }) : "";
  show($("#sign-out"), mode === "account");
  show($("#use-demo"), mode === "signed_out");
  renderLanguage(state);
}

// ---- helpers --------------------------------------------------------------------------------

/** tone: "ok" | "bad" | "busy" | "" */
function status(selector, tone, text) {
  const el = $(selector);
  el.dataset.tone = tone || "";
  el.textContent = text || "";
}

function setBusy(form, busy) {
  for (const b of form.querySelectorAll("button")) b.disabled = busy;
  form.setAttribute("aria-busy", busy ? "true" : "false");
}

/** Runs one call to Rust for a form: busy while it runs, any failure in plain words. */
async function attempt(form, statusSel, busyText, action) {
  setBusy(form, true);
  status(statusSel, "busy", busyText);
  try {
    await action();
  } catch (err) {
    status(statusSel, "bad", errorSentence(err));
  } finally {
    setBusy(form, false);
  }
}

/** Pasted keys often carry spaces or line breaks at the ends: trim them, visibly too. */
function trimmed(input) {
  const value = input.value.trim();
  if (value !== input.value) input.value = value;
  return value;
}

async function loadSetupStatus() {
  try {
    renderSetup(await ipc.setupStatus());
  } catch (err) {
    status("#connect-status", "bad", t("setup-failed", { error: errorSentence(err) }));
  }
}

function renderSetup(s) {
  if (!s || typeof s !== "object") return;
  // A "stored" note only where the line has nothing fresher to say.
  if (s.hasApiKey && !$("#api-key").value && !$("#api-key-status").textContent) {
    status("#api-key-status", "ok", t("api-key-stored"));
  }
  if (s.hasSecondaryApiKey && !$("#api-key2").value && !$("#api-key2-status").textContent) {
    status("#api-key2-status", "ok", t("api-key2-stored"));
  }
  const clientId = $("#client-id");
  if (s.clientId && document.activeElement !== clientId && !clientId.value) clientId.value = s.clientId;
  if (s.hasClientId && s.hasClientSecret && !$("#client-status").textContent) {
    status("#client-status", "ok", t("client-stored"));
  }
  renderApiCalls(s.apiCalls);
  renderRedirects(s.redirectUris || {});
  renderShortcut(s.shortcut);
  renderAutostart(s.autostart);
}

/**
 * The day's calls per key ("412 of 10,000 calls today with the primary key"), and a warning
 * line from the warning threshold on and when a quota is spent, saying whether the secondary
 * key has taken over. The same words as `beacon status`.
 */
function renderApiCalls(calls) {
  const keys = (calls && Array.isArray(calls.keys) && calls.keys) || [];
  const quota = thousands(calls && calls.quota);
  replaceChildren(
    $("#api-calls"),
    keys.map((k) => h("li", { text: t("api-calls-today", { calls: thousands(k.calls), quota, role: k.role }) })),
  );
  const when = keys.length ? t("api-calls-reset", { left: timeUntil(calls.resetsAt) }) : "";
  const hasSecondary = keys.some((k) => k.role === "secondary");
  const warnings = keys.map((k) => {
    if (k.quotaSpent) {
      return k.role === "primary" && hasSecondary
        ? t("api-calls-spent-took-over", { when })
        : t("api-calls-spent", { role: k.role, when });
    }
    if (k.calls >= calls.warnAt) {
      return t("api-calls-almost-spent", { calls: thousands(k.calls), quota, role: k.role, when });
    }
    return null;
  });
  replaceChildren(
    $("#api-calls-warnings"),
    warnings.filter(Boolean).map((text) => h("p", { class: "status-line", "data-tone": "bad", text })),
  );
}

function renderRedirects(uris) {
  const rows = [
    [t("redirect-via", { via: "deep_link" }), uris.deep_link || "volvo-beacon://auth/callback"],
    [t("redirect-via", { via: "loopback" }), uris.loopback || null],
    [t("redirect-via", { via: "paste" }), uris.paste || null],
  ];
  replaceChildren(
    $("#redirect-list"),
    rows.map(([label, uri], i) => {
      const id = `redirect-uri-${i}`;
      return [
        h("dt", { text: label }),
        h(
          "dd",
          {},
          uri
            ? h("div", { class: "copy-row" },
              h("code", { class: "copy-text", id, text: uri }),
              h("button", {
                type: "button", class: "btn btn-small", "aria-label": t("copy-redirect", { via: label }),
                dataset: { copy: id }, on: { click: (e) => copyFrom(e.currentTarget) },
              }, t("copy")))
            : h("span", { class: "hint", text: i === 1 ? t("redirect-no-port") : t("redirect-no-page") }),
        ),
      ];
    }),
  );
}

async function copyFrom(button) {
  const source = document.getElementById(button.dataset.copy);
  const text = source ? source.textContent : "";
  const before = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = t("copied");
  } catch {
    // No clipboard permission: select it so Ctrl+C works.
    const range = document.createRange();
    range.selectNodeContents(source);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    button.textContent = t("selected");
  }
  setTimeout(() => {
    button.textContent = before;
  }, 1500);
}

// ---- step 1: API key ------------------------------------------------------------------------

function wireApiKey(formSel, inputSel, statusSel, secondary) {
  const form = $(formSel);
  const input = $(inputSel);
  let running = false;
  const run = async (fromSubmit) => {
    const key = trimmed(input);
    if (!key) {
      if (fromSubmit) status(statusSel, "bad", t("api-key-empty"));
      return;
    }
    if (/\s/.test(key)) {
      status(statusSel, "bad", t("api-key-spaces"));
      return;
    }
    if (running) return;
    running = true;
    await attempt(form, statusSel, t("api-key-checking"), async () => {
      const result = await ipc.checkApiKey(key, secondary);
      input.value = "";
      status(statusSel, "ok", (result && result.message) || t("api-key-accepted"));
      loadSetupStatus();
    });
    running = false;
  };
  input.addEventListener("change", () => run(false));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run(true);
  });
}

// ---- step 2: client id and secret -----------------------------------------------------------

function checkClientId(value) {
  if (!value) return t("client-id-empty");
  if (/\s/.test(value)) return t("client-id-spaces");
  return null;
}

function checkSecret(value) {
  if (!value) return t("client-secret-empty");
  if (/\s/.test(value)) return t("client-secret-spaces");
  return null;
}

function checkPasteRedirect(value) {
  if (!value) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    return t("paste-redirect-not-address");
  }
  return url.protocol === "https:" ? null : t("paste-redirect-not-https");
}

function wireClient() {
  const form = $("#client-form");
  const id = $("#client-id");
  const secret = $("#client-secret");
  const paste = $("#paste-redirect");
  let running = false;

  const field = (input, sel, check) => {
    const value = trimmed(input);
    const problem = check(value);
    status(sel, problem ? "bad" : value ? "ok" : "", problem || (value ? t("looks-right") : ""));
    return !problem;
  };

  const save = async (fromSubmit) => {
    // Checked as soon as entered; saved once both halves are there.
    if (!fromSubmit && (!trimmed(id) || !trimmed(secret))) return;
    const ok = [
      field(id, "#client-id-status", checkClientId),
      field(secret, "#client-secret-status", checkSecret),
      field(paste, "#paste-redirect-status", checkPasteRedirect),
    ].every(Boolean);
    if (!ok) {
      status("#client-status", "bad", t("check-fields-above"));
      return;
    }
    if (running) return;
    running = true;
    await attempt(form, "#client-status", t("saving"), async () => {
      const s = await ipc.saveClient(trimmed(id), trimmed(secret), trimmed(paste));
      secret.value = "";
      status("#client-secret-status", "", "");
      status("#client-status", "ok", t("client-saved"));
      renderSetup(s);
    });
    running = false;
  };

  id.addEventListener("change", () => {
    field(id, "#client-id-status", checkClientId);
    save(false);
  });
  secret.addEventListener("change", () => {
    field(secret, "#client-secret-status", checkSecret);
    save(false);
  });
  paste.addEventListener("change", () => field(paste, "#paste-redirect-status", checkPasteRedirect));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    save(true);
  });
}

// ---- step 3: sign in ------------------------------------------------------------------------

function wireConnect() {
  const button = $("#connect");
  button.addEventListener("click", async () => {
    const via = (document.querySelector('input[name="via"]:checked') || {}).value || "deep_link";
    button.disabled = true;
    status("#connect-status", "busy", t("connect-opening"));
    try {
      const r = await ipc.beginSignIn(via);
      $("#authorize-url").textContent = (r && r.authorizeUrl) || "";
      show($("#authorize"), Boolean(r && r.authorizeUrl));
      status(
        "#connect-status",
        "ok",
        via === "paste" ? t("connect-in-browser-paste") : t("connect-in-browser"),
      );
    } catch (err) {
      status("#connect-status", "bad", errorSentence(err));
    } finally {
      button.disabled = false;
    }
  });

  const form = $("#callback-form");
  const input = $("#callback-url");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const value = trimmed(input);
    if (!value) {
      status("#callback-status", "bad", t("callback-empty"));
      return;
    }
    try {
      new URL(value);
    } catch {
      status("#callback-status", "bad", t("callback-not-address"));
      return;
    }
    await attempt(form, "#callback-status", t("callback-finishing"), async () => {
      const state = await ipc.completeSignIn(value);
      input.value = "";
      signedIn(state, "#callback-status");
    });
  });
}

function wireToken() {
  const form = $("#token-form");
  const input = $("#access-token");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const token = trimmed(input).replace(/^Bearer\s+/i, "");
    if (!token) {
      status("#token-status", "bad", t("token-empty"));
      return;
    }
    if (/\s/.test(token)) {
      status("#token-status", "bad", t("token-spaces"));
      return;
    }
    await attempt(form, "#token-status", t("signing-in"), async () => {
      const state = await ipc.signInWithToken(token);
      input.value = "";
      signedIn(state, "#token-status");
    });
  });
}

function signedIn(state, statusSel) {
  status(statusSel, "ok", t("signed-in-loading"));
  onAuth(state);
  say(t("signed-in-announce"), false);
  setTimeout(() => dialog().close(), 700);
}

async function switchAccount(action, doneText) {
  status("#account-status", "busy", t("one-moment"));
  try {
    const state = await action();
    status("#account-status", "ok", doneText);
    onAuth(state);
    say(doneText, false);
  } catch (err) {
    status("#account-status", "bad", errorSentence(err));
  }
}

// ---- start with the computer ----------------------------------------------------------------

function renderAutostart(enabled) {
  // Hidden when the shell does not report it (an older shell, or a platform without it).
  show($("#autostart-section"), typeof enabled === "boolean");
  if (typeof enabled === "boolean") $("#autostart-enabled").checked = enabled;
}

function wireAutostart() {
  const box = $("#autostart-enabled");
  box.addEventListener("change", async () => {
    const wanted = box.checked;
    box.disabled = true;
    status("#autostart-status", "busy", t("saving"));
    try {
      const s = await ipc.setAutostart(wanted);
      renderAutostart(s.autostart);
      status("#autostart-status", "ok", s.autostart ? t("autostart-on") : t("autostart-off"));
    } catch (e) {
      box.checked = !wanted;
      status("#autostart-status", "bad", errorSentence(e));
    } finally {
      box.disabled = false;
    }
  });
}

// ---- shortcut -------------------------------------------------------------------------------

function renderShortcut(shortcut) {
  show($("#shortcut-section"), Boolean(shortcut && typeof shortcut === "object"));
  if (!shortcut || typeof shortcut !== "object") return;
  $("#shortcut-enabled").checked = Boolean(shortcut.enabled);
  const keys = $("#shortcut-keys");
  if (document.activeElement !== keys) keys.value = shortcut.accelerator || "";
  const select = $("#shortcut-car");
  replaceChildren(
    select,
    h("option", { value: "", text: t("shortcut-first-car") }),
    allCars().map((v) => h("option", { value: v.vin, text: v.displayName || v.model || v.maskedVin })),
  );
  select.value = shortcut.vin || "";
}

function wireShortcut() {
  const form = $("#shortcut-form");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const enabled = $("#shortcut-enabled").checked;
    const keys = trimmed($("#shortcut-keys"));
    if (enabled && keys && !/^[\w+]+$/.test(keys)) {
      status("#shortcut-status", "bad", t("shortcut-keys-invalid", { example: "CommandOrControl+Shift+B" }));
      return;
    }
    await attempt(form, "#shortcut-status", t("saving"), async () => {
      const s = await ipc.setShortcut(enabled, keys, $("#shortcut-car").value);
      status("#shortcut-status", "ok", enabled ? t("shortcut-on") : t("shortcut-off"));
      renderSetup(s);
    });
  });
}

// ---- language -------------------------------------------------------------------------------

const LANGUAGES = ["en", "sv", "de"];

/** The choice: the system's language (named), then each language in its own name. */
function renderLanguage(state) {
  if (!state || typeof state.languageSetting !== "string") return;
  const select = $("#language");
  const name = (code) => t("language-name", { code });
  replaceChildren(
    select,
    h("option", { value: "system", text: t("language-system", { name: name(state.systemLanguage) }) }),
    LANGUAGES.map((code) => h("option", { value: code, lang: code, text: name(code) })),
  );
  select.value = state.languageSetting;
}

function wireLanguage() {
  const select = $("#language");
  select.addEventListener("change", async () => {
    select.disabled = true;
    status("#language-status", "busy", t("saving"));
    try {
      const state = await ipc.setLanguage(select.value);
      // Every word on the page changes: start it again in the new language (the app keeps
      // its state; the tray follows by itself).
      if (state && state.language !== document.documentElement.lang) window.location.reload();
      else status("#language-status", "", "");
    } catch (err) {
      status("#language-status", "bad", errorSentence(err));
    } finally {
      select.disabled = false;
    }
  });
}
