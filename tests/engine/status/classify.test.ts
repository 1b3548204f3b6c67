import { defaultSettings } from "../../../src/engine";
import { classify, type StatusInputs } from "../../../src/engine/status/classify";

const settings = defaultSettings("2022-03-31");
const none = [false, false, false, false, null, null, null, null];

/** The counts classify takes, from the outcomes of the eight confirming indicators. */
const confirming = (outcomes: readonly (boolean | null)[]) => ({
  confirmingMet: outcomes.filter((m) => m === true).length,
  confirmingComputed: outcomes.filter((m) => m !== null).length,
});

const inputs = (
  given: Partial<Omit<StatusInputs, "confirmingMet" | "confirmingComputed">> & {
    confirming?: readonly (boolean | null)[];
  },
): StatusInputs => ({
  lowest: false,
  trendMet: false,
  highFactors: 0,
  ...given,
  ...confirming(given.confirming ?? none),
});

const status = (given: Parameters<typeof inputs>[0]) => classify(inputs(given), settings).status;

describe("classify applies the rules of SPEC 4.4 in the order of DECISIONS A-36", () => {
  it("gives ШНОР to I1 with one confirming indicator", () => {
    expect(status({ lowest: true, confirming: [true, ...none.slice(1)] })).toBe("shnor");
  });

  it("gives the risk zone to I1 alone", () => {
    expect(status({ lowest: true })).toBe("risk");
  });

  it("gives the risk zone to two confirming indicators, or a falling trend", () => {
    expect(status({ confirming: [true, true, ...none.slice(2)] })).toBe("risk");
    expect(status({ trendMet: true })).toBe("risk");
  });

  it("gives the risk zone to 3 high risk factors, and not to 2", () => {
    expect(status({ highFactors: 3 })).toBe("risk");
    expect(status({ highFactors: 2 })).toBe("normal");
  });

  it("ignores risk factors when I1 is н/д (A-35)", () => {
    expect(status({ lowest: null, highFactors: 5 })).toBe("insufficient");
  });

  it("needs I1 and 4 of the 8 other indicators computed for «норма» (A-34)", () => {
    expect(status({})).toBe("normal");
    expect(status({ confirming: [false, false, false, null, null, null, null, null] })).toBe(
      "insufficient",
    );
  });

  it("counts the confirming indicators met", () => {
    const outcome = classify(
      inputs({ lowest: true, confirming: [true, true, false, ...none.slice(3)] }),
      settings,
    );
    expect(outcome).toEqual({ status: "shnor", confirming: 2, factorsCount: false });
  });

  it("says when the risk factors alone put a school in the risk zone", () => {
    expect(classify(inputs({ highFactors: 3 }), settings).factorsCount).toBe(true);
    expect(classify(inputs({ lowest: true, highFactors: 3 }), settings).factorsCount).toBe(true);
    expect(classify(inputs({ highFactors: 2 }), settings).factorsCount).toBe(false);
  });
});
