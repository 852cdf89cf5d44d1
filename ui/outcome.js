// What each car is doing: one record per (car, command), the tile's [data-outcome] line with
// its elapsed-seconds counter, and the live regions that say it out loud.
//
// The same run can reach us three ways: the click's own invoke answer, the command-started /
// command-finished events (also sent for tray and shortcut commands), and a vehicle's
// lastOutcome. Runs are told apart by startedAt: an older run never overwrites a newer one,
// and a run that is done never goes back to pending.

import * as ipc from "./ipc.js";
import { h, replaceChildren } from "./dom.js";
import { icon } from "./icons.js";
import { announcement, describeOutcome, errorMessage } from "./format.js";
import { nameOf } from "./cars.js";

/** key "VIN|COMMAND" → {outcome, since, adopt} */
const records = new Map();
/** VIN → the command whose run the tile shows (the latest started). */
const shown = new Map();
/** VIN → {el, sync}: the tile's outcome element and its button refresher. */
const views = new Map();
const doneListeners = [];
const announced = new Set();
let ticker = null;

const keyOf = (vin, command) => `${vin}|${command}`;
const num = (x, fallback) => (typeof x === "number" && Number.isFinite(x) ? x : fallback);

/** Called with every finished outcome that is news (for the history list). */
export function onDone(fn) {
  doneListeners.push(fn);
}

export function isPending(vin, command) {
  const r = records.get(keyOf(vin, command));
  return Boolean(r && r.outcome.state !== "done");
}

/** Whether any command of the car is on its way: Rust sends one per car at a time. */
export function isCarBusy(vin) {
  for (const r of records.values()) {
    if (r.outcome.vin === vin && r.outcome.state !== "done") return true;
  }
  return false;
}

/** The empty outcome element of a tile; the tile hands it back through attach(). */
export function outcomeElement(vin) {
  return h("div", {
    class: "outcome",
    id: `outcome-${vin}`,
    dataset: { outcome: "", state: "idle", tone: "idle" },
  });
}

/** A tile registers its outcome element and a function that re-reads isPending for its buttons. */
export function attach(vin, el, sync) {
  views.set(vin, { el, sync });
  render(vin);
}

export function detach(vin) {
  views.delete(vin);
}

/** The click path: pending at once, then the invoke's answer. A click while the car is busy
 * with any command is a no-op (its buttons say so with aria-disabled). */
export async function request(vin, command) {
  if (isCarBusy(vin)) return;
  const since = Date.now();
  const pending = {
    vin, command, state: "pending", status: "", outcome: null, message: "", advice: null,
    startedAt: since, finishedAt: null,
  };
  records.set(keyOf(vin, command), { outcome: pending, since, adopt: false });
  shown.set(vin, command);
  changed(vin);
  say(announcement(nameOf(vin), pending), false);
  try {
    const answer = await ipc.sendCommand(vin, command);
    if (answer && typeof answer === "object" && answer.vin === vin && answer.command === command) {
      apply(answer, "invoke");
    } else {
      finishWithError(vin, command, { kind: "internal", message: "" });
    }
  } catch (err) {
    if (err.kind === "already_in_flight") {
      // The tray or the shortcut got there first, with this command or another: drop this
      // click's run and follow the one Rust says is in flight, through its events.
      records.delete(keyOf(vin, command));
      if (shown.get(vin) === command) shown.delete(vin);
      changed(vin);
      say(`${nameOf(vin)}: ${errorMessage(err)}`, false);
      followInFlight(vin);
      return;
    }
    finishWithError(vin, command, err);
  }
}

async function followInFlight(vin) {
  try {
    const cars = await ipc.listVehicles(false);
    const car = Array.isArray(cars) && cars.find((c) => c && c.vin === vin);
    if (car) seed(car, { useInFlight: true });
  } catch {
    // The run's own events still arrive; only the in-between state is missed.
  }
}

function finishWithError(vin, command, err) {
  const r = records.get(keyOf(vin, command));
  const startedAt = r ? r.outcome.startedAt : Date.now();
  apply(
    {
      vin, command, state: "done", status: `error:${err.kind || "internal"}`, outcome: "error",
      message: errorMessage(err), advice: null, startedAt, finishedAt: Date.now(),
    },
    "invoke",
  );
}

/**
 * Takes an Outcome from anywhere. source: "invoke" (the answer to our own click: always this
 * run), "event" (command-started/-finished), "load" (a vehicle's lastOutcome: shown, never
 * announced or added to history).
 */
export function apply(o, source) {
  if (!o || typeof o.vin !== "string" || typeof o.command !== "string") return;
  const key = keyOf(o.vin, o.command);
  const prev = records.get(key);
  const startedAt = num(o.startedAt, Date.now());
  if (prev && source !== "invoke" && !prev.adopt) {
    const prevStart = num(prev.outcome.startedAt, 0);
    if (startedAt < prevStart) return; // an older run
    if (startedAt === prevStart && prev.outcome.state === "done" && o.state !== "done") return;
  }
  // The counter keeps counting from the click, not from when Rust got round to it.
  const continuing = prev && prev.outcome.state !== "done" &&
    (prev.adopt || source === "invoke" || startedAt >= prev.since);
  const since = continuing ? prev.since : startedAt;
  const outcome = { ...o, startedAt };
  records.set(key, { outcome, since, adopt: false });

  // The tile follows the latest started run; a finishing older run waits its turn in history.
  const current = shown.get(o.vin);
  const currentPending = current && current !== o.command && isPending(o.vin, current);
  if (o.state !== "done" ? !continuing : !currentPending) shown.set(o.vin, o.command);
  changed(o.vin);

  if (source === "load") return;
  if (o.state === "done") {
    const signature = `${key}|${startedAt}|${o.status}`;
    if (announced.has(signature)) return;
    announced.add(signature);
    if (announced.size > 200) announced.delete(announced.values().next().value);
    say(announcement(nameOf(o.vin), outcome), o.outcome !== "succeeded");
    for (const fn of doneListeners) fn(outcome);
  } else if (!prev || prev.outcome.state === "done") {
    say(announcement(nameOf(o.vin), outcome), false);
  }
}

/** A car's state from list_vehicles: its last outcome, and commands Rust says are in flight. */
export function seed(vehicle, { useInFlight }) {
  if (vehicle.lastOutcome) apply(vehicle.lastOutcome, "load");
  if (!useInFlight || !Array.isArray(vehicle.inFlight)) return;
  for (const command of vehicle.inFlight) {
    if (isPending(vehicle.vin, command)) continue;
    const now = Date.now();
    records.set(keyOf(vehicle.vin, command), {
      outcome: {
        vin: vehicle.vin, command, state: "pending", status: "", outcome: null, message: "",
        advice: null, startedAt: now, finishedAt: null,
      },
      since: now,
      adopt: true,
    });
    shown.set(vehicle.vin, command);
    changed(vehicle.vin);
  }
}

function changed(vin) {
  render(vin);
  const view = views.get(vin);
  if (view) view.sync();
  tick();
}

function render(vin) {
  const view = views.get(vin);
  if (!view) return;
  const el = view.el;
  const command = shown.get(vin);
  const r = command && records.get(keyOf(vin, command));
  if (!r) {
    el.dataset.state = "idle";
    el.dataset.tone = "idle";
    delete el.dataset.status;
    replaceChildren(el, h("p", { class: "outcome-idle", text: "The car's answer will show here." }));
    return;
  }
  const o = r.outcome;
  const d = describeOutcome({ ...o, startedAt: r.since });
  el.dataset.state = o.state === "done" ? "done" : "pending";
  el.dataset.tone = d.tone;
  el.dataset.command = o.command;
  if (o.state === "done") el.dataset.status = typeof o.status === "string" ? o.status : "";
  else delete el.dataset.status;

  const glyph =
    d.tone === "pending" ? h("span", { class: "spinner", "aria-hidden": "true" })
      : icon(d.tone === "ok" ? "check" : d.tone === "warn" ? "warn" : "error", "icon outcome-glyph");
  if (d.tone === "pending") {
    replaceChildren(el, glyph,
      h("div", { class: "outcome-text" },
        h("p", { class: "outcome-line" }, h("strong", { class: "outcome-headline", text: d.headline })),
        h("p", { class: "outcome-advice", text: d.message })),
      h("span", { class: "elapsed", dataset: { elapsed: "" }, text: d.elapsed }));
    return;
  }
  replaceChildren(el, glyph,
    h("div", { class: "outcome-text" },
      h("p", { class: "outcome-line" },
        h("strong", { class: "outcome-headline", text: d.headline }),
        h("span", { class: "outcome-message", text: ` — ${d.message}` })),
      d.advice ? h("p", { class: "outcome-advice", text: d.advice }) : null,
      d.meta ? h("p", { class: "outcome-advice", text: d.meta }) : null));
}

/** Keeps the elapsed seconds moving while anything is pending; stops when nothing is. */
function tick() {
  const anyPending = [...records.values()].some((r) => r.outcome.state !== "done");
  if (anyPending && !ticker) {
    ticker = setInterval(updateElapsed, 250);
  } else if (!anyPending && ticker) {
    clearInterval(ticker);
    ticker = null;
  }
}

function updateElapsed() {
  for (const [vin, view] of views) {
    const command = shown.get(vin);
    const r = command && records.get(keyOf(vin, command));
    if (!r || r.outcome.state === "done") continue;
    const span = view.el.querySelector("[data-elapsed]");
    const d = describeOutcome({ ...r.outcome, startedAt: r.since });
    if (span && span.textContent !== d.elapsed) span.textContent = d.elapsed;
  }
}

// ---- live regions -----------------------------------------------------------------------------

/** Says it in plain words: politely for progress and success, assertively for anything else. */
export function say(text, urgent) {
  const region = document.getElementById(urgent ? "announce-alert" : "announce-status");
  if (!region) return;
  // Clearing first makes screen readers repeat an identical sentence.
  region.textContent = "";
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}
