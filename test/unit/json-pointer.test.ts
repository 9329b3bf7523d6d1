// RFC 6901 JSON pointers: the examples of section 5, escapes, arrays, and what names nothing.
import { describe, expect, it } from '@jest/globals'
import { parsePointer, resolvePointer } from '../../src/stages/checks/json-pointer.js'

// The document of RFC 6901 section 5.
const rfcDocument = {
  foo: ['bar', 'baz'],
  '': 0,
  'a/b': 1,
  'c%d': 2,
  'e^f': 3,
  'g|h': 4,
  'i\\j': 5,
  'k"l': 6,
  ' ': 7,
  'm~n': 8,
}

describe('resolvePointer', () => {
  it.each([
    ['', rfcDocument],
    ['/foo', ['bar', 'baz']],
    ['/foo/0', 'bar'],
    ['/', 0],
    ['/a~1b', 1],
    ['/c%d', 2],
    ['/e^f', 3],
    ['/g|h', 4],
    ['/i\\j', 5],
    ['/k"l', 6],
    ['/ ', 7],
    ['/m~0n', 8],
  ])('resolves the RFC 6901 example %j', (pointer, expected) => {
    expect(resolvePointer(rfcDocument, pointer)).toEqual({ found: true, value: expected })
  })

  it('unescapes ~1 before ~0, so ~01 is the member "~1"', () => {
    expect(resolvePointer({ '~1': 'tilde-one', '/': 'slash' }, '/~01')).toEqual({ found: true, value: 'tilde-one' })
  })

  it('finds null and false values (found, not missing)', () => {
    expect(resolvePointer({ a: null, b: false }, '/a')).toEqual({ found: true, value: null })
    expect(resolvePointer({ a: null, b: false }, '/b')).toEqual({ found: true, value: false })
  })

  it.each([
    [{ a: 1 }, '/b', "/b: no member 'b'"],
    [{ a: [1, 2] }, '/a/2', '/a/2: index 2 is past the end of an array of 2'],
    [{ a: [1, 2] }, '/a/01', "/a/01: '01' is not an array index"],
    [{ a: [1, 2] }, '/a/-', "/a/-: '-' is not an array index"],
    [{ a: 'text' }, '/a/length', '/a/length: cannot look into string'],
    [{ a: null }, '/a/b', '/a/b: cannot look into null'],
    [{ a: {} }, '/a/toString', "/a/toString: no member 'toString'"],
  ])('says where %j has nothing at %s', (document, pointer, reason) => {
    expect(resolvePointer(document, pointer)).toEqual({ found: false, reason })
  })
})

describe('parsePointer', () => {
  it('refuses pointers without a leading slash and bad escapes', () => {
    expect(() => parsePointer('foo')).toThrow("must be empty or start with '/'")
    expect(() => parsePointer('/a~2b')).toThrow('invalid escape')
    expect(() => parsePointer('/a~')).toThrow('invalid escape')
  })

  it('splits into unescaped tokens, keeping empty ones', () => {
    expect(parsePointer('/a~1b//m~0n')).toEqual(['a/b', '', 'm~n'])
  })
})
