import type { FunctionTranslation } from "../src/functions/translations";

/** A parameter in functions.json. */
export interface FunctionParameter {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly dimensionality?: "scalar" | "matrix";
  readonly optional?: boolean;
}

/** A function in functions.json (the fields this project reads; others are kept as they are). */
export interface FunctionEntry {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly FunctionParameter[];
  readonly result: { readonly type?: string; readonly dimensionality?: "scalar" | "matrix" };
  readonly options?: { readonly volatile?: boolean; readonly stream?: boolean };
}

/** functions.json as custom-functions-metadata generates it. */
export interface FunctionsMetadata {
  readonly functions: readonly FunctionEntry[];
}

// Excel's rule for a function name: a letter first, then letters, digits, «_» or «.»; 3 or more.
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

/**
 * functions-ru.json from the generated functions.json and the one translation table: the
 * same ids, descriptions and types, with Russian function and parameter names. Every function
 * and parameter must have a translation, and every translation must name something, so the
 * build fails instead of shipping a half-Russian list.
 *
 * @returns The localized metadata, and a problem per missing, stale or invalid translation.
 */
export function localizeFunctions(
  metadata: FunctionsMetadata,
  translations: Readonly<Record<string, FunctionTranslation>>,
): { metadata: FunctionsMetadata; problems: string[] } {
  const problems: string[] = [];
  const functions = metadata.functions.map((fn) => {
    const translation = translations[fn.id];
    if (!translation) {
      problems.push(`функция ${fn.id}: нет русского названия в src/functions/translations.ts`);
      return fn;
    }
    if (!FUNCTION_NAME.test(translation.name)) {
      problems.push(`функция ${fn.id}: «${translation.name}» не годится как имя функции Excel`);
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(translation.parameters)) {
      if (!names.has(name))
        problems.push(`функция ${fn.id}: перевод параметра ${name}, которого нет`);
    }
    const parameters = fn.parameters.map((p) => {
      const name = translation.parameters[p.name];
      if (name === undefined)
        problems.push(`функция ${fn.id}: нет русского имени параметра ${p.name}`);
      return { ...p, name: name ?? p.name };
    });
    return { ...fn, name: translation.name, parameters };
  });
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(translations)) {
    if (!ids.has(id)) problems.push(`перевод для функции ${id}, которой нет в functions.ts`);
  }
  return { metadata: { ...metadata, functions }, problems };
}
