import { schoolKey, type SchoolKey } from "../../../src/engine/text/schoolKey";

const key = (
  kind: SchoolKey["kind"],
  number: string | null,
  proper: string | null,
  locality: string | null = null,
): SchoolKey => ({ kind, number, proper, locality });

describe("schoolKey keeps kind, number and proper name, and nothing else (DECISIONS A-14)", () => {
  it.each([
    ["МБОУ «СОШ №10» ИГОСК", key("средняя", "10", null)],
    ["МБОУ СОШ №10 ИГОСК", key("средняя", "10", null)],
    ["МБОУ COШ N 10 ИГОСК", key("средняя", "10", null)],
    ["Средняя школа № 30", key("средняя", "30", null)],
    ["Основная школа № 14", key("основная", "14", null)],
    ["МКОУ «ООШ №6» ИГОСК", key("основная", "6", null)],
    ["МКОУ «НОШ №3»", key("начальная", "3", null)],
    ["МБОУ «Гимназия №2» ИГОСК", key("гимназия", "2", null)],
    ["МБОУ «Лицей №8» ИГОСК", key("лицей", "8", null)],
    ["Кадетская школа №1", key("кадетская", "1", null)],
    ["МОУ № 2", key(null, "2", null)],
    ["МОУ СОШ № 07", key("средняя", "7", null)],
    ["Таежнинская школа №20", key(null, "20", "ТАЕЖНИНСК")],
    ["Таежнинская СШ №20", key("средняя", "20", "ТАЕЖНИНСК")],
    ["МКОУ Таежнинской СШ №20", key("средняя", "20", "ТАЕЖНИНСК")],
    ["БСШ №3", key("средняя", "3", "Б")],
    ["МКОУ БСШ №3", key("средняя", "3", "Б")],
    ["Богучанская СШ №3", key("средняя", "3", "БОГУЧАНСК")],
    ["МБОУ «Хребтовская СОШ» с. Хребтовое", key("средняя", null, "ХРЕБТОВСК", "ХРЕБТОВ")],
    ["Гимназия №2 г. Изобильный", key("гимназия", "2", null, "ИЗОБИЛЬН")],
    ["МБОУ «Средняя общеобразовательная школа №5»", key("средняя", "5", null)],
    ["Школа", key(null, null, null)],
    ["МБОУ «Средней школы №5»", key("средняя", "5", null)],
    ["Основной общеобразовательной школы №3", key("основная", "3", null)],
    ["Начальную школу №2", key("начальная", "2", null)],
    // A place name beginning like a kind word stays the proper name.
    ["МБОУ «Среднеахтубинская СОШ №1»", key("средняя", "1", "СРЕДНЕАХТУБИНСК")],
    ["МБОУ «СОШ №4» Среднепетровский МР", key("средняя", "4", "СРЕДНЕПЕТРОВСК")],
    ["Основинская ООШ", key("основная", null, "ОСНОВИНСК")],
  ])("gives %p the key %o", (name, expected) => {
    expect(schoolKey(name)).toEqual(expected);
  });

  it("ignores the legal form: МБОУ and МКОУ «СОШ №5» share a key", () => {
    expect(schoolKey("МБОУ «СОШ №5»")).toEqual(schoolKey("МКОУ «СОШ №5»"));
  });

  it("ignores «им.»: «Лицей им. Пушкина» and «Лицей им. Лермонтова» share a key", () => {
    expect(schoolKey("Лицей им. Пушкина")).toEqual(key("лицей", null, null));
    expect(schoolKey("Лицей им. Лермонтова")).toEqual(schoolKey("Лицей им. Пушкина"));
  });

  it("does not expand abbreviations: «БСШ» keeps its letter «Б», not «Богучанская» (A-16)", () => {
    expect(schoolKey("БСШ №3").proper).toBe("Б");
    expect(schoolKey("Богучанская СШ №3").proper).toBe("БОГУЧАНСК");
  });
});
