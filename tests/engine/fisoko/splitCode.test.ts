import { splitCode } from "../../../src/engine/read/fisoko/splitCode";

describe("splitCode takes the glued ФИС ОКО code off a name", () => {
  it.each<[string, string, string | null]>([
    ["МБОУ «СОШ №1 г.Урус-Мартан»(edu203389)", "МБОУ «СОШ №1 г.Урус-Мартан»", "edu203389"],
    [
      "Урус-Мартановский муниципальный район(reg20_m012)",
      "Урус-Мартановский муниципальный район",
      "reg20_m012",
    ],
    ["МКОУ СОШ №4 (EDU260104) ", "МКОУ СОШ №4", "edu260104"],
    ["Ставропольский край", "Ставропольский край", null],
    ["МБОУ «СОШ №2» (с углублённым изучением)", "МБОУ «СОШ №2» (с углублённым изучением)", null],
    ["(edu1)", "(edu1)", null],
  ])("%s", (text, name, code) => {
    expect(splitCode(text)).toEqual({ name, code });
  });
});
