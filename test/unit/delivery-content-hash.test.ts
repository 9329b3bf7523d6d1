// Dropbox's content_hash, computed while streaming, against the definition (block digests hashed
// again) and against the test server's independent implementation.
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { BlockDigests, CONTENT_HASH_BLOCK_SIZE, ContentHasher, contentHashOf, contentHashOfFile, readHashedBlocks } from '../../src/delivery/content-hash.js'
import { blockHasherFor, warmBlockHashers } from '../../src/delivery/hash-pool.js'
import { parseDestination, relativeDeliveryPath, versionOfFolder, defaultLayout } from '../../src/delivery/layout.js'
import { wireContentHash } from '../helpers/dropbox-wire-server.js'

const BLOCK = CONTENT_HASH_BLOCK_SIZE

function byDefinition(data: Buffer): string {
  const digests: Buffer[] = []
  for (let offset = 0; offset < data.length; offset += BLOCK) digests.push(createHash('sha256').update(data.subarray(offset, offset + BLOCK)).digest())
  return createHash('sha256').update(Buffer.concat(digests)).digest('hex')
}

describe('content hash', () => {
  test('of nothing is the SHA-256 of nothing', () => {
    expect(contentHashOf(Buffer.alloc(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  test.each([1, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK, 2 * BLOCK + 12345])('of %i bytes matches the definition and the server, fed in any pieces', (size) => {
    const data = randomBytes(size)
    const expected = byDefinition(data)
    expect(contentHashOf(data)).toBe(expected)
    expect(wireContentHash(data)).toBe(expected)
    const pieces = new ContentHasher()
    for (let offset = 0; offset < size; offset += 777_777) pieces.update(data.subarray(offset, offset + 777_777))
    expect(pieces.digest()).toBe(expected)
    expect(pieces.size).toBe(size)
  })

  test('of a file, read in blocks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipgate-hash-'))
    try {
      const data = randomBytes(BLOCK * 2 + 99)
      await writeFile(join(dir, 'f'), data)
      expect(await contentHashOfFile(join(dir, 'f'))).toEqual({ size: data.length, contentHash: byDefinition(data) })
      await writeFile(join(dir, 'empty'), '')
      expect(await contentHashOfFile(join(dir, 'empty'))).toEqual({ size: 0, contentHash: contentHashOf(Buffer.alloc(0)) })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('of a file, with every block handed on at its offset as it is read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipgate-hash-'))
    try {
      const data = randomBytes(BLOCK * 5 + 7)
      await writeFile(join(dir, 'f'), data)
      const copy = Buffer.alloc(data.length)
      const offsets: number[] = []
      const hashed = await readHashedBlocks(join(dir, 'f'), async (block, offset) => {
        offsets.push(offset)
        await new Promise((resolve) => setTimeout(resolve, 5 - offsets.length % 3))
        block.copy(copy, offset)
      })
      expect(hashed).toEqual({ size: data.length, contentHash: byDefinition(data) })
      expect(offsets).toEqual([0, 1, 2, 3, 4, 5].map((index) => index * BLOCK))
      expect(copy.equals(data)).toBe(true)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  describe('of a file of many blocks, hashed on worker threads when there are cores for them', () => {
    const threads = () => readdirSync('/proc/self/task').length
    // A stopped worker's thread can outlive its terminate() by a moment (about 1 in 5 here), so a
    // count is read once the stopping threads have gone, and a count expected to fall back is
    // waited for; a thread left behind keeps it up and fails the test.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 10))
    async function settledThreads(): Promise<number> {
      let count = threads()
      for (let steady = 0, tries = 0; steady < 5 && tries < 200; tries++) {
        await pause()
        const now = threads()
        steady = now === count ? steady + 1 : 0
        count = now
      }
      return count
    }
    async function threadsBackTo(count: number): Promise<number> {
      for (let tries = 0; tries < 200 && threads() !== count; tries++) await pause()
      return threads()
    }
    let dir: string
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'shipgate-hash-'))
    })
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true })
    })

    test('matches the definition, with every block handed on in order, and leaves no thread behind', async () => {
      const hasher = blockHasherFor(10)
      try {
        // This machine has the cores: the test takes the workers' path, not the one-thread path.
        expect(hasher.workers).toBe(availableParallelism() >= 2 ? Math.min(availableParallelism(), 4) : 0)
      } finally {
        await hasher.close()
      }
      const data = randomBytes(BLOCK * 9 + 12345)
      await writeFile(join(dir, 'f'), data)
      await contentHashOfFile(join(dir, 'f'))
      const before = await settledThreads()
      const copy = Buffer.alloc(data.length)
      const offsets: number[] = []
      const hashed = await readHashedBlocks(join(dir, 'f'), async (block, offset) => {
        offsets.push(offset)
        await new Promise((resolve) => setTimeout(resolve, offsets.length % 3))
        block.copy(copy, offset)
      })
      expect(hashed).toEqual({ size: data.length, contentHash: byDefinition(data) })
      expect(offsets).toEqual(Array.from({ length: 10 }, (_, index) => index * BLOCK))
      expect(copy.equals(data)).toBe(true)
      expect(await threadsBackTo(before)).toBe(before)
    })

    test('workers started ahead are lent to every read, and stop when the last holder lets them go', async () => {
      const workers = availableParallelism() >= 2 ? Math.min(availableParallelism(), 4) : 0
      const data = randomBytes(BLOCK * 9 + 777)
      const path = join(dir, 'f')
      await writeFile(path, data)
      const before = await settledThreads()
      const release = warmBlockHashers(10)
      const alsoHeld = warmBlockHashers(10)
      // Started at once, before any read, and only once for both holders.
      expect(threads()).toBe(before + workers)
      const during: number[] = []
      const hashed = await readHashedBlocks(path, async () => {
        during.push(threads())
      })
      expect(hashed).toEqual({ size: data.length, contentHash: byDefinition(data) })
      // The read took the started workers: no thread of its own, and they outlive it.
      expect(new Set(during)).toEqual(new Set([before + workers]))
      expect(threads()).toBe(before + workers)
      await release()
      await release()
      expect(threads()).toBe(before + workers)
      await alsoHeld()
      expect(await threadsBackTo(before)).toBe(before)
      // Released, a read starts its own workers again and stops them.
      expect(await contentHashOfFile(path)).toEqual({ size: data.length, contentHash: byDefinition(data) })
      expect(await threadsBackTo(before)).toBe(before)
    })

    test('files too small for workers start none', async () => {
      const before = await settledThreads()
      const release = warmBlockHashers(7)
      expect(await threadsBackTo(before)).toBe(before)
      await release()
    })

    test('every block gets its digest: before the workers start, from them, and when they stop with blocks in hand', async () => {
      const hasher = blockHasherFor(40)
      const blocks = Array.from({ length: 40 }, () => {
        const block = hasher.allocate(BLOCK / 4)
        block.set(randomBytes(block.length))
        return block
      })
      const early = blocks.slice(0, 20).map((block) => hasher.digest(block))
      await new Promise((resolve) => setTimeout(resolve, 100))
      const late = blocks.slice(20).map((block) => hasher.digest(block))
      await hasher.close()
      const digests = await Promise.all([...early, ...late])
      expect(digests.map((digest) => digest.toString('hex'))).toEqual(blocks.map((block) => createHash('sha256').update(block).digest('hex')))
    })

    test('a file that grows while it is read is refused, and its workers stop', async () => {
      const path = join(dir, 'f')
      await writeFile(path, randomBytes(BLOCK * 9))
      await contentHashOfFile(path)
      const before = await settledThreads()
      await expect(readHashedBlocks(path, async (_block, offset) => {
        if (offset === 2 * BLOCK) await appendFile(path, 'more')
      })).rejects.toThrow(`${path} changed size while it was being read`)
      expect(await threadsBackTo(before)).toBe(before)
    })

    test('a use that fails stops the read with its error, and the workers stop', async () => {
      const path = join(dir, 'f')
      await writeFile(path, randomBytes(BLOCK * 9))
      await contentHashOfFile(path)
      const before = await settledThreads()
      await expect(readHashedBlocks(path, async (_block, offset) => {
        if (offset === 3 * BLOCK) throw new Error('disk full')
      })).rejects.toThrow('disk full')
      expect(await threadsBackTo(before)).toBe(before)
    })
  })

  test('from blocks taken in any order, a block taken again replacing its digest; none missing', async () => {
    const data = randomBytes(BLOCK * 3 + 10)
    const blocks = new BlockDigests(data.length)
    const block = (index: number) => data.subarray(index * BLOCK, Math.min(data.length, (index + 1) * BLOCK))
    expect(blocks.isBlock(BLOCK, BLOCK)).toBe(true)
    expect(blocks.isBlock(3 * BLOCK, 10)).toBe(true)
    expect(blocks.isBlock(3 * BLOCK, 9)).toBe(false)
    expect(blocks.isBlock(BLOCK + 1, BLOCK)).toBe(false)
    void blocks.add(2 * BLOCK, block(2))
    void blocks.add(0, randomBytes(BLOCK))
    void blocks.add(3 * BLOCK, block(3))
    expect(await blocks.digest()).toBeUndefined()
    void blocks.add(BLOCK, block(1))
    void blocks.add(0, block(0))
    expect(await blocks.digest()).toBe(byDefinition(data))
    expect(() => blocks.add(BLOCK, block(3))).toThrow(/not a content-hash block/)
  })
})

describe('delivery layout', () => {
  test('destinations', () => {
    expect(parseDestination('dropbox:/Clients/Acme/')).toEqual({ kind: 'dropbox', path: '/Clients/Acme' })
    expect(parseDestination('dropbox:')).toEqual({ kind: 'dropbox', path: '' })
    expect(parseDestination('local:out/deliveries')).toEqual({ kind: 'local', folder: 'out/deliveries' })
    expect(() => parseDestination('dropbox:/a/../b')).toThrow(/'\.\.' is not allowed/)
    expect(() => parseDestination('ftp://x')).toThrow(/expected dropbox:<path>/)
  })

  test('relative paths and version folders', () => {
    expect(relativeDeliveryPath('01_Deliverables//Final/', 'stable-folder')).toBe('01_Deliverables/Final')
    expect(() => relativeDeliveryPath('/abs', 'project')).toThrow(/must be a relative path/)
    expect(() => relativeDeliveryPath('a/../../b', 'project')).toThrow(/not allowed/)
    expect(versionOfFolder(defaultLayout, 'v12')).toBe(12)
    expect(versionOfFolder(defaultLayout, 'v01')).toBeUndefined()
    expect(versionOfFolder(defaultLayout, 'notes')).toBeUndefined()
  })
})
