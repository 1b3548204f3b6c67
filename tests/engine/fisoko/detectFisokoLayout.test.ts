import type { CellValue, SheetInput } from "../../../src/engine";
import { detectFisokoLayout } from "../../../src/engine/read/fisoko/detectFisokoLayout";
import { loadWorkbook } from "../../helpers/loadDemo";
import { exportSheets, useFisokoFixtures } from "../../helpers/fisoko";

const fixtures = useFisokoFixtures();

const sheet = (rows: CellValue[][], name = "Лист1"): SheetInput => ({ name, rows });

const JOURNAL_FULL = [
  "Группы участников",
  "Кол-во участников(всего)",
  "Понизили (Отметка < Отметка по журналу) %",
  "Понизили (Отметка < Отметка по журналу) Кол-во участников",
  "Подтвердили (Отметка = Отметке по журналу) %",
  "Подтвердили (Отметка = Отметке по журналу) Кол-во участников",
  "Повысили (Отметка > Отметка по журналу) %",
  "Повысили (Отметка > Отметка по журналу) Кол-во участников",
];

describe("detectFisokoLayout finds each layout in the fixture files", () => {
  let sheets: SheetInput[];
  beforeAll(async () => {
    sheets = await exportSheets(fixtures().exports);
  });

  it.each<[string, string, string, number]>([
    ["statistics under its title block", "РУ 4 Статистика по отметкам", "marks", 6],
    [
      "the comparison with «Отметке» under a title block",
      "РУ 4 Сравнение отметок с отметк",
      "journal",
      3,
    ],
    [
      "the comparison with «Отм.» and ‹, no title block",
      "МА 4 Сравнение отметок с отметк",
      "journal",
      0,
    ],
    ["the regional list under its title line", "Список", "list", 1],
  ])("%s", (_, name, kind, headerRow) => {
    const found = sheets.find((s) => s.name.endsWith(`› ${name}`))!;
    expect(detectFisokoLayout(found)).toMatchObject({ kind, headerRow, missing: [] });
  });

  it("maps the columns of the statistics: number headers 2…5 are the marks", () => {
    const marks = detectFisokoLayout(
      sheets.find((s) => s.name.endsWith("› РУ 4 Статистика по отметкам"))!,
    )!;
    expect(Object.fromEntries(marks.columns)).toEqual({
      group: 0,
      orgCount: 1,
      participants: 2,
      mark2: 3,
      mark3: 4,
      mark4: 5,
      mark5: 6,
    });
  });

  it("maps the marker columns of the list with their subjects and grades", () => {
    const list = detectFisokoLayout(sheets.find((s) => s.name.endsWith("› Список"))!)!;
    expect(list.markers).toEqual([
      { col: 4, label: "4 РУ", subject: "русский язык", grade: 4 },
      { col: 5, label: "4 МА", subject: "математика", grade: 4 },
      { col: 6, label: "5 РУ", subject: "русский язык", grade: 5 },
      { col: 7, label: "5 МА", subject: "математика", grade: 5 },
    ]);
    expect(Object.fromEntries(list.columns)).toMatchObject({
      year: 0,
      login: 1,
      municipality: 2,
      school: 3,
      markerCount: 8,
    });
  });
});

describe("detectFisokoLayout reads every spelling of the comparison's header", () => {
  it.each<[string, string[]]>([
    ["«Отметка … Отметка» and no space before «(всего)»", JOURNAL_FULL],
    [
      "«Отм.» and ‹",
      JOURNAL_FULL.map((h) =>
        h
          .replace(/Отметк[аe]/g, "Отм.")
          .replace("<", "‹")
          .replace(">", "›"),
      ),
    ],
    [
      "«Отметке» everywhere, with a space before «(всего)»",
      JOURNAL_FULL.map((h) => h.replace("Отметка по", "Отметке по").replace("(всего)", " (всего)")),
    ],
    [
      "«Количество участников» for the counts",
      JOURNAL_FULL.map((h) => h.replace("Кол-во участников", "Количество участников")),
    ],
  ])("%s", (_, header) => {
    const layout = detectFisokoLayout(
      sheet([header, ["Ставропольский край", 100, 10, 10, 80, 80, 10, 10]]),
    )!;
    expect(layout.kind).toBe("journal");
    expect(Object.fromEntries(layout.columns)).toEqual({
      group: 0,
      participants: 1,
      lowered: 2,
      loweredCount: 3,
      confirmed: 4,
      confirmedCount: 5,
      raised: 6,
      raisedCount: 7,
    });
  });
});

describe("detectFisokoLayout names what is missing", () => {
  it("statistics whose title says so, with «5» missing: marks, with mark5 missing", () => {
    const rows = [
      ["Статистика по отметкам"],
      ["Группы участников", "Кол-во ОО", "Кол-во участников", 2, 3, 4],
    ];
    expect(detectFisokoLayout(sheet(rows))).toMatchObject({
      kind: "marks",
      headerRow: 1,
      missing: ["mark5"],
    });
  });

  it("a comparison without «Повысили»: journal, with raised missing", () => {
    expect(detectFisokoLayout(sheet([JOURNAL_FULL.slice(0, 6)]))).toMatchObject({
      kind: "journal",
      missing: ["raised"],
    });
  });
});

describe("detectFisokoLayout lets the columns decide over the title", () => {
  it("statistics on a sheet named «Сравнение отметок…» are statistics", () => {
    const rows = [["Группа участников", "Кол-во ОО", "Кол-во участников", 2, 3, 4, 5]];
    expect(detectFisokoLayout(sheet(rows, "МА 4 Сравнение отметок с отметк"))?.kind).toBe("marks");
  });

  it("a comparison under the title «Статистика по отметкам» is a comparison", () => {
    const rows = [["Статистика по отметкам"], JOURNAL_FULL];
    expect(detectFisokoLayout(sheet(rows))?.kind).toBe("journal");
  });
});

describe("detectFisokoLayout leaves every other sheet alone", () => {
  it.each(["ОО", "Результаты", "Педагоги", "Параметры"])("the demo's %s sheet", async (name) => {
    const demo = await loadWorkbook();
    expect(detectFisokoLayout(demo.sheets.find((s) => s.name === name)!)).toBeNull();
  });

  it("ОО with a «Логин ФИС ОКО» column", async () => {
    const district = await loadWorkbook(fixtures().district);
    expect(detectFisokoLayout(district.sheets.find((s) => s.name === "ОО")!)).toBeNull();
  });

  it.each<[string, CellValue[][]]>([
    ["an empty sheet", []],
    ["«Группы участников» alone", [["Группы участников", "Кол-во участников"]]],
    ["a table with «Логин» and no marker", [["Логин", "ОО", "Муниципалитет"]]],
    ["mark-like numbers without «Группы участников»", [["ОО", 2, 3, 4, 5]]],
  ])("%s", (_, rows) => {
    expect(detectFisokoLayout(sheet(rows))).toBeNull();
  });
});
