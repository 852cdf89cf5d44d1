// The one seam between the page and the Rust shell (docs/ipc.md). Nothing else in ui/ touches
// window.__TAURI__. Every rejection leaves here as a plain {kind, message} object, so the rest
// of the page never has to guess what an error looks like.

import { t } from "./l10n.js";

/** The Tauri globals are read at call time: the dev mock installs them just before boot. */
function tauri() {
  const t = window.__TAURI__;
  if (!t || !t.core || typeof t.core.invoke !== "function") {
    // English: a page with no app behind it never got its words.
    throw {
      kind: "not_connected",
      message: "This window is not connected to Volvo Beacon. Restart the app.",
    };
  }
  return t;
}

/**
 * Turns whatever a rejected invoke produced into {kind, message}. Tauri itself rejects with a
 * bare string when arguments do not deserialize; that is a bug, but still worth plain words.
 */
export function toError(raw) {
  if (raw && typeof raw === "object" && typeof raw.kind === "string") {
    const message = typeof raw.message === "string" && raw.message.trim() ? raw.message : "";
    return { kind: raw.kind, message };
  }
  if (typeof raw === "string" && raw.trim()) {
    return { kind: "internal", message: t("error-internal-detail", { detail: raw.trim() }) };
  }
  if (raw instanceof Error && raw.message) {
    return { kind: "internal", message: t("error-internal-detail", { detail: raw.message }) };
  }
  return { kind: "internal", message: "" };
}

async function call(command, args) {
  try {
    return await tauri().core.invoke(command, args);
  } catch (raw) {
    throw toError(raw);
  }
}

// ---- commands -------------------------------------------------------------------------------

/** @returns {Promise<PageWords>} the page's words in the language Beacon speaks now */
export const pageWords = () => call("page_words");
/** @returns {Promise<AppState>} */
export const appState = () => call("app_state");
/** @returns {Promise<Vehicle[]>} */
export const listVehicles = (refresh = false) => call("list_vehicles", { refresh });
/** @returns {Promise<string|null>} a data: URL */
export const vehicleImage = (vin) => call("vehicle_image", { vin });
/** @returns {Promise<Vehicle[]>} */
export const refreshAvailability = (force = false) => call("refresh_availability", { force });
/** @param {"FLASH"|"HONK"|"HONK_AND_FLASH"} command @returns {Promise<Outcome>} */
export const sendCommand = (vin, command) => call("send_command", { vin, command });
/** @returns {Promise<HistoryEntry[]>} newest first */
export const history = () => call("history");
/** @returns {Promise<Vehicle>} */
export const setNickname = (vin, nickname) => call("set_nickname", { vin, nickname });
/** @returns {Promise<SetupStatus>} */
export const setupStatus = () => call("setup_status");
/** @returns {Promise<{ok: true, message: string}>} */
export const checkApiKey = (apiKey, secondary = false) =>
  call("check_api_key", { apiKey, secondary });
/** @returns {Promise<SetupStatus>} */
export const saveClient = (clientId, clientSecret, pasteRedirectUri) => {
  const args = { clientId, clientSecret };
  if (pasteRedirectUri) args.pasteRedirectUri = pasteRedirectUri;
  return call("save_client", args);
};
/** @param {"deep_link"|"loopback"|"paste"} via @returns {Promise<{authorizeUrl, redirectUri}>} */
export const beginSignIn = (via) => call("begin_sign_in", { via });
/** @returns {Promise<AppState>} */
export const completeSignIn = (callbackUrl) => call("complete_sign_in", { callbackUrl });
/** @returns {Promise<AppState>} */
export const signInWithToken = (accessToken) => call("sign_in_with_token", { accessToken });
/** @returns {Promise<AppState>} */
export const signOut = () => call("sign_out");
/** @returns {Promise<AppState>} */
export const useDemo = () => call("use_demo");
/** @returns {Promise<SetupStatus>} */
export const setAutostart = (enabled) => call("set_autostart", { enabled });
export const setAskBeforeHonking = (enabled) => call("set_ask_before_honking", { enabled });
/** @param {"system"|"en"|"sv"|"de"} language @returns {Promise<AppState>} */
export const setLanguage = (language) => call("set_language", { language });
/** @returns {Promise<SetupStatus>} */
export const setShortcut = (enabled, accelerator, vin) => {
  const args = { enabled };
  if (accelerator) args.accelerator = accelerator;
  if (vin) args.vin = vin;
  return call("set_shortcut", args);
};

// ---- events ---------------------------------------------------------------------------------

/** Subscribes to one event; the handler gets the payload only. Resolves to an unlisten fn. */
async function on(event, handler) {
  try {
    return await tauri().event.listen(event, (e) => handler(e.payload));
  } catch (raw) {
    throw toError(raw);
  }
}

/** @param {(o: Outcome) => void} handler */
export const onCommandStarted = (handler) => on("command-started", handler);
/** @param {(o: Outcome) => void} handler */
export const onCommandFinished = (handler) => on("command-finished", handler);
/** @param {(v: Vehicle[]) => void} handler */
export const onVehiclesChanged = (handler) => on("vehicles-changed", handler);
/** @param {(s: AppState) => void} handler */
export const onAuthChanged = (handler) => on("auth-changed", handler);
