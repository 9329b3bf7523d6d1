// Runs the deliver action in-process, as the command and the bundle do (executeAction), in a
// scratch workspace with a recording logger; shared by the deliver integration tests.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { deliverAction } from '../../src/actions/deliver.js'
import { deliveryManifest, type DeliveryManifest } from '../../src/contracts/delivery.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { systemClock } from '../../src/platform/clock.js'
import { actionsExec } from '../../src/platform/exec.js'
import { executeAction, type ActionRun } from '../../src/platform/github-action.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { runEnvironmentFromEnv } from '../../src/platform/run-environment.js'

export const SHA_1 = '1111111111111111111111111111111111111111'
export const SHA_2 = '2222222222222222222222222222222222222222'
export const SHA_3 = '3333333333333333333333333333333333333333'

export interface Workspace {
  dir: string
  write(path: string, content: string | Buffer): Promise<string>
  run(inputs: Record<string, string>): Promise<{ run?: ActionRun; error?: Error; logger: RecordingLogger }>
  cleanup(): Promise<void>
}

export async function scratchWorkspace(): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'shipgate-deliver-'))
  return {
    dir,
    async write(path, content) {
      const full = join(dir, path)
      await mkdir(dirname(full), { recursive: true })
      await writeFile(full, content)
      return full
    },
    async run(inputs) {
      const logger = new RecordingLogger()
      const context = {
        environment: { ...runEnvironmentFromEnv({ GITHUB_WORKSPACE: dir }, 'local'), workspace: dir },
        logger,
        exec: actionsExec,
        clock: systemClock,
        openStore: (artifactsDir: string) => new LocalEvidenceStore(join(dir, artifactsDir)),
      }
      try {
        const run = await executeAction(deliverAction, (name) => inputs[name], context)
        return { run, logger }
      } catch (error) {
        return { error: error as Error, logger }
      }
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
}

export async function readLocalManifest(path: string): Promise<DeliveryManifest> {
  return deliveryManifest.parse(JSON.parse(await readFile(path, 'utf8')))
}
