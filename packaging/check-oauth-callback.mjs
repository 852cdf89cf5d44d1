// Checks packaging/oauth-callback.html without a browser (node packaging/check-oauth-callback.mjs):
// its CSP hashes match the inline script and style (a stale hash means the browser refuses to
// run them), it loads nothing and talks to nobody, and its script forwards Volvo ID's answer
// to volvo-beacon://auth/callback and nowhere else.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import assert from "node:assert/strict";

const file = fileURLToPath(new URL("./oauth-callback.html", import.meta.url));
const html = readFileSync(file, "utf8");

const only = (re, what) => {
  const all = [...html.matchAll(re)];
  assert.equal(all.length, 1, `exactly one inline ${what}`);
  return all[0][1];
};
const script = only(/<script>([\s\S]*?)<\/script>/g, "<script>");
const style = only(/<style>([\s\S]*?)<\/style>/g, "<style>");
const hash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const csp = only(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g, "CSP");
assert.match(csp, /(^|; )default-src 'none'(;|$)/);
assert.ok(csp.includes(`script-src ${hash(script)}`), `script-src must be ${hash(script)}`);
assert.ok(csp.includes(`style-src ${hash(style)}`), `style-src must be ${hash(style)}`);
assert.ok(html.includes('<meta name="referrer" content="no-referrer">'));

// Nothing external: no resource tags, no other script, no network APIs.
for (const bad of [/<script[^>]*\ssrc=/i, /<link\b/i, /<img\b/i, /<iframe\b/i, /<form\b/i,
  /url\(/i, /@import/i, /https?:\/\//i, /\bfetch\b/, /XMLHttpRequest/, /sendBeacon/, /WebSocket/,
  /\.open\(/, /postMessage/]) {
  assert.doesNotMatch(html.replace(/<!--[\s\S]*?-->/, ""), bad, `found ${bad}`);
}

/** Runs the page's script for a page address; returns where it sent the browser. */
function run(search, hash = "") {
  const elements = {};
  const element = (id) => (elements[id] ??= { id, href: "", value: "", textContent: "",
    addEventListener() {}, select() {} });
  const location = { search, hash, pathname: "/volvo-beacon/callback", href: "page" };
  let replaced = null;
  const context = {
    location,
    URLSearchParams,
    navigator: {},
    history: { replaceState: (_s, _t, url) => { replaced = url; } },
    document: { body: { className: "" }, getElementById: element, execCommand: () => false },
  };
  vm.runInNewContext(script, context);
  return { went: location.href, shown: context.document.body.className, elements, replaced };
}

const answer = run("?code=abc%2F123&state=S1-_x&iss=https%3A%2F%2Fvolvoid.eu.volvocars.com");
const forwarded = "volvo-beacon://auth/callback?code=abc%2F123&state=S1-_x&iss=https%3A%2F%2Fvolvoid.eu.volvocars.com";
assert.equal(answer.went, forwarded);
assert.equal(answer.shown, "answer");
assert.equal(answer.elements.open.href, forwarded);
assert.equal(answer.elements.address.value, forwarded);
assert.equal(answer.replaced, "/volvo-beacon/callback", "the code is dropped from history");

const refused = run("?error=access_denied&state=S1");
assert.equal(refused.went, "volvo-beacon://auth/callback?error=access_denied&state=S1");

const fragment = run("", "#code=c&state=s");
assert.equal(fragment.went, "volvo-beacon://auth/callback?code=c&state=s");

for (const [search, hash] of [["", ""], ["?code=only", ""], ["?state=only", ""], ["?x=1", "#y"]]) {
  const none = run(search, hash);
  assert.equal(none.went, "page", `no answer in ${search}${hash}: stays`);
  assert.equal(none.shown, "empty");
}
console.log("oauth-callback.html: CSP hashes match; forwards only to volvo-beacon://auth/callback");
