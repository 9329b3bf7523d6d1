// Only regular files inside the workspace are delivered: the `shipgate deliver` command and the
// deliver bundle (dist/, as a user and the runner run them) against symlinks to /proc/self/environ
// and to files outside the workspace, ../ and absolute paths, globs that reach out, and a FIFO.
// A refused run leaves the destination exactly as it was. Needs `npm run build` first.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import { repositoryRoot, runBundle } from '../helpers/run-bundle.js'
import { SHA_1, SHA_2, SHA_3 } from '../helpers/deliver-harness.js'

const FAKE_SECRET = 'FAKE_DROPBOX_APP_SECRET=do-not-deliver-7f3a'

let workspace: string
let outside: string

interface CliRun {
  code: number
  stdout: string
  stderr: string
}

function shipgateDeliver(...args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(repositoryRoot, 'dist', 'cli', 'index.js'), 'deliver', '--project', 'acme', '--destination', 'local:deliveries', ...args],
      { cwd: workspace, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: workspace, FAKE_SECRET }, timeout: 60_000 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    )
  })
}

/** Every file under the destination with its content: what a refused run must leave unchanged. */
async function destinationState(): Promise<Record<string, string>> {
  const root = join(workspace, 'deliveries')
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  const state: Record<string, string> = {}
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name)
    state[path.slice(root.length)] = entry.isFile() ? await readFile(path, 'utf8') : `(${entry.isDirectory() ? 'folder' : 'other'})`
  }
  return state
}

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-deliver-sources-'))
  outside = await mkdtemp(join(tmpdir(), 'shipgate-deliver-outside-'))
  await writeFile(join(outside, 'secret.txt'), FAKE_SECRET)
  await mkdir(join(workspace, 'out'))
  await mkdir(join(workspace, 'build'))
  await mkdir(join(workspace, 'glob-out'))
  await mkdir(join(workspace, 'fifo'))
  await writeFile(join(workspace, 'out', 'report.pdf'), 'report v1')
  await writeFile(join(workspace, 'build', 'final.pdf'), 'final from build')
  await writeFile(join(workspace, 'glob-out', 'notes.txt'), 'notes')
  await symlink('/proc/self/environ', join(workspace, 'out', 'environ.pdf'))
  await symlink(join(outside, 'secret.txt'), join(workspace, 'out', 'secret.txt'))
  await symlink('../build/final.pdf', join(workspace, 'out', 'link.pdf'))
  await symlink('build', join(workspace, 'alias'))
  await symlink(outside, join(workspace, 'glob-out', 'linked'))
  await promisify(execFile)('mkfifo', [join(workspace, 'fifo', 'pipe.pdf')])

  const first = await shipgateDeliver('--files', 'out/report.pdf', '--sha', SHA_1)
  expect(first.stderr).not.toContain('error')
  expect(first.code).toBe(0)
})

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

describe('shipgate deliver refuses, with exit 2, a message naming the file, and nothing delivered', () => {
  test.each<[string, string[], RegExp]>([
    ['a symlink to /proc/self/environ', ['out/environ.pdf'], /files: 'out\/environ\.pdf' is a symbolic link to \/proc\/self\/environ.*outside the workspace/],
    ['a symlink to /proc/self/environ, with --follow-symlinks', ['out/environ.pdf', '--follow-symlinks'], /files: 'out\/environ\.pdf' is a symbolic link to \/proc\/self\/environ.*outside the workspace/],
    ['a symlink to a file outside the workspace', ['out/secret.txt'], /files: 'out\/secret\.txt' is a symbolic link to .*shipgate-deliver-outside-.*\/secret\.txt, outside the workspace; .*copy the file into the workspace/],
    ['a symlink inside the workspace, without follow-symlinks', ['out/link.pdf'], /files: 'out\/link\.pdf' is a symbolic link to \.\.\/build\/final\.pdf .*set follow-symlinks: true if the target is inside the workspace/],
    ['a file under a symlinked folder, without follow-symlinks', ['alias/final.pdf'], /files: 'alias\/final\.pdf' goes through .*\/alias, a symbolic link to build .*follow-symlinks: true/],
    ['an absolute path outside the workspace', ['@outside/secret.txt'], /files: '.*shipgate-deliver-outside-.*\/secret\.txt' is outside the workspace/],
    ['a ../ path outside the workspace', ['../@outside-name/secret.txt'], /files: '\.\.\/shipgate-deliver-outside-.*\/secret\.txt' is outside the workspace/],
    ['a glob reaching into a symlinked folder that points outside', ['glob-out/**/*.txt'], /files: the glob 'glob-out\/\*\*\/\*\.txt' reaches into .*glob-out\/linked, a symbolic link to .*shipgate-deliver-outside-.*, outside the workspace/],
    ['that glob, with --follow-symlinks', ['glob-out/**/*.txt', '--follow-symlinks'], /files: the glob 'glob-out\/\*\*\/\*\.txt' reaches into .*glob-out\/linked, .*outside the workspace/],
    ['a glob starting outside the workspace', ['../@outside-name/*.txt'], /files: the glob '\.\.\/shipgate-deliver-outside-.*\/\*\.txt' starts at .*, outside the workspace/],
    ['a FIFO named explicitly', ['fifo/pipe.pdf'], /files: 'fifo\/pipe\.pdf' is a FIFO, not a regular file/],
    ['a FIFO found by a glob', ['fifo/*.pdf'], /files: 'fifo\/pipe\.pdf' is a FIFO, not a regular file/],
  ])('%s', async (_case, given, message) => {
    const [files, ...flags] = given.map((arg) => arg.replace('@outside-name', basename(outside)).replace('@outside', outside))
    const before = await destinationState()
    const run = await shipgateDeliver('--files', files!, '--files', 'out/report.pdf', '--sha', SHA_2, ...flags)
    expect(run.stderr).toMatch(message)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(await destinationState()).toEqual(before)
    expect(JSON.stringify(await destinationState())).not.toContain(FAKE_SECRET)
  })

  test('the first run left v1 and its manifest, and no other version', async () => {
    const state = await destinationState()
    expect(Object.keys(state).filter((path) => /\/Final\/v\d+$/.test(path))).toEqual(['/acme/01_Deliverables/Final/v1'])
  })
})

describe('the deliver bundle', () => {
  const env = (sha: string) => ({ GITHUB_SHA: sha, GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKSPACE: workspace, FAKE_SECRET })

  test('fails the step on a symlink to /proc/self/environ, naming it, and delivers nothing', async () => {
    const before = await destinationState()
    const run = await runBundle('deliver', { inputs: { files: 'out/environ.pdf\nout/report.pdf', project: 'acme' }, env: env(SHA_2), cwd: workspace })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::deliver: files: 'out\/environ\.pdf' is a symbolic link to \/proc\/self\/environ/)
    expect(run.outputs).toEqual({})
    // The job summary says what failed and what to fix, and holds nothing of the file it refused.
    expect(run.summary).toContain('## ❌ deliver failed')
    expect(run.summary).toContain('out/environ.pdf')
    expect(run.summary).toContain('What to fix')
    expect(run.summary).not.toContain(FAKE_SECRET)
    expect(await destinationState()).toEqual(before)
  })

  test('with follow-symlinks: true, delivers a symlink and a symlinked folder inside the workspace, under the names the user gave', async () => {
    const run = await runBundle('deliver', {
      inputs: { files: 'out/link.pdf\nalias/*.pdf\nout/report.pdf', project: 'acme', 'follow-symlinks': 'true' },
      env: env(SHA_3),
      cwd: workspace,
    })
    expect(run.stdout).not.toContain('::error::')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ version: '2', outcome: 'created' })
    const v2 = join(workspace, 'deliveries', 'acme', '01_Deliverables', 'Final', 'v2')
    expect((await readdir(v2)).sort()).toEqual(['final.pdf', 'link.pdf', 'report.pdf'])
    expect(await readFile(join(v2, 'link.pdf'), 'utf8')).toBe('final from build')
    expect(await readFile(join(v2, 'final.pdf'), 'utf8')).toBe('final from build')
  })
})
