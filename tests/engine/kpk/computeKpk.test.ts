import type { CellValue, Results } from "../../../src/engine";
import {
  analyzeSheets,
  dataProblems,
  problemsOn,
  school,
  sheet,
  TEACHERS_HEADER,
} from "../../helpers/workbook";

const S10 = "МБОУ «СОШ №10» ИГОСК";
const S12 = "МКОУ «СОШ №12» ИГОСК";
const S18 = "МБОУ «СОШ №18» ИГОСК";
const S24 = "МКОУ «СОШ №24» ИГОСК";

const OO_HEADER = ["Наименование ОО", "Численность педагогических работников", "Прошли КПК"];

/** An ОО sheet with teachers in B and kpkCompleted in C. */
const schools = (...rows: CellValue[][]) => sheet("ОО", [OO_HEADER, ...rows]);

/** A Педагоги sheet: ФИО, ОО, Должность, Программа КПК, Часы, Дата окончания (F), Организатор. */
const teachers = (...rows: CellValue[][]) => sheet("Педагоги", [TEACHERS_HEADER, ...rows]);

/** One course of a person at СОШ №10. */
const course = (fio: string, hours: CellValue, end: CellValue, position = "учитель") => [
  fio,
  S10,
  position,
  "Формирование функциональной грамотности",
  hours,
  end,
];

describe("КПК from the ОО counts: seed 000 (SPEC 4.1)", () => {
  const results = analyzeSheets([
    schools([S10, 30, 14], [S12, 18, 8], [S18, 36, 12], [S24, 16, 6]),
  ]);

  it.each([
    // 14/30 = 46,7 %, 8/18 = 44,4 %, 12/36 = 33,3 %, 6/16 = 37,5 %, unrounded
    [S10, 14, 30, 14 / 30],
    [S12, 8, 18, 8 / 18],
    [S18, 12, 36, 12 / 36],
    [S24, 6, 16, 0.375],
  ])("gives %s %p of %p", (name, completed, total, share) => {
    expect(school(results, name).kpk).toMatchObject({ completed, total, share, source: "ОО" });
  });

  it("pools the total: 40 of 100 is exactly 40 %, not the 40,5 % mean of the shares", () => {
    // (14 + 8 + 12 + 6) / (30 + 18 + 36 + 16) = 40 / 100; the mean of shares is 0,4049…
    expect(results.totals.kpk).toMatchObject({ completed: 40, total: 100, share: 0.4 });
    const mean = results.schools.reduce((sum, s) => sum + s.kpk.share!, 0) / 4;
    expect(mean).toBeCloseTo(0.405, 3);
  });

  it("has no heads/teachers split without Педагоги (A-44)", () => {
    expect(results.schools[0].kpk.heads).toEqual({});
    expect(results.schools[0].kpk.teachers).toEqual({});
    expect(dataProblems(results)).toEqual([]);
  });
});

describe("КПК errors make the share н/д and keep the school out of the pool (A-45)", () => {
  const results = analyzeSheets([schools([S10, 30, 31], [S12, 0, 3], [S18, 0, 0], [S24, 16, 6])]);

  it("rejects 31 completed of 30 teachers, with an error at the kpkCompleted cell", () => {
    expect(school(results, S10).kpk.share).toBeNull();
    expect(problemsOn(results, "ОО").map((p) => [p.severity, p.cell, p.code])).toContainEqual([
      "error",
      "C2",
      "kpkAboveTeachers",
    ]);
  });

  it("rejects 3 completed with 0 teachers, with an error at the kpkCompleted cell", () => {
    expect(school(results, S12).kpk.share).toBeNull();
    expect(problemsOn(results, "ОО").map((p) => [p.severity, p.cell, p.code])).toContainEqual([
      "error",
      "C3",
      "kpkNoTeachers",
    ]);
  });

  it("takes 0 of 0 as н/д without a problem", () => {
    expect(school(results, S18).kpk).toMatchObject({ completed: 0, total: 0, share: null });
    expect(dataProblems(results).map((p) => p.cell)).toEqual(["C2", "C3"]);
  });

  it("pools only the school whose share is computed: 6 of 16", () => {
    expect(results.totals.kpk).toMatchObject({ completed: 6, total: 16, share: 0.375 });
  });

  it("leaves the share н/д when either count is missing", () => {
    const partial = analyzeSheets([schools([S10, "н/д", 14], [S12, 18, null])]);
    expect(partial.schools.map((s) => s.kpk.share)).toEqual([null, null]);
    expect(partial.totals.kpk).toMatchObject({ completed: 0, total: 0, share: null });
  });
});

describe("КПК from Педагоги: who has completed (A-41, A-42, A-43)", () => {
  /** СОШ №10 with the given courses, as of 31.03.2022, no ОО counts. */
  const run = (...rows: CellValue[][]) =>
    analyzeSheets([schools([S10, null, null]), teachers(...rows)]);

  it("counts a course that ended 01.04.2019 and not one that ended 31.03.2019", () => {
    // The window (31.03.2019, 31.03.2022] excludes its start.
    const results = run(
      course("Иванова Анна Петровна", 72, "31.03.2019"),
      course("Петрова Ольга Ивановна", 72, "01.04.2019"),
    );
    expect(results.schools[0].kpk).toMatchObject({ completed: 1, total: 2, share: 0.5 });
  });

  it("counts a course of 16 hours and not one of 15,5", () => {
    const results = run(
      course("Сидоров Пётр Ильич", 16, "01.02.2022"),
      course("Кузнецова Мария Олеговна", "15,5", "01.02.2022"),
    );
    expect(results.schools[0].kpk).toMatchObject({ completed: 1, total: 2 });
  });

  it("warns about a course ending after the as-of date, and the person stays in the staff", () => {
    const results = run(
      course("Смирнов Иван Ильич", 72, "27.05.2022"),
      course("Сидоров Пётр Ильич", 72, "01.02.2022"),
    );
    expect(results.schools[0].kpk).toMatchObject({ completed: 1, total: 2, share: 0.5 });
    expect(problemsOn(results, "Педагоги").map((p) => [p.severity, p.cell, p.code])).toEqual([
      ["warning", "F2", "futureCourse"],
    ]);
  });

  it("takes a person as one whatever the case, spaces or ё of the ФИО", () => {
    const results = run(
      course("Семёнова Вера Павловна", 72, "01.12.2018"),
      course("семенова  вера  павловна", 72, "01.12.2021"),
      course("Иванова Анна Петровна", null, null),
      course("Иванова А.П.", 72, "01.12.2021"),
    );
    // Семёнова once (her second course counts); «Иванова А.П.» is a second person.
    expect(results.schools[0].kpk).toMatchObject({ completed: 2, total: 3 });
  });

  it("takes the same ФИО in two schools as two persons", () => {
    const results = analyzeSheets([
      schools([S10, null, null], [S12, null, null]),
      teachers(
        ["Орлова Нина Юрьевна", S10, "учитель", "Курс", 72, "10.10.2021"],
        ["Орлова Нина Юрьевна", "МКОУ СОШ №12 ИГОСК", "учитель"],
      ),
    ]);
    expect(results.schools.map((s) => [s.kpk.completed, s.kpk.total])).toEqual([
      [1, 1],
      [0, 1],
    ]);
    expect(results.totals.kpk).toMatchObject({ completed: 1, total: 2, share: 0.5 });
  });
});

describe("heads and teachers are split by position (A-44)", () => {
  const results = analyzeSheets([
    schools([S10, null, null]),
    teachers(
      course("Орлова Нина Юрьевна", 36, "10.10.2021", "и.о. директора"),
      ["Ёлкина Вера Павловна", S10, "заместитель директора по УВР"],
      course("Елкина Вера Павловна", 72, "10.10.2021"),
      course("Волков Игорь Петрович", 72, "10.10.2021", "руководитель ШМО"),
      ["Зайцева Дарья Олеговна", S10, "учитель"],
    ),
  ]);

  it("counts «и.о. директора» and «заместитель директора по УВР» as heads, 2 of 2 done", () => {
    // Ёлкина is a head because one of her rows says so; her course is on another row.
    expect(results.schools[0].kpk.heads).toEqual({ completed: 2, total: 2, share: 1 });
  });

  it("counts «руководитель ШМО» as a teacher: 1 of 2 teachers done", () => {
    expect(results.schools[0].kpk.teachers).toEqual({ completed: 1, total: 2, share: 0.5 });
  });

  it("adds up to the whole staff, and pools the split over the district", () => {
    expect(results.schools[0].kpk).toMatchObject({ completed: 3, total: 4, share: 0.75 });
    expect(results.totals.kpk.heads).toEqual({ completed: 2, total: 2, share: 1 });
    expect(results.totals.kpk.teachers).toEqual({ completed: 1, total: 2, share: 0.5 });
  });
});

describe("Педагоги and the ОО counts together (A-40)", () => {
  const staff = [
    course("Орлова Нина Юрьевна", 72, "10.10.2021"),
    course("Белова Анна Сергеевна", 72, "10.10.2021"),
    ["Зайцева Дарья Олеговна", S10, "учитель"],
    ["Волков Игорь Петрович", S10, "учитель"],
  ];

  it("lets Педагоги win over a different ОО kpkCompleted, with a warning at that cell", () => {
    const results = analyzeSheets([schools([S10, 4, 3]), teachers(...staff)]);
    expect(results.schools[0].kpk).toMatchObject({ completed: 2, total: 4, source: "Педагоги" });
    expect(problemsOn(results, "ОО").map((p) => [p.severity, p.cell, p.code])).toEqual([
      ["warning", "C2", "kpkDiffers"],
    ]);
  });

  it("divides by the official headcount when the staff differs, with a warning at its cell", () => {
    // 4 persons in Педагоги, 10 teachers in ОО: 2 of 10.
    const results = analyzeSheets([schools([S10, 10, 2]), teachers(...staff)]);
    expect(results.schools[0].kpk).toMatchObject({ completed: 2, total: 10, share: 0.2 });
    expect(problemsOn(results, "ОО").map((p) => [p.severity, p.cell, p.code])).toEqual([
      ["warning", "B2", "staffDiffers"],
    ]);
  });

  it("divides by the persons when ОО gives no headcount", () => {
    const results = analyzeSheets([schools([S10, null, null]), teachers(...staff)]);
    expect(results.schools[0].kpk).toMatchObject({ completed: 2, total: 4, share: 0.5 });
    expect(dataProblems(results)).toEqual([]);
  });

  it("rejects more completed in Педагоги than official teachers: н/д, out of the pool", () => {
    const results = analyzeSheets([schools([S10, 1, null], [S12, 18, 8]), teachers(...staff)]);
    expect(results.schools[0].kpk.share).toBeNull();
    expect(problemsOn(results, "ОО", "error")).toHaveLength(1);
    expect(results.totals.kpk).toMatchObject({ completed: 8, total: 18 });
  });

  it("uses the ОО counts for a school without Педагоги rows", () => {
    const results = analyzeSheets([schools([S10, 4, null], [S12, 18, 8]), teachers(...staff)]);
    expect(school(results, S12).kpk).toMatchObject({ completed: 8, total: 18, source: "ОО" });
    expect(results.totals.kpk).toMatchObject({ completed: 10, total: 22 });
  });
});

describe("the КПК plan lists who is overdue or due soon (SPEC 4.1)", () => {
  const asOf = "2022-03-31";
  const plan = (results: Results) => results.kpkPlan.map((p) => [p.fio, p.lastEnd, p.due, p.state]);

  it("dates each person's next course from the last one that qualifies", () => {
    // kpkYears 3, kpkPlanMonths 6: the horizon is 30.09.2022.
    const results = analyzeSheets(
      [
        schools([S10, null, null]),
        teachers(
          ["Андреева Анна Андреевна", S10, "учитель"],
          course("Борисова Бэла Борисовна", 72, "15.01.2019"),
          course("Васильева Вера Васильевна", 72, "10.08.2019"),
          course("Григорьева Галина Григорьевна", 72, "01.12.2020"),
        ),
      ],
      asOf,
    );
    expect(plan(results)).toEqual([
      ["Андреева Анна Андреевна", null, null, "none"],
      ["Борисова Бэла Борисовна", "2019-01-15", "2022-01-15", "overdue"],
      ["Васильева Вера Васильевна", "2019-08-10", "2022-08-10", "soon"],
    ]);
  });

  it("gives the school and the position of each person", () => {
    const results = analyzeSheets(
      [schools([S10, null, null]), teachers(["Андреева Анна Андреевна", S10, "директор"])],
      asOf,
    );
    expect(results.kpkPlan[0]).toMatchObject({
      schoolName: S10,
      position: "директор",
      head: true,
      row: 2,
    });
  });

  it("ignores a course shorter than 16 hours when dating the next one", () => {
    const results = analyzeSheets(
      [schools([S10, null, null]), teachers(course("Андреева Анна Андреевна", 8, "01.12.2021"))],
      asOf,
    );
    expect(plan(results)).toEqual([["Андреева Анна Андреевна", null, null, "none"]]);
  });

  it("widens the plan with kpkPlanMonths", () => {
    // With 12 months the horizon is 31.03.2023; 01.12.2020 + 3 years is still beyond it.
    const results = analyzeSheets(
      [
        schools([S10, null, null]),
        teachers(
          course("Васильева Вера Васильевна", 72, "10.02.2020"),
          course("Григорьева Галина Григорьевна", 72, "01.12.2020"),
        ),
      ],
      asOf,
      { kpkPlanMonths: 12 },
    );
    expect(plan(results)).toEqual([
      ["Васильева Вера Васильевна", "2020-02-10", "2023-02-10", "soon"],
    ]);
  });
});

describe("courses from private providers after 01.09.2025 are flagged (METHOD-NOTES 4)", () => {
  const results = analyzeSheets(
    [
      schools([S10, null, null]),
      teachers(
        [...course("Андреева Анна Андреевна", 72, "15.10.2025"), "ООО «Инфоурок»"],
        [...course("Борисова Бэла Борисовна", 72, "15.10.2025"), "ГБУ ДПО «ЦНППМ»"],
        [...course("Васильева Вера Васильевна", 72, "15.08.2025"), "ООО «Инфоурок»"],
      ),
    ],
    "2025-12-31",
  );

  it("warns at the provider cell of a course from «ООО «Инфоурок»» after that date", () => {
    expect(dataProblems(results).map((p) => [p.severity, p.sheet, p.cell, p.code])).toEqual([
      ["warning", "Педагоги", "G2", "privateProvider"],
    ]);
  });

  it("still counts the course: the user decides", () => {
    expect(results.schools[0].kpk).toMatchObject({ completed: 3, total: 3, share: 1 });
  });
});
