import {
  Body1,
  Button,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { REFERENCE_KINDS, referenceInputKind } from "../referenceKinds";
import type { ReferenceDraft } from "../settingsDraft";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    padding: tokens.spacingVerticalS,
    margin: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wide: { gridColumn: "1 / -1", minWidth: 0 },
  control: { minWidth: 0, width: "100%" },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
});

interface ReferenceInputProps {
  readonly label: string;
  readonly error: string | undefined;
  readonly inputMode: "numeric" | "decimal";
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** One small text field of a reference row, with its validation message. */
function ReferenceInput({ label, error, inputMode, value, onChange }: ReferenceInputProps) {
  const styles = useStyles();
  return (
    <Field
      label={label}
      size="small"
      validationMessage={error}
      validationState={error ? "error" : "none"}
    >
      <Input
        className={styles.control}
        size="small"
        inputMode={inputMode}
        value={value}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}

export interface ReferencesEditorProps {
  readonly rows: readonly ReferenceDraft[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (rows: ReferenceDraft[]) => void;
}

/**
 * The regional references by year as a small table, one bordered row per value: which
 * indicator it serves (procedure, subject, field), the year and the value.
 */
export function ReferencesEditor({ rows, errors, onChange }: ReferencesEditorProps) {
  const styles = useStyles();
  const update = (index: number, patch: Partial<ReferenceDraft>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const last = rows[rows.length - 1];
  return (
    <div className={styles.root}>
      {rows.length === 0 && (
        <Body1>
          Не заданы: показатели R1, R2 и R6 сравниваются со значениями по всем школам в данных
          (муниципальными), если их нет и на листе «Параметры».
        </Body1>
      )}
      {rows.map((row, index) => {
        const percent = referenceInputKind(row.kind) === "share";
        return (
          <fieldset key={index} className={styles.row}>
            <legend className={styles.legend}>Значение {index + 1}</legend>
            <Field label="Процедура, предмет, показатель" className={styles.wide} size="small">
              <Select
                className={styles.control}
                select={{ className: styles.control }}
                size="small"
                value={row.kind}
                onChange={(_, data) => update(index, { kind: data.value })}
              >
                {REFERENCE_KINDS.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </Select>
            </Field>
            <ReferenceInput
              label="Год"
              error={errors[`ref.${index}.year`]}
              inputMode="numeric"
              value={row.year}
              onChange={(year) => update(index, { year })}
            />
            <ReferenceInput
              label={percent ? "Доля, %" : "Балл"}
              error={errors[`ref.${index}.value`]}
              inputMode="decimal"
              value={row.value}
              onChange={(value) => update(index, { value })}
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={`Удалить значение ${index + 1}`}
              title="Удалить"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            />
          </fieldset>
        );
      })}
      <Button
        appearance="secondary"
        icon={<AddRegular />}
        onClick={() =>
          onChange([
            ...rows,
            { kind: last?.kind ?? REFERENCE_KINDS[0].id, year: last?.year ?? "", value: "" },
          ])
        }
      >
        Добавить значение
      </Button>
    </div>
  );
}
