/**
 * What a failed file operation means, in the user's words: the Node error codes a reader or
 * writer meets, or null for any other error.
 */
export function fileErrorText(error: unknown): string | null {
  const code =
    error instanceof Error && "code" in error ? String((error as NodeJS.ErrnoException).code) : "";
  const text = error instanceof Error ? error.message : String(error);
  const has = (name: string) => code === name || text.includes(name);
  if (has("ENOENT")) return "файл или папка не найдены";
  // Windows locks a workbook that Excel has open: writing it fails with EBUSY or EPERM.
  if (has("EBUSY")) return "файл занят другой программой; закройте его в Excel и повторите";
  if (has("EACCES") || has("EPERM"))
    return "нет доступа к файлу (или он открыт в Excel: закройте его и повторите)";
  if (has("EISDIR")) return "это папка, а не файл";
  // mkdir of a folder where a file of that name stands fails with EEXIST.
  if (has("ENOTDIR") || has("EEXIST")) return "часть пути — файл, а не папка";
  if (has("ENOSPC")) return "на диске нет места";
  if (has("EROFS")) return "диск доступен только для чтения";
  return null;
}
