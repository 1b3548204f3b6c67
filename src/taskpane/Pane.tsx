import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useId, useState } from "react";
import { DataSection } from "./sections/DataSection";
import { ReportSection } from "./sections/ReportSection";
import { ResultsSection } from "./sections/ResultsSection";
import { SettingsSection } from "./sections/SettingsSection";
import type { PaneStore } from "./state/createPaneStore";
import { usePaneState } from "./state/usePaneState";

/** The four sections, in the order of the user's job. */
export type SectionId = "data" | "settings" | "results" | "report";

const SECTIONS: readonly { readonly id: SectionId; readonly label: string }[] = [
  { id: "data", label: "Данные" },
  { id: "settings", label: "Параметры" },
  { id: "results", label: "Результаты" },
  { id: "report", label: "Отчёт" },
];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Four tabs do not fit 320 px in every font: they wrap rather than hide the last one.
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
});

export interface PaneProps {
  readonly store: PaneStore;
  /** The section shown first (the data, unless a test or a link asks for another). */
  readonly initialSection?: SectionId;
}

/**
 * The pane inside Excel: the sections as tabs, the current notice, and each section wired
 * to the store's state and actions. Sections get data and callbacks only.
 */
export function Pane({ store, initialSection = "data" }: PaneProps) {
  const styles = useStyles();
  const id = useId();
  const state = usePaneState(store);
  const { actions } = store;
  const [section, setSection] = useState<SectionId>(initialSection);
  useEffect(() => {
    void actions.refresh();
  }, [actions]);

  const { outcome, notice } = state;
  const schools = state.mapping.find((m) => m.kind === "schools");
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={section}
        onTabSelect={(_, data) => setSection(data.value as SectionId)}
        aria-label="Разделы"
      >
        {SECTIONS.map((s) => (
          <Tab key={s.id} id={`${id}-${s.id}`} value={s.id} aria-controls={`${id}-${s.id}-panel`}>
            {s.label}
          </Tab>
        ))}
      </TabList>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label="Закрыть сообщение"
                onClick={actions.dismissNotice}
              />
            }
          />
        </MessageBar>
      )}
      {state.loading && !state.workbook ? (
        <Spinner size="small" label="Чтение книги…" />
      ) : (
        SECTIONS.map((s) => (
          // Every section stays mounted, so a half-typed form or a filter survives a tab switch.
          <div
            key={s.id}
            role="tabpanel"
            id={`${id}-${s.id}-panel`}
            aria-labelledby={`${id}-${s.id}`}
            hidden={s.id !== section}
          >
            {s.id === "data" && (
              <DataSection
                mapping={state.mapping}
                tables={state.tables}
                outcome={outcome}
                sheetNames={state.workbook?.sheets.map((sheet) => sheet.name) ?? []}
                onChooseSheet={(kind, sheet) => void actions.chooseSheet(kind, sheet)}
                onChangeMapping={(sheet, field, column) =>
                  void actions.changeMapping(sheet, field, column)
                }
                onSelectCell={(sheet, cell) => void actions.selectCell(sheet, cell)}
                onRefresh={() => void actions.refresh()}
              />
            )}
            {s.id === "settings" && (
              <SettingsSection
                key={JSON.stringify(state.settings)}
                settings={state.settings}
                busy={state.busy}
                onSave={(settings) => void actions.saveSettings(settings)}
                onSaveUserDefaults={actions.saveUserDefaults}
              />
            )}
            {s.id === "results" &&
              (outcome?.kind === "ok" ? (
                <ResultsSection
                  results={outcome.results}
                  schoolsSheet={schools?.sheet ?? "ОО"}
                  schoolsWidth={schools?.headers.length ?? 1}
                  onSelect={(sheet, address) => void actions.selectCell(sheet, address)}
                />
              ) : (
                <Body1>
                  Результатов пока нет
                  {outcome?.kind === "unreadable" ? `: ${outcome.message}` : ""}. Вставьте шаблон в
                  разделе «Отчёт» или добавьте свои данные.
                </Body1>
              ))}
            {s.id === "report" && (
              <ReportSection
                report={state.report}
                busy={state.busy || state.loading}
                onMakeReport={() => void actions.makeReport()}
                onInsertTemplate={() => void actions.insertTemplate()}
              />
            )}
          </div>
        ))
      )}
    </div>
  );
}
