// Arbitraries for the fuzz tests: JSON values that are valid JSON but awkward for a parser (lone
// surrogates, `__proto__` and other special keys, numbers JSON.parse reads as infinity). Each test
// adds the words that matter to what it parses (`schema`, `YES`, `deployed`, ...).
import fc from 'fast-check'

/** One UTF-16 code unit at random, lone surrogates included, or one of the given pieces. */
export function awkwardUnit(pieces: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
    { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udfff', '\udbff\udfff', '\u2028', '\0', '"', '\\', '__proto__', ...pieces) },
  )
}

/** An object with exactly these own keys; `__proto__` included as data, as JSON.parse makes it. */
export function objectOf(entries: Array<[string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
  return object
}

/** Any JSON value built from these strings and keys, up to `maxLength` items per array or object. */
export function awkwardJsonOf(strings: fc.Arbitrary<string>, keys: fc.Arbitrary<string>, maxLength: number): fc.Arbitrary<unknown> {
  return fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      fc.double({ noNaN: true }),
      fc.integer(),
      strings,
      fc.array(tie('value'), { maxLength }),
      fc.array(fc.tuple(keys, tie('value')), { maxLength }).map(objectOf),
    ),
  })).value
}
