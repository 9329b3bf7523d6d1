// What one acceptance check reports back to the stage, and the masking every detail goes through.
import type { SecretMasker } from '../../platform/logger.js'

export interface CheckRunResult {
  status: 'pass' | 'fail'
  /** Why it failed; absent on a pass. */
  reason?: string
  attempts: number
  /** A short detail: the status code, the tail of the output. */
  detail?: string
}

/** Environment variable names whose values are treated as secrets. */
export const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE_?KEY|CREDENTIAL|COOKIE/i

const MAX_DETAIL = 1500

/** Masks secrets, then keeps the last `MAX_DETAIL` characters: the end of an output is what explains it. */
export function maskedTail(text: string, masker: SecretMasker, maxLines = 20): string {
  const lines = masker.mask(text).replace(/\s+$/, '').split(/\r?\n/)
  const tail = lines.slice(-maxLines).join('\n')
  return tail.length > MAX_DETAIL ? `…${tail.slice(-MAX_DETAIL)}` : tail
}

/** A one-line excerpt of a response body, masked. */
export function maskedExcerpt(text: string, masker: SecretMasker, max = 200): string {
  const line = masker.mask(text).replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}
