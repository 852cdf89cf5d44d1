// Words and times: how commands, outcomes and errors read to a person.

export const COMMANDS = ["FLASH", "HONK", "HONK_AND_FLASH"];

const LABEL = { FLASH: "Flash", HONK: "Honk", HONK_AND_FLASH: "Honk & flash" };
const DOING = { FLASH: "Flashing", HONK: "Honking", HONK_AND_FLASH: "Honking and flashing" };
const DONE = { FLASH: "Flashed", HONK: "Honked", HONK_AND_FLASH: "Honked and flashed" };

/** Button label: "Honk & flash". */
export const commandLabel = (c) => LABEL[c] || String(c);
/** Lower-case noun for sentences: "honk & flash". */
export const commandNoun = (c) => commandLabel(c).toLowerCase();

/** A friendly title per error kind; the message (from Rust) carries the details. */
const ERROR_TITLE = {
  quota_exceeded: "Daily limit reached",
  rate_limited: "Too many commands",
  signed_out: "Please sign in again",
  token_rejected: "Please sign in again",
  not_signed_in: "Please sign in again",
  test_token_expired: "Please sign in again",
  network: "No connection",
  timeout: "No answer",
  command_not_supported: "Not available on this car",
  invalid_api_key: "API key not accepted",
  forbidden: "Not allowed",
  not_found: "Car not found on this account",
  conflict: "The car is busy",
  bad_request: "Request not accepted",
  server_error: "Volvo service problem",
  decode: "Unreadable answer from Volvo",
  invalid_vin: "Not a valid VIN",
  sign_in_cancelled: "Sign-in cancelled",
  sign_in_timed_out: "Sign-in not finished",
  invalid_state: "Sign-in not recognised",
  invalid_callback: "Not a sign-in address",
  sign_in_failed: "Sign-in failed",
  keychain_unavailable: "No keychain",
  keychain: "Keychain problem",
  config: "Setup problem",
  invalid_input: "Please check what you entered",
  already_in_flight: "Already sending",
  not_configured: "Setup needed",
  demo_unavailable: "Demo not available",
  storage: "Could not save",
  internal: "Beacon problem",
  not_connected: "Not connected",
};

/** Used only when an error arrives without a message of its own. */
const ERROR_FALLBACK = {
  network: "Beacon could not reach Volvo. Check the internet connection and try again.",
  timeout: "Volvo did not answer in time.",
  already_in_flight: "That command is already on its way to the car.",
  signed_out: "Your Volvo sign-in has ended. Please sign in again.",
};

export function errorTitle(kind) {
  return ERROR_TITLE[kind] || "Something went wrong";
}

/** Plain words for an {kind, message} error; never "[object Object]". */
export function errorMessage(err) {
  if (err && typeof err.message === "string" && err.message.trim()) return err.message.trim();
  const kind = err && err.kind;
  return ERROR_FALLBACK[kind] || "Beacon could not finish that. Please try again.";
}

/** "Daily limit reached: Today's Volvo API quota ..." */
export function errorSentence(err) {
  return `${errorTitle(err && err.kind)}: ${errorMessage(err)}`;
}

/** The kind from "error:quota_exceeded", else null. */
export function errorKindOf(status) {
  return typeof status === "string" && status.startsWith("error:") ? status.slice(6) : null;
}

const clock = new Intl.DateTimeFormat(undefined, {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
const clockMinutes = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dayAndClock = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});

/** "21:14:03" */
export function timeOfDay(ms) {
  return typeof ms === "number" && Number.isFinite(ms) ? clock.format(new Date(ms)) : "";
}

/** Today: "21:14:03" (or "21:14" without seconds); earlier: "Mon 3 Mar, 21:14". */
export function shortWhen(ms, { seconds = true } = {}) {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "";
  const d = new Date(ms);
  const n = new Date();
  const sameDay =
    d.getFullYear() === n.getFullYear() && d.getMonth() === n.getMonth() && d.getDate() === n.getDate();
  if (!sameDay) return dayAndClock.format(d);
  return (seconds ? clock : clockMinutes).format(d);
}

/** "10,000": a count with thousands separators, the same whatever the computer's language. */
export function thousands(n) {
  return typeof n === "number" && Number.isFinite(n) ? n.toLocaleString("en-US") : "";
}

/** "3 h", "2 h 5 min", "45 min": the time until `ms`, to the minute. */
export function timeUntil(ms, now = Date.now()) {
  const minutes = Math.max(0, Math.ceil((ms - now) / 60_000));
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "3 s", "1 min 05 s" */
export function elapsed(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

/**
 * What an outcome means, in words: {tone, headline, message, advice, meta?, elapsed?}.
 * tone: "pending" | "ok" | "warn" | "bad".
 */
export function describeOutcome(o, now = Date.now()) {
  const label = commandLabel(o.command);
  if (o.state !== "done") {
    const started = typeof o.startedAt === "number" ? o.startedAt : now;
    return {
      tone: "pending",
      headline: `${DOING[o.command] || `Sending ${commandNoun(o.command)}`}…`,
      message: "Waiting for the car",
      advice: null,
      elapsed: elapsed(now - started),
    };
  }
  const at = timeOfDay(o.finishedAt || o.startedAt);
  const message = typeof o.message === "string" && o.message.trim() ? o.message.trim() : "";
  const advice = typeof o.advice === "string" && o.advice.trim() ? o.advice.trim() : null;
  const kind = errorKindOf(o.status);
  if (o.outcome === "succeeded") {
    return { tone: "ok", headline: `${DONE[o.command] || label} at ${at}`, message: message || "The car did it.", advice };
  }
  if (o.outcome === "delivered_unconfirmed") {
    return { tone: "warn", headline: `${label} sent at ${at}`, message: message || "The car did not confirm it.", advice };
  }
  if (o.outcome === "error" || kind) {
    // The title says what went wrong; which command and when go underneath.
    return {
      tone: "bad",
      headline: errorTitle(kind),
      message: errorMessage({ kind, message }),
      advice,
      meta: `${label} · ${at}`,
    };
  }
  return {
    tone: "bad",
    headline: `${label} failed at ${at}`,
    message: message || `The car answered ${o.status || "with no status"}.`,
    advice,
  };
}

/** One sentence for the live region. */
export function announcement(displayName, o) {
  if (o.state !== "done") return `${displayName}: sending ${commandNoun(o.command)} to the car.`;
  const d = describeOutcome(o);
  const who = d.meta ? `${displayName}, ${commandNoun(o.command)}` : displayName;
  return [`${who}: ${d.headline}.`, d.message, d.advice].filter(Boolean).join(" ");
}
