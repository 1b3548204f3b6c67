import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { APP_VERSION, METHOD_VERSION } from "../engine/settings";

/** Whether the pane is connected to Excel yet. */
export type OfficeState = "connecting" | "ready" | "outside";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  command: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "nowrap" },
});

/** The pane's shell until the sections Данные, Параметры, Результаты and Отчёт arrive. */
export function App({ office }: { office: OfficeState }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">ШНОР Монитор</Title2>
      <Caption1>
        Надстройка {APP_VERSION} · методика {METHOD_VERSION}
      </Caption1>
      {office === "connecting" && <Spinner size="small" label="Подключение к Excel…" />}
      {office === "outside" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Откройте надстройку в Excel</MessageBarTitle>
            Эта страница работает только в Excel: вкладка «Главная», кнопка «Открыть панель».
          </MessageBarBody>
        </MessageBar>
      )}
      {office === "ready" && (
        <>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Разделы панели ещё не готовы</MessageBarTitle>
              «Данные», «Параметры», «Результаты» и «Отчёт» появятся в следующих версиях. Отчёт уже
              сейчас строит командная строка:{" "}
              <code className={styles.command}>npm run report -- ФАЙЛ.xlsx --out отчёт.xlsx</code>
            </MessageBarBody>
          </MessageBar>
          <Body1>
            Формула <code className={styles.command}>=SHNOR.VERSION()</code> показывает версии
            надстройки и методики.
          </Body1>
        </>
      )}
    </main>
  );
}
