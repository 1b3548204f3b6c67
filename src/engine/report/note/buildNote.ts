import { INDICATORS } from "../../indicators/INDICATORS";
import { formatDate } from "../../format/formatDate";
import { dayFromIso } from "../../format/dayMath";
import { formatPercent } from "../../format/formatNumber";
import { countOf, plural } from "../../format/plural";
import { schoolYear } from "../../format/schoolYear";
import type { Results, SchoolResult } from "../../results";
import { RISK_FACTORS } from "../../risks/riskFactors";
import { statusOrder } from "../sheets/statusesSheet";
import { LISTED_IN_PROSE, schoolList } from "./schoolList";
import { kpkGroups } from "../kpkGroups";
import { officialDifferences, type OfficialDifference } from "../officialDifferences";

/** The analytical note (справка): a title and paragraphs of Russian prose (SPEC 6.3). */
export interface Note {
  readonly title: string;
  readonly subtitle: string;
  readonly paragraphs: readonly string[];
}

const LOWEST_KPK_SHOWN = 3;

const schools = (n: number) => countOf(n, "школа", "школы", "школ");
/** The verb agrees with the count: «отнесена 1 школа», «отнесены 3 школы». */
const assigned = (n: number) => plural(n, "отнесена", "отнесены", "отнесены");
const names = (list: readonly SchoolResult[]) => schoolList(list.map((s) => s.name));
/**
 * Where the note is read: on the report's «Справка» sheet, whose text may point to the other
 * sheets, or as a Word document that stands alone and points to none.
 */
export type NotePlace = "sheet" | "document";

/** A pointer to a report sheet, said only where the sheets are at hand. */
const onSheet = (place: NotePlace, text: string) => (place === "sheet" ? text : "");

/** Without a row of Результаты no status is known (DECISIONS B-01): the note says so. */
const noResults = (results: Results) => results.missingInputs.includes("results");

function statusParagraph(results: Results): string {
  const by = (status: SchoolResult["status"]) =>
    results.schools.filter((s) => s.status === status).sort(statusOrder);
  const total = results.totals.schools;
  const verb = plural(total, "участвовала", "участвовали", "участвовали");
  const parts = [
    `В мониторинге ${verb} ${countOf(total, "общеобразовательная организация", "общеобразовательные организации", "общеобразовательных организаций")}.`,
  ];
  if (noResults(results)) {
    parts.push(
      "Результатов оценочных процедур в книге нет, поэтому статусы школ (ШНОР, зона риска снижения образовательных результатов, норма) не определялись: нет данных.",
    );
    return parts.join(" ");
  }
  const shnor = by("shnor");
  parts.push(
    shnor.length > 0
      ? `К школам с низкими образовательными результатами (ШНОР) по расчёту ${assigned(shnor.length)} ${schools(shnor.length)}: ${names(shnor)}.`
      : "Школ с низкими образовательными результатами (ШНОР) по расчёту не выявлено.",
  );
  const risk = by("risk");
  if (risk.length > 0)
    parts.push(
      `В зоне риска снижения образовательных результатов ${plural(risk.length, "находится", "находятся", "находятся")} ${schools(risk.length)}: ${names(risk)}.`,
    );
  const normal = by("normal").length;
  if (normal > 0) parts.push(`Без признаков риска — ${schools(normal)}.`);
  const insufficient = by("insufficient");
  if (insufficient.length > 0)
    parts.push(
      `Данных для вывода недостаточно по ${insufficient.length === 1 ? "1 школе" : `${insufficient.length} школам`}: ${names(insufficient)}.`,
    );
  return parts.join(" ");
}

/**
 * The lists by status as seed 003 gives them: a heading, then the schools numbered, each with
 * its official mark («(500+ 2022)»): the ШНОР, the risk zone and, when ИСБШ is computed, the ШНСУ.
 */
function statusLists(results: Results): string[] {
  if (noResults(results)) return [];
  const lists: [string, SchoolResult[]][] = [
    [
      "Школы с низкими образовательными результатами (ШНОР) по расчёту:",
      results.schools.filter((s) => s.status === "shnor"),
    ],
    [
      "Школы, находящиеся в зоне риска снижения образовательных результатов:",
      results.schools.filter((s) => s.status === "risk"),
    ],
    [
      "Школы, функционирующие в неблагоприятных социальных условиях (ШНСУ):",
      results.isbshSource === null ? [] : results.schools.filter((s) => s.shnsu === true),
    ],
  ];
  return lists.flatMap(([heading, list]) =>
    list.length === 0
      ? []
      : [
          heading,
          ...[...list]
            .sort(statusOrder)
            .map((s, i) => `${i + 1}. ${s.name}${s.official === null ? "" : ` (${s.official})`}`),
        ],
  );
}

function shnsuParagraph(results: Results): string {
  if (results.isbshSource === null)
    return "Показателей для расчёта индекса социального благополучия школы (ИСБШ) в книге нет, поэтому школы, функционирующие в неблагоприятных социальных условиях (ШНСУ), не определялись.";
  if (noResults(results))
    return "Школы, функционирующие в неблагоприятных социальных условиях (ШНСУ), не определялись: нет результатов оценочных процедур.";
  const shnsu = results.schools.filter((s) => s.shnsu === true).sort(statusOrder);
  const source =
    results.isbshSource === "regional"
      ? "по региональным значениям ИСБШ"
      : "по индексу социального благополучия школы (ИСБШ), рассчитанному по данным листа «ОО»,";
  if (shnsu.length === 0)
    return `Школ, функционирующих в неблагоприятных социальных условиях (ШНСУ), ${source} не выявлено.`;
  const both = shnsu.filter((s) => s.status === "shnor");
  const tail =
    both.length > 0 ? ` Одновременно ШНОР и ШНСУ — наиболее уязвимая группа: ${names(both)}.` : "";
  return `К школам, функционирующим в неблагоприятных социальных условиях (ШНСУ), ${source} ${assigned(shnsu.length)} ${schools(shnsu.length)}: ${names(shnsu)}.${tail}`;
}

const staffWho = (n: number) =>
  plural(n, "руководитель и педагог", "руководителя и педагога", "руководителей и педагогов");

/**
 * The КПК paragraph in the form of seed 000, by the groups of DECISIONS B-09: the computed ШНОР
 * and the schools of the 500+ project each in the seed's sentence with their own pooled share,
 * then the district, then the split by post.
 */
export function kpkParagraph(results: Results, place: NotePlace = "sheet"): string {
  const k = results.totals.kpk;
  if (k.share === null) return "Данных о прохождении курсов повышения квалификации в книге нет.";
  const lead = results.year === null ? "Курсы" : `В ${schoolYear(results.year)} учебном году курсы`;
  const groups = kpkGroups(results).filter(
    (g) => (g.key === "shnor" || g.key === "project500") && g.totals.share !== null,
  );
  const text = groups.map(
    (g, i) =>
      `${i === 0 ? lead : "Курсы"} повышения квалификации прошли ${g.totals.completed} ${staffWho(g.totals.completed)} ${g.ofSchools}, что составляет ${formatPercent(g.totals.share!)} от общего контингента педагогов в данных школах (${g.totals.total} чел.).`,
  );
  const whole = groups.some((g) => g.schools.length === results.schools.length);
  if (groups.length === 0)
    text.push(
      `${lead} повышения квалификации прошли ${k.completed} ${staffWho(k.completed)} школ, что составляет ${formatPercent(k.share)} от общего контингента педагогов в данных школах (${k.total} чел.).`,
    );
  else if (!whole)
    text.push(
      `По району в целом курсы прошли ${k.completed} ${staffWho(k.completed)} из ${k.total} (${formatPercent(k.share)}).`,
    );
  if (place === "sheet")
    text.push("Данные в разрезе образовательных организаций представлены на листе «КПК».");
  const { heads, teachers } = k;
  if (heads.share !== null && teachers.share !== null) {
    // The split counts the persons Педагоги lists, which may differ from the headcount of ОО:
    // said, so that a reader who adds up the posts finds the number they make.
    const listed = heads.total + teachers.total;
    const basis =
      listed === k.total
        ? "Из них"
        : `По списку педагогов (${listed} чел.; доля выше считается от численности педагогов по листу «ОО», ${k.total} чел.)`;
    text.push(
      `${basis} руководящих работников — ${heads.completed} из ${heads.total} (${formatPercent(heads.share)}), педагогических — ${teachers.completed} из ${teachers.total} (${formatPercent(teachers.share)}).`,
    );
  }
  return text.join(" ");
}

function lowestKpkParagraph(results: Results): string | null {
  const ranked = results.schools
    .filter((s) => s.kpk.share !== null)
    .sort((a, b) => a.kpk.share! - b.kpk.share! || a.row - b.row);
  if (ranked.length < 2) return null;
  const lowest = ranked
    .slice(0, LOWEST_KPK_SHOWN)
    .map((s) => `${s.name} — ${formatPercent(s.kpk.share!)}`);
  return `Наименьшая доля педагогов, прошедших КПК: ${lowest.join("; ")}.`;
}

function planParagraph(results: Results, place: NotePlace): string | null {
  const plan = results.kpkPlan;
  if (results.missingInputs.includes("teachers"))
    return "Листа с педагогами и их курсами в книге нет, поэтому план повышения квалификации не составлялся: нет данных.";
  if (plan.length === 0) return null;
  const overdue = plan.filter((p) => p.state !== "soon").length;
  const soon = plan.length - overdue;
  const months = results.settings.kpkPlanMonths;
  return `В план повышения квалификации ${plural(plan.length, "включён", "включены", "включены")} ${countOf(plan.length, "работник", "работника", "работников")}: у ${overdue} срок прохождения КПК истёк или курсов нет, у ${soon} срок наступает в ближайшие ${countOf(months, "месяц", "месяца", "месяцев")}${onSheet(place, " (лист «План КПК»)")}.`;
}

/** Short words for the reasons of a risk-zone school: its met indicators and high factors. */
function leadingFactors(school: SchoolResult): string {
  const indicators = INDICATORS.filter((i) => school.indicators[i.code].met === true).map(
    (i) => i.label.charAt(0).toLowerCase() + i.label.slice(1),
  );
  const factors = RISK_FACTORS.filter((f) => school.riskFactors[f.code]?.level === "high").map(
    (f) => `«${f.label}»`,
  );
  const parts = [...indicators];
  if (factors.length > 0) parts.push(`факторы риска уровня «высокий»: ${factors.join(", ")}`);
  return parts.join("; ");
}

function riskParagraph(results: Results, place: NotePlace): string | null {
  const risk = results.schools.filter((s) => s.status === "risk").sort(statusOrder);
  if (risk.length === 0) return null;
  // A document has no «Статусы ОО» to send the reader to: it names every school.
  const shown = place === "sheet" ? LISTED_IN_PROSE : risk.length;
  const listed = risk
    .slice(0, shown)
    .map((s) => `${s.name} — ${leadingFactors(s) || "нет данных"}`);
  const more =
    risk.length > shown
      ? `; по остальным ${countOf(risk.length - shown, "школе", "школам", "школам")} — на листе «Статусы ОО»`
      : "";
  return `Ведущие факторы по школам зоны риска: ${listed.join("; ")}${more}.`;
}

function vprParagraph(results: Results, place: NotePlace): string | null {
  const flags = results.vprObjectivity;
  if (flags.length === 0 && noResults(results) && results.fisokoSheets.length === 0)
    return "Результатов ВПР в книге нет, поэтому объективность результатов ВПР не оценивалась: нет данных.";
  if (flags.length === 0) {
    return results.year === null
      ? null
      : `Признаков необъективности результатов ВПР ${results.year} года по данным сравнения с отметками по журналу не выявлено.`;
  }
  const list = flags.map(
    (f) => `${f.school} (${f.subject}${f.grade === null ? "" : `, ${f.grade} класс`})`,
  );
  return `Признаки необъективности результатов ВПР ${results.year} года выявлены в ${countOf(flags.length, "случае", "случаях", "случаях")}: ${schoolList(list, LISTED_IN_PROSE, ["случай", "случая", "случаев"])}. Это сигнал для проверки, а не вывод о нарушении${onSheet(place, " (лист «Объективность ВПР»)")}.`;
}

function officialParagraph(results: Results): string | null {
  const withOfficial = results.schools.filter((s) => s.official !== null);
  if (withOfficial.length === 0) return null;
  const differences = officialDifferences(results);
  const base = `Официальный статус указан для ${countOf(withOfficial.length, "школы", "школ", "школ")}.`;
  if (noResults(results)) return `${base} Сравнить его с расчётом нельзя: статусы не определялись.`;
  if (differences.length === 0) return `${base} Расчёт с ним совпадает.`;
  // An official mark is named beside the school: the reason of computedOnly names it already.
  const listed = (direction: OfficialDifference["direction"]) =>
    schoolList(
      differences
        .filter((d) => d.direction === direction)
        .map((d) =>
          direction === "officialOnly"
            ? `${d.school.name} (официально — «${d.school.official}»; ${d.reason})`
            : `${d.school.name} (${d.reason})`,
        ),
    );
  const parts = [
    differences.some((d) => d.direction === "officialOnly") &&
      `в официальном перечне, но по расчёту не ШНОР: ${listed("officialOnly")}`,
    differences.some((d) => d.direction === "computedOnly") &&
      `по расчёту ШНОР, но не в официальном перечне: ${listed("computedOnly")}`,
  ];
  return `${base} Расчёт расходится с официальным перечнем для ${countOf(differences.length, "школы", "школ", "школ")}: ${parts.filter(Boolean).join("; ")}.`;
}

function caveatsParagraph(results: Results, place: NotePlace): string {
  const parts: string[] = [];
  const municipal = Object.entries(results.references)
    .filter(([, r]) => r?.source === "municipal")
    .map(([code]) => code);
  if (municipal.length > 0)
    parts.push(
      `Для показателей ${municipal.join(", ")} региональные значения не заданы, использовано среднее по району (муниципальное, а не региональное).`,
    );
  const errors = results.problems.filter((p) => p.severity === "error").length;
  const warnings = results.problems.filter((p) => p.severity === "warning").length;
  if (errors + warnings > 0)
    parts.push(
      `В данных найдено ${countOf(errors, "ошибка", "ошибки", "ошибок")} и ${countOf(warnings, "предупреждение", "предупреждения", "предупреждений")}; строки с ошибками в расчёт не вошли${onSheet(place, " (лист «Проблемы данных»)")}.`,
    );
  parts.push(
    "Статусы рассчитаны по муниципальной методике и не заменяют федеральный перечень ШНОР, который формирует ФИОКО.",
  );
  return parts.join(" ");
}

/**
 * The analytical note built from the results, in the register of the seeds: counts by status
 * with the schools named, ШНСУ, КПК, the plan, the risk zone, ВПР signals and data caveats.
 */
/** The territory the note names (DECISIONS B-08): the setting, else ОО's one municipality. */
export function territoryOf(results: Results): string | null {
  if (results.settings.territory !== null) return results.settings.territory;
  const municipalities = new Set(results.schools.map((s) => s.municipality));
  const [only] = municipalities;
  return municipalities.size === 1 && only !== null ? only : null;
}

export function buildNote(results: Results, place: NotePlace = "sheet"): Note {
  const territory = territoryOf(results);
  const year = `${territory === null ? "" : `${territory}, `}${results.year === null ? "" : `${schoolYear(results.year)} учебный год, `}`;
  return {
    title: "Аналитическая справка по итогам мониторинга общеобразовательных организаций",
    subtitle: `${year}по состоянию на ${formatDate(dayFromIso(results.asOf))}`,
    paragraphs: [
      statusParagraph(results),
      shnsuParagraph(results),
      ...statusLists(results),
      kpkParagraph(results, place),
      lowestKpkParagraph(results),
      planParagraph(results, place),
      riskParagraph(results, place),
      vprParagraph(results, place),
      officialParagraph(results),
      caveatsParagraph(results, place),
    ].filter((p): p is string => p !== null),
  };
}
