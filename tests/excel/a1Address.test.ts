import { a1Address, parseA1, splitReference } from "../../src/excel/a1Address";

describe("a1Address", () => {
  it("writes a cell as A4 and a block as A4:C5", () => {
    expect(a1Address(3, 0)).toBe("A4");
    expect(a1Address(3, 0, 2, 3)).toBe("A4:C5");
  });

  it.each([
    ["'КПК'!$B$5:$B$26", { sheet: "КПК", address: "B5:B26" }],
    ["'Статусы ОО'!$C$5:$C$9", { sheet: "Статусы ОО", address: "C5:C9" }],
    ["'O''Brien'!A1", { sheet: "O'Brien", address: "A1" }],
    ["Лист1!A1:B2", { sheet: "Лист1", address: "A1:B2" }],
    ["F4:F25", { sheet: null, address: "F4:F25" }],
  ])("splits %s into sheet and address", (reference, parts) => {
    expect(splitReference(reference)).toEqual(parts);
  });

  it("reads A1 addresses back to 0-based boxes, and refuses what is not one", () => {
    expect(parseA1("B5:B26")).toEqual({ row: 4, col: 1, rows: 22, cols: 1 });
    expect(parseA1("$H$17")).toEqual({ row: 16, col: 7, rows: 1, cols: 1 });
    expect(parseA1("C3:A1")).toEqual({ row: 0, col: 0, rows: 3, cols: 3 });
    expect(parseA1("ОО!A1")).toBeNull();
    expect(parseA1("")).toBeNull();
  });
});
