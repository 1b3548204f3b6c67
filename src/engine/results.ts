import type { KpkPlanEntry, SchoolKpk } from "./kpk/computeKpk";
import type { KpkTotals } from "./kpk/kpkTotals";
import type { FactorLevel } from "./risks/RiskContext";
import type { Settings } from "./settings";
import type { Problem, Status } from "./types";
import type { VprFlag } from "./vpr/vprObjectivity";
import type { TakenBy } from "./read/chooseSheets";
import type { SheetKind } from "./read/synonyms";
import type { FisokoSheetSummary, OfficialListEntry } from "./read/fisoko/readFisokoExports";
import type { UnreadFisokoFile } from "./read/fisoko/unrecognizedFiles";

/** One indicator of a school as the JSON gives it (SPEC 6.2, DECISIONS ). */
export interface IndicatorResult {
  readonly met: boolean | null;
  readonly value: number | number[] | null;
  readonly threshold: number | null;
  readonly comparison: string;
  readonly label: string;
  /** `Лист!A1` of the cells the value came from. */
  readonly sources: string[];
  /** The numbers in words where value and threshold alone do not tell the size (R5's rise). */
  readonly detail?: string;
}

/** A school's КПК figures (SPEC 6.2 `kpk`). */
export type SchoolKpkResult = SchoolKpk;

/** One school's results (SPEC 6.2 with the additive fields of DECISIONS A-60). */
export interface SchoolResult {
  readonly id: string | null;
  readonly name: string;
  readonly row: number;
  readonly municipality: string | null;
  readonly locality: string | null;
  readonly level: string | null;
  readonly hasGrade10: boolean;
  readonly official: string | null;
  /** Whether the official list agrees with the computed status; null without an official status. */
  readonly officialAgrees: boolean | null;
  readonly status: Status;
  readonly shnsu: boolean | null;
  readonly isbsh: number | null;
  readonly composite: number | null;
  readonly cellsUsed: number;
  readonly confirming: number;
  readonly indicators: Record<string, IndicatorResult>;
  readonly kpk: SchoolKpkResult;
  readonly riskFactors: Record<string, FactorLevel>;
  readonly vprFlags: VprFlag[];
  /** The school's entries in the region's lists of signs of non-objective ВПР results: the
   * region's word, shown beside the product's own signal and never merged with it. */
  readonly officialVprList: readonly OfficialListEntry[];
  readonly reasons: string[];
}

export type { KpkTotals };

/** The sheet read for a kind of data, and how it was found (DECISIONS B-01). */
export interface InputSheet {
  readonly sheet: string;
  readonly by: TakenBy;
}

/** The whole result of a run: the public JSON of SPEC 6.2. Changes are additive. */
export interface Results {
  readonly methodVersion: string;
  readonly year: number | null;
  readonly asOf: string;
  readonly settings: Settings;
  readonly references: Record<string, { value: number; source: "regional" | "municipal" } | null>;
  readonly isbshSource: "regional" | "computed" | null;
  /** The ФИС ОКО export sheets found and what was read from each. */
  readonly fisokoSheets: readonly FisokoSheetSummary[];
  /** The files given as ФИС ОКО exports of which no sheet is one, and why (DECISIONS B-05). */
  readonly fisokoUnread: readonly UnreadFisokoFile[];
  /** The sheet read as ОО, Результаты, Педагоги and Параметры; null when there was none. */
  readonly inputSheets: Readonly<Record<SheetKind, InputSheet | null>>;
  /**
   * The kinds of data the workbook lacks: Результаты without a row (every status is then
   * «недостаточно данных» and the report says «нет данных»), Педагоги not read.
   */
  readonly missingInputs: readonly SheetKind[];
  readonly schools: SchoolResult[];
  readonly totals: {
    readonly kpk: KpkTotals;
    readonly status: Record<Status, number>;
    readonly shnsu: number;
    readonly schools: number;
  };
  readonly vprObjectivity: VprFlag[];
  readonly kpkPlan: KpkPlanEntry[];
  readonly problems: Problem[];
}
