// Availability badges stay fresh without polling: ask when the window comes back into view
// (Rust skips cars checked in the last 5 minutes), never while it is hidden.

import * as ipc from "./ipc.js";

const MIN_GAP_MS = 10_000; // focus and visibilitychange arrive together; ask once
let running = false;
let lastAsked = 0;

/** @param {(list: Vehicle[]) => void} onCars @param {(err) => void} onError */
export function watchAvailability(onCars, onError) {
  const maybe = () => {
    if (document.visibilityState !== "visible") return;
    if (running || Date.now() - lastAsked < MIN_GAP_MS) return;
    ask(false, onCars, onError);
  };
  window.addEventListener("focus", maybe);
  document.addEventListener("visibilitychange", maybe);
}

/** The Refresh button: every car, now. */
export function refreshAvailabilityNow(onCars, onError) {
  return ask(true, onCars, onError);
}

async function ask(force, onCars, onError) {
  running = true;
  lastAsked = Date.now();
  try {
    const list = await ipc.refreshAvailability(force);
    if (Array.isArray(list)) onCars(list);
  } catch (err) {
    onError(err);
  } finally {
    running = false;
  }
}
