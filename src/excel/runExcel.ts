/**
 * Runs a task against the open workbook: the pane's only door to Excel, so that components
 * never hold Office objects. The task receives a request context and must finish its syncs.
 *
 * @param task E.g. `(context) => writeReport(context, model, { onProgress })`.
 * @returns What the task returns.
 */
export function runExcel<T>(task: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(task);
}
