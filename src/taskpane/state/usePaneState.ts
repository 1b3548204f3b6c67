import { useSyncExternalStore } from "react";
import type { PaneStore } from "./createPaneStore";
import type { PaneState } from "./paneReducer";

/** The store's current state; the component re-renders when it changes. */
export function usePaneState(store: PaneStore): PaneState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
