/**
 * Whether the Excel running the add-in has an ExcelApi requirement set. Outside Office (tests,
 * the recording fake) every set counts as present.
 *
 * @param version E.g. `"1.12"` for worksheet custom properties.
 */
export function excelApiSupported(version: string): boolean {
  if (typeof Office === "undefined") return true;
  const requirements = Office.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", version) : true;
}
