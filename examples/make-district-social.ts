// Builds examples/district-social.xlsx: the demo district plus social indicators for ИСБШ/ШНСУ,
// vacancies (RF2) and four 500+ risk-factor levels on the ОО sheet, so that the report shows
// «ШНОР + ШНСУ» schools and a school that enters the risk zone through its risk factors.
// Run: npx tsx examples/make-district-social.ts (the output is the same on every run).

import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const DIR = path.dirname(fileURLToPath(import.meta.url));
const SOURCE = path.join(DIR, "demo-district.xlsx");
const TARGET = path.join(DIR, "district-social.xlsx");
const FIXED_DATE = new Date(Date.UTC(2022, 2, 31));

const SHARE_FORMAT = "0.0%";

/** Header, and whether the column holds a share (fraction written with the format 0.0%). */
const SOCIAL_COLUMNS: [string, boolean][] = [
  ["Доля обучающихся, оба родителя которых имеют высшее образование", true],
  ["Доля обучающихся из неполных семей", true],
  ["Доля обучающихся из малообеспеченных семей", true],
  ["Количество обучающихся, состоящих на профилактическом учёте", false],
  ["Доля обучающихся, для которых русский язык не родной", true],
  ["Доля обучающихся с ОВЗ", true],
];

const VACANCIES_HEADER = "Вакансии";

const RISK_HEADERS = [
  "Низкий уровень оснащения школы", // RF1
  "Недостаточная предметная и методическая компетентность педагогических работников", // RF3
  "Низкая учебная мотивация обучающихся", // RF9
  "Низкий уровень вовлеченности родителей", // RF10
];

type Value = number | null;
type Level = string | number | null;

// Social inputs per school (key: «Код ОО», column A). null = no data.
// s1 parents with higher education, s2 single-parent families, s3 low-income families (shares);
// s4 number of students on the prevention register (count, ≤ students);
// s5 Russian not the native language, s6 students with ОВЗ (shares).
// prettier-ignore
const SOCIAL: [string, Value, Value, Value, Value, Value, Value][] = [
  // code      s1     s2     s3     s4    s5     s6
  ["2607100", 0.340, 0.185, 0.090, 14,   0.035, 0.042], // СОШ №1
  ["2607101", 0.445, 0.120, 0.055, 4,    0.020, 0.023], // Гимназия №2
  ["2607102", 0.290, 0.210, 0.125, 13,   0.040, 0.051], // СОШ №3
  ["2607103", 0.155, 0.330, 0.360, 11,   0.125, 0.117], // СОШ №4 (ШНОР)
  ["2607104", 0.310, 0.195, 0.100, 12,   0.065, 0.046], // СОШ №5
  ["2607105", 0.170, 0.305, 0.335, 5,    0.090, 0.085], // ООШ №6
  ["2607106", 0.265, 0.235, 0.140, 15,   0.055, 0.063], // СОШ №7
  ["2607107", 0.430, 0.115, 0.060, 3,    0.015, 0.021], // Лицей №8
  ["2607108", 0.215, 0.260, 0.240, 6,    0.075, 0.071], // СОШ №9
  ["2607109", 0.240, 0.255, 0.175, 14,   0.110, 0.078], // СОШ №10
  ["2607110", 0.225, 0.245, 0.220, 5,    0.045, 0.068], // СОШ №11
  ["2607111", 0.160, 0.315, 0.385, 10,   0.175, 0.123], // СОШ №12 (ШНОР)
  ["2607112", 0.300, 0.200, 0.110, 11,   0.030, 0.044], // СОШ №13
  ["2607113", 0.195, 0.270, 0.290, 3,    0.080, 0.092], // ООШ №14 (ШНОР)
  ["2607114", 0.275, 0.220, 0.135, 19,   0.085, 0.059], // СОШ №15
  ["2607115", 0.325, 0.170, 0.095, null, null,  0.039], // СОШ №17: 4 inputs of 6
  ["2607116", 0.250, 0.240, 0.160, 16,   0.060, 0.066], // СОШ №18
  ["2607117", 0.175, 0.295, 0.340, 9,    0.140, 0.106], // СОШ №19
  ["2607118", 0.200, null,  null,  null, null,  0.098], // ООШ №21: 2 inputs, ИСБШ н/д
  ["2607119", 0.230, 0.225, 0.185, 5,    0.060, 0.074], // СОШ №22
  ["2607120", 0.150, 0.345, 0.390, 12,   0.190, 0.136], // СОШ №24 (ШНОР)
  ["2607121", 0.330, 0.180, 0.085, 10,   0.025, 0.037], // СОШ №25
];

// Vacant teaching posts (RF2 is derived from them) and the levels of RF1, RF3, RF9, RF10 as a
// district would copy them from the ФИОКО risk profiles; spellings vary as in real files.
// prettier-ignore
const RISK: [string, number, Level, Level, Level, Level][] = [
  // code      vac  RF1          RF3          RF9          RF10
  ["2607100", 1, "низкий",    "низкий",    "средний",   "низкий"],          // СОШ №1
  ["2607101", 0, "низкий",    "низкий",    "низкий",    "риск не выявлен"], // Гимназия №2
  ["2607102", 2, "средний",   "средний",   "низкий",    "средний"],         // СОШ №3
  ["2607103", 3, "высокий",   "высокий",   "высокий",   "высокий"],         // СОШ №4
  ["2607104", 1, "низкий",    "средний",   "средний",   "низкий"],          // СОШ №5
  ["2607105", 1, "средний",   "средний",   null,        "средний"],         // ООШ №6
  ["2607106", 2, "средний",   "высокий",   "средний",   "средний"],         // СОШ №7
  ["2607107", 0, "низкий",    "нет",       "низкий",    "низкий"],          // Лицей №8
  ["2607108", 1, "средний",   "средний",   "средний",   null],              // СОШ №9
  ["2607109", 3, "высокий",   "средний",   "высокий",   "средний"],         // СОШ №10
  ["2607110", 1, "средний",   "низкий",    "средний",   "средний"],         // СОШ №11
  ["2607111", 3, "высокий",   "высокий",   "высокий",   "да"],              // СОШ №12
  ["2607112", 0, "низкий",    "средний",   "низкий",    "низкий"],          // СОШ №13
  ["2607113", 2, "высокий",   "высокий",   "средний",   "высокий"],         // ООШ №14
  ["2607114", 2, "средний",   "средний",   "высокий",   "средний"],         // СОШ №15
  ["2607115", 0, "низкий",    "низкий",    null,        "низкий"],          // СОШ №17
  ["2607116", 5, "средний",   "высокий",   "средний",   "высокий"],         // СОШ №18
  ["2607117", 2, "высокий",   "средний",   "средний",   "высокий"],         // СОШ №19
  ["2607118", 0, null,        "средний",   null,        "средний"],         // ООШ №21
  ["2607119", 4, "высокий",   "средний",   3,           "низкий"],          // СОШ №22
  ["2607120", 2, "высокий",   "да",        "высокий",   "высокий"],         // СОШ №24
  ["2607121", 1, "низкий",    "низкий",    "средний",   "риск не выявлен"], // СОШ №25
];

function cellNumber(cell: ExcelJS.Cell): number {
  if (typeof cell.value !== "number") {
    throw new Error(`${cell.address}: ожидалось число, найдено ${JSON.stringify(cell.value)}`);
  }
  return cell.value;
}

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SOURCE);
  const sheet = workbook.getWorksheet("ОО");
  if (!sheet) throw new Error("В demo-district.xlsx нет листа ОО");

  const rowByCode = new Map<string, number>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    rowByCode.set(String(sheet.getCell(r, 1).value), r);
  }
  if (rowByCode.size !== SOCIAL.length || rowByCode.size !== RISK.length) {
    throw new Error(`На листе ОО ${rowByCode.size} школ, в таблицах примера ${SOCIAL.length}`);
  }

  const firstColumn = sheet.columnCount + 1;
  const headers = [...SOCIAL_COLUMNS.map(([h]) => h), VACANCIES_HEADER, ...RISK_HEADERS];
  headers.forEach((header, i) => {
    const cell = sheet.getCell(1, firstColumn + i);
    cell.value = header;
    cell.font = { bold: true };
    sheet.getColumn(firstColumn + i).width = Math.min(header.length + 2, 40);
  });

  for (const [code, ...values] of SOCIAL) {
    const r = rowByCode.get(code);
    if (r === undefined) throw new Error(`Код ОО ${code} не найден на листе ОО`);
    const students = cellNumber(sheet.getCell(r, 6));
    values.forEach((value, i) => {
      const isShare = SOCIAL_COLUMNS[i][1];
      if (value !== null && isShare && (value < 0 || value > 1)) {
        throw new Error(`${code}: доля ${value} вне [0; 1]`);
      }
      if (value !== null && !isShare && (!Number.isInteger(value) || value > students)) {
        throw new Error(`${code}: количество ${value} при ${students} обучающихся`);
      }
      const cell = sheet.getCell(r, firstColumn + i);
      cell.value = value;
      if (isShare) cell.numFmt = SHARE_FORMAT;
    });
  }

  const vacanciesColumn = firstColumn + SOCIAL_COLUMNS.length;
  for (const [code, vacancies, ...levels] of RISK) {
    const r = rowByCode.get(code);
    if (r === undefined) throw new Error(`Код ОО ${code} не найден на листе ОО`);
    sheet.getCell(r, vacanciesColumn).value = vacancies;
    levels.forEach((level, i) => {
      sheet.getCell(r, vacanciesColumn + 1 + i).value = level;
    });
  }

  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  // The zip entries get the fixed date too, so a rerun gives a byte-identical file.
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  zip.forEach((_, entry) => {
    entry.date = FIXED_DATE;
  });
  await writeFile(TARGET, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  console.log(`Записан ${path.relative(process.cwd(), TARGET)}: ${headers.length} новых столбцов`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
