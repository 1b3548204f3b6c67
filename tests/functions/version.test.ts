import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { APP_VERSION, METHOD_VERSION } from "../../src/engine/settings";
import { version } from "../../src/functions/functions";

// custom-functions-metadata is what the build's plugin runs, so these are the exact functions.json
// entry and association Excel will get.
const FUNCTIONS_FILE = join(__dirname, "..", "..", "src", "functions", "functions.ts");

describe("SHNOR.VERSION", () => {
  it("names the add-in and method versions: ШНОР Монитор 0.1.0; методика 2026.1", () => {
    expect(version()).toBe(`ШНОР Монитор ${APP_VERSION}; методика ${METHOD_VERSION}`);
    expect(version()).toMatch(/^ШНОР Монитор \d+\.\d+\.\d+; методика \d{4}\.\d+$/);
  });

  it("is declared as VERSION with a Russian description and associated with version()", async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
    expect(result.errors).toEqual([]);
    const metadata = JSON.parse(result.metadataJson) as {
      functions: { id: string; name: string; description: string; parameters: unknown[] }[];
    };
    const entry = metadata.functions.find((f) => f.id === "VERSION");
    expect(entry).toMatchObject({ name: "VERSION", parameters: [] });
    expect(entry?.description).toMatch(/[А-Яа-яЁё]/);
    expect(result.associate).toContainEqual(
      expect.objectContaining({ id: "VERSION", functionName: "version" }),
    );
  });
});
