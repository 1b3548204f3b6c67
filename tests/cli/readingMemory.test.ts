import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { open } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { planMemory, readingMemory, tooLargeMessage } from "../../src/cli/readingMemory";
import { readZipDirectory } from "../../src/cli/xlsx/zipArchive";
import { REPO_ROOT, runCli } from "../helpers/runCli";
import { xlsxBytes, type XlsxCell } from "../helpers/xlsxBytes";

const MB = 1024 * 1024;
const GB = 1024 * MB;

/** A zip package storing each part uncompressed, as the zip format lays it out. */
function storedZip(parts: Record<string, number>): Buffer {
  const locals: Buffer[] = [];
  const entries: Buffer[] = [];
  let offset = 0;
  for (const [name, size] of Object.entries(parts)) {
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(size, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const data = Buffer.alloc(size, 0x20);
    locals.push(local, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt32LE(size, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    entries.push(entry, nameBytes);
    offset += 30 + nameBytes.length + size;
  }
  const directory = Buffer.concat(entries);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe("readingMemory estimates what reading a workbook takes", () => {
  const dir = mkdtempSync(join(tmpdir(), "shnor-memory-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("counts the sheets and shared strings, 16 bytes per byte of XML over 256 MB", async () => {
    const path = join(dir, "parts.xlsx");
    writeFileSync(
      path,
      storedZip({
        "[Content_Types].xml": 700,
        "xl/workbook.xml": 800,
        "xl/styles.xml": 3_000,
        "xl/worksheets/sheet1.xml": 10_000,
        "xl/worksheets/sheet2.xml": 25_000,
        "xl/worksheets/_rels/sheet1.xml.rels": 400,
        "xl/sharedStrings.xml": 5_000,
      }),
    );
    // 10 000 + 25 000 + 5 000 bytes of cells: 40 000 × 16 = 640 000.
    expect(await readingMemory(path)).toBe(256 * MB + 640_000);
  });

  it("counts an .ods's content.xml, 8 bytes a byte, and a .csv file, 24 bytes a byte", async () => {
    const ods = join(dir, "district.ods");
    writeFileSync(ods, storedZip({ mimetype: 46, "styles.xml": 9_000, "content.xml": 50_000 }));
    const csv = join(dir, "ОО.csv");
    writeFileSync(csv, Buffer.alloc(1_000, 0x41));
    expect(await readingMemory(ods)).toBe(256 * MB + 400_000);
    expect(await readingMemory(csv)).toBe(256 * MB + 24_000);
  });

  it("adds up several .csv files over one base", async () => {
    const paths = [1_000, 2_000].map((size, i) => {
      const path = join(dir, `part${i}.csv`);
      writeFileSync(path, Buffer.alloc(size, 0x41));
      return path;
    });
    expect(await readingMemory(...paths)).toBe(256 * MB + 72_000);
  });

  it("adds 4 200 bytes for each row a sheet declares, for the report to be written", async () => {
    const path = join(dir, "rows.xlsx");
    const rows: XlsxCell[][] = [["Наименование ОО"]];
    for (let i = 1; i <= 999; i++) rows.push([`СОШ №${i}`]);
    writeFileSync(path, xlsxBytes([{ name: "ОО", rows }]));
    const file = await open(path, "r");
    const sheet = (await readZipDirectory(file))!.get("xl/worksheets/sheet1.xml")!;
    await file.close();
    // <dimension ref="A1:A1000"/>: 1 000 rows.
    expect(await readingMemory(path)).toBe(256 * MB + 16 * sheet.size + 1_000 * 4_200);
  });

  it("counts no more rows than the sheet's bytes can hold, whatever its range says", async () => {
    const path = join(dir, "claims.xlsx");
    const bytes = xlsxBytes([{ name: "ОО", rows: [["Наименование ОО"], ["СОШ №1"]] }]);
    writeFileSync(
      path,
      Buffer.from(bytes.toString("latin1").replace("A1:A2", "A1:A1048576"), "latin1"),
    );
    const file = await open(path, "r");
    const sheet = (await readZipDirectory(file))!.get("xl/worksheets/sheet1.xml")!;
    await file.close();
    // The part is deflated: its range is found in the unpacked start of it.
    expect(await readingMemory(path)).toBeLessThan(256 * MB + 16 * sheet.size + 4_200 * 20);
  });

  it("gives null for a file that is no zip package", async () => {
    const path = join(dir, "text.xlsx");
    writeFileSync(path, "ФИО;ОО\nИванов;СОШ №1\n");
    expect(await readingMemory(path)).toBeNull();
  });

  it("keeps a demo-sized workbook far below Node's default heap", async () => {
    const need = await readingMemory(join(REPO_ROOT, "examples", "demo-district.xlsx"));
    expect(need).toBeGreaterThan(256 * MB);
    expect(need).toBeLessThan(512 * MB);
  });
});

describe("planMemory", () => {
  it.each([
    ["fits the heap", 3 * GB, 4 * GB, 16 * GB, { kind: "fits" }],
    ["exactly the heap", 4 * GB, 4 * GB, 16 * GB, { kind: "fits" }],
    [
      "grows the heap to what is needed",
      6 * GB + 1,
      4 * GB,
      16 * GB,
      { kind: "growHeap", heapMB: 6 * 1024 + 1 },
    ],
    [
      "grows it up to 80 % of the memory",
      12.8 * GB,
      4 * GB,
      16 * GB,
      { kind: "growHeap", heapMB: 13_108 }, // 13 107,2 MB, rounded up,
    ],
    [
      "stops beyond 80 % of the memory even when the heap is larger",
      13 * GB,
      16 * GB,
      16 * GB,
      { kind: "tooLarge", needMB: 13 * 1024, totalMB: 16 * 1024 },
    ],
    [
      "stops beyond 80 % of the memory",
      13 * GB,
      4 * GB,
      16 * GB,
      { kind: "tooLarge", needMB: 13 * 1024, totalMB: 16 * 1024 },
    ],
    [
      "stops for a ZIP64 part",
      Infinity,
      4 * GB,
      16 * GB,
      { kind: "tooLarge", needMB: Infinity, totalMB: 16 * 1024 },
    ],
  ])("%s", (_, need, heap, total, plan) => {
    expect(planMemory(need, heap, total)).toEqual(plan);
  });

  it("says in Russian how much is needed and how much there is", () => {
    const message = tooLargeMessage("страна.xlsx", {
      kind: "tooLarge",
      needMB: 14_540,
      totalMB: 8_192,
    });
    expect(message).toBe(
      "книга страна.xlsx слишком велика для памяти этого компьютера: для чтения книги и записи " +
        "отчёта нужно около 14,2 ГБ, " +
        "а всего памяти 8,0 ГБ. Разделите книгу (например, по муниципалитетам) или запустите " +
        "расчёт на компьютере с большим объёмом памяти",
    );
  });
});

describe("the CLI with a heap smaller than the workbook needs", () => {
  it("runs itself again with a larger heap: same exit code, one report, nothing on stderr", () => {
    const dir = mkdtempSync(join(tmpdir(), "shnor-heap-"));
    try {
      const out = join(dir, "report.xlsx");
      const previous = process.env.NODE_OPTIONS;
      // The demo needs about 283 MB by the estimate: 200 MB makes the CLI grow its heap.
      process.env.NODE_OPTIONS = "--max-old-space-size=200";
      let run;
      try {
        run = runCli(["examples/demo-district.xlsx", "--out", out, "--quiet"]);
      } finally {
        if (previous === undefined) delete process.env.NODE_OPTIONS;
        else process.env.NODE_OPTIONS = previous;
      }
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(existsSync(out)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a workbook too large for the computer's memory", () => {
  const dir = mkdtempSync(join(tmpdir(), "shnor-large-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** ОО of short rows: a name and a count each. */
  function schools(count: number): string {
    const rows: XlsxCell[][] = [["Наименование ОО", "Численность педагогических работников"]];
    for (let i = 1; i <= count; i++) rows.push([`Школа ${i}`, 10]);
    const path = join(dir, `schools-${count}.xlsx`);
    writeFileSync(path, xlsxBytes([{ name: "ОО", rows }]));
    return path;
  }

  /** Runs the CLI as on a computer with this many megabytes of memory. */
  function runWithMemory(memoryMB: number, args: readonly string[]) {
    const previous = process.env.SHNOR_MEMORY_MB;
    process.env.SHNOR_MEMORY_MB = String(memoryMB);
    try {
      return runCli(args);
    } finally {
      if (previous === undefined) delete process.env.SHNOR_MEMORY_MB;
      else process.env.SHNOR_MEMORY_MB = previous;
    }
  }

  const SIZE_MESSAGE =
    /^Ошибка: книга \S+ слишком велика для памяти этого компьютера: для чтения книги и записи отчёта нужно около \d+,\d ГБ, а всего памяти \d+,\d ГБ\. Разделите книгу .*\n$/;

  it("is refused before reading when its 200 000 short rows would make too large a report", () => {
    const out = join(dir, "r200k.xlsx");
    // 256 MB + 16 × 22 MB of XML + 200 001 rows × 4 200 bytes ≈ 1,4 GB, of 1 GB.
    const run = runWithMemory(1024, [schools(200_000), "--out", out, "--quiet"]);
    expect(run.stderr).toMatch(SIZE_MESSAGE);
    expect(run.stderr).toContain("нужно около 1,4 ГБ, а всего памяти 1,0 ГБ");
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("is refused before writing when its report would not fit, though reading fits", () => {
    const out = join(dir, "r10k.xlsx");
    // Reading: about 0,3 GB of 80 % of 0,5 GB; the report: 10 000 schools × 46 cells × 1,4 KB.
    const run = runWithMemory(512, [schools(10_000), "--out", out, "--quiet"]);
    expect(run.stderr).toMatch(SIZE_MESSAGE);
    expect(run.stderr).toContain("а всего памяти 0,5 ГБ");
    // Reading alone is estimated at 0,3 GB: the figure said is the report's.
    const need = Number(/нужно около (\d+,\d)/.exec(run.stderr)![1].replace(",", "."));
    expect(need).toBeGreaterThanOrEqual(0.6);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
