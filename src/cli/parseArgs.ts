import { basename, extname } from "path";
import { isoDateOf } from "../engine";

/** The command line of `shnor report`. */
export interface ReportArgs {
  /** The input file; the first of them when several .csv files form the workbook. */
  readonly input: string;
  /** Every input file, in the order given: one workbook, or several .csv files. */
  readonly inputs: readonly string[];
  readonly out: string;
  readonly json?: string;
  readonly note?: string;
  readonly asOf?: string;
  readonly year?: number;
  readonly quiet: boolean;
  /** ФИС ОКО exports: files or folders, in the order given (`--fisoko`, repeatable). */
  readonly fisoko: readonly string[];
}

export type ParsedArgs =
  | { readonly kind: "run"; readonly args: ReportArgs }
  | { readonly kind: "help" }
  | { readonly kind: "error"; readonly message: string };

export const USAGE = `Использование: npm run report -- ВХОД --out ОТЧЁТ.xlsx [--json РЕЗУЛЬТАТЫ.json] [--note СПРАВКА.docx] [--as-of ДД.ММ.ГГГГ] [--year ГГГГ] [--fisoko ФАЙЛ_ИЛИ_ПАПКА …] [--quiet]

  ВХОД       книга .xlsx или .ods, файл .csv или несколько файлов .csv (каждый — один лист,
             названный по имени файла); входной файл не перезаписывается
  --out      куда записать отчёт (.xlsx)
  --json     записать результаты в JSON (SPEC 6.2)
  --note     записать аналитическую справку в документ Word (.docx)
  --as-of    дата, на которую считается КПК: 31.03.2022 или 2022-03-31
             (по умолчанию — Параметры или сегодня)
  --year     отчётный год (по умолчанию — Параметры или последний год в данных)
  --fisoko   выгрузка ФИС ОКО (.xlsx) или папка с выгрузками: статистика по отметкам,
             сравнение с отметками по журналу, региональный список; можно указать несколько раз
  --quiet    не печатать сводку и ход работы

Коды выхода: 0 — отчёт сформирован (проблемы данных — в отчёте и JSON);
1 — книгу нельзя прочитать или отчёт нельзя записать; 2 — неверные аргументы.`;

const VALUE_FLAGS = new Set(["--out", "--json", "--note", "--as-of", "--year", "--fisoko"]);
/** Flags that may be given more than once: each value is kept, in order. */
const REPEATABLE = new Set(["--fisoko"]);

/**
 * The message for an output file named with another extension than its format's: Excel and
 * Word open a file by its extension, and «отчёт.csv» holding a workbook opens as garbage.
 */
function extensionError(
  flag: string,
  path: string | undefined,
  extension: string,
  what: string,
): string | null {
  if (path === undefined || path.toLowerCase().endsWith(extension)) return null;
  return `${flag} ${path}: ${what}, укажите имя с расширением ${extension}`;
}

/**
 * The message for two .csv files that would give sheets of one name (`2021/ОО.csv` and
 * `2022/ОО.csv`): a workbook's sheets have different names, and one would hide the other.
 */
function sameSheetName(inputs: readonly string[]): string | null {
  const seen = new Map<string, string>();
  for (const path of inputs) {
    const sheet = basename(path, extname(path));
    // Excel's sheet names differ by more than letter case.
    const earlier = seen.get(sheet.toLowerCase());
    if (earlier !== undefined)
      return `${earlier} и ${path} дают один лист «${sheet}»: переименуйте один из файлов`;
    seen.set(sheet.toLowerCase(), path);
  }
  return null;
}

/** Reads the command line; every mistake is a Russian message for exit code 2. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const values = new Map<string, string>();
  const positional: string[] = [];
  const repeated = new Map<string, string[]>();
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return { kind: "help" };
    if (arg === "--quiet" || arg === "-q") {
      quiet = true;
    } else if (VALUE_FLAGS.has(arg.split("=")[0])) {
      const [flag, inline] = arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, argv[++i]];
      if (
        inline === undefined ||
        inline === "" ||
        (!arg.includes("=") && inline.startsWith("--"))
      ) {
        return { kind: "error", message: `Для ${flag} не указано значение` };
      }
      if (REPEATABLE.has(flag)) {
        repeated.set(flag, [...(repeated.get(flag) ?? []), inline]);
        continue;
      }
      if (values.has(flag)) return { kind: "error", message: `${flag} указан дважды` };
      values.set(flag, inline);
    } else if (arg.startsWith("-")) {
      return { kind: "error", message: `Неизвестный параметр ${arg}` };
    } else if (arg.trim() === "") {
      // An unset variable in a script ("$IN"): not the current folder, which it would resolve to.
      return { kind: "error", message: "Не указан входной файл .xlsx: имя пустое" };
    } else {
      positional.push(arg);
    }
  }
  if (positional.length === 0) return { kind: "error", message: "Не указан входной файл .xlsx" };
  // Several .csv files are the sheets of one workbook; a workbook file is read alone.
  if (positional.length > 1 && !positional.every((path) => /\.csv$/i.test(path)))
    return {
      kind: "error",
      message:
        `Лишние аргументы: ${positional.slice(1).join(" ")} ` +
        "(несколько входных файлов можно указать, только если все они .csv)",
    };
  const sameSheet = sameSheetName(positional);
  if (sameSheet !== null) return { kind: "error", message: sameSheet };
  const out = values.get("--out");
  if (!out) return { kind: "error", message: "Не указан --out: куда записать отчёт" };
  const wrongExtension =
    extensionError("--out", out, ".xlsx", "отчёт — книга Excel") ??
    extensionError("--note", values.get("--note"), ".docx", "справка — документ Word");
  if (wrongExtension) return { kind: "error", message: wrongExtension };
  const asOfText = values.get("--as-of");
  const asOf = asOfText === undefined ? undefined : isoDateOf(asOfText);
  if (asOf === null)
    return {
      kind: "error",
      message: `--as-of ${asOfText}: ожидалась дата вида 31.03.2022 или 2022-03-31`,
    };
  const yearText = values.get("--year");
  const year =
    yearText === undefined ? undefined : /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (year !== undefined && (!Number.isInteger(year) || year < 1990 || year > 2100)) {
    return { kind: "error", message: `--year ${yearText}: ожидался год от 1990 до 2100` };
  }
  const fisoko = repeated.get("--fisoko") ?? [];
  return {
    kind: "run",
    args: {
      input: positional[0],
      inputs: positional,
      out,
      json: values.get("--json"),
      note: values.get("--note"),
      asOf,
      year,
      quiet,
      fisoko,
    },
  };
}
