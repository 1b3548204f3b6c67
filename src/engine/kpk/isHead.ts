const HEAD = /директор|руководител/i;
// A head of a methodical association teaches: that is not a management post (DECISIONS A-44).
const METHODICAL_HEAD =
  /руководител\S*\s+(?:\S+\s+)?(?:(?:шмо|ммо|рмо|гмо|мо)(?![а-я])|методическ)/i;
// «Советник директора по воспитанию» is a teaching post in law, though its title names the director.
const DIRECTOR_ADVISER = /советник\S*\s+директора/i;

/** Whether a position is a management post (руководящий работник), per DECISIONS A-44. */
export function isHead(position: string | null): boolean {
  if (position === null) return false;
  const text = position.replace(/ё/g, "е");
  if (DIRECTOR_ADVISER.test(text)) return false;
  if (/директор/i.test(text)) return true;
  return HEAD.test(text) && !METHODICAL_HEAD.test(text);
}
