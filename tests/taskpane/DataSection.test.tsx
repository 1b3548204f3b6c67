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
  fisokoUnread: [],
} as unknown as Results;

function renderSection(results: Results) {
  const outcome: AnalyzeOutcome = { kind: "ok", results };
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
}

const listed = (name: string) =>
  within(screen.getByRole("list", { name }))
    .getAllByRole("listitem")
    .map((i) => i.textContent);

describe("DataSection", () => {
  it("lists the ФИС ОКО exports found with what was read from each", () => {
    renderSection(RESULTS);
    expect(listed("Выгрузки ФИС ОКО")).toEqual([
      "«выгрузка.xlsx › МА 4 Сравнение отметок с отметк»Сравнение отметок с отметками по журналу, математика, 4 класс, 2026: 3 школы района",
    ]);
    expect(screen.queryByRole("list", { name: "Не прочитаны как выгрузки ФИС ОКО" })).toBeNull();
  });

  it("lists the files given as exports that were not read, with why", () => {
    renderSection({
      ...RESULTS,
      fisokoUnread: [{ file: "анкета.xlsx", why: "в нём нет заполненных листов" }],
    });
    expect(listed("Не прочитаны как выгрузки ФИС ОКО")).toEqual([
      "«анкета.xlsx»Не прочитан: в нём нет заполненных листов",
    ]);
  });
});
