import { blankSchool } from "../../src/engine/formulas/blankSchool";
import { INDICATORS } from "../../src/engine/indicators/INDICATORS";
import type {
  IndicatorContext,
  IndicatorValue,
  ResolvedReference,
} from "../../src/engine/indicators/IndicatorContext";
import { WorkbookContext } from "../../src/engine/indicators/WorkbookContext";
import type { SchoolRecord } from "../../src/engine/read/SchoolRecord";
import { ResultTable } from "../../src/engine/read/ResultTable";
import { defaultSettings, type Settings } from "../../src/engine/settings";

/** One of the school's ОГЭ or ЕГЭ rows; missing numbers are left out. */
export interface ExamRow {
  readonly procedure: "ОГЭ" | "ЕГЭ";
  readonly subject: string;
  readonly year: number;
  readonly participants?: number;
  readonly mean?: number;
  readonly failShare?: number;
}

/** What one school of a workbook gives an indicator (SPEC 4.3), 2022 unless told. */
export interface SchoolFigures {
  readonly school?: Partial<SchoolRecord>;
  /** On Результаты rows 2, 3, … in this order, means in column G and fail shares in H. */
  readonly exams?: readonly ExamRow[];
  readonly references?: Readonly<Record<string, ResolvedReference>>;
  readonly year?: number | null;
  readonly lowest?: IndicatorContext["lowest"];
  readonly settings?: Partial<Settings>;
}

/** An indicator of INDICATORS worked out for one school through the workbook's context. */
export function indicator(code: string, figures: SchoolFigures = {}): IndicatorValue {
  const rows = new ResultTable();
  (figures.exams ?? []).forEach((exam, k) => {
    const i = rows.add(0, k + 2, exam.year, rows.seriesOf(exam.procedure, exam.subject, null));
    if (exam.participants !== undefined) rows.set(i, "participants", exam.participants);
    if (exam.mean !== undefined) rows.set(i, "mean", exam.mean);
    if (exam.failShare !== undefined) rows.set(i, "failShare", exam.failShare);
  });
  const ctx = new WorkbookContext(
    {
      year: figures.year === undefined ? 2022 : figures.year,
      settings: { ...defaultSettings("2022-03-31"), ...figures.settings },
      rows,
      references: figures.references ?? {},
      resultsSheet: "Результаты",
      resultColumns: new Map([
        ["mean", 6],
        ["failShare", 7],
      ]),
    },
    new Map(),
    blankSchool(figures.school),
    figures.lowest ?? { met: null, value: null, threshold: null },
  );
  return INDICATORS.find((i) => i.code === code)!.compute(ctx);
}
