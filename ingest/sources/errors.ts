// The error a source raises when a whole spec cannot be read (unknown spec, missing path, broken response).

/** A spec that could not be resolved or read at all; `spec` is what the user passed. */
export class SourceError extends Error {
  override readonly name = "SourceError";
  constructor(
    readonly spec: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${spec}: ${message}`, options);
  }
}
