import { excelError } from "./customFunctions";
import { excelTables } from "./excelTables";
import { classify } from "../../src/functions/functions";
import { STATUS_LABELS, type Results } from "../../src/engine";
import { DEMO_PATH, loadWorkbook, run } from "../helpers/loadDemo";

const HEADER = ["ОО", "Статус", "ШНСУ", "Композитный результат", "Причины"];

describe("SHNOR.CLASSIFY", () => {
  let tables: Map<string, unknown[][]>;
  let cli: Results;
  beforeAll(async () => {
    tables = await excelTables(DEMO_PATH);
    cli = run(await loadWorkbook()); // as the demo command: as of 31.03.2022
  });
  const table = (name: string) => tables.get(name)!;

  describe("works", () => {
    it("gives the demo district's tables, as Excel passes them, the statuses of the CLI", () => {
      const spilled = classify(
        table("ОО"),
        table("Результаты"),
        table("Параметры"),
        table("Педагоги"),
      );
      expect(spilled[0]).toEqual(HEADER);
      expect(spilled.slice(1).map((r) => [r[0], r[1]])).toEqual(
        cli.schools.map((s) => [s.name, STATUS_LABELS[s.status]]),
      );
    });

    it("gives the CLI's composite, unrounded, and its reasons", () => {
      const spilled = classify(
        table("ОО"),
        table("Результаты"),
        table("Параметры"),
        table("Педагоги"),
      );
      expect(spilled.slice(1).map((r) => r[3])).toEqual(
        cli.schools.map((s) => s.composite ?? "н/д"),
      );
      expect(spilled.slice(1).map((r) => r[4])).toEqual(
        cli.schools.map((s) => (s.reasons.length > 0 ? s.reasons.join("; ") : "—")),
      );
    });
  });

  describe("edge", () => {
    it("works without Педагоги and Параметры: КПК from the ОО counts, references municipal", () => {
      const spilled = classify(table("ОО"), table("Результаты"));
      expect(spilled).toHaveLength(cli.schools.length + 1);
      expect(
        spilled.slice(1).every((r) => Object.values(STATUS_LABELS).includes(r[1] as string)),
      ).toBe(true);
    });

    it("finds the header row below a title line, as on a sheet (A-02)", () => {
      const titled = [
        [
          "Школы района",
          ...table("ОО")[0]
            .slice(1)
            .map(() => ""),
        ],
        ...table("ОО"),
      ];
      const spilled = classify(titled, table("Результаты"), table("Параметры"), table("Педагоги"));
      expect(spilled.slice(1).map((r) => r[1])).toEqual(
        cli.schools.map((s) => STATUS_LABELS[s.status]),
      );
    });

    it("says «н/д», not an empty cell that Excel would show as 0, for a missing composite", () => {
      const spilled = classify(table("ОО").slice(0, 2), [["ОО", "Год", "Процедура", "Предмет"]]);
      expect(spilled[1].slice(1, 4)).toEqual(["Недостаточно данных", "н/д", "н/д"]);
    });
  });

  describe("error", () => {
    it("asks for the header row when the ОО table has none", () => {
      const outcome = excelError(() => classify(table("ОО").slice(1), table("Результаты")));
      expect(outcome.code).toBe("#VALUE!");
      expect(outcome.message).toMatch(
        /Передайте таблицу ОО вместе со строкой заголовков, например ОО\[#Все\]$/,
      );
    });
  });
});
