const HEAD = /директор|руководител/i;
// A head of a methodical association teaches: that is not a management post (DECISIONS A-44).
const METHODICAL_HEAD = /руководител[а-яё]*\s+(шмо|мо|рмо|гмо|методическ)/i;

/** Whether a position is a management post (руководящий работник), per DECISIONS A-44. */
export function isHead(position: string | null): boolean {
  if (position === null) return false;
  const text = position.replace(/ё/g, "е");
  if (/директор/i.test(text)) return true;
  return HEAD.test(text) && !METHODICAL_HEAD.test(text);
}
