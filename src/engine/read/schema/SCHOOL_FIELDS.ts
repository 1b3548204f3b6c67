import { SOCIAL_INPUTS } from "../../isbsh/socialInputs";
import { RISK_FACTORS } from "../../risks/riskFactors";
import type { FieldSpec } from "./FieldSpec";
import { SCHOOL_COLUMNS } from "./SCHOOL_COLUMNS";

// The ОО sheet's own columns are apart in SCHOOL_COLUMNS: SchoolRecord is typed from them, and
// the risk factors, which name a school, must not be imported by that type.

const COUNT_PREFIXES = ["Количество", "Число", "Кол-во"];

// A social input is given as a share, or as a count of students under «Количество …».
const SOCIAL_FIELDS: readonly FieldSpec[] = SOCIAL_INPUTS.map((input) => ({
  key: input.key,
  kind: "social",
  headers: input.headers,
  label: input.label,
  countHeaders: input.headers
    .filter((h) => /^Доля /i.test(h))
    .flatMap((h) => COUNT_PREFIXES.map((p) => h.replace(/^Доля/i, p))),
}));

const RISK_FACTOR_FIELDS: readonly FieldSpec[] = RISK_FACTORS.map((factor) => ({
  key: factor.code,
  kind: "riskLevel",
  headers: [
    factor.label,
    factor.code,
    `Фактор ${factor.code.slice(2)}`,
    ...(factor.synonyms ?? []),
  ],
}));

/** Every column of the ОО sheet: its own, then the social inputs, then the risk factors' levels. */
export const SCHOOL_FIELDS: readonly FieldSpec[] = [
  ...SCHOOL_COLUMNS,
  ...SOCIAL_FIELDS,
  ...RISK_FACTOR_FIELDS,
];
