import { formatPercent, formatRank } from "../../../src/engine";

// DECISIONS B-07: one decimal, two below 1 %, a comma and a space before «%».
describe.each([
  { share: 0.4667, text: "46,7 %" },
  { share: 0.041, text: "4,1 %" },
  { share: 0.6, text: "60,0 %" },
  { share: 1, text: "100,0 %" },
  { share: 0, text: "0,0 %" },
  { share: 0.005, text: "0,50 %" },
  { share: 0.0042, text: "0,42 %" },
  { share: 0.0125, text: "1,3 %" },
  { share: -0.003, text: "-0,30 %" },
])("formatPercent($share)", ({ share, text }) => {
  it(`is «${text}»`, () => expect(formatPercent(share)).toBe(text));
});

describe("formatPercent with its decimals given", () => {
  it("keeps a setting's round figure round", () => expect(formatPercent(0.2, 0)).toBe("20 %"));
});

describe("formatRank", () => {
  it("writes the composite as a rank out of 100", () => {
    expect(formatRank(0.0975)).toBe("9,8");
    expect(formatRank(0.12)).toBe("12");
  });
});
