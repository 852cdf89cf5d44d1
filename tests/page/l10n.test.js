// Unit tests of the page's formatter (ui/l10n.js): the parts beacon-i18n compiles from a
// catalog (text, variables, selects), the language's plurals and numbers, and filling the
// page's elements. The real catalogs are checked in Rust (crates/beacon-i18n/tests) and in the
// window (tests/e2e/tests/languages.rs); these words are the formatter's own cases.

import { test } from "node:test";
import assert from "node:assert/strict";

import { installPage } from "./support/page.js";
import { language, localize, setWords, t } from "../../ui/l10n.js";

const { window } = installPage();

const cars = (one, other) => ({
  value: [{
    select: "count",
    default: "other",
    variants: { 0: ["no cars"], one: [{ var: "count" }, one], other: [{ var: "count" }, other] },
  }],
});

const swedish = {
  lang: "sv",
  messages: {
    "cars-count": cars(" bil", " bilar"),
    greeting: { value: ["Hej ", { var: "name" }, "!"] },
    pick: {
      value: [{ select: "command", default: "HONK", variants: { FLASH: ["Blinka"], HONK: ["Tuta"] } }],
    },
    steps: { value: ["Gå till <b>Account</b> → <b>Applications</b>."] },
    close: { attrs: { "aria-label": ["Stäng"] } },
  },
};

test("a number picks an exact variant, then its plural category; text picks its key", () => {
  setWords(swedish);
  assert.equal(language(), "sv");
  assert.equal(window.document.documentElement.lang, "sv");
  assert.equal(t("cars-count", { count: 0 }), "no cars");
  assert.equal(t("cars-count", { count: 1 }), "1 bil");
  assert.equal(t("cars-count", { count: 3 }), "3 bilar");
  assert.equal(t("pick", { command: "FLASH" }), "Blinka");
  assert.equal(t("pick", { command: "SOMETHING_NEW" }), "Tuta");
});

test("numbers are written the language's way; a missing value or message shows plainly", () => {
  setWords({ ...swedish, lang: "de", messages: { ...swedish.messages, "cars-count": cars(" Fahrzeug", " Fahrzeuge") } });
  assert.equal(t("cars-count", { count: 10000 }), "10.000 Fahrzeuge");
  assert.equal(t("greeting", {}), "Hej {$name}!");
  assert.equal(t("no-such-message"), "no-such-message");
});

test("the page's elements get their text, bold marks as elements, and their attributes", () => {
  setWords(swedish);
  const root = window.document.createElement("div");
  root.innerHTML = `
    <p data-l10n-id="greeting" data-l10n-args='{"name": "Anna"}'>Hello</p>
    <p data-l10n-id="steps">Go</p>
    <button data-l10n-id="close" aria-label="Close"><span class="icon">x</span></button>
    <p data-l10n-id="not-in-the-catalog">Kept</p>`;
  localize(root);
  const [greeting, steps, , kept] = root.querySelectorAll("p, button");
  assert.equal(greeting.textContent, "Hej Anna!");
  assert.equal(steps.textContent, "Gå till Account → Applications.");
  assert.deepEqual([...steps.querySelectorAll("b")].map((b) => b.textContent), ["Account", "Applications"]);
  const close = root.querySelector("button");
  assert.equal(close.getAttribute("aria-label"), "Stäng");
  assert.equal(close.querySelector(".icon").textContent, "x", "an attribute-only message keeps the children");
  assert.equal(kept.textContent, "Kept");
});

test("markup other than <b> in a translation stays text", () => {
  setWords({ lang: "sv", messages: { evil: { value: ["<b>ok</b><img src=x onerror=alert(1)>"] } } });
  const p = window.document.createElement("p");
  p.dataset.l10nId = "evil";
  const root = window.document.createElement("div");
  root.append(p);
  localize(root);
  assert.equal(p.querySelectorAll("img").length, 0);
  assert.equal(p.textContent, "ok<img src=x onerror=alert(1)>");
});

test("the HTML's own English, shown until the words arrive, is the catalog's English", async () => {
  const { default: recorded } = await import("../../page-preview/ipc-payloads.js");
  const { window: page } = installPage();
  setWords(recorded.calls.page_words.answer);
  const squash = (s) => s.replace(/\s+/g, " ").trim();
  const stale = [];
  for (const el of page.document.querySelectorAll("[data-l10n-id]")) {
    const id = el.dataset.l10nId;
    const args = el.dataset.l10nArgs ? JSON.parse(el.dataset.l10nArgs) : {};
    const message = recorded.calls.page_words.answer.messages[id];
    assert.ok(message, `${id} is not in the English catalog`);
    if (message.value) {
      const words = squash(t(id, args).replace(/<\/?b>/g, ""));
      if (squash(el.textContent) !== words) stale.push(`${id}: “${squash(el.textContent)}” ≠ “${words}”`);
    }
    for (const name of Object.keys(message.attrs || {})) {
      if (!el.hasAttribute(name)) stale.push(`${id}: no ${name} in the HTML`);
    }
  }
  assert.deepEqual(stale, []);
});

test("times and numbers follow the system's region of the language: 24 hours in en-GB", async () => {
  const { timeOfDay, thousands } = await import("../../ui/format.js");
  const at = new Date(2026, 11, 3, 17, 5, 9).getTime();
  setWords({ lang: "en", locale: "en-US", messages: {} });
  assert.equal(timeOfDay(at), "05:05:09 PM");
  setWords({ lang: "en", locale: "en-GB", messages: {} });
  assert.equal(timeOfDay(at), "17:05:09");
  setWords({ lang: "de", locale: "de-DE", messages: {} });
  assert.equal(thousands(10_000), "10.000");
  setWords({ lang: "sv", messages: {} });
  assert.equal(timeOfDay(at), "17:05:09");
});
