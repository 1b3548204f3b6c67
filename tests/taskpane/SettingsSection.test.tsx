/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { renderPane } from "./renderPane";

const LOW_SHARE = "Доля школ с самыми низкими результатами (I1)";

function lowShareInput(): HTMLInputElement {
  return screen.getByRole("textbox", { name: LOW_SHARE }) as HTMLInputElement;
}

describe("SettingsSection", () => {
  it("shows each setting with its default in percent and its basis", async () => {
    await renderPane("settings");
    expect(lowShareInput().value).toBe("20");
    expect(
      screen.getByText(
        "По умолчанию 20 %. Основание: приказ Смоленской обл. № 338-ОД: нижние 20 %",
      ),
    ).toBeTruthy();
  });

  it.each([
    ["25", 0.25],
    ["25 %", 0.25],
    ["0,5", 0.005],
  ])("saves «%s» for the share of lowest schools as %s", async (typed, saved) => {
    const { gateway, store } = await renderPane("settings");
    fireEvent.change(lowShareInput(), { target: { value: typed } });
    fireEvent.click(screen.getByRole("button", { name: "Сохранить" }));
    await waitFor(() => expect(gateway.calls.saveSettings).toHaveLength(1));
    expect(gateway.calls.saveSettings[0]).toEqual({ lowShare: saved });
    const outcome = store.getState().outcome;
    expect(outcome?.kind === "ok" && outcome.results.settings.lowShare).toBe(saved);
    expect(await screen.findByText("Параметры сохранены в книге")).toBeTruthy();
  });

  it("resets a field to its default: 20 %, and the saved settings drop it", async () => {
    const { gateway, store } = await renderPane("settings", undefined, {
      settings: { lowShare: 0.25, kpkYears: 5 },
    });
    expect(lowShareInput().value).toBe("25");
    fireEvent.click(screen.getByRole("button", { name: `Сбросить: ${LOW_SHARE}` }));
    expect(lowShareInput().value).toBe("20");
    fireEvent.click(screen.getByRole("button", { name: "Сохранить" }));
    await waitFor(() => expect(gateway.calls.saveSettings).toHaveLength(1));
    expect(gateway.calls.saveSettings[0]).toEqual({ kpkYears: 5 });
    const outcome = store.getState().outcome;
    expect(outcome?.kind === "ok" && outcome.results.settings.lowShare).toBe(0.2);
  });

  it("resets every setting with «Сбросить всё»", async () => {
    const { gateway } = await renderPane("settings", undefined, {
      settings: { lowShare: 0.25, kpkYears: 5 },
    });
    fireEvent.click(screen.getByRole("button", { name: "Сбросить всё" }));
    expect(lowShareInput().value).toBe("20");
    fireEvent.click(screen.getByRole("button", { name: "Сохранить" }));
    await waitFor(() => expect(gateway.calls.saveSettings).toEqual([{}]));
  });

  it.each([
    ["двадцать", "«двадцать» — не число; введите, например, 20 или 20 %"],
    ["120", "Доля задаётся в процентах: от 0 до 100"],
    ["", "Введите значение или нажмите «Сбросить»"],
  ])("refuses «%s» with a Russian message and does not save", async (typed, message) => {
    const { gateway } = await renderPane("settings");
    fireEvent.change(lowShareInput(), { target: { value: typed } });
    expect(screen.getByText(message)).toBeTruthy();
    expect(lowShareInput().getAttribute("aria-invalid")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Сохранить" }));
    expect(
      await screen.findByText("Исправьте значение, отмеченное красным: параметры не сохранены"),
    ).toBeTruthy();
    expect(gateway.calls.saveSettings).toHaveLength(0);
  });

  it("saves the regional references typed into the table", async () => {
    const { gateway } = await renderPane("settings");
    fireEvent.click(screen.getByRole("button", { name: "Региональные значения" }));
    fireEvent.click(screen.getByRole("button", { name: "Добавить значение" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Год" }), { target: { value: "2022" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Доля, %" }), {
      target: { value: "4,1" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Сохранить" }));
    await waitFor(() => expect(gateway.calls.saveSettings).toHaveLength(1));
    expect(gateway.calls.saveSettings[0].references).toEqual([
      { procedure: "ОГЭ", subject: "русский язык", field: "failShare", year: 2022, value: 0.041 },
    ]);
  });

  it("saves the settings as the user's own defaults, without the dates", async () => {
    const { gateway } = await renderPane("settings");
    fireEvent.change(lowShareInput(), { target: { value: "25" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Отчётный год" }), {
      target: { value: "2022" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Сохранить как мои умолчания" }));
    expect(gateway.calls.saveUserDefaults).toEqual([{ lowShare: 0.25 }]);
    expect(gateway.calls.saveSettings).toHaveLength(0);
  });

  it("keeps a value typed but not saved when the user looks at another section", async () => {
    await renderPane("settings");
    fireEvent.change(lowShareInput(), { target: { value: "25" } });
    fireEvent.click(screen.getByRole("tab", { name: "Данные" }));
    expect(screen.queryByRole("textbox", { name: LOW_SHARE })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Параметры" }));
    expect(lowShareInput().value).toBe("25");
  });
});
