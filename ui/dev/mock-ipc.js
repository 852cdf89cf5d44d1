// A fake window.__TAURI__ that follows docs/ipc.md, so the page runs in a plain browser.
// Dev only: the real index.html never loads this.
//
// Query parameters (all optional):
//   mode=demo|account|signed_out   start state (default demo)
//   fail=quota|rate|network        every command fails this way
//                                  (quota/network: an error Outcome; rate: a rejected invoke)
//   latency=MS                     how long XC40 commands take (default 1200)
//   click=XC40:HONK                click that button once the tiles are up
//   open=setup                     open the Account & setup sheet
//   history=empty                  start with no history
//   images=none|sim                none: no pictures at all; sim: the simulator's opaque PNGs

import { CAR_SHAPES } from "../icons.js";

const params = new URLSearchParams(location.search);
const failWith = params.get("fail");
const xc40Latency = Number(params.get("latency") || 1200);

const now = Date.now();
const minutes = (n) => n * 60_000;
// Run ids as Rust makes them: growing, from the start in ms × 1000.
let nextRun = now * 1000;

const SLEEP = {
  message: "The car is in power-saving mode and did not take the command.",
  advice: "It wakes when it is used or unlocked with the key; try again after that.",
};

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

const demoFleet = () => [
  car({
    vin: "YV1XZK8V2P1234567", model: "XC40 Recharge", modelYear: 2023, colour: "Sage Green",
    fuelType: "ELECTRIC", commands: ["FLASH", "HONK", "HONK_AND_FLASH"],
    availability: { available: true, text: "Available", checkedAt: now - minutes(2) },
    behaviour: { status: "COMPLETED", latency: xc40Latency }, paint: "#7f927c",
  }),
  car({
    vin: "YV4A22PL5N1234568", model: "XC90", modelYear: 2022, colour: "Denim Blue",
    fuelType: "PETROL/ELECTRIC", commands: ["FLASH", "HONK", "HONK_AND_FLASH"],
    availability: { available: false, text: "Asleep (power-saving mode)", checkedAt: now - minutes(2) },
    behaviour: { status: "VEHICLE_IN_SLEEP", latency: 2500 }, paint: "#3c5878",
  }),
  car({
    vin: "YV1EX30A0R1234569", model: "EX30", modelYear: 2024, colour: "Cloud Blue",
    fuelType: "ELECTRIC", commands: [],
    missingNote: "This car offers only lock and unlock to apps, so it cannot honk or flash from here.",
    availability: { available: true, text: "Available", checkedAt: now - minutes(2) },
    behaviour: { status: "COMPLETED", latency: 800 }, paint: null,
  }),
];

function car(v) {
  return {
    maskedVin: "•".repeat(11) + v.vin.slice(-6), nickname: null, displayName: v.model,
    missingNote: null, inFlight: [], lastOutcome: null, ...v,
  };
}

const state = {
  app: {
    mode: params.get("mode") || "demo",
    signedIn: params.get("mode") === "account",
    signedOutReason:
      params.get("mode") === "signed_out"
        ? "Your Volvo sign-in has ended (the refresh token expired). Please sign in again."
        : null,
    notice: null,
    keychain: "Secret Service",
  },
  cars: demoFleet(),
  history: [],
  setup: {
    hasApiKey: false, hasSecondaryApiKey: false, hasClientId: false, hasClientSecret: false,
    clientId: null,
    redirectUris: { deep_link: "volvo-beacon://auth/callback", loopback: "http://127.0.0.1:51789/callback", paste: null },
    shortcut: { enabled: false, accelerator: "CommandOrControl+Shift+B", vin: null },
  },
};

if (params.get("history") !== "empty") {
  const xc40 = state.cars[0];
  const xc90 = state.cars[1];
  state.history = [
    entry(xc90, "FLASH", "VEHICLE_IN_SLEEP", "failed", SLEEP.message, SLEEP.advice, now - minutes(38), 2500),
    entry(xc40, "HONK_AND_FLASH", "COMPLETED", "succeeded", "The car did it.", null, now - minutes(95), 1300),
  ];
}

function entry(v, command, status, outcome, message, advice, startedAt, took) {
  return {
    runId: nextRun++, vin: v.vin, command, state: "done", status, outcome, message, advice, startedAt,
    finishedAt: startedAt + took, displayName: v.displayName,
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
const findCar = (vin) => state.cars.find((c) => c.vin === vin) || reject("not_found", "Volvo does not know this car on your account.");
const publicCar = ({ behaviour, paint, ...v }) => v;
const cars = () => state.cars.map(publicCar);

const handlers = {
  app_state: () => state.app,
  list_vehicles: () => {
    if (state.app.mode === "signed_out") reject("signed_out", state.app.signedOutReason);
    return cars();
  },
  vehicle_image: ({ vin }) => {
    const c = findCar(vin);
    if (params.get("images") === "none") return null;
    if (params.get("images") === "sim") return simPicture(c.paint || "#9db4c0");
    return picture(c.paint);
  },
  refresh_availability: ({ force }) => {
    for (const c of state.cars) if (c.availability && (force || Date.now() - c.availability.checkedAt > minutes(5))) c.availability.checkedAt = Date.now();
    return cars();
  },
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
  send_command: (args) => sendCommand(args),
  setup_status: () => state.setup,
  check_api_key: ({ apiKey, secondary }) => {
    if (!/^[0-9a-f]{32}$/i.test(apiKey || "")) {
      reject("invalid_api_key", "Volvo refused the API key. Check the VCC API key of your application in the Volvo developer portal.");
    }
    state.setup[secondary ? "hasSecondaryApiKey" : "hasApiKey"] = true;
    return { ok: true, message: "Volvo accepted the key. It is stored in the keychain." };
  },
  save_client: ({ clientId, clientSecret }) => {
    if (!clientId || !clientSecret) reject("invalid_input", "Both the client id and the client secret are needed.");
    Object.assign(state.setup, { hasClientId: true, hasClientSecret: true, clientId });
    return state.setup;
  },
  begin_sign_in: ({ via }) => {
    if (!state.setup.hasClientId) reject("not_configured", "Enter the client id and client secret first (step 2).");
    const redirectUri = state.setup.redirectUris[via] || state.setup.redirectUris.deep_link;
    return {
      authorizeUrl: `https://volvoid.eu.volvocars.com/as/authorization.oauth2?response_type=code&client_id=${encodeURIComponent(state.setup.clientId)}&redirect_uri=${encodeURIComponent(redirectUri)}&state=dev-state`,
      redirectUri,
    };
  },
  complete_sign_in: ({ callbackUrl }) => {
    if (!/[?&]code=/.test(callbackUrl)) reject("invalid_callback", "That is not a Volvo ID sign-in answer: it has no code in it.");
    return signIn();
  },
  sign_in_with_token: ({ accessToken }) => {
    if ((accessToken || "").length < 20) reject("token_rejected", "Volvo did not accept the sign-in (the access token was refused). Sign in again.");
    return signIn();
  },
  sign_out: () => setMode("demo"),
  use_demo: () => setMode("demo"),
  set_shortcut: ({ enabled, accelerator, vin }) => {
    Object.assign(state.setup.shortcut, { enabled, accelerator: accelerator || state.setup.shortcut.accelerator, vin: vin || null });
    return state.setup;
  },
};

function setMode(mode) {
  Object.assign(state.app, { mode, signedIn: mode === "account", signedOutReason: null });
  state.cars = demoFleet();
  emit("auth-changed", state.app);
  return state.app;
}

function signIn() {
  return setMode("account");
}

async function sendCommand({ vin, command }) {
  const c = findCar(vin);
  if (!["FLASH", "HONK", "HONK_AND_FLASH"].includes(command)) reject("invalid_input", "Unknown command.");
  if (!c.commands.includes(command)) reject("command_not_supported", `This car does not support ${command}.`);
  if (c.inFlight.length) {
    reject("already_in_flight", c.inFlight[0] === command
      ? "Still waiting for the car to answer the last command; it was not sent again."
      : "Already sending another command to this car; this one was not sent.");
  }
  if (failWith === "rate") {
    await wait(150);
    reject(ERRORS.rate.kind, ERRORS.rate.message);
  }
  const startedAt = Date.now();
  const base = { runId: nextRun++, vin, command, startedAt, finishedAt: null, advice: null };
  c.inFlight.push(command);
  const pending = { ...base, state: "pending", status: "pending", outcome: null, message: "" };
  c.lastOutcome = pending;
  emit("command-started", pending);

  await wait(failWith ? 600 : c.behaviour.latency);
  let done;
  if (failWith === "quota" || failWith === "network") {
    const e = ERRORS[failWith];
    done = { ...base, state: "done", status: `error:${e.kind}`, outcome: "error", message: e.message };
  } else if (c.behaviour.status === "VEHICLE_IN_SLEEP") {
    done = { ...base, state: "done", status: "VEHICLE_IN_SLEEP", outcome: "failed", ...SLEEP };
  } else {
    done = { ...base, state: "done", status: "COMPLETED", outcome: "succeeded", message: "The car did it." };
  }
  done.finishedAt = Date.now();
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
// For poking from the console: __mockBeacon.tray("YV1XZK8V2P1234567", "HONK") acts like the tray.
window.__mockBeacon = { state, emit, tray: (vin, command) => sendCommand({ vin, command }) };

// ---- pictures -------------------------------------------------------------------------------

/** A side view in the car's paint, as Rust would hand over a cached picture (data: URL). */
function picture(paint) {
  if (!paint) return null;
  const wheels = CAR_SHAPES.wheels
    .map((x) => `<circle cx="${x}" cy="105" r="19" fill="#161b22"/><circle cx="${x}" cy="105" r="11" fill="#aeb7c2"/><circle cx="${x}" cy="105" r="4" fill="#59636f"/>`)
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 330 130">
<defs><linearGradient id="p" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity=".35"/><stop offset=".45" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".25"/></linearGradient></defs>
<ellipse cx="165" cy="124" rx="150" ry="6" fill="#000" fill-opacity=".22"/>
<path d="${CAR_SHAPES.body}" fill="${paint}"/><path d="${CAR_SHAPES.body}" fill="url(#p)"/>
<path d="${CAR_SHAPES.windowFront}" fill="#1c2430"/><path d="${CAR_SHAPES.windowRear}" fill="#1c2430"/>
<path d="M104 101h122" stroke="#000" stroke-opacity=".28" stroke-width="8"/><path d="M22 80l14-2" stroke="#fff4d6" stroke-width="4" stroke-linecap="round"/><path d="M304 62l4 16" stroke="#c0392b" stroke-width="5" stroke-linecap="round"/><path d="M150 66h4M209 66h4" stroke="#000" stroke-opacity=".35" stroke-width="2.5" stroke-linecap="round"/>
${wheels}</svg>`;
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/** Like volvo-sim's 160×90 exterior PNG: a block car on a grey road under a pale sky. */
function simPicture(paint) {
  const canvas = document.createElement("canvas");
  canvas.width = 160;
  canvas.height = 90;
  const g = canvas.getContext("2d");
  g.fillStyle = "rgb(226,232,238)";
  g.fillRect(0, 0, 160, 90);
  g.fillStyle = "rgb(120,122,126)";
  g.fillRect(0, 66, 160, 24);
  g.fillStyle = paint;
  g.fillRect(30, 35, 100, 30);
  g.fillRect(50, 20, 60, 15);
  g.fillStyle = "rgb(30,30,32)";
  g.fillRect(40, 60, 16, 12);
  g.fillRect(104, 60, 16, 12);
  return canvas.toDataURL("image/png");
}

// ---- scripted clicks for screenshots --------------------------------------------------------

function whenPresent(selector, fn, tries = 200) {
  const el = document.querySelector(selector);
  if (el) fn(el);
  else if (tries > 0) setTimeout(() => whenPresent(selector, fn, tries - 1), 25);
}

const click = params.get("click");
if (click) {
  const [model, command] = click.split(":");
  const vin = demoFleet().find((c) => c.model.startsWith(model))?.vin;
  if (vin) whenPresent(`[data-vin="${vin}"] button[data-command="${command}"]`, (b) => b.click());
}
if (params.get("open") === "setup") whenPresent("#tiles .tile", () => document.getElementById("account-button").click());
