// The two kinds of failure: what the user can fix (ConfigurationError and its kin) and everything
// else, which is a bug. A NO decision is neither: it is a valid contract with reasons.

/** A mistake the user can fix: the message says what is wrong and how to fix it. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
  /** The file the problem is in, for an annotation. */
  readonly file?: string
  readonly line?: number

  constructor(message: string, location: { file?: string; line?: number } = {}) {
    super(message)
    this.file = location.file
    this.line = location.line
  }
}

/** Evidence that cannot be trusted: missing, unreadable, schema-invalid, or refused on write. */
export class EvidenceError extends ConfigurationError {
  override name = 'EvidenceError'
}

/** True for errors whose message is meant for the user as it stands. */
export function isUserError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
