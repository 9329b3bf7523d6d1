// What JSON.parse (and YAML) accept but a contract cannot carry, found before anything relies on
// it: canonical JSON, and so every digest, would throw on it or silently leave it out.
import { fieldPath, type FieldProblem } from '../contracts/index.js'
import { escapeLoneSurrogates } from '../errors.js'

// In unicode mode a paired surrogate is one code point, so this matches lone surrogates only.
const LONE_SURROGATE = /\p{Surrogate}/u
/** Enough to name the fields; a file full of them needs no more to be refused. */
const MAX_UNENCODABLE_PROBLEMS = 10

/**
 * What JSON.parse accepts but a contract cannot carry: a lone UTF-16 surrogate (canonical JSON,
 * and so the digest, cannot encode it), a `__proto__` key (a JavaScript object drops it, so the
 * digest would not cover it) and a number too big to be finite. One problem per field, found
 * without recursion, so that no nesting depth can overflow the stack.
 */
export function unencodableJsonProblems(json: unknown): FieldProblem[] {
  // Each entry links to its parent rather than copying the path, so a deep nesting stays linear.
  interface Place {
    value: unknown
    key?: string | number
    parent?: Place
  }
  const problems: FieldProblem[] = []
  const fieldOf = (place: Place, key?: string): string => {
    const path: Array<string | number> = key === undefined ? [] : [key]
    for (let at: Place | undefined = place; at?.key !== undefined; at = at.parent) path.push(at.key)
    return escapeLoneSurrogates(fieldPath(path.reverse()))
  }
  const pending: Place[] = [{ value: json }]
  while (pending.length > 0 && problems.length < MAX_UNENCODABLE_PROBLEMS) {
    const place = pending.pop()!
    const { value } = place
    if (typeof value === 'string') {
      const surrogate = LONE_SURROGATE.exec(value)?.[0]
      if (surrogate) problems.push({ field: fieldOf(place), message: `holds a lone UTF-16 surrogate (${escapeLoneSurrogates(surrogate)}), which canonical JSON cannot encode` })
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) problems.push({ field: fieldOf(place), message: 'holds a number too large to be represented (it reads as infinity)' })
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) pending.push({ value: value[index], key: index, parent: place })
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const surrogate = LONE_SURROGATE.exec(key)?.[0]
        if (surrogate) {
          problems.push({ field: fieldOf(place, key), message: `is a key that holds a lone UTF-16 surrogate (${escapeLoneSurrogates(surrogate)}), which canonical JSON cannot encode` })
        } else if (key === '__proto__') {
          problems.push({ field: fieldOf(place, key), message: 'is a key named __proto__, which a contract cannot hold' })
        }
      }
      const keys = Object.keys(value)
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index]!
        if (key !== '__proto__' && !LONE_SURROGATE.test(key)) pending.push({ value: (value as Record<string, unknown>)[key], key, parent: place })
      }
    }
  }
  return problems.slice(0, MAX_UNENCODABLE_PROBLEMS)
}
