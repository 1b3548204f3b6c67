import {
  countOf,
  describeExport,
  formatPercent,
  problemCounts,
  type ProblemCode,
  type Results,
} from "../engine";

const AS_OF_DOUBTS: ReadonlySet<string> = new Set<ProblemCode>([
  "asOfIsToday",
  "asOfFromClock",
  "asOfOutsideYear",
]);

/** The problems that tell which sheet was read for what (DECISIONS B-01). */
const SHEET_CODES: ReadonlySet<string> = new Set(["sheetByHeaders", "sheetCandidates", "noSheet"]);

/** The short Russian summary printed after a run. */
export function summary(
  results: Results,
  paths: { input: string; out: string; json?: string; note?: string },
): string {
  const s = results.totals.status;
  const k = results.totals.kpk;
  const [y, m, d] = results.asOf.split("-");
  const asOfDoubts = results.problems.filter((p) => AS_OF_DOUBTS.has(p.code));
  // Without Результаты no status is known: «нет данных», never «ШНОР: 0» (DECISIONS B-01).
  const statuses = results.missingInputs.includes("results")
    ? "ШНОР, зона риска, норма: нет данных (нет результатов процедур); ШНСУ: нет данных"
    : `ШНОР: ${s.shnor}, зона риска: ${s.risk}, норма: ${s.normal}, недостаточно данных: ${s.insufficient}; ШНСУ: ${results.isbshSource === null ? "нет данных (нет показателей ИСБШ)" : results.totals.shnsu}`;
  return [
    `ШНОР Монитор, методика ${results.methodVersion}`,
    `Книга: ${paths.input}; отчётный год: ${results.year ?? "не определён"}; по состоянию на ${d}.${m}.${y}`,
    `Школ: ${results.totals.schools} — ${statuses}`,
    k.share === null
      ? "КПК: нет данных"
      : `КПК: прошли ${k.completed} из ${k.total} (${formatPercent(k.share)})`,
    // The КПК figure is only as good as its date: a doubtful date is said beside it.
    ...asOfDoubts.map((p) => `  ${p.message}`),
    ...(asOfDoubts.some((p) => p.code !== "asOfOutsideYear")
      ? ["  В командной строке дату отчёта задаёт --as-of, например --as-of 31.03.2022"]
      : []),
    // A sheet taken for its headers, and one the workbook lacks, decide what the figures mean.
    ...results.problems.filter((p) => SHEET_CODES.has(p.code)).map((p) => `  ${p.message}`),
    ...exportLines(results),
    `Проблемы данных: ${problemCounts(results.problems)}`,
    `Отчёт: ${paths.out}${paths.json ? `; результаты: ${paths.json}` : ""}${paths.note ? `; справка: ${paths.note}` : ""}`,
  ].join("\n");
}

/** Which ФИС ОКО exports were read, with what each gave, and which files were not, with why. */
function exportLines(results: Results): string[] {
  const read = results.fisokoSheets;
  if (read.length === 0 && results.fisokoUnread.length === 0) return [];
  const rows = read.reduce((n, s) => n + s.schools, 0);
  return [
    `Выгрузки ФИС ОКО: прочитано ${countOf(read.length, "лист", "листа", "листов")}, строк школ из «ОО»: ${rows}`,
    ...read.map((s) => `  «${s.sheet}» — ${describeExport(s)}`),
    ...results.fisokoUnread.map((f) => `  Файл «${f.file}» не прочитан: ${f.why}`),
  ];
}
