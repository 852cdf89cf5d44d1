// One tile per car: picture, names, availability, command buttons, nickname editing. Tiles are
// built once per VIN and then updated in place, so focus and a half-typed nickname survive
// every refresh from Rust.
//
// Test hooks (keep them): the tile has data-vin and contains the model name; one
// button[data-command] per supported command and none for the others; one [data-outcome]
// (owned by outcome.js).

import * as ipc from "./ipc.js";
import { h, replaceChildren, show } from "./dom.js";
import { carSilhouette, icon } from "./icons.js";
import { COMMANDS, commandLabel, errorSentence, shortWhen } from "./format.js";
import * as outcome from "./outcome.js";
import { putCar } from "./cars.js";
import { t } from "./l10n.js";

const ICON_OF = { FLASH: "flash", HONK: "honk", HONK_AND_FLASH: "honkFlash" };
/** Volvo's fuel types with words of their own ("/" written "-": a catalog key has no "/");
 * others are shown as Volvo writes them. */
const FUELS = ["ELECTRIC", "PETROL-ELECTRIC", "DIESEL-ELECTRIC", "PETROL", "DIESEL"];
const fuelKey = (fuel) => String(fuel).replace("/", "-");

/** VIN → {root, parts, vehicle} */
const tiles = new Map();
/** VIN → data: URL, or null when Rust has none (so it is asked once per session). */
const images = new Map();

/** Creates, updates, reorders and removes tiles so the grid matches `vehicles`. */
export function renderTiles(grid, vehicles) {
  const seen = new Set();
  let previous = null;
  for (const v of vehicles) {
    seen.add(v.vin);
    let tile = tiles.get(v.vin);
    if (!tile) {
      tile = createTile(v);
      tiles.set(v.vin, tile);
    }
    updateTile(tile, v);
    const wanted = previous ? previous.nextSibling : grid.firstChild;
    if (wanted !== tile.root) grid.insertBefore(tile.root, wanted);
    previous = tile.root;
  }
  for (const [vin, tile] of tiles) {
    if (seen.has(vin)) continue;
    outcome.detach(vin);
    tile.root.remove();
    tiles.delete(vin);
  }
}

/** Asks Rust for the pictures of cars that have none yet, one at a time, after first paint. */
export async function loadImages(vehicles) {
  for (const v of vehicles) {
    if (images.has(v.vin)) continue;
    images.set(v.vin, null);
    try {
      const url = await ipc.vehicleImage(v.vin);
      if (typeof url === "string" && url.startsWith("data:image/")) {
        images.set(v.vin, url);
        const tile = tiles.get(v.vin);
        if (tile) showImage(tile, url);
      }
    } catch {
      // No picture is fine: the silhouette stays.
    }
  }
}

function createTile(v) {
  const vin = v.vin;
  const nameId = `car-name-${vin}`;
  const parts = {};
  parts.media = h("div", { class: "tile-media" }, carSilhouette());
  parts.badge = h("span", { class: "badge", dataset: { tone: "unknown" } });
  // What the chip's few words mean, for screen readers; beside the chip, so the chip itself
  // stays one line of text.
  parts.badgeDetail = h("span", { class: "sr-only" });
  parts.name = h("h3", { class: "tile-name", id: nameId });
  parts.renameButton = h(
    "button",
    { type: "button", class: "icon-btn rename-btn", on: { click: () => startRename(tile) } },
    icon("pencil"),
  );
  parts.input = h("input", {
    type: "text",
    class: "rename-input",
    maxlength: "40",
    autocomplete: "off",
    spellcheck: "false",
    id: `nickname-${vin}`,
    "aria-describedby": `nickname-hint-${vin} nickname-error-${vin}`,
  });
  parts.inputLabel = h("label", { class: "sr-only", for: `nickname-${vin}` });
  parts.renameError = h("p", { class: "field-error", id: `nickname-error-${vin}`, hidden: true });
  parts.renameForm = h(
    "form",
    { class: "rename", hidden: true },
    parts.inputLabel,
    parts.input,
    h("p", { class: "hint", id: `nickname-hint-${vin}`, text: t("rename-hint") }),
    parts.renameError,
  );
  parts.title = h("div", { class: "tile-title" }, parts.name, parts.renameButton);
  parts.meta = h("p", { class: "tile-meta" });
  parts.vin = h("p", { class: "tile-vin" });
  parts.actions = h("div", { class: "tile-actions", role: "group" });
  parts.note = h("p", { class: "missing-note", hidden: true });
  parts.outcome = outcome.outcomeElement(vin);
  parts.commandsKey = null;

  const root = h(
    "article",
    { class: "tile", dataset: { vin }, "aria-labelledby": nameId },
    h("div", { class: "tile-top" }, parts.media, parts.badge, parts.badgeDetail),
    h("div", { class: "tile-body" }, parts.title, parts.renameForm, parts.meta, parts.vin,
      parts.actions, parts.note, parts.outcome),
  );
  const tile = { root, parts, vehicle: v, renaming: false, saving: false };

  parts.renameForm.addEventListener("submit", (e) => {
    e.preventDefault();
    saveRename(tile);
  });
  parts.input.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      endRename(tile, true);
    }
  });
  parts.input.addEventListener("blur", () => {
    if (!tile.renaming || tile.saving) return;
    if (parts.input.value.trim() === (tile.vehicle.nickname || "")) endRename(tile, false);
    else saveRename(tile);
  });

  const cached = images.get(vin);
  if (cached) showImage(tile, cached);
  outcome.attach(vin, parts.outcome, () => syncButtons(tile));
  return tile;
}

function updateTile(tile, v) {
  tile.vehicle = v;
  const p = tile.parts;
  const model = v.model || "Volvo";
  const name = v.displayName || v.nickname || model;
  p.name.textContent = name;
  p.renameButton.setAttribute("aria-label", t("rename-car", { car: name }));
  p.renameButton.title = t("rename");
  p.inputLabel.textContent = t("nickname-for", { model });
  p.input.placeholder = model;

  // With a nickname the model moves to the meta line, so the tile always names the model.
  const meta = [];
  if (v.nickname && v.model) meta.push(v.model);
  if (v.modelYear) meta.push(String(v.modelYear));
  if (v.colour) meta.push(v.colour);
  if (v.fuelType) {
    const key = fuelKey(v.fuelType);
    meta.push(FUELS.includes(key) ? t("fuel", { fuel: key }) : titleCase(v.fuelType));
  }
  p.meta.textContent = meta.join(" · ");

  const masked = v.maskedVin || "";
  replaceChildren(
    p.vin,
    h("span", { class: "sr-only", text: t("vin-ending-in", { digits: masked.replace(/[^A-Za-z0-9]/g, "") }) }),
    h("span", { "aria-hidden": "true", text: t("vin-masked", { vin: masked }) }),
  );

  updateBadge(p.badge, p.badgeDetail, v.availability, v.stale === true);
  tile.root.dataset.stale = String(v.stale === true);
  updateButtons(tile, v, name);
  p.note.textContent = v.missingNote || "";
  show(p.note, Boolean(v.missingNote));
}

// A car shown from the last start, before Volvo has confirmed it: its old availability is
// history, not news, so the chip says so and keeps the old words for the tooltip.

function updateBadge(badge, hidden, a, stale) {
  let tone = "unknown";
  let text = t("availability-not-checked");
  if (a && typeof a.text === "string" && a.text.trim()) {
    text = a.text.trim();
    tone = a.available === true ? "ok" : a.available === false ? "warn" : "unknown";
  }
  // The chip keeps to one short line over the picture; what it means goes in its tooltip and
  // in text only screen readers read.
  const detail = a && typeof a.detail === "string" ? a.detail.trim() : "";
  let more = detail && detail !== text ? detail : "";
  let when = (at) => t("availability-checked", { time: at });
  if (stale) {
    more = t("availability-stale-detail");
    const seen = text;
    when = a && a.text ? (at) => t("availability-last-seen", { state: seen, time: at }) : null;
    tone = "stale";
    text = t("availability-stale");
  }
  badge.dataset.tone = tone;
  badge.textContent = text;
  hidden.textContent = more;
  const checked = when && a && typeof a.checkedAt === "number" ? when(shortWhen(a.checkedAt, { seconds: false })) : "";
  const title = [more, checked].filter(Boolean).join(". ");
  if (title) badge.title = title;
  else badge.removeAttribute("title");
}

function updateButtons(tile, v, name) {
  const p = tile.parts;
  p.actions.setAttribute("aria-label", t("commands-for", { car: name }));
  const supported = COMMANDS.filter((c) => Array.isArray(v.commands) && v.commands.includes(c));
  const key = supported.join(",");
  if (key !== p.commandsKey) {
    p.commandsKey = key;
    replaceChildren(
      p.actions,
      supported.map((command) =>
        h(
          "button",
          {
            type: "button",
            class: "cmd",
            dataset: { command },
            "aria-describedby": `outcome-${v.vin}`,
            on: { click: () => outcome.request(v.vin, command) },
          },
          icon(ICON_OF[command], "icon cmd-icon"),
          h("span", { class: "cmd-label", text: commandLabel(command) }),
        ),
      ),
    );
  }
  show(p.actions, supported.length > 0);
  syncButtons(tile);
}

/** While any command of the car is on its way, all its buttons stay focusable but inert
 * (aria-disabled), so keyboard focus is not lost; the one on its way shows it is busy. */
function syncButtons(tile) {
  const carBusy = outcome.isCarBusy(tile.vehicle.vin);
  for (const button of tile.parts.actions.querySelectorAll("button[data-command]")) {
    if (carBusy) button.setAttribute("aria-disabled", "true");
    else button.removeAttribute("aria-disabled");
    button.classList.toggle("is-busy", outcome.isPending(tile.vehicle.vin, button.dataset.command));
  }
}

function showImage(tile, url) {
  const img = h("img", { class: "car-image", alt: "", src: url, decoding: "async" });
  img.addEventListener("load", () => {
    // A cut-out render floats on the tile's backdrop; an opaque photo fills it instead.
    img.classList.toggle("is-photo", isOpaque(img));
    tile.parts.media.classList.add("has-image");
  }, { once: true });
  img.addEventListener("error", () => img.remove(), { once: true });
  const old = tile.parts.media.querySelector("img");
  if (old) old.remove();
  tile.parts.media.append(img);
}

/** Whether the picture's top-left corner is solid: then it has its own background. */
function isOpaque(img) {
  try {
    const canvas = document.createElement("canvas");
    canvas.width = 1;
    canvas.height = 1;
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0, 1, 1, 0, 0, 1, 1);
    return ctx.getImageData(0, 0, 1, 1).data[3] > 250;
  } catch {
    return false;
  }
}

// ---- nickname ---------------------------------------------------------------------------------

function startRename(tile) {
  const p = tile.parts;
  tile.renaming = true;
  p.input.value = tile.vehicle.nickname || "";
  show(p.renameError, false);
  show(p.title, false);
  show(p.renameForm, true);
  p.input.focus();
  p.input.select();
}

function endRename(tile, refocus) {
  const p = tile.parts;
  tile.renaming = false;
  show(p.renameForm, false);
  show(p.title, true);
  if (refocus) p.renameButton.focus();
}

async function saveRename(tile) {
  if (tile.saving) return;
  const p = tile.parts;
  const nickname = p.input.value.trim();
  if ([...nickname].length > 40) {
    renameError(tile, t("nickname-too-long", { max: 40 }));
    return;
  }
  if (nickname === (tile.vehicle.nickname || "")) {
    endRename(tile, true);
    return;
  }
  tile.saving = true;
  p.input.setAttribute("aria-busy", "true");
  try {
    const v = await ipc.setNickname(tile.vehicle.vin, nickname);
    if (v && v.vin === tile.vehicle.vin) {
      putCar(v);
      updateTile(tile, v);
    }
    const hadFocus = document.activeElement === p.input;
    endRename(tile, hadFocus);
  } catch (err) {
    renameError(tile, errorSentence(err));
  } finally {
    tile.saving = false;
    p.input.removeAttribute("aria-busy");
  }
}

function renameError(tile, text) {
  const p = tile.parts;
  p.renameError.textContent = text;
  show(p.renameError, true);
  if (!tile.renaming) startRename(tile);
  p.input.focus();
}

function titleCase(s) {
  return String(s)
    .toLowerCase()
    .replace(/(^|[\s/_-])\w/g, (m) => m.toUpperCase())
    .replace(/_/g, " ");
}
