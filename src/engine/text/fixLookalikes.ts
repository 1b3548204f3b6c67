const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
  Y: "У",
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
};
const LOOKALIKE = /[ABCEHKMOPTXYacepoxyk]/g;
const CYRILLIC = /[\u0400-\u04FF]/;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Replaces Latin letters that look like Cyrillic ones inside words that contain a Cyrillic
 * letter (`COШ` → `СОШ`); a word made only of Latin letters stays as it is (DECISIONS A-17).
 */
export function fixLookalikes(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  return text.replace(WORD, (word) =>
    CYRILLIC.test(word) ? word.replace(LOOKALIKE, (ch) => LATIN_TO_CYRILLIC[ch]) : word,
  );
}

/** Replaces every Latin look-alike letter, whatever the word: for short names such as `OO`. */
export function toCyrillicLookalikes(text: string): string {
  return text.replace(LOOKALIKE, (ch) => LATIN_TO_CYRILLIC[ch]);
}
