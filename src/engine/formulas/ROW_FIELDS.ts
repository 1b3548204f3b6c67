import { INDICATORS } from "../indicators/INDICATORS";
import { RESULT_FIELDS } from "../read/schema/RESULT_FIELDS";

/** A figure of one school that only a row of indicators gives (the ОО sheet has no such column). */
export type RowKey =
  | "lowest"
  | "composite"
  | "lowestThreshold"
  | "percentileRank"
  | "continuation"
  | "olympiadShare"
  | "kpkShare";

/** One column a row of indicators may have, besides the ОО sheet's columns. */
export interface RowField {
  readonly key: RowKey;
  readonly kind: "flag" | "number" | "share";
  /** The canonical header first, then its synonyms; compared after header normalization. */
  readonly headers: readonly string[];
}

const I1_LABEL = INDICATORS.find((indicator) => indicator.code === "I1")!.label;

/**
 * The row-only columns of SHNOR.RISK, SHNOR.REASONS and SHNOR.ISBSH. A row also accepts every
 * column of the ОО sheet (counts, level, risk-factor levels, social shares, ИСБШ) by the
 * synonyms of read/schema/SCHOOL_FIELDS.ts, and result columns by {@link RESULT_HEADER_WORDS}.
 *
 * I1 needs the whole district, so a row gives it in one of three ways, in this order:
 * «I1» — whether the school is among the lowest (e.g. the result of SHNOR.LOWEST); else the
 * composite with «Порог I1» — the k-th lowest composite of the district; else «Процентильный
 * ранг» of the school's composite among the district's, compared with lowShare.
 */
export const ROW_FIELDS: readonly RowField[] = [
  {
    key: "lowest",
    kind: "flag",
    headers: ["I1", I1_LABEL, "Нижние 20 %", "Входит в нижние 20 %", "Устойчиво низкие результаты"],
  },
  { key: "composite", kind: "number", headers: ["Композитный результат", "композит"] },
  {
    key: "lowestThreshold",
    kind: "number",
    headers: ["Порог I1", "порог композитного результата", "порог нижних 20 %"],
  },
  {
    key: "percentileRank",
    kind: "share",
    headers: ["Процентильный ранг", "перцентиль", "процентильный ранг композитного результата"],
  },
  {
    key: "continuation",
    kind: "share",
    headers: [
      "Доля продолживших обучение в 10 классе",
      "доля перешедших в 10 класс",
      "доля выпускников 9 классов, продолживших обучение в 10 классе",
    ],
  },
  {
    key: "olympiadShare",
    kind: "share",
    headers: [
      "Доля участников олимпиад",
      "доля участников региональных и заключительных этапов олимпиад за 3 года",
      "доля участников олимпиад за 3 года",
    ],
  },
  {
    key: "kpkShare",
    kind: "share",
    headers: ["Доля педагогов с КПК", "доля педагогов, прошедших КПК", "доля КПК"],
  },
];

const resultHeaders = (key: string) => RESULT_FIELDS.find((field) => field.key === key)!.headers;

/**
 * The words of a result column in a row: a procedure, a subject, a field and an optional year
 * in any order («Средний балл ОГЭ по русскому языку 2021», «ОГЭ математика доля «2» 2022»); a
 * reference marker makes it the reference of R1, R2 or R6 («Региональная доля не преодолевших
 * порог ОГЭ по русскому языку», «Эталон R6»).
 */
export const RESULT_HEADER_WORDS = {
  procedures: ["ОГЭ", "ЕГЭ"],
  subjects: [
    { subject: "русский язык", pattern: /^(?:по )?рус[а-я]*(?: яз[а-я]*)?$/ },
    { subject: "математика", pattern: /^(?:по )?мат[а-я]*$/ },
  ],
  fields: [
    { field: "mean", headers: [...resultHeaders("mean"), "средний тестовый балл"] },
    {
      field: "failShare",
      headers: [...resultHeaders("failShare"), "доля не преодолевших порог", "доля не сдавших"],
    },
  ],
  /** Words that mark a reference; «порог» only before or after an indicator code. */
  referenceStems: ["регион", "эталон"],
  codeReferenceWords: ["порог", "значение"],
  /** Words that carry no meaning in these headers. */
  fillers: ["по", "в", "за", "значение", "год", "г"],
} as const;
