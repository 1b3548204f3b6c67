import { messages } from "../../src/engine/messages";
import { ProblemLog } from "../../src/engine/read/ProblemLog";

describe("the message catalogue", () => {
  it("makes a problem's code and its Russian text together", () => {
    expect(messages.kpkAboveTeachers(20, 18)).toEqual({
      code: "kpkAboveTeachers",
      message: "Прошли КПК (20) больше численности педагогов (18); доля КПК не считается",
    });
  });

  it("records the code and the text of one entry in the problem log", () => {
    const log = new ProblemLog();
    log.error("ОО", "C3", messages.missingName());
    expect(log.items).toEqual([
      {
        severity: "error",
        sheet: "ОО",
        cell: "C3",
        code: "missingName",
        message: "Не указано наименование ОО; строка не учитывается",
      },
    ]);
  });

  it.each([
    ["a sheet's cell", messages.notACount("14,5", "participants"), "invalidValue"],
    ["an export's cell", messages.fisokoNotACount("14,5", "participants"), "fisokoBadValue"],
  ])("words a bad count in %s alike, under the code of where it was read", (_, said, code) => {
    expect(said).toEqual({
      code,
      message: "Участников (14,5) должно быть целым неотрицательным числом",
    });
  });

  it.each([
    ["a cell that is not a value", messages.badSetting("lowShare", "abc"), "invalidValue"],
    ["a value out of range", messages.settingOutOfRange("lowShare", "-1"), "badSetting"],
  ])("words a bad setting alike for %s", (_, said, code) => {
    expect(said.code).toBe(code);
    expect(said.message).toMatch(/^Параметр «lowShare»: «.+» — недопустимое значение/);
  });
});
