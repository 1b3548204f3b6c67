/** Every Russian message the pane produces outside its labels: one catalogue. */
export const messages = {
  readFailed: "Не удалось прочитать книгу",
  saveSettingsFailed: "Не удалось сохранить параметры в книге",
  saveMappingFailed: "Не удалось применить сопоставление столбцов",
  selectFailed: "Не удалось перейти к ячейке",
  reportFailed: "Не удалось сформировать отчёт",
  templateFailed: "Не удалось вставить шаблон",
  settingsSaved: "Параметры сохранены в книге",
  userDefaultsSaved: "Параметры сохранены как ваши умолчания для новых книг",
  userDefaultsFailed:
    "Этот браузер не сохраняет данные надстройки: умолчания не сохранены. Параметры книги не изменились.",
  templateInserted: (sheets: readonly string[]) =>
    `Шаблон вставлен: ${sheets.length === 1 ? "лист" : "листы"} ${sheets.map((s) => `«${s}»`).join(", ")} с примером округа`,
  unknownError: "причина не сообщается",
  reading: "Чтение книги…",
  analysing: "Расчёт показателей…",
  building: "Подготовка листов отчёта…",
  writing: "Запись листов…",
  empty: "Введите значение или нажмите «Сбросить»",
  notANumber: (text: string, example: string) =>
    `«${text}» — не число; введите, например, ${example}`,
  shareRange: "Доля задаётся в процентах: от 0 до 100",
  notAnInteger: "Нужно целое число",
  negative: "Число не может быть отрицательным",
  badDate: (text: string) => `«${text}» — не дата; введите дату вида 31.03.2022`,
  badYear: (text: string) => `«${text}» — не год; введите, например, 2022`,
  invalidForm: (count: number) =>
    count === 1
      ? "Исправьте значение, отмеченное красным: параметры не сохранены"
      : `Исправьте значения, отмеченные красным (${count}): параметры не сохранены`,
};

/**
 * The text of an error from Office.js, the engine or the browser, for a message bar.
 *
 * @param error Whatever was thrown.
 * @returns The error's own message, or a Russian placeholder when it has none.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  if (typeof error === "object" && error !== null && "message" in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === "string" && message) return message;
  }
  return messages.unknownError;
}
