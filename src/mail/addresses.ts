// Mail addresses as shipgate accepts them: plain addr-spec only (no display names, no comments),
// checked before anything is rendered or sent, and the from-address allowlist.
import { ConfigurationError } from '../errors.js'

// Deliberately narrower than RFC 5322: what real relays accept and what cannot smuggle headers.
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/

export function isValidAddress(address: string): boolean {
  return address.length <= 254 && ADDRESS.test(address) && !address.includes('..')
}

/** The address checked, or a ConfigurationError that names where it came from. */
export function requireAddress(address: string, where: string): string {
  const trimmed = address.trim()
  if (!isValidAddress(trimmed)) throw new ConfigurationError(`${where}: '${address}' is not a mail address (expected name@example.com)`)
  return trimmed
}

/** Splits a list input: one address per line or separated by commas. */
export function parseAddressList(value: string[] | undefined, where: string): string[] {
  const addresses = (value ?? []).flatMap((line) => line.split(',')).map((item) => item.trim()).filter((item) => item !== '')
  return addresses.map((address) => requireAddress(address, where))
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase()
}

/** `allowed-from` holds addresses and `@domain` entries; the comparison ignores case. */
export function assertAllowedFrom(from: string, allowedFrom: string[]): void {
  if (allowedFrom.length === 0) {
    throw new ConfigurationError(`input 'allowed-from': not given; list the sender addresses (or @domain) that may send, e.g. allowed-from: ${from} (or mail.allowedFrom in shipgate.yml)`)
  }
  const address = from.toLowerCase()
  const allowed = allowedFrom.some((entry) => {
    const rule = entry.trim().toLowerCase()
    return rule.startsWith('@') ? domainOf(address) === rule.slice(1) : rule === address
  })
  if (!allowed) {
    throw new ConfigurationError(`input 'from': '${from}' is not in allowed-from (${allowedFrom.join(', ')}); use an allowed sender or add it to allowed-from`)
  }
}

export interface Recipients {
  to: string[]
  cc: string[]
  bcc: string[]
}

/**
 * Each address once, with case aside on the whole address (as the event key and the roster compare
 * them), in its first spelling: an address in `to` and `cc` is sent once, in `to` (to, then cc,
 * then bcc). The event key and the headers are made from this, so the same people listed
 * differently are one event and one message.
 */
export function distinctRecipients(recipients: Recipients): Recipients {
  const seen = new Set<string>()
  const once = (list: string[]) =>
    list.filter((address) => {
      const key = address.trim().toLowerCase()
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  return { to: once(recipients.to), cc: once(recipients.cc), bcc: once(recipients.bcc) }
}
