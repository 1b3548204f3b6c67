import { fileErrorText } from "../../src/cli/fileErrorText";

const failure = (code: string) => Object.assign(new Error(`${code}: failed, open 'x'`), { code });

describe("fileErrorText: a failed file operation in the user's words", () => {
  it.each([
    ["ENOENT", /не найдены/],
    // A report open in Excel on Windows: the user must close it.
    ["EBUSY", /закройте его в Excel/],
    ["EPERM", /нет доступа.*Excel/],
    ["EACCES", /нет доступа/],
    ["EISDIR", /это папка/],
    ["ENOTDIR", /часть пути — файл/],
    ["EEXIST", /часть пути — файл/],
    ["ENOSPC", /нет места/],
    ["EROFS", /только для чтения/],
  ])("%s", (code, words) => {
    expect(fileErrorText(failure(code))).toMatch(words);
  });

  it("reads the code from a message when the error has none (ExcelJS passes messages on)", () => {
    expect(fileErrorText(new Error("EISDIR: illegal operation on a directory, read"))).toMatch(
      /папка/,
    );
  });

  it("leaves any other error to the caller", () => {
    expect(fileErrorText(new Error("Corrupted zip"))).toBeNull();
    expect(fileErrorText("text")).toBeNull();
  });
});
