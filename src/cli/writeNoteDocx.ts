import { writeFile } from "fs/promises";
import JSZip from "jszip";
import type { Note } from "../engine";
import { wordProperties, type WordProperties } from "./wordProperties";
import { escapeXml } from "./xlsx/xmlText";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const TIMES = "Times New Roman";
/** Times New Roman 14 in Russian, the type of every run. */
const TYPE: WordProperties<"w:rPr"> = {
  rFonts: { "w:ascii": TIMES, "w:hAnsi": TIMES, "w:cs": TIMES },
  sz: { "w:val": 28 },
  lang: { "w:val": "ru-RU" },
};

/** How a kind of paragraph is set: its paragraph and run properties. */
interface ParagraphStyle {
  readonly paragraph: WordProperties<"w:pPr">;
  readonly run: WordProperties<"w:rPr">;
}

const TITLE: ParagraphStyle = {
  paragraph: { spacing: { "w:after": 120 }, jc: { "w:val": "center" } },
  run: { ...TYPE, b: {} },
};
const SUBTITLE: ParagraphStyle = {
  paragraph: { spacing: { "w:after": 240 }, jc: { "w:val": "center" } },
  run: { ...TYPE, i: {} },
};
const BODY: ParagraphStyle = {
  paragraph: {
    spacing: { "w:after": 120, "w:line": 276, "w:lineRule": "auto" },
    ind: { "w:firstLine": 709 },
    jc: { "w:val": "both" },
  },
  run: TYPE,
};

function paragraph(text: string, style: ParagraphStyle): string {
  return `<w:p>${wordProperties("w:pPr", style.paragraph)}<w:r>${wordProperties("w:rPr", style.run)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** The note as WordprocessingML: a bold centred title, an italic subtitle, justified paragraphs. */
function documentXml(note: Note): string {
  const body = [
    paragraph(note.title, TITLE),
    paragraph(note.subtitle, SUBTITLE),
    ...note.paragraphs.map((p) => paragraph(p, BODY)),
  ].join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>` +
    `</w:body></w:document>`
  );
}

/**
 * Writes the analytical note as a Word document (.docx), since protocols are written in Word:
 * A4, Times New Roman 14, justified, first-line indent, as the seeds are typeset.
 */
export async function writeNoteDocx(note: Note, path: string): Promise<void> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file("word/document.xml", documentXml(note));
  await writeFile(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
