import { analyze, type WorkbookInput } from "../../../src/engine";
import { loadWorkbook } from "../../helpers/loadDemo";
import { exportSheets, useFisokoFixtures } from "../../helpers/fisoko";

const fixtures = useFisokoFixtures();
let demo: WorkbookInput;
beforeAll(async () => {
  demo = await loadWorkbook();
});

const form = [
  { name: "анкета школы.xlsx › Лист1", rows: [["Анкета ОО"], ["Вопрос", "Ответ"], ["1", "да"]] },
  { name: "анкета школы.xlsx › Лист2", rows: [["Комментарий"]] },
];

function unrecognized(extraSheets: WorkbookInput["sheets"]) {
  const outcome = analyze(demo, { today: "2022-03-31", asOf: "2022-03-31", extraSheets });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return outcome.results.problems.filter((p) => p.code === "fisokoFileUnrecognized");
}

describe("a file given as ФИС ОКО exports that is none", () => {
  it("is a warning naming the file, once for all its sheets", () => {
    expect(unrecognized(form)).toEqual([
      {
        severity: "warning",
        sheet: "анкета школы.xlsx › Лист1",
        cell: null,
        code: "fisokoFileUnrecognized",
        message:
          "Файл «анкета школы.xlsx» указан как выгрузка ФИС ОКО, но ни один его лист не распознан как «Статистика по отметкам», «Сравнение отметок с отметками по журналу» или региональный список ОО с признаками необъективности; файл не учитывается",
      },
    ]);
  });

  it("says nothing of files whose sheets are exports, beside one that is not", async () => {
    const exports = await exportSheets(fixtures().exports);
    const warned = unrecognized([...exports, ...form]);
    expect(warned.map((p) => p.sheet)).toEqual(["анкета школы.xlsx › Лист1"]);
  });
});
