/** A name of the hierarchy column with the ФИС ОКО code that export glues to it. */
export interface CodedName {
  readonly name: string;
  /** The code in lower case (`edu203389`, `reg20_m012`), or null when there is none. */
  readonly code: string | null;
}

// ФИС ОКО glues the code on without a space: `…район(reg20_m012)`, `…»(edu203389)`.
const GLUED_CODE = /^(.*?)\s*\(\s*([A-Za-z]+\d[A-Za-z0-9_]*)\s*\)\s*$/;

/**
 * Splits `МБОУ «СОШ №1 г.Урус-Мартан»(edu203389)` into the name and the code.
 *
 * @returns The trimmed name and the lower-cased code; a name without a code is returned whole.
 */
export function splitCode(text: string): CodedName {
  const m = GLUED_CODE.exec(text);
  if (!m || m[1].trim() === "") return { name: text.trim(), code: null };
  return { name: m[1].trim(), code: m[2].toLowerCase() };
}
