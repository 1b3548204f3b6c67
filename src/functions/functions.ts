import { APP_VERSION, METHOD_VERSION } from "../engine/settings";

// Registration: at build time custom-functions-metadata-plugin writes functions.json from the
// JSDoc below and appends `CustomFunctions.associate(id, function)` for every @customfunction
// here, so a new function is one declaration; importing this file (tests) registers nothing.

/**
 * Версии надстройки и методики расчёта.
 * @customfunction VERSION
 * @returns Строка вида «ШНОР Монитор 0.1.0; методика 2026.1».
 */
export function version(): string {
  return `ШНОР Монитор ${APP_VERSION}; методика ${METHOD_VERSION}`;
}
