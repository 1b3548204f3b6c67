import type { PercentNumber } from "./types";

/**
 * Equal percent and date cells of one workbook as one object each, for the front ends that read
 * a workbook. A share column holds few distinct fractions (counts over headcounts) and a date
 * column few distinct days, yet an object per cell was over a third of a country's input
 * (4,5 million `{percent}` and a million `Date` objects, about 270 MB). The engine only reads
 * cells, so one object may stand in many cells.
 */
export class SharedCells {
  private readonly percents = new Map<number, PercentNumber>();
  private readonly dates = new Map<number, Date>();

  percent(value: number): PercentNumber {
    // A Map takes −0 for 0; a −0 cell keeps its own object so that it reads as it was.
    if (Object.is(value, -0)) return { percent: value };
    let cell = this.percents.get(value);
    if (cell === undefined) {
      cell = { percent: value };
      this.percents.set(value, cell);
    }
    return cell;
  }

  date(value: Date): Date {
    const time = value.getTime();
    let cell = this.dates.get(time);
    if (cell === undefined) {
      cell = value;
      this.dates.set(time, cell);
    }
    return cell;
  }
}
