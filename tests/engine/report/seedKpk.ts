import { analyze, type Results, type WorkbookInput } from "../../../src/engine";

/** Seed 000's КПК table: four schools of the 500+ project, 40 of 100 teachers. */
export const SEED_000: WorkbookInput = {
  sheets: [
    {
      name: "ОО",
      rows: [
        ["Наименование ОО", "Численность педагогических работников", "Прошли КПК"],
        ["МБОУ «СОШ №10» ИГОСК", 30, 14],
        ["МКОУ «СОШ №12» ИГОСК", 18, 8],
        ["МБОУ «СОШ №18» ИГОСК", 36, 12],
        ["МКОУ «СОШ №24» ИГОСК", 16, 6],
      ],
    },
  ],
};

/** The seed's table as the engine computes it, for the 2021-22 school year. */
export function seed000Results(): Results {
  const outcome = analyze(SEED_000, { today: "2022-03-31", asOf: "2022-03-31", year: 2022 });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return outcome.results;
}
