import { createPaneStore } from "../../../src/taskpane/state/createPaneStore";
import { fakeGateway } from "../fakeGateway";
import { SMALL_WORKBOOK } from "../smallWorkbook";

const TODAY = () => "2022-03-31";

describe("createPaneStore", () => {
  it("reads the workbook, proposes the mapping and computes the results", async () => {
    const store = createPaneStore(fakeGateway(SMALL_WORKBOOK), TODAY);
    expect(store.getState().loading).toBe(true);
    await store.actions.refresh();
    const state = store.getState();
    expect(state.loading).toBe(false);
    expect(state.mappingSaved).toBe(false);
    expect(state.mapping.map((m) => m.sheet)).toEqual(["ОО"]);
    expect(state.outcome?.kind === "ok" && state.outcome.results.totals.kpk).toMatchObject({
      completed: 14,
      total: 30,
    });
  });

  it("starts a workbook without saved settings from the user's own defaults", async () => {
    const gateway = fakeGateway(SMALL_WORKBOOK);
    gateway.loadUserDefaults = () => ({ lowShare: 0.3 });
    const store = createPaneStore(gateway, TODAY);
    await store.actions.refresh();
    expect(store.getState().settings).toEqual({ lowShare: 0.3 });
  });

  it("keeps the workbook's saved settings over the user's defaults", async () => {
    const gateway = fakeGateway(SMALL_WORKBOOK, { settings: {} });
    gateway.loadUserDefaults = () => ({ lowShare: 0.3 });
    const store = createPaneStore(gateway, TODAY);
    await store.actions.refresh();
    expect(store.getState().settings).toEqual({});
  });

  it("writes the report with progress and sums it up: 1 school with КПК 14 of 30", async () => {
    const gateway = fakeGateway(SMALL_WORKBOOK);
    const store = createPaneStore(gateway, TODAY);
    await store.actions.refresh();
    const stages: string[] = [];
    store.subscribe(() => {
      const { report } = store.getState();
      if (report.phase === "running") stages.push(`${report.fraction.toFixed(2)} ${report.stage}`);
    });
    await store.actions.makeReport();
    expect(stages).toEqual([
      "0.00 Чтение книги…",
      "0.10 Расчёт показателей…",
      "0.20 Подготовка листов отчёта…",
      "0.30 Запись листов…",
      "1.00 Готово",
    ]);
    const { report } = store.getState();
    expect(report.phase === "done" && report.summary).toMatchObject({
      schools: 2,
      shnor: 0,
      kpk: { completed: 14, total: 30 },
    });
    expect(report.phase === "done" && report.summary.sheets).toContain("Сводка");
  });

  it("reports a writer's failure in Russian with Excel's own words", async () => {
    const gateway = fakeGateway(SMALL_WORKBOOK);
    gateway.writeReport = async () => {
      throw Object.assign(new Error("The request payload size has exceeded the limit."), {
        code: "RequestPayloadSizeLimitExceeded",
      });
    };
    const store = createPaneStore(gateway, TODAY);
    await store.actions.refresh();
    await store.actions.makeReport();
    expect(store.getState().report.phase).toBe("idle");
    expect(store.getState().notice).toEqual({
      intent: "error",
      title: "Не удалось сформировать отчёт",
      text: "The request payload size has exceeded the limit.",
    });
  });

  it("refuses a report for a workbook without an ОО sheet, saying why", async () => {
    const store = createPaneStore(fakeGateway({ sheets: [] }), TODAY);
    await store.actions.refresh();
    await store.actions.makeReport();
    expect(store.getState().notice).toMatchObject({
      intent: "error",
      title: "Не удалось сформировать отчёт",
      text: "В книге нет листа со списком школ (ожидался лист «ОО» или лист со столбцом «Наименование ОО»). В книге нет листов",
    });
  });

  it("shows why the workbook could not be read", async () => {
    const gateway = fakeGateway(SMALL_WORKBOOK);
    gateway.readWorkbook = async () => {
      throw new Error("GeneralException");
    };
    const store = createPaneStore(gateway, TODAY);
    await store.actions.refresh();
    expect(store.getState()).toMatchObject({
      loading: false,
      notice: { intent: "error", title: "Не удалось прочитать книгу", text: "GeneralException" },
    });
  });

  it("reads the workbook again after inserting the template", async () => {
    let inserted = false;
    const gateway = fakeGateway({ sheets: [] });
    gateway.insertTemplate = async () => {
      inserted = true;
      return ["ОО"];
    };
    gateway.readWorkbook = async () => ({
      workbook: inserted ? SMALL_WORKBOOK : { sheets: [] },
      tables: [],
    });
    const store = createPaneStore(gateway, TODAY);
    await store.actions.refresh();
    expect(store.getState().outcome?.kind).toBe("unreadable");
    await store.actions.insertTemplate();
    expect(store.getState().outcome?.kind).toBe("ok");
    expect(store.getState().notice).toEqual({
      intent: "success",
      title: "Шаблон вставлен: лист «ОО» с примером округа",
    });
  });

  it("says so when the browser keeps no per-user defaults", async () => {
    const gateway = fakeGateway(SMALL_WORKBOOK);
    gateway.saveUserDefaults = () => false;
    const store = createPaneStore(gateway, TODAY);
    store.actions.saveUserDefaults({ lowShare: 0.25 });
    expect(store.getState().notice?.intent).toBe("warning");
  });
});
