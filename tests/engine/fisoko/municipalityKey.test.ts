import { municipalityKey } from "../../../src/engine/read/fisoko/municipalityKey";

describe("municipalityKey keeps the proper name of a municipality", () => {
  it.each<[string, string]>([
    ["Изобильненский городской округ", "изобильненский"],
    ["Изобильненский муниципальный округ(reg26_m010)", "изобильненский"],
    ["Урус-Мартановский муниципальный район", "урус мартановский"],
    ["город Ставрополь", "ставрополь"],
    ["Городской округ", "городской округ"],
  ])("%s", (name, key) => {
    expect(municipalityKey(name)).toBe(key);
  });
});
