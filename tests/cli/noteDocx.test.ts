import { mkdtempSync, readFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { runReport } from "../../src/cli/runReport";
import { DEMO_PATH } from "../helpers/loadDemo";

describe("--note writes the Справка as a Word document", () => {
  it("holds the title and the КПК paragraph as text of word/document.xml", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shnor-note-"));
    const note = join(dir, "note.docx");
    expect(
      await runReport({
        input: DEMO_PATH,
        out: join(dir, "r.xlsx"),
        note,
        asOf: "2022-03-31",
        quiet: true,
      }),
    ).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(note));
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain(
      "wordprocessingml.document.main+xml",
    );
    const text = [
      ...(await zip.file("word/document.xml")!.async("string")).matchAll(
        /<w:t[^>]*>([^<]*)<\/w:t>/g,
      ),
    ].map((m) => m[1]);
    expect(text[0]).toBe(
      "Аналитическая справка по итогам мониторинга общеобразовательных организаций",
    );
    expect(text.join("\n")).toContain(
      "По району в целом курсы прошли 472 руководителя и педагога из 760 (62,1 %).",
    );
  });
});
