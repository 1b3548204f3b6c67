import { readRow } from "../../../src/engine/formulas/readRow";
import { rowColumns } from "../../../src/engine/formulas/rowColumns";
import { syntheticContext } from "../../../src/engine/formulas/syntheticContext";
import { INDICATORS } from "../../../src/engine/indicators/INDICATORS";
import { defaultSettings } from "../../../src/engine/settings";
import type { CellValue } from "../../../src/engine/types";

// A row may give I2's and I3's shares as they are, or the counts they come from: the context
// answers continuation() and olympiadShare() either way, and the indicators read only those.

const SETTINGS = defaultSettings("2022-03-31");
const indicator = (code: string) => INDICATORS.find((i) => i.code === code)!;

function contextOf(headers: string[], cells: CellValue[]) {
  const outcome = readRow(cells, rowColumns(headers), SETTINGS);
  if (!outcome.ok) throw new Error(outcome.message);
  return syntheticContext(outcome.value.figures);
}

describe("shares of I2 and I3 on a row", () => {
  const SHARES = ["Доля продолживших обучение в 10 классе", "Доля участников олимпиад"];
  const COUNTS = [
    "Выпускники 9 классов",
    "Продолжили обучение в 10 классе",
    "Численность обучающихся",
    "Участники региональных и заключительных этапов олимпиад за 3 года",
  ];

  it("gives a share column to I2 and I3 as is: 55 % and 0,3 %", () => {
    const ctx = contextOf(SHARES, ["55%", "0,3%"]);
    expect(ctx.continuation()).toBe(0.55);
    expect(ctx.olympiadShare()).toBe(0.003);
    expect(indicator("I2").compute(ctx)).toMatchObject({ met: true, value: 0.55 });
    expect(indicator("I3").compute(ctx)).toMatchObject({ met: true, value: 0.003 });
  });

  it("leaves the counts of the school record as the row gives them, none made up", () => {
    const ctx = contextOf(SHARES, ["55%", "0,3%"]);
    const { grads9, cont10, students, olympiad3y } = ctx.school;
    expect([grads9, cont10, students, olympiad3y]).toEqual([null, null, null, null]);
  });

  it("counts the shares from the counts when the row gives both: 20 of 40 and 2 of 400", () => {
    const ctx = contextOf(COUNTS, [40, 20, 400, 2]);
    expect(ctx.continuation()).toBe(0.5);
    expect(ctx.olympiadShare()).toBe(0.005);
  });

  it("prefers both counts to a share given beside them", () => {
    const ctx = contextOf([...COUNTS, ...SHARES], [40, 30, 400, 40, "55%", "0,3%"]);
    expect(ctx.continuation()).toBe(0.75);
    expect(ctx.olympiadShare()).toBe(0.1);
  });

  it("takes the share when only one of its counts is given", () => {
    const ctx = contextOf(
      ["Выпускники 9 классов", "Численность обучающихся", ...SHARES],
      [40, 400, "55%", "0,3%"],
    );
    expect(ctx.continuation()).toBe(0.55);
    expect(ctx.olympiadShare()).toBe(0.003);
  });

  it("is null with neither a share nor both counts: I2 and I3 are not computed", () => {
    const ctx = contextOf(["Выпускники 9 классов"], [40]);
    expect(ctx.continuation()).toBeNull();
    expect(ctx.olympiadShare()).toBeNull();
    expect(indicator("I2").compute(ctx).met).toBeNull();
    expect(indicator("I3").compute(ctx).met).toBeNull();
  });

  it("is null when the whole is 0: no graduates of grade 9", () => {
    expect(contextOf(COUNTS, [0, 0, 0, 0]).continuation()).toBeNull();
  });

  it("leaves I2 out for a school without grade 10 even with a share given (A-10)", () => {
    const ctx = contextOf(["Уровень", ...SHARES], ["ООШ", "55%", "0,3%"]);
    expect(indicator("I2").compute(ctx).met).toBeNull();
  });
});
