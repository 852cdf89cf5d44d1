// The last 50 outcomes: loaded from history() at start, then kept current from finished
// outcomes (clicks, tray, shortcut).

import { h, replaceChildren, show } from "./dom.js";
import { commandLabel, describeOutcome, errorSentence, shortWhen } from "./format.js";
import { nameOf } from "./cars.js";
import { t } from "./l10n.js";

const MAX = 50;
let entries = [];
let parts = null;

// History written before runs had ids has runId 0: those are told apart by their start.
const keyOf = (o) => (o.runId ? `run ${o.runId}` : `${o.vin}|${o.command}|${o.startedAt}`);

/** Binds to the history section's table body, empty note and error line. */
export function initHistory({ body, table, empty, error }) {
  parts = { body, table, empty, error };
  draw();
}

/** Replaces the list with Rust's (newest first). */
export function setHistory(list) {
  entries = (Array.isArray(list) ? list : []).filter((o) => o && o.state === "done").slice(0, MAX);
  if (parts) show(parts.error, false);
  draw();
}

export function historyFailed(err) {
  if (!parts) return;
  parts.error.textContent = t("history-failed", { error: errorSentence(err) });
  show(parts.error, true);
}

/** Adds one finished outcome on top, unless it is already there. Only that row is drawn (and
 * the one it pushes out removed): after every command the page would otherwise build all 50
 * rows again. */
export function addToHistory(o) {
  if (!o || o.state !== "done") return;
  const key = keyOf(o);
  const entry = { displayName: nameOf(o.vin), ...o };
  const known = entries.some((e) => keyOf(e) === key);
  const drawn = rows.length === entries.length && drawnOn === today();
  entries = [entry, ...entries.filter((e) => keyOf(e) !== key)].slice(0, MAX);
  // A run already listed moves to the top, and rows drawn on another day need the date in
  // their times now: those redraw the whole list.
  if (!parts || known || !drawn) {
    draw();
    return;
  }
  const row = rowOf(entry);
  parts.body.prepend(row);
  rows.unshift(row);
  while (rows.length > entries.length) rows.pop().remove();
  show(parts.empty, false);
  show(parts.table, true);
}


// The rows on the page, in the order of `entries`, and the day they were drawn on.
let rows = [];
let drawnOn = "";

const today = () => new Date().toDateString();

function draw() {
  if (!parts) return;
  show(parts.empty, entries.length === 0);
  show(parts.table, entries.length > 0);
  rows = entries.map(rowOf);
  drawnOn = today();
  replaceChildren(parts.body, rows);
}

function rowOf(o) {
  const d = describeOutcome(o);
  const tone = d.tone === "pending" ? "bad" : d.tone;
  const result = t("history-result-pill", {
    result: o.outcome === "error" || String(o.status).startsWith("error:") ? "error" : tone,
  });
  const when = o.finishedAt || o.startedAt;
  return h(
    "tr",
    { dataset: { tone } },
    h("td", { class: "h-time" }, h("time", { datetime: isoOrNull(when), text: shortWhen(when) })),
    h("td", { class: "h-car", text: o.displayName || nameOf(o.vin) }),
    h("td", { class: "h-command", text: commandLabel(o.command) }),
    h(
      "td",
      { class: "h-status" },
      h("span", { class: "pill", dataset: { tone }, text: result }),
      h("code", { class: "status-code", text: o.status || "" }),
    ),
    h("td", { class: "h-message", text: d.message }),
  );
}

function isoOrNull(ms) {
  return typeof ms === "number" && Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
