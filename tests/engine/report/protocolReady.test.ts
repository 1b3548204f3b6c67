import { generateDistrict, REGION, TODAY } from "../../../bench/generateDistrict";
import {
  analyze,
  buildNote,
  buildReport,
  NUMERIC_SETTINGS,
  type ReportModel,
  type Results,
} from "../../../src/engine";
import { loadWorkbook, run, SOCIAL_PATH } from "../../helpers/loadDemo";

// Every word a user sees could go into a protocol as it is (issue «Protocol-ready»).

/** Every text of the report's cells and of the Справка, with where it stands. */
function textsOf(results: Results): [string, string][] {
  const model: ReportModel = buildReport(results);
  const texts: [string, string][] = [];
  for (const sheet of model.sheets)
    for (const block of sheet.blocks) {
      const rows =
        block.kind === "table"
          ? [block.header, ...block.rows, ...(block.total ? [block.total] : [])]
          : block.kind === "text"
            ? block.lines.map((line) => [line])
            : [];
      for (const row of rows)
        for (const value of row) if (typeof value === "string") texts.push([sheet.name, value]);
    }
  const note = buildNote(results);
  for (const text of [note.title, note.subtitle, ...note.paragraphs]) texts.push(["Справка", text]);
  return texts;
}

// A fraction of three or more decimals beside a word that names a share: «значение 0,2222».
const RAW_FRACTION = /(значение|порог|подтвердили|повысили|понизили|эталон)\S*\s+0[,.]\d{3,}/i;
// A Latin word, save the codes of indicators and factors (I1, R5, RF11), logins with digits and
// the name of the program the user works in.
const LATIN_WORD = /(?<![\p{L}\d])(?![A-Z]{1,2}\d)(?!Excel(?![\p{L}\d]))[A-Za-z]{2,}(?![\p{L}\d])/u;
const SETTING_KEYS = [
  ...NUMERIC_SETTINGS.map((s) => s.key),
  "asOf",
  "compositeProcedures",
  "isbshWeights",
];
const DEVELOPER_WORDS = /undefined|NaN|METHOD|\[object|null/;

const sources: [string, () => Promise<Results>][] = [
  ["the demo", async () => run(await loadWorkbook())],
  ["the social example", async () => run(await loadWorkbook(SOCIAL_PATH))],
  [
    "a region of 1 000 schools",
    async () => {
      const outcome = analyze(generateDistrict(REGION), { today: TODAY });
      if (outcome.kind !== "ok") throw new Error(outcome.message);
      return outcome.results;
    },
  ],
];

describe.each(sources)("every text of the report and the Справка of %s", (_name, results) => {
  let texts: [string, string][];
  beforeAll(async () => {
    texts = textsOf(await results());
  });

  it("writes shares beside their words as percentages, never raw fractions", () => {
    expect(texts.filter(([, text]) => RAW_FRACTION.test(text))).toEqual([]);
  });

  it("has no Latin word but the codes of indicators and factors", () => {
    expect(texts.filter(([, text]) => LATIN_WORD.test(text))).toEqual([]);
  });

  it("names no setting by its key", () => {
    const keyed = texts.filter(([, text]) =>
      SETTING_KEYS.some((key) => new RegExp(`(?<![\\p{L}])${key}(?![\\p{L}])`, "u").test(text)),
    );
    expect(keyed).toEqual([]);
  });

  it("has no «undefined», «NaN», «null» or «METHOD»", () => {
    expect(texts.filter(([, text]) => DEVELOPER_WORDS.test(text))).toEqual([]);
  });
});
