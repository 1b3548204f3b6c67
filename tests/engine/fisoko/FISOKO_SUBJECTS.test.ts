import { subjectOfCode } from "../../../src/engine/read/fisoko/FISOKO_SUBJECTS";

describe("subjectOfCode reads the subject codes of sheet names and markers", () => {
  it.each<[string, string | null]>([
    ["РУ", "русский язык"],
    ["ма", "математика"],
    ["MA", "математика"],
    ["ОМ", "окружающий мир"],
    ["АЯ", "английский язык"],
    ["ЖЖ", null],
  ])("%s", (code, subject) => {
    expect(subjectOfCode(code)).toBe(subject);
  });
});
