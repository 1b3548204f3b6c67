import { localityKey } from "../../../src/engine/text/localityKey";
import { schoolKey } from "../../../src/engine/text/schoolKey";

describe("the locality of a school name is the place after its marker (DECISIONS B-03)", () => {
  it.each<[string, string, string | null]>([
    ["a village after «с.»", "МБОУ «СОШ №2 с. Гехи»", "ГЕХИ"],
    ["no space after the dot", "МКОУ «ООШ с.Алхазурово»", "АЛХАЗУРОВО"],
    ["a hyphenated town", "МБОУ «СОШ №2 г. Урус-Мартан»", "УРУС-МАРТАН"],
    ["spaces around the hyphen", "СОШ №2 г. Урус - Мартан", "УРУС-МАРТАН"],
    ["upper case", "ООШ С. АЛХАЗУРОВО", "АЛХАЗУРОВО"],
    ["«ё» read as «е»", "СОШ №1 с. Берёзовка", "БЕРЕЗОВКА"],
    ["a Latin «c.» and a Latin «A» in the place", "ООШ c. Aлхазурово", "АЛХАЗУРОВО"],
    ["«пгт» without a dot", "СОШ №1 пгт Ильинский", "ИЛЬИНСКИЙ"],
    ["«рп»", "СОШ №3 рп Ишеевка", "ИШЕЕВКА"],
    ["«аул»", "СОШ №1 аул Хакуринохабль", "ХАКУРИНОХАБЛЬ"],
    ["«ст.» for a stanitsa", "СОШ №3 ст. Ессентукская", "ЕССЕНТУКСКАЯ"],
    ["«д.»", "ООШ д. Ивановка", "ИВАНОВКА"],
    ["«х.»", "СОШ №4 х. Весёлый", "ВЕСЕЛЫЙ"],
    ["«пос.»", "ООШ пос. Рассвет", "РАССВЕТ"],
    ["«п.» without a space", "СОШ п.Рассвет", "РАССВЕТ"],
    ["an adjective and its noun", "СОШ с. Новый Путь", "НОВЫЙ ПУТЬ"],
    ["the place, not the district after it", "СОШ №1 с. Красное Курского района", "КРАСНОЕ"],
    ["the place, not the school's own adjective", "п. Октябрьский Октябрьская СОШ", "ОКТЯБРЬСКИЙ"],
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
  it.each<[string, string | null]>([
    ["с. Гехи", "ГЕХИ"],
    ["Гехи", "ГЕХИ"],
    ["село  гёхи", "ГЕХИ"],
    ["с Гехи", "ГЕХИ"],
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
