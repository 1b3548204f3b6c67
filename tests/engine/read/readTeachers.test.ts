import { ProblemLog } from "../../../src/engine/read/ProblemLog";
import { readTeachers, type TeacherRow } from "../../../src/engine/read/readTeachers";
import { SchoolMatcher } from "../../../src/engine/read/SchoolMatcher";
import { sheet, TEACHERS_HEADER, type Row } from "../../helpers/workbook";

const NAMES = ["МБОУ «СОШ №10» ИГОСК", "МКОУ «СОШ №12» ИГОСК", "МБОУ «СОШ №18» ИГОСК"];
const [S10, S12, S18] = NAMES;
const REF = {
  matcher: new SchoolMatcher(NAMES.map((name) => ({ id: null, name }))),
  names: NAMES,
};

/** What a sink saw, in order: `row N` for a row (its Excel row), `done S` for a school. */
function events(...rows: Row[]): { seen: string[]; problems: string[] } {
  const seen: string[] = [];
  const problems = new ProblemLog();
  readTeachers(sheet("Педагоги", [TEACHERS_HEADER, ...rows]), REF, problems, {
    add: (row: TeacherRow) => seen.push(`row ${row.row}`),
    schoolDone: (school: number) => seen.push(`done ${school}`),
  });
  return { seen, problems: problems.items.map((p) => `${p.cell} ${p.code}`) };
}

const teacher = (fio: string | null, school: string) => [fio, school, "учитель"];

describe("readTeachers tells when a school's rows are all read", () => {
  it.each([
    ["grouped by school", [S10, S10, S12], ["row 2", "row 3", "done 0", "row 4", "done 1"]],
    [
      "a school coming back after another one",
      [S10, S12, S10],
      ["row 2", "row 3", "done 1", "row 4", "done 0"],
    ],
  ])("calls schoolDone once, right after a school's last row: %s", (_, schools, expected) => {
    const fios = ["Орлова Нина Юрьевна", "Котов Иван Петрович", "Белова Анна Сергеевна"];
    expect(events(...schools.map((s, i) => teacher(fios[i], s))).seen).toEqual(expected);
  });

  it("still ends a school whose last row is left out, and records that row's problem once", () => {
    const { seen, problems } = events(teacher("Орлова Нина Юрьевна", S18), teacher(null, S18), [
      "Белова Анна Сергеевна",
      "Неизвестная школа",
      "учитель",
    ]);
    expect(seen).toEqual(["row 2", "done 2"]);
    expect(problems).toEqual(["A3 missingPerson", "B4 schoolNotFound"]);
  });
});
