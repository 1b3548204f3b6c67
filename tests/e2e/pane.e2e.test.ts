import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildPane } from "./buildPane";
import { CHROMIUM, ensureChromium } from "./ensureChromium";
import { servePane, type PaneServer } from "./servePane";
import { REPORT_SHEETS } from "../helpers/reportSheets";

const ARTIFACTS = join(__dirname, "artifacts");
const SECTIONS = ["Данные", "Параметры", "Результаты", "Отчёт"] as const;

// office.js itself opens a hidden telemetry frame 3 s after it loads, in Office as here; that
// request is office.js's, not the product's, and is aborted like every other.
const OFFICE_JS_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

type Theme = "light" | "dark";
type Sheet = { name: string; values: unknown[][] };

// Installing the browser may take minutes, so it happens once, before the tests are declared.
const missing = ensureChromium();
if (missing) console.warn(`Браузерный тест пропущен: ${missing}`);
const describeInBrowser = missing ? describe.skip : describe;

describeInBrowser("the pane in Chromium with the real office.js", () => {
  let dir: string;
  let server: PaneServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = await buildPane();
    server = await servePane(dir);
    // launch() starts Chromium with a new temporary user-data-dir, removed on close.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh page (its own profile and in-memory workbook) that records what goes wrong. */
  async function open(query: string, theme: Theme = "light") {
    const context = await browser.newContext({
      viewport: { width: 320, height: 720 },
      colorScheme: theme,
      locale: "ru-RU",
    });
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    // The product makes no network request beyond office.js, which is local here.
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      if (!url.href.startsWith(OFFICE_JS_TELEMETRY)) outside.push(url.href);
      return route.abort();
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}${query}`);
    return { page, outside, errors, close: () => context.close() };
  }

  it("shows «Откройте надстройку в Excel» when opened outside Office", async () => {
    const { page, outside, close } = await open("");
    await page.getByText("Откройте надстройку в Excel").waitFor({ timeout: 10_000 });
    expect(await page.getByRole("tab").count()).toBe(0);
    expect(outside).toEqual([]);
    await close();
  });

  it.each<Theme>(["light", "dark"])(
    "in Excel (%s theme): inserts the template, writes the report, and every section passes axe",
    async (theme) => {
      const { page, outside, errors, close } = await open(`?excel=1&theme=${theme}`, theme);
      await page.getByRole("tab", { name: "Данные" }).waitFor();
      // The sections are reachable from the keyboard: arrows move along the tabs, Enter opens.
      await page.getByRole("tab", { name: "Данные" }).focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await page.getByRole("tab", { name: "Параметры", selected: true }).waitFor();

      await page.getByRole("tab", { name: "Отчёт" }).click();
      await page.getByRole("button", { name: "Вставить шаблон" }).click();
      await page.getByText("Шаблон вставлен").waitFor({ timeout: 30_000 });
      await page.getByRole("button", { name: "Сформировать отчёт" }).click();
      await page.getByText("Отчёт сформирован").waitFor({ timeout: 60_000 });

      const summary = await page.getByRole("status", { name: "Итоги отчёта" }).innerText();
      expect(summary).toContain("22 школы");
      expect(summary).toContain("ШНОР: 4, зона риска: 5");
      expect(summary).toContain("ШНСУ: не определялись");
      expect(summary).toContain("КПК прошли 472 из 760 (62,1 %)");

      const sheets = await page.evaluate(() => window.excelStandIn.sheets());
      checkReportSheets(sheets);

      const violations: string[] = [];
      for (const section of SECTIONS) {
        await show(page, section);
        await page.screenshot({
          path: join(ARTIFACTS, `${fileName(section)}-${theme}.png`),
          fullPage: true,
        });
        violations.push(...(await seriousViolations(page)).map((v) => `${section}: ${v}`));
      }
      // Opening СОШ №12 in «Результаты» selected its row of data on the ОО sheet.
      expect(await page.evaluate(() => window.excelStandIn.selection())).toBe("ОО!A13:L13");

      await page.getByRole("tab", { name: "Данные" }).click();
      await page.getByRole("button", { name: /Педагоги!F263/ }).click();
      await page.waitForFunction(() => window.excelStandIn.selection() === "Педагоги!F263");
      await page
        .getByRole("combobox", { name: "Код ОО" })
        .selectOption({ label: "— не использовать —" });
      await page.waitForFunction(() => "shnor.mapping" in window.excelStandIn.settings());
      const stored = await page.evaluate(() => window.excelStandIn.settings()["shnor.mapping"]);
      const [schools] = JSON.parse(String(stored)) as { sheet: string; columns: object }[];
      expect(schools.sheet).toBe("ОО");
      expect(Object.keys(schools.columns)).not.toContain("id");
      expect(Object.keys(schools.columns)).toContain("name");

      await page.getByRole("tab", { name: "Параметры" }).click();
      await page
        .getByRole("textbox", { name: "Доля школ с самыми низкими результатами (I1)" })
        .fill("25 %");
      await page.getByRole("button", { name: "Сохранить", exact: true }).click();
      await page.getByText("Параметры сохранены в книге").waitFor();
      const settings = await page.evaluate(() => window.excelStandIn.settings());
      expect(JSON.parse(String(settings["shnor.settings"]))).toEqual({
        lowShare: 0.25,
        references: [
          {
            procedure: "ОГЭ",
            subject: "русский язык",
            field: "failShare",
            year: 2022,
            value: 0.041,
          },
        ],
      });

      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await close();
    },
  );
});

/** The sheets the writer made hold the demo district's numbers. */
function checkReportSheets(sheets: Sheet[]) {
  const names = sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(["ОО", "Результаты", "Педагоги", "Параметры"]));
  expect(names).toEqual(expect.arrayContaining(REPORT_SHEETS));
  const sheet = (name: string) => sheets.find((s) => s.name === name)!.values;

  const summaryRow = (label: string) => sheet("Сводка").find((row) => row[0] === label);
  expect(summaryRow("Образовательных организаций")?.[1]).toBe(22);
  expect(summaryRow("ШНОР")?.[1]).toBe(4);
  expect(summaryRow("Зона риска")?.[1]).toBe(5);

  // Статусы ОО: the header is on row 4, then one row per school with the status in column C.
  const statuses = sheet("Статусы ОО")
    .slice(4)
    .map((row) => row[2])
    .filter((v) => v !== "" && v !== null && v !== undefined);
  expect(statuses).toHaveLength(22);
  expect(statuses.filter((s) => s === "ШНОР")).toHaveLength(4);
  expect(statuses.filter((s) => s === "Зона риска")).toHaveLength(5);

  const total = sheet("КПК").find((row) => row[1] === "Итого");
  expect(total?.slice(2, 5)).toEqual([760, 472, 472 / 760]);
}

/** Opens a section and brings its content into a state worth a screenshot. */
async function show(page: Page, section: (typeof SECTIONS)[number]) {
  await page.getByRole("tab", { name: section }).click();
  const panel = page.getByRole("tabpanel");
  if (section === "Данные") await panel.getByText("Проблемы данных").waitFor();
  if (section === "Параметры") {
    await panel.getByRole("button", { name: "Региональные значения" }).click();
    await panel.getByRole("button", { name: "Добавить значение" }).click();
    await panel.getByRole("textbox", { name: "Год", exact: true }).fill("2022");
    await panel.getByRole("textbox", { name: "Доля, %" }).fill("4,1");
  }
  if (section === "Результаты") {
    await panel.getByRole("button", { name: /СОШ №12/ }).click();
    await panel.getByRole("list", { name: "Причины" }).waitFor();
  }
  if (section === "Отчёт") await panel.getByText("Отчёт сформирован").waitFor();
  // Let Fluent's expand animations finish before the picture.
  await page.waitForTimeout(400);
}

/**
 * axe-core's serious and critical violations on the page, as «rule: target» lines. Fluent's
 * focus manager (Tabster) adds hidden focus guards, `<i data-tabster-dummy>`, which axe reports
 * as aria-hidden-focus; they exist to bounce focus and must stay hidden from screen readers
 * (Fluent lists this as a known false positive), so only those nodes are left out.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) =>
        v.nodes
          .filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")))
          .map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}`),
      );
  });
}

function fileName(section: string): string {
  return { Данные: "data", Параметры: "settings", Результаты: "results", Отчёт: "report" }[
    section
  ]!;
}
