import { reasonsFormula } from "../../../src/engine/formulas/reasonsFormula";
import { riskFormula } from "../../../src/engine/formulas/riskFormula";
import type { Results } from "../../../src/engine";
import { indicatorHeaders, indicatorRow } from "../../helpers/indicatorRow";
import { loadWorkbook, run } from "../../helpers/loadDemo";

// Each school of the demo district is written as a row of indicators (its figures from the
// CLI's results), and SHNOR.RISK / SHNOR.REASONS must reach the CLI's status and reasons: the
// row goes through the same INDICATORS, riskLevels and classify.

const TODAY = "2022-03-31";
const RISK_OF_STATUS: Record<string, string> = {
  shnor: "высокий",
  risk: "средний",
  normal: "низкий",
  insufficient: "н/д",
};

describe("a row of indicators reaches the status of the whole-workbook run", () => {
  let results: Results;
  beforeAll(async () => {
    results = run(await loadWorkbook(), TODAY);
  });

  it("covers every status in the demo district", () => {
    const statuses = new Set(results.schools.map((s) => s.status));
    expect([...statuses].sort()).toEqual(["insufficient", "normal", "risk", "shnor"]);
  });

  it("gives every school its CLI status as a level of risk", () => {
    const headers = [indicatorHeaders(results.year!)];
    const levels = results.schools.map((s) => {
      const outcome = riskFormula([indicatorRow(s)], headers, null, TODAY);
      return `${s.name}: ${outcome.ok ? outcome.value : outcome.message}`;
    });
    expect(levels).toEqual(results.schools.map((s) => `${s.name}: ${RISK_OF_STATUS[s.status]}`));
  });

  it("gives every classified school its CLI reasons, word for word", () => {
    const headers = [indicatorHeaders(results.year!)];
    const classified = results.schools.filter((s) => s.status !== "insufficient");
    const reasons = classified.map((s) => {
      const outcome = reasonsFormula([indicatorRow(s)], headers, null, TODAY);
      return outcome.ok ? outcome.value : outcome.message;
    });
    // A row of indicators has no counts of participants: R5 tells its rise in points only,
    // where the workbook's run adds the students.
    const withoutStudents = (reason: string) => reason.replace(/; не преодолели порог [^)]*/, "");
    expect(reasons).toEqual(
      classified.map((s) =>
        s.reasons.length > 0 ? s.reasons.map(withoutStudents).join("; ") : "—",
      ),
    );
  });
});
