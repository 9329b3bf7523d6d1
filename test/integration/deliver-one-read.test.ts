// One read of a delivered file: a first delivery, or files of other sizes than the current
// version's, are hashed by the upload itself (the bytes it sent), and those hashes are what the
// result and the manifest record and what the destination's listing is checked against. A file
// written to between stat and the end of its upload fails the run with nothing made current; an
// unchanged rerun hashes first and sends nothing.
import { randomBytes } from 'node:crypto'
import { statSync, writeFileSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deliveryManifest, type DeliveryManifest } from '../../src/contracts/delivery.js'
import { contentHashOf, contentHashOfFile } from '../../src/delivery/content-hash.js'
import { deliver, type DeliverOutput } from '../../src/delivery/deliver.js'
import type { DeliveryDestination, TransferProgress } from '../../src/delivery/destination.js'
import { DropboxApi } from '../../src/delivery/dropbox/api.js'
import { DropboxDestination } from '../../src/delivery/dropbox/destination.js'
import { defaultLayout } from '../../src/delivery/layout.js'
import { LocalDestination } from '../../src/delivery/local-destination.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { systemClock } from '../../src/platform/clock.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { startDropboxWireServer, type DropboxWireServer } from '../helpers/dropbox-wire-server.js'
import { SHA_1, SHA_2, SHA_3 } from '../helpers/deliver-harness.js'

const MiB = 1024 * 1024
const TOKEN = 'test-access-token'
const ROOT = '/Clients/Acme/acme'
const STABLE = `${ROOT}/${defaultLayout.stableFolder}`
const MANIFEST = `${ROOT}/${defaultLayout.manifestFile}`
/** Every upload route but the manifest's own writes. */
const UPLOAD_ROUTES = ['files/upload', 'files/upload_session/start', 'files/upload_session/append_v2', 'files/upload_session/finish']

/**
 * Sizes that take every way up: empty and small (files/upload), a sequential session of 4 MiB
 * chunks with a short last one, and a concurrent session whose last block is short.
 */
const SIZES: Record<string, number> = { 'empty.txt': 0, 'notes.txt': 5000, 'cut.mov': 6 * MiB + 7, 'video.mp4': 13 * MiB + 5 }

let scratch: string
let workspace: string
let server: DropboxWireServer

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'shipgate-one-read-'))
  workspace = join(scratch, 'workspace')
  server = await startDropboxWireServer({ accessTokens: [TOKEN] })
})

afterEach(async () => {
  await server.stop()
  await rm(scratch, { recursive: true, force: true })
})

async function writeFiles(sizes: Record<string, number>): Promise<void> {
  await mkdir(join(workspace, 'out'), { recursive: true })
  for (const [name, size] of Object.entries(sizes)) await writeFile(join(workspace, 'out', name), randomBytes(size))
}

function dropbox(): DropboxDestination {
  const logger = new RecordingLogger()
  const api = new DropboxApi({ auth: { mode: 'access-token', accessToken: TOKEN, source: 'test' }, apiUrl: server.url, deadline: Date.now() + 60_000, clock: systemClock, logger, backoffMs: 10 })
  return new DropboxDestination(api, { root: ROOT, authDescription: 'access-token', singleUploadLimit: 1 * MiB, chunkSize: 4 * MiB, concurrentSessionMin: 12 * MiB })
}

function run(destination: DeliveryDestination, sha: string, progress?: TransferProgress): Promise<DeliverOutput> {
  return deliver(
    { sha, project: 'acme', files: ['out/*'], workspace, layout: defaultLayout, refreshShareLink: false, destinationLabel: 'test' },
    { destination, store: new LocalEvidenceStore(join(workspace, '.artifacts')), logger: new RecordingLogger(), clock: systemClock, progress },
  )
}

/** The files' content hashes, read from the disk apart from any delivery. */
async function hashesOnDisk(): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {}
  for (const name of Object.keys(SIZES)) hashes[name] = (await contentHashOfFile(join(workspace, 'out', name))).contentHash
  return hashes
}

function byName(files: Array<{ name: string; contentHash: string }>): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file.name, file.contentHash]))
}

function manifestAtServer(): DeliveryManifest {
  return deliveryManifest.parse(JSON.parse(server.file(MANIFEST)!.content!.toString('utf8')))
}

/** Bytes the server took on upload routes for paths under `folder`. */
function bytesReceived(folder = STABLE): number {
  return server.requests
    .filter((request) => UPLOAD_ROUTES.includes(request.route) && request.status === 200)
    .filter((request) => request.route !== 'files/upload' || String(request.args.path).startsWith(`${folder}/`))
    .reduce((sum, request) => sum + request.bodySize, 0)
}

/**
 * Writes other bytes of the same size into a file when the upload starts: after stat, before the
 * upload reads it. Synchronous, so that it lands before the upload opens the file.
 */
function rewriteOnStart(path: string): TransferProgress {
  return { start: () => writeFileSync(path, randomBytes(statSync(path).size)), advance: () => {}, finish: () => {} }
}

describe('hashing while uploading (Dropbox wire server)', () => {
  test('a first delivery sends each file once and records the content hashes of what it sent', async () => {
    await writeFiles(SIZES)
    const first = await run(dropbox(), SHA_1)
    const onDisk = await hashesOnDisk()

    expect(first.result).toMatchObject({ outcome: 'created', version: 1 })
    expect(byName(first.result.files)).toEqual(onDisk)
    expect(byName(manifestAtServer().current!.files)).toEqual(onDisk)
    for (const [name, hash] of Object.entries(onDisk)) expect(server.file(`${STABLE}/v1/${name}`)?.contentHash).toBe(hash)
    const total = Object.values(SIZES).reduce((sum, size) => sum + size, 0)
    expect(first.result.bytesUploaded).toBe(total)
    expect(bytesReceived()).toBe(total)
    // Both session kinds were used.
    expect(server.routeCount('files/upload_session/finish_batch_v2') + server.routeCount('files/upload_session/finish')).toBeGreaterThan(0)
    expect(server.maxAppendsInFlight).toBeGreaterThan(1)
    expect(manifestAtServer().pending).toBeUndefined()
  })

  test('an unchanged rerun hashes first and sends nothing', async () => {
    await writeFiles(SIZES)
    await run(dropbox(), SHA_1)
    const before = bytesReceived()
    const rerun = await run(dropbox(), SHA_2)
    expect(rerun.result).toMatchObject({ outcome: 'unchanged', version: 1, bytesUploaded: 0 })
    expect(bytesReceived()).toBe(before)
    expect(byName(rerun.result.files)).toEqual(await hashesOnDisk())
  })

  test('a file of another size is sent once, as the next version, with the hashes of what was sent', async () => {
    await writeFiles(SIZES)
    await run(dropbox(), SHA_1)
    const before = bytesReceived()
    await writeFile(join(workspace, 'out', 'cut.mov'), randomBytes(5 * MiB + 3))
    const second = await run(dropbox(), SHA_2)
    const onDisk = await hashesOnDisk()

    expect(second.result).toMatchObject({ outcome: 'created', version: 2 })
    expect(byName(second.result.files)).toEqual(onDisk)
    expect(byName(manifestAtServer().current!.files)).toEqual(onDisk)
    expect(server.file(`${STABLE}/v2/cut.mov`)?.contentHash).toBe(onDisk['cut.mov'])
    // Sizes differ, so nothing was hashed first and every file went once into v2.
    const total = Object.values(SIZES).reduce((sum, size) => sum + size, 0) - SIZES['cut.mov']! + 5 * MiB + 3
    expect(bytesReceived() - before).toBe(total)
    expect(second.result.bytesUploaded).toBe(total)
  })

  test('a current version whose file was changed at the destination is replaced by the next version, not taken as a twin', async () => {
    await writeFiles({ 'notes.txt': 5000 })
    expect((await run(dropbox(), SHA_1)).result).toMatchObject({ outcome: 'created', version: 1 })
    const stored = server.file(`${STABLE}/v1/notes.txt`)!
    const other = randomBytes(5000)
    Object.assign(stored, { content: other, contentHash: contentHashOf(other) })
    const rerun = await run(dropbox(), SHA_2)
    expect(rerun.result).toMatchObject({ outcome: 'created', version: 2 })
    expect(server.file(`${STABLE}/v2/notes.txt`)?.contentHash).toBe(byName(rerun.result.files)['notes.txt'])
    expect(manifestAtServer().current?.currentVersion).toBe(2)
  })

  test('files of the same sizes but other content are hashed first, then sent as the next version', async () => {
    await writeFiles(SIZES)
    await run(dropbox(), SHA_1)
    await writeFile(join(workspace, 'out', 'notes.txt'), randomBytes(SIZES['notes.txt']!))
    const second = await run(dropbox(), SHA_2)
    expect(second.result).toMatchObject({ outcome: 'created', version: 2 })
    expect(byName(second.result.files)).toEqual(await hashesOnDisk())
  })

  test.each(['notes.txt', 'video.mp4'])('%s written to between stat and the upload: the run fails clearly and nothing is made current', async (name) => {
    await writeFiles(SIZES)
    const path = join(workspace, 'out', name)
    await expect(run(dropbox(), SHA_1, rewriteOnStart(path))).rejects.toThrow(`${path} changed while it was being delivered`)
    const manifest = manifestAtServer()
    expect(manifest.current).toBeNull()
    expect(manifest.runs).toEqual([expect.objectContaining({ sha: SHA_1, outcome: 'failed' })])
    const result = JSON.parse(await readFile(join(workspace, '.artifacts', 'delivery', SHA_1, 'result.json'), 'utf8')) as { outcome: string }
    expect(result.outcome).toBe('failed')

    // Run again with the file as it is now: delivered, with its new content.
    const again = await run(dropbox(), SHA_3)
    expect(again.result.outcome).toBe('created')
    expect(byName(again.result.files)).toEqual(await hashesOnDisk())
    expect(manifestAtServer().current?.currentVersion).toBe(again.result.version)
  })
})

describe('hashing while copying (local folder)', () => {
  const project = () => join(scratch, 'deliveries', 'acme')
  const local = () => new LocalDestination(project(), systemClock)

  test('a first delivery records the content hashes of what it copied; an unchanged rerun copies nothing', async () => {
    await writeFiles(SIZES)
    const first = await run(local(), SHA_1)
    const onDisk = await hashesOnDisk()
    expect(first.result).toMatchObject({ outcome: 'created', version: 1 })
    expect(byName(first.result.files)).toEqual(onDisk)
    for (const [name, hash] of Object.entries(onDisk)) expect((await contentHashOfFile(join(project(), defaultLayout.stableFolder, 'v1', name))).contentHash).toBe(hash)

    const rerun = await run(local(), SHA_2)
    expect(rerun.result).toMatchObject({ outcome: 'unchanged', version: 1, bytesUploaded: 0 })
  })

  test('a rerun in another process takes the hashes of the copies it wrote from the project folder; a copy changed since is read again', async () => {
    await writeFiles({ 'notes.txt': 5000, 'video.mp4': 13 * MiB + 5 })
    const first = await run(local(), SHA_1)
    expect(first.result).toMatchObject({ outcome: 'created', version: 1 })
    const hashFile = join(project(), '.shipgate-content-hashes.json')
    const remembered = JSON.parse(await readFile(hashFile, 'utf8')) as { files: Record<string, { stamp: string; contentHash: string }> }
    const video = `${defaultLayout.stableFolder}/v1/video.mp4`
    expect(remembered.files[video]?.contentHash).toBe(byName(first.result.files)['video.mp4'])
    // Nothing of it in the shared folder.
    expect((await readdir(join(project(), defaultLayout.stableFolder, 'v1'))).sort()).toEqual(['notes.txt', 'video.mp4'])

    // A new LocalDestination knows nothing in memory: the rerun is unchanged from the hash file.
    expect((await run(local(), SHA_2)).result).toMatchObject({ outcome: 'unchanged', version: 1, bytesUploaded: 0 })

    // The hash file is what the listing believes for a copy whose stamp it matches: a wrong hash
    // there makes the copy look changed, so the run delivers v2 (this shows the copy was not read).
    const lying = structuredClone(remembered)
    lying.files[video]!.contentHash = 'f'.repeat(64)
    await writeFile(hashFile, JSON.stringify(lying))
    expect((await run(local(), SHA_3)).result).toMatchObject({ outcome: 'created', version: 2 })

    // A copy rewritten in place, same size and mtime put back, has another ctime: it is read again.
    const copy = join(project(), defaultLayout.stableFolder, 'v2', 'notes.txt')
    const before = await stat(copy)
    await writeFile(copy, randomBytes(5000))
    await utimes(copy, before.atime, before.mtime)
    const after = await run(local(), SHA_1)
    expect(after.result).toMatchObject({ outcome: 'created', version: 3 })
  })

  test('a hash file that does not parse is no hash file: the copies are read', async () => {
    await writeFiles({ 'notes.txt': 5000 })
    await run(local(), SHA_1)
    await writeFile(join(project(), '.shipgate-content-hashes.json'), '{"schema": "shipgate.local-content-hashes/v1", "files": {"x": 1}}')
    expect((await run(local(), SHA_2)).result).toMatchObject({ outcome: 'unchanged', version: 1, bytesUploaded: 0 })
  })

  test('a file written to between stat and the copy fails the run; nothing is made current', async () => {
    await writeFiles(SIZES)
    const path = join(workspace, 'out', 'video.mp4')
    await expect(run(local(), SHA_1, rewriteOnStart(path))).rejects.toThrow(`${path} changed while it was being delivered`)
    const manifest = deliveryManifest.parse(JSON.parse(await readFile(join(project(), defaultLayout.manifestFile), 'utf8')))
    expect(manifest.current).toBeNull()
  })

  test('a copy changed in the version folder after it was written is caught by the listing', async () => {
    await writeFiles({ 'notes.txt': 5000 })
    const destination = local()
    const upload = destination.upload.bind(destination)
    destination.upload = async (folder, items, progress) => {
      const uploaded = await upload(folder, items, progress)
      await writeFile(join(project(), folder, 'notes.txt'), randomBytes(5000))
      return uploaded
    }
    await expect(run(destination, SHA_1)).rejects.toThrow(/does not hold exactly the delivered files with our content hashes/)
  })
})
