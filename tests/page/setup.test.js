// Unit tests of the "Account & setup" sheet (ui/setup.js) in index.html's markup: what it shows
// of the stored credentials (never a secret), what it checks before asking Rust, which ipc
// command it calls with which arguments, and how a {kind, message} refusal reads.

import { after, beforeEach, mock, test } from "node:test";
import assert from "node:assert/strict";

import { setCars } from "../../ui/cars.js";
import { initSetup, openSetup, renderAccount } from "../../ui/setup.js";
import {
  appState, deferred, installPage, recordAnnouncements, settle, setupStatus, vehicle,
} from "./support/page.js";

const { window, tauri } = installPage();
const said = recordAnnouncements(document);
const authStates = [];
initSetup({ onAuthChanged: (state) => authStates.push(state) });
// The sheet closes a moment after a sign-in, and the live regions speak after a delay.
mock.timers.enable({ apis: ["setTimeout", "setInterval"] });
after(() => mock.timers.reset());

const $ = (selector) => document.querySelector(selector);
const change = (el) => el.dispatchEvent(new window.Event("change", { bubbles: true }));
const submit = (form) => form.dispatchEvent(new window.Event("submit", { bubbles: true, cancelable: true }));
const line = (selector) => ({ tone: $(selector).dataset.tone, text: $(selector).textContent });
/** Everything the page holds: its markup and every field's value. */
const everything = () =>
  document.documentElement.outerHTML + [...document.querySelectorAll("input")].map((i) => i.value).join("\n");

beforeEach(() => {
  for (const status of document.querySelectorAll(".status-line")) {
    status.textContent = "";
    status.dataset.tone = "";
  }
  for (const input of document.querySelectorAll("#account-dialog input:not([type=radio]):not([type=checkbox])")) {
    input.value = "";
  }
  $('input[name="via"][value="deep_link"]').checked = true;
  tauri.answer("setup_status", () => setupStatus());
});

// ---- what it shows --------------------------------------------------------------------------

test("the sheet shows which credentials are stored and the client id, but no secret", async () => {
  tauri.answer("setup_status", () => setupStatus({
    hasApiKey: true, hasSecondaryApiKey: true, hasClientId: true, hasClientSecret: true, clientId: "beacon-client",
  }));
  await openSetup();

  assert.equal($("#account-dialog").open, true);
  assert.deepEqual(line("#api-key-status"), { tone: "ok", text: "An API key is stored. Enter another one to replace it." });
  assert.deepEqual(line("#api-key2-status"), { tone: "ok", text: "A secondary API key is stored." });
  assert.deepEqual(line("#client-status"), { tone: "ok", text: "A client id and secret are stored." });
  assert.equal($("#client-id").value, "beacon-client");
  assert.equal($("#api-key").value, "");
  assert.equal($("#client-secret").value, "");
});

test("nothing is said to be stored when nothing is", async () => {
  await openSetup();
  assert.equal($("#api-key-status").textContent, "");
  assert.equal($("#client-status").textContent, "");
});

// ---- the day's API calls -------------------------------------------------------------------

const inThreeHours = () => Date.now() + 3 * 3_600_000;
const key = (role, calls, fields = {}) => ({ role, calls, inUse: role === "primary", quotaSpent: false, ...fields });
const callLines = () => [...$("#api-calls").querySelectorAll("li")].map((li) => li.textContent);
const callWarnings = () =>
  [...$("#api-calls-warnings").querySelectorAll(".status-line")].map((p) => ({ tone: p.dataset.tone, text: p.textContent }));
const apiCalls = (keys) => setupStatus({
  hasApiKey: true, apiCalls: { ...setupStatus().apiCalls, resetsAt: inThreeHours(), keys },
});

test("the day's calls are shown per key, with thousands separators, and no warning below 80%", async () => {
  tauri.answer("setup_status", () => apiCalls([key("primary", 412), key("secondary", 0)]));
  await openSetup();
  assert.deepEqual(callLines(), [
    "412 of 10,000 calls today with the primary key",
    "0 of 10,000 calls today with the secondary key",
  ]);
  assert.deepEqual(callWarnings(), []);

  tauri.answer("setup_status", () => apiCalls([key("primary", 7_999)]));
  await openSetup();
  assert.deepEqual(callLines(), ["7,999 of 10,000 calls today with the primary key"]);
  assert.deepEqual(callWarnings(), []);
});

test("from 80% of the quota a warning says when it resets", async () => {
  tauri.answer("setup_status", () => apiCalls([key("primary", 8_100)]));
  await openSetup();
  assert.deepEqual(callWarnings(), [{
    tone: "bad",
    text: "8,100 of 10,000 calls today: the primary key's daily quota is almost spent; it resets at 00:00 UTC (in 3 h).",
  }]);
});

test("a spent primary says that the secondary key has taken over", async () => {
  tauri.answer("setup_status", () => apiCalls([
    key("primary", 9_990, { quotaSpent: true, inUse: false }), key("secondary", 12, { inUse: true }),
  ]));
  await openSetup();
  assert.deepEqual(callWarnings().map((w) => w.text), [
    "The primary key's daily quota is spent: the secondary key has taken over until it resets at 00:00 UTC (in 3 h).",
  ]);

  tauri.answer("setup_status", () => apiCalls([key("primary", 9_990, { quotaSpent: true })]));
  await openSetup();
  assert.deepEqual(callWarnings().map((w) => w.text), [
    "The primary key's daily quota is spent: Volvo refuses calls with it until it resets at 00:00 UTC (in 3 h).",
  ]);
});

test("without a key there is no count", async () => {
  await openSetup();
  assert.deepEqual(callLines(), []);
  assert.deepEqual(callWarnings(), []);
});

test("the redirect URIs to register are listed, the https page only once there is one", async () => {
  tauri.answer("setup_status", () => setupStatus());
  await openSetup();
  const codes = () => [...$("#redirect-list").querySelectorAll("code")].map((c) => c.textContent);
  assert.deepEqual(codes(), ["volvo-beacon://auth/callback", "http://127.0.0.1:51789/callback"]);

  tauri.answer("setup_status", () => setupStatus({
    redirectUris: { ...setupStatus().redirectUris, paste: "https://example.com/beacon" },
  }));
  await openSetup();
  assert.deepEqual(codes().at(-1), "https://example.com/beacon");
});

test("Copy puts a redirect URI on the clipboard and says so for a moment", async () => {
  await openSetup();
  const copy = $("#redirect-list").querySelectorAll("button")[1];
  assert.equal(copy.getAttribute("aria-label"), "Copy the redirect URI for “Through a local page”");
  copy.click();
  await settle();

  assert.equal(await window.navigator.clipboard.readText(), "http://127.0.0.1:51789/callback");
  assert.equal(copy.textContent, "Copied");
  mock.timers.tick(2_000);
  assert.equal(copy.textContent, "Copy");
});

test("a setup that cannot be read says so in plain words", async () => {
  tauri.answer("setup_status", () => {
    throw { kind: "keychain_unavailable", message: "No keychain is available on this computer." };
  });
  await openSetup();
  assert.deepEqual(line("#connect-status"), {
    tone: "bad", text: "The setup could not be read. No keychain: No keychain is available on this computer.",
  });
});

test("each account mode reads in words, with sign-out only when signed in and demo only when signed out", () => {
  renderAccount(appState({ mode: "account", signedIn: true }));
  assert.equal($("#account-state").textContent, "You are signed in with Volvo ID. Your own cars are shown.");
  assert.equal($("#account-keychain").textContent, "Keys and secrets are kept in: Secret Service.");
  assert.equal($("#sign-out").hidden, false);
  assert.equal($("#use-demo").hidden, true);

  renderAccount(appState({ mode: "signed_out", signedOutReason: "Your Volvo sign-in has ended (the refresh token expired)." }));
  assert.equal($("#account-state").textContent, "Your Volvo sign-in has ended (the refresh token expired).");
  assert.equal($("#sign-out").hidden, true);
  assert.equal($("#use-demo").hidden, false);

  renderAccount(appState({ mode: "demo" }));
  assert.equal($("#account-state").textContent, "You are looking at demo cars. Nothing reaches a real car.");
  assert.equal($("#sign-out").hidden, true);
  assert.equal($("#use-demo").hidden, true);
});

// ---- step 1: API key ------------------------------------------------------------------------

test("an API key is checked with Volvo trimmed, as the primary, then leaves the page", async () => {
  const key = "0123456789abcdef0123456789abcdef";
  tauri.answer("check_api_key", () => ({ ok: true, message: "Volvo accepted the key. It is stored in the keychain." }));
  $("#api-key").value = `  ${key}\n`;
  submit($("#api-key-form"));
  await settle();

  assert.deepEqual(tauri.argsOf("check_api_key").at(-1), { apiKey: key, secondary: false });
  assert.deepEqual(line("#api-key-status"), { tone: "ok", text: "Volvo accepted the key. It is stored in the keychain." });
  assert.equal($("#api-key").value, "");
  assert.doesNotMatch(everything(), new RegExp(key));
  assert.equal(tauri.commands().at(-1), "setup_status");
});

test("the secondary API key is checked as the secondary", async () => {
  tauri.answer("check_api_key", () => ({ ok: true, message: "Stored." }));
  $("#api-key2").value = "fedcba9876543210fedcba9876543210";
  change($("#api-key2"));
  await settle();
  assert.deepEqual(tauri.argsOf("check_api_key").at(-1), { apiKey: "fedcba9876543210fedcba9876543210", secondary: true });
  assert.deepEqual(line("#api-key2-status"), { tone: "ok", text: "Stored." });
});

test("an API key with a space inside is refused without asking Volvo", () => {
  const before = tauri.argsOf("check_api_key").length;
  $("#api-key").value = "0123 4567";
  submit($("#api-key-form"));
  assert.deepEqual(line("#api-key-status"), { tone: "bad", text: "An API key has no spaces. Copy only the key itself." });
  assert.equal(tauri.argsOf("check_api_key").length, before);
});

test("Check with no key asks for one; leaving the field empty says nothing", () => {
  change($("#api-key"));
  assert.equal($("#api-key-status").textContent, "");
  submit($("#api-key-form"));
  assert.deepEqual(line("#api-key-status"), { tone: "bad", text: "Enter the API key first." });
});

test("while Volvo checks a key the form is busy, then usable again", async () => {
  const answer = deferred();
  tauri.answer("check_api_key", () => answer.promise);
  $("#api-key").value = "0123456789abcdef0123456789abcdef";
  submit($("#api-key-form"));

  const form = $("#api-key-form");
  assert.equal(form.getAttribute("aria-busy"), "true");
  assert.equal(form.querySelector("button").disabled, true);
  assert.deepEqual(line("#api-key-status"), { tone: "busy", text: "Checking the key with Volvo…" });

  answer.resolve({ ok: true, message: "Stored." });
  await settle();
  assert.equal(form.getAttribute("aria-busy"), "false");
  assert.equal(form.querySelector("button").disabled, false);
});

// ---- step 2: client -------------------------------------------------------------------------

test("the client is saved with its id and secret, and the secret leaves the page", async () => {
  tauri.answer("save_client", ({ clientId }) => setupStatus({ hasClientId: true, hasClientSecret: true, clientId }));
  $("#client-id").value = " beacon-client ";
  $("#client-secret").value = "s3cret-value-42";
  submit($("#client-form"));
  await settle();

  assert.deepEqual(tauri.argsOf("save_client").at(-1), { clientId: "beacon-client", clientSecret: "s3cret-value-42" });
  assert.deepEqual(line("#client-status"), { tone: "ok", text: "Saved. The secret is in the keychain." });
  assert.equal($("#client-secret").value, "");
  assert.doesNotMatch(everything(), /s3cret-value-42/);
});

test("the own https page is sent with the client only when one is given", async () => {
  tauri.answer("save_client", () => setupStatus());
  $("#client-id").value = "beacon-client";
  $("#client-secret").value = "s3cret";
  $("#paste-redirect").value = "https://example.com/beacon";
  submit($("#client-form"));
  await settle();
  assert.deepEqual(tauri.argsOf("save_client").at(-1), {
    clientId: "beacon-client", clientSecret: "s3cret", pasteRedirectUri: "https://example.com/beacon",
  });
});

test("the client saves by itself once both halves are entered, and not before", async () => {
  tauri.answer("save_client", () => setupStatus());
  const before = tauri.argsOf("save_client").length;
  $("#client-id").value = "beacon-client";
  change($("#client-id"));
  assert.deepEqual(line("#client-id-status"), { tone: "ok", text: "Looks right." });
  assert.equal($("#client-secret-status").textContent, "");
  assert.equal($("#client-status").textContent, "");
  assert.equal(tauri.argsOf("save_client").length, before);

  $("#client-secret").value = "s3cret";
  change($("#client-secret"));
  await settle();
  assert.equal(tauri.argsOf("save_client").length, before + 1);
});

test("client fields are checked before anything is sent", () => {
  const before = tauri.argsOf("save_client").length;
  $("#client-id").value = "beacon client";
  $("#client-secret").value = "";
  $("#paste-redirect").value = "http://example.com/beacon";
  submit($("#client-form"));

  assert.deepEqual(line("#client-id-status"), { tone: "bad", text: "A client id has no spaces. Copy only the id itself." });
  assert.deepEqual(line("#client-secret-status"), { tone: "bad", text: "Enter the client secret." });
  assert.deepEqual(line("#paste-redirect-status"), { tone: "bad", text: "Use an https:// address of a page you control." });
  assert.deepEqual(line("#client-status"), { tone: "bad", text: "Check the fields above." });
  assert.equal(tauri.argsOf("save_client").length, before);
});

test("an own page that is not an address says how it should start", () => {
  $("#paste-redirect").value = "example.com/beacon";
  change($("#paste-redirect"));
  assert.deepEqual(line("#paste-redirect-status"), { tone: "bad", text: "That is not a web address. It should start with https://" });
});

// ---- step 3: sign in ------------------------------------------------------------------------

test("Connect starts the sign-in the chosen way and shows the address to open", async () => {
  const authorizeUrl = "https://volvoid.eu.volvocars.com/as/authorization.oauth2?client_id=beacon-client";
  tauri.answer("begin_sign_in", () => ({ authorizeUrl, redirectUri: "http://127.0.0.1:51789/callback" }));
  $('input[name="via"][value="loopback"]').checked = true;
  $("#connect").click();
  await settle();

  assert.deepEqual(tauri.argsOf("begin_sign_in").at(-1), { via: "loopback" });
  assert.equal($("#authorize").hidden, false);
  assert.equal($("#authorize-url").textContent, authorizeUrl);
  assert.equal($("#connect-status").dataset.tone, "ok");
  assert.equal($("#connect").disabled, false);
});

test("a sign-in Rust cannot start yet says what is missing in plain words", async () => {
  tauri.answer("begin_sign_in", () => {
    throw { kind: "not_configured", message: "Enter the client id and client secret first (step 2)." };
  });
  $("#connect").click();
  await settle();
  assert.deepEqual(tauri.argsOf("begin_sign_in").at(-1), { via: "deep_link" });
  assert.deepEqual(line("#connect-status"), {
    tone: "bad", text: "Setup needed: Enter the client id and client secret first (step 2).",
  });
});

test("a pasted address finishes the sign-in, the new state goes to the page and the sheet closes", async () => {
  const callbackUrl = "volvo-beacon://auth/callback?code=abc123&state=xyz";
  const signedIn = appState({ mode: "account", signedIn: true });
  tauri.answer("complete_sign_in", () => signedIn);
  await openSetup();
  $("#callback-url").value = callbackUrl;
  submit($("#callback-form"));
  await settle();

  assert.deepEqual(tauri.argsOf("complete_sign_in").at(-1), { callbackUrl });
  assert.deepEqual(authStates.at(-1), signedIn);
  assert.equal($("#callback-url").value, "");
  assert.deepEqual(line("#callback-status"), { tone: "ok", text: "Signed in. Loading your cars…" });
  mock.timers.tick(1_000);
  assert.equal($("#account-dialog").open, false);
  assert.ok(said.some((s) => s.text === "Signed in with Volvo ID. Loading your cars."));
});

test("a pasted text that is not an address is refused without asking Rust", () => {
  const before = tauri.argsOf("complete_sign_in").length;
  $("#callback-url").value = "code=abc123";
  submit($("#callback-form"));
  assert.deepEqual(line("#callback-status"), {
    tone: "bad", text: "That is not a whole address. Copy everything in the browser's address bar.",
  });
  assert.equal(tauri.argsOf("complete_sign_in").length, before);
});

test("a test token is sent without its Bearer prefix and leaves the page", async () => {
  tauri.answer("sign_in_with_token", () => appState({ mode: "account", signedIn: true }));
  $("#access-token").value = "Bearer eyJhbGciOi.test-token";
  submit($("#token-form"));
  await settle();

  assert.deepEqual(tauri.argsOf("sign_in_with_token").at(-1), { accessToken: "eyJhbGciOi.test-token" });
  assert.equal($("#access-token").value, "");
  assert.doesNotMatch(everything(), /eyJhbGciOi/);
});

test("Sign out asks Rust and hands the new state to the page", async () => {
  const demo = appState({ mode: "demo" });
  tauri.answer("sign_out", () => demo);
  renderAccount(appState({ mode: "account", signedIn: true }));
  $("#sign-out").click();
  await settle();

  assert.equal(tauri.commands().at(-1), "sign_out");
  assert.deepEqual(authStates.at(-1), demo);
  assert.deepEqual(line("#account-status"), { tone: "ok", text: "Signed out. Showing demo cars." });
});

// Every form says Rust's refusal in plain words: the kind's title, then Rust's message.
const refusals = [
  {
    name: "the API key", form: "#api-key-form", fill: { "#api-key": "0123456789abcdef0123456789abcdef" }, command: "check_api_key",
    error: { kind: "invalid_api_key", message: "Volvo refused the API key. Check the VCC API key of your application." },
    status: "#api-key-status", says: "API key not accepted: Volvo refused the API key. Check the VCC API key of your application.",
  },
  {
    name: "the client", form: "#client-form", fill: { "#client-id": "beacon-client", "#client-secret": "s3cret" }, command: "save_client",
    error: { kind: "keychain_unavailable", message: "No keychain is available on this computer." },
    status: "#client-status", says: "No keychain: No keychain is available on this computer.",
  },
  {
    name: "the pasted address", form: "#callback-form", fill: { "#callback-url": "volvo-beacon://auth/callback?code=abc&state=old" },
    command: "complete_sign_in", error: { kind: "invalid_state", message: "That sign-in was not started here." },
    status: "#callback-status", says: "Sign-in not recognised: That sign-in was not started here.",
  },
  {
    name: "the test token", form: "#token-form", fill: { "#access-token": "eyJhbGciOi.expired" }, command: "sign_in_with_token",
    error: { kind: "token_rejected", message: "Volvo did not accept the access token." },
    status: "#token-status", says: "Please sign in again: Volvo did not accept the access token.",
  },
  {
    name: "the shortcut", form: "#shortcut-form", fill: { "#shortcut-keys": "CommandOrControl+Shift+B" }, command: "set_shortcut",
    error: { kind: "invalid_input", message: "Another app already uses CommandOrControl+Shift+B." },
    status: "#shortcut-status", says: "Please check what you entered: Another app already uses CommandOrControl+Shift+B.",
  },
];

for (const r of refusals) {
  test(`${r.name}: ${r.error.kind} from ${r.command} reads in plain words, and the form is usable again`, async () => {
    tauri.answer(r.command, () => {
      throw r.error;
    });
    for (const [selector, value] of Object.entries(r.fill)) $(selector).value = value;
    submit($(r.form));
    await settle();

    assert.equal(tauri.commands().at(-1), r.command);
    assert.deepEqual(line(r.status), { tone: "bad", text: r.says });
    assert.equal($(r.form).querySelector("button").disabled, false);
  });
}

// ---- start with the computer ----------------------------------------------------------------

test("autostart shows as the OS reports it, and not at all when the shell does not report it", async () => {
  tauri.answer("setup_status", () => setupStatus({ autostart: true }));
  await openSetup();
  assert.equal($("#autostart-section").hidden, false);
  assert.equal($("#autostart-enabled").checked, true);

  tauri.answer("setup_status", () => {
    const { autostart, ...older } = setupStatus();
    return older;
  });
  await openSetup();
  assert.equal($("#autostart-section").hidden, true);
});

test("turning autostart on asks Rust and says what will happen", async () => {
  tauri.answer("set_autostart", ({ enabled }) => setupStatus({ autostart: enabled }));
  $("#autostart-enabled").checked = true;
  change($("#autostart-enabled"));
  await settle();

  assert.deepEqual(tauri.argsOf("set_autostart").at(-1), { enabled: true });
  assert.deepEqual(line("#autostart-status"), { tone: "ok", text: "Beacon will start in the tray when you log in." });
  assert.equal($("#autostart-enabled").disabled, false);
});

test("when the OS refuses autostart the box goes back and the error reads in plain words", async () => {
  tauri.answer("set_autostart", () => {
    throw { kind: "storage", message: "The login items could not be changed." };
  });
  $("#autostart-enabled").checked = true;
  change($("#autostart-enabled"));
  await settle();

  assert.equal($("#autostart-enabled").checked, false);
  assert.deepEqual(line("#autostart-status"), { tone: "bad", text: "Could not save: The login items could not be changed." });
});

// ---- shortcut -------------------------------------------------------------------------------

test("the shortcut is saved with its keys and the chosen car", async () => {
  const car = vehicle({ nickname: "Sage", displayName: "Sage" });
  setCars([vehicle(), car]);
  await openSetup();
  assert.deepEqual([...$("#shortcut-car").options].map((o) => o.textContent), ["The first car", "XC40 Recharge", "Sage"]);

  tauri.answer("set_shortcut", () => setupStatus());
  $("#shortcut-enabled").checked = true;
  $("#shortcut-keys").value = "CommandOrControl+Shift+H";
  $("#shortcut-car").value = car.vin;
  submit($("#shortcut-form"));
  await settle();

  assert.deepEqual(tauri.argsOf("set_shortcut").at(-1), { enabled: true, accelerator: "CommandOrControl+Shift+H", vin: car.vin });
  assert.deepEqual(line("#shortcut-status"), { tone: "ok", text: "Shortcut on." });
});

test("shortcut keys not joined by + are refused without asking Rust", async () => {
  await openSetup();
  const before = tauri.argsOf("set_shortcut").length;
  $("#shortcut-enabled").checked = true;
  $("#shortcut-keys").value = "Ctrl Shift B";
  submit($("#shortcut-form"));
  assert.deepEqual(line("#shortcut-status"), {
    tone: "bad", text: "Write keys joined by +, for example CommandOrControl+Shift+B.",
  });
  assert.equal(tauri.argsOf("set_shortcut").length, before);
});
