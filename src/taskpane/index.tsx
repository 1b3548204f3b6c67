import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { waitForOffice } from "../excel/waitForOffice";
import { App, type OfficeState } from "./App";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

function render(state: OfficeState, dark: boolean): void {
  root.render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <App office={state} />
    </FluentProvider>,
  );
}

render("connecting", false);
void waitForOffice().then((ready) =>
  ready ? render("ready", ready.dark) : render("outside", false),
);
