import { SchoolMatcher } from "../../../src/engine/read/SchoolMatcher";
import type { CellValue } from "../../../src/engine";
import {
  analyzeSheets,
  problemsOn,
  sheet,
  TEACHERS_HEADER,
  type Row,
} from "../../helpers/workbook";

const SCHOOLS = [
  "МКОУ «ООШ с. Алхазурово»",
  "МБОУ «СОШ №2 с. Гехи»",
  "МБОУ «СОШ №2 г. Урус-Мартан»",
  "МКОУ «Хребтовская СОШ»",
];
const MISSPELT = "ООШ с. Алхозурово";
const RESULTS_HEADER = ["ОО", "Год", "Процедура", "Предмет", "Участников", "Средний балл"];

/** A row of a sheet whose school is in column `schoolColumn`. */
type RowOf = (school: string, i: number) => Row;
const resultRow: RowOf = (school, i) => [school, 2022, "ОГЭ", `Предмет ${i}`, 20, 3.9];
const teacherRow: RowOf = (school, i) => [
  `Педагог ${i}`,
  school,
  "учитель",
  "Курс",
  72,
  "10.10.2021",
];

/** The sheet: 39 rows of the misspelt name, one unknown name, two rows fitting two schools. */
function rowsWith(header: readonly CellValue[], row: RowOf): Row[] {
  return [
    header,
    ...Array.from({ length: 39 }, (_, i) => row(MISSPELT, i)),
    row("Неизвестная школа", 39),
    row("МБОУ СОШ №2", 40),
    row("СОШ №2", 41),
    row("МБОУ СОШ №2", 42),
  ];
}

describe("an unmatched name is one error per sheet with its row count and a hint (B-04)", () => {
  it.each<[string, readonly CellValue[], RowOf, string]>([
    ["Результаты", RESULTS_HEADER, resultRow, "A"],
    ["Педагоги", TEACHERS_HEADER, teacherRow, "B"],
  ])("on %s", (sheetName, header, row, column) => {
    const results = analyzeSheets([
      sheet("ОО", [["Наименование ОО"], ...SCHOOLS.map((n) => [n])]),
      sheet(sheetName, rowsWith(header, row)),
    ]);
    const errors = problemsOn(results, sheetName, "error");
    expect(errors.map((p) => [p.cell, p.code, p.message])).toEqual([
      [
        `${column}2`,
        "schoolNotFound",
        `Школа «ООШ с. Алхозурово» не найдена на листе «ОО»; строк с этим названием: 39 (${column}2, ${column}3, ${column}4 и далее), ни одна не учитывается; возможно: «МКОУ «ООШ с. Алхазурово»»`,
      ],
      [
        `${column}41`,
        "schoolNotFound",
        "Школа «Неизвестная школа» не найдена на листе «ОО»; строка не учитывается",
      ],
      [
        `${column}42`,
        "schoolAmbiguous",
        `«МБОУ СОШ №2» подходит к нескольким школам: «МБОУ «СОШ №2 с. Гехи»», «МБОУ «СОШ №2 г. Урус-Мартан»»; строк с этим названием: 2 (${column}42, ${column}44), ни одна не учитывается`,
      ],
      [
        `${column}43`,
        "schoolAmbiguous",
        "«СОШ №2» подходит к нескольким школам: «МБОУ «СОШ №2 с. Гехи»», «МБОУ «СОШ №2 г. Урус-Мартан»»; строка не учитывается",
      ],
    ]);
  });
});

describe("the hint names the schools whose keys look most like the name (B-04)", () => {
  const schools = (...names: string[]) => names.map((name) => ({ id: null, name }));

  it.each<[string, string[], string, number[]]>([
    ["a misspelt locality", SCHOOLS, MISSPELT, [0]],
    ["a misspelt proper name", SCHOOLS, "Хребтоская СОШ", [3]],
    [
      "a number one digit off: «№1» is like «№11», not like «№12»",
      ["СОШ №12", "СОШ №11"],
      "СОШ №1",
      [1],
    ],
    [
      "nothing for a school of another locality: a shared number is no likeness",
      ["МБОУ «СОШ №2 с. Гехи»"],
      "СОШ №2 г. Урус-Мартан",
      [],
    ],
    ["nothing for a name with no number, proper name or locality", SCHOOLS, "Школа", []],
    [
      "three at most, the likest first and ties in sheet order",
      ["Хребтовская СОШ №1", "Хребтовская СОШ №2", "Хребтовская СОШ №3", "Хребтовская ООШ"],
      "Хребтоская школа",
      [3, 0, 1],
    ],
  ])("%s", (_what, names, text, expected) => {
    expect(new SchoolMatcher(schools(...names)).closest(text, 3)).toEqual(expected);
  });
});
