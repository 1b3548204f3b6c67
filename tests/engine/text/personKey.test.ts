import fc from "fast-check";
import { normalizePerson } from "../../../src/engine/text/normalizePerson";
import { personKey } from "../../../src/engine/text/personKey";

// Pieces of a ФИО: Cyrillic letters of both cases with ё, separators, Latin look-alikes,
// characters NFKC changes, a titlecase letter, a combining diaeresis and a digit.
const PIECES = [
  "а",
  "б",
  "е",
  "я",
  "А",
  "Б",
  "Е",
  "Я",
  "ё",
  "Ё",
  "ж",
  "Ж",
  " ",
  "  ",
  ".",
  "-",
  "\u00a0",
  "\t",
  "a",
  "A",
  "e",
  "E",
  "o",
  "O",
  "ß",
  "ǅ",
  "ﬁ",
  "\u0308",
  "1",
  "ı",
];

/** The same piece written another way that a person's key may or may not ignore. */
const VARIANTS: Record<string, string[]> = {
  а: ["А", "a"],
  е: ["Е", "ё", "Ё", "e"],
  ё: ["Ё", "е", "е\u0308"],
  я: ["Я"],
  Б: ["б"],
  Ж: ["ж"],
  " ": ["  ", "\u00a0", "\t"],
  ".": [". "],
  a: ["A", "а"],
  o: ["O", "о"],
  ß: ["SS", "ss"],
};

const piece = fc.constantFrom(...PIECES);

/** A text and a look-alike of it, as a person's name is typed in two rows. */
const textAndVariant = fc.array(fc.tuple(piece, fc.nat()), { maxLength: 12 }).map((parts) => {
  const text = parts.map(([p]) => p).join("");
  const variant = parts
    .map(([p, choice]) => {
      const others = VARIANTS[p] ?? [];
      return choice % 3 === 0 || others.length === 0 ? p : others[choice % others.length];
    })
    .join("");
  return [text, variant] as const;
});

describe("personKey: one key exactly for one normalized ФИО (A-43)", () => {
  it("is the ФИО itself when it is written as usual", () => {
    for (const fio of ["Иванова Мария Петровна", "Петров-Водкин К.С.", "Ли", "И. И. Петров"])
      expect(personKey(fio)).toBe(fio);
  });

  it("is shared by the ways one person is written", () => {
    const key = personKey("Семенова Алена Петровна");
    for (const fio of [
      "СЕМЁНОВА АЛЁНА ПЕТРОВНА",
      "семенова  алена петровна",
      " Семёнова Алeна Петровна",
    ])
      expect(personKey(fio)).toBe(key);
    expect(personKey("Семенова Алена Петровн")).not.toBe(key);
  });

  it("agrees with normalizePerson on a text and its variant (property)", () => {
    fc.assert(
      fc.property(textAndVariant, ([a, b]) => {
        expect(personKey(a) === personKey(b)).toBe(normalizePerson(a) === normalizePerson(b));
      }),
      { numRuns: 5000 },
    );
  });

  it("agrees with normalizePerson on any two short texts (property)", () => {
    const text = fc.array(piece, { maxLength: 3 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(personKey(a) === personKey(b)).toBe(normalizePerson(a) === normalizePerson(b));
      }),
      { numRuns: 20000 },
    );
  });

  it("agrees with normalizePerson on any strings (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 20 }),
        fc.string({ unit: "binary", maxLength: 20 }),
        (a, b) => {
          expect(personKey(a) === personKey(b)).toBe(normalizePerson(a) === normalizePerson(b));
          expect(personKey(a)).toBe(personKey(normalizePerson(a)));
        },
      ),
    );
  });

  it("keeps a very long ФИО whole", () => {
    const fio = "Иванова ".repeat(2000) + "МАРИЯ";
    expect(personKey(fio)).toBe("Иванова ".repeat(2000) + "Мария");
  });
});
