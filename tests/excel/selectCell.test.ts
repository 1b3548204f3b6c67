import { selectCell } from "../../src/excel/selectCell";
import { runWithFake } from "./fake/FakeExcel";
import { FakeWorkbook } from "./fake/FakeWorkbook";

function workbook(): FakeWorkbook {
  const fake = new FakeWorkbook();
  fake.addSheet("ОО", [["Наименование ОО"]]);
  fake.addSheet("Результаты", [["ОО"]]);
  return fake;
}

describe("selectCell", () => {
  it("activates the problem's sheet and selects its cell, in one sync", async () => {
    const fake = workbook();
    await expect(
      runWithFake(fake, (context) => selectCell(context, "Результаты", "H17")),
    ).resolves.toBe(true);
    expect(fake.activeSheetId).toBe(fake.sheet("Результаты").id);
    expect(fake.selection).toEqual({ sheetId: fake.sheet("Результаты").id, address: "H17" });
    expect(fake.stats.syncs).toBe(1);
  });

  it("selects a school's whole row", async () => {
    const fake = workbook();
    await runWithFake(fake, (context) => selectCell(context, "ОО", "A5:L5"));
    expect(fake.selection?.address).toBe("A5:L5");
  });

  it("selects the first cell of a sheet-level problem", async () => {
    const fake = workbook();
    await runWithFake(fake, (context) => selectCell(context, "ОО", null));
    expect(fake.selection?.address).toBe("A1");
  });

  it("answers false for a sheet that is gone, or an address that is not one", async () => {
    const fake = workbook();
    await expect(
      runWithFake(fake, (context) => selectCell(context, "Педагоги", "A1")),
    ).resolves.toBe(false);
    await expect(runWithFake(fake, (context) => selectCell(context, "ОО", "ОО!A1"))).resolves.toBe(
      false,
    );
    expect(fake.selection).toBeNull();
  });
});
