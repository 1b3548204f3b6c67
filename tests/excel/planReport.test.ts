import fc from "fast-check";
import { buildReport, type ReportModel } from "../../src/engine";
import { OP_BYTES, packBatches, planGrids, type Grid } from "../../src/excel/planReport";
import { loadWorkbook, run } from "../helpers/loadDemo";

function grid(rowBytes: number[], heights: (number | null)[]): Grid {
  return {
    sheet: 0,
    row: 0,
    col: 0,
    width: 1,
    values: rowBytes.map(() => [""]),
    formats: null,
    heights,
    rowBytes,
  };
}

const gridArbitrary = fc
  .array(
    fc.record({
      bytes: fc.integer({ min: 1, max: 20_000 }),
      height: fc.constantFrom(null, 15, 30),
    }),
    {
      minLength: 1,
      maxLength: 60,
    },
  )
  .map((rows) =>
    grid(
      rows.map((r) => r.bytes),
      rows.map((r) => r.height),
    ),
  );

describe("packBatches", () => {
  it("never puts more than the budget in a batch, and writes every row once, in order", () => {
    fc.assert(
      fc.property(
        fc.array(gridArbitrary, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 30_000, max: 200_000 }),
        fc.integer({ min: 0, max: 30_000 }),
        (grids, budget, layout) => {
          const batches = packBatches(grids, budget, layout);
          batches.forEach((pieces, i) => {
            const used = pieces.reduce((sum, p) => sum + p.bytes, i === 0 ? layout : 0);
            expect(used).toBeLessThanOrEqual(budget);
          });
          for (const g of grids) {
            const pieces = batches.flat().filter((p) => p.grid === g);
            expect(pieces[0].from).toBe(0);
            pieces.forEach((p, i) => expect(p.from).toBe(i === 0 ? 0 : pieces[i - 1].to));
            expect(pieces[pieces.length - 1].to).toBe(g.values.length);
          }
        },
      ),
    );
  });

  it("counts a row height action only where the height changes", () => {
    const [[piece]] = packBatches([grid([10, 10, 10, 10], [15, 15, 30, null])], 1_000_000, 0);
    expect(piece.bytes).toBe(3 * OP_BYTES + 40 + 2 * 2 * OP_BYTES);
  });

  it("packs a small report into one batch after the layout", () => {
    expect(packBatches([grid([100, 100], [15, 15])], 4_000_000, 100_000)).toHaveLength(1);
  });

  it("fails on a row larger than a whole request", () => {
    expect(() => packBatches([grid([10, 50_000], [null, null])], 40_000, 0)).toThrow(
      /exceeds the request budget/,
    );
  });
});

describe("planGrids", () => {
  let model: ReportModel;
  beforeAll(async () => {
    model = buildReport(run(await loadWorkbook()));
  });

  it("makes one grid per block, header and total rows included", () => {
    const { grids } = planGrids(model);
    const blocks = model.sheets.flatMap((s) => s.blocks);
    expect(grids).toHaveLength(blocks.length);
    blocks.forEach((block, i) => {
      const rows =
        block.kind === "table" ? 1 + block.rows.length + (block.total ? 1 : 0) : block.lines.length;
      expect(grids[i].values).toHaveLength(rows);
      expect(grids[i].heights).toHaveLength(rows);
    });
  });

  it("folds the single-cell formats into the grids (the date of the settings on «Сводка»)", () => {
    const { grids, looseFormats } = planGrids(model);
    const summary = model.sheets[0];
    const date = summary.cellFormats!.find((f) => f.format === "dd.mm.yyyy")!;
    const holder = grids.find(
      (g) =>
        g.sheet === 0 && date.row >= g.row && date.row < g.row + g.values.length && g.width > 1,
    )!;
    expect(holder.formats![date.row - holder.row][date.col - holder.col]).toBe("dd.mm.yyyy");
    expect(looseFormats).toEqual([]);
  });

  it("leaves the header row without number formats and the data rows with the column's", () => {
    const { grids } = planGrids(model);
    const kpk = model.sheets.findIndex((s) => s.name === "КПК");
    const table = grids.find((g) => g.sheet === kpk && g.width > 1)!;
    expect(table.formats![0].every((code) => code === null)).toBe(true);
    expect(table.formats![1][4]).toBe("0.0%");
  });

  it("keeps single-cell formats outside every block to be written on their own", () => {
    const lone: ReportModel = {
      sheets: [{ ...model.sheets[0], cellFormats: [{ row: 500, col: 9, format: "0.0%" }] }],
    };
    expect(planGrids(lone).looseFormats).toEqual([{ sheet: 0, row: 500, col: 9, format: "0.0%" }]);
  });
});
