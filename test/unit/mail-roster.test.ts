// Roster CSV parsing and validation: quoted fields, line numbers, every kind of problem.
import fc from 'fast-check'
import { formatCsvRows, parseCsvRows, parseRoster } from '../../src/mail/roster.js'

describe('parseCsvRows', () => {
  test('quoted commas, doubled quotes and newlines inside quotes keep the right line numbers', () => {
    const { rows, problems } = parseCsvRows('\ufeffa,b\r\n"x, y","say ""hi"""\n"multi\nline",z\n\nlast,row')
    expect(problems).toEqual([])
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['multi\nline', 'z'] },
      { line: 6, fields: ['last', 'row'] },
    ])
  })

  test('a line break of \\r\\n inside quotes counts as one line for the rows after it', () => {
    expect(parseCsvRows('a,b\r\n"x\r\ny",z\r\nlast,row\r\n').rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\r\ny', 'z'] },
      { line: 4, fields: ['last', 'row'] },
    ])
  })

  test('what formatCsvRows writes reads back field for field', () => {
    const field = fc.oneof(fc.string(), fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', ' x ', 'a,"b"\nc'))
    const row = fc.array(field, { minLength: 2, maxLength: 5 })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), fc.constantFrom('\n' as const, '\r\n' as const), (rows, lineBreak) => {
        const written = formatCsvRows(rows, lineBreak)
        expect(parseCsvRows(written).rows.map((parsed) => parsed.fields)).toEqual(rows)
      }),
    )
  })

  test('an unclosed quote is reported on the line it starts', () => {
    expect(parseCsvRows('a,b\n"open,x\n').problems).toEqual([{ line: 2, message: 'a quoted field is not closed (a " is missing)' }])
  })
})

describe('parseRoster', () => {
  test('keeps every column for templates, reads status case-insensitively', () => {
    const roster = parseRoster('Email,Name,Status,Team\nann@acme.test,Ann,Active,Blue\nbob@acme.test,Bob,inactive,Red\n', 'r.csv')
    expect(roster.problems).toEqual([])
    expect(roster.people).toEqual([
      { email: 'ann@acme.test', name: 'Ann', status: 'active', columns: { email: 'ann@acme.test', name: 'Ann', status: 'Active', team: 'Blue' }, line: 2 },
      { email: 'bob@acme.test', name: 'Bob', status: 'inactive', columns: { email: 'bob@acme.test', name: 'Bob', status: 'inactive', team: 'Red' }, line: 3 },
    ])
  })

  test('missing columns in the header', () => {
    expect(parseRoster('email,full name\nann@acme.test,Ann\n', 'r.csv').problems).toEqual([
      { line: 1, message: 'missing column(s) name, status in the header (found: email, full name)' },
    ])
  })

  test('bad addresses, duplicates, short rows and bad status, each with its line', () => {
    const roster = parseRoster(
      ['email,name,status', 'ann@acme.test,Ann,active', ',Nobody,active', 'ANN@acme.test,Ann,active', 'bob@acme.test,Bob', 'cat@acme.test,Cat,gone', 'dan@acme.test,Dan,active'].join('\n'),
      'r.csv',
    )
    expect(roster.problems).toEqual([
      { line: 3, message: 'email is empty' },
      { line: 4, message: "duplicate email 'ANN@acme.test' (first on line 2)" },
      { line: 5, message: 'has 2 fields, the header has 3: missing or extra columns' },
      { line: 6, message: "status 'gone' must be active or inactive" },
    ])
    expect(roster.people.map((person) => person.email)).toEqual(['ann@acme.test', 'dan@acme.test'])
  })

  test('an empty file', () => {
    expect(parseRoster('', 'r.csv').problems[0]?.message).toMatch(/empty roster/)
  })
})
