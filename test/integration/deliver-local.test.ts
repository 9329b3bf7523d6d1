// The runbook's golden path on a local folder destination, through the action as the command runs it.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { deliveryResult } from '../../src/contracts/delivery.js'
import { readLocalManifest, scratchWorkspace, SHA_1, SHA_2, SHA_3, type Workspace } from '../helpers/deliver-harness.js'

let workspace: Workspace

beforeEach(async () => {
  workspace = await scratchWorkspace()
})

afterEach(async () => {
  await workspace.cleanup()
})

const inputs = (sha: string, extra: Record<string, string> = {}) => ({
  files: 'out/*.pdf\nout/notes.txt',
  project: 'acme-website',
  destination: 'local:deliveries',
  sha,
  ...extra,
})

describe('deliver to a local folder', () => {
  test('v1 created, the same again unchanged with 0 bytes and the link reused, a change makes v2 with the same link', async () => {
    await workspace.write('out/report.pdf', 'report v1')
    await workspace.write('out/plan.pdf', 'plan')
    await workspace.write('out/notes.txt', 'notes')
    const project = join(workspace.dir, 'deliveries', 'acme-website')
    const stable = join(project, '01_Deliverables', 'Final')

    const first = await workspace.run(inputs(SHA_1))
    expect(first.error).toBeUndefined()
    expect(first.run!.outputs).toMatchObject({ version: '1', outcome: 'created', 'share-status': 'created', 'share-url': pathToFileURL(stable).href })
    expect((await readdir(join(stable, 'v1'))).sort()).toEqual(['notes.txt', 'plan.pdf', 'report.pdf'])
    expect(await readFile(join(stable, 'v1', 'report.pdf'), 'utf8')).toBe('report v1')

    const second = await workspace.run(inputs(SHA_2))
    expect(second.run!.outputs).toMatchObject({ version: '1', outcome: 'unchanged', 'share-status': 'reused', 'share-url': first.run!.outputs['share-url'] })
    expect(await readdir(stable)).toEqual(['v1'])

    await workspace.write('out/report.pdf', 'report v2')
    const third = await workspace.run(inputs(SHA_3))
    expect(third.run!.outputs).toMatchObject({ version: '2', outcome: 'created', 'share-status': 'reused', 'share-url': first.run!.outputs['share-url'] })
    expect((await readdir(stable)).sort()).toEqual(['v1', 'v2'])
    expect(await readFile(join(stable, 'v2', 'report.pdf'), 'utf8')).toBe('report v2')
    expect(await readFile(join(stable, 'v1', 'report.pdf'), 'utf8')).toBe('report v1')

    const manifest = await readLocalManifest(join(project, '00_Admin', '.shipgate', 'manifest', 'delivery_manifest.json'))
    expect(manifest.current).toMatchObject({ currentVersion: 2, shareStatus: 'reused', stablePath: stable, sha: SHA_3 })
    expect(manifest.current!.files.map((file) => file.name).sort()).toEqual(['notes.txt', 'plan.pdf', 'report.pdf'])
    expect(manifest.runs.map((run) => [run.sha, run.outcome, run.version, run.bytesUploaded > 0])).toEqual([
      [SHA_1, 'created', 1, true],
      [SHA_2, 'unchanged', 1, false],
      [SHA_3, 'created', 2, true],
    ])
    expect(manifest.pending).toBeUndefined()

    const result = deliveryResult.parse(JSON.parse(await readFile(join(workspace.dir, '.artifacts', 'delivery', SHA_2, 'result.json'), 'utf8')))
    expect(result).toMatchObject({ outcome: 'unchanged', version: 1, bytesUploaded: 0, shareStatus: 'reused' })
  })

  test('a link that no longer names the stable folder is recreated when asked, and reused otherwise', async () => {
    await workspace.write('out/report.pdf', 'report')
    await workspace.write('out/notes.txt', 'notes')
    const first = await workspace.run(inputs(SHA_1))
    const again = await workspace.run(inputs(SHA_2, { 'refresh-share-link': 'true' }))
    expect(again.run!.outputs['share-status']).toBe('reused')
    const manifestPath = first.run!.outputs['manifest-path']!
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { current: { stableShareUrl: string } }
    manifest.current.stableShareUrl = 'file:///somewhere/else'
    await writeFile(manifestPath, JSON.stringify(manifest))
    const refreshed = await workspace.run(inputs(SHA_3, { 'refresh-share-link': 'true' }))
    expect(refreshed.run!.outputs).toMatchObject({ outcome: 'unchanged', version: '1', 'share-status': 'recreated', 'share-url': first.run!.outputs['share-url'] })
    expect((await readLocalManifest(manifestPath)).current).toMatchObject({ shareStatus: 'recreated', stableShareUrl: first.run!.outputs['share-url'] })
  })

  test('an absolute local folder is used as it is, not moved under the workspace', async () => {
    await workspace.write('out/notes.txt', 'notes')
    const elsewhere = await mkdtemp(join(tmpdir(), 'shipgate-share-'))
    try {
      const run = await workspace.run(inputs(SHA_1, { files: 'out/notes.txt', destination: `local:${elsewhere}` }))
      expect(run.error).toBeUndefined()
      expect(await readFile(join(elsewhere, 'acme-website', '01_Deliverables', 'Final', 'v1', 'notes.txt'), 'utf8')).toBe('notes')
      expect(run.run!.outputs['share-url']).toBe(pathToFileURL(join(elsewhere, 'acme-website', '01_Deliverables', 'Final')).href)
    } finally {
      await rm(elsewhere, { recursive: true, force: true })
    }
  })

  test('every part of the layout can be changed', async () => {
    await workspace.write('out/a.pdf', 'a')
    await workspace.write('out/notes.txt', 'n')
    const run = await workspace.run(inputs(SHA_1, { 'stable-folder': 'Out/Current', 'version-prefix': 'release-', 'manifest-file': 'admin/manifest.json' }))
    expect(run.error).toBeUndefined()
    const project = join(workspace.dir, 'deliveries', 'acme-website')
    expect((await readdir(join(project, 'Out', 'Current', 'release-1'))).sort()).toEqual(['a.pdf', 'notes.txt'])
    expect((await readLocalManifest(join(project, 'admin', 'manifest.json'))).current?.currentVersion).toBe(1)
    expect(run.run!.outputs['manifest-path']).toBe(join(project, 'admin', 'manifest.json'))
  })

  test('a changed stable folder gets a version and a shared link of its own, not the old folder\'s link', async () => {
    await workspace.write('out/report.pdf', 'report')
    await workspace.write('out/notes.txt', 'notes')
    const project = join(workspace.dir, 'deliveries', 'acme-website')
    const first = await workspace.run(inputs(SHA_1))
    const moved = await workspace.run(inputs(SHA_2, { 'stable-folder': 'Other/Final' }))
    expect(moved.error).toBeUndefined()
    const other = join(project, 'Other', 'Final')
    expect(moved.run!.outputs).toMatchObject({ outcome: 'created', version: '2', 'share-status': 'created', 'share-url': pathToFileURL(other).href })
    expect(moved.run!.outputs['share-url']).not.toBe(first.run!.outputs['share-url'])
    expect((await readdir(join(other, 'v2'))).sort()).toEqual(['notes.txt', 'report.pdf'])
    expect(moved.logger.entries).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining(`the current v1 is in ${join(project, '01_Deliverables', 'Final')}, not in ${other}`) }))
    expect((await readLocalManifest(moved.run!.outputs['manifest-path']!)).current).toMatchObject({ currentVersion: 2, stablePath: other, stableShareUrl: pathToFileURL(other).href })
  })

  test.each([
    [{ 'stable-folder': '.shipgate-content-hashes.json' }, "stable-folder '.shipgate-content-hashes.json': names that start with .shipgate- are kept for shipgate's own files"],
    [{ 'manifest-file': '.shipgate-content-hashes.json' }, "manifest-file '.shipgate-content-hashes.json': names that start with .shipgate- are kept"],
    [{ 'manifest-file': '01_Deliverables/Final/v1/m.json' }, "manifest-file '01_Deliverables/Final/v1/m.json' is inside stable-folder '01_Deliverables/Final', where the shared link would show it"],
    [{ 'manifest-file': '01_deliverables/final' }, "manifest-file '01_deliverables/final' is inside stable-folder '01_Deliverables/Final'"],
    [{ 'stable-folder': 'admin/manifest.json/Final', 'manifest-file': 'admin/manifest.json' }, "stable-folder 'admin/manifest.json/Final' is inside manifest-file 'admin/manifest.json'"],
  ])('a layout that collides (%o) is refused before anything is written', async (layout, message) => {
    await workspace.write('out/report.pdf', 'report')
    await workspace.write('out/notes.txt', 'notes')
    const run = await workspace.run(inputs(SHA_1, layout))
    expect(run.error?.message).toContain(message)
    expect(await readdir(workspace.dir)).toEqual(['out'])
  })

  test('copies are made outside the shared folders: a partial copy never shows in a version, and a stale one is removed', async () => {
    await workspace.write('out/report.pdf', 'report')
    await workspace.write('out/notes.txt', 'notes')
    const project = join(workspace.dir, 'deliveries', 'acme-website')
    const partial = join(project, '.shipgate-partial')
    // What killed copies leave: one long ago, one a moment ago (perhaps a copy still running).
    await mkdir(partial, { recursive: true })
    await writeFile(join(partial, 'old.tmp'), 'half a file')
    await writeFile(join(partial, 'recent.tmp'), 'half a file')
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000)
    await utimes(join(partial, 'old.tmp'), hourAgo, hourAgo)
    const run = await workspace.run(inputs(SHA_1))
    expect(run.error).toBeUndefined()
    expect((await readdir(join(project, '01_Deliverables', 'Final', 'v1'))).sort()).toEqual(['notes.txt', 'report.pdf'])
    expect(await readdir(partial)).toEqual(['recent.tmp'])
    expect((await stat(join(project, '01_Deliverables', 'Final'))).isDirectory()).toBe(true)
  })

  test('a partial file an older shipgate left in a version folder is a stray: the current version is not taken as whole', async () => {
    await workspace.write('out/report.pdf', 'report')
    await workspace.write('out/notes.txt', 'notes')
    const final = join(workspace.dir, 'deliveries', 'acme-website', '01_Deliverables', 'Final')
    await workspace.run(inputs(SHA_1))
    await writeFile(join(final, 'v1', '.shipgate-5835b597b913.tmp'), 'half a file')
    const rerun = await workspace.run(inputs(SHA_2))
    expect(rerun.run!.outputs).toMatchObject({ outcome: 'created', version: '2' })
    expect((await readdir(join(final, 'v2'))).sort()).toEqual(['notes.txt', 'report.pdf'])
  })

  test('a hash file that cannot be written (a folder in its place) only costs the next run a read', async () => {
    await workspace.write('out/report.pdf', 'report')
    await workspace.write('out/notes.txt', 'notes')
    await mkdir(join(workspace.dir, 'deliveries', 'acme-website', '.shipgate-content-hashes.json'), { recursive: true })
    const first = await workspace.run(inputs(SHA_1))
    expect(first.error).toBeUndefined()
    expect(first.run!.outputs).toMatchObject({ outcome: 'created', version: '1' })
    const rerun = await workspace.run(inputs(SHA_2))
    expect(rerun.run!.outputs).toMatchObject({ outcome: 'unchanged', version: '1' })
  })
})
