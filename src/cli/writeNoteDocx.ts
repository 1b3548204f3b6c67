import { writeFile } from "fs/promises";
import JSZip from "jszip";
import type { Note } from "../engine";
import { escapeXml } from "./charts/chartXml";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function paragraph(text: string, props: string, runProps = ""): string {
  return `<w:p><w:pPr>${props}</w:pPr><w:r><w:rPr>${runProps}<w:lang w:val="ru-RU"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** The note as WordprocessingML: a bold centred title, an italic subtitle, justified paragraphs. */
function documentXml(note: Note): string {
  const font =
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/>';
  const body = [
    paragraph(note.title, '<w:jc w:val="center"/><w:spacing w:after="120"/>', `${font}<w:b/>`),
    paragraph(note.subtitle, '<w:jc w:val="center"/><w:spacing w:after="240"/>', `${font}<w:i/>`),
    ...note.paragraphs.map((p) =>
      paragraph(
        p,
        '<w:jc w:val="both"/><w:ind w:firstLine="709"/><w:spacing w:after="120" w:line="276" w:lineRule="auto"/>',
        font,
      ),
    ),
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
