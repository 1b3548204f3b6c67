import { toCyrillicLookalikes } from "../text/fixLookalikes";
import { normalizeHeader } from "../text/normalizeHeader";
import { FIELDS, type SheetKind } from "./synonyms";

export interface HeaderMatch {
  readonly key: string;
  /** A count column of a social input, to be divided by students. */
  readonly count: boolean;
}

// A unit in brackets at the end of a header does not change its meaning: «Кол-во педагогов (чел.)».
const TRAILING_UNIT = /\s*\((?:чел|человек|ед|шт|%|лет|ч|час|часов)\.?\)\s*$/i;

const lookups = new Map<SheetKind, Map<string, HeaderMatch>>();

function lookupFor(kind: SheetKind): Map<string, HeaderMatch> {
  let lookup = lookups.get(kind);
  if (!lookup) {
    lookup = new Map();
    for (const field of FIELDS[kind]) {
      for (const h of field.headers)
        lookup.set(normalizeHeader(h), { key: field.key, count: false });
      for (const h of field.countHeaders ?? [])
        lookup.set(normalizeHeader(h), { key: field.key, count: true });
    }
    lookups.set(kind, lookup);
  }
  return lookup;
}

/** The field a header names on a sheet of this kind, by exact match after normalization. */
export function matchHeader(kind: SheetKind, header: string): HeaderMatch | undefined {
  const normalized = normalizeHeader(header.replace(TRAILING_UNIT, ""));
  const lookup = lookupFor(kind);
  // A short header typed all in Latin look-alikes («OO») is still meant in Cyrillic.
  return (
    lookup.get(normalized) ??
    (/^[a-z ]+$/.test(normalized) ? lookup.get(toCyrillicLookalikes(normalized)) : undefined)
  );
}
