import { proposeMapping } from "../../src/engine";
import {
  loadStoredConfiguration,
  MAPPING_KEY,
  saveMapping,
  saveSettings,
  SETTINGS_KEY,
  settingsOverrides,
  storedMapping,
} from "../../src/excel/settingsStore";
import { loadWorkbook } from "../helpers/loadDemo";
import { runWithFake } from "./fake/FakeExcel";
import { FakeWorkbook } from "./fake/FakeWorkbook";

describe("settingsStore", () => {
  it("loads nothing from a workbook that never saved: defaults and no mapping, in one sync", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet("ОО");
    await expect(runWithFake(fake, loadStoredConfiguration)).resolves.toEqual({
      settings: {},
      mapping: null,
    });
    expect(fake.stats.syncs).toBe(1);
  });

  it("saves the settings and the mapping as JSON in the workbook and loads them back", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet("ОО");
    const mapping = proposeMapping(await loadWorkbook());
    const settings = { lowShare: 0.25, compositeProcedures: ["ОГЭ", "ЕГЭ"], year: 2022 };
    await runWithFake(fake, (context) => saveSettings(context, settings));
    await runWithFake(fake, (context) => saveMapping(context, mapping));
    expect(typeof fake.settings.get(SETTINGS_KEY)).toBe("string");
    expect(JSON.parse(fake.settings.get(MAPPING_KEY) as string)).toEqual(mapping);
    await expect(runWithFake(fake, loadStoredConfiguration)).resolves.toEqual({
      settings,
      mapping,
    });
  });

  it("resets the settings by saving none", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet("ОО");
    await runWithFake(fake, (context) => saveSettings(context, { lowShare: 0.3 }));
    await runWithFake(fake, (context) => saveSettings(context, {}));
    expect((await runWithFake(fake, loadStoredConfiguration)).settings).toEqual({});
  });

  it.each([
    ["not JSON", "{", {}],
    ["an unknown key", { colour: "red", lowShare: 0.2 }, { lowShare: 0.2 }],
    ["a number as text", { lowShare: "0,2" }, {}],
    ["an infinite number", { lowShare: null }, {}],
    ["a year of null", { year: null }, { year: null }],
    ["a reference of the wrong shape", { references: [{ procedure: "ОГЭ" }] }, {}],
    ["weights that are not numbers", { isbshWeights: { a: "1" } }, {}],
  ])("drops %s from stored settings", (_what, stored, kept) => {
    expect(settingsOverrides(typeof stored === "string" ? stored : JSON.stringify(stored))).toEqual(
      kept,
    );
  });

  it("drops mapping entries that are not well-formed, and reads junk as no mapping", () => {
    const good = {
      kind: "schools",
      sheet: "ОО",
      headerRow: 0,
      columns: { name: 1 },
      headers: ["Код", "Наименование"],
    };
    const bad = [
      { ...good, kind: "pupils" },
      { ...good, headerRow: -1 },
      { ...good, columns: { name: "B" } },
    ];
    expect(storedMapping(JSON.stringify([good, ...bad]))).toEqual([good]);
    expect(storedMapping("не JSON")).toBeNull();
    expect(storedMapping(JSON.stringify({ kind: "schools" }))).toBeNull();
  });
});
