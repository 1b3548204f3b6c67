import { runWithFake } from "./FakeExcel";
import { FakeWorkbook } from "./FakeWorkbook";

function oneSheet(): FakeWorkbook {
  const fake = new FakeWorkbook();
  fake.addSheet("Лист1");
  return fake;
}

describe("the recording fake of the Excel API", () => {
  it("throws on a property read before it was loaded and synced, as Excel does", async () => {
    const fake = oneSheet();
    await runWithFake(fake, async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Лист1"]);
      expect(() => sheets.items[0].id).toThrow(/PropertyNotLoaded/);
    });
  });

  it("counts an empty sync as a sync but not as a request", async () => {
    const fake = oneSheet();
    await runWithFake(fake, async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Лист1").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.requests).toHaveLength(1);
    expect(fake.stats.requests[0].bytes).toBeGreaterThan(0);
  });

  it("measures a request as the UTF-8 JSON of what was queued, and refuses one over the limit", async () => {
    const fake = new FakeWorkbook({ requestLimitBytes: 10_000 });
    fake.addSheet("Лист1");
    const ws = (context: Excel.RequestContext) => context.workbook.worksheets.getItem("Лист1");
    await runWithFake(fake, async (context) => {
      ws(context).getRange("A1").values = [["ж".repeat(1000)]];
      await context.sync();
      ws(context).getRange("A1").values = [["ж".repeat(6000)]];
      await expect(context.sync()).rejects.toMatchObject({
        code: "RequestPayloadSizeLimitExceeded",
      });
    });
    expect(fake.stats.requests[0].bytes).toBeGreaterThan(2000);
    expect(fake.stats.requests[1].bytes).toBeGreaterThan(12_000);
    expect(fake.sheet("Лист1").value(0, 0)).toBe("ж".repeat(1000));
  });

  it.each([
    ["=1+1", { value: "#NAME?", formula: "=1+1" }],
    ["+x", { value: "#NAME?", formula: "=+x" }],
    ["-5", { value: -5 }],
    ["12.5%", { value: 0.125 }],
    ["'=1+1", { value: "=1+1", quotePrefix: true }],
    ["TRUE", { value: true }],
    ["#N/A", { value: "#N/A", error: true }],
    ["2022-03-31", { value: 44651 }],
    ["2607100", { value: 2607100 }],
    ["Школа", { value: "Школа" }],
  ])("turns the assigned text %j into what Excel would store", async (text, stored) => {
    const fake = oneSheet();
    await runWithFake(fake, async (context) => {
      context.workbook.worksheets.getItem("Лист1").getRange("B2").values = [[text]];
      await context.sync();
    });
    const sheet = fake.sheet("Лист1");
    expect({
      value: sheet.value(1, 1),
      ...(sheet.formula(1, 1) ? { formula: sheet.formula(1, 1) } : {}),
      ...(sheet.isQuotePrefixed(1, 1) ? { quotePrefix: true } : {}),
      ...(sheet.isError(1, 1) && !sheet.formula(1, 1) ? { error: true } : {}),
    }).toEqual(stored);
  });

  it("leaves a cell for null, clears it for an empty text, and refuses a wrong shape", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet("Лист1", [["a", "b"]]);
    await runWithFake(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Лист1").getRange("A1:B1");
      range.values = [[null, ""]];
      await context.sync();
      range.values = [["только одна"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.sheet("Лист1").rows()).toEqual([["a"]]);
  });

  it("refuses to delete the last visible sheet and to add a name that exists", async () => {
    const fake = oneSheet();
    await runWithFake(fake, async (context) => {
      context.workbook.worksheets.getItem("Лист1").delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      context.workbook.worksheets.add("лист1");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
  });

  it("fails on an API it does not imitate, and on work left unsynced", async () => {
    const fake = oneSheet();
    await expect(
      runWithFake(fake, async (context) => {
        (
          context.workbook.worksheets.getItem("Лист1").getRange("A1").format as unknown as {
            shading: string;
          }
        ).shading = "x";
      }),
    ).rejects.toThrow(/no settable/);
    await expect(
      runWithFake(fake, async (context) => {
        context.workbook.worksheets.getItem("Лист1").getRange("A1").values = [[1]];
      }),
    ).rejects.toThrow(/never synced/);
  });

  it("gives every sheet a new id when the file is reopened", () => {
    const fake = oneSheet();
    const before = fake.sheet("Лист1").id;
    fake.reopen();
    expect(fake.sheet("Лист1").id).not.toBe(before);
  });
});
