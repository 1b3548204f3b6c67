import type { Results } from "../../../src/engine";
import { officialDifferences } from "../../../src/engine/report/officialDifferences";
import { loadWorkbook, run } from "../../helpers/loadDemo";

let results: Results;
beforeAll(async () => {
  results = run(await loadWorkbook());
});

const summary = (r: Results) =>
  officialDifferences(r).map((d) => `${d.direction} ${d.school.name}: ${d.reason}`);

describe("the computed ШНОР against the official marks of ОО, both ways", () => {
  it("lists the demo's 500+ schools not computed ШНОР and the computed ШНОР without a mark", () => {
    expect(summary(results)).toEqual([
      "computedOnly МКОУ «СОШ №4» ИГОСК: по расчёту — ШНОР (I1, I2, I3, R1, R2, R6), официальной отметки нет",
      "officialOnly МБОУ «СОШ №10» ИГОСК: по расчёту — «Зона риска»: I1 выполнен, но нет подтверждающих показателей",
      "computedOnly МКОУ «ООШ №14» ИГОСК: по расчёту — ШНОР (I1, I3, R1, R2), официальной отметки нет",
      "officialOnly МБОУ «СОШ №18» ИГОСК: по расчёту — «Зона риска»: школа не входит в нижние 20 % по результатам (I1)",
    ]);
  });

  it("leaves out the schools where both agree: 500+ and computed ШНОР", () => {
    const names = officialDifferences(results).map((d) => d.school.name);
    expect(names).not.toContain("МКОУ «СОШ №12» ИГОСК");
    expect(names).not.toContain("МКОУ «СОШ №24» ИГОСК");
  });

  it("compares nothing when ОО gives no official marks", () => {
    const unmarked = {
      ...results,
      schools: results.schools.map((s) => ({ ...s, official: null })),
    };
    expect(officialDifferences(unmarked)).toEqual([]);
  });

  it("names a computed ШНОР school whose official mark says otherwise", () => {
    const schools = results.schools.map((s) =>
      s.name === "МКОУ «СОШ №4» ИГОСК" ? { ...s, official: "норма" } : s,
    );
    expect(summary({ ...results, schools })).toContain(
      "computedOnly МКОУ «СОШ №4» ИГОСК: по расчёту — ШНОР (I1, I2, I3, R1, R2, R6), официально — «норма»",
    );
  });
});
