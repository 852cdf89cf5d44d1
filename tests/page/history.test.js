// Unit tests of the history list (ui/history.js): newest first, at most 50 rows, each run once,
// and a finished run added as one new row on top that reads exactly as a full redraw would.

import { beforeEach, mock, test } from "node:test";
import assert from "node:assert/strict";

import { addToHistory, initHistory, setHistory } from "../../ui/history.js";
import { finished, installPage, started } from "./support/page.js";

installPage();
const body = document.getElementById("history-body");
const table = document.getElementById("history-table");
const empty = document.getElementById("history-empty");
const error = document.getElementById("history-error");
initHistory({ body, table, empty, error });

let runs = 0;
/** A finished Flash, `minutesAgo` before now, with its own run id. */
function run(minutesAgo, fields = {}) {
  runs += 1;
  const startedAt = Date.now() - minutesAgo * 60_000;
  return finished(started({ runId: runs, command: "FLASH", startedAt }), fields);
}

const rowsOf = () => [...body.querySelectorAll("tr")];
const statuses = () => rowsOf().map((r) => r.querySelector(".status-code").textContent);

beforeEach(() => setHistory([]));

test("an empty history says so and hides the table", () => {
  assert.equal(empty.hidden, false);
  assert.equal(table.hidden, true);
  assert.equal(rowsOf().length, 0);
});

test("a finished run is added on top as one new row, the rows before it kept as they are", () => {
  setHistory([run(3, { status: "B" }), run(5, { status: "A" })]);
  const before = rowsOf();
  addToHistory(run(1, { status: "C" }));
  assert.deepEqual(statuses(), ["C", "B", "A"]);
  assert.equal(rowsOf()[1], before[0], "the old rows are the same elements, not drawn again");
  assert.equal(rowsOf()[2], before[1]);
  assert.equal(empty.hidden, true);
  assert.equal(table.hidden, false);
});

test("rows added one by one read exactly as the same history drawn at once", () => {
  const list = [run(9, { status: "X" }), run(7, { outcome: "error", status: "error:timeout", message: "No answer." })];
  for (const r of list) addToHistory(r);
  const added = body.innerHTML;
  setHistory([...list].reverse());
  assert.equal(body.innerHTML, added);
});

test("at most 50 rows: the oldest one leaves when a new one comes", () => {
  const list = Array.from({ length: 50 }, (_, k) => run(100 - k, { status: `S${k}` }));
  setHistory([...list].reverse());
  assert.equal(rowsOf().length, 50);
  addToHistory(run(0, { status: "NEW" }));
  assert.equal(rowsOf().length, 50);
  assert.equal(statuses()[0], "NEW");
  assert.equal(statuses()[49], "S1", "S0, the oldest, is gone");
});

test("a run already listed is shown once, moved to the top with its latest state", () => {
  const a = run(4, { status: "A" });
  const b = run(2, { status: "B" });
  setHistory([b, a]);
  addToHistory({ ...a, status: "A2" });
  assert.deepEqual(statuses(), ["A2", "B"]);
});

test("a run still pending is not history", () => {
  setHistory([run(2, { status: "B" })]);
  addToHistory(started({ runId: 999 }));
  assert.deepEqual(statuses(), ["B"]);
});

test("after midnight the next finished run redraws the list, so yesterday's rows get their date", () => {
  const evening = new Date(2026, 11, 2, 23, 58, 0).getTime();
  mock.timers.enable({ apis: ["Date"], now: evening });
  try {
    setHistory([finished(started({ runId: 9001, command: "FLASH", startedAt: evening - 60_000 }), { status: "OLD" })]);
    const before = body.querySelector("time").textContent;
    assert.doesNotMatch(before, /Dec/, "today's rows show the time only");
    mock.timers.tick(5 * 60_000);
    addToHistory(finished(started({ runId: 9002, command: "FLASH", startedAt: Date.now() - 2_000 }), { status: "NEW" }));
    assert.deepEqual(statuses(), ["NEW", "OLD"]);
    const times = rowsOf().map((r) => r.querySelector("time").textContent);
    assert.doesNotMatch(times[0], /Dec/, "the new row is today's");
    assert.match(times[1], /Dec/, "yesterday's row was drawn again, with its day");
  } finally {
    mock.timers.reset();
  }
});
