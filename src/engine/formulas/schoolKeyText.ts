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
  a.kind === b.kind && a.number === b.number && a.proper === b.proper;

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
 * names, kind and number, «ХРЕБТОВСКАЯ СОШ №3». The same key gives the same text, and the text
 * has that key again, so the result is stable when applied twice. A name with neither a number
 * nor a proper name never matches by key and keeps its normalized form, as does the rare
 * key that no text reproduces.
 */
export function schoolKeyText(name: string): string {
  const key = schoolKey(name);
  if (key.number === null && key.proper === null) return normalizeName(name);
  const words: string[] = [];
  for (const stem of key.proper?.split(" ") ?? []) {
    const word = properWord(stem, key.kind);
    if (word === null) return normalizeName(name);
    words.push(word);
  }
  const abbreviated = words.some((w) => w.endsWith(ABBREVIATION_ENDING));
  if (key.kind !== null && !(abbreviated && key.kind === "средняя"))
    words.push(KIND_WORDS[key.kind]);
  if (key.number !== null) words.push(`№${key.number}`);
  const text = words.join(" ");
  return sameKey(schoolKey(text), key) ? text : normalizeName(name);
}
