/** Names joined for prose: «А», «А и Б», «А, Б и В». */
export function schoolList(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} и ${names[names.length - 1]}`;
}
