// Unit tests of how the page follows runs of commands (ui/outcome.js): one record per runId,
// done is final, the click's stand-in, already_in_flight, and what the live regions say.
// The events come through ui/ipc.js from a fake Tauri, wired as app.js wires them; the clock
// is node's mock, so the elapsed counter and the live regions' delay are exact.

import { after, beforeEach, mock, test } from "node:test";
import assert from "node:assert/strict";

import * as ipc from "../../ui/ipc.js";
import * as outcome from "../../ui/outcome.js";
import { putCar } from "../../ui/cars.js";
import { timeOfDay } from "../../ui/format.js";
import {
  deferred, finished, installPage, recordAnnouncements, settle, started, vehicle,
} from "./support/page.js";

const { tauri } = installPage();
const said = recordAnnouncements(document);
const history = [];
outcome.onDone((o) => history.push(o));
await ipc.onCommandStarted((o) => outcome.apply(o, "event"));
await ipc.onCommandFinished((o) => outcome.apply(o, "event"));

mock.timers.enable({ apis: ["setTimeout", "setInterval", "Date"], now: Date.UTC(2026, 11, 2, 8, 0, 0) });
after(() => mock.timers.reset());
// Each test hears only its own sentences.
beforeEach(() => heard());

/** A car on the page with its tile's outcome line attached. */
function carOnPage(fields) {
  const car = vehicle(fields);
  putCar(car);
  const line = outcome.outcomeElement(car.vin);
  document.body.append(line);
  outcome.attach(car.vin, line, () => {});
  return { car, vin: car.vin, line };
}

/** What the live regions said since the last call (they speak after a short delay). */
function heard() {
  mock.timers.tick(100);
  return said.splice(0);
}

const headline = (line) => line.querySelector(".outcome-headline")?.textContent;
const historyOf = (vin) => history.filter((o) => o.vin === vin);

test("before any run the line says where the answer will show", () => {
  const { line } = carOnPage();
  assert.equal(line.dataset.state, "idle");
  assert.equal(line.textContent, "The car's answer will show here.");
});

test("a started then a finished event of one run show it pending, then done", () => {
  const { vin, line } = carOnPage();
  const run = started({ runId: 101, vin, command: "HONK" });

  tauri.emit("command-started", run);
  assert.equal(line.dataset.state, "pending");
  assert.equal(headline(line), "Honking…");
  assert.equal(outcome.isCarBusy(vin), true);
  assert.equal(outcome.isPending(vin, "HONK"), true);
  assert.equal(outcome.isPending(vin, "FLASH"), false);

  tauri.emit("command-finished", finished(run));
  assert.equal(line.dataset.state, "done");
  assert.equal(line.dataset.tone, "ok");
  assert.equal(line.dataset.status, "COMPLETED");
  assert.match(headline(line), /^Honked at /);
  assert.equal(outcome.isCarBusy(vin), false);
});

test("a run is announced when it starts and once when it ends, however often its end arrives", () => {
  const { vin } = carOnPage();
  const run = started({ runId: 102, vin, command: "FLASH" });
  tauri.emit("command-started", run);
  tauri.emit("command-started", run);
  tauri.emit("command-finished", finished(run));
  outcome.apply(finished(run), "invoke");
  tauri.emit("command-finished", finished(run));

  const sentences = heard();
  assert.equal(sentences.length, 2);
  assert.deepEqual(sentences[0], { text: "XC40 Recharge: sending flash to the car.", urgent: false });
  assert.deepEqual(sentences[1], {
    text: `XC40 Recharge: Flashed at ${timeOfDay(run.startedAt + 2_000)}. The car did it.`, urgent: false,
  });
  assert.equal(historyOf(vin).length, 1);
});

test("a finished run is final: a late started event does not make it pending again", () => {
  const { vin, line } = carOnPage();
  const run = started({ runId: 103, vin });
  tauri.emit("command-finished", finished(run));
  tauri.emit("command-started", run);

  assert.equal(line.dataset.state, "done");
  assert.equal(outcome.isCarBusy(vin), false);
  assert.equal(heard().length, 1);
});

test("an error run is announced assertively with the car, the command, the title, Rust's words and advice", () => {
  const { vin, line } = carOnPage({ displayName: "Sage" });
  const run = started({ runId: 104, vin, command: "HONK_AND_FLASH" });
  tauri.emit("command-finished", finished(run, {
    status: "error:quota_exceeded", outcome: "error", message: "Today's Volvo API quota is used up.",
    advice: "It resets at midnight UTC.",
  }));

  assert.equal(line.dataset.tone, "bad");
  assert.equal(line.dataset.status, "error:quota_exceeded");
  assert.equal(headline(line), "Daily limit reached");
  assert.deepEqual(heard(), [{
    text: "Sage, honk & flash: Daily limit reached. Today's Volvo API quota is used up. It resets at midnight UTC.",
    urgent: true,
  }]);
});

test("a click shows pending at once and sends that command for that car", async () => {
  const { vin, line } = carOnPage();
  const answer = deferred();
  tauri.answer("send_command", () => answer.promise);

  const clicked = outcome.request(vin, "FLASH");
  assert.equal(line.dataset.state, "pending");
  assert.equal(line.dataset.command, "FLASH");
  assert.deepEqual(tauri.argsOf("send_command").at(-1), { vin, command: "FLASH" });
  assert.deepEqual(heard(), [{ text: "XC40 Recharge: sending flash to the car.", urgent: false }]);

  answer.resolve(finished(started({ runId: 105, vin, command: "FLASH" })));
  await clicked;
  assert.equal(line.dataset.state, "done");
  assert.equal(line.dataset.tone, "ok");
  assert.equal(historyOf(vin).length, 1);
});

test("the first new run of the clicked command adopts the click: one start, one end, counted from the click", async () => {
  const { vin, line } = carOnPage();
  const answer = deferred();
  tauri.answer("send_command", () => answer.promise);
  const clicked = outcome.request(vin, "HONK");

  mock.timers.tick(3_000);
  const run = started({ runId: 106, vin, command: "HONK" });
  tauri.emit("command-started", run);
  assert.equal(line.querySelector("[data-elapsed]").textContent, "3 s");

  tauri.emit("command-finished", finished(run));
  answer.resolve(finished(run));
  await clicked;

  const sentences = heard();
  assert.equal(sentences.length, 2);
  assert.match(sentences[0].text, /sending honk/);
  assert.match(sentences[1].text, /Honked at/);
  assert.equal(historyOf(vin).length, 1);
  assert.equal(outcome.isCarBusy(vin), false);
});

test("a run older than the car's newest does not take over a click in progress", () => {
  const { car, vin, line } = carOnPage();
  outcome.seed({ ...car, lastOutcome: finished(started({ runId: 121, vin, command: "FLASH" })) });
  tauri.answer("send_command", () => deferred().promise);
  outcome.request(vin, "HONK");

  tauri.emit("command-finished", finished(started({ runId: 120, vin, command: "HONK" })));
  assert.equal(line.dataset.state, "pending");
  assert.equal(line.dataset.command, "HONK");
  assert.equal(outcome.isPending(vin, "HONK"), true);
});

test("when the send answer comes before the run's events, the late events change nothing", async () => {
  const { vin, line } = carOnPage();
  const run = started({ runId: 122, vin, command: "HONK" });
  tauri.answer("send_command", () => finished(run));
  await outcome.request(vin, "HONK");
  assert.equal(line.dataset.state, "done");
  heard();

  tauri.emit("command-started", run);
  tauri.emit("command-finished", finished(run));
  assert.equal(line.dataset.state, "done");
  assert.equal(outcome.isCarBusy(vin), false);
  assert.deepEqual(heard(), []);
  assert.equal(historyOf(vin).length, 1);
});

test("the elapsed seconds move while a run is pending and go when it ends", () => {
  const { vin, line } = carOnPage();
  const run = started({ runId: 107, vin });
  tauri.emit("command-started", run);
  assert.equal(line.querySelector("[data-elapsed]").textContent, "0 s");

  mock.timers.tick(65_000);
  assert.equal(line.querySelector("[data-elapsed]").textContent, "1 min 05 s");

  tauri.emit("command-finished", finished(run));
  assert.equal(line.querySelector("[data-elapsed]"), null);
});

test("a click while the car is busy with any command sends nothing", async () => {
  const { vin } = carOnPage();
  tauri.emit("command-started", started({ runId: 108, vin, command: "HONK" }));
  const before = tauri.argsOf("send_command").length;

  await outcome.request(vin, "FLASH");
  assert.equal(tauri.argsOf("send_command").length, before);
});

test("already_in_flight: the click's stand-in goes and the page follows the car's run in flight", async () => {
  const { car, vin, line } = carOnPage();
  const tray = started({ runId: 109, vin, command: "HONK" });
  tauri.answer("send_command", () => {
    throw { kind: "already_in_flight", message: "Already sending honk to this car; flash was not sent." };
  });
  tauri.answer("list_vehicles", () => [{ ...car, inFlight: ["HONK"], lastOutcome: tray }]);

  await outcome.request(vin, "FLASH");
  await settle();

  assert.deepEqual(tauri.argsOf("list_vehicles").at(-1), { refresh: false });
  assert.equal(line.dataset.state, "pending");
  assert.equal(line.dataset.command, "HONK");
  assert.equal(outcome.isPending(vin, "FLASH"), false);
  assert.equal(outcome.isPending(vin, "HONK"), true);
  assert.deepEqual(heard(), [
    { text: "XC40 Recharge: sending flash to the car.", urgent: false },
    { text: "XC40 Recharge: Already sending honk to this car; flash was not sent.", urgent: false },
  ]);
  assert.equal(historyOf(vin).length, 0);

  tauri.emit("command-finished", finished(tray));
  assert.equal(line.dataset.state, "done");
  assert.equal(line.dataset.command, "HONK");
  assert.equal(historyOf(vin).length, 1);
});

test("a refused command ends its click as an error in plain words, said assertively", async () => {
  const { vin, line } = carOnPage();
  tauri.answer("send_command", () => {
    throw { kind: "invalid_input", message: "This car does not offer honk." };
  });

  await outcome.request(vin, "HONK");
  assert.equal(line.dataset.state, "done");
  assert.equal(line.dataset.status, "error:invalid_input");
  assert.equal(headline(line), "Please check what you entered");
  assert.match(line.textContent, /This car does not offer honk\./);
  assert.equal(outcome.isCarBusy(vin), false);
  assert.deepEqual(heard().at(-1), {
    text: "XC40 Recharge, honk: Please check what you entered. This car does not offer honk.", urgent: true,
  });
  assert.equal(historyOf(vin)[0].status, "error:invalid_input");
});

test("a bare string from Tauri ends the click as a Beacon problem, never [object Object]", async () => {
  const { vin, line } = carOnPage();
  tauri.answer("send_command", () => {
    throw "invalid args `command` for command `send_command`";
  });

  await outcome.request(vin, "HONK");
  assert.equal(line.dataset.status, "error:internal");
  assert.equal(headline(line), "Beacon problem");
  assert.match(line.textContent, /Beacon could not do that \(invalid args `command`/);
  assert.doesNotMatch(line.textContent, /object Object/);
});

test("a car's last run from the car list shows without being announced or added to history", () => {
  const { car, vin, line } = carOnPage();
  const run = finished(started({ runId: 110, vin, command: "FLASH" }));
  outcome.seed({ ...car, lastOutcome: run });

  assert.equal(line.dataset.state, "done");
  assert.equal(line.dataset.command, "FLASH");
  tauri.emit("command-finished", run);
  assert.deepEqual(heard(), []);
  assert.equal(historyOf(vin).length, 0);
});

test("a car's run in flight from the car list makes it busy, and its finish is news", () => {
  const { car, vin, line } = carOnPage();
  const run = started({ runId: 111, vin, command: "HONK" });
  outcome.seed({ ...car, inFlight: ["HONK"], lastOutcome: run });
  assert.equal(outcome.isCarBusy(vin), true);
  assert.deepEqual(heard(), []);

  tauri.emit("command-finished", finished(run));
  assert.equal(line.dataset.state, "done");
  assert.equal(heard().length, 1);
  assert.equal(historyOf(vin).length, 1);
});

test("the line keeps the newest run: an older run's late end does not replace it", () => {
  const { car, vin, line } = carOnPage();
  outcome.seed({ ...car, lastOutcome: finished(started({ runId: 113, vin, command: "FLASH" })) });
  tauri.emit("command-finished", finished(started({ runId: 112, vin, command: "HONK" })));

  assert.equal(line.dataset.command, "FLASH");
});

test("the click is handed to Rust before the pending line is drawn", async () => {
  const { vin, line } = carOnPage();
  const answer = deferred();
  let lineAtSend = null;
  tauri.answer("send_command", () => {
    lineAtSend = line.dataset.state;
    return answer.promise;
  });

  const clicked = outcome.request(vin, "FLASH");
  assert.equal(lineAtSend, "idle", "drawn before the invoke");
  assert.equal(line.dataset.state, "pending");
  answer.resolve(finished(started({ runId: 130, vin, command: "FLASH" })));
  await clicked;
  assert.equal(line.dataset.state, "done");
});
