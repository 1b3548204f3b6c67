/** One input of ИСБШ (METHOD-NOTES 1.1): +1 when a higher value is more favourable. */
export interface SocialInput {
  readonly key: "s1" | "s2" | "s3" | "s4" | "s5" | "s6";
  readonly label: string;
  readonly headers: readonly string[];
  readonly direction: 1 | -1;
}

/** The social inputs of the index; adding one is one entry here. */
export const SOCIAL_INPUTS: readonly SocialInput[] = [
  {
    key: "s1",
    label: "Доля обучающихся, оба родителя которых имеют высшее образование",
    headers: [
      "Доля обучающихся, оба родителя которых имеют высшее образование",
      "родители с высшим образованием",
    ],
    direction: 1,
  },
  {
    key: "s2",
    label: "Доля обучающихся из неполных семей",
    headers: ["Доля обучающихся из неполных семей", "неполные семьи"],
    direction: -1,
  },
  {
    key: "s3",
    label: "Доля обучающихся из малообеспеченных семей",
    headers: ["Доля обучающихся из малообеспеченных семей", "малообеспеченные семьи", "малоимущие"],
    direction: -1,
  },
  {
    key: "s4",
    label: "Доля обучающихся, состоящих на профилактическом учёте",
    headers: [
      "Доля обучающихся, состоящих на профилактическом учёте",
      "на учёте",
      "КДН",
      "ПДН",
      "внутришкольный учёт",
    ],
    direction: -1,
  },
  {
    key: "s5",
    label: "Доля обучающихся, для которых русский язык не родной",
    headers: ["Доля обучающихся, для которых русский язык не родной", "русский язык не родной"],
    direction: -1,
  },
  {
    key: "s6",
    label: "Доля обучающихся с ОВЗ",
    headers: ["Доля обучающихся с ОВЗ", "ОВЗ", "обучающиеся с ОВЗ"],
    direction: -1,
  },
];

/** The column with the regional index itself, used as is when given (METHOD-NOTES 1.2 step 3). */
export const ISBSH_HEADERS: readonly string[] = ["ИСБШ", "индекс социального благополучия"];
