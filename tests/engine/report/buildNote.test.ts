import { buildNote } from "../../../src/engine";
import { kpkParagraph } from "../../../src/engine/report/note/buildNote";
import { loadWorkbook, run, SOCIAL_PATH } from "../../helpers/loadDemo";
import { seed000Results } from "./seedKpk";

const ENGLISH_WORD = /\b(?!I[123]\b|R[1-6]\b|RF\d+\b)[A-Za-z]{3,}\b/;

describe("the Справка", () => {
  it("reproduces seed 000's КПК paragraph: 40 of 100, 40,0 %", () => {
    expect(kpkParagraph(seed000Results())).toBe(
      "В 2021-22 учебном году курсы повышения квалификации прошли 40 руководителей и педагогов школ, " +
        "что составляет 40,0 % от общего контингента педагогов в данных школах (100 чел.). " +
        "Данные в разрезе образовательных организаций представлены на листе «КПК».",
    );
  });

  it("names the lowest КПК shares of the seed: 33,3 % and 37,5 %", () => {
    const text = buildNote(seed000Results()).paragraphs.join("\n");
    expect(text).toContain(
      "МБОУ «СОШ №18» ИГОСК — 33,3 %; МКОУ «СОШ №24» ИГОСК — 37,5 %; МКОУ «СОШ №12» ИГОСК — 44,4 %",
    );
  });

  it("counts the demo's statuses with the schools named and correct plurals", async () => {
    const note = buildNote(run(await loadWorkbook()));
    const text = note.paragraphs.join("\n");
    expect(text).toContain("В мониторинге участвовали 22 общеобразовательные организации.");
    expect(text).toContain(
      "отнесены 4 школы: МКОУ «ООШ №14» ИГОСК, МКОУ «СОШ №12» ИГОСК, МКОУ «СОШ №4» ИГОСК и МКОУ «СОШ №24» ИГОСК.",
    );
    expect(text).toContain("В зоне риска снижения образовательных результатов находятся 5 школ:");
    expect(text).toContain("Без признаков риска — 12 школ.");
    expect(text).toContain("Данных для вывода недостаточно по 1 школе: МКОУ «ООШ №21» ИГОСК.");
    expect(text).toContain(
      "По району в целом курсы прошли 472 руководителя и педагога из 760 (62,1 %).",
    );
  });

  it("gives the demo's 500+ schools seed 000's sentence with their own total, beside the district's", async () => {
    const text = buildNote(run(await loadWorkbook())).paragraphs.join("\n");
    // Seed 000: the four 500+ schools, 40 of 100 staff.
    expect(text).toContain(
      "Курсы повышения квалификации прошли 40 руководителей и педагогов школ-участниц проекта «500+», что составляет 40,0 % от общего контингента педагогов в данных школах (100 чел.).",
    );
    expect(text).toContain(
      "В 2021-22 учебном году курсы повышения квалификации прошли 30 руководителей и педагогов школ с низкими образовательными результатами, что составляет 44,1 % от общего контингента педагогов в данных школах (68 чел.).",
    );
    // The split adds up to the persons Педагоги lists (761), which differ from ОО's 760.
    expect(text).toContain(
      "По списку педагогов (761 чел.; доля выше считается от численности педагогов по листу «ОО», 760 чел.) руководящих работников — 46 из 69 (66,7 %), педагогических — 426 из 692 (61,6 %).",
    );
  });

  it("lists the schools by status as seed 003 does, numbered, each with its official mark", async () => {
    const paragraphs = buildNote(run(await loadWorkbook())).paragraphs;
    const at = paragraphs.indexOf(
      "Школы с низкими образовательными результатами (ШНОР) по расчёту:",
    );
    expect(paragraphs.slice(at, at + 11)).toEqual([
      "Школы с низкими образовательными результатами (ШНОР) по расчёту:",
      "1. МКОУ «ООШ №14» ИГОСК",
      "2. МКОУ «СОШ №12» ИГОСК (500+ 2022)",
      "3. МКОУ «СОШ №4» ИГОСК",
      "4. МКОУ «СОШ №24» ИГОСК (500+ 2022)",
      "Школы, находящиеся в зоне риска снижения образовательных результатов:",
      "1. МБОУ «СОШ №10» ИГОСК (500+ 2022)",
      "2. МБОУ «СОШ №18» ИГОСК (500+ 2022)",
      "3. МКОУ «СОШ №19» ИГОСК",
      "4. МБОУ «СОШ №7» ИГОСК",
      "5. МБОУ «СОШ №15» ИГОСК",
    ]);
    // The demo has no social indicators: no list of ШНСУ.
    expect(paragraphs.some((p) => p.startsWith("Школы, функционирующие"))).toBe(false);
  });

  it("lists the ШНСУ of the social example too", async () => {
    const paragraphs = buildNote(run(await loadWorkbook(SOCIAL_PATH))).paragraphs;
    const at = paragraphs.indexOf(
      "Школы, функционирующие в неблагоприятных социальных условиях (ШНСУ):",
    );
    expect(at).toBeGreaterThan(0);
    expect(paragraphs[at + 1]).toMatch(/^1\. М[БК]ОУ «/);
  });

  it("points to no sheet of the report when it is a document of its own", async () => {
    const results = run(await loadWorkbook());
    const onSheet = buildNote(results).paragraphs.join("\n");
    const document = buildNote(results, "document").paragraphs.join("\n");
    expect(onSheet).toMatch(/на листе «КПК»|\(лист «План КПК»\)/);
    expect(document).not.toMatch(/на листе «(КПК|Статусы ОО)»|\(лист «/);
    // It names every school of the risk zone instead of sending the reader to «Статусы ОО».
    for (const school of results.schools.filter((s) => s.status === "risk"))
      expect(document).toContain(`${school.name} — `);
  });

  it.each([
    ["the demo", undefined],
    ["the social example", SOCIAL_PATH],
  ])("has no «undefined», «NaN» or English words in %s", async (_name, path) => {
    const note = buildNote(run(await loadWorkbook(path)));
    for (const text of [note.title, note.subtitle, ...note.paragraphs]) {
      expect(text).not.toMatch(/undefined|NaN|null|\[object/);
      expect(text).not.toMatch(ENGLISH_WORD);
    }
  });

  it("lists ШНОР + ШНСУ as the most vulnerable group in the social example", async () => {
    const text = buildNote(run(await loadWorkbook(SOCIAL_PATH))).paragraphs.join("\n");
    expect(text).toContain(
      "Одновременно ШНОР и ШНСУ — наиболее уязвимая группа: МКОУ «СОШ №12» ИГОСК, МКОУ «СОШ №4» ИГОСК и МКОУ «СОШ №24» ИГОСК.",
    );
  });
});

describe("the Справка agrees verbs with a count of one", () => {
  it("says «отнесена 1 школа» when one school is ШНОР", async () => {
    const { SEED_000 } = await import("./seedKpk");
    const { analyze } = await import("../../../src/engine");
    const outcome = analyze(SEED_000, { today: "2022-03-31", asOf: "2022-03-31" });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    // The seed has no Результаты: the test gives it a ШНОР school, so results as well.
    const one = {
      ...outcome.results,
      missingInputs: [],
      schools: outcome.results.schools.map((s, i) => ({
        ...s,
        status: i === 0 ? ("shnor" as const) : s.status,
      })),
    };
    expect(buildNote(one).paragraphs[0]).toContain(
      "по расчёту отнесена 1 школа: МБОУ «СОШ №10» ИГОСК.",
    );
  });
});

describe("the Справка of a whole region", () => {
  it("keeps every paragraph within an Excel cell (32 767 characters) by counting long lists", async () => {
    const { generateDistrict, REGION } = await import("../../../bench/generateDistrict");
    const { analyze } = await import("../../../src/engine");
    const outcome = analyze(generateDistrict(REGION), { today: "2022-06-01" });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    const note = buildNote(outcome.results);
    for (const paragraph of note.paragraphs) expect(paragraph.length).toBeLessThan(32_767);
    expect(note.paragraphs.join("\n")).toMatch(/и ещё \d+ школ/);
  });
});

describe("the territory the Справка names (DECISIONS B-08)", () => {
  it("is ОО's one municipality when none is set", async () => {
    expect(buildNote(run(await loadWorkbook())).subtitle).toBe(
      "Изобильненский городской округ, 2021-22 учебный год, по состоянию на 31.03.2022",
    );
  });

  it("is the one set on Параметры, by its Russian name or its key", async () => {
    const demo = await loadWorkbook();
    for (const key of ["Территория", "territory"]) {
      const sheets = demo.sheets.map((sheet) =>
        sheet.name !== "Параметры"
          ? sheet
          : {
              ...sheet,
              rows: [...Array.from(sheet.rows), [key, "Изобильненского городского округа"]],
            },
      );
      expect(buildNote(run({ sheets })).subtitle).toBe(
        "Изобильненского городского округа, 2021-22 учебный год, по состоянию на 31.03.2022",
      );
    }
  });

  it("is none when ОО holds schools of two municipalities and none is set", async () => {
    const results = run(await loadWorkbook());
    const schools = results.schools.map((s, i) =>
      i === 0 ? { ...s, municipality: "Новоалександровский городской округ" } : s,
    );
    expect(buildNote({ ...results, schools }).subtitle).toBe(
      "2021-22 учебный год, по состоянию на 31.03.2022",
    );
  });
});
