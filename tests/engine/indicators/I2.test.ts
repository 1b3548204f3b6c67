import { indicator } from "../../helpers/indicatorContext";

const cells = {
  cell: (key: string) =>
    ({ grads9: { sheet: "ОО", cell: "F3" }, cont10: { sheet: "ОО", cell: "G3" } })[key],
};

describe("I2: fewer than 60 % of grade 9 graduates go on to grade 10", () => {
  it("is met for 20 of 50 (0,4), citing the ОО cells of both counts", () => {
    expect(indicator("I2", { school: { grads9: 50, cont10: 20, cells } })).toEqual({
      met: true,
      value: 0.4,
      threshold: 0.6,
      sources: ["ОО!G3", "ОО!F3"],
    });
  });

  it("is not met at exactly 60 %: 30 of 50", () => {
    const i2 = indicator("I2", { school: { grads9: 50, cont10: 30 } });
    expect([i2.met, i2.value]).toEqual([false, 0.6]);
  });

  it.each([
    ["a school without grade 10", { grads9: 50, cont10: 20, hasGrade10: false }],
    ["no graduates", { grads9: 0, cont10: 0 }],
    ["no continuation count", { grads9: 50 }],
    ["no graduates count", { cont10: 20 }],
  ])("is н/д for %s", (_case, school) => {
    expect(indicator("I2", { school })).toEqual({
      met: null,
      value: null,
      threshold: 0.6,
      sources: [],
    });
  });
});
