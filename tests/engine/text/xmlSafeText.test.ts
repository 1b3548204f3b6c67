import { xmlSafeText } from "../../../src/engine";

describe("xmlSafeText drops the characters XML 1.0 forbids", () => {
  it.each([
    ["U+0000", "а\u0000б"],
    ["U+0001 to U+0008", "а\u0001\u0002\u0005\u0008б"],
    ["U+000B and U+000C", "а\u000B\u000Cб"],
    ["U+000E to U+001F", "а\u000E\u0015\u001Fб"],
    ["U+FFFE and U+FFFF", "а\uFFFE\uFFFFб"],
    ["a high surrogate alone", "а\uD83Dб"],
    ["a low surrogate alone", "а\uDE00б"],
    ["the halves of a pair in the wrong order", "а\uDE00\uD83Dб"],
  ])("drops %s", (_, text) => {
    expect(xmlSafeText(text)).toBe("аб");
  });

  it("keeps, of U+0000 to U+001F, only tab, line feed and carriage return", () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join("");
    expect(xmlSafeText(controls)).toBe("\t\n\r");
  });

  it.each([
    ["tab, line feed and carriage return", "а\tб\nв\r\nг"],
    ["DEL and the C1 controls, which XML allows", "а\u007F\u0085б"],
    ["a character beyond the BMP, a surrogate pair", "школа 😀 №1"],
    ["Russian text with its typography", "МБОУ «СОШ №1» — 46,7 %"],
    ["Excel's escape typed as text", "_x0001_"],
    ["the replacement character", "\uFFFD"],
    ["the empty text", ""],
  ])("keeps %s", (_, text) => {
    expect(xmlSafeText(text)).toBe(text);
  });
});
