import type { SchoolRecord } from "../read/SchoolRecord";
import type { Settings } from "../settings";
import type { RiskLevel } from "../types";

/** What a risk factor's data rule may look at for one school. */
export interface RiskContext {
  readonly school: SchoolRecord;
  readonly settings: Settings;
  /** The school's КПК share, from 0 to 1; null when н/д. */
  readonly kpkShare: number | null;
  /** The school's ОГЭ fail share of Y over the district's, participant-weighted (RF8); null when н/д. */
  readonly failRatio: number | null;
}

/** A factor's level and where it came from (METHOD-NOTES 2). */
export interface FactorLevel {
  readonly level: RiskLevel;
  /** «user»: the ОО sheet (ФИОКО questionnaire); «data»: a data rule; null: н/д. */
  readonly source: "user" | "data" | null;
  readonly value?: number;
}
