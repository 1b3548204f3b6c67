import type { SchoolMatcher } from "../SchoolMatcher";
import { municipalityKey } from "./municipalityKey";

/** What the reader needs of a school of ОО. */
export interface ExportSchool {
  readonly name: string;
  /** The ФИС ОКО login in lower case (`edu203389`), or null. */
  readonly login: string | null;
  readonly municipality: string | null;
}

export type ExportMatch =
  | { readonly kind: "matched"; readonly index: number }
  | { readonly kind: "notFound" }
  | { readonly kind: "ambiguous"; readonly candidates: readonly number[] }
  /** The name fits a school whose login in ОО is another one: a namesake, never guessed. */
  | { readonly kind: "loginConflict"; readonly index: number };

/**
 * Finds the school of an export row: by its ФИС ОКО login first, then by name with the
 * matcher of SPEC 3.3. A regional export lists every «СОШ №3» of the region, so a name is
 * matched only under a municipality that ОО has (when ОО says which municipalities it has).
 */
export class ExportMatcher {
  private readonly byLogin = new Map<string, number>();
  private readonly municipalities = new Set<string>();

  constructor(
    private readonly schools: readonly ExportSchool[],
    private readonly matcher: SchoolMatcher,
  ) {
    schools.forEach((school, index) => {
      if (school.login !== null && !this.byLogin.has(school.login))
        this.byLogin.set(school.login, index);
      if (school.municipality !== null)
        this.municipalities.add(municipalityKey(school.municipality));
    });
  }

  /** Whether ОО has the municipality, or says nothing that could tell. */
  hasMunicipality(municipality: string | null): boolean {
    return (
      municipality === null ||
      this.municipalities.size === 0 ||
      this.municipalities.has(municipalityKey(municipality))
    );
  }

  /**
   * @param name The school's name without its code.
   * @param login The login glued to the name or in the Логин column, any case.
   * @param municipality The municipality the export puts the school under.
   */
  match(name: string, login: string | null, municipality: string | null): ExportMatch {
    const key = login?.trim().toLowerCase() || null;
    const byLogin = key === null ? undefined : this.byLogin.get(key);
    if (byLogin !== undefined) return { kind: "matched", index: byLogin };
    if (name === "" || !this.hasMunicipality(municipality)) return { kind: "notFound" };
    const byName = this.matcher.match(name);
    if (byName.kind !== "matched") return byName;
    const known = this.schools[byName.index].login;
    if (key !== null && known !== null && known !== key)
      return { kind: "loginConflict", index: byName.index };
    return byName;
  }
}
