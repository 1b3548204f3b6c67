/** «2021-22» from the year the school year ends, as the seeds write it. */
export function schoolYear(year: number): string {
  return `${year - 1}-${String(year).slice(2)}`;
}
