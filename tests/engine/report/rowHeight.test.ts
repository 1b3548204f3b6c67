import fc from "fast-check";
import { rowHeight, wrappedLines } from "../../../src/engine/report/rowHeight";

describe("wrappedLines: a paragraph wrapped at spaces, as Excel wraps it", () => {
  it.each([
    // The plan's header in a column of 13 characters, bold: 10 a line. «Срок следующего» is
    // 15 characters, so each word takes a line of its own: 3, where 19 / 10 gives 2.
    ["Срок следующего КПК", 10, 3],
    ["Дата окончания", 10, 2],
    ["Школ", 10, 1],
    // Exactly a line: «Доля прошедших» is 14.
    ["Доля прошедших", 14, 1],
    ["Доля прошедших КПК", 14, 2],
    // A word longer than a line is cut: 25 letters in lines of 10 take 3, and «ок» fits after.
    ["Общеобразовательнаяшкола1 ок", 10, 3],
    ["Общеобразовательнаяшкола1 окончание", 10, 4],
    // Repeated spaces do not make empty words.
    ["а  б   в", 3, 2],
    ["", 10, 1],
  ])("%j in lines of %i takes %i", (text, perLine, lines) => {
    expect(wrappedLines(text, perLine)).toBe(lines);
  });

  const words = fc.array(
    fc.string({ unit: fc.constantFrom("а", "б", "№"), minLength: 1, maxLength: 30 }),
    {
      minLength: 1,
      maxLength: 12,
    },
  );

  it("never takes fewer lines than its characters need, nor more than its words and cuts", () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 4, max: 40 }), (list, perLine) => {
        const text = list.join(" ");
        const lines = wrappedLines(text, perLine);
        // Each line holds at most perLine characters and each break drops at most one space.
        expect(lines * perLine + (lines - 1)).toBeGreaterThanOrEqual(text.length);
        const most = list.reduce((n, w) => n + Math.ceil(w.length / perLine), 0);
        expect(lines).toBeLessThanOrEqual(most);
      }),
    );
  });

  it("takes no more lines in a wider column", () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 4, max: 40 }), (list, perLine) => {
        const text = list.join(" ");
        expect(wrappedLines(text, perLine + 1)).toBeLessThanOrEqual(wrappedLines(text, perLine));
      }),
    );
  });
});

describe("rowHeight", () => {
  it("gives the plan's header three lines in its 13-character column", () => {
    // 3 lines × 13,5 pt + 2 = 42,5 → 43.
    expect(rowHeight([{ text: "Срок следующего КПК", width: 13 }], true)).toBe(43);
  });

  it("counts each line of a text with line breaks, and the tallest cell decides", () => {
    const one = { text: "Школа", width: 20 };
    const three = { text: "первая\nвторая\nтретья", width: 20 };
    // 1 line: 13,5 + 2 = 15,5 → 16; 3 lines: 42,5 → 43.
    expect(rowHeight([one])).toBe(16);
    expect(rowHeight([one, three])).toBe(43);
  });
});
