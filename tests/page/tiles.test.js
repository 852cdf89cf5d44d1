// Unit tests of the car tiles (ui/tiles.js): what a tile shows from a Vehicle as docs/ipc.md
// has it, the buttons and their busy state, the accessible names, updates in place, and the
// nickname editor. Runs come to the tiles through ui/outcome.js, as on the real page.

import { after, beforeEach, mock, test } from "node:test";
import assert from "node:assert/strict";

import * as outcome from "../../ui/outcome.js";
import { loadImages, renderTiles } from "../../ui/tiles.js";
import { deferred, finished, installPage, settle, started, vehicle } from "./support/page.js";

const { window, tauri } = installPage();
// outcome.js ticks the elapsed seconds while a run is pending: a failed test that leaves one
// pending must not keep the file running.
mock.timers.enable({ apis: ["setInterval"] });
after(() => mock.timers.reset());
let grid;

beforeEach(() => {
  grid = document.createElement("div");
  document.body.append(grid);
});

/** Renders the cars as app.js does (their last runs first), and returns the first car's tile. */
function render(...cars) {
  for (const car of cars) outcome.seed(car);
  renderTiles(grid, cars);
  return tileOf(cars[0]);
}

const tileOf = (car) => grid.querySelector(`[data-vin="${car.vin}"]`);
const buttons = (tile) => [...tile.querySelectorAll("button[data-command]")];
const commandsOf = (tile) => buttons(tile).map((b) => b.dataset.command);
const button = (tile, command) => tile.querySelector(`button[data-command="${command}"]`);
const submit = (form) => form.dispatchEvent(new window.Event("submit", { bubbles: true, cancelable: true }));
const press = (el, key) => el.dispatchEvent(new window.KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));

test("a tile has a button for each command the car offers, in the page's order, and none for others", () => {
  const tile = render(vehicle({ commands: ["HONK_AND_FLASH", "FLASH"] }));
  assert.deepEqual(commandsOf(tile), ["FLASH", "HONK_AND_FLASH"]);
  assert.deepEqual(buttons(tile).map((b) => b.textContent), ["Flash", "Honk & flash"]);
  assert.ok(buttons(tile).every((b) => b.type === "button"));
});

test("a car without honk or flash has no buttons and says why", () => {
  const note = "This car offers only lock and unlock to apps, so it cannot honk or flash from here.";
  const tile = render(vehicle({ commands: [], missingNote: note }));
  assert.deepEqual(commandsOf(tile), []);
  assert.equal(tile.querySelector(".tile-actions").hidden, true);
  assert.equal(tile.querySelector(".missing-note").hidden, false);
  assert.equal(tile.querySelector(".missing-note").textContent, note);
});

test("the missing note stays hidden when Rust gives none", () => {
  const tile = render(vehicle());
  assert.equal(tile.querySelector(".missing-note").hidden, true);
  assert.equal(tile.querySelector(".tile-actions").hidden, false);
});

test("a car known from the last start says so until Volvo confirms it, keeping its old words for the tooltip", () => {
  const checkedAt = Date.now();
  const availability = { available: false, text: "Asleep", detail: "Asleep to save power", checkedAt };
  const car = vehicle({ availability, stale: true });
  const tile = render(car);
  const badge = tile.querySelector(".badge");
  assert.equal(badge.textContent, "Last known");
  assert.equal(badge.dataset.tone, "stale");
  assert.equal(tile.dataset.stale, "true");
  assert.equal(badge.nextElementSibling.textContent, "Shown as Beacon last saw this car; Volvo has not confirmed it yet");
  assert.match(badge.title, /^Shown as Beacon last saw this car; Volvo has not confirmed it yet\. Last seen as “Asleep” /);
  assert.deepEqual(commandsOf(tile), ["FLASH", "HONK", "HONK_AND_FLASH"], "its buttons work as before");

  const confirmed = render({ ...car, stale: false });
  assert.equal(confirmed, tile, "the same tile, updated in place");
  assert.equal(badge.textContent, "Asleep");
  assert.equal(badge.dataset.tone, "warn");
  assert.equal(tile.dataset.stale, "false");
});

test("a change of commands rebuilds the buttons", () => {
  const car = vehicle({ commands: ["FLASH"] });
  render(car);
  const tile = render({ ...car, commands: ["FLASH", "HONK"] });
  assert.deepEqual(commandsOf(tile), ["FLASH", "HONK"]);
});

test("the availability badge shows Rust's words, with a tone from available", () => {
  const badge = (availability) => render(vehicle({ availability })).querySelector(".badge");

  const ok = badge({ available: true, text: " Available ", checkedAt: Date.now() });
  assert.equal(ok.textContent, "Available");
  assert.equal(ok.dataset.tone, "ok");
  assert.match(ok.title, /^Checked /);

  const asleep = badge({ available: false, text: "Asleep (power-saving mode)", checkedAt: null });
  assert.equal(asleep.textContent, "Asleep (power-saving mode)");
  assert.equal(asleep.dataset.tone, "warn");
  assert.equal(asleep.hasAttribute("title"), false);

  assert.equal(badge({ available: null, text: "Unknown", checkedAt: null }).dataset.tone, "unknown");
});

test("the badge keeps to its few words; the explanation is its tooltip and for screen readers", () => {
  const checkedAt = Date.now();
  const tile = render(
    vehicle({
      availability: {
        available: false,
        text: "Asleep",
        detail: "Asleep to save power: it wakes when used or unlocked with the key",
        checkedAt,
      },
    }),
  );
  const badge = tile.querySelector(".badge");
  assert.equal(badge.textContent, "Asleep");
  assert.equal(badge.children.length, 0, "the chip is one line of text");
  const hidden = badge.nextElementSibling;
  assert.equal(hidden.className, "sr-only");
  assert.equal(hidden.textContent, "Asleep to save power: it wakes when used or unlocked with the key");
  assert.match(badge.title, /^Asleep to save power: it wakes when used or unlocked with the key\. Checked /);

  const ready = render(
    vehicle({ availability: { available: true, text: "Ready for commands", detail: "Ready for commands", checkedAt } }),
  );
  assert.equal(ready.querySelector(".badge").textContent, "Ready for commands");
  assert.equal(ready.querySelector(".badge").nextElementSibling.textContent, "", "the same words are not said twice");
  assert.match(ready.querySelector(".badge").title, /^Checked /);
});

test("a car never checked says so instead of a blank badge", () => {
  const badge = render(vehicle({ availability: null })).querySelector(".badge");
  assert.equal(badge.textContent, "Not checked yet");
  assert.equal(badge.dataset.tone, "unknown");
});

test("a tile is named by displayName, and the meta line has year, colour and fuel", () => {
  const tile = render(vehicle());
  assert.equal(tile.querySelector(".tile-name").textContent, "XC40 Recharge");
  assert.equal(tile.querySelector(".tile-meta").textContent, "2023 · Sage Green · Electric");
});

test("with a nickname the model moves to the meta line, so the tile still names the model", () => {
  const tile = render(vehicle({ nickname: "Sage", displayName: "Sage", fuelType: "PETROL/ELECTRIC" }));
  assert.equal(tile.querySelector(".tile-name").textContent, "Sage");
  assert.equal(tile.querySelector(".tile-meta").textContent, "XC40 Recharge · 2023 · Sage Green · Plug-in hybrid");
});

test("a fuel type the page does not know reads in title case", () => {
  const tile = render(vehicle({ fuelType: "NATURAL_GAS", modelYear: null, colour: null }));
  assert.equal(tile.querySelector(".tile-meta").textContent, "Natural Gas");
});

test("the VIN shows masked and reads as its last characters", () => {
  const car = vehicle();
  const vin = render(car).querySelector(".tile-vin");
  assert.equal(vin.querySelector(".sr-only").textContent, `VIN ending in ${car.vin.slice(-6)}`);
  const shown = vin.querySelector('[aria-hidden="true"]');
  assert.equal(shown.textContent, `VIN ${car.maskedVin}`);
  assert.doesNotMatch(vin.textContent, new RegExp(car.vin));
});

test("the tile is labelled by its name, its buttons by the car and described by its answer line", () => {
  const car = vehicle({ nickname: "Sage", displayName: "Sage" });
  const tile = render(car);
  assert.equal(tile.tagName, "ARTICLE");
  assert.equal(document.getElementById(tile.getAttribute("aria-labelledby")).textContent, "Sage");
  const actions = tile.querySelector(".tile-actions");
  assert.equal(actions.getAttribute("role"), "group");
  assert.equal(actions.getAttribute("aria-label"), "Commands for Sage");
  const answerLine = tile.querySelector("[data-outcome]");
  assert.equal(answerLine.id, `outcome-${car.vin}`);
  assert.ok(buttons(tile).every((b) => b.getAttribute("aria-describedby") === answerLine.id));
  assert.equal(tile.querySelector(".rename-btn").getAttribute("aria-label"), "Rename Sage");
});

test("while a run of the car is in flight its buttons are inert but focusable, and that one is busy", () => {
  const car = vehicle();
  const run = started({ runId: 201, vin: car.vin, command: "HONK" });
  const tile = render({ ...car, inFlight: ["HONK"], lastOutcome: run });

  for (const b of buttons(tile)) {
    assert.equal(b.getAttribute("aria-disabled"), "true");
    assert.equal(b.disabled, false);
  }
  assert.deepEqual(buttons(tile).filter((b) => b.classList.contains("is-busy")).map((b) => b.dataset.command), ["HONK"]);

  outcome.apply(finished(run), "event");
  for (const b of buttons(tile)) {
    assert.equal(b.hasAttribute("aria-disabled"), false);
    assert.equal(b.classList.contains("is-busy"), false);
  }
});

test("a button sends its command for its car, and the car's buttons wait for the answer", async () => {
  const car = vehicle();
  const tile = render(car);
  const answer = deferred();
  tauri.answer("send_command", () => answer.promise);

  button(tile, "FLASH").click();
  assert.deepEqual(tauri.argsOf("send_command").at(-1), { vin: car.vin, command: "FLASH" });
  assert.equal(button(tile, "FLASH").classList.contains("is-busy"), true);
  assert.equal(button(tile, "HONK").getAttribute("aria-disabled"), "true");

  button(tile, "HONK").click();
  assert.equal(tauri.argsOf("send_command").length, 1);

  answer.resolve(finished(started({ runId: 202, vin: car.vin, command: "FLASH" })));
  await settle();
  assert.equal(button(tile, "FLASH").classList.contains("is-busy"), false);
  assert.equal(button(tile, "HONK").hasAttribute("aria-disabled"), false);
});

test("a refresh updates a tile in place, so the focused button keeps focus", () => {
  const car = vehicle();
  const tile = render(car);
  const honk = button(tile, "HONK");
  honk.focus();

  const again = render({ ...car, availability: { available: false, text: "Asleep", checkedAt: null } });
  assert.equal(again, tile);
  assert.equal(button(again, "HONK"), honk);
  assert.equal(document.activeElement, honk);
  assert.equal(again.querySelector(".badge").textContent, "Asleep");
});

test("tiles follow the list's order, and a car no longer listed loses its tile", () => {
  const [a, b, c] = [vehicle(), vehicle(), vehicle()];
  render(a, b, c);
  assert.deepEqual([...grid.children].map((t) => t.dataset.vin), [a.vin, b.vin, c.vin]);

  render(c, a);
  assert.deepEqual([...grid.children].map((t) => t.dataset.vin), [c.vin, a.vin]);
});

// ---- nickname -----------------------------------------------------------------------------------

function startRename(car) {
  const tile = render(car);
  tile.querySelector(".rename-btn").click();
  return { tile, form: tile.querySelector("form.rename"), input: tile.querySelector(".rename-input") };
}

test("Rename opens a field with the nickname, labelled by the model", () => {
  const { tile, form, input } = startRename(vehicle({ nickname: "Sage", displayName: "Sage" }));
  assert.equal(form.hidden, false);
  assert.equal(tile.querySelector(".tile-title").hidden, true);
  assert.equal(input.value, "Sage");
  assert.equal(document.activeElement, input);
  assert.equal(tile.querySelector(`label[for="${input.id}"]`).textContent, "Nickname for XC40 Recharge");
});

test("Enter saves the trimmed nickname and the tile shows the car Rust sends back", async () => {
  const car = vehicle();
  const { tile, form, input } = startRename(car);
  tauri.answer("set_nickname", ({ vin, nickname }) => ({ ...car, vin, nickname, displayName: nickname }));

  input.value = "  Sage  ";
  submit(form);
  await settle();

  assert.deepEqual(tauri.argsOf("set_nickname").at(-1), { vin: car.vin, nickname: "Sage" });
  assert.equal(tile.querySelector(".tile-name").textContent, "Sage");
  assert.equal(form.hidden, true);
  assert.equal(document.activeElement, tile.querySelector(".rename-btn"));
});

test("an emptied nickname is sent as empty, which clears it", async () => {
  const car = vehicle({ nickname: "Sage", displayName: "Sage" });
  const { form, input } = startRename(car);
  tauri.answer("set_nickname", () => ({ ...car, nickname: null, displayName: car.model }));

  input.value = "";
  submit(form);
  await settle();
  assert.deepEqual(tauri.argsOf("set_nickname").at(-1), { vin: car.vin, nickname: "" });
});

test("Escape cancels a rename without saving and gives focus back to the rename button", () => {
  const { tile, form, input } = startRename(vehicle());
  const before = tauri.argsOf("set_nickname").length;
  input.value = "Not this";
  press(input, "Escape");

  assert.equal(form.hidden, true);
  assert.equal(tile.querySelector(".tile-title").hidden, false);
  assert.equal(document.activeElement, tile.querySelector(".rename-btn"));
  assert.equal(tauri.argsOf("set_nickname").length, before);
});

test("a nickname over 40 characters is refused on the page, without asking Rust", () => {
  const { tile, form, input } = startRename(vehicle());
  const before = tauri.argsOf("set_nickname").length;
  input.value = "x".repeat(41);
  submit(form);

  const error = tile.querySelector(".field-error");
  assert.equal(error.hidden, false);
  assert.equal(error.textContent, "A nickname can be at most 40 characters.");
  assert.ok(input.getAttribute("aria-describedby").split(" ").includes(error.id));
  assert.equal(tauri.argsOf("set_nickname").length, before);
});

test("a nickname Rust refuses shows its error in plain words and keeps the field open", async () => {
  const { tile, form, input } = startRename(vehicle());
  tauri.answer("set_nickname", () => {
    throw { kind: "storage", message: "Beacon could not save the nickname (disk full)." };
  });
  input.value = "Sage";
  submit(form);
  await settle();

  assert.equal(tile.querySelector(".field-error").textContent, "Could not save: Beacon could not save the nickname (disk full).");
  assert.equal(form.hidden, false);
  assert.equal(input.hasAttribute("aria-busy"), false);
});

// ---- pictures -----------------------------------------------------------------------------------

test("a car's picture is asked for once and shown only when it is a data:image URL", async () => {
  const [withPicture, withLink] = [vehicle(), vehicle()];
  render(withPicture, withLink);
  tauri.answer("vehicle_image", ({ vin }) =>
    vin === withPicture.vin ? "data:image/png;base64,iVBORw0KGgo=" : "https://example.com/car.png");

  await loadImages([withPicture, withLink]);
  await loadImages([withPicture, withLink]);

  assert.deepEqual(tauri.argsOf("vehicle_image"), [{ vin: withPicture.vin }, { vin: withLink.vin }]);
  assert.equal(tileOf(withPicture).querySelector(".tile-media img").getAttribute("src"), "data:image/png;base64,iVBORw0KGgo=");
  assert.equal(tileOf(withLink).querySelector(".tile-media img"), null);
});
