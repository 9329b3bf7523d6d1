// Deliveries to the same project at the same time, and reruns after a crash: a version number once
// claimed is written only by runs delivering the same files, a version that is current is never
// rewritten, and a run that is overtaken starts over against the new current version by itself.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { digestOf } from '../../src/contracts/canonical.js'
import { deliveryManifest, type DeliveryManifest } from '../../src/contracts/delivery.js'
import { contentHashOfFile } from '../../src/delivery/content-hash.js'
import { deliver, type DeliverOutput } from '../../src/delivery/deliver.js'
import type { RemoteEntry, TransferProgress, UploadedFile, UploadItem } from '../../src/delivery/destination.js'
import { defaultLayout } from '../../src/delivery/layout.js'
import { LocalDestination } from '../../src/delivery/local-destination.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { systemClock } from '../../src/platform/clock.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { startDropboxWireServer, type DropboxWireServer } from '../helpers/dropbox-wire-server.js'
import { scratchWorkspace, SHA_1, SHA_2, SHA_3, type Workspace } from '../helpers/deliver-harness.js'

/** Points in a run where a test holds it, to line up a race the same way every time. */
interface Hooks {
  /** Before the run lists the stable folder, right before it claims a version (once). */
  beforeClaim?: () => Promise<void>
  beforeUpload?: (folder: string) => Promise<void>
  /** After the copy, before the run checks the folder (what another run does meanwhile). */
  afterUpload?: (folder: string) => Promise<void>
  /** Manifest writes after this many fail, as when the process dies. */
  manifestWritesBeforeCrash?: number
}

/** The real local destination, with the test's hooks at the points above. */
class HeldLocalDestination extends LocalDestination {
  private manifestWrites = 0

  constructor(folder: string, private readonly hooks: Hooks) {
    super(folder, systemClock)
  }

  override async listFolder(relative: string): Promise<RemoteEntry[] | undefined> {
    const hold = this.hooks.beforeClaim
    if (relative === defaultLayout.stableFolder && hold) {
      this.hooks.beforeClaim = undefined
      await hold()
    }
    return super.listFolder(relative)
  }

  override async upload(folder: string, items: UploadItem[], progress: TransferProgress): Promise<UploadedFile[]> {
    await this.hooks.beforeUpload?.(folder)
    const uploaded = await super.upload(folder, items, progress)
    await this.hooks.afterUpload?.(folder)
    return uploaded
  }

  override async writeManifest(relative: string, text: string, expectedRevision: string | undefined): Promise<'written' | 'conflict'> {
    const limit = this.hooks.manifestWritesBeforeCrash
    if (limit !== undefined && this.manifestWrites++ >= limit) throw new Error('simulated crash')
    return super.writeManifest(relative, text, expectedRevision)
  }
}

/** Resolves for everyone once `parties` callers wait on it. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0
  let release!: () => void
  const all = new Promise<void>((resolve) => (release = resolve))
  return async () => {
    if (++arrived === parties) release()
    await all
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void
  const promise = new Promise<void>((done) => (resolve = done))
  return { promise, resolve }
}

let root: string
let project: string
let stable: string
let manifestFile: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shipgate-deliver-race-'))
  project = join(root, 'deliveries', 'acme')
  stable = join(project, defaultLayout.stableFolder)
  manifestFile = join(project, defaultLayout.manifestFile)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** A workspace holding report.txt with this content. */
async function workspaceWith(name: string, content: string): Promise<string> {
  const dir = join(root, name)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'report.txt'), content)
  return dir
}

function run(workspace: string, sha: string, hooks: Hooks = {}): Promise<DeliverOutput> {
  return deliver(
    { sha, project: 'acme', files: ['report.txt'], workspace, layout: defaultLayout, refreshShareLink: false, destinationLabel: 'local:deliveries' },
    { destination: new HeldLocalDestination(project, hooks), store: new LocalEvidenceStore(join(workspace, '.artifacts')), logger: new RecordingLogger(), clock: systemClock },
  )
}

async function manifest(): Promise<DeliveryManifest> {
  return deliveryManifest.parse(JSON.parse(await readFile(manifestFile, 'utf8')))
}

const report = (version: number) => readFile(join(stable, `v${version}`, 'report.txt'), 'utf8')

describe('concurrent deliveries to a local folder', () => {
  test('two runs that read the manifest together, with different files: one claims v1, the other v2, and neither writes the other\'s version', async () => {
    const [a, b] = [await workspaceWith('a', 'content A\n'), await workspaceWith('b', 'content B\n')]
    const together = barrier(2)
    // Whoever claimed v2 uploads after v1 is current, so both finish.
    const hooks = (): Hooks => ({ beforeClaim: together, beforeUpload: async (folder) => { if (folder.endsWith('/v2')) await new Promise((resolve) => setTimeout(resolve, 200)) } })
    const [first, second] = await Promise.all([run(a, SHA_1, hooks()), run(b, SHA_2, hooks())])

    expect([first.result.outcome, second.result.outcome]).toEqual(['created', 'created'])
    expect([first.result.version, second.result.version].sort()).toEqual([1, 2])
    expect(await report(first.result.version!)).toBe('content A\n')
    expect(await report(second.result.version!)).toBe('content B\n')
    const after = await manifest()
    const [, later] = first.result.version === 2 ? [second, first] : [first, second]
    expect(after.current).toMatchObject({ currentVersion: 2, sha: later.result.sha })
    expect(after.pending).toBeUndefined()
    expect(after.runs.map((entry) => [entry.sha, entry.outcome, entry.version]).sort()).toEqual([
      [SHA_1, 'created', first.result.version],
      [SHA_2, 'created', second.result.version],
    ])
  })

  test('a run starting while another uploads other files takes the next version; the earlier one, finishing last, removes its overtaken v1 and delivers its files as v3', async () => {
    const [a, b] = [await workspaceWith('a', 'content A\n'), await workspaceWith('b', 'content B\n')]
    const uploading = deferred()
    const gate = deferred()
    const slow = run(a, SHA_1, { beforeUpload: async () => { uploading.resolve(); await gate.promise } })
    await uploading.promise
    expect((await manifest()).pending).toMatchObject({ version: 1, sha: SHA_1 })

    const fast = await run(b, SHA_2)
    expect(fast.result).toMatchObject({ outcome: 'created', version: 2 })
    gate.resolve()
    const late = await slow
    expect(late.result).toMatchObject({ outcome: 'created', version: 3, sha: SHA_1 })

    expect(await readdir(stable)).toEqual(['v2', 'v3'])
    expect(await report(2)).toBe('content B\n')
    expect(await report(3)).toBe('content A\n')
    const after = await manifest()
    expect(after.current).toMatchObject({ currentVersion: 3, sha: SHA_1 })
    expect(after.pending).toBeUndefined()
    expect(after.runs.map((entry) => [entry.sha, entry.outcome, entry.version])).toEqual([
      [SHA_2, 'created', 2],
      [SHA_1, 'created', 3],
    ])
  })

  test('an overtaken run whose files the newer current version already holds ends unchanged, and its own version is removed', async () => {
    const [a, b, c] = [await workspaceWith('a', 'content A\n'), await workspaceWith('b', 'content B\n'), await workspaceWith('c', 'content A\n')]
    const uploading = deferred()
    const gate = deferred()
    const slow = run(a, SHA_1, { beforeUpload: async () => { uploading.resolve(); await gate.promise } })
    await uploading.promise
    // B takes v2; C, with A's files, takes v3 (the claim on v1 was replaced by B's) and makes it current.
    await run(b, SHA_2)
    expect((await run(c, SHA_3)).result).toMatchObject({ outcome: 'created', version: 3 })
    gate.resolve()
    expect((await slow).result).toMatchObject({ outcome: 'unchanged', version: 3 })
    expect(await readdir(stable)).toEqual(['v2', 'v3'])
    const after = await manifest()
    expect(after.current).toMatchObject({ currentVersion: 3, sha: SHA_3 })
    expect(after.runs.map((entry) => [entry.sha, entry.outcome, entry.version])).toEqual([
      [SHA_2, 'created', 2],
      [SHA_3, 'created', 3],
      [SHA_1, 'unchanged', 3],
    ])
  })

  test('two runs with the same files at once: one creates the version, the other finds it current; no second version, no second "created"', async () => {
    const [a, b] = [await workspaceWith('a', 'same\n'), await workspaceWith('b', 'same\n')]
    const together = barrier(2)
    const outputs = await Promise.all([run(a, SHA_1, { beforeClaim: together }), run(b, SHA_2, { beforeClaim: together })])
    expect(outputs.map((output) => output.result.outcome).sort()).toEqual(['created', 'unchanged'])
    expect(outputs.map((output) => output.result.version)).toEqual([1, 1])
    expect(await readdir(stable)).toEqual(['v1'])
    expect(await report(1)).toBe('same\n')
    const after = await manifest()
    expect(after.current?.currentVersion).toBe(1)
    expect(after.runs.map((entry) => entry.outcome).sort()).toEqual(['created', 'unchanged'])
    expect(after.pending).toBeUndefined()
  })

  /**
   * Three runs with the same files: A (a first delivery, hashing as it copies) claims v1; B, seeing
   * A's claim, hashes first and claims v2; C, seeing B's claim for these same files, finishes v2.
   * A makes v1 current; then B and C reach their switch in the given order.
   */
  async function threeTwins(order: 'B then C' | 'C then B') {
    const [a, b, c] = [await workspaceWith('a', 'same\n'), await workspaceWith('b', 'same\n'), await workspaceWith('c', 'same\n')]
    const aClaimed = deferred()
    const bClaimed = deferred()
    const cClaimed = deferred()
    const bGo = deferred()
    const cGo = deferred()
    const runA = run(a, SHA_1, { beforeUpload: async () => { aClaimed.resolve(); await bClaimed.promise; await cClaimed.promise } })
    await aClaimed.promise
    const runB = run(b, SHA_2, { beforeUpload: async () => { bClaimed.resolve(); await bGo.promise } })
    await bClaimed.promise
    const runC = run(c, SHA_3, { beforeUpload: async () => { cClaimed.resolve(); await cGo.promise } })
    await cClaimed.promise
    const first = await runA
    const outputs: DeliverOutput[] = []
    if (order === 'B then C') {
      bGo.resolve()
      outputs.push(await runB)
      cGo.resolve()
      outputs.push(await runC)
    } else {
      cGo.resolve()
      outputs.push(await runC)
      bGo.resolve()
      outputs.push(await runB)
    }
    return { first, twins: outputs }
  }

  test.each(['B then C', 'C then B'] as const)('three runs with the same files, the two late twins switching %s: one version, no claim left, the link reused', async (order) => {
    const { first, twins } = await threeTwins(order)
    expect(first.result).toMatchObject({ outcome: 'created', version: 1, shareStatus: 'created' })
    for (const twin of twins) expect(twin.result).toMatchObject({ outcome: 'unchanged', version: 1, shareStatus: 'reused' })
    expect(await readdir(stable)).toEqual(['v1'])
    expect(await report(1)).toBe('same\n')
    const after = await manifest()
    expect(after.current?.currentVersion).toBe(1)
    expect(after.pending).toBeUndefined()
    expect(after.runs.map((entry) => entry.outcome).sort()).toEqual(['created', 'unchanged', 'unchanged'])
  })

  test('a run whose version folder a twin removed while it copied finds the same files current: unchanged, nothing left behind', async () => {
    const [a, b] = [await workspaceWith('a', 'same\n'), await workspaceWith('b', 'same\n')]
    const aClaimed = deferred()
    const bClaimed = deferred()
    const aDone = deferred()
    const runA = run(a, SHA_1, { beforeUpload: async () => { aClaimed.resolve(); await bClaimed.promise } })
    await aClaimed.promise
    let removed = false
    const runB = run(b, SHA_2, {
      beforeUpload: async () => { bClaimed.resolve(); await aDone.promise },
      // As a twin that made these files current drops the version it finished: gone under B's copy.
      afterUpload: async (folder) => {
        await rm(join(project, folder), { recursive: true, force: true })
        removed = true
      },
    })
    await bClaimed.promise
    const first = await runA
    aDone.resolve()
    const second = await runB
    expect(removed).toBe(true)
    expect(first.result).toMatchObject({ outcome: 'created', version: 1 })
    expect(second.result).toMatchObject({ outcome: 'unchanged', version: 1, shareStatus: 'reused' })
    expect(await readdir(stable)).toEqual(['v1'])
    const after = await manifest()
    expect(after.pending).toBeUndefined()
    expect(after.runs.map((entry) => entry.outcome).sort()).toEqual(['created', 'unchanged'])
  })

  test('a run that read the manifest before another made the same files current re-checks and finds them unchanged', async () => {
    const [a, b] = [await workspaceWith('a', 'same\n'), await workspaceWith('b', 'same\n')]
    const firstDone = deferred()
    const late = run(b, SHA_2, { beforeClaim: () => firstDone.promise })
    const first = await run(a, SHA_1)
    firstDone.resolve()
    const second = await late
    expect(first.result).toMatchObject({ outcome: 'created', version: 1 })
    expect(second.result).toMatchObject({ outcome: 'unchanged', version: 1, bytesUploaded: 0 })
    expect(await readdir(stable)).toEqual(['v1'])
  })
})

describe('reruns after a crash (local folder)', () => {
  /**
   * Crashes after claiming v1, uploading, and pinning the claim to the content hashes the upload
   * took (a first delivery hashes while uploading): neither the switch nor the failure record is
   * written.
   */
  async function crashAfterUpload(workspace: string, sha: string): Promise<void> {
    await expect(run(workspace, sha, { manifestWritesBeforeCrash: 2 })).rejects.toThrow('simulated crash')
    const midway = await manifest()
    expect(midway.current).toBeNull()
    const hash = (await contentHashOfFile(join(workspace, 'report.txt'))).contentHash
    expect(midway.pending).toMatchObject({ version: 1, sha, contentDigest: digestOf([`report.txt/${hash}`]) })
    expect(await report(1)).toBe('content A\n')
  }

  test('a crash while a first delivery uploads, before its hashes are known: the rerun cannot know what the claim was for, so it takes the next version', async () => {
    const a = await workspaceWith('a', 'content A\n')
    const crash = run(a, SHA_1, { manifestWritesBeforeCrash: 1, beforeUpload: () => Promise.reject(new Error('simulated crash')) })
    await expect(crash).rejects.toThrow('simulated crash')
    const midway = await manifest()
    expect(midway.current).toBeNull()
    expect(midway.pending).toMatchObject({ version: 1, sha: SHA_1 })
    const hash = (await contentHashOfFile(join(a, 'report.txt'))).contentHash
    expect(midway.pending?.contentDigest).not.toBe(digestOf([`report.txt/${hash}`]))

    const rerun = await run(a, SHA_1)
    expect(rerun.result).toMatchObject({ outcome: 'created', version: 2, bytesUploaded: 10 })
    expect(rerun.result.files).toEqual([expect.objectContaining({ name: 'report.txt', size: 10, contentHash: hash })])
    expect(await report(2)).toBe('content A\n')
    expect((await manifest()).current).toMatchObject({ currentVersion: 2, files: [expect.objectContaining({ contentHash: hash })] })
  })

  test('the same run again finishes its own pending version without uploading again', async () => {
    const a = await workspaceWith('a', 'content A\n')
    await crashAfterUpload(a, SHA_1)
    const rerun = await run(a, SHA_1)
    expect(rerun.result).toMatchObject({ outcome: 'created', version: 1, bytesUploaded: 0 })
    expect(await manifest()).toMatchObject({ current: { currentVersion: 1, sha: SHA_1 } })
    expect((await manifest()).pending).toBeUndefined()
  })

  test('a run with other files leaves the crashed run\'s version alone and takes the next one', async () => {
    const a = await workspaceWith('a', 'content A\n')
    const b = await workspaceWith('b', 'content B\n')
    await crashAfterUpload(a, SHA_1)
    const other = await run(b, SHA_2)
    expect(other.result).toMatchObject({ outcome: 'created', version: 2 })
    expect(await report(1)).toBe('content A\n')
    expect(await report(2)).toBe('content B\n')
    expect((await manifest()).pending).toBeUndefined()
  })

  test('a pending version from a manifest written before claims named their files is finished or redone by the next run', async () => {
    const b = await workspaceWith('b', 'content B\n')
    await mkdir(join(stable, 'v1'), { recursive: true })
    await writeFile(join(stable, 'v1', 'half.txt'), 'left by the crashed run')
    await mkdir(join(manifestFile, '..'), { recursive: true })
    const legacy = { schema: 'shipgate.delivery-manifest/v1', project: 'acme', current: null, pending: { version: 1, sha: SHA_1, startedAt: '2026-01-01T00:00:00Z' }, runs: [] }
    await writeFile(manifestFile, JSON.stringify(legacy))
    const next = await run(b, SHA_3)
    expect(next.result).toMatchObject({ outcome: 'created', version: 1 })
    expect(await readdir(join(stable, 'v1'))).toEqual(['report.txt'])
    expect(await report(1)).toBe('content B\n')
  })
})

describe('concurrent deliveries to Dropbox (wire server, real SDK)', () => {
  const TOKEN = 'test-access-token'
  const PROJECT = '/Clients/Acme/acme-website'
  const STABLE = `${PROJECT}/01_Deliverables/Final`
  const MANIFEST = `${PROJECT}/00_Admin/.shipgate/manifest/delivery_manifest.json`
  let server: DropboxWireServer
  let workspaces: Workspace[]

  beforeEach(async () => {
    server = await startDropboxWireServer({ accessTokens: [TOKEN] })
    workspaces = [await scratchWorkspace(), await scratchWorkspace()]
  })

  afterEach(async () => {
    await server.stop()
    for (const workspace of workspaces) await workspace.cleanup()
  })

  const inputs = (sha: string) => ({ files: 'out/report.txt', project: 'acme-website', destination: 'dropbox:/Clients/Acme', sha, 'dropbox-access-token': TOKEN, 'dropbox-api-url': server.url })
  const manifestAtServer = () => {
    const file = server.file(MANIFEST)
    return file?.content ? deliveryManifest.parse(JSON.parse(file.content.toString('utf8'))) : undefined
  }

  test('a run starting while another uploads other files takes v2; the earlier one, overtaken, removes v1 and delivers its files as v3', async () => {
    const [a, b] = workspaces as [Workspace, Workspace]
    await a.write('out/report.txt', 'report A')
    await b.write('out/report.txt', 'report B')
    server.inject({ route: 'files/upload', when: (args) => args.path === `${STABLE}/v1/report.txt`, action: { kind: 'delay', ms: 1500 } })
    const slow = a.run(inputs(SHA_1))
    for (let waited = 0; manifestAtServer()?.pending === undefined; waited += 10) {
      if (waited > 10_000) throw new Error('the first run never claimed a version')
      await new Promise((resolve) => setTimeout(resolve, 10))
    }

    const fast = await b.run(inputs(SHA_2))
    expect(fast.error).toBeUndefined()
    expect(fast.run!.outputs).toMatchObject({ outcome: 'created', version: '2' })
    const first = await slow
    expect(first.error).toBeUndefined()
    expect(first.run!.outputs).toMatchObject({ outcome: 'created', version: '3' })
    expect(first.logger.text()).toMatch(/another delivery made v2 current while this run was uploading v1; comparing with v2 again/)

    expect(server.filesUnder(STABLE).map((file) => [file.pathDisplay, file.content?.toString()]).sort()).toEqual([
      [`${STABLE}/v2/report.txt`, 'report B'],
      [`${STABLE}/v3/report.txt`, 'report A'],
    ])
    expect(server.entries.has(`${STABLE}/v1`.toLowerCase())).toBe(false)
    const after = manifestAtServer()!
    expect(after.current).toMatchObject({ currentVersion: 3, sha: SHA_1 })
    expect(after.runs.map((entry) => [entry.sha, entry.outcome, entry.version])).toEqual([
      [SHA_2, 'created', 2],
      [SHA_1, 'created', 3],
    ])
  })
})
