import { decodeEscapes, encodeEscapes, escapeXml } from "../../src/cli/xlsx/xmlText";

describe("encodeEscapes keeps a user's literal `_x0001_` text in a cell", () => {
  it.each([
    ["Excel's escape typed as text", "_x0001_", "_x005F_x0001_"],
    ["an escape in lower case", "_x000d_", "_x005F_x000d_"],
    ["two escapes in a name", "СОШ_x0001__x001F_", "СОШ_x005F_x0001__x005F_x001F_"],
    ["an escape after an underscore", "__x0041_", "__x005F_x0041_"],
  ])("escapes the underscore of %s", (_, text, stored) => {
    expect(encodeEscapes(text)).toBe(stored);
    expect(decodeEscapes(stored)).toBe(text);
  });

  it.each([
    ["a plain name", "МБОУ «СОШ №1»"],
    ["an underscore not starting an escape", "snake_case_x"],
    ["a near miss: three hex digits", "_x001_"],
    ["a near miss: a letter that is not hex", "_x00G1_"],
  ])("leaves %s as it is", (_, text) => {
    expect(encodeEscapes(text)).toBe(text);
  });
});

describe("escapeXml writes text every XML part can hold", () => {
  it("escapes markup and drops the control characters XML forbids", () => {
    expect(escapeXml('«СОШ\u0001 №1» <&> "x"\u001F')).toBe("«СОШ №1» &lt;&amp;&gt; &quot;x&quot;");
  });

  it("keeps tab, line feed and carriage return", () => {
    expect(escapeXml("а\tб\nв\r")).toBe("а\tб\nв\r");
  });
});
