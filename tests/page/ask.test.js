// Unit tests of "Ask before honking" in the window (ui/ask.js and its use in ui/outcome.js):
// the question before a honk, its answers, flashing never asked, and the setting's checkbox.

import { after, mock, test } from "node:test";
import assert from "node:assert/strict";

import * as ask from "../../ui/ask.js";
import * as outcome from "../../ui/outcome.js";
import { putCar } from "../../ui/cars.js";
import { appState, finished, installPage, settle, started, vehicle } from "./support/page.js";

const { window, tauri } = installPage();
// outcome.js ticks the elapsed seconds while a run is pending: a failed test that leaves one
// pending must not keep the file running.
mock.timers.enable({ apis: ["setInterval"] });
after(() => mock.timers.reset());
const dialog = () => document.getElementById("honk-confirm");
const click = (id) => document.getElementById(id).click();

/** What answering the question with `button` makes of a request for `command`. */
async function answer(command, button) {
  const car = vehicle({ displayName: "Green one" });
  putCar(car);
  const sends = tauri.argsOf("send_command").length;
  tauri.answer("send_command", ({ vin, command }) => finished(started({ vin, command })));
  const request = outcome.request(car.vin, command);
  await settle();
  const asked = dialog().open ? document.getElementById("honk-confirm-question").textContent : null;
  if (asked !== null) click(button);
  await request;
  return { asked, sent: tauri.argsOf("send_command").length - sends };
}

test("with the setting off, a honk goes without a question", async () => {
  ask.applyAskSetting(appState({ askBeforeHonking: false }));
  assert.deepEqual(await answer("HONK", "honk-confirm-yes"), { asked: null, sent: 1 });
});

test("with the setting on, a honk waits for a yes; Cancel sends nothing", async () => {
  ask.applyAskSetting(appState({ askBeforeHonking: true }));
  assert.deepEqual(await answer("HONK", "honk-confirm-no"), { asked: "Green one: honk now?", sent: 0 });
  assert.equal(dialog().open, false);
  assert.deepEqual(await answer("HONK_AND_FLASH", "honk-confirm-yes"), {
    asked: "Green one: honk and flash now?",
    sent: 1,
  });
  assert.equal(document.getElementById("honk-confirm-yes").textContent, "Honk & flash");
});

test("flashing never asks", async () => {
  ask.applyAskSetting(appState({ askBeforeHonking: true }));
  assert.deepEqual(await answer("FLASH", "honk-confirm-yes"), { asked: null, sent: 1 });
});

test("the question's focus is on Cancel, so Enter alone does not honk", async () => {
  ask.applyAskSetting(appState({ askBeforeHonking: true }));
  const car = vehicle();
  putCar(car);
  const request = outcome.request(car.vin, "HONK");
  await settle();
  assert.equal(document.activeElement.id, "honk-confirm-no");
  click("honk-confirm-no");
  await request;
});

test("the checkbox saves the setting and shows Rust's answer", async () => {
  ask.initAskSetting();
  const box = document.getElementById("ask-before-honking");
  ask.applyAskSetting(appState({ askBeforeHonking: false }));
  assert.equal(box.checked, false);
  tauri.answer("set_ask_before_honking", ({ enabled }) => appState({ askBeforeHonking: enabled }));
  box.checked = true;
  box.dispatchEvent(new window.Event("change"));
  await settle();
  await settle();
  assert.deepEqual(tauri.argsOf("set_ask_before_honking").at(-1), { enabled: true });
  assert.equal(box.checked, true);
  assert.equal(document.getElementById("ask-before-honking-status").textContent, "Beacon will ask before it honks.");

  tauri.answer("set_ask_before_honking", () => {
    throw { kind: "storage", message: "The settings file could not be written." };
  });
  box.checked = false;
  box.dispatchEvent(new window.Event("change"));
  await settle();
  await settle();
  assert.equal(box.checked, true, "a failed save leaves the setting as it was");
  assert.match(document.getElementById("ask-before-honking-status").textContent, /could not be written/);
});
