// Every line the `shipgate` command prints is masked with every secret it was given and every form
// of it: the results, --json documents, the JSON log, and the error paths. The command runs
// in-process through main, as dist/cli/index.js runs it; its loggers write to process.stderr, which
// is captured beside the io.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CommandIo } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { echoingImapServer, type EchoingImapServer } from '../helpers/echoing-imap-server.js'
import { RELEASE_SHA, REPOSITORY } from '../helpers/mail-fixtures.js'

const PASSWORD = 'hunter2secretPW'
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'shipgate-cli-masking-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

interface Printed {
  code: number
  stdout: string
  /** What the command wrote to stderr: through its io, and its loggers' lines. */
  stderr: string
}

async function shipgate(...args: string[]): Promise<Printed> {
  let stdout = ''
  let stderr = ''
  const io: CommandIo = {
    out: (text) => (stdout += text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => (stderr += text.endsWith('\n') ? text : `${text}\n`),
    env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: RELEASE_SHA },
    cwd: folder,
  }
  const original = process.stderr.write
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stderr.write
  try {
    return { code: await main(args, io), stdout, stderr }
  } finally {
    process.stderr.write = original
  }
}

function expectNoLeak(printed: Printed, leaks: string[]): void {
  for (const leak of leaks) {
    expect(printed.stdout).not.toContain(leak)
    expect(printed.stderr).not.toContain(leak)
  }
}

/** Every stderr line of the JSON log format is a JSON object. */
function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('shipgate mail send whose data-command prints the password', () => {
  const send = () => [
    'mail',
    'send',
    '--to',
    'owner@acme.test',
    '--from',
    'releases@acme.test',
    '--allowed-from',
    'releases@acme.test',
    '--template',
    'release-completed',
    '--smtp-username',
    'bot',
    '--smtp-password',
    PASSWORD,
    '--artifacts-dir',
    join(folder, '.artifacts'),
    '--data-command',
    `echo "pw is ${PASSWORD}" >&2; echo "b64 is ${base64(PASSWORD)}" >&2; exit 3`,
  ]
  const leaks = [PASSWORD, base64(PASSWORD), base64(`\0bot\0${PASSWORD}`)]

  test('text: the error on stderr is masked', async () => {
    const printed = await shipgate(...send())
    expect(printed.code).toBe(2)
    expect(printed.stderr).toContain('pw is ***')
    expect(printed.stderr).toContain('b64 is ***')
    expectNoLeak(printed, leaks)
  })

  test('--json: the result document on stdout is masked', async () => {
    const printed = await shipgate(...send(), '--json')
    expect(printed.code).toBe(2)
    const document = JSON.parse(printed.stdout) as { failed: string; error: { message: string } }
    expect(document.failed).toContain('pw is ***')
    expect(document.error.message).toContain('pw is ***')
    expectNoLeak(printed, leaks)
  })

  test('--log-format json: every line, the final error line included, is masked', async () => {
    const printed = await shipgate('--log-format', 'json', ...send())
    expect(printed.code).toBe(2)
    const lines = jsonLines(printed.stderr)
    expect(lines.at(-1)).toMatchObject({ event: 'log', level: 'error', kind: 'configuration', message: expect.stringContaining('pw is ***') })
    expectNoLeak(printed, leaks)
  })
})

describe('shipgate mail bounces-scan against an IMAP server that echoes the login', () => {
  let imap: EchoingImapServer
  beforeAll(async () => {
    imap = await echoingImapServer()
  })
  afterAll(async () => {
    await imap.stop()
  })
  const scan = () => [
    'mail',
    'bounces-scan',
    '--imap-host',
    '127.0.0.1',
    '--imap-port',
    String(imap.port),
    '--imap-security',
    'none',
    '--imap-username',
    'bounces',
    '--imap-password',
    PASSWORD,
    '--imap-timeout',
    '5',
    '--artifacts-dir',
    join(folder, '.artifacts'),
  ]
  const blob = base64(`\0bounces\0${PASSWORD}`)
  const leaks = [PASSWORD, blob, blob.replace(/=+$/, ''), base64(PASSWORD)]

  test('--log-format json: the stage_failed line and the final error line show neither the password nor the PLAIN blob', async () => {
    const printed = await shipgate('--log-format', 'json', ...scan())
    expect(printed.code).toBe(2)
    const lines = jsonLines(printed.stderr)
    expect(lines.find((line) => line.event === 'stage_failed')).toMatchObject({ reason: expect.stringContaining('rejected') })
    expect(lines.at(-1)).toMatchObject({ event: 'log', level: 'error', message: expect.stringMatching(/IMAP login .* failed \(rejected \S*\*\*\*/) })
    expectNoLeak(printed, leaks)
  })

  test('--json: the document shows no password', async () => {
    const printed = await shipgate(...scan(), '--json')
    expect(printed.code).toBe(2)
    expect((JSON.parse(printed.stdout) as { error: { message: string } }).error.message).toMatch(/rejected \S*\*\*\*/)
    expectNoLeak(printed, leaks)
  })
})

test('a secret quoted by an error before the inputs are parsed (--input) or while they are checked is masked', async () => {
  const quoted = await shipgate('mail', 'send', '--input', `smtp-password=${PASSWORD}`, '--input', `smpt-password=${PASSWORD}`, '--json')
  expect(quoted.code).toBe(2)
  expect(quoted.stdout).toContain("--input smpt-password=…: no input named 'smpt-password'")
  expectNoLeak(quoted, [PASSWORD])

  const invalid = await shipgate('mail', 'send', '--smtp-password', PASSWORD, '--smtp-port', PASSWORD, '--to', 'owner@acme.test')
  expect(invalid.code).toBe(2)
  expect(invalid.stderr).toContain("'***' is not a port number")
  expectNoLeak(invalid, [PASSWORD])
})

describe('usage errors of shipgate run never quote a value a typo kept from being masked', () => {
  const SECRET = 'TopSecretValue99'

  it.each([
    [['run', 'prod-verify', '--input', `allowed-client-secrett=${SECRET}`], "--input allowed-client-secrett=…: no input named 'allowed-client-secrett'", "did you mean 'allowed-client-secret'?"],
    [['run', 'prod-verify', '--input', `allowed-client-secret:${SECRET}`], '--input needs name=value (what was given is not shown: it may be a secret)', "did you mean '--input allowed-client-secret=…'?"],
    [['run', 'prod-verify', '--input', `${SECRET}=x`], `--input ${SECRET}=…`, ''],
    [['run', 'prod-verify', '--input', `=${SECRET}`], '--input needs name=value', ''],
    [['run', 'prod-verify', '--allowed-client-secret=', SECRET], "unexpected argument 2 after '--allowed-client-secret=' (not shown: it may be a secret): this command takes options only", ''],
    [['run', 'prod-verify', '--allowed-client-secrett', SECRET], "unknown option '--allowed-client-secrett'", "did you mean '--allowed-client-secret'?"],
    [['run', 'deliver', '--input', `dropbox-access-tokn=sl.${SECRET}`, '--json'], "--input dropbox-access-tokn=…: no input named 'dropbox-access-tokn'", "did you mean 'dropbox-access-token'?"],
  ])('%j', async (args, problem, hint) => {
    const printed = await shipgate(...args)
    expect(printed.code).toBe(2)
    expect(printed.stderr + printed.stdout).toContain(problem)
    expect(printed.stderr + printed.stdout).toContain(hint)
    // `--input TopSecretValue99=x` names the input as given: a name-shaped text is taken for a name.
    if (!args.includes(`${SECRET}=x`)) expectNoLeak(printed, [SECRET])
  })
})
