// What each car is doing: one record per run of a command, the tile's [data-outcome] line with
// its elapsed-seconds counter, and the live regions that say it out loud.
//
// Rust gives every run an id (runId) and sends it with everything about the run: the
// command-started and command-finished events (also for tray and shortcut commands), the
// send_command answer, a car's lastOutcome and history. Runs are keyed by that id; a done run
// never goes back to pending, and a tile shows the newest run of its car (ids only grow).
// Between a click and its run's first word from Rust, the click's own record stands in for it.

import * as ask from "./ask.js";
import * as ipc from "./ipc.js";
import { h, replaceChildren } from "./dom.js";
import { icon } from "./icons.js";
import { announcement, describeOutcome, errorMessage } from "./format.js";
import { nameOf } from "./cars.js";
import { t } from "./l10n.js";

/** key → {outcome, since, announced}: key is "run <id>", or "click <vin>" before Rust answers. */
const records = new Map();
/** VIN → the key of the record the tile shows. */
const shown = new Map();
/** VIN → {el, sync}: the tile's outcome element and its button refresher. */
const views = new Map();
const doneListeners = [];
let ticker = null;

const runKey = (id) => `run ${id}`;
const clickKey = (vin) => `click ${vin}`;
const isRun = (o) => typeof o.runId === "number" && o.runId > 0;

/** Called with every finished outcome that is news (for the history list). */
export function onDone(fn) {
  doneListeners.push(fn);
}

export function isPending(vin, command) {
  for (const r of records.values()) {
    if (r.outcome.vin === vin && r.outcome.command === command && r.outcome.state !== "done") return true;
  }
  return false;
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

/** The click path: pending at once, then the run's events and the invoke's answer. A click
 * while the car is busy with any command is a no-op (its buttons say so with aria-disabled). */
export async function request(vin, command) {
  if (isCarBusy(vin)) return;
  // Only a honk with the setting on waits: anything else shows pending in the same turn.
  if (ask.asks(command)) {
    if (!(await ask.confirmed(nameOf(vin), command))) return;
    // A run may have started elsewhere while the question was open.
    if (isCarBusy(vin)) return;
  }
  const since = Date.now();
  // Sent before anything is drawn: the pending line below is painted while Rust is already
  // on its way to Volvo, not before it has heard of the click.
  const answered = ipc.sendCommand(vin, command);
  const pending = {
    runId: 0, vin, command, state: "pending", status: "pending", outcome: null, message: "",
    advice: null, startedAt: since, finishedAt: null,
  };
  records.set(clickKey(vin), { outcome: pending, since, announced: false });
  shown.set(vin, clickKey(vin));
  changed(vin);
  say(announcement(nameOf(vin), pending), false);
  try {
    const answer = await answered;
    if (answer && typeof answer === "object" && answer.vin === vin && isRun(answer)) {
      apply(answer, "invoke");
    } else {
      finishWithError(vin, command, { kind: "internal", message: "" });
    }
  } catch (err) {
    if (err.kind === "already_in_flight") {
      // The tray or the shortcut got there first, with this command or another: drop this
      // click's stand-in and follow the run in flight (the car's lastOutcome, then its events).
      records.delete(clickKey(vin));
      if (shown.get(vin) === clickKey(vin)) shown.delete(vin);
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
    if (car) seed(car);
  } catch {
    // The run's own events still arrive; only the in-between state is missed.
  }
}

/** An invoke refused before any run started: the click's stand-in ends with the error. */
function finishWithError(vin, command, err) {
  const key = clickKey(vin);
  const r = records.get(key);
  if (!r) return;
  const outcome = {
    ...r.outcome, command, state: "done", status: `error:${err.kind || "internal"}`,
    outcome: "error", message: errorMessage(err), finishedAt: Date.now(),
  };
  records.set(key, { outcome, since: r.since, announced: true });
  changed(vin);
  say(announcement(nameOf(vin), outcome), true);
  for (const fn of doneListeners) fn(outcome);
}

/**
 * Takes an Outcome from anywhere. source: "invoke" (the answer to our own click), "event"
 * (command-started/-finished), "load" (a car's lastOutcome: shown, never announced or added
 * to history).
 */
export function apply(o, source) {
  if (!o || typeof o.vin !== "string" || typeof o.command !== "string" || !isRun(o)) return;
  const key = runKey(o.runId);
  let prev = records.get(key);
  // The click's stand-in becomes this run: Rust runs one command per car at a time, so the
  // first run of this car and command to arrive after the click is the click's.
  const click = records.get(clickKey(o.vin));
  if (!prev && click && click.outcome.state !== "done" && click.outcome.command === o.command &&
      o.runId > newestRun(o.vin)) {
    records.delete(clickKey(o.vin));
    prev = click;
  }
  // Done is final: a late pending, or the same end again (the event and the invoke answer).
  if (prev && prev.outcome.state === "done") return;
  // The counter keeps counting from the click, not from when Rust got round to it.
  const since = prev ? prev.since : o.startedAt;
  const wasNew = !prev;
  const record = { outcome: o, since, announced: prev ? prev.announced : false };
  records.set(key, record);

  const current = shown.get(o.vin);
  const currentRecord = current && records.get(current);
  const currentId = currentRecord ? currentRecord.outcome.runId : 0;
  const currentIsClick = current === clickKey(o.vin) && currentRecord && currentRecord.outcome.state !== "done";
  if (!currentIsClick && o.runId >= currentId) shown.set(o.vin, key);
  changed(o.vin);

  if (source === "load") {
    record.announced = o.state === "done";
    return;
  }
  if (o.state === "done") {
    if (record.announced) return;
    record.announced = true;
    say(announcement(nameOf(o.vin), o), o.outcome !== "succeeded");
    for (const fn of doneListeners) fn(o);
  } else if (wasNew) {
    say(announcement(nameOf(o.vin), o), false);
  }
}

/** The highest run id known for the car (0 for none). */
function newestRun(vin) {
  let newest = 0;
  for (const r of records.values()) {
    if (r.outcome.vin === vin && r.outcome.runId > newest) newest = r.outcome.runId;
  }
  return newest;
}

/** A car's state from list_vehicles: its last run (the one in flight, if any). */
export function seed(vehicle) {
  if (vehicle && vehicle.lastOutcome) apply(vehicle.lastOutcome, "load");
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
  const key = shown.get(vin);
  const r = key && records.get(key);
  if (!r) {
    el.dataset.state = "idle";
    el.dataset.tone = "idle";
    delete el.dataset.status;
    replaceChildren(el, h("p", { class: "outcome-idle", text: t("outcome-idle") }));
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
    const key = shown.get(vin);
    const r = key && records.get(key);
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
