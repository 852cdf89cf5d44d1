// The page's copy of the cars Rust last sent, so any module can name a car by its VIN.

import { t } from "./l10n.js";

const byVin = new Map();
let order = [];

/** Replaces the whole list (list_vehicles, refresh_availability, vehicles-changed). */
export function setCars(list) {
  byVin.clear();
  order = [];
  for (const v of Array.isArray(list) ? list : []) {
    if (!v || typeof v.vin !== "string") continue;
    byVin.set(v.vin, v);
    order.push(v.vin);
  }
}

/** Updates one car (set_nickname). */
export function putCar(v) {
  if (!v || typeof v.vin !== "string") return;
  if (!byVin.has(v.vin)) order.push(v.vin);
  byVin.set(v.vin, v);
}

export const getCar = (vin) => byVin.get(vin) || null;
export const allCars = () => order.map((vin) => byVin.get(vin));

/** Nickname, else model, else masked VIN (Rust's displayName), else a neutral word. */
export function nameOf(vin) {
  const v = byVin.get(vin);
  return (v && (v.displayName || v.model || v.maskedVin)) || t("your-car");
}
