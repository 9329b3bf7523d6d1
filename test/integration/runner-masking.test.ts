// What a step writes on a runner besides its log, masked as the log is: the outputs, the job
// summary (a success's and a failure's), and the annotations. The actions run in-process through
// runAsGitHubAction, the bundles' own entry, with INPUT_* and the runner's files, as the runner runs them.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { bounceScanAction } from '../../src/actions/bounce-scan.js'
import { sendMailAction } from '../../src/actions/send-mail.js'
import { defineAction, type ActionDefinition } from '../../src/platform/action.js'
import { runAsGitHubAction } from '../../src/platform/github-action.js'
import { echoingImapServer } from '../helpers/echoing-imap-server.js'
import { RELEASE_SHA, REPOSITORY } from '../helpers/mail-fixtures.js'
import { parseOutputFile } from '../helpers/run-bundle.js'

const PASSWORD = 'hunter2secretPW'
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

const savedEnv = { ...process.env }
const savedExitCode = process.exitCode
let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'shipgate-runner-masking-'))
})

afterEach(async () => {
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
  Object.assign(process.env, savedEnv)
  process.exitCode = savedExitCode
  await rm(folder, { recursive: true, force: true })
})

interface RunnerRun {
  /** stdout without the add-mask commands, which the runner consumes. */
  log: string
  outputs: Record<string, string>
  summary: string
  exitCode: number | string | undefined
}

/** Runs an action as its bundle does, on this process: INPUT_* and GITHUB_* set, stdout captured, the runner's files read back. */
async function runOnRunner(definition: ActionDefinition<unknown>, inputs: Record<string, string>): Promise<RunnerRun> {
  const outputFile = join(folder, 'output.txt')
  const summaryFile = join(folder, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  Object.assign(process.env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SHA: RELEASE_SHA,
    GITHUB_RUN_ID: '7',
    GITHUB_WORKSPACE: folder,
  })
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
  const original = process.stdout.write
  let stdout = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  process.exitCode = undefined
  try {
    await runAsGitHubAction(definition)
  } finally {
    process.stdout.write = original
  }
  return {
    log: stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'),
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    exitCode: process.exitCode,
  }
}

function expectNoLeak(run: RunnerRun, leaks: string[]): void {
  const everything = [run.log, JSON.stringify(run.outputs), run.summary].join('\n')
  for (const leak of leaks) expect(everything).not.toContain(leak)
}

test('send-mail whose data-command prints the password and fails: the summary masks it as the ::error:: line does', async () => {
  const run = await runOnRunner(sendMailAction as ActionDefinition<unknown>, {
    'smtp-password': PASSWORD,
    'smtp-username': 'bot',
    from: 'releases@acme.test',
    'allowed-from': 'releases@acme.test',
    to: 'owner@acme.test',
    template: 'release-completed',
    'data-command': `echo "pw is ${PASSWORD}" >&2; echo "b64 is ${base64(PASSWORD)}" >&2; exit 3`,
    'artifacts-dir': join(folder, '.artifacts'),
  })
  expect(run.exitCode).toBe(1)
  expect(run.log).toMatch(/::error::send-mail: .*pw is \*\*\*/)
  expect(run.summary).toContain('send-mail failed')
  expect(run.summary).toContain('pw is ***')
  expect(run.summary).toContain('b64 is ***')
  expectNoLeak(run, [PASSWORD, base64(PASSWORD)])
})

describe('an action that puts a secret in its outputs, its summary and its failure', () => {
  // Markdown-special characters: the summary escapes them (pa\_ss), and must still not show the secret.
  const secret = 'pa_ss*Wd[7]-tok'
  const leaky = defineAction({
    name: 'leaky',
    description: 'echoes its secret',
    branding: { icon: 'check', color: 'green' },
    inputs: { token: { description: 'a secret', secret: true } },
    outputs: { echoed: { description: 'the token' }, encoded: { description: 'the token, base64' } },
    settings: z.object({ token: z.string() }),
    run: async ({ token }) => ({
      outputs: { echoed: `got ${token}`, encoded: base64(token) },
      summary: `## leaky\n\n| token |\n| --- |\n| ${token.replace(/([\\`*_[\]])/g, '\\$1')} |\n\nraw ${token}, url ${encodeURIComponent(token)}\n`,
      failure: { message: `refused ${token}`, file: `config-${token}.yml` },
    }),
  })

  test('outputs, summary and the failed step annotation are masked in every form', async () => {
    const run = await runOnRunner(leaky as ActionDefinition<unknown>, { token: secret })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toEqual({ echoed: 'got ***', encoded: '***' })
    expect(run.summary).toContain('| *** |')
    expect(run.summary).toContain('raw ***, url ***')
    expect(run.log).toContain('::error file=config-***.yml::leaky: refused ***')
    expectNoLeak(run, [secret, base64(secret), encodeURIComponent(secret), 'pa\\_ss\\*Wd\\[7\\]-tok'])
  })
})

test('bounce-scan whose IMAP server echoes the login in its NO: the summary and the log show neither the password nor the PLAIN blob', async () => {
  const imap = await echoingImapServer()
  try {
    const run = await runOnRunner(bounceScanAction as ActionDefinition<unknown>, {
      'imap-host': '127.0.0.1',
      'imap-port': String(imap.port),
      'imap-security': 'none',
      'imap-username': 'bounces',
      'imap-password': PASSWORD,
      'imap-timeout': '5',
      'artifacts-dir': join(folder, '.artifacts'),
    })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('bounce-scan failed')
    // Masked before it is escaped as Markdown: `\*\*\*`, which the summary shows as ***.
    expect(run.summary).toMatch(/failed \(rejected \S*\\\*\\\*\\\*/)
    const blob = base64(`\0bounces\0${PASSWORD}`)
    expectNoLeak(run, [PASSWORD, blob, blob.replace(/=+$/, ''), base64(PASSWORD)])
  } finally {
    await imap.stop()
  }
})
