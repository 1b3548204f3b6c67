import { readFileSync } from "node:fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import "./customFunctions";
import * as functions from "../../src/functions/functions";
import { TRANSLATIONS } from "../../src/functions/translations";
import { defaultSettings, formatNumber } from "../../src/engine";
import { formatDate } from "../../src/engine/format/formatDate";
import { localizeFunctions, type FunctionsMetadata } from "../../scripts/localizeFunctions";
import { FUNCTIONS_FILE, functionExamples } from "../../scripts/functionsTable";

type Metadata = FunctionsMetadata;

// SPEC 7: every function with its parameters; «m» a range (matrix), «s» a value, «?» optional.
const SPEC_7: Record<string, string[]> = {
  KPK_SHARE: ["s", "s"],
  KPK_TOTAL: ["m", "m"],
  KPK_VALID: ["s", "s", "s?", "s?", "s?"],
  KPK_DUE: ["s", "s?"],
  PRANK: ["s", "m"],
  LOWEST: ["s", "m", "s?"],
  DECLINING: ["m", "s?"],
  RISK: ["m", "m", "m?"],
  REASONS: ["m", "m", "m?"],
  ISBSH: ["m", "m", "m?", "m?"],
  CLASSIFY: ["m", "m", "m?", "m?"],
  NORMNAME: ["s"],
  PLURAL: ["s", "s", "s", "s"],
  VERSION: [],
};
const CYRILLIC = /[А-Яа-яЁё]/;

describe("the functions' metadata (functions.json and functions-ru.json)", () => {
  let english: Metadata;
  let associations: { id: string; functionName: string }[];
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
    expect(generated.errors).toEqual([]);
    english = JSON.parse(generated.metadataJson) as Metadata;
    associations = generated.associate;
  });
  const entry = (id: string) => english.functions.find((f) => f.id === id)!;

  it("declares exactly the functions of SPEC 7, with their ids", () => {
    expect(english.functions.map((f) => f.id).sort()).toEqual(Object.keys(SPEC_7).sort());
    expect(english.functions.every((f) => f.name === f.id)).toBe(true);
  });

  it.each(Object.entries(SPEC_7))(
    "gives %s its parameters, optional flags and ranges",
    (id, spec) => {
      const shape = entry(id).parameters.map(
        (p) => `${p.dimensionality === "matrix" ? "m" : "s"}${p.optional ? "?" : ""}`,
      );
      expect(shape).toEqual(spec);
    },
  );

  it("returns CLASSIFY as a table to spill and every other function as one value", () => {
    expect(entry("CLASSIFY").result.dimensionality).toBe("matrix");
    const others = english.functions.filter((f) => f.id !== "CLASSIFY");
    expect(others.filter((f) => f.result.dimensionality === "matrix")).toEqual([]);
  });

  it("has no volatile or streaming function: a result changes only when its data change", () => {
    expect(english.functions.filter((f) => f.options?.volatile || f.options?.stream)).toEqual([]);
  });

  it("describes every function and every parameter in Russian", () => {
    const texts = english.functions.flatMap((f) => [
      f.description,
      ...f.parameters.map((p) => p.description),
    ]);
    expect(texts.filter((text) => !CYRILLIC.test(text ?? ""))).toEqual([]);
  });

  it("binds every id to the function declared for it", () => {
    for (const { id, functionName } of associations) {
      expect(typeof (functions as Record<string, unknown>)[functionName]).toBe("function");
      expect(SPEC_7[id]).toBeDefined();
    }
    expect(associations).toHaveLength(Object.keys(SPEC_7).length);
  });

  it("states the defaults of SPEC 5 that the engine uses", () => {
    const settings = defaultSettings("2022-03-31");
    const described = (id: string, name: string) =>
      entry(id).parameters.find((p) => p.name === name)!.description;
    expect(described("KPK_VALID", "years")).toContain(`по умолчанию ${settings.kpkYears}`);
    expect(described("KPK_VALID", "minHours")).toContain(`по умолчанию ${settings.kpkMinHours}`);
    expect(described("KPK_DUE", "years")).toContain(`по умолчанию ${settings.kpkYears}`);
    expect(described("LOWEST", "share")).toContain(
      `по умолчанию ${formatNumber(settings.lowShare)}`,
    );
  });

  describe("functions-ru.json", () => {
    let russian: Metadata;
    beforeAll(() => {
      const localized = localizeFunctions(english, TRANSLATIONS);
      expect(localized.problems).toEqual([]);
      russian = localized.metadata as Metadata;
    });

    it("keeps every id, type and description, and only renames", () => {
      expect(russian.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
      const strip = (m: Metadata) =>
        m.functions.map((f) => ({
          ...f,
          name: "",
          parameters: f.parameters.map((p) => ({ ...p, name: "" })),
        }));
      expect(strip(russian)).toEqual(strip(english));
    });

    it("gives every function and every parameter a Russian name", () => {
      for (const fn of russian.functions) {
        expect(fn.name).toMatch(CYRILLIC);
        expect(fn.name).toBe(TRANSLATIONS[fn.id].name);
        for (const p of fn.parameters) expect(`${fn.id}.${p.name}`).toMatch(CYRILLIC);
      }
      expect(russian.functions.find((f) => f.id === "CLASSIFY")!.name).toBe("КЛАССИФИКАЦИЯ");
      expect(russian.functions.find((f) => f.id === "RISK")!.name).toBe("РИСК");
      expect(russian.functions.find((f) => f.id === "KPK_SHARE")!.name).toBe("КПК_ДОЛЯ");
    });

    it("fails the build for a missing, stale or unusable translation", () => {
      const { KPK_SHARE, ...withoutOne } = TRANSLATIONS;
      expect(localizeFunctions(english, withoutOne).problems).toEqual([
        "функция KPK_SHARE: нет русского названия в src/functions/translations.ts",
      ]);
      const noParameter = {
        ...TRANSLATIONS,
        KPK_SHARE: { ...KPK_SHARE, parameters: { completed: "прошли" } },
      };
      expect(localizeFunctions(english, noParameter).problems).toEqual([
        "функция KPK_SHARE: нет русского имени параметра total",
      ]);
      const stale = { ...TRANSLATIONS, OLD: { name: "СТАРАЯ", parameters: {} } };
      expect(localizeFunctions(english, stale).problems).toEqual([
        "перевод для функции OLD, которой нет в functions.ts",
      ]);
      const bad = { ...TRANSLATIONS, VERSION: { name: "1Я", parameters: {} } };
      expect(localizeFunctions(english, bad).problems).toHaveLength(1);
    });
  });

  describe("the examples in the JSDoc", () => {
    const examples = functionExamples(readFileSync(FUNCTIONS_FILE, "utf8"));
    const LITERAL = /^(?:-?\d+(?:,\d+)?|"[^"]*")$/;

    it("give every function one example", () => {
      expect([...examples.keys()].sort()).toEqual(Object.keys(SPEC_7).sort());
    });

    // An example with literal arguments only is computed; one over ranges describes the range.
    it.each([...examples.entries()])("%s: %s", (id, example) => {
      const match = /^=SHNOR\.(\w+)\((.*)\) → (.+)$/.exec(example);
      expect(match?.[1]).toBe(id);
      const args = match![2] === "" ? [] : match![2].split(";").map((a) => a.trim());
      if (!args.every((a) => LITERAL.test(a))) return;
      const values = args.map((a) =>
        a.startsWith('"') ? a.slice(1, -1) : Number(a.replace(",", ".")),
      );
      const name = associations.find((a) => a.id === id)!.functionName;
      const value = ((functions as Record<string, unknown>)[name] as (...a: unknown[]) => unknown)(
        ...values,
      );
      const expected = match![3];
      const shown =
        typeof value === "boolean"
          ? value
            ? "ИСТИНА"
            : "ЛОЖЬ"
          : typeof value === "number" && /^\d\d\.\d\d\.\d{4}$/.test(expected)
            ? formatDate(value - 25_569)
            : typeof value === "number"
              ? formatNumber(value)
              : value;
      expect(shown).toBe(expected);
    });
  });
});
