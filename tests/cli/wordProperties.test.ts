import { wordProperties } from "../../src/cli/wordProperties";

describe("wordProperties writes Word's properties in the schema's order", () => {
  it("puts spacing and the indent before the justification of a paragraph", () => {
    expect(
      wordProperties("w:pPr", {
        jc: { "w:val": "both" },
        ind: { "w:firstLine": 709 },
        spacing: { "w:after": 120 },
      }),
    ).toBe(
      '<w:pPr><w:spacing w:after="120"/><w:ind w:firstLine="709"/><w:jc w:val="both"/></w:pPr>',
    );
  });

  it("puts bold and italic after the fonts and before the size of a run", () => {
    expect(
      wordProperties("w:rPr", {
        lang: { "w:val": "ru-RU" },
        sz: { "w:val": 28 },
        i: {},
        b: {},
        rFonts: { "w:ascii": "Times New Roman" },
      }),
    ).toBe(
      '<w:rPr><w:rFonts w:ascii="Times New Roman"/><w:b/><w:i/><w:sz w:val="28"/><w:lang w:val="ru-RU"/></w:rPr>',
    );
  });

  it("escapes attribute values", () => {
    expect(wordProperties("w:rPr", { rFonts: { "w:ascii": 'A & "B"' } })).toBe(
      '<w:rPr><w:rFonts w:ascii="A &amp; &quot;B&quot;"/></w:rPr>',
    );
  });

  it("writes an empty element when there are no properties", () => {
    expect(wordProperties("w:pPr", {})).toBe("<w:pPr></w:pPr>");
  });
});
