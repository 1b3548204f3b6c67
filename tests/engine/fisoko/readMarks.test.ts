import type { CellValue, SheetInput } from "../../../src/engine";
import { detectFisokoLayout } from "../../../src/engine/read/fisoko/detectFisokoLayout";
import { readMarks } from "../../../src/engine/read/fisoko/readMarks";
import { ProblemLog } from "../../../src/engine/read/ProblemLog";

const HEADER: CellValue[] = ["Группы участников", "Кол-во ОО", "Кол-во участников", 2, 3, 4, 5];

/** Reads row 2 of a two-row statistics table. */
function marks(row: CellValue[], header = HEADER) {
  const sheet: SheetInput = { name: "Статистика", rows: [header, row] };
  const problems = new ProblemLog();
  const values = readMarks(sheet, detectFisokoLayout(sheet)!, 1, problems);
  return { values, problems: problems.items.map((p) => `${p.severity} ${p.cell} ${p.code}`) };
}

describe("readMarks converts a school's distribution of marks", () => {
  it("mean = Σ mark × share: 10 % «2», 20 % «3», 40 % «4», 30 % «5» → 3,9; share of «2» 0,1", () => {
    const { values, problems } = marks(["СОШ", null, 50, 10, 20, 40, 30]);
    expect(values.participants).toBe(50);
    expect(values.mean).toBeCloseTo(3.9, 12);
    expect(values.failShare).toBeCloseTo(0.1, 12);
    expect(problems).toEqual([]);
  });

  it("divides by the sum of rounded percentages: 33,3 + 33,3 + 33,3 + 0 → mean 3", () => {
    const { values, problems } = marks(["СОШ", null, 3, 33.3, 33.3, 33.3, 0]);
    expect(values.mean).toBeCloseTo(3, 12);
    expect(values.failShare).toBeCloseTo(0.333, 12);
    expect(problems).toEqual([]);
  });

  it("reads %-formatted cells and text with commas alike", () => {
    const row: CellValue[] = ["СОШ", null, "40", { percent: 0.025 }, "22,5", "50 %", 25];
    expect(marks(row).values.mean).toBeCloseTo(3.975, 12);
  });

  it("takes a missing percentage beside the others as 0", () => {
    const { values, problems } = marks(["СОШ", null, 20, null, 50, 50, null]);
    expect(values.mean).toBeCloseTo(3.5, 12);
    expect(values.failShare).toBe(0);
    expect(problems).toEqual([]);
  });

  it("reads a row with no percentage at all as no mean, silently", () => {
    expect(marks(["СОШ", null, 0, null, null, null, null])).toEqual({
      values: { participants: 0, mean: null, failShare: null },
      problems: [],
    });
  });

  it.each<[string, number[], string[]]>([
    ["100,5 is within the tolerance", [10.5, 20, 40, 30], []],
    ["99,5 is within the tolerance", [9.5, 20, 40, 30], []],
    ["100,6 is not", [10.6, 20, 40, 30], ["error D2 fisokoShareSum"]],
    ["97 is not", [10, 20, 40, 27], ["error D2 fisokoShareSum"]],
  ])("percentages adding up to %s", (_, shares, problems) => {
    const read = marks(["СОШ", null, 30, ...shares]);
    expect(read.problems).toEqual(problems);
    expect(read.values.mean === null).toBe(problems.length > 0);
    expect(read.values.participants).toBe(30);
  });

  it("without the «5» column: the share of «2» is read, the mean is not", () => {
    const { values } = marks(["СОШ", null, 30, 10, 20, 40], HEADER.slice(0, 6));
    expect(values).toEqual({ participants: 30, mean: null, failShare: 0.1 });
  });

  it.each<[string, CellValue[], string]>([
    [
      "a percentage that is text",
      ["СОШ", null, 30, "много", 20, 40, 30],
      "error D2 fisokoBadValue",
    ],
    [
      "a fractional participant count",
      ["СОШ", null, 30.5, 10, 20, 40, 30],
      "error C2 fisokoBadValue",
    ],
    ["an Excel error", ["СОШ", null, 30, { error: "#N/A" }, 20, 40, 30], "warning D2 excelError"],
  ])("%s is a problem at its cell, and the rest of the row is read", (_, row, problem) => {
    const read = marks(row);
    expect(read.problems).toContain(problem);
  });
});
