// A fake window.__TAURI__ that answers with the real app's recorded payloads
// (ipc-payloads.js, recorded by src-tauri/tests/ipc_payloads.rs), so the page runs in a plain
// browser. tests/page/ipc-contract.test.js checks every answer and event against them.
// Dev only: this directory is not part of the app.
//
// Query parameters (all optional):
//   mode=demo|account|signed_out   start state (default demo)
//   fail=quota|rate|network        every command fails this way
//                                  (quota/network: an error Outcome; rate: a rejected invoke)
//   latency=MS                     how long XC40 commands take (default 1200)
//   click=XC40:HONK                click that button once the tiles are up
//   open=setup                     open the Account & setup sheet
//   history=empty                  start with no history
//   images=none                    no pictures at all
//   calls=N                        the primary key's calls today once it is checked (8000 and
//                                  over shows the warning)

import recorded from "./ipc-payloads.js";

const params = new URLSearchParams(globalThis.location?.search ?? "");
const failWith = params.get("fail");
const xc40Latency = Number(params.get("latency") ?? 1200);
const mode = params.get("mode") || "demo";
const primaryCalls = Number(params.get("calls") ?? 12);

const now = Date.now();
const minutes = (n) => n * 60_000;
// Run ids as Rust makes them: growing, from the start in ms × 1000.
let nextRun = now * 1000;

/** A fresh copy of what the real app answered to `command`. */
const recordedAnswer = (command) => structuredClone(recorded.calls[command].answer);
const { pendingMessages } = recorded.examples;
// The asleep XC90's answer, as the app gave it.
const sleepingCar = recorded.variants.send_command[0];

const ERRORS = {
  quota: {
    kind: "quota_exceeded",
    message: "Today's Volvo API quota for this app is used up. It resets in 6 h 40 min. You are still signed in.",
  },
  rate: {
    kind: "rate_limited",
    message: "Volvo allows 10 commands a minute, and that many were just sent. Try again in 42 s.",
  },
  network: {
    kind: "network",
    message: "Beacon could not reach Volvo (connection refused). The car did not get the command.",
  },
};

/** The demo fleet as the app lists it, checked two minutes ago, with how each car answers. */
function demoFleet() {
  return recordedAnswer("list_vehicles").map((car) => {
    if (car.availability) car.availability.checkedAt = now - minutes(2);
    const asleep = car.availability?.available === false;
    const latency = car.model.startsWith("XC40") ? xc40Latency : asleep ? 2500 : 800;
    return { ...car, behaviour: { asleep, latency } };
  });
}

const state = {
  app: {
    ...recordedAnswer("app_state"),
    // The recording ran with an in-memory store and a broken settings file (for its notice); a
    // desktop names its keychain, and its settings are fine.
    keychain: "Secret Service",
    notice: null,
    mode,
    signedIn: mode === "account",
    signedOutReason:
      mode === "signed_out"
        ? "Your Volvo sign-in has ended (the refresh token expired). Please sign in again."
        : null,
  },
  cars: demoFleet(),
  history: [],
  setup: {
    ...recordedAnswer("setup_status"),
    hasApiKey: false, hasSecondaryApiKey: false, hasClientId: false, hasClientSecret: false,
    clientId: null, autostart: false,
    apiCalls: {
      ...recordedAnswer("setup_status").apiCalls,
      resetsAt: Math.ceil((now + 1) / 86_400_000) * 86_400_000,
      keys: [],
    },
  },
};

if (params.get("history") !== "empty") {
  const [xc40, xc90] = state.cars;
  state.history = [
    entry(xc90, "FLASH", sleepingCar, now - minutes(38), 2500),
    entry(xc40, "HONK_AND_FLASH", recordedAnswer("send_command"), now - minutes(95), 1300),
  ];
}

function entry(car, command, answer, startedAt, took) {
  const { status, outcome, message, advice } = answer;
  return {
    runId: nextRun++, vin: car.vin, command, state: "done", status, outcome, message, advice,
    startedAt, finishedAt: startedAt + took, displayName: car.displayName,
  };
}

// ---- events ---------------------------------------------------------------------------------

const listeners = new Map();

function emit(event, payload) {
  for (const fn of listeners.get(event) || []) fn({ event, payload: structuredClone(payload) });
}

async function listen(event, handler) {
  if (!listeners.has(event)) listeners.set(event, new Set());
  listeners.get(event).add(handler);
  return () => listeners.get(event).delete(handler);
}

// ---- commands -------------------------------------------------------------------------------

const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const reject = (kind, message) => {
  throw { kind, message };
};
const notOnAccount = () =>
  reject("invalid_input", "That car is not on this account.");
const findCar = (vin) => state.cars.find((c) => c.vin === vin) || notOnAccount();
const publicCar = ({ behaviour, ...car }) => car;
const cars = () => state.cars.map(publicCar);

const handlers = {
  // English only: the recording holds the English catalog (the real app serves each language).
  page_words: () => recordedAnswer("page_words"),
  app_state: () => state.app,
  list_vehicles: () => {
    if (state.app.mode === "signed_out") reject("signed_out", state.app.signedOutReason);
    return cars();
  },
  vehicle_image: ({ vin }) => {
    findCar(vin);
    if (params.get("images") === "none") return null;
    const call = recorded.calls.vehicle_image;
    return vin === call.args.vin ? call.answer : recorded.pictures[vin] ?? null;
  },
  refresh_availability: ({ force }) => {
    for (const c of state.cars) {
      if (c.availability && (force || Date.now() - c.availability.checkedAt > minutes(5))) {
        c.availability.checkedAt = Date.now();
      }
    }
    return cars();
  },
  send_command: (args) => sendCommand(args),
  history: () => state.history,
  set_nickname: ({ vin, nickname }) => {
    const c = findCar(vin);
    const n = String(nickname ?? "").trim();
    if ([...n].length > 40) reject("invalid_input", "A nickname can be at most 40 characters.");
    c.nickname = n || null;
    c.displayName = c.nickname || c.model;
    emit("vehicles-changed", cars());
    return publicCar(c);
  },
  setup_status: () => state.setup,
  check_api_key: ({ apiKey, secondary }) => {
    if (!/^[0-9a-f]{32}$/i.test(apiKey || "")) {
      reject("invalid_api_key", "Volvo refused the API key. Check the VCC API key of your application in the Volvo developer portal.");
    }
    state.setup[secondary ? "hasSecondaryApiKey" : "hasApiKey"] = true;
    // The check is a call of the key's day, like any other.
    const role = secondary ? "secondary" : "primary";
    const { keys } = state.setup.apiCalls;
    const key = keys.find((k) => k.role === role) ||
      keys[keys.push({ role, calls: role === "primary" ? primaryCalls : 0, inUse: role === "primary", quotaSpent: false }) - 1];
    key.calls += 1;
    return recordedAnswer("check_api_key");
  },
  save_client: ({ clientId, clientSecret, pasteRedirectUri }) => {
    if (!clientId?.trim() || !clientSecret?.trim()) {
      reject("invalid_input", "Both the client id and the client secret are needed.");
    }
    Object.assign(state.setup, { hasClientId: true, hasClientSecret: true, clientId: clientId.trim() });
    if (pasteRedirectUri) state.setup.redirectUris.paste = pasteRedirectUri;
    return state.setup;
  },
  begin_sign_in: ({ via }) => {
    if (!state.setup.hasClientId) reject("not_configured", "Enter the client id and client secret first (step 2).");
    const redirectUri = state.setup.redirectUris[via];
    if (!redirectUri) reject("not_configured", "Save the page for pasting the answer first.");
    const url = new URL(recordedAnswer("begin_sign_in").authorizeUrl);
    url.searchParams.set("client_id", state.setup.clientId);
    url.searchParams.set("redirect_uri", redirectUri);
    return { authorizeUrl: url.href, redirectUri };
  },
  complete_sign_in: ({ callbackUrl }) => {
    if (!/[?&]code=/.test(callbackUrl)) reject("invalid_callback", "That is not a Volvo ID sign-in answer: it has no code in it.");
    return setMode("account");
  },
  sign_in_with_token: ({ accessToken }) => {
    if ((accessToken || "").length < 20) reject("token_rejected", "Volvo did not accept the sign-in (the access token was refused). Sign in again.");
    return setMode("account");
  },
  sign_out: () => setMode("demo"),
  use_demo: () => setMode("demo"),
  set_shortcut: ({ enabled, accelerator, vin }) => {
    if (vin) findCar(vin);
    Object.assign(state.setup.shortcut, {
      enabled, accelerator: accelerator || state.setup.shortcut.accelerator, vin: vin || null,
    });
    return state.setup;
  },
  set_autostart: ({ enabled }) => {
    state.setup.autostart = Boolean(enabled);
    return state.setup;
  },
  set_language: ({ language }) => {
    Object.assign(state.app, { languageSetting: language, language: "en" });
    emit("auth-changed", state.app);
    return state.app;
  },
  set_ask_before_honking: ({ enabled }) => {
    state.app.askBeforeHonking = Boolean(enabled);
    emit("auth-changed", state.app);
    return state.app;
  },
};

function setMode(next) {
  Object.assign(state.app, { mode: next, signedIn: next === "account", signedOutReason: null });
  state.cars = demoFleet();
  emit("auth-changed", state.app);
  return state.app;
}

async function sendCommand({ vin, command }) {
  const c = findCar(vin);
  if (!Object.hasOwn(pendingMessages, command)) {
    reject("invalid_input", `"${command}" is not a command Beacon sends: use FLASH, HONK or HONK_AND_FLASH.`);
  }
  if (!c.commands.includes(command)) reject("invalid_input", `This car does not offer ${command} to apps.`);
  if (c.inFlight.length) {
    reject("already_in_flight", c.inFlight[0] === command
      ? "Still waiting for the car to answer the last command; it was not sent again."
      : "Already sending another command to this car; this one was not sent.");
  }
  if (failWith === "rate") {
    await wait(150);
    reject(ERRORS.rate.kind, ERRORS.rate.message);
  }
  const base = { runId: nextRun++, vin, command, startedAt: Date.now(), finishedAt: null, advice: null };
  c.inFlight.push(command);
  const pending = { ...base, state: "pending", status: "pending", outcome: null, message: pendingMessages[command] };
  c.lastOutcome = pending;
  emit("command-started", pending);

  await wait(failWith ? 600 : c.behaviour.latency);
  const { status, outcome, message, advice } = failWith
    ? { status: `error:${ERRORS[failWith].kind}`, outcome: "error", message: ERRORS[failWith].message, advice: null }
    : c.behaviour.asleep ? sleepingCar : recordedAnswer("send_command");
  const done = { ...base, state: "done", status, outcome, message, advice, finishedAt: Date.now() };
  c.inFlight = c.inFlight.filter((x) => x !== command);
  c.lastOutcome = done;
  state.history = [{ ...done, displayName: c.displayName }, ...state.history].slice(0, 50);
  emit("command-finished", done);
  return done;
}

async function invoke(command, args = {}) {
  await wait(15 + Math.random() * 25); // an IPC hop
  const handler = handlers[command];
  if (!handler) throw `command ${command} not found`;
  return structuredClone(await handler(args));
}

window.__TAURI__ = { core: { invoke }, event: { listen } };
// For poking from the console: __mockBeacon.tray("YV1XZK8V2P1234567", "HONK") acts like the
// tray; the contract test reads `handlers`.
window.__mockBeacon = { state, emit, handlers, tray: (vin, command) => sendCommand({ vin, command }) };

// ---- scripted clicks for screenshots --------------------------------------------------------

function whenPresent(selector, fn, tries = 200) {
  const el = document.querySelector(selector);
  if (el) fn(el);
  else if (tries > 0) setTimeout(() => whenPresent(selector, fn, tries - 1), 25);
}

const click = params.get("click");
if (click) {
  const [model, command] = click.split(":");
  const vin = state.cars.find((c) => c.model.startsWith(model))?.vin;
  if (vin) whenPresent(`[data-vin="${vin}"] button[data-command="${command}"]`, (b) => b.click());
}
if (params.get("open") === "setup") whenPresent("#tiles .tile", () => document.getElementById("account-button").click());
