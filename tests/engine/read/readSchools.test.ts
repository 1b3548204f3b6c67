import { analyzeSheets, problemsOn, sheet } from "../../helpers/workbook";

describe("readSchools keeps one row per school (DECISIONS A-19)", () => {
  const results = analyzeSheets([
    sheet("ОО", [
      ["Код ОО", "Наименование ОО", "Численность педагогических работников"],
      ["2607100", "МБОУ «СОШ №1» ИГОСК", 62],
      ["2607100", "МБОУ «СОШ №11» ИГОСК", 40],
      ["2607102", "МБОУ СОШ №1 ИГОСК", 62],
      ["2607103", "МБОУ «Хребтовская СОШ»", 30],
      ["2607104", "МКОУ «Хребтовская СОШ»", 18],
    ]),
  ]);

  it("leaves out a later row with the same id, with an error at its name cell", () => {
    expect(results.schools.map((s) => s.name)).not.toContain("МБОУ «СОШ №11» ИГОСК");
    expect(problemsOn(results, "ОО", "error").map((p) => [p.cell, p.code])).toContainEqual([
      "B3",
      "duplicateSchool",
    ]);
  });

  it("leaves out a later row with the same normalized name, with an error at its name cell", () => {
    expect(results.schools.filter((s) => s.id === "2607102")).toEqual([]);
    expect(problemsOn(results, "ОО", "error").map((p) => [p.cell, p.code])).toContainEqual([
      "B4",
      "duplicateSchool",
    ]);
  });

  it("never sums a duplicate: the first row's figures stand", () => {
    expect(results.schools[0]).toMatchObject({ id: "2607100", row: 2 });
    expect(results.schools[0].kpk.total).toBe(62);
  });

  it("keeps two rows that differ only by legal form as two schools", () => {
    expect(results.schools.map((s) => [s.id, s.name, s.row])).toEqual([
      ["2607100", "МБОУ «СОШ №1» ИГОСК", 2],
      ["2607103", "МБОУ «Хребтовская СОШ»", 5],
      ["2607104", "МКОУ «Хребтовская СОШ»", 6],
    ]);
    expect(problemsOn(results, "ОО")).toHaveLength(2);
  });
});

describe("readSchools decides whether a school has grade 10 (DECISIONS A-10)", () => {
  it.each([
    ["МКОУ «ООШ №6» ИГОСК", null, false],
    ["Основная школа № 14", null, false],
    ["МКОУ «НОШ №3»", null, false],
    ["МБОУ «СОШ №1» ИГОСК", null, true],
    ["Школа", null, true],
    ["МБОУ «Гимназия №2» ИГОСК", "СОШ", true],
    ["МБОУ «Школа №7»", "ООШ", false],
    ["МБОУ «Школа №9»", "основная", false],
  ])("%p with level %p has grade 10: %p", (name, level, expected) => {
    const results = analyzeSheets([
      sheet("ОО", [
        ["Наименование ОО", "Уровень"],
        [name, level],
      ]),
    ]);
    expect(results.schools[0].hasGrade10).toBe(expected);
  });
});
