/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import type { AnalyzeOutcome, Results } from "../../src/engine";
import { DataSection } from "../../src/taskpane/sections/DataSection";

const RESULTS = {
  problems: [],
  fisokoSheets: [
    {
      sheet: "выгрузка.xlsx › МА 4 Сравнение отметок с отметк",
      layout: "journal",
      label: "Сравнение отметок с отметками по журналу",
      subject: "математика",
      grade: 4,
      year: 2026,
      schools: 3,
    },
  ],
} as unknown as Results;

describe("DataSection", () => {
  it("lists the ФИС ОКО exports found with what was read from each", () => {
    const outcome: AnalyzeOutcome = { kind: "ok", results: RESULTS };
    render(
      <FluentProvider theme={webLightTheme}>
        <DataSection
          mapping={[]}
          tables={[]}
          outcome={outcome}
          sheetNames={[]}
          onChooseSheet={() => undefined}
          onChangeMapping={() => undefined}
          onSelectCell={() => undefined}
          onRefresh={() => undefined}
        />
      </FluentProvider>,
    );
    const items = within(screen.getByRole("list", { name: "Выгрузки ФИС ОКО" })).getAllByRole(
      "listitem",
    );
    expect(items.map((i) => i.textContent)).toEqual([
      "«выгрузка.xlsx › МА 4 Сравнение отметок с отметк»Сравнение отметок с отметками по журналу, математика, 4 класс, 2026: 3 школы района",
    ]);
  });
});
