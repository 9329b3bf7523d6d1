// What the send-mail tests share: a temp workspace, an in-process run of the action exactly as the
// runner adapter runs it (inputs by name, a recording logger), and the secrets that must never leak.
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
