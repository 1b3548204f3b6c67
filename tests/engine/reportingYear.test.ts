import { messages } from "../../src/engine/messages";
import { ProblemLog } from "../../src/engine/read/ProblemLog";
import { ResultTable } from "../../src/engine/read/ResultTable";
import { reportingYear } from "../../src/engine/reportingYear";

/** ОГЭ rows of 2021 and ВПР rows of 2022, as fresh ФИС ОКО exports leave them. */
function table(): ResultTable {
  const rows = new ResultTable();
  rows.add(0, 2, 2021, rows.seriesOf("ОГЭ", "математика", null));
  rows.add(0, 3, 2022, rows.seriesOf("ВПР", "математика", 5));
  return rows;
}

describe("reportingYear (A-25)", () => {
  it("takes the latest year of the results, and says which year has the exams", () => {
    const problems = new ProblemLog();
    expect(reportingYear(table(), null, false, "Результаты", problems)).toBe(2022);
    expect(problems.items).toEqual([
      {
        severity: "warning",
        sheet: "Результаты",
        cell: null,
        code: "yearWithoutExams",
        message: messages.yearWithoutExams(2022, 2021).message,
      },
    ]);
  });

  it("says nothing when the user named the year, even one without exams", () => {
    const problems = new ProblemLog();
    expect(reportingYear(table(), 2022, true, "Результаты", problems)).toBe(2022);
    expect(problems.items).toEqual([]);
  });

  it("says nothing when Y has exams, and gives null without results", () => {
    const problems = new ProblemLog();
    expect(reportingYear(table(), 2021, false, "Результаты", problems)).toBe(2021);
    expect(reportingYear(new ResultTable(), null, false, "Результаты", problems)).toBeNull();
    expect(problems.items).toEqual([]);
  });
});
