/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { renderPane } from "./renderPane";

describe("MappingEditor", () => {
  it("shows the proposed column of each field with the sheet's headers", async () => {
    await renderPane("data");
    const staff = screen.getByLabelText("Численность педагогических работников");
    expect(staff).toHaveProperty("value", "1");
    const options = Array.from((staff as HTMLSelectElement).options).map((o) => o.text);
    expect(options).toEqual([
      "— не использовать —",
      "A: Наименование ОО",
      "B: Педагогов",
      "C: Прошли КПК",
      "D: Педагогов по штату",
    ]);
  });

  it("saves the new column in the workbook when a dropdown changes", async () => {
    const { gateway, store } = await renderPane("data");
    fireEvent.change(screen.getByLabelText("Численность педагогических работников"), {
      target: { value: "3" },
    });
    await waitFor(() => expect(gateway.calls.saveMapping).toHaveLength(1));
    const [saved] = gateway.calls.saveMapping[0];
    expect(saved).toMatchObject({ sheet: "ОО", kind: "schools" });
    expect(saved.columns).toEqual({ name: 0, teachers: 3, kpkCompleted: 2 });
    // The engine reads the chosen column at once: СОШ №1 now has 14 of 31.
    const outcome = store.getState().outcome;
    expect(outcome?.kind === "ok" && outcome.results.schools[0].kpk.total).toBe(31);
  });

  it("takes a column from the field that had it, since a column feeds one field", async () => {
    const { gateway } = await renderPane("data");
    fireEvent.change(screen.getByLabelText("Прошли КПК"), { target: { value: "1" } });
    await waitFor(() => expect(gateway.calls.saveMapping).toHaveLength(1));
    expect(gateway.calls.saveMapping[0][0].columns).toEqual({ name: 0, kpkCompleted: 1 });
  });

  it("marks a required field left without a column", async () => {
    await renderPane("data");
    fireEvent.change(screen.getByLabelText(/Наименование ОО/), { target: { value: "" } });
    expect(await screen.findByText("Обязательное поле: выберите столбец")).toBeTruthy();
  });

  it("uses the mapping saved in the workbook instead of the proposal", async () => {
    const saved = {
      mapping: [
        {
          kind: "schools" as const,
          sheet: "ОО",
          headerRow: 0,
          columns: { name: 0, teachers: 3, kpkCompleted: 2 },
          headers: [],
        },
      ],
    };
    await renderPane("data", undefined, saved);
    expect(screen.getByLabelText("Численность педагогических работников")).toHaveProperty(
      "value",
      "3",
    );
  });

  it("names the Excel Table the sheet's data is in", async () => {
    await renderPane("data", undefined, {}, [{ name: "Школы", sheet: "ОО", address: "A1:D3" }]);
    expect(screen.getByText("Таблицы Excel: «Школы» (ОО!A1:D3)")).toBeTruthy();
    expect(screen.getByText(/^Таблица Excel «Школы», A1:D3\. Строка заголовков: 1\./)).toBeTruthy();
  });

  it("keeps the new column on screen and says so when the workbook refuses to save it", async () => {
    const { gateway } = await renderPane("data");
    gateway.saveMapping = async () => {
      throw new Error("AccessDenied");
    };
    const staff = screen.getByLabelText("Численность педагогических работников");
    fireEvent.change(staff, { target: { value: "3" } });
    expect(await screen.findByText("Не удалось применить сопоставление столбцов")).toBeTruthy();
    expect(screen.getByText("AccessDenied")).toBeTruthy();
    expect(staff).toHaveProperty("value", "3");
  });
});
