// The runbook's golden path on a local folder destination, through the action as the command runs it.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
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
})
