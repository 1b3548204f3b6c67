import { ownSheetIds, parseRecord } from "../../src/excel/ownSheets";

const record = JSON.stringify({ sheets: [{ id: "{A}", name: "Сводка" }] });

describe("ownSheetIds", () => {
  it("knows a sheet by the id recorded while the file is open, even renamed", () => {
    const own = ownSheetIds([{ id: "{A}", name: "Моя сводка", tag: null }], record);
    expect([...own]).toEqual(["{A}"]);
  });

  it("knows a sheet by its tag when the tag holds its name (a reopened file has new ids)", () => {
    const own = ownSheetIds([{ id: "{B}", name: "КПК", tag: "КПК" }], null);
    expect([...own]).toEqual(["{B}"]);
  });

  it("leaves a user's copy alone: it carries the tag under another name", () => {
    expect(ownSheetIds([{ id: "{C}", name: "КПК (2)", tag: "КПК" }], record).size).toBe(0);
  });

  it("leaves untagged, unrecorded sheets alone", () => {
    expect(ownSheetIds([{ id: "{D}", name: "Сводка", tag: null }], record).size).toBe(0);
  });
});

describe("parseRecord", () => {
  it.each([null, undefined, "", "не JSON", "{}", "[1,2]", 42, { sheets: "x" }])(
    "reads %j as no sheets",
    (value) => {
      expect(parseRecord(value)).toEqual({ sheets: [] });
    },
  );

  it("keeps only well-formed entries", () => {
    const value = { sheets: [{ id: "{A}", name: "Сводка" }, { id: 1, name: "x" }, null] };
    expect(parseRecord(value)).toEqual({ sheets: [{ id: "{A}", name: "Сводка" }] });
  });
});
