import type { Settings } from "../engine";
import type { InputKind } from "./parseSettingInput";

type Reference = Settings["references"][number];

/** A regional reference the indicators use (R1, R2, R6), as the pane offers it. */
export interface ReferenceKind {
  readonly id: string;
  readonly label: string;
  readonly procedure: string;
  readonly subject: string;
  readonly field: Reference["field"];
}

/**
 * The regional references by indicator: ОГЭ fail shares (R1, R2) and the ЕГЭ mean (R6).
 * Procedure and subject are written as the engine normalizes them, so they match the rows.
 */
export const REFERENCE_KINDS: readonly ReferenceKind[] = [
  {
    id: "oge-rus-fail",
    label: "ОГЭ, русский язык: доля не преодолевших порог",
    procedure: "ОГЭ",
    subject: "русский язык",
    field: "failShare",
  },
  {
    id: "oge-math-fail",
    label: "ОГЭ, математика: доля не преодолевших порог",
    procedure: "ОГЭ",
    subject: "математика",
    field: "failShare",
  },
  {
    id: "ege-rus-mean",
    label: "ЕГЭ, русский язык: средний балл",
    procedure: "ЕГЭ",
    subject: "русский язык",
    field: "mean",
  },
];

/** The kind of a reference's value: fail shares as percents, means as numbers. */
export function referenceInputKind(kind: string): InputKind {
  return REFERENCE_KINDS.find((k) => k.id === kind)?.field === "failShare" ? "share" : "number";
}
