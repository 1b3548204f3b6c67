import { analyze, type WorkbookInput } from "../../../src/engine";
import { loadWorkbook } from "../../helpers/loadDemo";
import { exportSheets, useFisokoFixtures } from "../../helpers/fisoko";

const fixtures = useFisokoFixtures();
let demo: WorkbookInput;
beforeAll(async () => {
  demo = await loadWorkbook();
});

const NOT_RECOGNISED =
  "ни один его лист не распознан как «Статистика по отметкам», «Сравнение отметок с отметками по журналу» или региональный список ОО с признаками необъективности";
const INDIVIDUAL =
  "это выгрузка индивидуальных результатов участников, а читаются отчёты по ОО: «Статистика по отметкам», «Сравнение отметок с отметками по журналу» или региональный список ОО с признаками необъективности";

function analyzed(extraSheets: WorkbookInput["sheets"]) {
  const outcome = analyze(demo, { today: "2022-03-31", asOf: "2022-03-31", extraSheets });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return outcome.results;
}

const unrecognized = (extraSheets: WorkbookInput["sheets"]) =>
  analyzed(extraSheets).problems.filter((p) => p.code === "fisokoFileUnrecognized");

// DECISIONS B-05: each file given as exports that is none is a warning naming it and why.
describe.each([
  {
    what: "a school's collection form",
    sheets: [
      {
        name: "анкета школы.xlsx › Лист1",
        rows: [["Анкета ОО"], ["Вопрос", "Ответ"], ["1", "да"]],
      },
      { name: "анкета школы.xlsx › Лист2", rows: [["Комментарий"]] },
    ],
    file: "анкета школы.xlsx",
    why: NOT_RECOGNISED,
  },
  {
    what: "an export of participants' own results, told by its title",
    sheets: [
      {
        name: "ВПР 4 класс.xlsx › Лист1",
        rows: [
          ["Индивидуальные результаты участников ВПР"],
          ["Код участника", "Вариант", "Первичный балл", "Отметка"],
          ["10001", 1, 14, 4],
        ],
      },
    ],
    file: "ВПР 4 класс.xlsx",
    why: INDIVIDUAL,
  },
  {
    what: "an export of participants' own results, told by its sheet's name",
    sheets: [
      {
        name: "выгрузка.xlsx › Индивидуальные результаты",
        rows: [
          ["Код участника", "Балл"],
          ["10001", 14],
        ],
      },
    ],
    file: "выгрузка.xlsx",
    why: INDIVIDUAL,
  },
  {
    what: "a file with nothing in it",
    sheets: [{ name: "пустой.xlsx › Лист1", rows: [] }],
    file: "пустой.xlsx",
    why: "в нём нет заполненных листов",
  },
])("$what given as ФИС ОКО exports", ({ sheets, file, why }) => {
  it("is a warning at its first sheet, once for all its sheets, saying why", () => {
    expect(unrecognized(sheets)).toEqual([
      {
        severity: "warning",
        sheet: sheets[0].name,
        cell: null,
        code: "fisokoFileUnrecognized",
        message: `Файл «${file}» указан как выгрузка ФИС ОКО, но ${why}; файл не учитывается`,
      },
    ]);
  });

  it("is listed in the results as not read, with the same why", () => {
    expect(analyzed(sheets).fisokoUnread).toEqual([{ file, why }]);
  });
});

describe("files whose sheets are exports, beside one that is not", () => {
  it("are read without a word; only the other is listed as not read", async () => {
    const exports = await exportSheets(fixtures().exports);
    const form = [{ name: "анкета школы.xlsx › Лист1", rows: [["Анкета ОО"], ["Вопрос"]] }];
    const results = analyzed([...exports, ...form]);
    expect(
      results.problems.filter((p) => p.code === "fisokoFileUnrecognized").map((p) => p.sheet),
    ).toEqual(["анкета школы.xlsx › Лист1"]);
    expect(results.fisokoUnread.map((f) => f.file)).toEqual(["анкета школы.xlsx"]);
    expect(results.fisokoSheets.length).toBe(5);
  });
});
