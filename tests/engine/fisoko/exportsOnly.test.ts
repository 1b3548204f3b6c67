import { readFisokoFiles } from "../../../src/cli/readFisokoFiles";
import { analyze, type Results, type WorkbookInput } from "../../../src/engine";
import { useFisokoFixtures } from "../../helpers/fisoko";
import { loadWorkbook } from "../../helpers/loadDemo";

const fixtures = useFisokoFixtures();
const OPTIONS = { today: "2022-03-31", asOf: "2022-03-31" };

/**
 * The end-to-end statement of the exports: a district whose ВПР results come only from
 * exports (on its own sheets or given as extra files) gives what the same numbers typed in
 * Результаты give.
 */
describe("a district whose ВПР results come only from ФИС ОКО exports", () => {
  let typed: Results;
  let fromExports: Results;
  let demo: Results;

  beforeAll(async () => {
    const run = (workbook: WorkbookInput) => {
      const outcome = analyze(workbook, OPTIONS);
      if (outcome.kind !== "ok") throw new Error(outcome.message);
      return outcome.results;
    };
    typed = run(await loadWorkbook(fixtures().districtTyped));
    demo = run(await loadWorkbook());
    const extraSheets = (await readFisokoFiles([fixtures().demoExports])).sheets;
    const outcome = analyze(await loadWorkbook(fixtures().districtWithoutVpr), {
      ...OPTIONS,
      extraSheets,
    });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    fromExports = outcome.results;
  });

  it("gives every school the status it gets from the same numbers typed in Результаты", () => {
    const statuses = (r: { schools: readonly { name: string; status: string }[] }) =>
      r.schools.map((s) => `${s.name}: ${s.status}`);
    expect(statuses(fromExports)).toEqual(statuses(typed));
    expect(fromExports.totals.status).toEqual({ shnor: 4, risk: 5, normal: 12, insufficient: 1 });
  });

  it("and the same composite, cells used and indicators", () => {
    fromExports.schools.forEach((school, i) => {
      const other = typed.schools[i];
      expect(school.cellsUsed).toBe(other.cellsUsed);
      if (other.composite === null) expect(school.composite).toBeNull();
      else expect(school.composite).toBeCloseTo(other.composite, 9);
      for (const code of Object.keys(other.indicators)) {
        expect(`${school.name} ${code} ${school.indicators[code].met}`).toBe(
          `${other.name} ${code} ${other.indicators[code].met}`,
        );
      }
    });
  });

  // The exports' rows come in the order of their files, the typed ones in sheet order.
  it("and the same signs of non-objective results (SPEC 4.5), as a set", () => {
    const flags = (r: Results | Results) =>
      r.vprObjectivity.map(
        (f) => `${f.school} ${f.subject} ${f.grade} ${f.year}: ${f.reasons.join("; ")}`,
      );
    expect(flags(fromExports).sort()).toEqual(flags(typed).sort());
  });

  it("means rebuilt from the distributions are the demo's own: the demo's statuses too", () => {
    expect(fromExports.schools.map((s) => s.status)).toEqual(demo.schools.map((s) => s.status));
  });

  it("reads the 48 export sheets without an error or a warning of their own", () => {
    expect(fromExports.fisokoSheets).toHaveLength(48);
    const ownProblems = fromExports.problems.filter(
      (p) => p.sheet.includes("›") && p.severity !== "info",
    );
    expect(ownProblems).toEqual([]);
    expect(fromExports.problems.filter((p) => p.severity !== "info")).toEqual(
      typed.problems.filter((p) => p.severity !== "info"),
    );
  });

  it("exports beside the typed rows are duplicates: errors at the exports' cells, the typed rows win", async () => {
    const extraSheets = (await readFisokoFiles([fixtures().demoExports])).sheets;
    const outcome = analyze(await loadWorkbook(fixtures().districtTyped), {
      ...OPTIONS,
      extraSheets,
    });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    const duplicates = outcome.results.problems.filter((p) => p.code === "duplicateResult");
    expect(duplicates).toHaveLength(2 * 528);
    expect(duplicates.every((p) => p.sheet.includes("›") && /^A\d+$/.test(p.cell ?? ""))).toBe(
      true,
    );
    expect(outcome.results.schools.map((s) => s.status)).toEqual(
      typed.schools.map((s) => s.status),
    );
  });
});

describe("the regional list beside the product's own signal", () => {
  it("is a per-school field, never merged into vprFlags", async () => {
    const workbook = await loadWorkbook(fixtures().district);
    const extraSheets = (await readFisokoFiles([fixtures().exports])).sheets;
    const outcome = analyze(workbook, { ...OPTIONS, extraSheets });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    const gymnasium = outcome.results.schools[1];
    expect(gymnasium.officialVprList).toEqual([
      {
        year: 2025,
        markers: ["4 РУ", "5 РУ"],
        source: "Список ОО с признаками необъективности 2025.xlsx › Список!B3",
      },
    ]);
    // The product's own flags stay what vprObjectivity found, the list adds none of its own.
    const own = outcome.results.vprObjectivity.filter((f) => f.schoolRow === gymnasium.row);
    expect(gymnasium.vprFlags).toEqual(own);
    expect(outcome.results.schools[0].officialVprList).toEqual([]);
  });
});

describe("exports of a later year than the exams", () => {
  it("warn that the reporting year has no ОГЭ and ЕГЭ, naming the exams' year", async () => {
    const workbook = await loadWorkbook(fixtures().district);
    const extraSheets = (await readFisokoFiles([fixtures().exports])).sheets;
    const outcome = analyze(workbook, { ...OPTIONS, extraSheets });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    expect(outcome.results.year).toBe(2026);
    const warning = outcome.results.problems.find((p) => p.code === "yearWithoutExams");
    expect(warning?.message).toContain("последние — за 2022");
    const chosen = analyze(workbook, { ...OPTIONS, extraSheets, year: 2022 });
    expect(
      chosen.kind === "ok" && chosen.results.problems.some((p) => p.code === "yearWithoutExams"),
    ).toBe(false);
  });
});
