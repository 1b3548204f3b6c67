import { waitForOffice } from "../../src/excel/waitForOffice";

const globals = globalThis as { Office?: unknown };

function fakeOffice(onReady: () => Promise<{ host: string | null }>, background?: string): void {
  globals.Office = {
    onReady,
    context: background ? { officeTheme: { bodyBackgroundColor: background } } : {},
  };
}

afterEach(() => {
  delete globals.Office;
});

describe("waitForOffice", () => {
  it("returns null when office.js did not load", async () => {
    await expect(waitForOffice(10)).resolves.toBeNull();
  });

  it("returns null when Office is ready but reports no host (a plain browser)", async () => {
    fakeOffice(async () => ({ host: null }));
    await expect(waitForOffice(1000)).resolves.toBeNull();
  });

  it("returns null when Office does not answer in time", async () => {
    fakeOffice(() => new Promise(() => {}));
    await expect(waitForOffice(20)).resolves.toBeNull();
  });

  it.each([
    ["#262626", true],
    ["#FFFFFF", false],
    [undefined, false],
  ])("inside Excel with body background %s reports dark = %s", async (background, dark) => {
    fakeOffice(async () => ({ host: "Excel" }), background);
    await expect(waitForOffice(1000)).resolves.toEqual({ dark });
  });
});
