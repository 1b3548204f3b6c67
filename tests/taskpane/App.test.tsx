import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { App, type OfficeState } from "../../src/taskpane/App";

function text(office: OfficeState): string {
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <App office={office} />
    </FluentProvider>,
  );
  return html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

describe("App", () => {
  it.each<OfficeState>(["connecting", "ready", "outside"])(
    "shows the title and both versions while %s",
    (office) => {
      expect(text(office)).toContain("ШНОР Монитор");
      expect(text(office)).toContain("Надстройка 0.1.0 · методика 2026.1");
    },
  );

  it("says which sections are missing and how to get the report today", () => {
    const shown = text("ready");
    expect(shown).toContain("«Данные», «Параметры», «Результаты» и «Отчёт»");
    expect(shown).toContain("npm run report -- ФАЙЛ.xlsx --out отчёт.xlsx");
  });

  it("asks to open the add-in in Excel when the page runs outside Office", () => {
    expect(text("outside")).toContain("Откройте надстройку в Excel");
    expect(text("ready")).not.toContain("Откройте надстройку в Excel");
  });
});
