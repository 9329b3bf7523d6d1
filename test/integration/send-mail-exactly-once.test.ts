// Deliver once with real processes: the send-mail bundle started the way the runner starts it,
// several at once for one event, killed (SIGKILL) at chosen points of a roster send, and run again;
// what counts is what the relay (the real smtp-server) received. A message handed over and never
// answered stays unconfirmed, run after run, until `shipgate mail resolve` settles it.
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FROM, RELEASE_SHA, REPOSITORY, resetRelay, useMailRelay } from '../helpers/mail-fixtures.js'
import { parseOutputFile, repositoryRoot } from '../helpers/run-bundle.js'
import type { ReceivedMail } from '../helpers/smtp-test-server.js'

/** More trials of the races: SHIPGATE_TRIALS=8 npx jest send-mail-exactly-once. */
const TRIALS = Number(process.env.SHIPGATE_TRIALS ?? '1')

const relay = useMailRelay()

interface ProcessRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  outputs: Record<string, string>
}

interface StartedRun {
  pid: number
  kill(): void
  done: Promise<ProcessRun>
}

/** Starts dist/send-mail/index.js as the runner does: INPUT_* variables, GITHUB_OUTPUT, a clean environment. */
async function startSendMail(inputs: Record<string, string>): Promise<StartedRun> {
  const scratch = await mkdtemp(join(tmpdir(), 'shipgate-send-mail-run-'))
  const outputFile = join(scratch, 'output.txt')
  await writeFile(outputFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SHA: RELEASE_SHA,
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [join(repositoryRoot, 'dist', 'send-mail', 'index.js')], { cwd: relay.workspace.root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  const done = new Promise<ProcessRun>((resolve) =>
    child.on('close', (exitCode, signal) => {
      void readFile(outputFile, 'utf8')
        .then((text) => resolve({ exitCode, signal, stdout, outputs: parseOutputFile(text) }))
        .finally(() => rm(scratch, { recursive: true, force: true }))
    }),
  )
  return { pid: child.pid!, kill: () => child.kill('SIGKILL'), done }
}

async function sendMailProcess(inputs: Record<string, string>): Promise<ProcessRun> {
  return (await startSendMail(inputs)).done
}

/** `shipgate mail <args>` from dist/cli, as an operator types it. */
function shipgateCli(args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(repositoryRoot, 'dist', 'cli', 'index.js'), ...args], { cwd: relay.workspace.root, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } }, (error, stdout, stderr) => {
      resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

function baseInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...relay.server.inputs(),
    from: FROM,
    'allowed-from': FROM,
    'artifacts-dir': relay.workspace.artifactsDir,
    sha: RELEASE_SHA,
    'smtp-timeout': '2',
    'retry-deadline': '20',
    ...extra,
  }
}

const singleInputs = (extra: Record<string, string> = {}) => baseInputs({ to: 'owner@acme.test', template: 'release-completed', status: 'success', ...extra })

const people = (count: number) => Array.from({ length: count }, (_, index) => `p${String(index + 1).padStart(2, '0')}@acme.test`)

async function rosterInputs(count: number, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const roster = await relay.workspace.file('roster.csv', ['email,name,status', ...people(count).map((email) => `${email},${email.slice(0, 3)},active`)].join('\n'))
  return baseInputs({ roster, 'dry-run': 'false', 'event-key': 'digest-2025-01-02', variables: JSON.stringify({ items: ['v2 shipped'] }), ...extra })
}

/** How many copies the relay received, per recipient. */
function copies(received: ReceivedMail[] = relay.server.received): Map<string, number> {
  const counted = new Map<string, number>()
  for (const mail of received) for (const to of mail.to) counted.set(to, (counted.get(to) ?? 0) + 1)
  return counted
}

function counts(run: ProcessRun): Record<string, number> {
  return JSON.parse(run.outputs.counts ?? '{}') as Record<string, number>
}

/** The resolve commands a run printed for its unconfirmed messages, by recipient. */
function resolveCommands(run: ProcessRun): Map<string, string[]> {
  const commands = new Map<string, string[]>()
  for (const match of run.stdout.matchAll(/shipgate (mail resolve \S+ (\S+) --sha \S+ --(?:artifacts-dir|ledger) \S+)/g)) {
    commands.set(match[2]!, match[1]!.split(' '))
  }
  return commands
}

describe('runs at once for one event: the relay gets one copy', () => {
  test.each([2, 5])('%i send-mail processes for the same release mail', async (processes) => {
    for (let trial = 0; trial < TRIALS; trial++) {
      resetRelay(relay.server)
      await rm(relay.workspace.artifactsDir, { recursive: true, force: true })
      const runs = await Promise.all(Array.from({ length: processes }, () => sendMailProcess(singleInputs())))
      expect(relay.server.received).toHaveLength(1)
      expect(runs.map((run) => run.exitCode)).toEqual(runs.map(() => 0))
      expect(runs.map((run) => run.outputs.status).sort()).toEqual(['sent', ...Array.from({ length: processes - 1 }, () => 'duplicate')].sort())
    }
  })

  test('two roster sends of 30 people sharing one ledger: each person once', async () => {
    const inputs = await rosterInputs(30, { ledger: join(relay.workspace.root, 'state', 'ledger.jsonl') })
    for (let trial = 0; trial < TRIALS; trial++) {
      resetRelay(relay.server)
      await rm(join(relay.workspace.root, 'state'), { recursive: true, force: true })
      await rm(relay.workspace.artifactsDir, { recursive: true, force: true })
      const [first, second] = await Promise.all([sendMailProcess(inputs), sendMailProcess(inputs)])
      expect([...copies().values()].filter((count) => count !== 1)).toEqual([])
      expect([...copies().keys()].sort()).toEqual(people(30))
      expect([first!.exitCode, second!.exitCode]).toEqual([0, 0])
      expect(counts(first!).sent! + counts(second!).sent!).toBe(30)
      expect(counts(first!).duplicate! + counts(second!).duplicate!).toBe(30)
    }
  })
})

describe('a roster send killed (SIGKILL) and run again', () => {
  test('killed before the greeting: nothing was handed over, so the rerun sends everyone, once', async () => {
    const stalled = await startStalledRelay()
    try {
      const inputs = await rosterInputs(12)
      const killed = await startSendMail({ ...inputs, 'smtp-port': String(stalled.port) })
      await stalled.connected
      killed.kill()
      expect((await killed.done).signal).toBe('SIGKILL')
      const rerun = await sendMailProcess(inputs)
      expect(rerun.exitCode).toBe(0)
      expect(counts(rerun)).toMatchObject({ sent: 12, duplicate: 0, unconfirmed: 0 })
      expect([...copies().entries()].sort()).toEqual(people(12).map((email) => [email, 1]))
    } finally {
      await stalled.stop()
    }
  })

  test('killed midway, one message past DATA without its reply: the rerun sends the rest once, the handed-over ones stay unconfirmed until resolved', async () => {
    const inputs = await rosterInputs(30)
    const run = await startSendMail(inputs)
    let accepted = 0
    let killedAt: string | undefined
    // The 10th message is at the relay; its sender dies before the 250 leaves.
    relay.server.beforeAccept = async (mail) => {
      if (++accepted !== 10) return
      killedAt = mail.to[0]
      run.kill()
      await run.done
    }
    expect((await run.done).signal).toBe('SIGKILL')
    relay.server.beforeAccept = undefined

    const rerun = await sendMailProcess(inputs)
    const unconfirmed = resolveCommands(rerun)
    expect(rerun.exitCode).not.toBe(0)
    expect(rerun.outputs.status).toBe('failed')
    expect(counts(rerun).unconfirmed).toBe(unconfirmed.size)
    expect(unconfirmed.has(killedAt!)).toBe(true)
    const atRelay = copies()
    expect([...atRelay.values()].filter((count) => count !== 1)).toEqual([])
    // Whoever the relay lacks was handed over and is unconfirmed; nobody was sent twice.
    expect(people(30).filter((email) => !atRelay.has(email) && !unconfirmed.has(email))).toEqual([])

    const again = await sendMailProcess(inputs)
    expect(again.exitCode).not.toBe(0)
    expect([...resolveCommands(again).keys()].sort()).toEqual([...unconfirmed.keys()].sort())

    for (const [recipient, command] of unconfirmed) {
      const resolved = await shipgateCli([...command, atRelay.has(recipient) ? '--sent' : '--resend'])
      expect(resolved).toMatchObject({ exitCode: 0, stderr: '' })
    }
    const resent = people(30).filter((email) => !atRelay.has(email)).length
    const final = await sendMailProcess(inputs)
    expect(final.exitCode).toBe(0)
    expect(counts(final)).toMatchObject({ sent: resent, unconfirmed: 0, failed: 0 })
    expect([...copies().entries()].sort()).toEqual(people(30).map((email) => [email, 1]))
  })

  test('killed after DATA, before the reply: unconfirmed in every later run; --resend sends it once more, --sent settles it', async () => {
    const run = await startSendMail(singleInputs())
    relay.server.beforeAccept = async () => {
      run.kill()
      await run.done
    }
    expect((await run.done).signal).toBe('SIGKILL')
    relay.server.beforeAccept = undefined
    await settledRelay(1)
    expect(relay.server.received).toHaveLength(1)

    const rerun = await sendMailProcess(singleInputs())
    expect(rerun.exitCode).not.toBe(0)
    expect(counts(rerun)).toMatchObject({ unconfirmed: 1, duplicate: 0, sent: 0 })
    const command = resolveCommands(rerun).get('owner@acme.test')!
    expect(command).toBeDefined()

    const wrongRecipient = await shipgateCli([...command.slice(0, 3), 'someone@acme.test', ...command.slice(4), '--sent'])
    expect(wrongRecipient.exitCode).toBe(2)
    expect(wrongRecipient.stderr).toMatch(/recipient 'someone@acme\.test': event '[^']+' is for owner@acme\.test/)
    const unknownEvent = await shipgateCli(['mail', 'resolve', 'release-completed-0000000000000000', 'owner@acme.test', ...command.slice(4), '--sent'])
    expect(unknownEvent.exitCode).toBe(2)
    expect(unknownEvent.stderr).toMatch(/event 'release-completed-0000000000000000': not in /)

    expect(await shipgateCli([...command, '--resend'])).toMatchObject({ exitCode: 0 })
    const resent = await sendMailProcess(singleInputs())
    expect(resent).toMatchObject({ exitCode: 0, outputs: expect.objectContaining({ status: 'sent' }) })
    expect(relay.server.received).toHaveLength(2)
    // Settled: the same word again (a re-run of the workflow that resolved it) writes nothing and is no error.
    const again = await shipgateCli([...command, '--sent'])
    expect(again.stdout).toMatch(/already recorded as sent .*; nothing written/)
    expect(again.exitCode).toBe(0)

    const after = await sendMailProcess(singleInputs())
    expect(after).toMatchObject({ exitCode: 0, outputs: expect.objectContaining({ status: 'duplicate' }) })
    expect(relay.server.received).toHaveLength(2)
  })
})

describe('relay faults, through the bundle', () => {
  test.each([
    ['421 to the end of the body', { at: 'data', reply: 421 } as const],
    ['451 to the end of the body', { at: 'data', reply: 451 } as const],
  ])('%s: retried, sent once', async (_name, fault) => {
    relay.server.faults.push(fault)
    const run = await sendMailProcess(singleInputs())
    expect(run).toMatchObject({ exitCode: 0, outputs: expect.objectContaining({ status: 'sent' }) })
    expect(relay.server.received).toHaveLength(1)
  })

  test.each([
    ['dropped after DATA', { at: 'data', reply: 'drop' } as const],
    ['no reply after DATA (timeout)', { at: 'data', reply: 'hang' } as const],
  ])('%s: unconfirmed, and unconfirmed again in the rerun (not duplicate); one copy at the relay', async (_name, fault) => {
    relay.server.faults.push(fault)
    const first = await sendMailProcess(singleInputs({ 'smtp-timeout': '1' }))
    expect(first.exitCode).not.toBe(0)
    expect(counts(first)).toMatchObject({ unconfirmed: 1, sent: 0 })
    expect(resolveCommands(first).has('owner@acme.test')).toBe(true)
    const rerun = await sendMailProcess(singleInputs())
    expect(rerun.exitCode).not.toBe(0)
    expect(rerun.outputs.status).toBe('failed')
    expect(counts(rerun)).toMatchObject({ unconfirmed: 1, duplicate: 0, sent: 0 })
    expect(relay.server.received).toHaveLength(1)
  })
})

/** The relay queues a message a few turns of the event loop after its beforeAccept hook returned. */
async function settledRelay(expected: number): Promise<void> {
  for (let turn = 0; turn < 100 && relay.server.received.length < expected; turn++) await new Promise((resolve) => setImmediate(resolve))
}

/** A relay that takes connections and never greets. */
async function startStalledRelay(): Promise<{ port: number; connected: Promise<void>; stop(): Promise<void> }> {
  const sockets = new Set<Socket>()
  let connected!: () => void
  const firstConnection = new Promise<void>((resolve) => (connected = resolve))
  const relay = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
    connected()
  })
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', () => resolve()))
  return {
    port: (relay.address() as { port: number }).port,
    connected: firstConnection,
    async stop() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => relay.close(() => resolve()))
    },
  }
}
