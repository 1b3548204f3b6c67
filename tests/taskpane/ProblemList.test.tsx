/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Problem } from "../../src/engine";
import { ProblemList } from "../../src/taskpane/sections/ProblemList";
import { renderPane } from "./renderPane";

const PROBLEMS: Problem[] = [
  {
    severity: "error",
    sheet: "ОО",
    cell: "C3",
    code: "kpkAboveTeachers",
    message: "Прошли КПК (20) больше численности педагогов (18); доля КПК не считается",
  },
  {
    severity: "warning",
    sheet: "Педагоги",
    cell: null,
    code: "noSchools",
    message: "Лист без строк",
  },
  {
    severity: "info",
    sheet: "Результаты",
    cell: "H2",
    code: "percentColumn",
    message: "Столбец в процентах",
  },
];

describe("ProblemList", () => {
  it("shows severity, sheet, cell and message of each problem", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ProblemList problems={PROBLEMS} onSelect={() => undefined} />
      </FluentProvider>,
    );
    const items = within(screen.getByRole("list", { name: "Проблемы данных" })).getAllByRole(
      "listitem",
    );
    expect(items.map((i) => i.textContent)).toEqual([
      "ОшибкаОО!C3Прошли КПК (20) больше численности педагогов (18); доля КПК не считается",
      "ПредупреждениеПедагогиЛист без строк",
      "СведенияРезультаты!H2Столбец в процентах",
    ]);
  });

  it("selects the problem's cell when clicked; a sheet-level problem is not a button", () => {
    const onSelect = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <ProblemList problems={PROBLEMS} onSelect={onSelect} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: /Результаты!H2/ }));
    expect(onSelect).toHaveBeenCalledWith("Результаты", "H2");
    expect(screen.queryByRole("button", { name: /Лист без строк/ })).toBeNull();
  });

  it("says so when the data has no problems", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ProblemList problems={[]} onSelect={() => undefined} />
      </FluentProvider>,
    );
    expect(screen.getByText("Проблем в данных не найдено.")).toBeTruthy();
  });

  it("lists the engine's problems in «Данные» and selects the cell in Excel", async () => {
    const { gateway } = await renderPane("data");
    const problem = screen.getByRole("button", { name: /ОО!C3/ });
    expect(problem.textContent).toContain("Прошли КПК (20) больше численности педагогов (18)");
    fireEvent.click(problem);
    await waitFor(() => expect(gateway.calls.selectCell).toEqual([["ОО", "C3"]]));
  });

  it("shows a Russian error when Excel cannot select the cell", async () => {
    const { gateway } = await renderPane("data");
    gateway.selectCell = async () => {
      throw new Error("ItemNotFound");
    };
    fireEvent.click(screen.getByRole("button", { name: /ОО!C3/ }));
    expect(await screen.findByText("Не удалось перейти к ячейке")).toBeTruthy();
    expect(screen.getByText("ItemNotFound")).toBeTruthy();
  });
});
