import { kpkTotals, type KpkTotals } from "../kpk/kpkTotals";
import type { Results, SchoolResult } from "../results";

/** A group of schools whose КПК is told apart (DECISIONS B-09), with its pooled total. */
export interface KpkGroup {
  readonly key: "shnor" | "project500" | "others" | "district";
  /** The group's title on «КПК». */
  readonly title: string;
  /** The group in the words of seed 000: «школ-участниц проекта «500+»». */
  readonly ofSchools: string;
  readonly schools: readonly SchoolResult[];
  readonly totals: KpkTotals;
}

// An official mark of the project of support of schools with low results («500+ 2022»).
const PROJECT_500 = /500/;

const group = (
  key: KpkGroup["key"],
  title: string,
  ofSchools: string,
  schools: readonly SchoolResult[],
): KpkGroup => ({ key, title, ofSchools, schools, totals: kpkTotals(schools.map((s) => s.kpk)) });

/**
 * The groups of DECISIONS B-09, each pooled by A-45: the computed ШНОР, the schools with an
 * official 500+ mark (a school may be in both), the rest, and the district. A group without
 * schools is left out, and «the rest» is left out when it is the whole district.
 */
export function kpkGroups(results: Results): KpkGroup[] {
  const shnor = results.schools.filter((s) => s.status === "shnor");
  const project = results.schools.filter(
    (s) => s.official !== null && PROJECT_500.test(s.official),
  );
  const others = results.schools.filter((s) => !shnor.includes(s) && !project.includes(s));
  const groups: KpkGroup[] = [];
  if (shnor.length > 0)
    groups.push(
      group(
        "shnor",
        "Школы с низкими образовательными результатами (по расчёту)",
        "школ с низкими образовательными результатами",
        shnor,
      ),
    );
  if (project.length > 0)
    groups.push(
      group(
        "project500",
        "Школы — участницы проекта «500+»",
        "школ-участниц проекта «500+»",
        project,
      ),
    );
  if (others.length > 0 && others.length < results.schools.length)
    groups.push(group("others", "Остальные школы", "остальных школ", others));
  groups.push(group("district", "Все школы района", "школ района", results.schools));
  return groups;
}
