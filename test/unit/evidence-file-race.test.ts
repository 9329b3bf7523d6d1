// The evidence reader against a folder swapped while it reads: the check of where a file leads is
// made on the file it opened, not on a path that can change between the check and the open. The
// swap is made deterministic by doing it right after the reader resolved the file's real path.
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import type * as FsPromises from 'node:fs/promises'

const fs = jest.requireActual<typeof FsPromises>('node:fs/promises')
/** Run once, right after the reader resolves the real path of `path`. */
let afterRealpath: { path: string; swap: () => Promise<void> } | undefined
jest.unstable_mockModule('node:fs/promises', () => ({
  ...fs,
  default: fs,
  realpath: async (...args: Parameters<typeof fs.realpath>) => {
    const real = await fs.realpath(...args)
    const hook = afterRealpath
    if (hook && String(args[0]) === hook.path) {
      afterRealpath = undefined
      await hook.swap()
    }
    return real
  },
}))

const { join } = await import('node:path')
const { tmpdir } = await import('node:os')
const { readEvidenceFile, realPathOfOpenFile } = await import('../../src/evidence/evidence-file.js')

const SHA = 'a'.repeat(40)
let root: string
let artifacts: string
let outside: string

beforeEach(async () => {
  root = await fs.realpath(await fs.mkdtemp(join(tmpdir(), 'shipgate-evidence-race-')))
  artifacts = join(root, '.artifacts')
  outside = join(root, 'outside')
  await fs.mkdir(join(artifacts, 'acceptance', SHA), { recursive: true })
  await fs.writeFile(join(artifacts, 'acceptance', SHA, 'result.json'), '{"inside":true}')
  await fs.mkdir(outside)
  await fs.writeFile(join(outside, 'result.json'), '{"outside":true}')
})

afterEach(async () => {
  afterRealpath = undefined
  await fs.rm(root, { recursive: true, force: true })
})

/** Replaces the <sha> folder by a symlink to the folder outside. */
async function swapShaFolderForLinkOut(): Promise<void> {
  await fs.rename(join(artifacts, 'acceptance', SHA), join(root, 'moved-away'))
  await fs.symlink(outside, join(artifacts, 'acceptance', SHA))
}

test('a <sha> folder swapped for a symlink out of the folder after the path was checked is refused, not read', async () => {
  const path = join(artifacts, 'acceptance', SHA, 'result.json')
  afterRealpath = { path, swap: swapShaFolderForLinkOut }
  expect(await readEvidenceFile(artifacts, path)).toEqual({
    state: 'refused',
    problem: {
      field: '(file)',
      message: `changed while it was read: a folder on its path was swapped for a symlink, and the file opened is outside the artifacts folder (${join(outside, 'result.json')})`,
    },
  })
  // The swap did happen: without it the same read is of the file inside.
  expect(afterRealpath).toBeUndefined()
})

test('without a swap the same file is read', async () => {
  const path = join(artifacts, 'acceptance', SHA, 'result.json')
  expect(await readEvidenceFile(artifacts, path)).toEqual({ state: 'read', text: '{"inside":true}' })
})

const onLinux = process.platform === 'linux' ? test : test.skip

describe('where a file opened through a symlinked folder really is', () => {
  async function openedThroughLink(): Promise<{ handle: FsPromises.FileHandle; path: string }> {
    await swapShaFolderForLinkOut()
    const path = join(artifacts, 'acceptance', SHA, 'result.json')
    return { handle: await fs.open(path, 'r'), path }
  }

  onLinux('is told by the kernel on Linux, from the descriptor', async () => {
    const { handle, path } = await openedThroughLink()
    try {
      // Swapped back: the path leads inside again, but the file opened is still the one outside.
      await fs.rm(join(artifacts, 'acceptance', SHA))
      await fs.rename(join(root, 'moved-away'), join(artifacts, 'acceptance', SHA))
      expect(await realPathOfOpenFile(handle, path)).toBe(join(outside, 'result.json'))
    } finally {
      await handle.close()
    }
  })

  test('is the real path of the path without /proc, only while it still leads to the file opened', async () => {
    const { handle, path } = await openedThroughLink()
    try {
      expect(await realPathOfOpenFile(handle, path, join(root, 'no-proc'))).toBe(join(outside, 'result.json'))
      // Swapped back: the path now leads to another file, so where the open one is cannot be told.
      await fs.rm(join(artifacts, 'acceptance', SHA))
      await fs.rename(join(root, 'moved-away'), join(artifacts, 'acceptance', SHA))
      expect(await realPathOfOpenFile(handle, path, join(root, 'no-proc'))).toBeUndefined()
    } finally {
      await handle.close()
    }
  })
})
