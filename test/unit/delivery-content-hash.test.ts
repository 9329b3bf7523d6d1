// Dropbox's content_hash, computed while streaming, against the definition (block digests hashed
// again) and against the test server's independent implementation.
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CONTENT_HASH_BLOCK_SIZE, ContentHasher, contentHashOf, contentHashOfFile } from '../../src/delivery/content-hash.js'
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
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
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
