// Deliveries to one Dropbox project at the same time, each its own process (the deliver bundle, as
// the runner starts it), against the Dropbox-wire server answering in Dropbox's documented error
// shapes, with acknowledgements lost on every kind of call. Whatever the interleaving, the server
// must end with one version per content, a current version holding exactly its files, one shared
// link, and every run done (exit 0, no stack trace).
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deliveryManifest, type DeliveryManifest } from '../../src/contracts/delivery.js'
import { startDropboxWireServer, wireContentHash, type DropboxWireServer, type Fault } from '../helpers/dropbox-wire-server.js'
import { runBundle, type BundleRun } from '../helpers/run-bundle.js'

const TOKEN = 'race-access-token'
const PROJECT = '/Clients/Acme/acme-website'
const STABLE = `${PROJECT}/01_Deliverables/Final`
const MANIFEST = `${PROJECT}/00_Admin/.shipgate/manifest/delivery_manifest.json`
const MiB = 1024 * 1024

/** One delivery's files: a small one (files/upload) and ones of 8–32 MiB (sequential sessions). */
type Content = Record<string, Buffer>

function content(sessionFiles: number): Content {
  const files: Content = { 'notes.txt': randomBytes(64) }
  // 9 MiB and a bit: an 8 MiB append and a closing one; two such files are committed by finish_batch_v2.
  for (let index = 0; index < sessionFiles; index++) files[`video-${index}.mp4`] = randomBytes(9 * MiB + 17 + index)
  return files
}

const signatureOf = (files: Array<[string, string]>) => files.map(([name, hash]) => `${name.toLowerCase()}:${hash}`).sort().join(',')
const contentSignature = (files: Content) => signatureOf(Object.entries(files).map(([name, data]) => [name, wireContentHash(data)]))

/** Every kind of call loses the acknowledgement of its first request (a retry of it goes through). */
function lostAcknowledgements(): Fault[] {
  const once = (route: string, when?: (args: Record<string, unknown>) => boolean): Fault => ({ route, when, action: { kind: 'lose-ack' } })
  // Each distinct manifest write (by its content) loses its first acknowledgement, twice in all.
  const manifestWrites = new Set<unknown>()
  const firstManifestWrite = (args: Record<string, unknown>): boolean => {
    if (args.path !== MANIFEST || manifestWrites.has(args.content_hash)) return false
    manifestWrites.add(args.content_hash)
    return true
  }
  return [
    once('files/upload', (args) => String(args.path).endsWith('/notes.txt')),
    once('files/upload_session/start'),
    once('files/upload_session/append_v2', (args) => args.close === false),
    once('files/upload_session/append_v2', (args) => args.close === true),
    once('files/upload_session/finish'),
    once('files/upload_session/finish_batch_v2'),
    { ...once('files/upload', firstManifestWrite), times: 2 },
    once('sharing/create_shared_link_with_settings'),
  ]
}

let server: DropboxWireServer
let scratch: string

beforeEach(async () => {
  server = await startDropboxWireServer({ accessTokens: [TOKEN] })
  scratch = await mkdtemp(join(tmpdir(), 'shipgate-deliver-races-'))
})

afterEach(async () => {
  await server.stop()
  await rm(scratch, { recursive: true, force: true })
})

interface Delivery {
  sha: string
  files: Content
  run: BundleRun
}

/** Starts one deliver process per content at once and waits for all of them. */
async function deliverAtOnce(contents: Content[]): Promise<Delivery[]> {
  const parties = await Promise.all(contents.map(async (files, index) => {
    const workspace = join(scratch, `w${index}`)
    await mkdir(join(workspace, 'out'), { recursive: true })
    for (const [name, data] of Object.entries(files)) await writeFile(join(workspace, 'out', name), data)
    return { sha: String(index + 1).repeat(40), files, workspace }
  }))
  return Promise.all(parties.map(async ({ sha, files, workspace }) => {
    const run = await runBundle('deliver', {
      inputs: { files: 'out/*', project: 'acme-website', destination: 'dropbox:/Clients/Acme', 'dropbox-access-token': TOKEN, 'dropbox-api-url': server.url },
      env: { GITHUB_SHA: sha, GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKSPACE: workspace },
      cwd: workspace,
    })
    return { sha, files, run }
  }))
}

function manifestAtServer(): DeliveryManifest {
  return deliveryManifest.parse(JSON.parse(server.file(MANIFEST)!.content!.toString('utf8')))
}

/** The version folders at the server and the files each holds, as one signature. */
function versionsAtServer(): Map<number, string> {
  const byVersion = new Map<number, Array<[string, string]>>()
  for (const file of server.filesUnder(STABLE)) {
    const [folder, name] = file.pathDisplay.slice(STABLE.length + 1).split('/') as [string, string]
    const version = Number(folder.replace(/^v/, ''))
    byVersion.set(version, [...(byVersion.get(version) ?? []), [name, file.contentHash]])
  }
  return new Map([...byVersion].map(([version, files]) => [version, signatureOf(files)]))
}

/** What holds whatever the interleaving. */
function expectConsistent(deliveries: Delivery[]): Map<number, string> {
  for (const { run } of deliveries) {
    const log = `${run.stdout}\n${run.stderr}`
    expect({ exitCode: run.exitCode, log }).toEqual({ exitCode: 0, log: expect.not.stringMatching(/unexpected error|\n\s+at /) })
    expect(run.outputs.outcome).toMatch(/^(created|unchanged)$/)
  }
  const versions = versionsAtServer()
  const manifest = manifestAtServer()
  const current = manifest.current!
  // The current version holds exactly the files the manifest lists, and they are its run's files.
  const ofCurrent = deliveries.find((delivery) => delivery.sha === current.sha)!
  expect(versions.get(current.currentVersion)).toBe(contentSignature(ofCurrent.files))
  expect(signatureOf(current.files.map((file) => [file.name, file.contentHash]))).toBe(contentSignature(ofCurrent.files))
  // Each run's version holds its files; every run is recorded once, none failed.
  for (const { run, files } of deliveries) expect(versions.get(Number(run.outputs.version))).toBe(contentSignature(files))
  expect(manifest.runs.map((entry) => entry.sha).sort()).toEqual(deliveries.map((delivery) => delivery.sha).sort())
  expect(manifest.runs.filter((entry) => entry.outcome === 'failed')).toEqual([])
  // One shared link, the one every run reports.
  expect(server.links.size).toBe(1)
  const [link] = server.links.values()
  expect(new Set(deliveries.map(({ run }) => run.outputs['share-url']))).toEqual(new Set([link!.url]))
  return versions
}

/** One version per distinct content, and nothing left pending. */
function expectOneVersionPerContent(deliveries: Delivery[], versions: Map<number, string>): void {
  expect([...versions.values()].sort()).toEqual([...new Set(deliveries.map(({ files }) => contentSignature(files)))].sort())
  expect(manifestAtServer().pending).toBeUndefined()
}

describe('concurrent deliver processes against the Dropbox-wire server, acknowledgements lost on every kind of call', () => {
  test('two runs with other files', async () => {
    for (const fault of lostAcknowledgements()) server.inject(fault)
    const deliveries = await deliverAtOnce([content(1), content(1)])
    expectOneVersionPerContent(deliveries, expectConsistent(deliveries))
    expect(deliveries.map(({ run }) => run.outputs.outcome)).toEqual(['created', 'created'])
    // A lost acknowledgement of the closing append was met, and both runs still delivered.
    expect(server.requests.filter((request) => request.route === 'files/upload_session/append_v2' && request.args.close === true && request.status === 409)).not.toHaveLength(0)
  })

  test('two runs with the same files', async () => {
    for (const fault of lostAcknowledgements()) server.inject(fault)
    const same = content(1)
    const deliveries = await deliverAtOnce([same, same])
    expectOneVersionPerContent(deliveries, expectConsistent(deliveries))
    expect(deliveries.map(({ run }) => run.outputs.outcome).sort()).toEqual(['created', 'unchanged'])
  })

  test('three runs with other files (two session files each: one batch finish)', async () => {
    for (const fault of lostAcknowledgements()) server.inject(fault)
    const deliveries = await deliverAtOnce([content(2), content(2), content(2)])
    expectOneVersionPerContent(deliveries, expectConsistent(deliveries))
    expect(deliveries.map(({ run }) => run.outputs.outcome)).toEqual(['created', 'created', 'created'])
  })

  test('three runs, two of them with the same files', async () => {
    for (const fault of lostAcknowledgements()) server.inject(fault)
    const same = content(1)
    const deliveries = await deliverAtOnce([same, content(1), same])
    const versions = expectConsistent(deliveries)
    // Every folder holds one run's complete files; the twins end in one version unless the other
    // run's version came between theirs (A, B, A is a new version of A).
    const signatures = new Set(deliveries.map(({ files }) => contentSignature(files)))
    for (const signature of versions.values()) expect(signatures).toContain(signature)
    expect(versions.size).toBeLessThanOrEqual(3)
  })

  test('a run overtaken while its version is being committed starts over by itself: its version is removed and its files delivered again', async () => {
    // The commit of the lower of the two claimed versions is held back, so the other run makes its
    // higher version current first (once that happened, the lower run is overtaken anyway).
    const versionOf = (path: unknown) => Number(/\/v(\d+)\//.exec(String(path))?.[1])
    const lowerClaim = (args: Record<string, unknown>) => {
      const pending = server.file(MANIFEST)?.content && manifestAtServer().pending
      return pending !== undefined && versionOf((args.commit as { path?: string }).path) < pending.version
    }
    server.inject({ route: 'files/upload_session/finish', when: lowerClaim, action: { kind: 'delay', ms: 2500 } })
    for (const fault of lostAcknowledgements()) server.inject(fault)
    const deliveries = await deliverAtOnce([content(1), content(1)])
    const versions = expectConsistent(deliveries)
    expectOneVersionPerContent(deliveries, versions)
    const overtaken = deliveries.filter(({ run }) => /another delivery made v\d+ current while this run was uploading v\d+; comparing with v\d+ again/.test(run.stdout))
    expect(overtaken).toHaveLength(1)
    const [, abandoned] = /while this run was uploading v(\d+)/.exec(overtaken[0]!.run.stdout)!
    expect(versions.has(Number(abandoned))).toBe(false)
    expect(overtaken[0]!.run.stdout).toContain(`removed ${STABLE}/v${abandoned}`)
    expect(manifestAtServer().current).toMatchObject({ currentVersion: Math.max(...versions.keys()), sha: overtaken[0]!.sha })
  })
})
