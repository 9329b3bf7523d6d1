// What JSON.parse (and YAML) accept but a contract cannot carry, found before anything relies on
// it: canonical JSON, and so every digest, would throw on it or silently leave it out.
import { fieldPath, type FieldProblem } from '../contracts/index.js'
import { escapeLoneSurrogates } from '../errors.js'

// In unicode mode a paired surrogate is one code point, so this matches lone surrogates only.
const LONE_SURROGATE = /\p{Surrogate}/u
/** Enough to name the fields; a file full of them needs no more to be refused. */
const MAX_UNENCODABLE_PROBLEMS = 10

// The characters of JSON's structure, as char codes.
const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COLON = 0x3a
const COMMA = 0x2c

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
      // JSON text cannot hold NaN, but YAML can (.nan), and it is no number too large.
      if (Number.isNaN(value)) problems.push({ field: fieldOf(place), message: 'holds NaN (not a number), which JSON cannot encode' })
      else if (!Number.isFinite(value)) problems.push({ field: fieldOf(place), message: 'holds a number too large to be represented (it reads as infinity)' })
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

/**
 * Keys an object of this JSON text holds more than once. JSON.parse keeps the last and says
 * nothing, so `"decision": "NO", "decision": "YES"` would read as YES, and the digest, taken over
 * the parsed value, would not change if the NO were inserted later. `text` must be JSON that
 * JSON.parse accepted: this only follows its brackets and strings, once, with a stack of its own
 * instead of recursion, so that no nesting depth can overflow the call stack.
 */
export function duplicateKeyProblems(text: string): FieldProblem[] {
  // The open objects and arrays, outermost first, as flat stacks (no object per level to allocate
  // and collect). For each: the keys an object has seen (none yet, one, or many; undefined for an
  // array), and where the value being read sits in it (its key, or its index).
  const keysSeen: Array<string | Set<string> | null | undefined> = []
  const at: Array<string | number> = []
  // Between `{` or `,` and `:` in an object: the next string is a key.
  let expectsKey = false
  const problems: FieldProblem[] = []
  for (let index = 0; index < text.length && problems.length < MAX_UNENCODABLE_PROBLEMS; index++) {
    const code = text.charCodeAt(index)
    if (code === QUOTE) {
      const start = index + 1
      let escaped = false
      for (index++; index < text.length && text.charCodeAt(index) !== QUOTE; index++) {
        if (text.charCodeAt(index) === BACKSLASH) {
          escaped = true
          index++
        }
      }
      if (!expectsKey) continue
      const top = keysSeen.length - 1
      const key = escaped ? (JSON.parse(text.slice(start - 1, index + 1)) as string) : text.slice(start, index)
      const seen = keysSeen[top]
      let duplicate = false
      if (seen === null) keysSeen[top] = key
      else if (typeof seen === 'string') {
        duplicate = seen === key
        if (!duplicate) keysSeen[top] = new Set([seen, key])
      } else {
        duplicate = seen!.has(key)
        seen!.add(key)
      }
      if (duplicate) {
        problems.push({ field: escapeLoneSurrogates(fieldPath([...at.slice(0, top), key])), message: 'is a duplicate key: the object holds it more than once, and a reader would see only the last' })
      }
      at[top] = key
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      keysSeen.push(code === OPEN_BRACE ? null : undefined)
      at.push(0)
      expectsKey = code === OPEN_BRACE
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      keysSeen.pop()
      at.pop()
      expectsKey = false
    } else if (code === COLON) {
      expectsKey = false
    } else if (code === COMMA) {
      const top = keysSeen.length - 1
      if (keysSeen[top] === undefined) at[top] = (at[top] as number) + 1
      else expectsKey = true
    }
  }
  return problems
}
