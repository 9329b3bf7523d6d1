// What the send-mail tests share: a temp workspace, the relay and workspace hooks of a test file, an
// in-process run of the action exactly as the runner adapter runs it (inputs by name, a recording
// logger), and the secrets that must never leak.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sendMailAction } from '../../src/actions/send-mail.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import type { ActionContext } from '../../src/platform/action.js'
import { systemClock, type Clock } from '../../src/platform/clock.js'
import { actionsExec } from '../../src/platform/exec.js'
import { executeAction, type ActionRun } from '../../src/platform/github-action.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { runEnvironmentFromEnv } from '../../src/platform/run-environment.js'
import { RELEASE_SHA } from './contract-examples.js'
import { SmtpTestServer } from './smtp-test-server.js'

export { RELEASE_SHA }
export const REPOSITORY = 'acme/shop'
export const FROM = 'releases@acme.test'

export interface MailWorkspace {
  root: string
  artifactsDir: string
  file(name: string, content: string): Promise<string>
  /** Every file under the workspace, as text, for secret scans. */
  allText(): Promise<string>
  cleanup(): Promise<void>
}

export async function mailWorkspace(): Promise<MailWorkspace> {
  const root = await mkdtemp(join(tmpdir(), 'shipgate-mail-'))
  return {
    root,
    artifactsDir: join(root, '.artifacts'),
    async file(name, content) {
      const path = join(root, name)
      await writeFile(path, content)
      return path
    },
    async allText() {
      const entries = await readdir(root, { recursive: true, withFileTypes: true })
      const texts = await Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')))
      return texts.join('\n')
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  }
}

/** Forgets what earlier tests did at the relay: received mail, queued faults, refused recipients, hooks and counters. */
export function resetRelay(server: SmtpTestServer): void {
  server.received.length = 0
  server.faults.length = 0
  server.rejectRecipients.clear()
  server.beforeAccept = undefined
  server.attempts = 0
  server.authFailures = 0
}

export interface MailRelay {
  /** The real smtp-server, started once for the test file (or describe block). */
  readonly server: SmtpTestServer
  /** The current test's workspace, new for every test and removed after it. */
  readonly workspace: MailWorkspace
}

/**
 * Registers the hooks of a send-mail test file where it is called (the file, or a describe block):
 * the relay starts before the first test and stops after the last; before each test it is reset and
 * a new workspace made, removed after the test. Read `server` and `workspace` inside hooks and tests.
 */
export function useMailRelay(): MailRelay {
  let server: SmtpTestServer | undefined
  let workspace: MailWorkspace | undefined
  beforeAll(async () => {
    server = await SmtpTestServer.start()
  })
  afterAll(async () => {
    await server?.stop()
  })
  beforeEach(async () => {
    if (server) resetRelay(server)
    workspace = await mailWorkspace()
  })
  afterEach(async () => {
    await workspace?.cleanup()
    workspace = undefined
  })
  return {
    get server() {
      if (!server) throw new Error('useMailRelay: the relay is only there inside hooks and tests')
      return server
    },
    get workspace() {
      if (!workspace) throw new Error('useMailRelay: the workspace is only there inside a test and its beforeEach/afterEach')
      return workspace
    },
  }
}

export interface MailRun {
  run?: ActionRun
  error?: Error
  logger: RecordingLogger
}

/** Runs send-mail in-process with the runner's adapter; a thrown error is returned, not rethrown. */
export async function runSendMail(inputs: Record<string, string>, options: { clock?: Clock } = {}): Promise<MailRun> {
  const logger = new RecordingLogger()
  const context: ActionContext = {
    environment: runEnvironmentFromEnv({ GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: RELEASE_SHA, GITHUB_RUN_ID: '42' }, 'github'),
    logger,
    exec: actionsExec,
    clock: options.clock ?? systemClock,
    openStore: (dir) => new LocalEvidenceStore(dir),
  }
  try {
    return { run: await executeAction(sendMailAction, (name) => inputs[name], context), logger }
  } catch (error) {
    return { error: error as Error, logger }
  }
}

/** A clock whose sleeps return at once but advance its time, so retry backoff costs no wall time. */
export function fastClock(): Clock {
  let offset = 0
  return {
    now: () => new Date(Date.now() + offset),
    sleep: async (ms) => {
      offset += ms
      await new Promise((resolve) => setImmediate(resolve))
    },
  }
}
