// resolveSourceFiles on a real folder: what a glob may pass by (a symlinked folder it cannot match
// under), loops and dangling links, the identity each file carries, and openSourceFile refusing a
// file swapped after the check.
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import { contentHashOfFile, readHashedBlocks } from '../../src/delivery/content-hash.js'
import { openSourceFile, resolveSourceFiles } from '../../src/delivery/source-files.js'

let workspace: string
let outside: string

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-sources-'))
  outside = await mkdtemp(join(tmpdir(), 'shipgate-sources-outside-'))
  await mkdir(join(workspace, 'out', 'sub'), { recursive: true })
  await writeFile(join(workspace, 'out', 'report.pdf'), 'report')
  await writeFile(join(workspace, 'out', 'sub', 'deep.pdf'), 'deep')
  await writeFile(join(outside, 'secret.pdf'), 'secret')
})

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

async function refusal(patterns: string[], followSymlinks = false): Promise<string> {
  try {
    await resolveSourceFiles(patterns, workspace, { followSymlinks })
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message
    throw error
  }
  throw new Error('expected a ConfigurationError, the files were resolved')
}

test('a glob passes by a symlinked folder it could not match anything under', async () => {
  await symlink(outside, join(workspace, 'out', 'elsewhere'))
  const files = await resolveSourceFiles(['out/*.pdf'], workspace)
  expect(files.map((file) => file.name)).toEqual(['report.pdf'])
  expect(await refusal(['out/**/*.pdf'])).toMatch(/the glob 'out\/\*\*\/\*\.pdf' reaches into .*out\/elsewhere, a symbolic link to .*, outside the workspace/)
  expect(await refusal(['out/*/*.pdf'])).toMatch(/reaches into .*out\/elsewhere/)
})

test('a symlink loop inside the workspace is walked once with follow-symlinks, and refused without', async () => {
  await symlink('..', join(workspace, 'out', 'sub', 'up'))
  expect(await refusal(['out/**/*.pdf'])).toMatch(/reaches into .*out\/sub\/up, a symbolic link to \.\. .*follow-symlinks: true/)
  const files = await resolveSourceFiles(['out/**/*.pdf'], workspace, { followSymlinks: true })
  expect(files.map((file) => file.name).sort()).toEqual(['deep.pdf', 'report.pdf'])
})

test('a dangling symlink and a symlink to itself are named, not followed', async () => {
  await symlink('missing.pdf', join(workspace, 'out', 'dangling.pdf'))
  await symlink('self.pdf', join(workspace, 'out', 'self.pdf'))
  expect(await refusal(['out/dangling.pdf'])).toMatch(/'out\/dangling\.pdf' is a symbolic link to missing\.pdf, which does not exist/)
  expect(await refusal(['out/self.pdf'], true)).toMatch(/'out\/self\.pdf' is a symbolic link to self\.pdf, which is a symlink loop/)
  expect(await refusal(['out/missing.pdf'])).toMatch(/'out\/missing\.pdf' does not exist/)
})

test('a folder named as a file is refused as before; the workspace itself may be reached through a symlink', async () => {
  expect(await refusal(['out/sub'])).toMatch(/'out\/sub' is not a file; give files or a glob such as 'out\/sub\/\*'/)
  const linkedWorkspace = join(outside, 'ws')
  await symlink(workspace, linkedWorkspace)
  const files = await resolveSourceFiles(['out/report.pdf', `${workspace}/out/sub/*.pdf`], linkedWorkspace)
  expect(files.map((file) => file.name)).toEqual(['report.pdf', 'deep.pdf'])
})

test('openSourceFile opens the file that was checked, and refuses one swapped in after the check', async () => {
  const [file] = await resolveSourceFiles(['out/report.pdf'], workspace)
  const handle = await openSourceFile(file!.localPath, file)
  expect((await handle.readFile()).toString()).toBe('report')
  await handle.close()

  await rename(join(workspace, 'out', 'report.pdf'), join(workspace, 'out', 'old.pdf'))
  await symlink(join(outside, 'secret.pdf'), join(workspace, 'out', 'report.pdf'))
  await expect(openSourceFile(file!.localPath, file)).rejects.toThrow(/became a symbolic link after it was checked/)

  await rm(join(workspace, 'out', 'report.pdf'))
  await writeFile(join(workspace, 'out', 'report.pdf'), 'another file')
  await expect(openSourceFile(file!.localPath, file)).rejects.toThrow(/was replaced after it was checked/)
})

test('every reader of a delivered file (hashing, the local copy, Dropbox uploads) opens only the checked file', async () => {
  const [file] = await resolveSourceFiles(['out/report.pdf'], workspace)
  const identity = { dev: file!.dev, ino: file!.ino }
  expect((await contentHashOfFile(file!.localPath, identity)).size).toBe('report'.length)
  await rename(join(workspace, 'out', 'report.pdf'), join(workspace, 'out', 'before-swap.pdf'))
  await symlink(join(outside, 'secret.pdf'), join(workspace, 'out', 'report.pdf'))
  await expect(contentHashOfFile(file!.localPath, identity)).rejects.toThrow(/became a symbolic link after it was checked/)
  await expect(readHashedBlocks(file!.localPath, async () => {}, identity)).rejects.toThrow(/became a symbolic link after it was checked/)
})
