import { countOf, formatPercent, type Results } from "../engine";

/** The problems that tell which sheet was read for what (DECISIONS B-01). */
const SHEET_CODES: ReadonlySet<string> = new Set(["sheetByHeaders", "sheetCandidates", "noSheet"]);

/** The short Russian summary printed after a run. */
export function summary(
  results: Results,
  paths: { input: string; out: string; json?: string; note?: string },
): string {
  const s = results.totals.status;
  const k = results.totals.kpk;
  const count = (severity: string) =>
    results.problems.filter((p) => p.severity === severity).length;
  const [y, m, d] = results.asOf.split("-");
  // Without Результаты no status is known: «нет данных», never «ШНОР: 0» (DECISIONS B-01).
  const statuses = results.missingInputs.includes("results")
    ? "ШНОР, зона риска, норма: нет данных (нет результатов процедур); ШНСУ: нет данных"
    : `ШНОР: ${s.shnor}, зона риска: ${s.risk}, норма: ${s.normal}, недостаточно данных: ${s.insufficient}; ШНСУ: ${results.totals.shnsu}`;
  return [
    `ШНОР Монитор, методика ${results.methodVersion}`,
    `Книга: ${paths.input}; отчётный год: ${results.year ?? "не определён"}; по состоянию на ${d}.${m}.${y}`,
    `Школ: ${results.totals.schools} — ${statuses}`,
    k.share === null
      ? "КПК: нет данных"
      : `КПК: прошли ${k.completed} из ${k.total} (${formatPercent(k.share)})`,
    // The КПК figure is only as good as its date: a date taken for want of one is said beside it.
    ...results.problems.filter((p) => p.code === "asOfIsToday").map((p) => `  ${p.message}`),
    // A sheet taken for its headers, and one the workbook lacks, decide what the figures mean.
    ...results.problems.filter((p) => SHEET_CODES.has(p.code)).map((p) => `  ${p.message}`),
    ...(results.fisokoSheets.length === 0
      ? []
      : [
          `Выгрузки ФИС ОКО: прочитано ${countOf(results.fisokoSheets.length, "лист", "листа", "листов")}, строк школ из «ОО»: ${results.fisokoSheets.reduce((n, s) => n + s.schools, 0)}`,
        ]),
    `Проблемы данных: ошибок ${count("error")}, предупреждений ${count("warning")}, сведений ${count("info")}`,
    `Отчёт: ${paths.out}${paths.json ? `; результаты: ${paths.json}` : ""}${paths.note ? `; справка: ${paths.note}` : ""}`,
  ].join("\n");
}
