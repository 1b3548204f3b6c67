import { rowsOf } from "../../helpers/workbook";
import { analyze, applyMapping, proposeMapping, type WorkbookInput } from "../../../src/engine";
import { loadWorkbook } from "../../helpers/loadDemo";

describe("the column mapping the pane shows and edits", () => {
  let demo: WorkbookInput;
  beforeAll(async () => {
    demo = await loadWorkbook();
  });

  it("proposes every recognised column of the demo's four sheets", () => {
    const mappings = proposeMapping(demo);
    expect(mappings.map((m) => [m.kind, m.sheet, m.headerRow])).toEqual([
      ["schools", "ОО", 0],
      ["results", "Результаты", 0],
      ["teachers", "Педагоги", 0],
      ["params", "Параметры", 0],
    ]);
    expect(mappings[0].columns).toMatchObject({ id: 0, name: 1, teachers: 6, kpkCompleted: 7 });
    expect(mappings[0].headers[6]).toBe("Численность педагогических работников");
  });

  it("applies a corrected mapping without touching the workbook it was given", () => {
    const [schools] = proposeMapping(demo);
    // Unmapping «Прошли КПК» leaves the ОО-only district without КПК figures.
    const { kpkCompleted: _dropped, ...columns } = schools.columns;
    const input = { sheets: demo.sheets.filter((s) => s.name === "ОО") };
    const outcome = analyze(applyMapping(input, [{ ...schools, columns }]), {
      today: "2022-03-31",
    });
    expect(
      outcome.kind === "ok" && outcome.results.schools.every((s) => s.kpk.share === null),
    ).toBe(true);
    expect(rowsOf(input.sheets[0])[0]?.[7]).toBe("Прошли КПК");
  });

  it("reads a header row the user chose below a title line", () => {
    const workbook: WorkbookInput = {
      sheets: [
        {
          name: "ОО",
          rows: [["Школы района"], ["Школа", "Педагоги чел", "КПК"], ["МБОУ «СОШ №1»", 20, 10]],
        },
      ],
    };
    const mapping = {
      kind: "schools" as const,
      sheet: "ОО",
      headerRow: 1,
      columns: { name: 0, teachers: 1, kpkCompleted: 2 },
      headers: [],
    };
    const outcome = analyze(applyMapping(workbook, [mapping]), { today: "2022-03-31" });
    expect(outcome.kind === "ok" && outcome.results.schools[0].kpk.share).toBe(0.5);
  });
});
