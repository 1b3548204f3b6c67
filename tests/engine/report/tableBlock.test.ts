import fc from "fast-check";
import {
  tableBlock,
  type ColumnFill,
  type ReportColumn,
} from "../../../src/engine/report/tableBlock";

type Item = { readonly n: number; readonly text: string };
type Totals = { readonly sum: number };

const BAR: readonly ColumnFill[] = [{ kind: "dataBar", color: "FF5B9BD5" }];
const LEVELS: readonly ColumnFill[] = [
  { kind: "textFill", text: "высокий", fill: "FFF4B6B6" },
  { kind: "textFill", text: "средний", fill: "FFFFE2A8" },
];

/** Any column table over `Item`: keys unique, every optional part present or not. */
const columnsArb = fc
  .array(
    fc.record(
      {
        header: fc.string({ maxLength: 12 }),
        pick: fc.constantFrom<"n" | "text" | "index">("n", "text", "index"),
        width: fc.integer({ min: 3, max: 90 }),
        format: fc.constantFrom<string | null>(null, "0", "0.0%"),
        wrap: fc.boolean(),
        fill: fc.constantFrom(BAR, LEVELS),
        total: fc.boolean(),
      },
      { requiredKeys: ["header", "pick"] },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((specs) =>
    specs.map((spec, i): ReportColumn<Item, Totals> => ({
      key: `k${i}`,
      header: spec.header,
      value: (item, index) =>
        spec.pick === "index" ? index + 1 : spec.pick === "n" ? item.n : item.text,
      ...(spec.width === undefined ? {} : { width: spec.width }),
      ...(spec.format === undefined ? {} : { format: spec.format }),
      ...(spec.wrap === undefined ? {} : { wrap: spec.wrap }),
      ...(spec.fill === undefined ? {} : { fill: spec.fill }),
      ...(spec.total ? { total: (t: Totals) => t.sum + i } : {}),
    })),
  );

const itemsArb = fc.array(fc.record({ n: fc.integer(), text: fc.string({ maxLength: 8 }) }), {
  maxLength: 6,
});

/** The 0-based columns and 1-based rows of `A1:B2` or `'Лист'!$A$1:$A$2`. */
function spanOf(range: string): { from: number; to: number; first: number; last: number } {
  const m = /([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range.replace(/\$/g, ""))!;
  const index = (letters: string) =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { from: index(m[1]), first: Number(m[2]), to: index(m[3]), last: Number(m[4]) };
}

describe("tableBlock builds a table from its column table", () => {
  it("keeps header, rows, total, formats, wrap, widths, fills and chart ranges consistent for any column table", () => {
    fc.assert(
      fc.property(
        columnsArb,
        itemsArb,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 5 }),
        fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }),
        (columns, items, row, col, sum) => {
          const totals = sum === undefined ? undefined : { sum };
          const table = tableBlock(columns, items, { sheet: "Лист", row, col }, totals);
          const { block } = table;
          expect([block.kind, block.row, block.col]).toEqual(["table", row, col]);
          expect(block.header).toEqual(columns.map((c) => c.header));
          expect(block.rows).toEqual(items.map((item, i) => columns.map((c) => c.value(item, i))));
          expect(block.total).toEqual(
            totals && columns.map((c) => (c.total ? c.total(totals) : null)),
          );
          const stated = columns.some((c) => c.format !== undefined);
          expect(block.formats).toEqual(stated ? columns.map((c) => c.format ?? null) : undefined);
          const wrap = columns.flatMap((c, i) => (c.wrap ? [i] : []));
          expect(block.wrap).toEqual(wrap.length > 0 ? wrap : undefined);
          expect(table.widths).toEqual(columns.map((c) => c.width));
          expect(table.firstRow).toBe(row + 1);
          expect(table.lastRow).toBe(row + Math.max(items.length, 1));
          columns.forEach((c, i) => {
            const range = table.chartRange(c.key);
            expect(range.startsWith("'Лист'!")).toBe(true);
            expect(spanOf(range)).toEqual({
              from: col + i,
              to: col + i,
              first: table.firstRow + 1,
              last: table.lastRow + 1,
            });
          });
          // Each rule of a column's fill covers that column's data rows, once.
          columns.forEach((c, i) => {
            for (const rule of c.fill ?? []) {
              const covering = table.conditionalFormats.filter((f) => {
                const span = spanOf(f.range);
                const { range: _, ...ruleOf } = f;
                return (
                  span.from <= col + i &&
                  col + i <= span.to &&
                  span.first === table.firstRow + 1 &&
                  span.last === table.lastRow + 1 &&
                  JSON.stringify(ruleOf) === JSON.stringify(rule)
                );
              });
              expect(covering).toHaveLength(1);
            }
          });
          const rules = columns.reduce(
            (n, c, i) => n + (c.fill && c.fill !== columns[i - 1]?.fill ? c.fill.length : 0),
            0,
          );
          expect(table.conditionalFormats).toHaveLength(rules);
        },
      ),
    );
  });

  const school = (width: number): ReportColumn<Item> => ({
    key: "school",
    header: "Образовательная организация",
    value: (item) => item.text,
    width,
    wrap: true,
  });
  const items: Item[] = [
    { n: 4, text: "МБОУ «СОШ №10» ИГОСК" },
    { n: 5, text: "МКОУ «ООШ №14» ИГОСК" },
  ];

  it("colours neighbouring columns that share one fill list with one rule each, over all of them", () => {
    const level = (key: string): ReportColumn<Item> => ({
      key,
      header: key,
      value: () => "высокий (по данным)",
      width: 11,
      fill: LEVELS,
    });
    const table = tableBlock([school(30), level("RF1"), level("RF2"), level("RF3")], items, {
      sheet: "Риски",
      row: 3,
    });
    expect(table.conditionalFormats).toEqual([
      { kind: "textFill", range: "B5:D6", text: "высокий", fill: "FFF4B6B6" },
      { kind: "textFill", range: "B5:D6", text: "средний", fill: "FFFFE2A8" },
    ]);
  });

  it("keeps one blank data row in the ranges of an empty table, as the sheets always had", () => {
    const table = tableBlock([school(30)], [], { sheet: "КПК", row: 3 });
    expect(table.block.rows).toEqual([]);
    expect(table.chartRange("school")).toBe("'КПК'!$A$5:$A$5");
  });

  it("ends with a total row only when totals are given; a column without a total is empty there", () => {
    const sum: ReportColumn<Item, Totals> = {
      key: "n",
      header: "Школ",
      value: (item) => item.n,
      width: 8,
      total: (t) => t.sum,
    };
    const columns = [
      { ...school(30), total: () => "Итого" },
      sum,
      { ...sum, key: "m", total: undefined },
    ];
    expect(tableBlock(columns, items, { sheet: "КПК", row: 3 }, { sum: 9 }).block.total).toEqual([
      "Итого",
      9,
      null,
    ]);
    expect(tableBlock(columns, items, { sheet: "КПК", row: 3 }).block.total).toBeUndefined();
  });

  it("refuses two columns with one key, and a chart range of a key it does not have", () => {
    expect(() => tableBlock([school(30), school(20)], items, { sheet: "КПК", row: 3 })).toThrow(
      "Report columns need unique keys",
    );
    const table = tableBlock([school(30)], items, { sheet: "КПК", row: 3 });
    expect(() => table.chartRange("share")).toThrow("No report column «share»");
  });
});
