import type { CellValue, SheetInput } from "../../../src/engine";
import { detectFisokoLayout } from "../../../src/engine/read/fisoko/detectFisokoLayout";
import { readObjectivityList } from "../../../src/engine/read/fisoko/readObjectivityList";
import { ProblemLog } from "../../../src/engine/read/ProblemLog";

const HEADER: CellValue[] = [
  "Год",
  "Логин",
  "Муниципалитет",
  "ОО",
  "4 РУ",
  "4 МА",
  "5 РУ",
  "5 МА",
  "Количество маркеров",
];

function list(rows: CellValue[][], header = HEADER, titleYear: number | null = null) {
  const sheet: SheetInput = { name: "Список", rows: [header, ...rows] };
  const problems = new ProblemLog();
  const read = readObjectivityList(sheet, detectFisokoLayout(sheet)!, titleYear, problems);
  return { read, problems: problems.items.map((p) => `${p.severity} ${p.cell} ${p.code}`) };
}

describe("readObjectivityList reads a regional list, one school a row", () => {
  it("a year as text, the login, the municipality, the marked columns", () => {
    const { read, problems } = list([
      [
        "2025",
        "EDU260101",
        "Изобильненский городской округ",
        "МБОУ «Гимназия №2»",
        1,
        "",
        "1",
        null,
        2,
      ],
    ]);
    expect(read).toEqual([
      {
        row: 1,
        year: 2025,
        name: "МБОУ «Гимназия №2»",
        login: "edu260101",
        municipality: { name: "Изобильненский городской округ", cell: "C2" },
        markers: ["4 РУ", "5 РУ"],
        cell: "B2",
      },
    ]);
    expect(problems).toEqual([]);
  });

  it("a school year range is the year it ends", () => {
    expect(list([["2024-2025", "edu1", "МО", "Школа", 1, null, null, null, 1]]).read[0].year).toBe(
      2025,
    );
  });

  it("without a login: the name and its cell, with a glued code taken off", () => {
    const { read } = list([
      ["2025", null, "МО", "МБОУ «СОШ №13»(edu260112)", null, null, null, 1, 1],
    ]);
    expect(read[0]).toMatchObject({ name: "МБОУ «СОШ №13»", login: "edu260112", cell: "D2" });
  });

  it.each<[string, CellValue[], string[], number]>([
    [
      "a missing year",
      [null, "edu1", "МО", "Школа", 1, null, null, null, 1],
      ["error A2 missingYear"],
      0,
    ],
    [
      "a year that is not one",
      ["прошлый", "edu1", "МО", "Школа", 1, null, null, null, 1],
      ["error A2 fisokoBadValue"],
      0,
    ],
    [
      "an Excel error for the year",
      [{ error: "#N/A" }, "edu1", "МО", "Школа", 1, null, null, null, 1],
      ["warning A2 excelError"],
      0,
    ],
    [
      "a marker that is neither 1 nor empty",
      ["2025", "edu1", "МО", "Школа", "??", null, null, null, 0],
      ["warning E2 fisokoBadMarker"],
      1,
    ],
    [
      "a marker count that differs",
      ["2025", "edu1", "МО", "Школа", 1, 1, null, null, 3],
      ["warning I2 fisokoMarkerCount"],
      1,
    ],
  ])("%s is a problem at its cell", (_, row, problems, rows) => {
    const read = list([row]);
    expect(read.problems).toEqual(problems);
    expect(read.read).toHaveLength(rows);
  });

  it("a list without a year column takes the title's year", () => {
    const header = HEADER.slice(1);
    const { read } = list([["edu1", "МО", "Школа", 1, null, null, null, 1]], header, 2024);
    expect(read[0].year).toBe(2024);
  });

  it("passes over empty rows", () => {
    expect(list([[], [null, null, null, null]]).read).toEqual([]);
  });
});
