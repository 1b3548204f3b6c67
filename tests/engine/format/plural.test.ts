import { countOf, plural } from "../../../src/engine/format/plural";

describe("plural picks the Russian form", () => {
  it.each([
    [0, "0 школ"],
    [1, "1 школа"],
    [2, "2 школы"],
    [5, "5 школ"],
    [11, "11 школ"],
    [21, "21 школа"],
    [22, "22 школы"],
    [25, "25 школ"],
    [111, "111 школ"],
    [112, "112 школ"],
    [101, "101 школа"],
    [104, "104 школы"],
  ])("%i → «%s»", (n, text) => {
    expect(countOf(n, "школа", "школы", "школ")).toBe(text);
  });

  it("uses the «few» form for fractions: 2,5 школы", () => {
    expect(plural(2.5, "школа", "школы", "школ")).toBe("школы");
  });
});
