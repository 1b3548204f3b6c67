/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { Results } from "../../src/engine";
import { ResultsSection } from "../../src/taskpane/sections/ResultsSection";
import demo from "../fixtures/demo-district.expected.json";

// The demo district's results as the CLI writes them: 22 schools, 4 ШНОР, 5 in the risk zone;
// the fixture is older than the fields that name missing inputs, and the demo lacks none.
const RESULTS = { ...demo, missingInputs: [] } as unknown as Results;

function renderResults(onSelect = jest.fn(), results = RESULTS) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultsSection results={results} schoolsSheet="ОО" schoolsWidth={12} onSelect={onSelect} />
    </FluentProvider>,
  );
  return onSelect;
}

function schoolNames(): string[] {
  return screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent ?? "");
}

describe("ResultsSection", () => {
  it("lists every school with its status badge", () => {
    renderResults();
    expect(schoolNames()).toHaveLength(22);
    expect(screen.getByText("Показано 22 из 22")).toBeTruthy();
    expect(screen.getAllByText("ШНОР")).toHaveLength(4 + 1); // the badges and the filter option
  });

  it("shows only ШНОР schools when filtered by ШНОР", () => {
    renderResults();
    fireEvent.change(screen.getByRole("combobox", { name: "Статус" }), {
      target: { value: "shnor" },
    });
    const names = schoolNames();
    const shnor = RESULTS.schools.filter((s) => s.status === "shnor").map((s) => s.name);
    expect(names).toHaveLength(4);
    names.forEach((name, i) => expect(name).toBe(`${shnor[i]}ШНОР`));
    expect(screen.getByText("Показано 4 из 22")).toBeTruthy();
  });

  it("shows the 5 schools of the risk zone when filtered by зона риска", () => {
    renderResults();
    fireEvent.change(screen.getByRole("combobox", { name: "Статус" }), {
      target: { value: "risk" },
    });
    expect(schoolNames()).toHaveLength(5);
    expect(schoolNames().every((n) => n.endsWith("Зона риска"))).toBe(true);
  });

  it("finds a school by name ignoring case, quotes, spaces and №", () => {
    renderResults();
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "сош 10" } });
    expect(schoolNames().map((n) => n.replace(/(ШНОР|Зона риска|Норма|н\/д|ШНСУ)+$/, ""))).toEqual(
      RESULTS.schools.filter((s) => /СОШ №10/.test(s.name)).map((s) => s.name),
    );
  });

  it("combines the filter and the search, and says when nothing matches", () => {
    renderResults();
    fireEvent.change(screen.getByRole("combobox", { name: "Статус" }), {
      target: { value: "shnor" },
    });
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "гимназия" } });
    expect(screen.queryAllByRole("heading", { level: 3 })).toHaveLength(0);
    expect(screen.getByText("Показано 0 из 22")).toBeTruthy();
  });

  it("opens a school's reasons and selects its row on the ОО sheet", () => {
    const onSelect = renderResults();
    const school = RESULTS.schools.find((s) => s.status === "shnor")!;
    fireEvent.click(screen.getByRole("button", { name: new RegExp(school.name) }));
    expect(onSelect).toHaveBeenCalledWith("ОО", `A${school.row}:L${school.row}`);
    for (const reason of school.reasons) expect(screen.getByText(reason)).toBeTruthy();
  });

  it("marks ШНСУ as a badge of its own and filters by it", () => {
    // The demo has no social data; two schools are flagged by hand to see the flag.
    const schools = RESULTS.schools.map((s) =>
      s.row === 5 || s.row === 8 ? { ...s, shnsu: true } : s,
    );
    renderResults(jest.fn(), { ...RESULTS, schools });
    expect(screen.getAllByText("ШНСУ")).toHaveLength(2 + 1); // the badges and the filter option
    fireEvent.change(screen.getByRole("combobox", { name: "Статус" }), {
      target: { value: "shnsu" },
    });
    expect(schoolNames()).toEqual([
      "МКОУ «СОШ №4» ИГОСКШНОРШНСУ",
      "МБОУ «СОШ №7» ИГОСКЗона рискаШНСУ",
    ]);
  });
});
