import { readFisokoFiles } from "../../../src/cli/readFisokoFiles";
import { analyze, buildReport, type ReportSheet, type TableBlock } from "../../../src/engine";
import { useFisokoFixtures } from "../../helpers/fisoko";
import { loadWorkbook } from "../../helpers/loadDemo";

const fixtures = useFisokoFixtures();
const tables = (sheet: ReportSheet) =>
  sheet.blocks.filter((b): b is TableBlock => b.kind === "table");

describe("the region's list of non-objective ВПР results in the report", () => {
  it("stands beside the product's own signals, in its own column and its own table", async () => {
    const workbook = await loadWorkbook(fixtures().district);
    const extraSheets = (await readFisokoFiles([fixtures().exports])).sheets;
    const outcome = analyze(workbook, { today: "2022-03-31", asOf: "2022-03-31", extraSheets });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    const listed = outcome.results.schools.filter((s) => s.officialVprList.length > 0);
    expect(listed.length).toBeGreaterThan(0);
    const model = buildReport(outcome.results);

    const statuses = tables(model.sheets.find((s) => s.name === "Статусы ОО")!)[0];
    const column = statuses.header.indexOf("Региональный список ВПР");
    const byName = new Map(statuses.rows.map((r) => [r[1], r[column]]));
    for (const school of listed) expect(byName.get(school.name)).toMatch(/^\d{4}: /);

    const vpr = tables(model.sheets.find((s) => s.name === "Объективность ВПР")!);
    expect(vpr).toHaveLength(2);
    expect(vpr[1].rows.map((r) => r[0])).toEqual(expect.arrayContaining(listed.map((s) => s.name)));
    // The product's own table keeps its own flags only.
    expect(vpr[0].rows).toHaveLength(outcome.results.vprObjectivity.length);
  });
});
