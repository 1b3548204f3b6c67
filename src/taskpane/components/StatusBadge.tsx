import { Badge, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import { STATUS_LABELS, type Status } from "../../engine";

/** A school's status, or the independent ШНСУ flag. */
export type BadgeKind = Status | "shnsu";

const LOOK: Readonly<Record<BadgeKind, { color: BadgeProps["color"]; label: string }>> = {
  shnor: { color: "danger", label: STATUS_LABELS.shnor },
  risk: { color: "severe", label: "Зона риска" },
  shnsu: { color: "brand", label: "ШНСУ" },
  normal: { color: "success", label: STATUS_LABELS.normal },
  insufficient: { color: "subtle", label: "н/д" },
};

const useStyles = makeStyles({
  // Fluent has no purple badge; its purple palette keeps the tint's contrast in both themes.
  shnsu: {
    backgroundColor: tokens.colorPalettePurpleBackground2,
    color: tokens.colorPalettePurpleForeground2,
    borderTopColor: tokens.colorPalettePurpleBorderActive,
    borderRightColor: tokens.colorPalettePurpleBorderActive,
    borderBottomColor: tokens.colorPalettePurpleBorderActive,
    borderLeftColor: tokens.colorPalettePurpleBorderActive,
  },
});

/**
 * A coloured label: ШНОР red, зона риска orange, ШНСУ purple, норма green, н/д grey.
 *
 * @param kind The status or `shnsu`.
 */
export function StatusBadge({ kind }: { kind: BadgeKind }) {
  const styles = useStyles();
  const look = LOOK[kind];
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      color={look.color}
      className={kind === "shnsu" ? styles.shnsu : undefined}
      title={kind === "insufficient" ? STATUS_LABELS.insufficient : undefined}
    >
      {look.label}
    </Badge>
  );
}
