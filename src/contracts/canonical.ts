// Canonical JSON (RFC 8785, JCS) and the `sha256:<hex>` digests taken over it. The digest of a
// contract is the digest of its canonical form, so key order and whitespace never change it.
import { createHash } from 'node:crypto'

// In unicode mode a paired surrogate is one code point, so this matches lone surrogates only.
const LONE_SURROGATE = /\p{Surrogate}/u

/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace,
 * numbers and strings as ECMAScript's JSON.stringify writes them (which is what RFC 8785 asks for).
 * Values JSON cannot hold (undefined in arrays, functions, NaN, Infinity, lone surrogates) throw.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold the number ${value}`)
    return JSON.stringify(value)
  }
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) throw new TypeError('canonical JSON cannot hold a string with a lone surrogate')
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item)).join(',')}]`
  }
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value) as unknown
    if (prototype !== Object.prototype && prototype !== null) {
      // A Date, Map or class instance would silently become {} or a string: make the caller convert it.
      throw new TypeError(`canonical JSON holds plain objects only, not ${(value as object).constructor?.name ?? 'this object'}`)
    }
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, member]) => `${canonicalJson(key)}:${canonicalJson(member)}`).join(',')}}`
  }
  throw new TypeError(`canonical JSON cannot hold a value of type ${typeof value}`)
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** `sha256:<64 hex>` of the canonical JSON of a value. */
export function digestOf(value: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`
}
