import {
  Body1,
  Button,
  Caption1,
  Field,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentTableRegular, TableAddRegular } from "@fluentui/react-icons";
import { countOf, formatPercent } from "../../engine";
import type { ReportRun, ReportSummary } from "../state/paneReducer";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface ReportSectionProps {
  readonly report: ReportRun;
  readonly busy: boolean;
  readonly onMakeReport: () => void;
  readonly onInsertTemplate: () => void;
}

/**
 * «Отчёт»: one button that writes every report sheet, with a progress bar and its stage,
 * then a summary of what was written; and the template with demo data for a first start.
 */
export function ReportSection(props: ReportSectionProps) {
  const styles = useStyles();
  const { report } = props;
  const running = report.phase === "running";
  return (
    <div className={styles.root}>
      <Body1>
        Отчёт записывается на отдельные листы: «Сводка», «Статусы ОО», «КПК», «План КПК», «Риски»,
        «Объективность ВПР», «Справка», «Проблемы данных». Листы с исходными данными не изменяются;
        повторный запуск заменяет только листы отчёта.
      </Body1>
      <Button
        appearance="primary"
        icon={<DocumentTableRegular />}
        disabled={running || props.busy}
        onClick={props.onMakeReport}
      >
        Сформировать отчёт
      </Button>
      {running && (
        <Field validationMessage={report.stage} validationState="none" label="Формирование отчёта">
          <ProgressBar value={report.fraction} max={1} thickness="large" />
        </Field>
      )}
      {report.phase === "done" && <Summary summary={report.summary} />}
      <Subtitle2 as="h2">Шаблон</Subtitle2>
      <Body1>
        Вставляет листы «ОО», «Результаты», «Педагоги» и «Параметры» с примером округа из 22 школ,
        чтобы увидеть, как заполнять данные.
      </Body1>
      <Button
        appearance="secondary"
        icon={<TableAddRegular />}
        disabled={running || props.busy}
        onClick={props.onInsertTemplate}
      >
        Вставить шаблон
      </Button>
    </div>
  );
}

function Summary({ summary }: { summary: ReportSummary }) {
  const styles = useStyles();
  const { kpk } = summary;
  return (
    <section aria-label="Итоги отчёта" role="status">
      <Subtitle2 as="h2">Отчёт сформирован</Subtitle2>
      <ul className={styles.list}>
        <li>
          <Body1>{countOf(summary.schools, "школа", "школы", "школ")}</Body1>
        </li>
        <li>
          <Body1>
            {!summary.statusesKnown
              ? "ШНОР, зона риска, ШНСУ: нет данных (нет результатов процедур)"
              : `ШНОР: ${summary.shnor}, зона риска: ${summary.risk}, ШНСУ: ${summary.shnsu ?? "не определялись (нет данных для ИСБШ)"}`}
          </Body1>
        </li>
        <li>
          <Body1>
            {kpk.share === null
              ? "КПК: нет данных"
              : `КПК прошли ${kpk.completed} из ${kpk.total} (${formatPercent(kpk.share)})`}
          </Body1>
        </li>
      </ul>
      <Caption1>
        Записано {countOf(summary.sheets.length, "лист", "листа", "листов")}:{" "}
        {summary.sheets.map((s) => `«${s}»`).join(", ")}
      </Caption1>
    </section>
  );
}
