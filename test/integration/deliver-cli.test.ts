// `shipgate deliver` and `shipgate deliver show` on both destinations, through the command's main.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import type { CommandIo } from '../../src/cli/io.js'
import { startDropboxWireServer, type DropboxWireServer } from '../helpers/dropbox-wire-server.js'
import { SHA_1, SHA_2, SHA_3 } from '../helpers/deliver-harness.js'

let dir: string
let server: DropboxWireServer

function io(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { out: (text) => stdout.push(text), err: (text) => stderr.push(text), env: {}, cwd: dir, stdout, stderr }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shipgate-deliver-cli-'))
  await mkdir(join(dir, 'out'))
  await writeFile(join(dir, 'out', 'report.pdf'), 'report v1')
  await writeFile(join(dir, 'out', 'notes.txt'), 'notes')
  server = await startDropboxWireServer({ accessTokens: ['cli-token'] })
})

afterEach(async () => {
  await server.stop()
  await rm(dir, { recursive: true, force: true })
})

describe.each([
  ['local', () => ['--destination', 'local:deliveries']],
  ['dropbox', () => ['--destination', 'dropbox:/Clients', '--dropbox-access-token', 'cli-token', '--dropbox-api-url', server.url]],
])('shipgate deliver to %s', (_kind, destinationFlags) => {
  test('v1, unchanged, v2, and show reports each', async () => {
    const deliver = async (sha: string) => {
      const capture = io()
      const code = await main(['deliver', '--files', 'out/report.pdf', '--files', 'out/notes.txt', '--project', 'acme', '--sha', sha, ...destinationFlags()], capture)
      return { code, out: capture.stdout.join('\n'), err: capture.stderr.join('\n') }
    }
    const show = async (json: boolean) => {
      const capture = io()
      const auth = destinationFlags()
      const code = await main(['deliver', 'show', '--project', 'acme', ...auth, ...(json ? ['--json'] : [])], capture)
      return { code, out: capture.stdout.join('\n'), err: capture.stderr.join('\n') }
    }

    const first = await deliver(SHA_1)
    expect(first.code).toBe(0)
    expect(first.out).toContain('version=1')
    expect(first.out).toContain('outcome=created')
    expect(first.out).toContain('share-status=created')
    expect(first.err).not.toContain('cli-token')
    let shown = await show(false)
    expect(shown.code).toBe(0)
    expect(shown.out).toMatch(/current: v1 \(sha 111111111111/)
    expect(shown.out).toContain('stable link (created)')
    expect(shown.out).toMatch(/report\.pdf\s+9 B/)

    const second = await deliver(SHA_2)
    expect(second.out).toContain('outcome=unchanged')
    expect(second.out).toContain('share-status=reused')
    shown = await show(false)
    expect(shown.out).toMatch(/222222222222\s+unchanged\s+v1\s+0 B uploaded/)

    await writeFile(join(dir, 'out', 'report.pdf'), 'report v2')
    const third = await deliver(SHA_3)
    expect(third.out).toContain('version=2')
    const json = await show(true)
    const parsed = JSON.parse(json.out) as { manifest: { current: { currentVersion: number; shareStatus: string }; runs: Array<{ outcome: string }> } }
    expect(parsed.manifest.current).toMatchObject({ currentVersion: 2, shareStatus: 'reused' })
    expect(parsed.manifest.runs.map((run) => run.outcome)).toEqual(['created', 'unchanged', 'created'])
  })
})

test('show with no delivery yet exits 1 and says where it looked; bad flags exit 2', async () => {
  const capture = io()
  expect(await main(['deliver', 'show', '--project', 'nothing-here'], capture)).toBe(1)
  expect(capture.stderr.join('\n')).toMatch(/no delivery yet: .*delivery_manifest.json does not exist/)
  expect(await main(['deliver', 'show'], io())).toBe(2)
  const bad = io()
  expect(await main(['deliver', '--files', 'out/missing.pdf', '--project', 'acme', '--sha', SHA_1], bad)).toBe(2)
  expect(bad.stderr.join('\n')).toContain("does not exist")
})

describe('shipgate run deliver --summary', () => {
  const deliver = async (summary: string, json = false) => {
    const capture = io()
    const code = await main(
      ['run', 'deliver', '--files', 'out/report.pdf', '--project', 'acme', '--sha', SHA_1, '--destination', 'local:deliveries', '--summary', summary, ...(json ? ['--json'] : [])],
      capture,
    )
    return { code, out: capture.stdout.join('\n'), err: capture.stderr.join('\n') }
  }
  const delivered = async () => stat(join(dir, 'deliveries')).then(() => true, () => false)

  test('a folder, a FIFO or a path in a missing folder is refused before anything is delivered', async () => {
    await new Promise<void>((resolve, reject) => execFile('mkfifo', [join(dir, 'summary.fifo')], (error) => (error ? reject(error) : resolve())))
    await writeFile(join(dir, 'a-file'), '')
    for (const [summary, problem] of [
      ['out', `--summary out: is a folder, not a file; give the path of a file to write the summary to`],
      ['summary.fifo', '--summary summary.fifo: is a FIFO, not a file'],
      ['missing/summary.md', `--summary missing/summary.md: the folder ${join(dir, 'missing')} does not exist; create it or give another path`],
      ['a-file/summary.md', `--summary a-file/summary.md: ${join(dir, 'a-file')} is a file, not a folder; give another path`],
    ]) {
      const run = await deliver(summary!)
      expect(run.code).toBe(2)
      expect(run.err).toContain(problem)
      expect(await delivered()).toBe(false)
    }
    const json = await deliver('out', true)
    expect(json.code).toBe(2)
    expect(JSON.parse(json.out)).toMatchObject({ action: 'deliver', outputs: {}, error: { kind: 'usage' } })
    expect(await delivered()).toBe(false)
  })

  test('a good path gets the summary, replacing what was there, with no temporary file left', async () => {
    await mkdir(join(dir, 'reports'))
    await writeFile(join(dir, 'reports', 'summary.md'), 'an older summary')
    const run = await deliver('reports/summary.md')
    expect(run.code).toBe(0)
    expect(run.out).toContain('version=1')
    const summary = await readFile(join(dir, 'reports', 'summary.md'), 'utf8')
    expect(summary).not.toContain('an older summary')
    expect(summary).toContain('deliver')
    expect(await readdir(join(dir, 'reports'))).toEqual(['summary.md'])
  })
})
