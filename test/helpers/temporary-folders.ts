// Temporary folders for a test file, removed once its tests are done: importing this module
// registers an afterAll hook in the importing test file (through Jest's global, so that a helper
// also loaded outside Jest, by bench/mail, still loads; there the folders are left to the caller).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const made = new Set<string>()

/** A new folder under the system's temp folder, removed after the test file's last test. */
export async function temporaryFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix))
  made.add(folder)
  return folder
}

const afterAllTests = (globalThis as { afterAll?: (hook: () => Promise<void>) => void }).afterAll
afterAllTests?.(async () => {
  for (const folder of made) await rm(folder, { recursive: true, force: true, maxRetries: 3 })
  made.clear()
})
