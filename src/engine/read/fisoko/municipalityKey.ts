import { fisokoText } from "./fisokoText";

// The words that say what kind of municipality it is; they change with reforms (a district
// becomes a «муниципальный округ») while the proper name stays.
const KIND_WORDS = new Set([
  "муниципальный",
  "муниципальное",
  "городской",
  "сельский",
  "округ",
  "район",
  "образование",
  "город",
  "г",
  "мо",
  "го",
  "мр",
  "поселение",
  "закрытое",
  "административно",
  "территориальное",
  "зато",
]);

/**
 * The proper name of a municipality for comparing an export with ОО: «Изобильненский
 * городской округ», «Изобильненский муниципальный округ(reg26_m010)» → `изобильненский`.
 *
 * @param name The name, with or without its glued code.
 * @returns The remaining words; the whole comparison form when only kind words are left.
 */
export function municipalityKey(name: string): string {
  const text = fisokoText(name.replace(/\([A-Za-z]+\d[A-Za-z0-9_]*\)\s*$/, ""));
  const proper = text.split(" ").filter((word) => !KIND_WORDS.has(word));
  return proper.length > 0 ? proper.join(" ") : text;
}
