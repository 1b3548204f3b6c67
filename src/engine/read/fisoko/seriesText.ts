/**
 * An export's series in words, «математика, 4 класс, 2026», the year followed by `yearWord`
 * where a sentence needs it («2026 год»); what is not known is left out.
 */
export function seriesText(
  subject: string | null,
  grade: number | null,
  year: number | null,
  yearWord = "",
): string {
  const parts = [
    subject,
    grade === null ? null : `${grade} класс`,
    year === null ? null : `${year}${yearWord}`,
  ];
  return parts.filter((p) => p !== null).join(", ");
}
