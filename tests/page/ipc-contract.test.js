// The page's side of the IPC contract. page-preview/ipc-payloads.js is what the real app
// answered (recorded and checked by src-tauri/tests/ipc_payloads.rs, with the command, event
// and error-kind names from Rust); here ui/ipc.js, docs/ipc.md and the dev mock are held to it.

import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import recorded from "../../page-preview/ipc-payloads.js";
import { shapeDifferences } from "./support/shape.js";
import { appState, finished, setupStatus, started, vehicle } from "./support/page.js";

const read = (path) => readFileSync(new URL(path, import.meta.url), "utf8");
const sorted = (list) => [...list].sort();
const matches = (text, pattern) => [...text.matchAll(pattern)].map((m) => m[1]);

/** The first column of the table under `heading` in docs/ipc.md. */
function tableNames(markdown, heading) {
  const section = markdown.split(/^## /m).find((s) => s.startsWith(heading));
  assert.ok(section, `docs/ipc.md has a "## ${heading}" section`);
  return matches(section, /^\| `([a-z_-]+)` \|/gm);
}

let mock;
const seen = new Map();

before(async () => {
  // The mock reads the page's address and installs itself on `window`, as in a browser.
  globalThis.window = globalThis;
  globalThis.location = new URL("http://localhost/page-preview/index.html?latency=0&history=empty");
  await import("../../page-preview/mock-ipc.js");
  mock = window.__TAURI__;
  for (const name of recorded.eventNames) {
    await mock.event.listen(name, ({ payload }) => {
      if (!seen.has(name)) seen.set(name, payload);
    });
  }
});

test("ui/ipc.js calls every command of the contract once, and no other", () => {
  const called = matches(read("../../ui/ipc.js"), /\bcall\("([a-z_]+)"/g);
  assert.deepEqual(sorted(called), sorted(recorded.commandNames));
});

test("ui/ipc.js listens to every event of the contract, and no other", () => {
  const listened = matches(read("../../ui/ipc.js"), /\bon\("([a-z-]+)"/g);
  assert.deepEqual(sorted(listened), sorted(recorded.eventNames));
});

test("docs/ipc.md lists every command and event, in the contract's order", () => {
  const docs = read("../../docs/ipc.md");
  assert.deepEqual(tableNames(docs, "Commands"), recorded.commandNames);
  assert.deepEqual(tableNames(docs, "Events"), recorded.eventNames);
});

test("the dev mock has a handler for every command, and no other", () => {
  assert.deepEqual(sorted(Object.keys(window.__mockBeacon.handlers)), sorted(recorded.commandNames));
});

test("the dev mock answers every command with the real app's payload shape", async () => {
  // In the contract's order: the client is saved before sign-in begins, as the page does it.
  for (const command of recorded.commandNames) {
    const { args, answer } = recorded.calls[command];
    const mocked = await mock.core.invoke(command, structuredClone(args));
    // The words are data, not a shape (a message's parts mix text and variables): the same
    // English catalog exactly.
    if (command === "page_words") assert.deepEqual(mocked, answer);
    else assert.deepEqual(shapeDifferences(mocked, answer), [], `${command}(${JSON.stringify(args)})`);
  }
});

test("the dev mock sends every event with the real app's payload shape", () => {
  for (const name of recorded.eventNames) {
    assert.ok(seen.has(name), `the mock sent no ${name} while every command ran`);
    assert.deepEqual(shapeDifferences(seen.get(name), recorded.events[name]), [], name);
  }
});

test("the dev mock rejects with {kind, message} and only with kinds the app has", async () => {
  const source = read("../../page-preview/mock-ipc.js");
  const kinds = [...matches(source, /\breject\("([a-z_]+)"/g), ...matches(source, /\bkind: "([a-z_]+)"/g)];
  assert.ok(kinds.length > 5, "the mock's kinds were found");
  for (const kind of kinds) assert.ok(recorded.errorKinds.includes(kind), `${kind} is not an error kind of the app`);

  const { args } = recorded.calls.send_command;
  const rejection = await mock.core.invoke("send_command", { ...args, command: "LOCK" }).then(
    () => assert.fail("LOCK was accepted"),
    (e) => e,
  );
  assert.deepEqual(shapeDifferences(rejection, recorded.rejection), []);
  assert.equal(rejection.kind, recorded.rejection.kind);
});

test("the page tests' fake payloads have the real app's shape", () => {
  const run = started({});
  const built = {
    "command-started": [run, recorded.events["command-started"]],
    "command-finished": [finished(run), recorded.events["command-finished"]],
    Vehicle: [vehicle({ lastOutcome: run }), recorded.calls.list_vehicles.answer[0]],
    SetupStatus: [setupStatus(), recorded.calls.setup_status.answer],
    AppState: [appState(), recorded.calls.app_state.answer],
  };
  for (const [name, [fake, real]] of Object.entries(built)) assert.deepEqual(shapeDifferences(fake, real), [], name);
});

test("the page tests reject only with kinds the app has", () => {
  for (const file of ["outcome.test.js", "tiles.test.js", "setup.test.js"]) {
    const kinds = matches(read(file), /\bkind: "([a-z_]+)"/g);
    assert.ok(kinds.length > 0, `${file}'s kinds were found`);
    for (const kind of kinds) assert.ok(recorded.errorKinds.includes(kind), `${file}: ${kind} is not an error kind of the app`);
  }
});
