import { normalizeHeader } from "../text/normalizeHeader";

/**
 * The subject of a result row (DECISIONS A-21): «рус. яз.» → «русский язык»; anything with
 * «математика» → «математика», «математика (профиль)» or «математика (база)»; other subjects
 * are kept in their normalized form.
 */
export function normalizeSubject(subject: string): string {
  const text = normalizeHeader(subject);
  if (/^рус[а-я]*( яз[а-я]*)?$/.test(text)) return "русский язык";
  const words = text.split(" ");
  if (
    words.includes("математика") ||
    text === "мат" ||
    text === "матем" ||
    /^мат(ем)? /.test(text)
  ) {
    if (/проф/.test(text)) return "математика (профиль)";
    if (/баз/.test(text)) return "математика (база)";
    return "математика";
  }
  return text;
}
