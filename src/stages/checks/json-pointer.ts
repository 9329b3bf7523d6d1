// JSON Pointer (RFC 6901): finds the value a pointer such as `/items/0/name` names in a JSON document.

export type PointerLookup = { found: true; value: unknown } | { found: false; reason: string }

/** Splits a pointer into its reference tokens, `~1` -> `/` and `~0` -> `~` (in that order). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) throw new SyntaxError(`JSON pointer '${pointer}' must be empty or start with '/'`)
  return pointer
    .slice(1)
    .split('/')
    .map((token) => {
      if (/~[^01]|~$/.test(token)) throw new SyntaxError(`JSON pointer '${pointer}' has an invalid escape in '${token}' (only ~0 and ~1)`)
      return token.replace(/~1/g, '/').replace(/~0/g, '~')
    })
}

export function resolvePointer(document: unknown, pointer: string): PointerLookup {
  let current = document
  let at = ''
  for (const token of parsePointer(pointer)) {
    at += `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`
    if (Array.isArray(current)) {
      // RFC 6901: an array index is 0 or digits without a leading zero; '-' names no element.
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return { found: false, reason: `${at}: '${token}' is not an array index` }
      const index = Number(token)
      if (index >= current.length) return { found: false, reason: `${at}: index ${index} is past the end of an array of ${current.length}` }
      current = current[index]
    } else if (current !== null && typeof current === 'object') {
      if (!Object.prototype.hasOwnProperty.call(current, token)) return { found: false, reason: `${at}: no member '${token}'` }
      current = (current as Record<string, unknown>)[token]
    } else {
      return { found: false, reason: `${at}: cannot look into ${current === null ? 'null' : typeof current}` }
    }
  }
  return { found: true, value: current }
}
