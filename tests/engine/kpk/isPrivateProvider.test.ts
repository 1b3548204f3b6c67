import { isPrivateProvider } from "../../../src/engine/kpk/isPrivateProvider";

describe("isPrivateProvider sees a private legal form in a provider name (METHOD-NOTES 4)", () => {
  it.each([
    "ООО «Инфоурок»",
    'ооо "Центр онлайн-обучения"',
    "АНО ДПО «Платформа»",
    "ЧУ ДПО «Институт повышения квалификации»",
    "ИП Смирнова Е.А.",
    "Общество с ограниченной ответственностью «Знанио»",
  ])("takes %p for private", (provider) => {
    expect(isPrivateProvider(provider)).toBe(true);
  });

  it.each([
    "ГБУ ДПО «ЦНППМ»",
    "ФГБУ «ФИОКО»",
    "ФГАОУ ВО «Государственный университет просвещения»",
    "СКИРО ПК и ПРО",
    "МБУ ДПО «Информационно-методический центр»",
  ])("takes %p for a state or municipal provider", (provider) => {
    expect(isPrivateProvider(provider)).toBe(false);
  });
});
