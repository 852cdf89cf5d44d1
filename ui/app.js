// Boot and wiring: app state and mode banners, the first paint of the tiles, and the events
// from Rust. Each part's details live in its own module.

import * as ipc from "./ipc.js";
import { localize, setWords, t } from "./l10n.js";
import { $, show } from "./dom.js";
import { icon } from "./icons.js";
import { errorSentence, shortWhen } from "./format.js";
import { setCars } from "./cars.js";
import { loadImages, renderTiles } from "./tiles.js";
import * as outcome from "./outcome.js";
import { addToHistory, historyFailed, initHistory, setHistory } from "./history.js";
import { applyAskSetting, initAskSetting } from "./ask.js";
import { initSetup, openSetup, renderAccount } from "./setup.js";
import { refreshAvailabilityNow, watchAvailability } from "./availability.js";

let painted = false;
let reloadTimer = null;

boot();

async function boot() {
  // The words are asked for first, beside the state and the cars: all three in one round.
  const words = ipc.pageWords();
  for (const slot of document.querySelectorAll("[data-icon]")) slot.append(icon(slot.dataset.icon));
  $("#brand-mark").append(icon("beacon", "icon brand-icon"));
  initHistory({
    body: $("#history-body"),
    table: $("#history-table"),
    empty: $("#history-empty"),
    error: $("#history-error"),
  });
  initSetup({ onAuthChanged: applyAuth });
  initAskSetting();
  outcome.onDone(addToHistory);
  wireButtons();

  // Listen first (in parallel with the first fetch) so a command from the tray during start-up
  // is not missed.
  const listening = listen();
  const [wordsAnswer, state, cars] = await Promise.allSettled([
    words, ipc.appState(), ipc.listVehicles(false),
  ]);
  // Without its words (a page not connected to the app) the page keeps the HTML's English.
  if (wordsAnswer.status === "fulfilled") {
    setWords(wordsAnswer.value);
    localize();
  }
  delete document.documentElement.dataset.words;
  if (state.status === "fulfilled") renderMode(state.value);
  else showNotice(t("state-failed", { error: errorSentence(state.reason) }));
  if (cars.status === "fulfilled") showCars(cars.value);
  else carsFailed(cars.reason);
  markPainted();

  await listening;
  loadHistory();
  watchAvailability(showCars, availabilityFailed);
}

async function listen() {
  const results = await Promise.allSettled([
    ipc.onCommandStarted((o) => outcome.apply(o, "event")),
    ipc.onCommandFinished((o) => outcome.apply(o, "event")),
    ipc.onVehiclesChanged(showCars),
    ipc.onAuthChanged(applyAuth),
  ]);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) showNotice(t("live-updates-failed", { error: errorSentence(failed.reason) }));
}

function wireButtons() {
  $("#demo-connect").addEventListener("click", () => openSetup());
  $("#signed-out-sign-in").addEventListener("click", () => openSetup("connect"));
  $("#signed-out-demo").addEventListener("click", async () => {
    try {
      applyAuth(await ipc.useDemo());
    } catch (err) {
      showNotice(errorSentence(err));
    }
  });
  $("#account-button").addEventListener("click", () => openSetup());
  $("#cars-retry").addEventListener("click", () => reloadCars(false));
  const refresh = $("#refresh-button");
  refresh.addEventListener("click", async () => {
    if (refresh.getAttribute("aria-busy") === "true") return;
    refresh.setAttribute("aria-busy", "true");
    $("#cars-sub").textContent = t("cars-checking");
    try {
      showCars(await ipc.listVehicles(true));
      await refreshAvailabilityNow(showCars, availabilityFailed);
    } catch (err) {
      carsNote(t("cars-refresh-failed", { error: errorSentence(err) }), true);
    } finally {
      refresh.setAttribute("aria-busy", "false");
    }
  });
}

// ---- mode -----------------------------------------------------------------------------------

function renderMode(state) {
  if (!state || typeof state !== "object") return;
  const mode = state.mode;
  document.documentElement.dataset.mode = mode || "";
  const chip = $("#mode-chip");
  chip.textContent = ["demo", "account", "signed_out"].includes(mode) ? t("mode-chip", { mode }) : "";
  chip.dataset.mode = mode || "";
  show(chip, Boolean(chip.textContent));
  show($("#demo-banner"), mode === "demo");
  show($("#signed-out-banner"), mode === "signed_out");
  $("#signed-out-reason").textContent =
    state.signedOutReason || t("signed-out-reason");
  showNotice(state.notice || "");
  renderAccount(state);
  applyAskSetting(state);
}

function showNotice(text) {
  const el = $("#notice-banner");
  el.textContent = text;
  show(el, Boolean(text));
}

/** After sign-in, sign-out or demo: new mode, new cars, new history. Coalesces repeats. */
function applyAuth(state) {
  renderMode(state);
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(() => {
    reloadCars(false);
    loadHistory();
  }, 30);
}

// ---- cars -----------------------------------------------------------------------------------

function showCars(list) {
  if (!Array.isArray(list)) return;
  setCars(list);
  for (const v of list) outcome.seed(v);
  const grid = $("#tiles");
  renderTiles(grid, list);
  grid.setAttribute("aria-busy", "false");
  show($("#cars-retry"), false);
  show($("#cars-empty"), list.length === 0);
  if (list.length === 0) $("#cars-empty-text").textContent = t("cars-none");
  carsNote(summary(list), false);
  loadImages(list);
}

function summary(list) {
  const n = list.length;
  const checked = list
    .map((v) => v.availability && v.availability.checkedAt)
    .filter((t) => typeof t === "number");
  return checked.length
    ? t("cars-count-checked", { count: n, time: shortWhen(Math.max(...checked), { seconds: false }) })
    : t("cars-count", { count: n });
}

function carsNote(text, bad) {
  const sub = $("#cars-sub");
  sub.textContent = text;
  sub.dataset.tone = bad ? "bad" : "";
}

function carsFailed(err) {
  $("#tiles").setAttribute("aria-busy", "false");
  // Signed out: the banner above already says why and offers the way back.
  const signedOut = document.documentElement.dataset.mode === "signed_out";
  $("#cars-empty-text").textContent = signedOut
    ? t("cars-sign-in-again")
    : t("cars-failed", { error: errorSentence(err) });
  show($("#cars-empty"), true);
  show($("#cars-retry"), !signedOut);
  carsNote("", false);
}

function availabilityFailed(err) {
  carsNote(t("availability-failed", { error: errorSentence(err) }), true);
}

async function reloadCars(refresh) {
  try {
    showCars(await ipc.listVehicles(refresh));
  } catch (err) {
    renderTiles($("#tiles"), []);
    carsFailed(err);
  }
}

async function loadHistory() {
  try {
    setHistory(await ipc.history());
  } catch (err) {
    historyFailed(err);
  }
}

/** For the start-up benchmark: the frame in which the first tiles (or their empty state) show. */
function markPainted() {
  if (painted) return;
  painted = true;
  let done = false;
  const mark = () => {
    if (done) return;
    done = true;
    performance.mark("tiles-painted");
    document.documentElement.dataset.tilesPainted = String(performance.now());
  };
  requestAnimationFrame(mark);
  setTimeout(mark, 100); // rAF does not run in a hidden window
}
