// The runner protocol as the GitHub runner reads it: INPUT_* variables, the $GITHUB_OUTPUT heredoc
// format, the job summary file, and escaped workflow commands on stdout.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'
import { annotate, appendStepSummary, getRunnerInput, issueCommand, maskSecret, setRunnerOutput } from '../../src/platform/runner.js'

const savedEnv = { ...process.env }
let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'shipgate-runner-'))
})

afterEach(async () => {
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
  Object.assign(process.env, savedEnv)
  await rm(folder, { recursive: true, force: true })
})

/** Everything written to stdout while `run` runs; stdout is restored afterwards. */
function captureStdout(run: () => void): string {
  const original = process.stdout.write
  let captured = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  try {
    run()
  } finally {
    process.stdout.write = original
  }
  return captured
}

/** Reads a $GITHUB_OUTPUT file back the way the runner does: `name<<delimiter` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(EOL)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line === '') continue
    const match = /^([^<]+)<<(.+)$/.exec(line)
    if (!match) throw new Error(`line ${index + 1} is not name<<delimiter: ${line}`)
    const [, name = '', delimiter = ''] = match
    const end = lines.indexOf(delimiter, index + 1)
    if (end < 0) throw new Error(`no closing delimiter for ${name}`)
    outputs[name] = lines.slice(index + 1, end).join(EOL)
    index = end
  }
  return outputs
}

describe('getRunnerInput', () => {
  test('reads INPUT_<NAME> upper-cased, with hyphens kept', () => {
    process.env['INPUT_ARTIFACTS-DIR'] = 'out'
    process.env.INPUT_ARTIFACTS_DIR = 'not this one'
    expect(getRunnerInput('artifacts-dir')).toBe('out')
  })

  test('turns spaces into underscores', () => {
    process.env.INPUT_RELEASE_PACKAGE_SHA = 'abc'
    expect(getRunnerInput('release package sha')).toBe('abc')
  })

  test('trims the value and gives an empty string when not set', () => {
    process.env.INPUT_ENVIRONMENT = '  prod \n'
    expect(getRunnerInput('environment')).toBe('prod')
    delete process.env.INPUT_MISSING
    expect(getRunnerInput('missing')).toBe('')
  })

  test('reads from the environment it is given', () => {
    process.env.INPUT_SHA = 'from process.env'
    expect(getRunnerInput('sha', { INPUT_SHA: 'from the argument' })).toBe('from the argument')
  })
})

describe('setRunnerOutput', () => {
  test('appends name<<delimiter blocks that the runner reads back, multi-line values included', async () => {
    const file = join(folder, 'output.txt')
    await writeFile(file, '')
    process.env.GITHUB_OUTPUT = file
    const summary = 'line one\nline two\n\nfour: with name<<fake\nghadelimiter_not-the-real-one'

    setRunnerOutput('decision', 'YES')
    setRunnerOutput('summary', summary)
    setRunnerOutput('empty', '')

    const text = await readFile(file, 'utf8')
    expect(text).toMatch(/^decision<<ghadelimiter_[0-9a-f-]{36}\nYES\nghadelimiter_[0-9a-f-]{36}\n/)
    expect(parseOutputFile(text)).toEqual({ decision: 'YES', summary, empty: '' })
  })

  test('uses a new delimiter for every output', async () => {
    const file = join(folder, 'output.txt')
    setRunnerOutput('a', '1', { GITHUB_OUTPUT: file })
    setRunnerOutput('b', '2', { GITHUB_OUTPUT: file })
    const lines = (await readFile(file, 'utf8')).split(EOL)
    const [openA, , closeA, openB, , closeB] = lines
    expect(openA).toBe(`a<<${closeA}`)
    expect(openB).toBe(`b<<${closeB}`)
    expect(closeA).toMatch(/^ghadelimiter_/)
    expect(closeA).not.toBe(closeB)
  })

  test('falls back to a set-output command without GITHUB_OUTPUT', () => {
    delete process.env.GITHUB_OUTPUT
    expect(captureStdout(() => setRunnerOutput('decision', 'YES'))).toBe(`::set-output name=decision::YES${EOL}`)
  })
})

describe('appendStepSummary', () => {
  test('appends markdown, each part ending in a newline', async () => {
    const file = join(folder, 'summary.md')
    process.env.GITHUB_STEP_SUMMARY = file
    appendStepSummary('## Release decision')
    appendStepSummary('| a | b |\n| - | - |\n')
    expect(await readFile(file, 'utf8')).toBe('## Release decision\n| a | b |\n| - | - |\n')
  })

  test('does nothing without GITHUB_STEP_SUMMARY', () => {
    delete process.env.GITHUB_STEP_SUMMARY
    expect(captureStdout(() => appendStepSummary('## nothing'))).toBe('')
  })
})

describe('issueCommand', () => {
  test('escapes %, carriage return and newline in the message', () => {
    expect(captureStdout(() => issueCommand('warning', {}, '100% done\r\nnext line'))).toBe(`::warning::100%25 done%0D%0Anext line${EOL}`)
  })

  test('escapes colons and commas in properties as well', () => {
    const out = captureStdout(() => issueCommand('error', { title: 'a: b, c%\n', file: 'x.json' }, 'm: n, o'))
    expect(out).toBe(`::error title=a%3A b%2C c%25%0A,file=x.json::m: n, o${EOL}`)
  })

  test('leaves out properties that are undefined or empty', () => {
    expect(captureStdout(() => issueCommand('notice', { title: undefined, file: '', line: 0 }, 'm'))).toBe(`::notice line=0::m${EOL}`)
  })

  test('annotate writes the start line as line', () => {
    const out = captureStdout(() => annotate('error', 'bad field', { file: '.artifacts/x.json', startLine: 3, title: 'evidence' }))
    expect(out).toBe(`::error title=evidence,file=.artifacts/x.json,line=3::bad field${EOL}`)
  })

  test('maskSecret masks each non-blank line of a multi-line secret', () => {
    expect(captureStdout(() => maskSecret('first\r\n\nsecond%'))).toBe(`::add-mask::first${EOL}::add-mask::second%25${EOL}`)
  })

  test('restores stdout after capturing', () => {
    const before = process.stdout.write
    captureStdout(() => undefined)
    expect(process.stdout.write).toBe(before)
  })
})
