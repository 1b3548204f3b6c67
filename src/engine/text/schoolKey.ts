import { localityAt } from "./localityKey";
import { nameTokens } from "./nameTokens";
import { normalizeName } from "./normalizeName";

export type SchoolKind = "средняя" | "основная" | "начальная" | "гимназия" | "лицей" | "кадетская";

/** The matching key of a school name (DECISIONS A-14, B-03). */
export interface SchoolKey {
  readonly kind: SchoolKind | null;
  readonly number: string | null;
  /** Stems of the proper-name adjectives (`ХРЕБТОВСК`), joined by a space; null when none. */
  readonly proper: string | null;
  /** The place after `г.`, `с.`, `пгт` … in upper case (`УРУС-МАРТАН`); null when none. */
  readonly locality: string | null;
}

// The case endings of «средняя», «основная», «начальная»: a stem alone would also take place
// names such as «Среднеахтубинская» for the kind word and lose them as the proper name.
const SOFT_ENDINGS = "(ЯЯ|ЕЙ|ЮЮ|ИЕ|ИХ|ИМИ?|ЕЕ|ЕГО|ЕМУ?|ИЙ)";
const HARD_ENDINGS = "(АЯ|ОЙ|УЮ|ЫЕ|ЫХ|ЫМИ?|ОЕ|ОГО|ОМУ?|ЫЙ)";

/** Kind words and abbreviations, first match wins. */
const KIND_RULES: readonly { readonly test: RegExp; readonly kind: SchoolKind }[] = [
  { test: new RegExp(`^(СОШ|СШ|СРЕДН${SOFT_ENDINGS})$`), kind: "средняя" },
  { test: new RegExp(`^(ООШ|ОСНОВН${HARD_ENDINGS})$`), kind: "основная" },
  { test: new RegExp(`^(НОШ|НАЧАЛЬН${HARD_ENDINGS})$`), kind: "начальная" },
  { test: /^ГИМНАЗ[А-Я]*$/, kind: "гимназия" },
  { test: /^ЛИЦЕ[ЙЯЮЕ][А-Я]*$/, kind: "лицей" },
  { test: /^КАДЕТ[А-Я]*$/, kind: "кадетская" },
];

// «БСШ», «ТСШ»: a short place abbreviation glued to СШ/СОШ. The letters stay in the key as its
// proper name, because abbreviations are not expanded (A-16: «Богучанская СШ №3» ≠ «БСШ №3»).
const ABBREVIATED_SECONDARY = /^([А-Я]{1,3})(СОШ|СШ)$/;

const ADJECTIVE = /^[А-Я]{2,}(АЯ|ЯЯ|ИЙ|ЫЙ|ОЙ|ОЕ|ЕЕ|ЬЕ|ЫЕ|ИЕ)$/;

/**
 * Adjective-like words of legal forms and school types: never a proper name, in any case
 * («общеобразовательное», «общеобразовательной»), so they are compared by stem below.
 */
const NOT_PROPER_WORDS = [
  "МУНИЦИПАЛЬНОЕ",
  "МУНИЦИПАЛЬНАЯ",
  "БЮДЖЕТНОЕ",
  "КАЗЕННОЕ",
  "АВТОНОМНОЕ",
  "ГОСУДАРСТВЕННОЕ",
  "НЕГОСУДАРСТВЕННОЕ",
  "ЧАСТНОЕ",
  "ОБЩЕОБРАЗОВАТЕЛЬНОЕ",
  "ОБЩЕОБРАЗОВАТЕЛЬНАЯ",
  "ОБРАЗОВАТЕЛЬНОЕ",
  "НЕКОММЕРЧЕСКАЯ",
  "НЕКОММЕРЧЕСКОЕ",
  "КРАЕВОЕ",
  "ОБЛАСТНОЕ",
  "ФЕДЕРАЛЬНОЕ",
  "РЕСПУБЛИКАНСКОЕ",
  "ОКРУЖНОЕ",
  "ГОРОДСКОЕ",
  "РАЙОННОЕ",
  "ВЕЧЕРНЯЯ",
  "СМЕННАЯ",
  "КОРРЕКЦИОННАЯ",
  "СПЕЦИАЛЬНАЯ",
  "ОТКРЫТАЯ",
  "ДОПОЛНИТЕЛЬНОЕ",
  "ПРОФЕССИОНАЛЬНОЕ",
  "УЧРЕЖДЕНИЕ",
  "ОБРАЗОВАНИЕ",
  "ПРЕДПРИЯТИЕ",
  "ОБЪЕДИНЕНИЕ",
  "ОТДЕЛЕНИЕ",
  "ПОДРАЗДЕЛЕНИЕ",
];

/** The stem the key keeps of an adjective-like word: the word without its two-letter ending. */
const stem = (word: string) => word.slice(0, -2);

const NOT_PROPER = new Set(NOT_PROPER_WORDS.map(stem));

/**
 * The key of a school name: kind + number + proper name (DECISIONS A-14) + locality (B-03).
 * Legal forms and every other word are ignored. Proper names are compared by stem so that
 * «Таежнинская» and «Таежнинской» agree.
 *
 * @param name The school name as written, or an already normalized name.
 * @param normalized Whether `name` is already normalized (saves normalizing it again).
 */
export function schoolKey(name: string, normalized = false): SchoolKey {
  const tokens = nameTokens(normalized ? name : normalizeName(name));
  let kind: SchoolKind | null = null;
  let number: string | null = null;
  let locality: string | null = null;
  const proper: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i].text;
    if (token.startsWith("№")) {
      number ??= String(Number(token.slice(1)));
      continue;
    }
    const place = localityAt(tokens, i);
    if (place !== null) {
      locality ??= place.locality;
      i = place.last; // the place name is no proper name of the school
      continue;
    }
    const abbreviated = ABBREVIATED_SECONDARY.exec(token);
    if (abbreviated && !KIND_RULES[0].test.test(token)) {
      kind ??= "средняя";
      proper.push(abbreviated[1]);
      continue;
    }
    const rule = KIND_RULES.find((r) => r.test.test(token));
    if (rule) {
      kind ??= rule.kind;
      continue;
    }
    if (token.length > 3 && ADJECTIVE.test(token)) {
      const tokenStem = stem(token);
      if (!NOT_PROPER.has(tokenStem)) proper.push(tokenStem);
    }
  }
  return { kind, number, proper: proper.length > 0 ? proper.join(" ") : null, locality };
}
