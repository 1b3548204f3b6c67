/**
 * A file whose own structure contradicts itself (a part larger than its zip entry says, a cell
 * beyond the last one a sheet may have): no reader may go on with it, and the message, in
 * Russian, says what is wrong.
 */
export class DamagedWorkbook extends Error {}
