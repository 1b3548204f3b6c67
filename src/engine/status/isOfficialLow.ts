// The words of an official mark that put a school among those with low results: ШНОР, ШНРО,
// the 500+ project, «низкие результаты».
const OFFICIAL_LOW = /шнор|шнро|500|низк/i;

/** Whether a school's official mark (ОО's «Официальный статус») lists it as low-results. */
export function isOfficialLow(official: string | null): boolean {
  return official !== null && OFFICIAL_LOW.test(official);
}
