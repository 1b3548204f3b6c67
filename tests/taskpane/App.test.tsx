/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { App, type OfficeState } from "../../src/taskpane/App";
import { createPaneStore } from "../../src/taskpane/state/createPaneStore";
import { fakeGateway } from "./fakeGateway";
import { SMALL_WORKBOOK } from "./smallWorkbook";

async function renderApp(office: OfficeState) {
  const store = createPaneStore(fakeGateway(SMALL_WORKBOOK), () => "2022-03-31");
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App office={office} store={store} />
      </FluentProvider>,
    );
  });
}

describe("App", () => {
  it.each<OfficeState>(["connecting", "ready", "outside"])(
    "shows the title and both versions while %s",
    async (office) => {
      await renderApp(office);
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("ШНОР Монитор");
      expect(screen.getByText("Надстройка 0.1.0 · методика 2026.1")).toBeTruthy();
    },
  );

  it("asks to open the add-in in Excel when the page runs outside Office", async () => {
    await renderApp("outside");
    expect(screen.getByText("Откройте надстройку в Excel")).toBeTruthy();
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  it("offers the four sections as tabs inside Excel, «Данные» first", async () => {
    await renderApp("ready");
    const tabs = screen.getAllByRole("tab");
    const names = ["Данные", "Параметры", "Результаты", "Отчёт"];
    expect(names.map((name) => tabs.indexOf(screen.getByRole("tab", { name })))).toEqual([
      0, 1, 2, 3,
    ]);
    expect(tabs[0].getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText("Листы книги")).toBeTruthy();
    expect(screen.queryByText("Откройте надстройку в Excel")).toBeNull();
  });
});
