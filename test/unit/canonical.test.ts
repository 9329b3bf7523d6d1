// RFC 8785 (JCS) behaviour of canonicalJson, and the digests taken over it.
import { createHash } from 'node:crypto'
import { canonicalJson, digestOf, sha256Hex } from '../../src/contracts/canonical.js'

/** The IEEE 754 double with the given bit pattern, as RFC 8785 Appendix B lists its vectors. */
function doubleFromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setBigUint64(0, BigInt(`0x${hex}`))
  return view.getFloat64(0)
}

describe('canonicalJson', () => {
  describe('RFC 8785 published examples', () => {
    test('section 3.2.2: numbers, strings and literals', () => {
      const input = JSON.parse(
        '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
          ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
          ' "literals": [null, true, false]}',
      ) as unknown
      expect(canonicalJson(input)).toBe(
        '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
          '"string":"\u20ac$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
      )
    })

    test('section 3.2.3: keys sorted by UTF-16 code units, surrogate pair included', () => {
      const input = {
        '\u20ac': 'Euro Sign',
        '\r': 'Carriage Return',
        '\ufb33': 'Hebrew Letter Dalet With Dagesh',
        '1': 'One',
        '\ud83d\ude00': 'Emoji: Grinning Face',
        '\u0080': 'Control',
        '\u00f6': 'Latin Small Letter O With Diaeresis',
      }
      expect(canonicalJson(input)).toBe(
        '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
          '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
      )
    })

    test.each([
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ])('appendix B number %s serialises as %s', (bits, expected) => {
      expect(canonicalJson(doubleFromBits(bits))).toBe(expected)
    })
  })

  describe('numbers', () => {
    test.each([
      [1e21, '1e+21'],
      [1e20, '100000000000000000000'],
      [1e-7, '1e-7'],
      [1e-6, '0.000001'],
      [-0, '0'],
      [0.1 + 0.2, '0.30000000000000004'],
      [4.5, '4.5'],
      [-12, '-12'],
    ])('%p serialises as %s', (value, expected) => {
      expect(canonicalJson(value)).toBe(expected)
    })

    test.each([NaN, Infinity, -Infinity])('rejects %p', (value) => {
      expect(() => canonicalJson(value)).toThrow(TypeError)
      expect(() => canonicalJson({ nested: [value] })).toThrow(/cannot hold the number/)
    })
  })

  describe('strings', () => {
    test('escapes control characters as short escapes or lowercase \\u00XX', () => {
      expect(canonicalJson('\b\f\n\r\t\u0000\u001f\u007f')).toBe('"\\b\\f\\n\\r\\t\\u0000\\u001f\u007f"')
    })

    test('escapes only the quote and the backslash among printable ASCII', () => {
      expect(canonicalJson('a"b\\c/d\'e')).toBe('"a\\"b\\\\c/d\'e"')
    })

    test('writes U+2028 and U+2029 as themselves, not escaped', () => {
      const text = canonicalJson('line\u2028para\u2029end')
      expect(text).toBe('"line\u2028para\u2029end"')
      expect(text).not.toContain('\\u2028')
    })

    test('keeps non-ASCII characters and surrogate pairs as UTF-8 text', () => {
      expect(canonicalJson('\u00e9\u20ac\ud83d\ude00')).toBe('"\u00e9\u20ac\ud83d\ude00"')
    })

    test.each([
      ['a lone high surrogate', 'x\ud800y'],
      ['a lone low surrogate', '\udc00'],
      ['a reversed pair', '\ude00\ud83d'],
    ])('rejects %s', (_what, value) => {
      expect(() => canonicalJson(value)).toThrow(/lone surrogate/)
    })

    test('rejects a lone surrogate in an object key', () => {
      expect(() => canonicalJson({ ['\ud800']: 1 })).toThrow(/lone surrogate/)
    })
  })

  describe('objects and arrays', () => {
    test('sorts keys at every level and keeps array order', () => {
      const value = { b: [3, { z: 1, a: [2, 1] }, 1], a: { d: null, c: true } }
      expect(canonicalJson(value)).toBe('{"a":{"c":true,"d":null},"b":[3,{"a":[2,1],"z":1},1]}')
    })

    test('sorts by code unit, so upper case comes before lower case and "10" before "9"', () => {
      expect(canonicalJson({ b: 1, B: 2, a: 3, '9': 4, '10': 5 })).toBe('{"10":5,"9":4,"B":2,"a":3,"b":1}')
    })

    test('sorts a key after its own prefix', () => {
      expect(canonicalJson({ ab: 1, a: 2, '': 3 })).toBe('{"":3,"a":2,"ab":1}')
    })

    test('sorts a surrogate pair (U+1F600) before U+FB33, unlike code point order', () => {
      const keys = Object.keys(JSON.parse(canonicalJson({ '\ufb33': 1, '\ud83d\ude00': 2 })) as object)
      expect(keys).toEqual(['\ud83d\ude00', '\ufb33'])
    })

    test('drops object members whose value is undefined', () => {
      expect(canonicalJson({ a: undefined, b: 1, c: { d: undefined } })).toBe('{"b":1,"c":{}}')
    })

    test('rejects undefined in an array, functions and bigints', () => {
      expect(() => canonicalJson([1, undefined])).toThrow(/undefined/)
      expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/)
      expect(() => canonicalJson(10n)).toThrow(/bigint/)
    })

    test('writes empty containers and literals without whitespace', () => {
      expect(canonicalJson({ a: [], b: {}, c: [null, false, true] })).toBe('{"a":[],"b":{},"c":[null,false,true]}')
    })

    test('parses back to an equal value', () => {
      const value = { z: [1.5, 'two', { y: null }], a: { '\u00f6': -3e-9 } }
      expect(JSON.parse(canonicalJson(value))).toEqual(value)
    })
  })
})

describe('digestOf', () => {
  test('is sha256: followed by 64 lowercase hex characters of the canonical JSON', () => {
    const value = { b: 2, a: [1, 'x'] }
    const digest = digestOf(value)
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    const expected = createHash('sha256').update('{"a":[1,"x"],"b":2}', 'utf8').digest('hex')
    expect(digest).toBe(`sha256:${expected}`)
  })

  test('does not change when keys are reordered or the JSON is reformatted', () => {
    const first = { sha: 'abc', nested: { y: 2, x: 1 }, list: [1, 2] }
    const reordered = JSON.parse('{ "list": [1, 2],\n  "nested": {"x": 1, "y": 2}, "sha": "abc" }') as unknown
    expect(digestOf(reordered)).toBe(digestOf(first))
  })

  test('changes when a value or the array order changes', () => {
    const base = digestOf({ list: [1, 2], flag: true })
    expect(digestOf({ list: [2, 1], flag: true })).not.toBe(base)
    expect(digestOf({ list: [1, 2], flag: false })).not.toBe(base)
  })

  test('hashes non-ASCII text as UTF-8', () => {
    expect(sha256Hex('\u20ac')).toBe(createHash('sha256').update(Buffer.from([0xe2, 0x82, 0xac])).digest('hex'))
    expect(digestOf('\u20ac')).toBe(`sha256:${createHash('sha256').update(Buffer.from([0x22, 0xe2, 0x82, 0xac, 0x22])).digest('hex')}`)
  })

  test('of an empty string is the well-known SHA-256', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})

describe('objects that are not plain JSON', () => {
  test.each([
    ['a Date', { at: new Date(0) }],
    ['a Map', { entries: new Map([['a', 1]]) }],
    ['a class instance', { value: new (class Release {})() }],
  ])('%s is refused rather than turned into {}', (_what, value) => {
    expect(() => canonicalJson(value)).toThrow(/plain objects only/)
  })

  test('an object without a prototype is still plain JSON', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: 2 })
    expect(canonicalJson(bare)).toBe('{"a":2,"b":1}')
  })
})
