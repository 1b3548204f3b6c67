import { readFileSync } from "node:fs";
import {
  currentFunctionsTable,
  README_FILE,
  TABLE_END,
  TABLE_START,
} from "../../scripts/functionsTable";

describe("README.md's function reference", () => {
  it("is what `npm run docs:functions` makes from the metadata, so it cannot drift", async () => {
    const readme = readFileSync(README_FILE, "utf8");
    const start = readme.indexOf(TABLE_START) + TABLE_START.length;
    const end = readme.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(TABLE_START.length - 1);
    expect(readme.slice(start, end).trim()).toBe(await currentFunctionsTable());
  });

  it("lists every function by its English and Russian name", async () => {
    const table = await currentFunctionsTable();
    expect(table).toContain("`SHNOR.KPK_SHARE(completed, total)`");
    expect(table).toContain("`ШНОР.КПК_ДОЛЯ(прошли_КПК; педагогов)`");
    expect(table).toContain("`ШНОР.КЛАССИФИКАЦИЯ(ОО; результаты; [параметры]; [педагоги])`");
    expect(table.split("\n")).toHaveLength(2 + 14);
  });
});
