// The runner protocol as the GitHub runner reads it, written through @actions/core's own modules
// (src/platform/actions-core.ts): INPUT_* variables, the $GITHUB_OUTPUT heredoc format, the job
// summary file, escaped workflow commands on stdout; each held to what '@actions/core' writes.
import * as actionsCore from '@actions/core'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { defineAction } from '../../src/platform/action.js'
import * as core from '../../src/platform/actions-core.js'
import { runAsGitHubAction } from '../../src/platform/github-action.js'
import { RunnerLogger } from '../../src/platform/logger.js'

const savedEnv = { ...process.env }
const savedExitCode = process.exitCode
let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'shipgate-actions-core-'))
})

afterEach(async () => {
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
  Object.assign(process.env, savedEnv)
  process.exitCode = savedExitCode
  await rm(folder, { recursive: true, force: true })
})

/** Everything written to stdout while `run` runs (awaited); stdout is restored afterwards. */
async function captureStdout(run: () => unknown): Promise<string> {
  const original = process.stdout.write
  let captured = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  try {
    await run()
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

describe('getInput', () => {
  test('reads INPUT_<NAME> upper-cased, with hyphens kept', () => {
    process.env['INPUT_ARTIFACTS-DIR'] = 'out'
    process.env.INPUT_ARTIFACTS_DIR = 'not this one'
    expect(core.getInput('artifacts-dir')).toBe('out')
  })

  test('turns spaces into underscores', () => {
    process.env.INPUT_RELEASE_PACKAGE_SHA = 'abc'
    expect(core.getInput('release package sha')).toBe('abc')
  })

  test('trims the value and gives an empty string when not set', () => {
    process.env.INPUT_ENVIRONMENT = '  prod \n'
    expect(core.getInput('environment')).toBe('prod')
    expect(core.getInput('environment', { trimWhitespace: false })).toBe('  prod \n')
    delete process.env.INPUT_MISSING
    expect(core.getInput('missing')).toBe('')
    expect(() => core.getInput('missing', { required: true })).toThrow('Input required and not supplied: missing')
  })
})

describe('setOutput', () => {
  test('appends name<<delimiter blocks that the runner reads back, multi-line values included', async () => {
    const file = join(folder, 'output.txt')
    await writeFile(file, '')
    process.env.GITHUB_OUTPUT = file
    const summary = 'line one\nline two\n\nfour: with name<<fake\nghadelimiter_not-the-real-one'

    core.setOutput('decision', 'YES')
    core.setOutput('summary', summary)
    core.setOutput('empty', '')

    const text = await readFile(file, 'utf8')
    expect(text).toMatch(/^decision<<ghadelimiter_[0-9a-f-]{36}\nYES\nghadelimiter_[0-9a-f-]{36}\n/)
    expect(parseOutputFile(text)).toEqual({ decision: 'YES', summary, empty: '' })
  })

  test('uses a new delimiter for every output', async () => {
    const file = join(folder, 'output.txt')
    await writeFile(file, '')
    process.env.GITHUB_OUTPUT = file
    core.setOutput('a', '1')
    core.setOutput('b', '2')
    const lines = (await readFile(file, 'utf8')).split(EOL)
    const [openA, , closeA, openB, , closeB] = lines
    expect(openA).toBe(`a<<${closeA}`)
    expect(openB).toBe(`b<<${closeB}`)
    expect(closeA).toMatch(/^ghadelimiter_/)
    expect(closeA).not.toBe(closeB)
  })

  test('falls back to a set-output command without GITHUB_OUTPUT', async () => {
    delete process.env.GITHUB_OUTPUT
    expect(await captureStdout(() => core.setOutput('decision', 'YES'))).toBe(`${EOL}::set-output name=decision::YES${EOL}`)
  })
})

describe('workflow commands', () => {
  test('escape %, carriage return and newline in the message', async () => {
    expect(await captureStdout(() => core.warning('100% done\r\nnext line'))).toBe(`::warning::100%25 done%0D%0Anext line${EOL}`)
  })

  test('escape colons and commas in properties as well, and write the start line as line', async () => {
    const out = await captureStdout(() => core.error('m: n, o', { title: 'a: b, c%\n', file: 'x.json', startLine: 3 }))
    expect(out).toBe(`::error title=a%3A b%2C c%25%0A,file=x.json,line=3::m: n, o${EOL}`)
  })

  test('an annotation where no file or line is known is a bare ::error:: (core writes `::error ::` for all-undefined properties)', async () => {
    expect(core.annotationAt({ file: undefined, line: undefined })).toEqual({})
    expect(await captureStdout(() => core.error('input bad', core.annotationAt({})))).toBe(`::error::input bad${EOL}`)
    expect(await captureStdout(() => core.error('m', core.annotationAt({ file: 'a.yml', line: 7, title: 't' })))).toBe(`::error title=t,file=a.yml,line=7::m${EOL}`)
  })

  test('setFailed annotates and sets the exit code without exiting', async () => {
    expect(await captureStdout(() => core.setFailed('deliver: no file', { file: 'shipgate.yml', startLine: 4 }))).toBe(`::error file=shipgate.yml,line=4::deliver: no file${EOL}`)
    expect(process.exitCode).toBe(1)
  })

  test("write exactly what '@actions/core' itself writes", async () => {
    delete process.env.GITHUB_OUTPUT
    const calls = (api: typeof core | typeof actionsCore) => () => {
      api.error('bad field: 100%', { file: '.artifacts/x.json', startLine: 3, title: 'evidence, v2' })
      api.warning(new Error('an error object'))
      api.notice('line one\nline two', { file: 'a.txt' })
      api.setSecret('token%with:colon')
      api.debug('debug line')
      api.info('plain line')
      api.startGroup('npm test: 10% done')
      api.endGroup()
      api.setOutput('decision', 'YES')
      api.setFailed('deploy: exit 2')
    }
    const ours = await captureStdout(calls(core))
    process.exitCode = undefined
    expect(ours).toBe(await captureStdout(calls(actionsCore)))
    expect(ours.split(EOL).filter((line) => line.startsWith('::')).length).toBe(9)
  })
})

describe('RunnerLogger', () => {
  test('folds what a group logs between ::group:: and ::endgroup::, a nested group inside the same fold', async () => {
    const logger = new RunnerLogger()
    const out = await captureStdout(() =>
      logger.group('build: npm run build', async () => {
        logger.info('compiling')
        await logger.group('inner', async () => logger.info('inner line'))
      }),
    )
    expect(out).toBe(['::group::build: npm run build', 'compiling', 'inner', 'inner line', '::endgroup::', ''].join(EOL))
  })

  test('closes the group when the work throws, and gives the error back', async () => {
    const logger = new RunnerLogger()
    let thrown: unknown
    const out = await captureStdout(() => logger.group('deploy', () => Promise.reject(new Error('exit 2'))).catch((error: unknown) => (thrown = error)))
    expect((thrown as Error).message).toBe('exit 2')
    expect(out).toBe(`::group::deploy${EOL}::endgroup::${EOL}`)
  })

  test('masks each non-blank line of a multi-line secret', async () => {
    const lines = (await captureStdout(() => new RunnerLogger().secret('first-line\r\n\nsecond%line'))).split(EOL)
    expect(lines).toContain('::add-mask::first-line')
    expect(lines).toContain('::add-mask::second%25line')
    expect(lines).not.toContain('::add-mask::')
  })

  test('masks a secret in group titles and annotations', async () => {
    const logger = new RunnerLogger()
    const out = await captureStdout(async () => {
      logger.secret('s3cret-token')
      await logger.group('using s3cret-token', async () => logger.warning('saw s3cret-token', { file: 'f.yml', line: 2 }))
    })
    expect(out).toContain(`::group::using ***${EOL}::warning file=f.yml,line=2::saw ***${EOL}::endgroup::`)
  })
})

describe('the job summary', () => {
  const summaryAction = (summary: string) =>
    defineAction({
      name: 'summary-test',
      description: 'writes a summary',
      branding: { icon: 'check', color: 'green' },
      inputs: {},
      outputs: { decision: { description: 'YES' } },
      settings: z.object({}),
      run: async () => ({ outputs: { decision: 'YES' }, summary }),
    })

  test('is appended, each part ending in a newline, beside the outputs', async () => {
    const summaryFile = join(folder, 'summary.md')
    const outputFile = join(folder, 'output.txt')
    await writeFile(summaryFile, '## Before\n')
    await writeFile(outputFile, '')
    Object.assign(process.env, { GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile })
    await captureStdout(async () => {
      await runAsGitHubAction(summaryAction('## Release decision'))
      await runAsGitHubAction(summaryAction('| a | b |\n| - | - |\n'))
    })
    expect(process.exitCode).toBe(savedExitCode)
    expect(await readFile(summaryFile, 'utf8')).toBe('## Before\n## Release decision\n| a | b |\n| - | - |\n')
    expect(parseOutputFile(await readFile(outputFile, 'utf8'))).toEqual({ decision: 'YES' })
  })

  test('is left alone without GITHUB_STEP_SUMMARY', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    const outputFile = join(folder, 'output.txt')
    await writeFile(outputFile, '')
    process.env.GITHUB_OUTPUT = outputFile
    const out = await captureStdout(() => runAsGitHubAction(summaryAction('## nothing')))
    expect(out).not.toContain('nothing')
    expect(process.exitCode).toBe(savedExitCode)
  })
})
