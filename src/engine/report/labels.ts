import type { RiskLevel, Severity, Status } from "../types";

/** Russian names of statuses, as the seeds write them. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  shnor: "ШНОР",
  risk: "Зона риска",
  normal: "Норма",
  insufficient: "Недостаточно данных",
};

/** The order schools are listed in: the most vulnerable first. */
export const STATUS_ORDER: readonly Status[] = ["shnor", "risk", "normal", "insufficient"];

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "Ошибка",
  warning: "Предупреждение",
  info: "Сведения",
};

export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = {
  high: "высокий",
  medium: "средний",
  low: "низкий",
  na: "н/д",
};

/** ✓ met, — not met, н/д not computed (SPEC 6.1). */
export function metMark(met: boolean | null): string {
  return met === null ? "н/д" : met ? "✓" : "—";
}
