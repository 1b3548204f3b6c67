import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { APP_VERSION, METHOD_VERSION } from "../engine";
import { Pane } from "./Pane";
import type { PaneStore } from "./state/createPaneStore";

/** Whether the pane is connected to Excel yet. */
export type OfficeState = "connecting" | "ready" | "outside";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  title: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
});

export interface AppProps {
  readonly office: OfficeState;
  /** The pane's store, once Office is ready. */
  readonly store?: PaneStore;
}

/** The page: the title, then the pane inside Excel, or a clear message outside it. */
export function App({ office, store }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.title}>
        <Title3 as="h1">ШНОР Монитор</Title3>
        <Caption1>
          Надстройка {APP_VERSION} · методика {METHOD_VERSION}
        </Caption1>
      </header>
      {office === "connecting" && <Spinner size="small" label="Подключение к Excel…" />}
      {office === "outside" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Откройте надстройку в Excel</MessageBarTitle>
            Эта страница работает только в Excel: вкладка «Главная», кнопка «Открыть панель».
          </MessageBarBody>
        </MessageBar>
      )}
      {office === "ready" && store && <Pane store={store} />}
    </main>
  );
}
