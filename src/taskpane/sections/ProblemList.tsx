import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import { useState } from "react";
import { SEVERITY_LABELS, countOf, type Problem, type Severity } from "../../engine";

const COLORS: Readonly<Record<Severity, BadgeProps["color"]>> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

// Long lists are shown in pages: a region's workbook may have thousands of warnings.
const PAGE = 100;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  static: { cursor: "default", ":hover": { backgroundColor: tokens.colorNeutralBackground1 } },
  where: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface ProblemListProps {
  readonly problems: readonly Problem[];
  /** Selects the problem's cell in Excel. */
  readonly onSelect: (sheet: string, cell: string) => void;
}

/**
 * The data problems: severity, sheet, cell and message; a problem with a cell is a button
 * that selects the cell in Excel.
 */
export function ProblemList({ problems, onSelect }: ProblemListProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  if (problems.length === 0) return <Body1>Проблем в данных не найдено.</Body1>;
  return (
    <>
      <ul className={styles.list} aria-label="Проблемы данных">
        {problems.slice(0, shown).map((problem, index) => {
          const where = problem.cell ? `${problem.sheet}!${problem.cell}` : problem.sheet;
          const content = (
            <>
              <span className={styles.where}>
                <Badge appearance="tint" shape="rounded" color={COLORS[problem.severity]}>
                  {SEVERITY_LABELS[problem.severity]}
                </Badge>
                <Caption1>{where}</Caption1>
              </span>
              <Body1>{problem.message}</Body1>
            </>
          );
          const { cell } = problem;
          return (
            <li key={index}>
              {cell ? (
                <button
                  type="button"
                  className={styles.item}
                  title={`Перейти к ячейке ${where}`}
                  onClick={() => onSelect(problem.sheet, cell)}
                >
                  {content}
                </button>
              ) : (
                <div className={mergeClasses(styles.item, styles.static)}>{content}</div>
              )}
            </li>
          );
        })}
      </ul>
      {problems.length > shown && (
        <Button appearance="secondary" onClick={() => setShown(shown + PAGE)}>
          Показать ещё ({countOf(problems.length - shown, "проблема", "проблемы", "проблем")})
        </Button>
      )}
    </>
  );
}
