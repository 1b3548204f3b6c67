/**
 * A file no reader may go on with: its structure contradicts itself (a part larger than its zip
 * entry says, a cell beyond the last one a sheet may have) or it would fill the memory (a sheet
 * merged whole). The message, in Russian, says what is wrong.
 */
export class DamagedWorkbook extends Error {}
