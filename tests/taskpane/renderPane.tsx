import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import type { WorkbookInput } from "../../src/engine";
import type { SavedState, TableInfo } from "../../src/taskpane/gateway";
import { Pane, type SectionId } from "../../src/taskpane/Pane";
import { createPaneStore } from "../../src/taskpane/state/createPaneStore";
import { fakeGateway } from "./fakeGateway";
import { SMALL_WORKBOOK } from "./smallWorkbook";

/**
 * Renders the pane over a fake gateway, as of 31.03.2022, and waits until the workbook is read.
 *
 * @param section The section shown.
 * @param workbook What the fake Excel holds.
 * @param saved What the workbook has saved for the pane.
 * @param tables The Excel Tables the workbook has.
 * @returns The fake gateway with its recorded calls, and the store.
 */
export async function renderPane(
  section: SectionId,
  workbook: WorkbookInput = SMALL_WORKBOOK,
  saved: Partial<SavedState> = {},
  tables: readonly TableInfo[] = [],
) {
  const gateway = fakeGateway(workbook, saved, tables);
  const store = createPaneStore(gateway, () => "2022-03-31");
  // The pane reads the workbook as it mounts: act lets that settle before the test looks.
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Pane store={store} initialSection={section} />
      </FluentProvider>,
    );
  });
  await waitFor(() => expect(store.getState().loading).toBe(false));
  await screen.findByRole("tabpanel");
  return { gateway, store };
}
