import { localityKey } from "../text/localityKey";
import { normalizeName } from "../text/normalizeName";
import { schoolKey, type SchoolKey } from "../text/schoolKey";
import { SchoolHints } from "./SchoolHints";

/** What the matcher needs of a school. */
export interface MatchableSchool {
  readonly id: string | null;
  readonly name: string;
  /** The «Населённый пункт» cell: the locality of a name that does not say it (B-03). */
  readonly settlement?: string | null;
}

export type MatchResult =
  | { readonly kind: "matched"; readonly index: number }
  | { readonly kind: "notFound" }
  | { readonly kind: "ambiguous"; readonly candidates: readonly number[] };

/** The key without its locality: schools of one key in several localities are listed together. */
function keyString(key: SchoolKey): string {
  return `${key.kind ?? ""}|${key.number ?? ""}|${key.proper ?? ""}`;
}

function push<K>(map: Map<K, number[]>, key: K, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** Whether a key identifies a school at all: «Школа» alone never matches by key. */
const identifying = (key: SchoolKey) =>
  key.number !== null || key.proper !== null || key.locality !== null;

/** Equal, or missing on one side. */
const agree = <T>(x: T | null, y: T | null) => x === null || y === null || x === y;
/** Present on both sides and equal. */
const same = <T>(x: T | null, y: T | null) => x !== null && x === y;

/**
 * A-16's compatible keys, with the locality as one more part (B-03): two localities that
 * differ never match, and one present on both sides and equal identifies like a number.
 */
function compatible(a: SchoolKey, b: SchoolKey): boolean {
  return (
    agree(a.kind, b.kind) &&
    agree(a.number, b.number) &&
    agree(a.proper, b.proper) &&
    agree(a.locality, b.locality) &&
    (same(a.number, b.number) || same(a.proper, b.proper) || same(a.locality, b.locality))
  );
}

function result(candidates: readonly number[]): MatchResult {
  if (candidates.length === 1) return { kind: "matched", index: candidates[0] };
  return candidates.length === 0 ? { kind: "notFound" } : { kind: "ambiguous", candidates };
}

/**
 * Finds the school a name in another sheet refers to, and never guesses (SPEC 3.3,
 * DECISIONS A-16, B-03): exact id, exact normalized name, exact key, then a compatible key; a
 * match must be unique. Answers are cached per distinct text, so a sheet of a million rows
 * costs one lookup per distinct name.
 */
export class SchoolMatcher {
  private readonly byId = new Map<string, number>();
  /** Per normalized name, its first school of each locality: two of them are two schools. */
  private readonly byName = new Map<string, number[]>();
  /** Names exactly as the ОО sheet has them: other sheets mostly copy them, and then the
   * answer is that of the normalized name without normalizing. */
  private readonly byExactName = new Map<string, number>();
  private readonly byKey = new Map<string, number[]>();
  private readonly byNumber = new Map<string, number[]>();
  private readonly byProper = new Map<string, number[]>();
  private readonly byLocality = new Map<string, number[]>();
  private readonly keys: SchoolKey[] = [];
  private readonly normalizedNames: string[] = [];
  private readonly cache = new Map<string, MatchResult>();
  private hints: SchoolHints | null = null;
  private readonly hintCache = new Map<string, number[]>();

  /** @param normalizedNames The schools' names already normalized, when the caller has them. */
  constructor(schools: readonly MatchableSchool[], normalizedNames?: readonly string[]) {
    schools.forEach((school, index) => {
      if (school.id !== null && !this.byId.has(school.id)) this.byId.set(school.id, index);
      const normalized = normalizedNames?.[index] ?? normalizeName(school.name);
      const named = schoolKey(normalized, true);
      const settlement = school.settlement ? localityKey(school.settlement) : null;
      const key =
        named.locality === null && settlement ? { ...named, locality: settlement } : named;
      this.keys.push(key);
      this.normalizedNames.push(normalized);
      this.addName(school.name, normalized, index);
      if (!identifying(key)) return; // never matched by key
      push(this.byKey, keyString(key), index);
      if (key.number !== null) push(this.byNumber, key.number, index);
      if (key.proper !== null) push(this.byProper, key.proper, index);
      if (key.locality !== null) push(this.byLocality, key.locality, index);
    });
  }

  /** The school that `text` (a name or an id) refers to. */
  match(text: string): MatchResult {
    let answer = this.cache.get(text);
    if (!answer) {
      answer = this.lookup(text);
      this.cache.set(text, answer);
    }
    return answer;
  }

  /**
   * The schools whose names are closest to a name that matched none, best first (B-04).
   *
   * @param limit At most this many.
   * @returns Indexes of schools; empty when none is close.
   */
  closest(text: string, limit: number): number[] {
    // Педагоги matches its names twice, once to find each school's last row.
    const asked = `${limit}|${text}`;
    let found = this.hintCache.get(asked);
    if (!found) {
      this.hints ??= new SchoolHints(this.keys);
      found = this.hints.closest(schoolKey(text), limit);
      this.hintCache.set(asked, found);
    }
    return found;
  }

  /** Files a school under its normalized name; a same-named school of another locality too. */
  private addName(name: string, normalized: string, index: number): void {
    const namesakes = this.byName.get(normalized);
    if (!namesakes) {
      this.byName.set(normalized, [index]);
      if (!this.byExactName.has(name)) this.byExactName.set(name, index);
      return;
    }
    // The same name twice is one school (A-19: the reader keeps the first); with two
    // localities from «Населённый пункт» it is two, and the bare name fits both.
    const locality = this.keys[index].locality;
    if (namesakes.some((i) => this.keys[i].locality === locality)) return;
    namesakes.push(index);
  }

  /**
   * Of the schools with a name's key, those it means: of its locality, else those without one;
   * a name without a locality means all of them (B-03).
   */
  private sameLocality(schools: readonly number[], locality: string | null): readonly number[] {
    if (locality === null) return schools;
    const here = schools.filter((i) => this.keys[i].locality === locality);
    return here.length > 0 ? here : schools.filter((i) => this.keys[i].locality === null);
  }

  private lookup(text: string): MatchResult {
    const trimmed = text.trim();
    const byId = this.byId.get(trimmed);
    if (byId !== undefined) return { kind: "matched", index: byId };
    const exact = this.byExactName.get(trimmed);
    if (exact !== undefined) return result(this.byName.get(this.normalizedNames[exact])!);
    const normalized = normalizeName(trimmed);
    const byName = this.byName.get(normalized);
    if (byName !== undefined) return result(byName);
    const key = schoolKey(normalized, true);
    if (!identifying(key)) return { kind: "notFound" };
    const sameKey = this.byKey.get(keyString(key));
    const meant = sameKey ? this.sameLocality(sameKey, key.locality) : [];
    if (meant.length > 0) return result(meant);
    const pool = new Set([
      ...(key.number !== null ? (this.byNumber.get(key.number) ?? []) : []),
      ...(key.proper !== null ? (this.byProper.get(key.proper) ?? []) : []),
      ...(key.locality !== null ? (this.byLocality.get(key.locality) ?? []) : []),
    ]);
    return result([...pool].filter((i) => compatible(key, this.keys[i])).sort((a, b) => a - b));
  }
}
