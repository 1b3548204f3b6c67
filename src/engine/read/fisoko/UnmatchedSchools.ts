import { messages, type ProblemCode, type ProblemText } from "../../messages";
import type { ProblemLog } from "../ProblemLog";
import { fisokoText } from "./fisokoText";

/** A municipality of an export: its name and the cell that names it. */
export interface MunicipalityBlock {
  readonly name: string;
  readonly cell: string;
}

interface Warning {
  readonly cell: string;
  readonly said: ProblemText<ProblemCode>;
}

interface Tally {
  readonly block: MunicipalityBlock;
  found: number;
  readonly missing: Warning[];
}

/**
 * The warnings about schools of an export that ОО does not have. A regional export lists
 * every school of the region: a municipality none of whose schools is in ОО gets one warning
 * at its own row instead of one per school; elsewhere each school gets its own.
 */
export class UnmatchedSchools {
  private readonly tallies = new Map<string, Tally>();
  private readonly loose: Warning[] = [];

  constructor(private readonly sheet: string) {}

  /** A school of the municipality (null: none known) was found in ОО. */
  found(block: MunicipalityBlock | null): void {
    if (block !== null) this.tally(block).found++;
  }

  /** A school was not found; its warning waits until the whole sheet is read. */
  missing(block: MunicipalityBlock | null, cell: string, said: ProblemText<ProblemCode>): void {
    (block === null ? this.loose : this.tally(block).missing).push({ cell, said });
  }

  /** Records the warnings, in the order of the sheet's municipalities. */
  flush(problems: ProblemLog): void {
    for (const w of this.loose) problems.warning(this.sheet, w.cell, w.said);
    for (const { block, found, missing } of this.tallies.values()) {
      if (missing.length === 0) continue;
      if (found > 0) {
        for (const w of missing) problems.warning(this.sheet, w.cell, w.said);
      } else {
        problems.warning(
          this.sheet,
          block.cell,
          messages.fisokoMunicipalityNotFound(block.name, missing.length),
        );
      }
    }
  }

  private tally(block: MunicipalityBlock): Tally {
    // A regional list repeats the municipality on every row: the first row's cell stands for it.
    const key = fisokoText(block.name);
    let tally = this.tallies.get(key);
    if (!tally) this.tallies.set(key, (tally = { block, found: 0, missing: [] }));
    return tally;
  }
}
