import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { columnLetter, FIELDS, type SheetMapping } from "../../engine";
import type { TableInfo } from "../gateway";

const UNUSED = "";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // A native select is as wide as its longest option; headers can be long, the pane is 320 px.
  select: { minWidth: 0, width: "100%" },
});

export interface MappingEditorProps {
  readonly mapping: SheetMapping;
  /** The Excel Table on the sheet, when the data is one. */
  readonly table?: TableInfo;
  /** The user chose a column (0-based) for a field, or `null` for «не использовать». */
  readonly onChange: (field: string, column: number | null) => void;
}

/**
 * The columns of one input sheet: a dropdown per field listing the sheet's headers. Fields
 * that are mapped or required come first; the other recognised fields are one click away.
 */
export function MappingEditor({ mapping, table, onChange }: MappingEditorProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const fields = FIELDS[mapping.kind];
  const main = fields.filter((f) => f.required || f.key in mapping.columns);
  const rest = fields.length - main.length;
  const shown = all ? fields : main;
  const options = mapping.headers
    .map((header, col) => ({ col, label: `${columnLetter(col)}: ${header}` }))
    .filter((o) => mapping.headers[o.col].trim() !== "" || isMapped(mapping, o.col));
  return (
    <div className={styles.root}>
      <Caption1>
        {table ? `Таблица Excel «${table.name}», ${table.address}. ` : ""}Строка заголовков:{" "}
        {mapping.headerRow + 1}. Выберите для каждого поля столбец листа.
      </Caption1>
      {shown.map((field) => {
        const column = mapping.columns[field.key];
        const label = field.headers[0];
        return (
          <Field
            key={field.key}
            label={label}
            required={field.required}
            size="small"
            validationState={field.required && column === undefined ? "error" : "none"}
            validationMessage={
              field.required && column === undefined
                ? "Обязательное поле: выберите столбец"
                : undefined
            }
          >
            <Select
              className={styles.select}
              select={{ className: styles.select }}
              size="small"
              value={column === undefined ? UNUSED : String(column)}
              onChange={(_, data) =>
                onChange(field.key, data.value === UNUSED ? null : Number(data.value))
              }
            >
              <option value={UNUSED}>— не использовать —</option>
              {options.map((o) => (
                <option key={o.col} value={String(o.col)}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      {rest > 0 && (
        <Button appearance="subtle" size="small" onClick={() => setAll(!all)}>
          {all ? "Только используемые поля" : `Все поля листа (ещё ${rest})`}
        </Button>
      )}
    </div>
  );
}

function isMapped(mapping: SheetMapping, col: number): boolean {
  return Object.values(mapping.columns).includes(col);
}
