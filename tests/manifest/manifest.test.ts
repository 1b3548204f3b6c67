import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

// A text-level reading of manifest.xml: enough to catch the mistakes that make Excel refuse the
// add-in silently (a dangling resid, a second origin), with no XML package to depend on.

const ROOT = join(__dirname, "..", "..");
const ORIGIN = "https://localhost:3000/";
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");

function attributeValues(name: string, text = xml): string[] {
  return [...text.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map((m) => m[1]);
}

function section(tag: string): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!match) throw new Error(`manifest.xml has no <${tag}>`);
  return match[1];
}

/** The names of the child elements of the element that opens with `opening`, in order. */
function children(opening: string): string[] {
  const at = xml.indexOf(opening);
  if (at < 0) throw new Error(`manifest.xml has no ${opening}`);
  const names: string[] = [];
  let depth = 0;
  const tags = xml.slice(at + opening.length).matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g);
  for (const [, closing, name, selfClosing] of tags) {
    if (closing) {
      if (depth === 0) break;
      depth--;
      continue;
    }
    if (depth === 0) names.push(name);
    if (!selfClosing) depth++;
  }
  return names;
}

/** The Value of a resource's override for a locale. */
function override(id: string, locale: string): string | undefined {
  const element = new RegExp(`id="${id.replace(/\./g, "\\.")}"[^>]*>([\\s\\S]*?)</bt:`).exec(
    section("Resources"),
  );
  return new RegExp(`<bt:Override Locale="${locale}" Value="([^"]*)"`).exec(
    element?.[1] ?? "",
  )?.[1];
}

/** The DefaultValue of the resource with this id. */
function resource(id: string): string | undefined {
  const match = new RegExp(`\\sid="${id.replace(/\./g, "\\.")}"\\s+DefaultValue="([^"]*)"`).exec(
    section("Resources"),
  );
  return match?.[1];
}

describe("manifest.xml", () => {
  const resids = [...new Set(attributeValues("resid"))];
  const resourceIds = attributeValues("id", section("Resources"));

  it("defines every resid it uses in <Resources>", () => {
    expect(resids.length).toBeGreaterThan(5);
    expect(resids.filter((id) => !resourceIds.includes(id))).toEqual([]);
  });

  it("keeps every resid within Office's 32-character limit", () => {
    expect(resids.filter((id) => id.length > 32)).toEqual([]);
  });

  it("serves every URL from https://localhost:3000", () => {
    const urls = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, "").match(/https?:\/\/[^\s"<]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(ORIGIN))).toEqual([]);
  });

  it("points at icons that exist in assets/", () => {
    const icons = (xml.match(/https:\/\/localhost:3000\/assets\/[\w.-]+/g) ?? []).map((url) =>
      url.slice(ORIGIN.length),
    );
    expect(icons).toContain("assets/icon-16.png");
    expect(icons.filter((file) => !existsSync(join(ROOT, file)))).toEqual([]);
  });

  it("names the namespace ШНОР in Russian Excel and SHNOR in English Excel", () => {
    const namespace = /<Namespace resid="([^"]+)"/.exec(xml)?.[1];
    expect(namespace).toBeDefined();
    expect(resource(namespace!)).toBe("ШНОР");
    expect(override(namespace!, "en-US")).toBe("SHNOR");
  });

  it("loads functions.js, and functions-ru.json or in English Excel functions.json", () => {
    expect(resource("Functions.Script.Url")).toBe(`${ORIGIN}functions.js`);
    expect(resource("Functions.Metadata.Url")).toBe(`${ORIGIN}functions-ru.json`);
    expect(override("Functions.Metadata.Url", "en-US")).toBe(`${ORIGIN}functions.json`);
  });

  it("asks the build for exactly the metadata files it points at", () => {
    const config = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
    expect(config).toContain('output: "functions.json"');
    expect(config).toContain('emitAsset("functions-ru.json"');
  });

  it("overrides no value for its own default locale, which Office does not allow", () => {
    const locale = /<DefaultLocale>([^<]+)<\/DefaultLocale>/.exec(xml)?.[1];
    expect(attributeValues("Locale")).not.toContain(locale);
  });

  it("requires the shared runtime, and custom functions runtime 1.2 for errors with a message", () => {
    const sets = section("Requirements");
    expect(sets).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/);
    expect(sets).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.2"\s*\/>/);
  });

  it("keeps the elements in the order of the manifest schema", () => {
    const schemaOrder = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const top = children("<OfficeApp ");
    expect(top).toHaveLength(13);
    expect(top).toEqual(schemaOrder.filter((name) => top.includes(name)));
    expect(children("<VersionOverrides ")).toEqual(["Hosts", "Resources"]);
    expect(children('<ExtensionPoint xsi:type="CustomFunctions">')).toEqual([
      "Script",
      "Page",
      "Metadata",
      "Namespace",
    ]);
    expect(children("<Resources>")).toEqual([
      "bt:Images",
      "bt:Urls",
      "bt:ShortStrings",
      "bt:LongStrings",
    ]);
  });

  it("puts Runtimes first in the workbook host, then the form factors", () => {
    expect(children('<Host xsi:type="Workbook">')).toEqual([
      "Runtimes",
      "AllFormFactors",
      "DesktopFormFactor",
    ]);
  });

  it("runs the pane, the functions and the button in one long-lived runtime", () => {
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\s*\/>/);
    const page = /<Page>\s*<SourceLocation resid="([^"]+)"/.exec(xml)?.[1];
    const action = /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/.exec(
      xml,
    )?.[1];
    expect([page, action]).toEqual(["Taskpane.Url", "Taskpane.Url"]);
    expect(resource("Taskpane.Url")).toBe(`${ORIGIN}taskpane.html`);
  });

  it("speaks Russian by default and English as an override", () => {
    expect(xml).toMatch(/<DefaultLocale>ru-RU<\/DefaultLocale>/);
    expect(xml).toMatch(/<DisplayName DefaultValue="ШНОР Монитор">\s*<Override Locale="en-US"/);
    expect(resource("OpenPane.Label")).toBe("Открыть панель");
  });

  it("is read without errors by office-addin-manifest", () => {
    const bin = join(ROOT, "node_modules", ".bin", "office-addin-manifest");
    const output = execFileSync(bin, ["info", "manifest.xml"], { cwd: ROOT, encoding: "utf8" });
    expect(output).toContain("Default Locale: ru-RU");
  });
});
