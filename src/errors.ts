// The two kinds of failure: what the user can fix (ConfigurationError and its kin) and everything
// else, which is a bug. A NO decision is neither: it is a valid contract with reasons.

/** A mistake the user can fix: the message says what is wrong and how to fix it. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
  /** The file the problem is in, for an annotation. */
  readonly file?: string
  readonly line?: number

  constructor(message: string, location: { file?: string; line?: number } = {}) {
    // The message may quote the user's input, cut mid-character (JSON.parse's errors do): escaped,
    // it can still be printed, and recorded in a contract's canonical JSON.
    super(escapeLoneSurrogates(message))
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

// File-system failures on a path the user gave (a project name too long for a folder, an artifacts
// folder that is a file, a read-only or full disk): what each means and what to do about it.
const FILE_SYSTEM_ERRORS: Record<string, string> = {
  ENAMETOOLONG: 'name too long; shorten the name this path is made from (a project, folder or file name): a file system takes at most 255 bytes per name',
  ENOTDIR: 'a part of the path is a file where a folder is needed; remove or rename that file, or give another path',
  EISDIR: 'is a folder where a file is needed; give the path of a file',
  EEXIST: 'already exists and is in the way (a file where a folder is needed, or the reverse); remove it or give another path',
  ENOENT: 'no such file or folder; check the path',
  ELOOP: 'too many levels of symbolic links (a symlink loop); fix the link',
  EACCES: 'permission denied; give this user access to the path, or use another path',
  EPERM: 'operation not permitted; give this user access to the path, or use another path',
  EROFS: 'the file system is read-only; use a writable path',
  ENOSPC: 'no space left on the device; free some space or use another disk',
  EDQUOT: 'disk quota exceeded; free some space or use another disk',
  EFBIG: 'file too large for the file system',
  ENXIO: 'no such device (a FIFO or device file with nothing behind it); give the path of a regular file',
}

/**
 * The error as the user should see it, or undefined for a bug. A ConfigurationError is its own
 * answer; a Node file-system error on a path (an errno `code` and a `path`) is the user's to fix,
 * so it becomes one that names the path and says what to do, instead of a stack trace.
 */
export function userErrorOf(error: unknown): ConfigurationError | undefined {
  if (error instanceof ConfigurationError) return error
  if (!(error instanceof Error)) return undefined
  const { code, path, dest } = error as NodeJS.ErrnoException & { dest?: unknown }
  if (typeof code !== 'string' || typeof path !== 'string') return undefined
  const meaning = FILE_SYSTEM_ERRORS[code]
  if (!meaning) return undefined
  const where = typeof dest === 'string' ? `${path} -> ${dest}` : path
  return new ConfigurationError(`${where}: file system: ${meaning} (${code})`)
}

/** `\ud800` for each lone UTF-16 surrogate, which canonical JSON cannot encode. */
export function escapeLoneSurrogates(text: string): string {
  // In unicode mode a paired surrogate is one code point, so this matches lone surrogates only.
  return text.replace(/\p{Surrogate}/gu, (surrogate) => `\\u${surrogate.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
