import { blankSchool } from "../../../src/engine/formulas/blankSchool";
import {
  WorkbookContext,
  type WorkbookFacts,
} from "../../../src/engine/indicators/WorkbookContext";
import { ResultTable } from "../../../src/engine/read/ResultTable";
import { defaultSettings } from "../../../src/engine/settings";

/** Two schools' ОГЭ mathematics of 2022 on rows 5 and 9 of Результаты, fail shares in column H. */
function facts(): WorkbookFacts {
  const rows = new ResultTable();
  const series = rows.seriesOf("ОГЭ", "математика", null);
  const first = rows.add(0, 5, 2022, series);
  const second = rows.add(1, 9, 2022, series);
  rows.set(first, "participants", 30);
  rows.set(second, "participants", 4);
  return {
    year: 2022,
    settings: defaultSettings("2022-03-31"),
    rows,
    references: { R2: { value: 0.07, source: "regional" } },
    resultsSheet: "Результаты",
    resultColumns: new Map([
      ["failShare", 7],
      ["mean", 27],
    ]),
  };
}

const lowest = { met: null, value: null, threshold: null };

describe("WorkbookContext", () => {
  const shared = facts();
  const prefixes = new Map<string, string>();
  const first = new WorkbookContext(shared, prefixes, blankSchool({ index: 0 }), lowest);
  const second = new WorkbookContext(shared, prefixes, blankSchool({ index: 1 }), lowest);

  it("gives each school its own exam rows, and no ВПР row one by one", () => {
    expect(first.exam("ОГЭ", "математика", 2022)?.row).toBe(5);
    expect(second.exam("ОГЭ", "математика", 2022)?.row).toBe(9);
    expect(first.exam("ОГЭ", "математика", 2021)).toBeUndefined();
    expect(first.exam("ВПР", "математика", 2022)).toBeUndefined();
  });

  it("uses a row only with enough participants (minParticipants 5)", () => {
    expect(first.usable(first.exam("ОГЭ", "математика", 2022))).toBe(true);
    expect(second.usable(second.exam("ОГЭ", "математика", 2022))).toBe(false);
    expect(first.usable(undefined)).toBe(false);
  });

  it("cites the cell of each field, its column letters worked out once per field", () => {
    const row = second.exam("ОГЭ", "математика", 2022)!;
    expect(first.resultCell(first.exam("ОГЭ", "математика", 2022)!, "failShare")).toBe(
      "Результаты!H5",
    );
    expect(second.resultCell(row, "failShare")).toBe("Результаты!H9");
    expect(second.resultCell(row, "mean")).toBe("Результаты!AB9");
    expect([...prefixes]).toEqual([
      ["failShare", "Результаты!H"],
      ["mean", "Результаты!AB"],
    ]);
  });

  it("cites the export cell of a row converted from ФИС ОКО", () => {
    const row = { ...first.exam("ОГЭ", "математика", 2022)!, sources: { mean: "ВПР!F12" } };
    expect(first.resultCell(row, "mean")).toBe("ВПР!F12");
    expect(first.resultCell(row, "failShare")).toBe("Результаты!H5");
  });

  it("answers references and ОО cells of the school", () => {
    expect(first.reference("R2")).toEqual({ value: 0.07, source: "regional" });
    expect(first.reference("R1")).toBeNull();
    const withCell = new WorkbookContext(
      shared,
      prefixes,
      blankSchool({
        cells: { cell: (key) => (key === "grads9" ? { sheet: "ОО", cell: "I7" } : undefined) },
      }),
      lowest,
    );
    expect(withCell.schoolCell("grads9")).toBe("ОО!I7");
    expect(withCell.schoolCell("cont10")).toBeNull();
  });

  it("counts I2's and I3's shares from the ОО figures: 20 of 40, 2 of 400", () => {
    const school = blankSchool({ grads9: 40, cont10: 20, students: 400, olympiad3y: 2 });
    const ctx = new WorkbookContext(shared, prefixes, school, lowest);
    expect([ctx.continuation(), ctx.olympiadShare()]).toEqual([0.5, 0.005]);
  });

  it("has no share without a count, or with no graduates or students", () => {
    const none = blankSchool({ grads9: 0, cont10: 0, students: 0, olympiad3y: 0 });
    expect([first.continuation(), first.olympiadShare()]).toEqual([null, null]);
    const ctx = new WorkbookContext(shared, prefixes, none, lowest);
    expect([ctx.continuation(), ctx.olympiadShare()]).toEqual([null, null]);
  });
});
