/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { SheetMapping, WorkbookInput } from "../../src/engine";
import { renderPane } from "./renderPane";

const SCHOOL = "МБОУ «СОШ №1»";

/**
 * ОО and two sheets of results under other names: «Итоги ГИА» has more recognised columns than
 * «Лист2», so it is taken by its headers. «Итоги ГИА» gives a mean of 3,9, «Лист2» none.
 */
const WORKBOOK: WorkbookInput = {
  sheets: [
    {
      name: "ОО",
      rows: [
        ["Наименование ОО", "Педагогов", "Прошли КПК"],
        [SCHOOL, 30, 14],
      ],
    },
    {
      name: "Итоги ГИА",
      rows: [
        ["ОО", "Год", "Процедура", "Предмет", "Участников", "Средний балл"],
        [SCHOOL, 2022, "ОГЭ", "Математика", 20, 3.9],
      ],
    },
    {
      name: "Лист2",
      rows: [
        ["ОО", "Год", "Процедура", "Предмет"],
        [SCHOOL, 2021, "ОГЭ", "Русский язык"],
      ],
    },
  ],
};

const resultsPicker = () => screen.getByLabelText("Лист: результаты процедур") as HTMLSelectElement;

describe("the sheet of each kind of data, in «Данные»", () => {
  it("shows the sheet taken by its headers, among all the workbook's sheets", async () => {
    await renderPane("data", WORKBOOK);
    expect(resultsPicker().value).toBe("Итоги ГИА");
    expect(Array.from(resultsPicker().options).map((o) => o.text)).toEqual([
      "ОО",
      "Итоги ГИА",
      "Лист2",
    ]);
  });

  it("offers «— нет листа —» for a kind the workbook has no sheet of", async () => {
    await renderPane("data", WORKBOOK);
    const teachers = screen.getByLabelText("Лист: педагоги и курсы") as HTMLSelectElement;
    expect(teachers.value).toBe("");
    expect(teachers.options[0].text).toBe("— нет листа —");
  });

  it("reads the sheet the user picks and saves the choice with the mapping", async () => {
    const { gateway, store } = await renderPane("data", WORKBOOK);
    fireEvent.change(resultsPicker(), { target: { value: "Лист2" } });
    await waitFor(() => expect(gateway.calls.saveMapping).toHaveLength(1));
    const results = gateway.calls.saveMapping[0].find((m) => m.kind === "results");
    expect(results).toMatchObject({ sheet: "Лист2", headerRow: 0 });
    expect(results?.columns).toEqual({ school: 0, year: 1, procedure: 2, subject: 3 });
    const outcome = store.getState().outcome;
    expect(outcome?.kind === "ok" && outcome.results.inputSheets.results).toEqual({
      sheet: "Лист2",
      by: "choice",
    });
    expect(outcome?.kind === "ok" && outcome.results.year).toBe(2021);
    expect(resultsPicker().value).toBe("Лист2");
  });

  it("gives a sheet to one kind only: the kind that had it is found anew", async () => {
    const { gateway } = await renderPane("data", WORKBOOK);
    fireEvent.change(screen.getByLabelText("Лист: список школ"), {
      target: { value: "Итоги ГИА" },
    });
    await waitFor(() => expect(gateway.calls.saveMapping).toHaveLength(1));
    const sheets = gateway.calls.saveMapping[0].map((m) => [m.kind, m.sheet]);
    expect(sheets).toEqual([
      ["schools", "Итоги ГИА"],
      ["results", "Лист2"],
    ]);
  });

  it("reads the sheet saved in the workbook, though another has more columns", async () => {
    const saved: SheetMapping[] = [
      {
        kind: "results",
        sheet: "Лист2",
        headerRow: 0,
        columns: { school: 0, year: 1, procedure: 2, subject: 3 },
        headers: [],
      },
    ];
    const { store } = await renderPane("data", WORKBOOK, { mapping: saved });
    expect(resultsPicker().value).toBe("Лист2");
    const outcome = store.getState().outcome;
    expect(outcome?.kind === "ok" && outcome.results.inputSheets.results?.sheet).toBe("Лист2");
  });
});

describe("a workbook without results, in the pane", () => {
  const withoutResults: WorkbookInput = { sheets: [WORKBOOK.sheets[0]] };

  it("says «Нет данных» and why above the schools, whose statuses were not told", async () => {
    await renderPane("results", withoutResults);
    const panel = within(screen.getByRole("tabpanel"));
    expect(panel.getAllByText("Нет данных")).toHaveLength(2); // Результаты and Педагоги
    expect(screen.getByRole("tabpanel").textContent).toContain(
      "Нет данныхВ книге нет листа с результатами процедур (ожидался лист «Результаты» или лист со столбцами «ОО», «Год», «Процедура», «Предмет»): статусы школ (ШНОР, зона риска, норма) — нет данных. Листы книги: «ОО»",
    );
    fireEvent.click(screen.getByRole("button", { name: /МБОУ «СОШ №1»/ }));
    expect(
      await screen.findByText(
        "Статус не определён: в книге нет результатов процедур (ЕГЭ, ОГЭ, ВПР) — лист результатов не найден или пуст",
      ),
    ).toBeTruthy();
  });

  it("reports «нет данных» for the statuses, never «ШНОР: 0»", async () => {
    await renderPane("report", withoutResults);
    fireEvent.click(screen.getByRole("button", { name: "Сформировать отчёт" }));
    const summary = await screen.findByRole("status", { name: "Итоги отчёта" });
    expect(summary.textContent).toContain(
      "ШНОР, зона риска, ШНСУ: нет данных (нет результатов процедур)",
    );
    expect(summary.textContent).toContain("КПК прошли 14 из 30 (46,7 %)");
    expect(summary.textContent).not.toContain("ШНОР: 0");
  });
});
