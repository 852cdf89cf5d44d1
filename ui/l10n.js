// The page's words in the owner's language. Rust hands over its page catalog (page.ftl of the
// language, compiled by beacon-i18n: text, variables and selects) through the IPC door; this
// module formats those messages, with the language's plural rules and numbers, and fills the
// elements that carry a data-l10n-id. The HTML's own English stays only until the words arrive
// (or if they never do).

let lang = "en";
let locale = "en";
let messages = {};
let plurals = new Intl.PluralRules("en");
let numbers = new Intl.NumberFormat("en");

/** Takes the catalog from `ipc.pageWords()`: {lang, locale, messages}. */
export function setWords(words) {
  if (!words || typeof words !== "object" || !words.messages) return;
  lang = typeof words.lang === "string" && words.lang ? words.lang : "en";
  locale = typeof words.locale === "string" && words.locale ? words.locale : lang;
  messages = words.messages;
  plurals = new Intl.PluralRules(lang);
  numbers = new Intl.NumberFormat(locale);
  document.documentElement.lang = lang;
}

/** The language the page speaks: "en", "sv", "de". */
export const language = () => lang;
/** The language with the system's region, "en-GB": for Intl's dates, times and numbers. */
export const region = () => locale;

/** Message `id` with `args` filled in; the id itself for a message the catalog lacks. */
export function t(id, args = {}) {
  const message = messages[id];
  return message && message.value ? format(message.value, args) : id;
}

function format(parts, args) {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") out += part;
    else if (part.var !== undefined) out += show(args[part.var], part.var);
    else if (part.select !== undefined) out += format(choose(part, args[part.select]), args);
  }
  return out;
}

/** Fluent's rule: a number matches an exact key, then its plural category; text its key. */
function choose(select, value) {
  const variants = select.variants;
  if (typeof value === "number") {
    if (variants[String(value)]) return variants[String(value)];
    const category = plurals.select(value);
    if (variants[category]) return variants[category];
  } else if (value !== undefined && value !== null && variants[String(value)]) {
    return variants[String(value)];
  }
  return variants[select.default] || [];
}

function show(value, name) {
  if (typeof value === "number") return numbers.format(value);
  if (value === undefined || value === null) return `{$${name}}`;
  return String(value);
}

/**
 * Fills every element under `root` that has a data-l10n-id: its text from the message's value
 * (data-l10n-args holds JSON arguments), its attributes from the message's attributes. A value
 * may mark words bold with <b>…</b>; nothing else in it is read as markup.
 */
export function localize(root = document) {
  const elements = root.querySelectorAll("[data-l10n-id]");
  for (const el of elements) {
    const message = messages[el.dataset.l10nId];
    if (!message) continue;
    let args = {};
    if (el.dataset.l10nArgs) {
      try {
        args = JSON.parse(el.dataset.l10nArgs);
      } catch {
        args = {};
      }
    }
    if (message.value) fill(el, format(message.value, args));
    for (const [name, parts] of Object.entries(message.attrs || {})) {
      el.setAttribute(name, format(parts, args));
    }
  }
}

function fill(el, text) {
  if (!text.includes("<b>")) {
    el.textContent = text;
    return;
  }
  el.textContent = "";
  let bold = false;
  for (const piece of text.split(/(<\/?b>)/)) {
    if (piece === "<b>") bold = true;
    else if (piece === "</b>") bold = false;
    else if (piece) {
      if (bold) {
        const b = document.createElement("b");
        b.textContent = piece;
        el.append(b);
      } else {
        el.append(piece);
      }
    }
  }
}
