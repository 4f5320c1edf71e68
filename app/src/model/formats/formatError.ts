// The error every format writer/reader throws: names the format and the element at fault.

/** A value cannot be written to, or read back from, an export format. */
export class FormatError extends Error {
  override readonly name = 'FormatError';
  constructor(
    readonly format: string,
    readonly where: string,
    detail: string,
  ) {
    super(`${format} ${where}: ${detail}`);
  }
}
