import type { CellValue, SheetInput } from "../../../src/engine";
import { detectFisokoLayout } from "../../../src/engine/read/fisoko/detectFisokoLayout";
import { readJournal } from "../../../src/engine/read/fisoko/readJournal";
import { ProblemLog } from "../../../src/engine/read/ProblemLog";

const HEADER: CellValue[] = [
  "Группы участников",
  "Кол-во участников(всего)",
  "Понизили (Отм. ‹ Отм. по журналу) %",
  "Понизили (Отм. ‹ Отм. по журналу) Кол-во участников",
  "Подтвердили (Отм. = Отм. по журналу) %",
  "Подтвердили (Отм. = Отм. по журналу) Кол-во участников",
  "Повысили (Отм. › Отм. по журналу) %",
  "Повысили (Отм. › Отм. по журналу) Кол-во участников",
];

function journal(row: CellValue[], header = HEADER) {
  const sheet: SheetInput = { name: "Сравнение", rows: [header, row] };
  const problems = new ProblemLog();
  const values = readJournal(sheet, detectFisokoLayout(sheet)!, 1, problems);
  return { values, problems: problems.items.map((p) => `${p.severity} ${p.cell} ${p.code}`) };
}

describe("readJournal converts a school's comparison with the journal to shares", () => {
  it("12,5 % lowered, 81,25 % confirmed, 6,25 % raised of 96", () => {
    const { values, problems } = journal(["СОШ", 96, 12.5, 12, "81,25", 78, 6.25, 6]);
    expect(values.participants).toBe(96);
    expect(values.lowered).toBeCloseTo(0.125, 12);
    expect(values.confirmed).toBeCloseTo(0.8125, 12);
    expect(values.raised).toBeCloseTo(0.0625, 12);
    expect(problems).toEqual([]);
  });

  it("shares adding up to 99,99 by rounding are read", () => {
    expect(journal(["СОШ", 21, 4.76, 1, 85.71, 18, 9.52, 2]).problems).toEqual([]);
  });

  it("shares adding up to 90: an error at «Понизили», and the three are left out", () => {
    const { values, problems } = journal(["СОШ", 20, 10, 2, 70, 14, 10, 2]);
    expect(problems).toEqual(["error C2 fisokoShareSum"]);
    expect(values).toEqual({ participants: 20, lowered: null, confirmed: null, raised: null });
  });

  it("without «Повысили»: the other two are read, unchecked", () => {
    const { values } = journal(["СОШ", 20, 10, 2, 70, 14], HEADER.slice(0, 6));
    expect(values.raised).toBeNull();
    expect(values.confirmed).toBeCloseTo(0.7, 12);
  });
});
