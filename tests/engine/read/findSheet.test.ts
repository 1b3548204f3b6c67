import { analyze } from "../../../src/engine";
import { findSheet } from "../../../src/engine/read/findSheet";
import { sheet } from "../../helpers/workbook";

const empty = (name: string) => sheet(name, []);

describe("findSheet finds a sheet by its normalized name (DECISIONS A-01)", () => {
  it.each([
    ["ОО", "schools"],
    ["OO", "schools"],
    ["оо", "schools"],
    [" О.О. ", "schools"],
    ["Школы", "schools"],
    ["Результаты", "results"],
    ["РЕЗУЛЬТАТЫ", "results"],
    ["Педагоги", "teachers"],
    ["Параметры", "params"],
  ] as const)("finds %p as the %s sheet", (name, kind) => {
    const workbook = { sheets: [empty("Титул"), empty(name)] };
    expect(findSheet(workbook, kind)?.name).toBe(name);
  });

  it("does not take «Результаты 2021» for «Результаты»", () => {
    expect(findSheet({ sheets: [empty("Результаты 2021")] }, "results")).toBeUndefined();
  });

  it("reads the schools of a sheet named `OO` in Latin letters", () => {
    const outcome = analyze(
      { sheets: [sheet("OO", [["Наименование ОО"], ["МБОУ «СОШ №10» ИГОСК"]])] },
      { today: "2022-03-31" },
    );
    expect(outcome.kind === "ok" && outcome.results.schools.map((s) => s.name)).toEqual([
      "МБОУ «СОШ №10» ИГОСК",
    ]);
  });

  it("cannot read a workbook without an ОО sheet", () => {
    const outcome = analyze({ sheets: [empty("Результаты")] }, { today: "2022-03-31" });
    expect(outcome.kind).toBe("unreadable");
  });
});
