import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  input: { flexGrow: 1, minWidth: 0 },
});

export interface SettingFieldProps {
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly error: string | null;
  readonly percent?: boolean;
  readonly placeholder?: string;
  /** The value is the default already, so the reset does nothing. */
  readonly atDefault: boolean;
  readonly onChange: (value: string) => void;
  readonly onReset: () => void;
}

/** One setting: its label, the field, its default and basis as a hint, and a reset button. */
export function SettingField(props: SettingFieldProps) {
  const styles = useStyles();
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={props.error ? "error" : "none"}
      validationMessage={props.error ?? undefined}
    >
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            className={styles.input}
            value={props.value}
            inputMode="decimal"
            placeholder={props.placeholder}
            contentAfter={props.percent ? "%" : undefined}
            onChange={(_, data) => props.onChange(data.value)}
          />
          <Button
            appearance="subtle"
            icon={<ArrowResetRegular />}
            aria-label={`Сбросить: ${props.label}`}
            title="Вернуть значение по умолчанию"
            disabled={props.atDefault}
            onClick={props.onReset}
          />
        </div>
      )}
    </Field>
  );
}
