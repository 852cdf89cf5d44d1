// Compares two JSON values by shape, as src-tauri/tests/ipc_payloads.rs does: the same keys at
// every level and the same JSON type wherever both have a value (a null on either side is an
// optional field that happened to be empty).

const typeOf = (v) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** @returns {string[]} where `actual` differs from `expected`, one line per difference */
export function shapeDifferences(actual, expected, path = "") {
  if (actual === null || expected === null) return [];
  const [a, e] = [typeOf(actual), typeOf(expected)];
  if (a !== e) return [`${path || "."}: ${a}, expected ${e}`];
  if (a === "array") {
    if (expected.length === 0) return [];
    return actual.flatMap((item, i) => shapeDifferences(item, expected[0], `${path}[${i}]`));
  }
  if (a !== "object") return [];
  const missing = Object.keys(expected).filter((k) => !(k in actual)).map((k) => `${path}.${k}: missing`);
  const extra = Object.keys(actual).filter((k) => !(k in expected)).map((k) => `${path}.${k}: not in the app's payload`);
  const common = Object.keys(expected).filter((k) => k in actual);
  return [...missing, ...extra, ...common.flatMap((k) => shapeDifferences(actual[k], expected[k], `${path}.${k}`))];
}
