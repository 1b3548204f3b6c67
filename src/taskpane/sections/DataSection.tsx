import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import {
  countOf,
  describeExport,
  SHEET_KINDS,
  type AnalyzeOutcome,
  type SheetKind,
  type SheetMapping,
} from "../../engine";
import type { TableInfo } from "../gateway";
import { MappingEditor } from "./MappingEditor";
import { ProblemList } from "./ProblemList";

const KIND_NAMES: Readonly<Record<SheetKind, string>> = {
  schools: "список школ",
  results: "результаты процедур",
  teachers: "педагоги и курсы",
  params: "параметры",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  exports: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // A native select is as wide as its longest option; sheet names can be long.
  select: { minWidth: 0, width: "100%" },
});

/** The placeholder of a kind no sheet was found for. */
const NO_SHEET = "";

export interface DataSectionProps {
  readonly mapping: readonly SheetMapping[];
  readonly tables: readonly TableInfo[];
  readonly outcome: AnalyzeOutcome | null;
  /** The names of the workbook's sheets, for choosing the sheet of each kind. */
  readonly sheetNames: readonly string[];
  /** The user chose the sheet to read as a kind of data. */
  readonly onChooseSheet: (kind: SheetKind, sheet: string) => void;
  readonly onChangeMapping: (sheet: string, field: string, column: number | null) => void;
  readonly onSelectCell: (sheet: string, cell: string) => void;
  readonly onRefresh: () => void;
}

/** «Данные»: the input sheets found, their column mapping, and the problems in the data. */
export function DataSection({
  mapping,
  tables,
  outcome,
  sheetNames,
  onChooseSheet,
  onChangeMapping,
  onSelectCell,
  onRefresh,
}: DataSectionProps) {
  const styles = useStyles();
  const problems = outcome?.kind === "ok" ? outcome.results.problems : [];
  const exports = outcome?.kind === "ok" ? outcome.results.fisokoSheets : [];
  const unreadExports = outcome?.kind === "ok" ? outcome.results.fisokoUnread : [];
  return (
    <div className={styles.root}>
      <div className={styles.heading}>
        <Subtitle2 as="h2">Листы книги</Subtitle2>
        <Button
          appearance="subtle"
          size="small"
          icon={<ArrowClockwiseRegular />}
          onClick={onRefresh}
        >
          Обновить
        </Button>
      </div>
      {outcome?.kind === "unreadable" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Данные не прочитаны</MessageBarTitle>
            {outcome.message}. Чтобы начать с примера, откройте раздел «Отчёт» и нажмите «Вставить
            шаблон».
          </MessageBarBody>
        </MessageBar>
      )}
      {SHEET_KINDS.map((kind) => {
        const sheet = mapping.find((m) => m.kind === kind)?.sheet ?? NO_SHEET;
        return (
          <Field key={kind} label={`Лист: ${KIND_NAMES[kind]}`} size="small">
            <Select
              className={styles.select}
              select={{ className: styles.select }}
              size="small"
              value={sheet}
              onChange={(_, data) => data.value !== NO_SHEET && onChooseSheet(kind, data.value)}
            >
              {sheet === NO_SHEET && <option value={NO_SHEET}>— нет листа —</option>}
              {sheetNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      {tables.length > 0 && (
        <Caption1>
          Таблицы Excel: {tables.map((t) => `«${t.name}» (${t.sheet}!${t.address})`).join(", ")}
        </Caption1>
      )}
      {mapping.length === 0 ? (
        <Body1>
          В книге не найдено листов «ОО», «Результаты», «Педагоги» или «Параметры» ни по именам, ни
          по заголовкам столбцов. Выберите листы выше.
        </Body1>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={mapping[0]?.sheet}>
          {mapping.map((m) => (
            <AccordionItem key={m.sheet} value={m.sheet}>
              <AccordionHeader>
                «{m.sheet}» — {KIND_NAMES[m.kind]},{" "}
                {countOf(Object.keys(m.columns).length, "столбец", "столбца", "столбцов")}
              </AccordionHeader>
              <AccordionPanel>
                <MappingEditor
                  mapping={m}
                  table={tables.find((t) => t.sheet === m.sheet)}
                  onChange={(field, column) => onChangeMapping(m.sheet, field, column)}
                />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
      {exports.length > 0 && (
        <>
          <Subtitle2 as="h2">Выгрузки ФИС ОКО ({exports.length})</Subtitle2>
          <ul className={styles.exports} aria-label="Выгрузки ФИС ОКО">
            {exports.map((e) => (
              <li key={e.sheet}>
                <Body1>«{e.sheet}»</Body1>
                <Caption1 block>{describeExport(e)}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {unreadExports.length > 0 && (
        <>
          <Subtitle2 as="h2">Не прочитаны как выгрузки ФИС ОКО ({unreadExports.length})</Subtitle2>
          <ul className={styles.exports} aria-label="Не прочитаны как выгрузки ФИС ОКО">
            {unreadExports.map((f) => (
              <li key={f.file}>
                <Body1>«{f.file}»</Body1>
                <Caption1 block>Не прочитан: {f.why}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <Subtitle2 as="h2">
        Проблемы данных{problems.length > 0 ? ` (${problems.length})` : ""}
      </Subtitle2>
      {outcome?.kind === "ok" && <ProblemList problems={problems} onSelect={onSelectCell} />}
    </div>
  );
}
