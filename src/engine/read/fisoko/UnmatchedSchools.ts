import { messages } from "../../messages";
import { ProblemLog } from "../ProblemLog";
import { UnmatchedNames, type SayUnmatched } from "../UnmatchedNames";
import { fisokoText } from "./fisokoText";

/** A municipality of an export: its name and the cell that names it. */
export interface MunicipalityBlock {
  readonly name: string;
  readonly cell: string;
}

/** The warnings of one municipality (or of rows under none), held until the sheet is read. */
interface Tally {
  readonly block: MunicipalityBlock | null;
  found: number;
  rows: number;
  readonly held: ProblemLog;
  readonly names: UnmatchedNames;
}

/**
 * The warnings about schools of an export that ОО does not have. A regional export lists
 * every school of the region: a municipality none of whose schools is in ОО gets one warning
 * at its own row instead of one per school; elsewhere each name gets its own, one however
 * many rows repeat it (DECISIONS B-04).
 */
export class UnmatchedSchools {
  private readonly tallies = new Map<string, Tally>();

  constructor(private readonly sheet: string) {
    this.tally(null); // rows under no municipality are warned of first
  }

  /** A school of the municipality (null: none known) was found in ОО. */
  found(block: MunicipalityBlock | null): void {
    if (block !== null) this.tally(block).found++;
  }

  /**
   * A school was not found; its warning waits until the whole sheet is read.
   *
   * @param name What tells the school from others: its name, login and why it was not found.
   */
  missing(block: MunicipalityBlock | null, cell: string, name: string, say: SayUnmatched): void {
    const tally = this.tally(block);
    tally.rows++;
    tally.names.note(name, cell, say);
  }

  /** Records the warnings, in the order of the sheet's municipalities. */
  flush(problems: ProblemLog): void {
    for (const { block, found, rows, held, names } of this.tallies.values()) {
      if (rows === 0) continue;
      if (block === null || found > 0) {
        names.finish();
        for (const problem of held.items) problems.items.push(problem);
      } else {
        problems.warning(
          this.sheet,
          block.cell,
          messages.fisokoMunicipalityNotFound(block.name, rows),
        );
      }
    }
  }

  private tally(block: MunicipalityBlock | null): Tally {
    // A regional list repeats the municipality on every row: the first row's cell stands for it.
    const key = block === null ? "" : `|${fisokoText(block.name)}`;
    let tally = this.tallies.get(key);
    if (!tally) {
      const held = new ProblemLog();
      const names = new UnmatchedNames(this.sheet, "warning", held);
      this.tallies.set(key, (tally = { block, found: 0, rows: 0, held, names }));
    }
    return tally;
  }
}
