import { messages } from "../../messages";
import { rowAt } from "../../sheetRows";
import type { SheetInput } from "../../types";
import { displayText } from "../parseValue";
import type { ProblemLog } from "../ProblemLog";
import { sheetParts } from "./sheetParts";

/** A file given as ФИС ОКО exports of which no sheet is one, and why. */
export interface UnreadFisokoFile {
  readonly file: string;
  /** Why the file is not read, as the end of a Russian sentence. */
  readonly why: string;
}

/** How many rows of each sheet are looked at to tell what the file is. */
const ROWS_LOOKED_AT = 20;

/**
 * Why a file is not an export, in the order the reasons are tried: what it most likely is,
 * told by the words of its sheet names and first rows, else that no sheet was recognised.
 */
const WHY_NOT_EXPORT: readonly {
  readonly test: (text: string) => boolean;
  readonly why: string;
}[] = [
  { test: (text) => text.trim() === "", why: "в нём нет заполненных листов" },
  {
    test: (text) => /индивидуальн/i.test(text),
    why: "это выгрузка индивидуальных результатов участников, а читаются отчёты по ОО: «Статистика по отметкам», «Сравнение отметок с отметками по журналу» или региональный список ОО с признаками необъективности",
  },
  {
    test: () => true,
    why: "ни один его лист не распознан как «Статистика по отметкам», «Сравнение отметок с отметками по журналу» или региональный список ОО с признаками необъективности",
  },
];

/** The texts of a sheet's first rows, to tell what it is. */
function firstTexts(sheet: SheetInput): string {
  const texts: string[] = [];
  for (let r = 0; r < Math.min(sheet.rows.length, ROWS_LOOKED_AT); r++) {
    for (const cell of rowAt(sheet.rows, r) ?? []) if (cell != null) texts.push(displayText(cell));
  }
  return texts.join(" ");
}

/**
 * The files given as ФИС ОКО exports of which no sheet was recognised as one (a school's
 * collection form, an «Индивидуальные результаты» file), each with a warning: the user named
 * it to be read, and passing it over in silence would leave them thinking it was.
 *
 * @param extraSheets The sheets of the files given besides the workbook (`файл › лист`).
 * @param consumed The names of the sheets read as exports.
 * @param unreadable Files given that could not be read at all, with why: listed first.
 */
export function unrecognizedFiles(
  extraSheets: readonly SheetInput[],
  consumed: ReadonlySet<string>,
  unreadable: readonly UnreadFisokoFile[],
  problems: ProblemLog,
): UnreadFisokoFile[] {
  const sheetsOf = new Map<string, SheetInput[]>();
  const recognised = new Set<string>();
  for (const sheet of extraSheets) {
    const { file } = sheetParts(sheet.name);
    sheetsOf.set(file, [...(sheetsOf.get(file) ?? []), sheet]);
    if (consumed.has(sheet.name)) recognised.add(file);
  }
  const unread: UnreadFisokoFile[] = [];
  for (const file of unreadable) {
    unread.push(file);
    problems.warning(file.file, null, messages.fisokoFileUnrecognized(file.file, file.why));
  }
  for (const [file, sheets] of sheetsOf) {
    if (recognised.has(file)) continue;
    const contents = sheets.map(firstTexts).join(" ");
    // A sheet's name tells what the file is only when the file holds something at all.
    const names = contents.trim() === "" ? "" : sheets.map((s) => sheetParts(s.name).sheet);
    const why = WHY_NOT_EXPORT.find((w) => w.test(`${names} ${contents}`))!.why;
    unread.push({ file, why });
    problems.warning(sheets[0].name, null, messages.fisokoFileUnrecognized(file, why));
  }
  return unread;
}
