import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { NUMERIC_SETTINGS, type Settings } from "../../engine";
import { formatSettingInput } from "../formatSettingInput";
import { messages } from "../messages";
import { SETTING_GROUPS } from "../settingGroups";
import { draftOf, readDraft, type SettingsDraft } from "../settingsDraft";
import { ReferencesEditor } from "./ReferencesEditor";
import { SettingField } from "./SettingField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Info = (typeof NUMERIC_SETTINGS)[number];

const grouped = new Set<string>(SETTING_GROUPS.flatMap((g) => g.keys));
const GROUPS = [
  ...SETTING_GROUPS.map((g) => ({
    title: g.title,
    settings: g.keys.map((k) => NUMERIC_SETTINGS.find((s) => s.key === k)).filter(isInfo),
  })),
  { title: "Прочие", settings: NUMERIC_SETTINGS.filter((s) => !grouped.has(s.key)) },
].filter((g) => g.settings.length > 0);

function isInfo(info: Info | undefined): info is Info {
  return info !== undefined;
}

function hint(info: Info): string {
  const unit = info.kind === "share" ? " %" : "";
  return `По умолчанию ${formatSettingInput(info.default, info.kind)}${unit}. Основание: ${info.basis}`;
}

export interface SettingsSectionProps {
  /** The settings saved in the workbook (changed from the method's defaults). */
  readonly settings: Partial<Settings>;
  readonly busy: boolean;
  readonly onSave: (settings: Partial<Settings>) => void;
  readonly onSaveUserDefaults: (settings: Partial<Settings>) => void;
}

/**
 * «Параметры»: every numeric setting with its default, basis and reset; the as-of date and
 * year; the regional references. Shares are typed as percents.
 */
export function SettingsSection({
  settings,
  busy,
  onSave,
  onSaveUserDefaults,
}: SettingsSectionProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [attempted, setAttempted] = useState(false);
  const { settings: parsed, errors } = useMemo(() => readDraft(draft, settings), [draft, settings]);
  const errorCount = Object.keys(errors).length;
  const defaults = useMemo(() => draftOf({}), []);

  const setNumber = (key: string, value: string) =>
    setDraft({ ...draft, numbers: { ...draft.numbers, [key]: value } });
  const save = (then: (s: Partial<Settings>) => void, withDates: boolean) => {
    setAttempted(true);
    if (errorCount > 0) return;
    if (withDates) then(parsed);
    else {
      const { asOf: _asOf, year: _year, ...rest } = parsed;
      then(rest);
    }
  };

  return (
    <div className={styles.root}>
      <Caption1>
        Доли вводятся в процентах: «20» или «20 %» — это 20 %. Значения, оставленные по умолчанию,
        можно задать и на листе «Параметры».
      </Caption1>
      <Accordion multiple collapsible defaultOpenItems={["Отчётный период", GROUPS[0].title]}>
        <AccordionItem value="Отчётный период">
          <AccordionHeader as="h2">Отчётный период</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <SettingField
              label="Дата, на которую считается КПК"
              hint="Если не указана — с листа «Параметры» или сегодняшняя. Пример: 31.03.2022"
              value={draft.asOf}
              placeholder="ДД.ММ.ГГГГ"
              error={errors.asOf ?? null}
              atDefault={draft.asOf === ""}
              onChange={(asOf) => setDraft({ ...draft, asOf })}
              onReset={() => setDraft({ ...draft, asOf: "" })}
            />
            <SettingField
              label="Отчётный год"
              hint="Если не указан — последний год в листе «Результаты» (год окончания учебного года)"
              value={draft.year}
              placeholder="ГГГГ"
              error={errors.year ?? null}
              atDefault={draft.year === ""}
              onChange={(year) => setDraft({ ...draft, year })}
              onReset={() => setDraft({ ...draft, year: "" })}
            />
          </AccordionPanel>
        </AccordionItem>
        {GROUPS.map((group) => (
          <AccordionItem key={group.title} value={group.title}>
            <AccordionHeader as="h2">{group.title}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {group.settings.map((info) => (
                <SettingField
                  key={info.key}
                  label={info.label}
                  hint={hint(info)}
                  percent={info.kind === "share"}
                  value={draft.numbers[info.key] ?? ""}
                  error={errors[info.key] ?? null}
                  atDefault={draft.numbers[info.key] === defaults.numbers[info.key]}
                  onChange={(value) => setNumber(info.key, value)}
                  onReset={() => setNumber(info.key, defaults.numbers[info.key])}
                />
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
        <AccordionItem value="Региональные значения">
          <AccordionHeader as="h2">Региональные значения</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ReferencesEditor
              rows={draft.references}
              errors={errors}
              onChange={(references) => setDraft({ ...draft, references })}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {attempted && errorCount > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{messages.invalidForm(errorCount)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => save(onSave, true)}>
          Сохранить
        </Button>
        <Button
          appearance="secondary"
          onClick={() => setDraft({ ...defaults, references: draft.references })}
        >
          Сбросить всё
        </Button>
        <Button appearance="secondary" onClick={() => save(onSaveUserDefaults, false)}>
          Сохранить как мои умолчания
        </Button>
      </div>
    </div>
  );
}
