import type { SourceImport } from "./sourceImports";

/**
 * The groups of files that import each other in a circle, type-only imports included: the
 * strongly connected components of the import graph with more than one file, or one file
 * that imports itself (Tarjan's algorithm).
 *
 * @param imports The imports among the files to judge; imports of packages are ignored.
 * @returns Each group as its files in path order, the groups in order of their first file.
 */
export function importCycles(imports: readonly SourceImport[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { file, target } of imports) {
    if (!next.has(file)) next.set(file, []);
    if (target !== null) next.get(file)!.push(target);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];

  const connect = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of next.get(file) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    const selfImport = next.get(file)?.includes(file) ?? false;
    if (group.length > 1 || selfImport) groups.push(group.sort());
  };

  for (const file of [...next.keys()].sort()) if (!index.has(file)) connect(file);
  return groups.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
