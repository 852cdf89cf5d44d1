// Unit tests of the page's words (ui/format.js), under node's built-in test runner:
// `node --test tests/page/` (scripts/test runs it). format.js needs no DOM.

import { test } from "node:test";
import assert from "node:assert/strict";

import {
  announcement,
  commandLabel,
  describeOutcome,
  elapsed,
  errorKindOf,
  errorMessage,
  errorSentence,
  errorTitle,
  thousands,
  timeUntil,
} from "../../ui/format.js";
import { setWords, t } from "../../ui/l10n.js";
import recorded from "../../page-preview/ipc-payloads.js";

// format.js needs no DOM, but l10n.js sets <html lang>: a stand-in document is enough.
globalThis.document ??= { documentElement: {} };
// The English words the real app served when the payloads were recorded.
setWords(recorded.calls.page_words.answer);

const done = (fields) => ({
  runId: 1, vin: "YV1XZK8V2P1234567", command: "HONK", state: "done", status: "COMPLETED",
  outcome: "succeeded", message: "The car did it.", advice: null,
  startedAt: Date.UTC(2026, 11, 2, 8, 0, 0), finishedAt: Date.UTC(2026, 11, 2, 8, 0, 2), ...fields,
});

test("commands read as people say them", () => {
  assert.equal(commandLabel("HONK_AND_FLASH"), "Honk & flash");
  assert.equal(commandLabel("FLASH"), "Flash");
  assert.equal(commandLabel("SOMETHING_NEW"), "SOMETHING_NEW");
});

test("elapsed time counts seconds, then minutes and seconds", () => {
  assert.equal(elapsed(0), "0 s");
  assert.equal(elapsed(59_999), "59 s");
  assert.equal(elapsed(65_000), "1 min 05 s");
  assert.equal(elapsed(-500), "0 s");
});

test("counts have thousands separators and the time to a reset is to the minute", () => {
  assert.equal(thousands(10_000), "10,000");
  assert.equal(thousands(412), "412");
  assert.equal(thousands(undefined), "");
  const now = Date.UTC(2026, 11, 2, 21, 0, 0);
  assert.equal(timeUntil(now + 3 * 3_600_000, now), "3 h");
  assert.equal(timeUntil(now + 2 * 3_600_000 + 5 * 60_000 - 1, now), "2 h 5 min");
  assert.equal(timeUntil(now + 45 * 60_000, now), "45 min");
  assert.equal(timeUntil(now - 1, now), "0 min");
});

test("an error's kind comes from its status, and only from error: statuses", () => {
  assert.equal(errorKindOf("error:quota_exceeded"), "quota_exceeded");
  assert.equal(errorKindOf("COMPLETED"), null);
  assert.equal(errorKindOf(undefined), null);
});

test("every error kind the app has reads with a title of its own", () => {
  const fallback = errorTitle("no_such_kind");
  for (const kind of recorded.errorKinds) {
    assert.notEqual(errorTitle(kind), fallback, `${kind} has no title in page.ftl's error-title`);
  }
});

test("the catalog's plurals and variables are filled in", () => {
  assert.equal(t("cars-count", { count: 1 }), "1 car");
  assert.equal(t("cars-count", { count: 3 }), "3 cars");
  assert.equal(t("rename-car", { car: "XC40" }), "Rename XC40");
  assert.equal(t("no-such-message"), "no-such-message");
});

test("errors read in plain words, never [object Object]", () => {
  assert.equal(errorTitle("quota_exceeded"), "Daily limit reached");
  assert.equal(errorTitle("no_such_kind"), "Something went wrong");
  assert.equal(errorMessage({ kind: "network", message: "  Beacon could not reach Volvo.  " }), "Beacon could not reach Volvo.");
  assert.match(errorMessage({ kind: "network", message: "" }), /could not reach Volvo/);
  assert.match(errorMessage(null), /could not finish that/);
  assert.equal(
    errorSentence({ kind: "already_in_flight", message: "" }),
    "Already sending: That command is already on its way to the car.",
  );
  assert.doesNotMatch(errorSentence({}), /object Object/);
});

test("a pending run says what is happening and counts from its start", () => {
  const now = Date.UTC(2026, 11, 2, 8, 0, 7);
  const d = describeOutcome(
    { vin: "V", command: "HONK_AND_FLASH", state: "pending", startedAt: now - 7_000 },
    now,
  );
  assert.equal(d.tone, "pending");
  assert.equal(d.headline, "Honking and flashing…");
  assert.equal(d.elapsed, "7 s");
});

test("each kind of answer gets its tone and words", () => {
  const ok = describeOutcome(done({}));
  assert.equal(ok.tone, "ok");
  assert.match(ok.headline, /^Honked at /);
  assert.equal(ok.message, "The car did it.");

  const unconfirmed = describeOutcome(done({ outcome: "delivered_unconfirmed", status: "DELIVERED", message: "" }));
  assert.equal(unconfirmed.tone, "warn");
  assert.equal(unconfirmed.message, "The car did not confirm it.");

  const failed = describeOutcome(done({ outcome: "failed", status: "VEHICLE_IN_SLEEP", message: "" }));
  assert.equal(failed.tone, "bad");
  assert.match(failed.headline, /^Honk failed at /);
  assert.equal(failed.message, "The car answered VEHICLE_IN_SLEEP.");

  const error = describeOutcome(done({
    outcome: "error", status: "error:timeout", message: "Volvo did not answer within 90 s.",
    advice: "Check the car before sending the command again.",
  }));
  assert.equal(error.tone, "bad");
  assert.equal(error.headline, "No answer");
  assert.equal(error.message, "Volvo did not answer within 90 s.");
  assert.equal(error.advice, "Check the car before sending the command again.");
  assert.match(error.meta, /^Honk · /);
});

test("the live region says who, what and what to do", () => {
  assert.equal(
    announcement("XC40 Recharge", { command: "HONK", state: "pending" }),
    "XC40 Recharge: sending honk to the car.",
  );
  const said = announcement("XC40 Recharge", done({
    outcome: "error", status: "error:quota_exceeded", message: "Today's quota is used up.",
    advice: "It resets at midnight UTC.",
  }));
  assert.equal(
    said,
    "XC40 Recharge, honk: Daily limit reached. Today's quota is used up. It resets at midnight UTC.",
  );
});
