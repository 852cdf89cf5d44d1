// A tiny element builder, so modules stay readable without a framework. Text is always set as
// text (never parsed as HTML); only icons.js hands over trusted SVG markup.

/**
 * h("button", {class: "btn", type: "button", dataset: {command: "HONK"}, on: {click}}, ...children)
 * Attribute values of null/undefined/false are left out; true sets an empty attribute.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "on") for (const [ev, fn] of Object.entries(value)) el.addEventListener(ev, fn);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

// Any depth: a list of [dt, dd] pairs is a list of lists.
function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children. */
export function replaceChildren(el, ...children) {
  el.textContent = "";
  append(el, children);
}

/** Shows or hides with the `hidden` attribute. */
export function show(el, visible) {
  el.hidden = !visible;
}

export const $ = (selector, root = document) => root.querySelector(selector);
