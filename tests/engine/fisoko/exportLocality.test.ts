import type { SheetInput } from "../../../src/engine";
import { ProblemLog } from "../../../src/engine/read/ProblemLog";
import { readSchools } from "../../../src/engine/read/readSchools";
import type { SchoolRecord } from "../../../src/engine/read/SchoolRecord";
import { journalSheet, type ExportNode } from "../../fixtures/fisoko/make-fisoko";
import { problemCells, readExports } from "../../helpers/fisoko";
import { sheet } from "../../helpers/workbook";

const FILE = "Сравнение отметок МА 4.xlsx";
const MUNICIPALITY = "Урус-Мартановский муниципальный район(reg20_m015)";
// 4 of 22 raised their mark in Урус-Мартан (18,2 %), 1 of 22 in Гехи (4,5 %).
const URUS_MARTAN: ExportNode = {
  name: "МБОУ «СОШ №2 г. Урус-Мартан»(edu201502)",
  participants: 22,
  journal: [9.09, 72.73, 18.18],
};
const GEKHI: ExportNode = {
  name: "МБОУ «СОШ №2 с. Гехи»(edu201503)",
  participants: 22,
  journal: [13.64, 81.82, 4.55],
};

/** «Сравнение отметок» of mathematics, grade 4, 2026, with the two schools in the given order. */
function comparison(schools: readonly ExportNode[]): SheetInput {
  const nodes: ExportNode[] = [
    { name: "Чеченская Республика", orgs: 470, participants: 21000, journal: [10, 80, 10] },
    { name: MUNICIPALITY, orgs: 40, participants: 1900, journal: [11, 78, 11] },
    ...schools,
  ];
  const read = journalSheet(
    "МА 4 Сравнение отметок с отметками по журналу",
    "full",
    "22.04.2026",
    nodes,
  );
  return { ...read, name: `${FILE} › ${read.name}` };
}

/** ОО lists the Гехи school and not the Урус-Мартан one: no logins, found by name. */
function schools(): SchoolRecord[] {
  const outcome = readSchools(
    sheet("ОО", [["Наименование ОО"], ["МБОУ «СОШ №1 с. Гехи»"], ["МБОУ «СОШ №2 с. Гехи»"]]),
    new ProblemLog(),
  );
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return outcome.schools;
}

describe("an export row of another locality's school is never given to ours (B-03)", () => {
  const SHEET = `${FILE} › МА 4 Сравнение отметок с отметк`;

  it.each<[string, ExportNode[], string]>([
    ["Урус-Мартан first", [URUS_MARTAN, GEKHI], "A7"],
    ["Гехи first", [GEKHI, URUS_MARTAN], "A8"],
  ])("%s: Гехи keeps its own «повысили», 4,5 %%", (_order, order, urusMartanCell) => {
    const read = readExports([comparison(order)], schools());
    expect(read.rows.map((r) => [r.school, r.subject, r.grade, r.year, r.participants])).toEqual([
      [1, "математика", 4, 2026, 22],
    ]);
    expect(read.rows[0].raised).toBeCloseTo(0.0455, 9);
    // No repeat of Гехи's row: the Урус-Мартан row is a school ОО does not have.
    expect(problemCells(read.problems)).toEqual([
      `warning ${SHEET}!${urusMartanCell} fisokoSchoolNotFound`,
    ]);
    const warning = read.problems.items.find((p) => p.code === "fisokoSchoolNotFound")!;
    expect(warning.message).toBe(
      "Школа «МБОУ «СОШ №2 г. Урус-Мартан»» (логин edu201502) из выгрузки ФИС ОКО не найдена на листе «ОО»; строка не учитывается. Если это школа района, укажите её логин в столбце «Логин ФИС ОКО»",
    );
  });

  it("gives one warning for a school name repeated on several rows, with the count", () => {
    const read = readExports([comparison([URUS_MARTAN, GEKHI, URUS_MARTAN])], schools());
    expect(problemCells(read.problems)).toEqual([`warning ${SHEET}!A7 fisokoSchoolNotFound`]);
    expect(read.problems.items.find((p) => p.severity === "warning")!.message).toContain(
      "строк с этим названием: 2 (A7, A9), ни одна не учитывается",
    );
  });

  it("hints at the likely school of a misspelt locality", () => {
    const misspelt = { ...GEKHI, name: "МБОУ «СОШ №2 с. Гехьи»(edu201503)" };
    const first = { ...GEKHI, name: "МБОУ «СОШ №1 с. Гехи»(edu201501)" };
    const read = readExports([comparison([misspelt, first])], schools());
    expect(read.rows.map((r) => r.school)).toEqual([0]);
    expect(read.problems.items.find((p) => p.severity === "warning")!.message).toBe(
      "Школа «МБОУ «СОШ №2 с. Гехьи»» (логин edu201503) из выгрузки ФИС ОКО не найдена на листе «ОО»; строка не учитывается; возможно: «МБОУ «СОШ №2 с. Гехи»». Если это школа района, укажите её логин в столбце «Логин ФИС ОКО»",
    );
  });
});
