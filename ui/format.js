// Words and times: how commands, outcomes and errors read to a person, in the page's language
// (l10n.js).

import { region, t } from "./l10n.js";

export const COMMANDS = ["FLASH", "HONK", "HONK_AND_FLASH"];

const known = (c) => COMMANDS.includes(c);

/** Button label: "Honk & flash". */
export const commandLabel = (c) => (known(c) ? t("command-label", { command: c }) : String(c));
/** The command inside a sentence: "honk & flash". */
export const commandNoun = (c) => (known(c) ? t("command-noun", { command: c }) : String(c));

/** A friendly title per error kind; the message (from Rust) carries the details. */
export function errorTitle(kind) {
  return t("error-title", { kind: typeof kind === "string" ? kind : "" });
}

/** Plain words for an {kind, message} error; never "[object Object]". */
export function errorMessage(err) {
  if (err && typeof err.message === "string" && err.message.trim()) return err.message.trim();
  const kind = err && typeof err.kind === "string" ? err.kind : "";
  return t("error-fallback", { kind });
}

/** "Daily limit reached: Today's Volvo API quota ..." */
export function errorSentence(err) {
  return `${errorTitle(err && err.kind)}: ${errorMessage(err)}`;
}

/** The kind from "error:quota_exceeded", else null. */
export function errorKindOf(status) {
  return typeof status === "string" && status.startsWith("error:") ? status.slice(6) : null;
}

// Times in the page's language (24-hour where people expect it); made again when it changes.
let clocks = null;
function clock() {
  const lang = region();
  if (!clocks || clocks.lang !== lang) {
    clocks = {
      lang,
      seconds: new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", second: "2-digit" }),
      minutes: new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit" }),
      day: new Intl.DateTimeFormat(lang, {
        weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit",
      }),
      count: new Intl.NumberFormat(lang),
    };
  }
  return clocks;
}

/** "21:14:03" */
export function timeOfDay(ms) {
  return typeof ms === "number" && Number.isFinite(ms) ? clock().seconds.format(new Date(ms)) : "";
}

/** Today: "21:14:03" (or "21:14" without seconds); earlier: "Mon 3 Mar, 21:14". */
export function shortWhen(ms, { seconds = true } = {}) {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "";
  const d = new Date(ms);
  const n = new Date();
  const sameDay =
    d.getFullYear() === n.getFullYear() && d.getMonth() === n.getMonth() && d.getDate() === n.getDate();
  if (!sameDay) return clock().day.format(d);
  return (seconds ? clock().seconds : clock().minutes).format(d);
}

/** "10,000" / "10 000" / "10.000": a count with the language's thousands separators. */
export function thousands(n) {
  return typeof n === "number" && Number.isFinite(n) ? clock().count.format(n) : "";
}

/** "3 h", "2 h 5 min", "45 min": the time until `ms`, to the minute. */
export function timeUntil(ms, now = Date.now()) {
  const minutes = Math.max(0, Math.ceil((ms - now) / 60_000));
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  if (h === 0) return t("duration-minutes", { minutes: m });
  return m === 0 ? t("duration-hours", { hours: h }) : t("duration-hours-minutes", { hours: h, minutes: m });
}

/** "3 s", "1 min 05 s" */
export function elapsed(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return t("elapsed-seconds", { seconds: s });
  return t("elapsed-minutes", { minutes: Math.floor(s / 60), seconds: String(s % 60).padStart(2, "0") });
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
      headline: known(o.command) ? t("outcome-doing", { command: o.command }) : t("outcome-sending", { label }),
      message: t("outcome-waiting"),
      advice: null,
      elapsed: elapsed(now - started),
    };
  }
  const time = timeOfDay(o.finishedAt || o.startedAt);
  const message = typeof o.message === "string" && o.message.trim() ? o.message.trim() : "";
  const advice = typeof o.advice === "string" && o.advice.trim() ? o.advice.trim() : null;
  const kind = errorKindOf(o.status);
  if (o.outcome === "succeeded") {
    const headline = known(o.command) ? t("outcome-done-at", { command: o.command, time }) : label;
    return { tone: "ok", headline, message: message || t("outcome-did-it"), advice };
  }
  if (o.outcome === "delivered_unconfirmed") {
    return { tone: "warn", headline: t("outcome-sent-at", { label, time }), message: message || t("outcome-not-confirmed"), advice };
  }
  if (o.outcome === "error" || kind) {
    // The title says what went wrong; which command and when go underneath.
    return {
      tone: "bad",
      headline: errorTitle(kind),
      message: errorMessage({ kind, message }),
      advice,
      meta: t("outcome-meta", { label, time }),
    };
  }
  return {
    tone: "bad",
    headline: t("outcome-failed-at", { label, time }),
    message: message || (o.status ? t("outcome-answered", { status: o.status }) : t("outcome-no-status")),
    advice,
  };
}

/** One sentence for the live region. */
export function announcement(displayName, o) {
  if (o.state !== "done") return t("announce-sending", { car: displayName, command: o.command });
  const d = describeOutcome(o);
  const who = d.meta ? `${displayName}, ${commandNoun(o.command)}` : displayName;
  return [`${who}: ${d.headline}.`, d.message, d.advice].filter(Boolean).join(" ");
}
