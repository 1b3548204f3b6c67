import { normalizePerson } from "./normalizePerson";

// What a scan of a ФИО finds (bits): a character that is not a Cyrillic letter, a dot, a hyphen
// or a single inner space; a letter whose case differs from «Иванова Мария-Луиза».
const UNUSUAL = 1;
const NOT_TITLE = 2;

// What a scan finds nothing unusual in, as one expression: words of a capital and small
// letters, dots, hyphens and single inner spaces. The regular expression engine checks the
// usual ФИО faster than the scan, which stays for the rest.
const USUAL = /^(?! )(?:[А-Я][а-я]*(?![А-Я])|[.-]| (?! ))+(?<! )$/;

const CHUNK = 4096; // codes per String.fromCharCode call, well below any argument limit

/**
 * A key that two ФИО share exactly when their normalized forms (DECISIONS A-43,
 * {@link normalizePerson}) are equal. For the usual «Иванова Мария Петровна» it is the ФИО
 * itself: no string is made and none is kept per person.
 *
 * The key is the normalized form written with a capital at the start of every word and small
 * letters elsewhere when that form has only Cyrillic letters, spaces, dots and hyphens, and the
 * normalized form itself otherwise. Case is restored from position, so it loses nothing; the
 * two kinds never meet, as the second holds a character the first never has.
 */
export function personKey(fio: string): string {
  if (USUAL.test(fio)) return fio;
  const found = scan(fio);
  if (found === 0) return fio;
  if (found === NOT_TITLE) return titleCase(fio);
  const normalized = normalizePerson(fio);
  return scan(normalized) & UNUSUAL ? normalized : titleCase(normalized);
}

function scan(fio: string): number {
  const n = fio.length;
  if (n === 0 || fio.charCodeAt(0) === 32 || fio.charCodeAt(n - 1) === 32) return UNUSUAL;
  let found = 0;
  let afterLetter = false;
  for (let i = 0; i < n; i++) {
    const c = fio.charCodeAt(i);
    if (c >= 0x430 && c <= 0x44f) {
      if (!afterLetter) found = NOT_TITLE; // а…я
      afterLetter = true;
    } else if (c >= 0x410 && c <= 0x42f) {
      if (afterLetter) found = NOT_TITLE; // А…Я
      afterLetter = true;
    } else if (c === 0x401 || c === 0x451) {
      found = NOT_TITLE; // Ё, ё: the key has Е, е
      afterLetter = true;
    } else if ((c === 32 && fio.charCodeAt(i + 1) !== 32) || c === 46 || c === 45) {
      afterLetter = false; // a single space, "." or "-"
    } else return UNUSUAL;
  }
  return found;
}

/** Capital-first words of a text of Cyrillic letters, single spaces, dots and hyphens; `ё`→`е`. */
function titleCase(text: string): string {
  const n = text.length;
  const codes = new Array<number>(Math.min(n, CHUNK));
  let key = "";
  let afterLetter = false;
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c === 0x401)
        c = 0x415; // Ё→Е
      else if (c === 0x451) c = 0x435; // ё→е
      if (c >= 0x410 && c <= 0x44f) {
        const capital = c < 0x430 ? c : c - 0x20;
        c = afterLetter ? capital + 0x20 : capital;
        afterLetter = true;
      } else afterLetter = false;
      codes[i - start] = c;
    }
    key += String.fromCharCode.apply(null, codes);
  }
  return key;
}
