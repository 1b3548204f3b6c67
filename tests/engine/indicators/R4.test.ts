import { indicator, type ExamRow } from "../../helpers/indicatorContext";

const rows = (subject: string, participants: readonly number[]): ExamRow[] =>
  [3.9, 3.7, 3.4].map((mean, k) => ({
    procedure: "ОГЭ",
    subject,
    year: 2020 + k,
    participants: participants[k],
    mean,
  }));

describe("R4: the ОГЭ mean in mathematics falls two years running", () => {
  it("is met for 3,9 → 3,7 → 3,4", () => {
    const r4 = indicator("R4", { exams: rows("математика", [20, 22, 25]) });
    expect([r4.met, r4.value]).toEqual([true, [3.9, 3.7, 3.4]]);
  });

  it("does not look at the means in Russian", () => {
    expect(indicator("R4", { exams: rows("русский язык", [20, 22, 25]) }).met).toBeNull();
  });

  it("is н/д when a year has 4 participants, below minParticipants 5", () => {
    expect(indicator("R4", { exams: rows("математика", [20, 4, 25]) }).met).toBeNull();
  });
});
