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
  SearchBox,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  columnLetter,
  formatRank,
  formatPercent,
  type Results,
  type SchoolResult,
} from "../../engine";
import { StatusBadge } from "../components/StatusBadge";
import { schoolMatches, type StatusFilter } from "../schoolMatches";

const FILTERS: readonly { readonly value: StatusFilter; readonly label: string }[] = [
  { value: "all", label: "Все школы" },
  { value: "shnor", label: "ШНОР" },
  { value: "risk", label: "Зона риска" },
  { value: "shnsu", label: "ШНСУ" },
  { value: "normal", label: "Норма" },
  { value: "insufficient", label: "Недостаточно данных (н/д)" },
];

// A country-size workbook has 40 000 schools: the list grows by pages instead.
const PAGE = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  filter: { flexGrow: 1, flexBasis: "140px", minWidth: 0 },
  control: { minWidth: 0, width: "100%" },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  name: { marginInlineEnd: tokens.spacingHorizontalXS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface ResultsSectionProps {
  readonly results: Results;
  /** The ОО sheet, whose rows the schools come from. */
  readonly schoolsSheet: string;
  /** Columns of the ОО sheet's table, to select a school's whole row of data. */
  readonly schoolsWidth: number;
  /** Selects a range on a sheet in Excel, e.g. `A5:R5`. */
  readonly onSelect: (sheet: string, address: string) => void;
}

/**
 * «Результаты»: the schools with their status badges, filtered by status and name; opening a
 * school shows its reasons and selects its row on the ОО sheet.
 */
export function ResultsSection({
  results,
  schoolsSheet,
  schoolsWidth,
  onSelect,
}: ResultsSectionProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<StatusFilter>("all");
  const [query, setQuery] = useState("");
  const [shown, setShown] = useState(PAGE);
  const schools = useMemo(
    () => results.schools.filter((s) => schoolMatches(s, filter, query)),
    [results, filter, query],
  );
  const lastColumn = columnLetter(Math.max(schoolsWidth, 1) - 1);
  const selectRow = (school: SchoolResult) =>
    onSelect(schoolsSheet, `A${school.row}:${lastColumn}${school.row}`);
  // A sheet the workbook lacks leaves its conclusions without data: said before any school.
  const missing = results.problems.filter((p) => p.code === "noSheet");
  return (
    <div className={styles.root}>
      {missing.map((problem) => (
        <MessageBar key={problem.sheet} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Нет данных</MessageBarTitle>
            {problem.message}
          </MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.filters}>
        <Field label="Статус" className={styles.filter}>
          <Select
            className={styles.control}
            select={{ className: styles.control }}
            value={filter}
            onChange={(_, data) => setFilter(data.value as StatusFilter)}
          >
            {FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Поиск по названию" className={styles.filter}>
          <SearchBox
            className={styles.control}
            input={{ className: styles.control }}
            value={query}
            onChange={(_, data) => setQuery(data.value)}
          />
        </Field>
      </div>
      <Caption1 role="status">
        Показано {schools.length} из {results.schools.length}
      </Caption1>
      <Accordion
        collapsible
        onToggle={(_, data) => {
          const school = schools.find((s) => String(s.row) === data.value);
          if (school && data.openItems.includes(data.value)) selectRow(school);
        }}
      >
        {schools.slice(0, shown).map((school) => (
          <AccordionItem key={school.row} value={String(school.row)}>
            <AccordionHeader as="h3">
              <span className={styles.header}>
                <span className={styles.name}>{school.name}</span>
                <StatusBadge kind={school.status} />
                {school.shnsu === true && <StatusBadge kind="shnsu" />}
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <SchoolDetails school={school} />
              <Button size="small" onClick={() => selectRow(school)}>
                Показать строку {school.row} на листе «{schoolsSheet}»
              </Button>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {schools.length > shown && (
        <Button appearance="secondary" onClick={() => setShown(shown + PAGE)}>
          Показать ещё
        </Button>
      )}
    </div>
  );
}

function SchoolDetails({ school }: { school: SchoolResult }) {
  const styles = useStyles();
  const { kpk } = school;
  return (
    <>
      {school.reasons.length > 0 ? (
        <ul className={styles.reasons} aria-label="Причины">
          {school.reasons.map((reason, i) => (
            <li key={i}>
              <Body1>{reason}</Body1>
            </li>
          ))}
        </ul>
      ) : (
        <Body1>Показатели ШНОР и зоны риска не выполнены.</Body1>
      )}
      <Caption1>
        Композитный результат (процентильный ранг из 100):{" "}
        {school.composite === null ? "н/д" : formatRank(school.composite)} · КПК:{" "}
        {kpk.share === null
          ? "н/д"
          : `${formatPercent(kpk.share)} (${kpk.completed} из ${kpk.total})`}
      </Caption1>
    </>
  );
}
