// What the page's unit tests share: a happy-dom window with the real page's markup, installed
// as the globals the modules use, and a fake Tauri that answers as docs/ipc.md says Rust does
// (ipc-contract.test.js holds these payloads to the ones recorded from the real app).

import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import recorded from "../../../page-preview/ipc-payloads.js";
import { setWords } from "../../../ui/l10n.js";

const INDEX = new URL("../../../ui/index.html", import.meta.url);

/**
 * A window whose body is index.html's (as page-preview/boot.js does), as `window` and `document`,
 * with the fake Tauri in it.
 */
export function installPage() {
  const window = new Window({ url: "http://localhost/" });
  const html = readFileSync(INDEX, "utf8");
  window.document.body.innerHTML = html.match(/<body>([\s\S]*)<\/body>/)[1];
  globalThis.window = window;
  globalThis.document = window.document;
  globalThis.Node = window.Node;
  // Node 20 has no navigator of its own; later versions have one without a clipboard.
  Object.defineProperty(globalThis, "navigator", { value: window.navigator, configurable: true });
  // The English words the real app served when the payloads were recorded.
  setWords(recorded.calls.page_words.answer);
  return { window, tauri: fakeTauri(window) };
}

/**
 * window.__TAURI__ with core.invoke and event.listen. Each command answers through the function
 * given to answer() (throwing is rejecting); a command without one rejects, so a test sees any
 * call it did not expect.
 */
function fakeTauri(window) {
  const calls = [];
  const answers = new Map();
  const listeners = new Map();
  window.__TAURI__ = {
    core: {
      async invoke(command, args) {
        calls.push({ command, args });
        const answer = answers.get(command);
        if (!answer) throw { kind: "internal", message: `The test gave no answer for ${command}.` };
        return structuredClone(await answer(args));
      },
    },
    event: {
      async listen(event, handler) {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event).add(handler);
        return () => listeners.get(event).delete(handler);
      },
    },
  };
  return {
    answer(command, fn) {
      answers.set(command, fn);
    },
    /** The arguments of every call of one command, oldest first. */
    argsOf(command) {
      return calls.filter((c) => c.command === command).map((c) => c.args);
    },
    commands() {
      return calls.map((c) => c.command);
    },
    emit(event, payload) {
      for (const handler of listeners.get(event) || []) handler({ event, id: 1, payload: structuredClone(payload) });
    },
  };
}

/** A promise the test settles by hand, to decide when Rust answers. */
export function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every settled promise's handlers run (the modules' awaits on ipc). */
export const settle = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Every sentence written to the live regions, in order, with whether it was the assertive one.
 * outcome.js clears a region before each sentence, so only non-empty writes count.
 */
export function recordAnnouncements(document) {
  const said = [];
  for (const [id, urgent] of [["announce-status", false], ["announce-alert", true]]) {
    const region = document.getElementById(id);
    const proto = Object.getPrototypeOf(region);
    const property = findProperty(proto, "textContent");
    Object.defineProperty(region, "textContent", {
      configurable: true,
      get: () => property.get.call(region),
      set: (text) => {
        if (text) said.push({ text, urgent });
        property.set.call(region, text);
      },
    });
  }
  return said;
}

function findProperty(proto, name) {
  for (let p = proto; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  throw new Error(`no ${name} on the element`);
}

// ---- payloads as docs/ipc.md has them ------------------------------------------------------

let vins = 0;

/** A VIN no other test of the file uses: the modules keep their state for the whole file. */
export function newVin() {
  vins += 1;
  return `YV1XZK8V2P${String(vins).padStart(7, "0")}`;
}

export function vehicle(fields = {}) {
  const vin = fields.vin || newVin();
  return {
    vin,
    maskedVin: "•".repeat(11) + vin.slice(-6),
    model: "XC40 Recharge",
    modelYear: 2023,
    colour: "Sage Green",
    fuelType: "ELECTRIC",
    nickname: null,
    displayName: "XC40 Recharge",
    commands: ["FLASH", "HONK", "HONK_AND_FLASH"],
    missingNote: null,
    availability: { available: true, text: "Ready for commands", detail: "Ready for commands", checkedAt: Date.now() - 120_000 },
    stale: false,
    inFlight: [],
    lastOutcome: null,
    ...fields,
  };
}

/** A run as command-started sends it. */
export function started(fields) {
  return {
    runId: 1, vin: newVin(), command: "HONK", state: "pending", status: "pending", outcome: null,
    message: "", advice: null, startedAt: Date.now(), finishedAt: null, ...fields,
  };
}

/** The same run as command-finished (and the send_command answer) sends it. */
export function finished(run, fields = {}) {
  return {
    ...run, state: "done", status: "COMPLETED", outcome: "succeeded", message: "The car did it.",
    finishedAt: run.startedAt + 2_000, ...fields,
  };
}

export function setupStatus(fields = {}) {
  return {
    hasApiKey: false, hasSecondaryApiKey: false, hasClientId: false, hasClientSecret: false,
    clientId: null,
    redirectUris: {
      deep_link: "volvo-beacon://auth/callback", loopback: "http://127.0.0.1:51789/callback", paste: null,
    },
    shortcut: { enabled: false, accelerator: "CommandOrControl+Shift+B", vin: null },
    autostart: false,
    apiCalls: { quota: 10_000, warnAt: 8_000, resetsAt: Date.now() + 3 * 3_600_000, keys: [] },
    ...fields,
  };
}

export function appState(fields = {}) {
  return {
    mode: "demo", signedIn: false, signedOutReason: null, notice: null, keychain: "Secret Service", askBeforeHonking: false,
    language: "en", languageSetting: "system", systemLanguage: "en",
    ...fields,
  };
}
