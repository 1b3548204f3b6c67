import { detectHost, loadUserDefaults, saveUserDefaults } from "../../src/excel/officeHelpers";

/** The part of the Web Storage API the package touches. */
class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const globals = globalThis as { window?: unknown };
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  globals.window = { localStorage: storage };
});

afterEach(() => {
  delete globals.window;
});

describe("user defaults", () => {
  it("round-trips saved settings under @shnor/userDefaults", () => {
    expect(saveUserDefaults({ lowShare: 0.25, kpkYears: 3, year: 2024 })).toBe(true);
    expect([...storage.items.keys()]).toEqual(["@shnor/userDefaults"]);
    expect(loadUserDefaults()).toEqual({ lowShare: 0.25, kpkYears: 3, year: 2024 });
  });

  it("keeps the as-of date a string, not a Date", () => {
    saveUserDefaults({ asOf: "2022-03-31" });
    expect(loadUserDefaults()).toEqual({ asOf: "2022-03-31" });
  });

  it("drops unknown keys and values of the wrong kind", () => {
    storage.setItem(
      "@shnor/userDefaults",
      JSON.stringify({ lowShare: "20 %", oldKey: 1, minCells: 3, year: null, references: {} }),
    );
    expect(loadUserDefaults()).toEqual({ minCells: 3, year: null });
  });

  it.each([
    ["nothing is stored", null],
    ["the entry is not JSON", "{broken"],
    ["the entry is an array", "[1, 2]"],
  ])("returns {} when %s", (_case, raw) => {
    if (raw !== null) storage.setItem("@shnor/userDefaults", raw);
    expect(loadUserDefaults()).toEqual({});
  });

  it("returns {} and refuses to save where there is no window (Node)", () => {
    delete globals.window;
    expect(loadUserDefaults()).toEqual({});
    expect(saveUserDefaults({ lowShare: 0.3 })).toBe(false);
  });
});

describe("detectHost", () => {
  it("reports Excel on Windows from Office.context", () => {
    globals.window = {
      localStorage: storage,
      Office: { context: { host: "Excel", platform: "PC" } },
    };
    expect(detectHost()).toEqual({ host: "EXCEL", platform: "PC" });
  });

  it("reports WEB with no platform in a plain browser", () => {
    expect(detectHost()).toEqual({ host: "WEB", platform: null });
    globals.window = { localStorage: storage, Office: { context: {} } };
    expect(detectHost()).toEqual({ host: "WEB", platform: null });
  });

  it("reports WEB with no platform where there is no window (Node)", () => {
    delete globals.window;
    expect(detectHost()).toEqual({ host: "WEB", platform: null });
  });
});
