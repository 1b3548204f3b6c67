// @microsoft/office-js-helpers has been archived since 2020, so it is used in this module only:
// dropping it later is one commit that rewrites these three functions over localStorage/Office.
import { Storage, Utilities } from "@microsoft/office-js-helpers";
import { defaultSettings, type Settings } from "../engine";

/** Kept in localStorage as "@shnor/userDefaults" (the package prefixes its container). */
const CONTAINER = "shnor";
const USER_DEFAULTS_KEY = "userDefaults";

/** Where the add-in runs, in the package's ALL-CAPS codes. */
export interface HostInfo {
  /** "EXCEL" inside Excel, "WEB" in a plain browser. */
  readonly host: string;
  /** "PC", "MAC", "OFFICE_ONLINE", "IOS", or `null` outside Office. */
  readonly platform: string | null;
}

const OUTSIDE_OFFICE: HostInfo = { host: "WEB", platform: null };

/** The per-user store, or `null` where the page has no localStorage (Node, locked-down frames). */
function openStorage(): Storage<unknown> | null {
  if (typeof window === "undefined") return null;
  try {
    return new Storage<unknown>(CONTAINER);
  } catch {
    return null;
  }
}

/** Same kind of value as the default: stale or hand-edited entries must not reach the engine. */
function sameKind(value: unknown, fallback: unknown): boolean {
  const finite = typeof value === "number" && Number.isFinite(value);
  if (fallback === null) return value === null || finite; // `year`: a number or "not set"
  if (Array.isArray(fallback)) return Array.isArray(value);
  if (typeof fallback === "number") return finite;
  return typeof value === typeof fallback && value !== null && !Array.isArray(value);
}

/**
 * The settings this user saved as personal defaults in this browser profile.
 *
 * @returns Only known settings of the right kind; `{}` when nothing usable is stored.
 */
export function loadUserDefaults(): Partial<Settings> {
  const stored = openStorage()?.get(USER_DEFAULTS_KEY);
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  const defaults: Record<string, unknown> = { ...defaultSettings("") };
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key in defaults && sameKind(value, defaults[key])) result[key] = value;
  }
  return result as Partial<Settings>;
}

/**
 * Saves settings as this user's personal defaults, replacing the previous ones.
 *
 * @param defaults The settings to keep; keys left out fall back to the method's defaults.
 * @returns `false` when this browser keeps no local storage or refuses the write.
 */
export function saveUserDefaults(defaults: Partial<Settings>): boolean {
  const storage = openStorage();
  if (storage === null) return false;
  try {
    storage.set(USER_DEFAULTS_KEY, defaults);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Office application and platform the page runs in; reliable only after Office.onReady.
 *
 * @returns `{ host: "WEB", platform: null }` outside Office.
 */
export function detectHost(): HostInfo {
  if (typeof window === "undefined") return OUTSIDE_OFFICE;
  try {
    // A plain browser with office.js has Office.context but no host.
    return { host: Utilities.host || "WEB", platform: Utilities.platform || null };
  } catch {
    return OUTSIDE_OFFICE;
  }
}
