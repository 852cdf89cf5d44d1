// "Ask before honking": the setting in Account & setup, and the question this window asks
// before a honk. Flashing never asks: it is silent. The tray and the shortcut ask in their own
// way (a second click, a second press), in Rust.

import { $ } from "./dom.js";
import { commandLabel, errorSentence } from "./format.js";
import * as ipc from "./ipc.js";
import { t } from "./l10n.js";

let asking = false;

/** The commands that honk: the ones that ask. */
const HONKS = ["HONK", "HONK_AND_FLASH"];

/** From every AppState the page gets (start, auth-changed, the setting's own answer). */
export function applyAskSetting(state) {
  asking = Boolean(state && state.askBeforeHonking);
  const box = $("#ask-before-honking");
  if (box) box.checked = asking;
}

export function initAskSetting() {
  const box = $("#ask-before-honking");
  const line = $("#ask-before-honking-status");
  box.addEventListener("change", async () => {
    const wanted = box.checked;
    box.disabled = true;
    line.dataset.tone = "busy";
    line.textContent = t("saving");
    try {
      applyAskSetting(await ipc.setAskBeforeHonking(wanted));
      line.dataset.tone = "ok";
      line.textContent = wanted ? t("ask-on") : t("ask-off");
    } catch (e) {
      box.checked = !wanted;
      line.dataset.tone = "bad";
      line.textContent = errorSentence(e);
    } finally {
      box.disabled = false;
    }
  });
}

/** Whether `command` waits for a yes: a honk, with the setting on. */
export function asks(command) {
  return asking && HONKS.includes(command);
}

/** Resolves true when the command may go: it does not ask, or the user said yes. Escape,
 *  Cancel and closing the question are a no. */
export function confirmed(name, command) {
  if (!asks(command)) return Promise.resolve(true);
  const dialog = $("#honk-confirm");
  $("#honk-confirm-question").textContent = t("ask-question", { command, car: name });
  $("#honk-confirm-yes").textContent = commandLabel(command);
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "yes"), { once: true });
    dialog.returnValue = "";
    dialog.showModal();
    // The safe answer has the focus: Enter alone does not honk.
    $("#honk-confirm-no").focus();
  });
}
