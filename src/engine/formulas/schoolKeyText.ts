import { toCyrillicLookalikes } from "../text/fixLookalikes";
import { localityAt } from "../text/localityKey";
import { nameTokens } from "../text/nameTokens";
import { normalizeName } from "../text/normalizeName";
import { schoolKey, type SchoolKey, type SchoolKind } from "../text/schoolKey";

const KIND_WORDS: Readonly<Record<SchoolKind, string>> = {
  средняя: "СОШ",
  основная: "ООШ",
  начальная: "НОШ",
  гимназия: "ГИМНАЗИЯ",
  лицей: "ЛИЦЕЙ",
  кадетская: "КАДЕТСКАЯ",
};

// A proper name is kept in the key as a stem («ХРЕБТОВСК»); an ending makes it a word again,
// and «СШ» after one to three letters is the abbreviated form («БСШ», A-14).
const ENDINGS = ["АЯ", "ИЙ", "ОЕ"];
const ABBREVIATION_ENDING = "СШ";

const sameKey = (a: SchoolKey, b: SchoolKey) =>
  a.kind === b.kind && a.number === b.number && a.proper === b.proper && a.locality === b.locality;

/** The locality as the name writes it, with its marker: «С. ГЕХИ», «ПГТ ИЛЬИНСКИЙ». */
function placeWords(normalized: string, locality: string): string | null {
  const tokens = nameTokens(normalized);
  for (let i = 0; i < tokens.length; i++) {
    const at = localityAt(tokens, i);
    if (at?.locality !== locality) continue;
    const marker = toCyrillicLookalikes(tokens[i].text);
    return `${marker}${tokens[i].dotted ? "." : ""} ${at.place}`;
  }
  return null;
}

function properWord(stem: string, kind: SchoolKind | null): string | null {
  const candidates = [...ENDINGS.map((ending) => stem + ending), stem + ABBREVIATION_ENDING];
  return (
    candidates.find((word) => {
      const key = schoolKey(word);
      return key.proper === stem && (key.kind === null || key.kind === kind);
    }) ?? null
  );
}

/**
 * The matching key of SPEC 3.3 (DECISIONS A-14) as text, for lookups across sheets: proper
 * names, kind, number and locality, «ХРЕБТОВСКАЯ СОШ №3 С. ХРЕБТОВОЕ» (B-03). The same key
 * gives the same text, and the text has that key again, so the result is stable when applied
 * twice; only the locality is kept as written, so that it reads as a place, and a place written
 * in another case («г. Грозного») gives another text. A name with neither a number, a proper name nor a locality never matches by key
 * and keeps its normalized form, as does the rare key that no text reproduces.
 */
export function schoolKeyText(name: string): string {
  const normalized = normalizeName(name);
  const key = schoolKey(normalized, true);
  if (key.number === null && key.proper === null && key.locality === null) return normalized;
  const words: string[] = [];
  for (const stem of key.proper?.split(" ") ?? []) {
    const word = properWord(stem, key.kind);
    if (word === null) return normalized;
    words.push(word);
  }
  const abbreviated = words.some((w) => w.endsWith(ABBREVIATION_ENDING));
  if (key.kind !== null && !(abbreviated && key.kind === "средняя"))
    words.push(KIND_WORDS[key.kind]);
  if (key.number !== null) words.push(`№${key.number}`);
  if (key.locality !== null) {
    const place = placeWords(normalized, key.locality);
    if (place === null) return normalized;
    words.push(place);
  }
  const text = words.join(" ");
  return sameKey(schoolKey(text), key) ? text : normalized;
}
