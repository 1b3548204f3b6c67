// Files store Excel's error values in English; Russian Excel shows them by these names, and a
// protocol quotes what the user saw.
const RUSSIAN_ERRORS: ReadonlyMap<string, string> = new Map([
  ["#N/A", "#Н/Д"],
  ["#DIV/0!", "#ДЕЛ/0!"],
  ["#VALUE!", "#ЗНАЧ!"],
  ["#REF!", "#ССЫЛКА!"],
  ["#NAME?", "#ИМЯ?"],
  ["#NUM!", "#ЧИСЛО!"],
  ["#NULL!", "#ПУСТО!"],
  ["#SPILL!", "#ПЕРЕНОС!"],
  ["#CALC!", "#ВЫЧИСЛ!"],
]);

/** An Excel error value as Russian Excel shows it: «#DIV/0!» → «#ДЕЛ/0!»; others as they are. */
export function russianExcelError(error: string): string {
  return RUSSIAN_ERRORS.get(error.toUpperCase()) ?? error;
}
