import { toCyrillicLookalikes } from "../../text/fixLookalikes";
import { normalizeSubject } from "../normalizeSubject";

/**
 * The two-letter subject codes ФИС ОКО puts in sheet names (`МА 4 Сравнение отметок с отметк`)
 * and in the marker columns of regional lists (`4 РУ`). Adding a subject is one entry.
 */
export const FISOKO_SUBJECTS: Readonly<Record<string, string>> = {
  РУ: "Русский язык",
  МА: "Математика",
  ОМ: "Окружающий мир",
  ИС: "История",
  ОБ: "Обществознание",
  ГЕ: "География",
  БИ: "Биология",
  ФИ: "Физика",
  ХИ: "Химия",
  ЛИ: "Литература",
  ИН: "Информатика",
  АЯ: "Английский язык",
  НЯ: "Немецкий язык",
  ФЯ: "Французский язык",
};

/**
 * The subject a ФИС ОКО code stands for, normalized as the subjects of Результаты.
 *
 * @param code Two letters, in any case; Latin look-alikes (`MA`) are read as Cyrillic.
 * @returns The subject, or null for a code not in the table.
 */
export function subjectOfCode(code: string): string | null {
  const subject = FISOKO_SUBJECTS[toCyrillicLookalikes(code.trim().toUpperCase())];
  return subject === undefined ? null : normalizeSubject(subject);
}
