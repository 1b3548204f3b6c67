import type { NUMERIC_SETTINGS } from "../engine";

type NumericSettingKey = (typeof NUMERIC_SETTINGS)[number]["key"];

/** How the pane groups the numeric settings; a setting in no group is listed under «Прочие». */
export const SETTING_GROUPS: readonly {
  readonly title: string;
  readonly keys: readonly NumericSettingKey[];
}[] = [
  {
    title: "ШНОР и зона риска",
    keys: [
      "lowShare",
      "continuationMin",
      "olympiadMax",
      "minParticipants",
      "minCells",
      "confirmMin",
      "riskHighFactors",
    ],
  },
  { title: "КПК", keys: ["kpkYears", "kpkMinHours", "kpkPlanMonths"] },
  { title: "Объективность ВПР", keys: ["vprRaisedMax", "vprConfirmedMax", "vprTopShare"] },
  { title: "ИСБШ и ШНСУ", keys: ["shnsuShare", "isbshMinInputs"] },
  {
    title: "Факторы риска 500+",
    keys: [
      "rf2VacancyHigh",
      "rf5KpkHigh",
      "rf5KpkMedium",
      "rf6NonNativeHigh",
      "rf6NonNativeMedium",
      "rf8FailRatioHigh",
      "rf8FailRatioMedium",
      "rf11OvzHigh",
      "rf11OvzMedium",
    ],
  },
];
