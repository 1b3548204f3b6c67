import fc from "fast-check";
import {
  applyMapping,
  PackedRows,
  proposeMapping,
  RowPacker,
  type CellValue,
  type WorkbookInput,
} from "../../src/engine";
import { DEMO_PATH, loadWorkbook, run, SOCIAL_PATH } from "../helpers/loadDemo";
import { analyzeSheets, rowsOf } from "../helpers/workbook";

const cell = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: true }),
  fc.constant(null),
  fc.constant(undefined),
  fc.record({ percent: fc.double({ min: 0, max: 1, noNaN: true }) }),
);
// Ragged rows, some missing, as readers give them (a row array may also have holes).
const sheetRows = fc.array(fc.option(fc.array(cell, { maxLength: 6 }), { nil: undefined }), {
  maxLength: 12,
});

describe("PackedRows holds a sheet's rows without an array per row", () => {
  it("gives every cell the array of rows gives, past the ends too", () => {
    fc.assert(
      fc.property(sheetRows, (rows) => {
        const packed = PackedRows.from(rows);
        expect(packed.length).toBe(rows.length);
        for (let r = -1; r <= rows.length + 1; r++) {
          expect(packed.rowLength(r)).toBe(rows[r]?.length ?? 0);
          expect(packed.row(r)).toEqual(r >= 0 && r < rows.length ? (rows[r] ?? []) : undefined);
          for (let c = -1; c <= 7; c++) expect(packed.cell(r, c)).toBe(rows[r]?.[c]);
        }
      }),
    );
  });

  it("keeps a hole in a row as an empty cell", () => {
    const row: CellValue[] = [];
    row[2] = "Прошли КПК";
    const packed = PackedRows.from([row]);
    expect([packed.cell(0, 0), packed.cell(0, 2), packed.rowLength(0)]).toEqual([
      undefined,
      "Прошли КПК",
      3,
    ]);
  });

  it("is built a row at a time", () => {
    const packer = new RowPacker();
    packer.push(["ФИО", "ОО"]);
    packer.push([]);
    packer.push(["Орлова Нина Юрьевна", "СОШ №1"]);
    expect([...packer.pack()]).toEqual([["ФИО", "ОО"], [], ["Орлова Нина Юрьевна", "СОШ №1"]]);
  });
});

describe("the engine reads packed rows and arrays of rows alike", () => {
  const asArrays = (workbook: WorkbookInput): WorkbookInput => ({
    sheets: workbook.sheets.map((s) => ({ name: s.name, rows: rowsOf(s) })),
  });

  it.each([
    ["the demo", DEMO_PATH],
    ["the social example", SOCIAL_PATH],
  ])("gives the same results for %s", async (_, path) => {
    const packed = await loadWorkbook(path);
    expect(packed.sheets.every((s) => s.rows instanceof PackedRows)).toBe(true);
    expect(run(packed)).toEqual(run(asArrays(packed)));
  });

  it("reads an array of rows as it is at each run, even when changed in between", () => {
    const rows: CellValue[][] = [
      ["Наименование ОО", "Численность педагогических работников", "Прошли КПК"],
      ["МБОУ «СОШ №10» ИГОСК", 30, 14],
    ];
    const share = () => analyzeSheets([{ name: "ОО", rows }]).schools[0].kpk.share;
    expect(share()).toBe(14 / 30);
    rows[1][2] = 15;
    expect(share()).toBe(0.5);
  });

  it("applies a corrected mapping to packed rows, which stay packed", async () => {
    const packed = await loadWorkbook();
    const mappings = proposeMapping(packed);
    const fromPacked = applyMapping(packed, mappings);
    const fromArrays = applyMapping(asArrays(packed), mappings);
    expect(fromPacked.sheets.every((s) => s.rows instanceof PackedRows)).toBe(true);
    expect(fromPacked.sheets.map(rowsOf)).toEqual(fromArrays.sheets.map(rowsOf));
    expect(run(fromPacked)).toEqual(run(packed));
  });
});
