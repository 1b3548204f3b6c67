import { writingMemory } from "../../src/cli/writingMemory";
import { buildReport, type ReportModel } from "../../src/engine";
import { loadWorkbook, run } from "../helpers/loadDemo";

describe("writingMemory", () => {
  it("counts 1 400 bytes per cell: the header, the rows and the total of a table, a text's lines", () => {
    const model = {
      sheets: [
        {
          name: "Лист",
          blocks: [
            {
              kind: "table",
              row: 0,
              col: 0,
              header: ["ОО", "Доля"],
              rows: [
                ["А", 0.5],
                ["Б", 1],
              ],
            },
            { kind: "text", row: 6, col: 0, lines: ["Первая", "Вторая", "Третья"] },
          ],
        },
      ],
    } as unknown as ReportModel;
    // (2 rows + header + total) × 2 columns + 3 lines = 11 cells.
    expect(writingMemory(model)).toBe(11 * 1_400);
  });

  it("gives the demo's report a few megabytes", async () => {
    const need = writingMemory(buildReport(run(await loadWorkbook())));
    expect(need).toBeGreaterThan(4_000 * 1_400);
    expect(need).toBeLessThan(8_000 * 1_400);
  });
});
