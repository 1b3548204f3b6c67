import { localityKey } from "../../../src/engine/text/localityKey";
import { schoolKey } from "../../../src/engine/text/schoolKey";

describe("the locality of a school name is the place after its marker (DECISIONS B-03)", () => {
  // The key keeps each word's stem, as it does of a proper name: a place in any case agrees.
  it.each<[string, string, string | null]>([
    ["a village after «с.»", "МБОУ «СОШ №2 с. Гехи»", "ГЕХ"],
    ["no space after the dot", "МКОУ «ООШ с.Алхазурово»", "АЛХАЗУРОВ"],
    ["a hyphenated town", "МБОУ «СОШ №2 г. Урус-Мартан»", "УРУС-МАРТАН"],
    ["a town in the genitive", "МБОУ «СОШ №2 г. Урус-Мартана»", "УРУС-МАРТАН"],
    ["an adjective town in the genitive", "МБОУ «СОШ №5 г. Грозного»", "ГРОЗН"],
    ["the same town in the nominative", "СОШ №5 г. Грозный", "ГРОЗН"],
    ["spaces around the hyphen", "СОШ №2 г. Урус - Мартан", "УРУС-МАРТАН"],
    ["upper case", "ООШ С. АЛХАЗУРОВО", "АЛХАЗУРОВ"],
    ["«ё» read as «е»", "СОШ №1 с. Берёзовка", "БЕРЕЗОВК"],
    ["a Latin «c.» and a Latin «A» in the place", "ООШ c. Aлхазурово", "АЛХАЗУРОВ"],
    ["«пгт» without a dot", "СОШ №1 пгт Ильинский", "ИЛЬИНСК"],
    ["«рп»", "СОШ №3 рп Ишеевка", "ИШЕЕВК"],
    ["«аул»", "СОШ №1 аул Хакуринохабль", "ХАКУРИНОХАБЛЬ"],
    ["«ст.» for a stanitsa", "СОШ №3 ст. Ессентукская", "ЕССЕНТУКСК"],
    ["«д.»", "ООШ д. Ивановка", "ИВАНОВК"],
    ["«х.»", "СОШ №4 х. Весёлый", "ВЕСЕЛ"],
    ["«пос.»", "ООШ пос. Рассвет", "РАССВЕТ"],
    ["«п.» without a space", "СОШ п.Рассвет", "РАССВЕТ"],
    ["an adjective and its noun", "СОШ с. Новый Путь", "НОВ ПУТЬ"],
    ["the place, not the district after it", "СОШ №1 с. Красное Курского района", "КРАСН"],
    ["the place, not the school's own adjective", "п. Октябрьский Октябрьская СОШ", "ОКТЯБРЬСК"],
    ["no locality: «с» without a dot is a preposition", "СОШ №5 с углублённым изучением", null],
    ["no locality: initials «А.С.»", "Лицей им. А.С. Пушкина", null],
    ["no locality: «г.о.» names no place by itself", "МБОУ СОШ №5 г.о. Тольятти", null],
    ["no locality at all", "МБОУ «СОШ №10» ИГОСК", null],
  ])("%s: %p → %p", (_what, name, locality) => {
    expect(schoolKey(name).locality).toBe(locality);
  });

  it("takes the place name out of the proper name: «п. Октябрьский» is no school name", () => {
    expect(schoolKey("п. Октябрьский Октябрьская СОШ").proper).toBe("ОКТЯБРЬСК");
    expect(schoolKey("СОШ п. Октябрьский").proper).toBeNull();
  });
});

describe("localityKey reads a «Населённый пункт» cell as a name's locality (B-03)", () => {
  // «ГЕХ»: the stem of «Гехи», as the key of «СОШ №2 с. Гехи» has it.
  it.each<[string, string | null]>([
    ["с. Гехи", "ГЕХ"],
    ["Гехи", "ГЕХ"],
    ["село  гёхи", "ГЕХ"],
    ["с Гехи", "ГЕХ"],
    ["г.Урус-Мартан", "УРУС-МАРТАН"],
    ["", null],
    ["—", null],
  ])("%p → %p", (cell, locality) => {
    expect(localityKey(cell)).toBe(locality);
  });

  it("gives the key the name would have: «с. Гехи» in a name and in the column agree", () => {
    expect(localityKey("с. Гехи")).toBe(schoolKey("СОШ №2 с. Гехи").locality);
  });
});
