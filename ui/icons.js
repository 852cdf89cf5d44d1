// Inline SVG icons (currentColor, so they follow the theme). Markup here is ours and static;
// nothing from IPC is ever put into it.

const STROKE = 'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

const PATHS = {
  flash:
    '<path d="M10 5.5C6.2 5.5 3.5 8.4 3.5 12s2.7 6.5 6.5 6.5h1v-13z"/><path d="M15 8l6-1.8M15 12h6M15 16l6 1.8"/>',
  honk:
    '<path d="M3.5 9.2v5.6h3.8l5.2 4.2V5L7.3 9.2z"/><path d="M16.2 8.8a4.6 4.6 0 0 1 0 6.4M18.9 6a8.5 8.5 0 0 1 0 12"/>',
  honkFlash:
    '<path d="M2.5 9.2v5.6h3.3l4.7 4V5.2l-4.7 4z"/><path d="M14 8.2l7-1.9M14 12h7M14 15.8l7 1.9"/>',
  pencil: '<path d="M4 20h4L19.5 8.5a2.1 2.1 0 0 0-3-3L5 17v3z"/><path d="M14.5 7.5l3 3"/>',
  check: '<circle cx="12" cy="12" r="9"/><path d="M8 12.4l2.6 2.6L16.2 9.4"/>',
  warn: '<path d="M12 3.5L2.5 20h19z"/><path d="M12 10v4.5M12 17.2v.3"/>',
  error: '<circle cx="12" cy="12" r="9"/><path d="M9 9l6 6M15 9l-6 6"/>',
  refresh: '<path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3"/><path d="M19.5 4.5v4.2h-4.2"/>',
  account:
    '<circle cx="12" cy="8.5" r="3.8"/><path d="M4.5 20c1.2-3.6 4-5.4 7.5-5.4s6.3 1.8 7.5 5.4"/>',
  close: '<path d="M6 6l12 12M18 6L6 18"/>',
  copy: '<rect x="8.5" y="8.5" width="11" height="11" rx="2"/><path d="M15.5 8.5V6.5a2 2 0 0 0-2-2h-7a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h2"/>',
  history: '<path d="M3.5 12a8.5 8.5 0 1 0 2.5-6"/><path d="M3.5 4v4h4"/><path d="M12 7.5V12l3 2"/>',
  beacon:
    '<circle cx="12" cy="12" r="2.6" fill="currentColor" stroke="none"/><path d="M8.2 8.2a5.4 5.4 0 0 0 0 7.6M15.8 8.2a5.4 5.4 0 0 1 0 7.6M5.3 5.3a9.5 9.5 0 0 0 0 13.4M18.7 5.3a9.5 9.5 0 0 1 0 13.4"/>',
};

function fromMarkup(markup) {
  const t = document.createElement("template");
  t.innerHTML = markup.trim();
  return t.content.firstElementChild;
}

/** A 24×24 stroked icon, hidden from assistive tech (labels carry the meaning). */
export function icon(name, className = "icon") {
  return fromMarkup(
    `<svg class="${className}" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" ${STROKE}>${PATHS[name] || ""}</svg>`,
  );
}

/** Side view of an SUV: the tile's placeholder until the car's picture arrives. */
const CAR_SHAPES = {
  body:
    "M24 106c-5-1-8-6-7-14l2-10c1-6 5-9 12-10l65-8c8-1 14-4 20-9l22-17c4-3 9-5 15-5h109c8 0 13 2 17 7l17 22c10 4 14 10 15 18l1 16c0 6-3 10-9 10h-30a24 24 0 0 0-48 0H102a24 24 0 0 0-48 0z",
  windowFront: "M118 62l24-22c2-2 5-3 8-3h46v25z",
  windowRear: "M203 37h55c6 0 10 2 13 6l13 19h-81z",
  wheels: [78, 250],
};

/** The neutral placeholder shown until (or unless) Rust hands over a picture. */
export function carSilhouette() {
  const w = CAR_SHAPES.wheels
    .map((x) => `<circle class="tyre" cx="${x}" cy="105" r="19"/><circle class="rim" cx="${x}" cy="105" r="9"/>`)
    .join("");
  return fromMarkup(
    `<svg class="silhouette" viewBox="0 0 330 130" aria-hidden="true" focusable="false">` +
      `<ellipse class="shadow" cx="165" cy="124" rx="150" ry="5"/>` +
      `<path class="body" d="${CAR_SHAPES.body}"/>` +
      `<path class="glass" d="${CAR_SHAPES.windowFront}"/><path class="glass" d="${CAR_SHAPES.windowRear}"/>` +
      `${w}</svg>`,
  );
}
