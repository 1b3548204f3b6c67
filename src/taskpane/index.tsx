import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { waitForOffice } from "../excel/waitForOffice";
import { App, type OfficeState } from "./App";
import { createOfficeGateway } from "./officeGateway";
import { createPaneStore, type PaneStore } from "./state/createPaneStore";
import { todayIso } from "./todayIso";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

function render(state: OfficeState, dark: boolean, store?: PaneStore): void {
  root.render(
    // The provider fills the pane so that the dark theme's background reaches the bottom.
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <App office={state} store={store} />
    </FluentProvider>,
  );
}

render("connecting", false);
void waitForOffice().then((ready) =>
  ready
    ? render("ready", ready.dark, createPaneStore(createOfficeGateway(), todayIso))
    : render("outside", false),
);
