import { hierarchyLevel, type LevelClues } from "../../../src/engine/read/fisoko/hierarchyLevel";

describe("hierarchyLevel places a row in Вся выборка → region → municipality → school", () => {
  const clues = (over: Partial<LevelClues> = {}): LevelClues => ({
    code: null,
    orgCountBlank: null,
    regionSeen: true,
    ...over,
  });
  it.each<[string, string, LevelClues, string]>([
    ["Вся выборка", "Вся выборка", clues({ orgCountBlank: false }), "total"],
    [
      "a school code",
      "МБОУ «СОШ №1»",
      clues({ code: "edu203389", orgCountBlank: false }),
      "school",
    ],
    ["a municipality code", "Город", clues({ code: "reg20_m012" }), "municipality"],
    ["a region code", "Регион", clues({ code: "reg20", regionSeen: false }), "region"],
    ["an empty «Кол-во ОО»", "Гимназия им. Пушкина", clues({ orgCountBlank: true }), "school"],
    ["school words, no «Кол-во ОО» column", "МКОУ Школа-интернат", clues(), "school"],
    ["region words", "Чеченская Республика", clues({ regionSeen: false }), "region"],
    ["municipality words", "Изобильненский городской округ", clues(), "municipality"],
    [
      "a filled «Кол-во ОО» beats school words",
      "Лицеи города",
      clues({ orgCountBlank: false, regionSeen: false }),
      "region",
    ],
    ["nothing known, first under the top", "Нечто", clues({ regionSeen: false }), "region"],
    ["nothing known, below a region", "Нечто", clues(), "municipality"],
  ])("%s", (_, name, given, level) => {
    expect(hierarchyLevel(name, given)).toBe(level);
  });
});
