import { toCyrillicLookalikes } from "./fixLookalikes";
import { nameTokens, type NameToken } from "./nameTokens";
import { normalizeName } from "./normalizeName";

/** Abbreviated markers: a locality only with their dot («с. Гехи»); «с углублённым» is no place. */
const DOTTED_MARKERS = new Set(["Г", "С", "П", "ПОС", "Д", "Х", "СТ", "ДЕР"]);
/** Markers written as words or without a dot. */
const WORD_MARKERS = new Set([
  "ПГТ",
  "РП",
  "АУЛ",
  "СЕЛО",
  "ПОСЕЛОК",
  "ГОРОД",
  "ДЕРЕВНЯ",
  "СТАНИЦА",
  "ХУТОР",
]);

const isMarker = (word: string) => DOTTED_MARKERS.has(word) || WORD_MARKERS.has(word);

const NAMESAKE = /^(ИМ|ИМЕНИ)$/;
const ADJECTIVE = /^[А-Я]{2,}(АЯ|ЯЯ|ИЙ|ЫЙ|ОЙ|ОЕ|ЕЕ|ЬЕ|ЫЕ|ИЕ)$/;
// What may follow a place name and is not part of it: the school's own words, «имени …», the
// district («Курского района»).
const NOT_PLACE =
  /^(ИМ|ИМЕНИ|РАЙОНА?|ОКРУГА?|ОБЛАСТИ|КРАЯ|РЕСПУБЛИКИ|ШКОЛ[А-Я]*|ГИМНАЗ[А-Я]*|ЛИЦЕ[А-Я]*|КАДЕТ[А-Я]*|[А-Я]{0,3}(СОШ|СШ)|ООШ|НОШ|[А-Я]+(ОГО|ЕГО))$/;

/** A place-name word: letters only, not one initial. */
const isWord = (token: NameToken | undefined): token is NameToken =>
  token !== undefined && token.text.length > 1 && /^[А-ЯA-Z]+$/.test(token.text);

/** An initial such as `А.` of «им. А.С. Пушкина»: its `С.` marks no village. */
const isInitial = (token: NameToken | undefined) =>
  token !== undefined && token.dotted && token.text.length === 1;

// The case endings of place names: «г. Грозного» is «г. Грозный», «г. Урус-Мартана» is «г.
// Урус-Мартан». What is left of a word is its stem, never shorter than three letters.
const CASE_ENDING = /(ОГО|ЕГО|ОМУ|ЕМУ|ЫЙ|ИЙ|ОЙ|ЕЙ|АЯ|ЯЯ|ОЕ|ЕЕ|ЫЕ|ИЕ|ЫХ|ИХ|[АЯУЮЕЫИО])$/;
const SHORTEST_STEM = 3;

/** A place word without its case ending. */
function stemOf(word: string): string {
  const ending = CASE_ENDING.exec(word);
  return ending && word.length - ending[0].length >= SHORTEST_STEM
    ? word.slice(0, -ending[0].length)
    : word;
}

/** Where a marker's locality stops: its words, and the index of the last one. */
export interface LocalityAt {
  /**
   * The place as the key compares it: each word's stem, words joined by a space or a hyphen as
   * written («УРУС-МАРТАН», «ГЕХ»); null: none recorded.
   */
  readonly locality: string | null;
  /** The place as written, in upper case («ГЕХИ»), or null. */
  readonly place: string | null;
  /** The index of the last token the marker took. */
  readonly last: number;
}

/**
 * The locality a marker at `at` introduces (DECISIONS B-03): the place word, hyphenated parts
 * with it («Урус-Мартан»), and after an adjective one more word («Новый Путь»). A marker that
 * may be something else (`С` without a dot, initials «А.С.», «г.о.») takes the next word as A-14
 * did, but names no locality.
 *
 * @returns Null when the token is no marker.
 */
export function localityAt(tokens: readonly NameToken[], at: number): LocalityAt | null {
  const marker = tokens[at];
  // A lone Latin `c.` stays Latin in normalization, yet is meant as `с.`.
  const word = marker.text.length < 4 ? toCyrillicLookalikes(marker.text) : marker.text;
  const dotted = DOTTED_MARKERS.has(word);
  if (!dotted && !WORD_MARKERS.has(word)) return null;
  const next = tokens[at + 1];
  const uncertain =
    (dotted && !marker.dotted) ||
    isInitial(tokens[at - 1]) ||
    (at > 0 && NAMESAKE.test(tokens[at - 1].text)) ||
    isInitial(next);
  if (uncertain || !isWord(next)) return { locality: null, place: null, last: at + 1 };
  return placeFrom(tokens, at + 1);
}

/** The place name that starts at `first`. */
function placeFrom(tokens: readonly NameToken[], first: number): LocalityAt {
  let last = first;
  let place = tokens[first].text;
  let locality = stemOf(place);
  while (tokens[last].hyphened && isWord(tokens[last + 1])) {
    last++;
    place += `-${tokens[last].text}`;
    locality += `-${stemOf(tokens[last].text)}`;
  }
  const after = tokens[last + 1];
  if (
    last === first &&
    ADJECTIVE.test(place) &&
    isWord(after) &&
    after.text.length > 2 &&
    !ADJECTIVE.test(after.text) &&
    !NOT_PLACE.test(after.text) &&
    !isMarker(after.text)
  ) {
    last++;
    place += ` ${after.text}`;
    locality += ` ${stemOf(after.text)}`;
  }
  return { locality, place, last };
}

/**
 * The locality of a «Населённый пункт» cell in the form a school name's key has it: «с. Гехи»,
 * «Гехи» and «село  гехи» all give «ГЕХ» (DECISIONS B-03).
 *
 * @returns Null for a cell with no place name.
 */
export function localityKey(text: string): string | null {
  const tokens = nameTokens(normalizeName(text));
  if (tokens.length === 0) return null;
  // In its own column a marker is one whatever its dot: «с Гехи» is a village there.
  const first = isMarker(tokens[0].text) && tokens.length > 1 ? 1 : 0;
  return isWord(tokens[first]) ? placeFrom(tokens, first).locality : null;
}
