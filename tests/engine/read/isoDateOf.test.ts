import { isoDateOf } from "../../../src/engine";

describe("isoDateOf reads a date as a user types it", () => {
  it.each([
    ["31.03.2022", "2022-03-31"],
    ["1.9.2025", "2025-09-01"],
    ["31.03.22", "2022-03-31"],
    [" 2022-03-31 ", "2022-03-31"],
    ["29.02.2024", "2024-02-29"],
  ])("%p is %p", (text, iso) => {
    expect(isoDateOf(text)).toBe(iso);
  });

  it.each(["30.02.2022", "29.02.2023", "2022-13-01", "31/03/2022", "вчера", ""])(
    "%p is no day of the calendar: null",
    (text) => {
      expect(isoDateOf(text)).toBeNull();
    },
  );
});
