import fc from "fast-check";
import type { CellValue, Results, SheetInput, WorkbookInput } from "../../src/engine";
import { buildReport } from "../../src/engine";
import { highestShare, lowestShare } from "../../src/engine/indicators/lowestShare";
import { kpkGroups } from "../../src/engine/report/kpkGroups";
import { midRanks } from "../../src/engine/indicators/midRanks";
import { parseNumber } from "../../src/engine/read/parseValue";
import { SchoolMatcher } from "../../src/engine/read/SchoolMatcher";
import { DEMO_PATH, loadWorkbook, run, SOCIAL_PATH } from "../helpers/loadDemo";
import { analyzeSheets, rowsOf, sheet, TEACHERS_HEADER, type Row } from "../helpers/workbook";

const EPS = 1e-9;
const inUnit = (x: number) => x >= -EPS && x <= 1 + EPS;

/* ------------------------------------------------------------------ small districts */

const FIO = [
  "Иванова Анна Петровна",
  "Петрова Ольга Ивановна",
  "Сидоров Пётр Ильич",
  "Кузнецова Мария Олеговна",
  "Смирнов Иван Сергеевич",
  "Орлова Нина Юрьевна",
];
const POSITIONS = ["учитель", "директор", "заместитель директора по УВР", "руководитель ШМО"];

/** A share as users type it: `%` text, a `%` cell, a bare fraction or a bare percent. */
const shareCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((n) => `${String(n / 10).replace(".", ",")}%`),
  fc.integer({ min: 0, max: 1000 }).map((n) => ({ percent: n / 1000 })),
  fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 120 }),
  fc.constantFrom<CellValue>(null, "н/д"),
);

const resultRow = fc.record({
  year: fc.constantFrom(2020, 2021, 2022),
  procedure: fc.constantFrom("ОГЭ", "ЕГЭ"),
  subject: fc.constantFrom("Русский язык", "Математика"),
  participants: fc.integer({ min: 0, max: 40 }),
  mean: fc.integer({ min: 200, max: 500 }).map((n) => n / 100),
  fail: shareCell,
});

const course = fc.record({
  fio: fc.constantFrom(...FIO),
  position: fc.constantFrom(...POSITIONS),
  hours: fc.constantFrom<CellValue>(8, 16, "15,5", 36, 72, null),
  // Days from 01.01.2017 to about 01.07.2022, past the as-of date on purpose.
  end: fc.option(
    fc.integer({ min: 0, max: 2007 }).map((d) => new Date(Date.UTC(2017, 0, 1 + d))),
    { nil: null },
  ),
});

const district = fc.array(
  fc.record({
    teachers: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    completed: fc.option(fc.integer({ min: 0, max: 70 }), { nil: null }),
    students: fc.integer({ min: 1, max: 1500 }),
    olympiadShare: fc.integer({ min: 0, max: 100 }),
    grads9: fc.integer({ min: 0, max: 100 }),
    cont10: fc.integer({ min: 0, max: 120 }),
    results: fc.array(resultRow, { maxLength: 8 }),
    courses: fc.array(course, { maxLength: 8 }),
  }),
  { minLength: 1, maxLength: 8 },
);

type District = typeof district extends fc.Arbitrary<infer T> ? T : never;

/** The district as a workbook: ОО, Результаты and Педагоги. */
function districtSheets(schools: District): SheetInput[] {
  const name = (i: number) => `МБОУ «СОШ №${i + 1}» ИГОСК`;
  const oo = sheet("ОО", [
    [
      "Наименование ОО",
      "Численность обучающихся",
      "Численность педагогических работников",
      "Прошли КПК",
      "Выпускники 9 классов",
      "Продолжили обучение в 10 классе",
      "Олимпиады",
    ],
    ...schools.map((s, i) => [
      name(i),
      s.students,
      s.teachers,
      s.completed,
      s.grads9,
      s.cont10,
      // olympiad3y ≤ students: a count of participants, not of participations
      Math.floor((s.students * s.olympiadShare) / 100),
    ]),
  ]);
  const results = sheet("Результаты", [
    ["ОО", "Год", "Процедура", "Предмет", "Участников", "Средний балл", "Доля «2»"],
    ...schools.flatMap((s, i) =>
      s.results.map((r) => [
        name(i),
        r.year,
        r.procedure,
        r.subject,
        r.participants,
        r.mean,
        r.fail,
      ]),
    ),
  ]);
  const teachers = sheet("Педагоги", [
    TEACHERS_HEADER,
    ...schools.flatMap((s, i) =>
      s.courses.map((c) => [c.fio, name(i), c.position, "Курс", c.hours, c.end]),
    ),
  ]);
  return [oo, results, teachers];
}

/** Every share the results give, with where it came from. */
function sharesOf(results: Results): [string, number][] {
  const out: [string, number][] = [];
  const add = (where: string, value: unknown) => {
    if (typeof value === "number") out.push([where, value]);
  };
  const { kpk } = results.totals;
  add("totals.kpk", kpk.share);
  add("totals.kpk.heads", kpk.heads.share);
  add("totals.kpk.teachers", kpk.teachers.share);
  for (const s of results.schools) {
    add(`${s.name} kpk`, s.kpk.share);
    if ("share" in s.kpk.heads) add(`${s.name} heads`, s.kpk.heads.share);
    if ("share" in s.kpk.teachers) add(`${s.name} teachers`, s.kpk.teachers.share);
    add(`${s.name} composite`, s.composite);
    for (const code of ["I1", "I2", "I3", "R1", "R2", "R5"]) {
      add(`${s.name} ${code} value`, s.indicators[code].value);
      add(`${s.name} ${code} threshold`, s.indicators[code].threshold);
    }
  }
  return out;
}

describe("properties of any small district", () => {
  it("keeps every share in results within [0, 1]", () => {
    fc.assert(
      fc.property(district, (schools) => {
        const results = analyzeSheets(districtSheets(schools));
        expect(sharesOf(results).filter(([, v]) => !inUnit(v))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("puts the pooled КПК share between the smallest and the largest school share", () => {
    fc.assert(
      fc.property(district, (schools) => {
        const results = analyzeSheets(districtSheets(schools));
        const pairs: [number | null, (number | null)[]][] = [
          [results.totals.kpk.share, results.schools.map((s) => s.kpk.share)],
          [
            results.totals.kpk.teachers.share,
            results.schools.map((s) => ("share" in s.kpk.teachers ? s.kpk.teachers.share : null)),
          ],
          [
            results.totals.kpk.heads.share,
            results.schools.map((s) => ("share" in s.kpk.heads ? s.kpk.heads.share : null)),
          ],
        ];
        for (const [pooled, each] of pairs) {
          const shares = each.filter((v): v is number => v !== null);
          if (shares.length === 0) continue;
          expect(pooled).not.toBeNull();
          expect(pooled!).toBeGreaterThanOrEqual(Math.min(...shares) - 1e-12);
          expect(pooled!).toBeLessThanOrEqual(Math.max(...shares) + 1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never counts more completed than the total of a school with a share", () => {
    fc.assert(
      fc.property(district, (schools) => {
        const results = analyzeSheets(districtSheets(schools));
        for (const s of results.schools) {
          if (s.kpk.share === null) continue;
          expect(s.kpk.completed!).toBeLessThanOrEqual(s.kpk.total!);
          expect(s.kpk.share).toBe(s.kpk.completed! / s.kpk.total!);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("splits each school's staff by post into parts that add up to the persons Педагоги lists", () => {
    fc.assert(
      fc.property(district, (schools) => {
        const results = analyzeSheets(districtSheets(schools));
        const model = buildReport(results);
        const kpk = model.sheets
          .find((s) => s.name === "КПК")!
          .blocks.find((b) => b.kind === "table")!;
        if (kpk.kind !== "table") throw new Error("КПК has no table");
        const column = (header: string) => kpk.header.indexOf(header);
        const [listed, heads, teachers] = [
          column("В списке «Педагоги»"),
          column("Руководящие: всего"),
          column("Педагогические: всего"),
        ];
        results.schools.forEach((school, i) => {
          const persons = new Set(schools[i].courses.map((c) => c.fio)).size;
          const row = kpk.rows[i];
          if (school.kpk.source !== "Педагоги") return expect(row[listed]).toBeNull();
          expect(row[listed]).toBe(persons);
          expect((row[heads] as number) + (row[teachers] as number)).toBe(row[listed]);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("gives each КПК group the pooled share of its schools, Σ completed / Σ staff (B-09)", () => {
    fc.assert(
      fc.property(
        district,
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (schools, marks) => {
          const analyzed = analyzeSheets(districtSheets(schools));
          const results = {
            ...analyzed,
            schools: analyzed.schools.map((s, i) => ({
              ...s,
              official: marks[i] ? "500+ 2022" : null,
            })),
          };
          for (const group of kpkGroups(results)) {
            const counted = group.schools.filter((s) => s.kpk.share !== null);
            const completed = counted.reduce((n, s) => n + s.kpk.completed!, 0);
            const total = counted.reduce((n, s) => n + s.kpk.total!, 0);
            expect([group.key, group.totals.completed, group.totals.total]).toEqual([
              group.key,
              completed,
              total,
            ]);
            expect(group.totals.share).toBe(total > 0 ? completed / total : null);
          }
          const district = kpkGroups(results).find((g) => g.key === "district")!;
          expect(district.totals).toEqual(results.totals.kpk);
        },
      ),
      { numRuns: 100 },
    );
  });
});

/* ------------------------------------------------------------------ the demo workbooks */

/** A copy of the workbook with `edit` applied to the sheet of that name. */
function withSheet(
  workbook: WorkbookInput,
  name: string,
  edit: (rows: (Row | undefined)[]) => (Row | undefined)[],
): WorkbookInput {
  return {
    sheets: workbook.sheets.map((s) =>
      s.name === name ? { name: s.name, rows: edit(rowsOf(s)) } : s,
    ),
  };
}

/** What must not change, per school id: status, composite, КПК, ИСБШ and the indicators met. */
function outcome(results: Results) {
  return new Map(
    results.schools.map((s) => [
      s.id,
      {
        status: s.status,
        composite: s.composite,
        kpk: [s.kpk.completed, s.kpk.total, s.kpk.share],
        isbsh: s.isbsh,
        shnsu: s.shnsu,
        met: Object.values(s.indicators).map((i) => i.met),
        factors: Object.values(s.riskFactors).map((f) => f.level),
      },
    ]),
  );
}

function expectSameOutcome(got: Results, want: Results) {
  const a = outcome(got);
  const b = outcome(want);
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [id, w] of b) {
    const g = a.get(id)!;
    expect({
      id,
      status: g.status,
      met: g.met,
      kpk: g.kpk,
      factors: g.factors,
      shnsu: g.shnsu,
    }).toEqual({
      id,
      status: w.status,
      met: w.met,
      kpk: w.kpk,
      factors: w.factors,
      shnsu: w.shnsu,
    });
    for (const key of ["composite", "isbsh"] as const) {
      if (w[key] === null) expect(g[key]).toBeNull();
      else expect(Math.abs(g[key]! - w[key]!)).toBeLessThanOrEqual(1e-12);
    }
  }
}

const problemSet = (results: Results) =>
  new Set(results.problems.map((p) => `${p.severity}|${p.sheet}|${p.cell}`));

const PROPER = ["Хребтовская", "Таежнинская", "Степновская", "Рождественская", "Новотроицкая"];

describe.each([
  ["the demo district", DEMO_PATH],
  ["the demo district with social data", SOCIAL_PATH],
])("properties of %s", (_name, path) => {
  let workbook: WorkbookInput;
  let base: Results;
  beforeAll(async () => {
    workbook = await loadWorkbook(path);
    base = run(workbook);
  });

  it("does not depend on the order of the rows of Результаты and Педагоги", () => {
    const rowCount = (name: string) => workbook.sheets.find((s) => s.name === name)!.rows.length;
    const permutation = (n: number) =>
      fc.shuffledSubarray(
        Array.from({ length: n - 1 }, (_, i) => i + 1),
        { minLength: n - 1, maxLength: n - 1 },
      );
    fc.assert(
      fc.property(
        permutation(rowCount("Результаты")),
        permutation(rowCount("Педагоги")),
        (resultsOrder, teachersOrder) => {
          const reorder = (order: number[]) => (rows: (Row | undefined)[]) => [
            rows[0],
            ...order.map((i) => rows[i]),
          ];
          let shuffled = withSheet(workbook, "Результаты", reorder(resultsOrder));
          shuffled = withSheet(shuffled, "Педагоги", reorder(teachersOrder));
          const results = run(shuffled);
          expectSameOutcome(results, base);
          expect(results.totals).toEqual(base.totals);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("does not change when a school is renamed consistently in every sheet", () => {
    const oo = workbook.sheets.find((s) => s.name === "ОО")!;
    const schools = rowsOf(oo)
      .slice(1)
      .map((row) => ({ id: String(row![0]), name: String(row![1]) }));
    const matcher = new SchoolMatcher(schools);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: schools.length - 1 }),
        fc.constantFrom(...PROPER),
        fc.integer({ min: 100, max: 999 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        (target, proper, number, [latin, spaced, quoted]) => {
          const name = `МБОУ «${proper} СОШ №${number}»`;
          // The same school written as other sheets write it: no quotes, `N 123`, Latin `COШ`.
          const variant = `МБОУ ${proper} ${latin ? "COШ" : "СОШ"} ${spaced ? "N " : "№"}${number}`;
          const written = quoted ? name : variant;
          const rename = (col: number, text: string) => (rows: (Row | undefined)[]) =>
            rows.map((row, r) => {
              if (r === 0 || !row || typeof row[col] !== "string") return row;
              const match = matcher.match(row[col] as string);
              if (match.kind !== "matched" || match.index !== target) return row;
              return row.map((cell, c) => (c === col ? text : cell));
            });
          let renamed = withSheet(workbook, "ОО", rename(1, name));
          renamed = withSheet(renamed, "Результаты", rename(0, written));
          renamed = withSheet(renamed, "Педагоги", rename(1, written));
          const results = run(renamed);
          expectSameOutcome(results, base);
          expect(results.schools[target].name).toBe(name);
          expect(problemSet(results)).toEqual(problemSet(base));
        },
      ),
      { numRuns: 25 },
    );
  });
});

/* ------------------------------------------------------------------ ranks and shares */

const values = fc.array(
  fc.oneof(
    // A few distinct values, so that ties are common.
    fc.constantFrom(0, 0.1, 0.25, 0.5, 0.75, 1),
    fc.double({ min: -5, max: 5, noNaN: true }),
  ),
  { minLength: 1, maxLength: 40 },
);

describe("lowestShare flags ⌈share·N⌉ items plus ties (SPEC 4.2, A-05, A-28)", () => {
  const share = fc.constantFrom(0.1, 0.2, 0.25, 0.3, 1 / 3, 0.5, 1);

  it("flags exactly the values not above the k-th lowest", () => {
    fc.assert(
      fc.property(values, share, (list, s) => {
        const sorted = [...list].sort((a, b) => a - b);
        const k = Math.max(1, Math.ceil(s * list.length - EPS));
        const kth = sorted[k - 1];
        const { threshold, met } = lowestShare(list, s);
        // −0 and 0 are one value; the threshold is never −0 (kth + 0 is 0 for both).
        expect(threshold).toBe(kth + 0);
        expect(met).toEqual(list.map((v) => v <= kth + EPS));
        const flagged = met.filter((m) => m).length;
        expect(flagged).toBeGreaterThanOrEqual(k);
        // Without a tie at the k-th value, exactly k are flagged.
        if (k === list.length || sorted[k] > kth + EPS) expect(flagged).toBe(k);
      }),
    );
  });

  it("flags ⌈0,2·N⌉ of N distinct values, and every copy of a tied value", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (distinct, copies) => {
          const n = distinct.length;
          expect(lowestShare(distinct, 0.2).met.filter((m) => m).length).toBe(Math.ceil(n / 5));
          // Repeat the lowest value: all its copies are flagged, however many.
          const lowest = Math.min(...distinct);
          const tied = [...distinct, ...Array.from({ length: copies }, () => lowest)];
          const met = lowestShare(tied, 0.2).met;
          tied.forEach((v, i) => {
            if (v === lowest) expect(met[i]).toBe(true);
          });
        },
      ),
    );
  });

  it("keeps missing values н/д and counts N without them", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { nil: null })), (list) => {
        const { met } = lowestShare(list, 0.2);
        const present = list.filter((v): v is number => v !== null);
        expect(met.map((m) => m === null)).toEqual(list.map((v) => v === null));
        expect(met.filter((m) => m !== null)).toEqual(lowestShare(present, 0.2).met);
        if (present.length > 0) {
          const k = Math.ceil(0.2 * present.length - EPS);
          expect(met.filter((m) => m === true).length).toBeGreaterThanOrEqual(k);
        }
      }),
    );
  });

  it("mirrors highestShare onto lowestShare of the negated values", () => {
    fc.assert(
      fc.property(values, (list) => {
        expect(highestShare(list, 0.2).met).toEqual(
          lowestShare(
            list.map((v) => -v),
            0.2,
          ).met,
        );
      }),
    );
  });
});

describe("midRanks", () => {
  const cell = fc.array(
    fc.oneof(fc.constantFrom(3.5, 3.8, 4, 4.2), fc.double({ min: 2, max: 5, noNaN: true })),
    { minLength: 2, maxLength: 30 },
  );

  it("gives ranks in [0, 1] whose mean is 0,5", () => {
    fc.assert(
      fc.property(cell, (means) => {
        const ranks = midRanks(means);
        expect(ranks.every((r) => r >= 0 && r <= 1)).toBe(true);
        const mean = ranks.reduce((a, b) => a + b, 0) / ranks.length;
        expect(Math.abs(mean - 0.5)).toBeLessThan(1e-9);
      }),
    );
  });

  it("ranks a lower mean lower, and equal means equally", () => {
    fc.assert(
      fc.property(cell, (means) => {
        const ranks = midRanks(means);
        for (let i = 0; i < means.length; i++) {
          for (let j = 0; j < means.length; j++) {
            if (means[i] === means[j]) expect(ranks[i]).toBe(ranks[j]);
            else if (means[i] < means[j] - EPS) expect(ranks[i]).toBeLessThan(ranks[j]);
          }
        }
      }),
    );
  });
});

/* ------------------------------------------------------------------ number text */

describe("parseNumber reads any number written the Russian way (A-09)", () => {
  const separators = ["", " ", "\u00a0", "\u202f", "\u2009"];

  it("reads thousands groups, a decimal comma or point and a Unicode minus", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.option(fc.integer({ min: 0, max: 999 }), { nil: null }),
        fc.constantFrom(...separators),
        fc.constantFrom(",", "."),
        fc.constantFrom("", "-", "\u2212"),
        (whole, fraction, separator, point, sign) => {
          const grouped = whole.toLocaleString("en-US").replace(/,/g, separator);
          const text = `${sign}${grouped}${fraction === null ? "" : point + fraction}`;
          const expected = Number(
            `${sign ? "-" : ""}${whole}${fraction === null ? "" : "." + fraction}`,
          );
          expect(parseNumber(text)).toEqual({ kind: "ok", value: expected });
        },
      ),
    );
  });
});
