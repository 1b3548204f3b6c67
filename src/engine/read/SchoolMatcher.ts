import { normalizeName } from "../text/normalizeName";
import { schoolKey, type SchoolKey } from "../text/schoolKey";

/** What the matcher needs of a school. */
export interface MatchableSchool {
  readonly id: string | null;
  readonly name: string;
}

export type MatchResult =
  | { readonly kind: "matched"; readonly index: number }
  | { readonly kind: "notFound" }
  | { readonly kind: "ambiguous"; readonly candidates: readonly number[] };

function keyString(key: SchoolKey): string {
  return `${key.kind ?? ""}|${key.number ?? ""}|${key.proper ?? ""}`;
}

function push<K>(map: Map<K, number[]>, key: K, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

function compatible(a: SchoolKey, b: SchoolKey): boolean {
  const same = <T>(x: T | null, y: T | null) => x === null || y === null || x === y;
  if (!same(a.kind, b.kind) || !same(a.number, b.number) || !same(a.proper, b.proper)) return false;
  return (
    (a.number !== null && a.number === b.number) || (a.proper !== null && a.proper === b.proper)
  );
}

function result(candidates: readonly number[]): MatchResult {
  if (candidates.length === 1) return { kind: "matched", index: candidates[0] };
  return candidates.length === 0 ? { kind: "notFound" } : { kind: "ambiguous", candidates };
}

/**
 * Finds the school a name in another sheet refers to, and never guesses (SPEC 3.3,
 * DECISIONS A-16): exact id, exact normalized name, exact key, then a compatible key; a
 * match must be unique. Answers are cached per distinct text, so a sheet of a million rows
 * costs one lookup per distinct name.
 */
export class SchoolMatcher {
  private readonly byId = new Map<string, number>();
  private readonly byName = new Map<string, number>();
  /** Names exactly as the ОО sheet has them: other sheets mostly copy them, and then the
   * answer is that of the normalized name without normalizing. */
  private readonly byExactName = new Map<string, number>();
  private readonly byKey = new Map<string, number[]>();
  private readonly byNumber = new Map<string, number[]>();
  private readonly byProper = new Map<string, number[]>();
  private readonly keys: SchoolKey[] = [];
  private readonly cache = new Map<string, MatchResult>();

  /** @param normalizedNames The schools' names already normalized, when the caller has them. */
  constructor(schools: readonly MatchableSchool[], normalizedNames?: readonly string[]) {
    schools.forEach((school, index) => {
      if (school.id !== null && !this.byId.has(school.id)) this.byId.set(school.id, index);
      const normalized = normalizedNames?.[index] ?? normalizeName(school.name);
      if (!this.byName.has(normalized)) {
        this.byName.set(normalized, index);
        if (!this.byExactName.has(school.name)) this.byExactName.set(school.name, index);
      }
      const key = schoolKey(normalized, true);
      this.keys.push(key);
      if (key.number === null && key.proper === null) return; // never matched by key
      push(this.byKey, keyString(key), index);
      if (key.number !== null) push(this.byNumber, key.number, index);
      if (key.proper !== null) push(this.byProper, key.proper, index);
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

  private lookup(text: string): MatchResult {
    const trimmed = text.trim();
    const byId = this.byId.get(trimmed);
    if (byId !== undefined) return { kind: "matched", index: byId };
    const exact = this.byExactName.get(trimmed);
    if (exact !== undefined) return { kind: "matched", index: exact };
    const normalized = normalizeName(trimmed);
    const byName = this.byName.get(normalized);
    if (byName !== undefined) return { kind: "matched", index: byName };
    const key = schoolKey(normalized, true);
    if (key.number === null && key.proper === null) return { kind: "notFound" };
    const sameKey = this.byKey.get(keyString(key));
    if (sameKey) return result(sameKey);
    const pool = new Set([
      ...(key.number !== null ? (this.byNumber.get(key.number) ?? []) : []),
      ...(key.proper !== null ? (this.byProper.get(key.proper) ?? []) : []),
    ]);
    return result([...pool].filter((i) => compatible(key, this.keys[i])).sort((a, b) => a - b));
  }
}
