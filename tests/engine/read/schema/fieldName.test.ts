import { fieldName } from "../../../../src/engine/messages";
import { FIELDS } from "../../../../src/engine/read/synonyms";
import { SOCIAL_INPUTS } from "../../../../src/engine/isbsh/socialInputs";

// Messages name a column by the label of its schema entry; these are the names users read.
describe("fieldName", () => {
  it.each([
    ["id", "Код ОО"],
    ["name", "Наименование ОО"],
    ["school", "ОО"],
    ["students", "Численность обучающихся"],
    ["teachers", "Численность педагогических работников"],
    ["kpkCompleted", "Прошли КПК"],
    ["grads9", "Выпускники 9 классов"],
    ["cont10", "Продолжили обучение в 10 классе"],
    ["olympiad3y", "Участники олимпиад за 3 года"],
    ["vacancies", "Вакансии"],
    ["year", "Год"],
    ["procedure", "Процедура"],
    ["subject", "Предмет"],
    ["grade", "Класс"],
    ["participants", "Участников"],
    ["mean", "Средний балл"],
    ["failShare", "Доля не преодолевших минимальный порог"],
    ["lowered", "Понизили"],
    ["confirmed", "Подтвердили"],
    ["raised", "Повысили"],
    ["person", "ФИО"],
    ["hours", "Часы"],
    ["endDate", "Дата окончания"],
    ["key", "Параметр"],
    ["value", "Значение"],
    ["isbsh", "ИСБШ"],
    ...SOCIAL_INPUTS.map((input) => [input.key, input.label]),
  ])("names %s «%s»", (key, label) => {
    expect(fieldName(key)).toBe(label);
  });

  it.each(["municipality", "login", "position", "description", "RF1", "lowShare"])(
    "names a column without a label by its key: %s",
    (key) => {
      expect(fieldName(key)).toBe(key);
    },
  );

  it("gives a key on several sheets one label (school, year)", () => {
    const labels = new Map<string, Set<string>>();
    for (const field of Object.values(FIELDS).flat())
      if (field.label !== undefined)
        labels.set(field.key, (labels.get(field.key) ?? new Set()).add(field.label));
    expect([...labels].filter(([, set]) => set.size > 1)).toEqual([]);
  });
});
