// The one evidence reader on a real folder: only regular files inside the artifacts folder, up to
// the size limit, in UTF-8; everything else is a problem with the file, never a hang or a throw.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { parseYaml, readYamlFile } from '../../src/config/yaml-file.js'
import { ConfigurationError, EvidenceError } from '../../src/errors.js'
import { EVIDENCE_SIZE_LIMIT, readEvidenceFile, readUserTextFile } from '../../src/evidence/evidence-file.js'
import { readRoster } from '../../src/mail/roster.js'
import { LocalEvidenceStore, readTextIfPresent } from '../../src/evidence/local-store.js'
import { parseEvidence, requireValid, type EvidenceRead } from '../../src/evidence/store.js'
import type { ContractKind } from '../../src/contracts/index.js'
import { contractExamples, RELEASE_SHA } from '../helpers/contract-examples.js'

// A reader that blocks on a FIFO fails by timing out, well before jest's own minute.
const HANG = 5000

let root: string
let artifacts: string
let store: LocalEvidenceStore

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shipgate-evidence-file-'))
  artifacts = join(root, '.artifacts')
  store = new LocalEvidenceStore(artifacts)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function folderOf(kind: ContractKind): Promise<string> {
  const path = store.pathOf(kind, RELEASE_SHA)
  await mkdir(join(path, '..'), { recursive: true })
  return path
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path])
}

function problemsOf<K extends ContractKind>(read: EvidenceRead<K>) {
  if (read.state !== 'invalid') throw new Error(`expected an invalid read, got ${read.state}`)
  return read.problems
}

const acceptanceText = () => `${JSON.stringify(contractExamples.acceptance(), null, 2)}\n`

describe('what is not a regular file inside the folder is refused', () => {
  test(
    'a FIFO in place of the file is invalid at once',
    async () => {
      mkfifo(await folderOf('acceptance'))
      expect(problemsOf(await store.read('acceptance', RELEASE_SHA))).toEqual([{ field: '(file)', message: 'is a FIFO, not a regular file' }])
    },
    HANG,
  )

  test(
    'a symlink inside the folder to a FIFO inside the folder is a FIFO too',
    async () => {
      const path = await folderOf('acceptance')
      mkfifo(join(artifacts, 'pipe'))
      await symlink(join(artifacts, 'pipe'), path)
      expect(problemsOf(await store.read('acceptance', RELEASE_SHA))).toEqual([{ field: '(file)', message: 'is a FIFO, not a regular file' }])
    },
    HANG,
  )

  test(
    'a symlink to a device is a symlink out of the folder',
    async () => {
      await symlink('/dev/zero', await folderOf('acceptance'))
      expect(problemsOf(await store.read('acceptance', RELEASE_SHA))).toEqual([
        { field: '(file)', message: 'is a symlink that resolves outside the artifacts folder (to /dev/zero)' },
      ])
    },
    HANG,
  )

  test('a folder in place of the file is invalid', async () => {
    await mkdir(await folderOf('pipeline'))
    expect(problemsOf(await store.read('pipeline', RELEASE_SHA))).toEqual([{ field: '(file)', message: 'is a folder, not a regular file' }])
  })

  test('a symlink that leaves the folder is not followed, even to a valid contract', async () => {
    const outside = join(root, 'elsewhere.json')
    await writeFile(outside, acceptanceText())
    await symlink(outside, await folderOf('acceptance'))
    expect(problemsOf(await store.read('acceptance', RELEASE_SHA))).toEqual([
      { field: '(file)', message: `is a symlink that resolves outside the artifacts folder (to ${outside})` },
    ])
  })

  test('a <sha> folder that is a symlink out of the folder is refused the same way', async () => {
    const outside = join(root, 'other-sha')
    await mkdir(outside)
    await writeFile(join(outside, 'result.json'), acceptanceText())
    await mkdir(join(artifacts, 'acceptance'), { recursive: true })
    await symlink(outside, join(artifacts, 'acceptance', RELEASE_SHA))
    expect(problemsOf(await store.read('acceptance', RELEASE_SHA))[0]?.message).toBe(
      `is a symlink that resolves outside the artifacts folder (to ${join(outside, 'result.json')})`,
    )
  })

  test('a symlink that stays inside the folder is followed', async () => {
    const path = await folderOf('acceptance')
    await writeFile(join(artifacts, 'kept.json'), acceptanceText())
    await symlink('../../kept.json', path)
    expect(requireValid(await store.read('acceptance', RELEASE_SHA)).value).toEqual(contractExamples.acceptance())
  })

  test('a <sha> that is a file, not a folder, is a problem with that contract', async () => {
    await mkdir(join(artifacts, 'acceptance'), { recursive: true })
    await writeFile(join(artifacts, 'acceptance', RELEASE_SHA), 'not a folder')
    expect(problemsOf(await store.read('acceptance', RELEASE_SHA))).toEqual([
      { field: '(file)', message: `cannot be read: ${join('acceptance', RELEASE_SHA)} (a file) is not a folder` },
    ])
  })
})

describe('content', () => {
  test('a file over the size limit is refused without being parsed', async () => {
    const path = await folderOf('acceptance')
    await writeFile(path, '')
    await truncate(path, 17 * 1024 * 1024)
    expect(problemsOf(await store.read('acceptance', RELEASE_SHA))).toEqual([
      { field: '(file)', message: `is ${17 * 1024 * 1024} bytes, more than the ${EVIDENCE_SIZE_LIMIT}-byte limit for evidence` },
    ])
  })

  test('a file exactly at the limit is read', async () => {
    const path = join(artifacts, 'at-limit')
    await mkdir(artifacts)
    await writeFile(path, '')
    await truncate(path, 64)
    expect(await readEvidenceFile(artifacts, path, 64)).toEqual({ state: 'read', text: '\0'.repeat(64) })
    await truncate(path, 65)
    expect(await readEvidenceFile(artifacts, path, 64)).toEqual({ state: 'refused', problem: { field: '(file)', message: 'is 65 bytes, more than the 64-byte limit for evidence' } })
  })

  test('bytes that are not UTF-8 are refused, not replaced by U+FFFD', async () => {
    const path = await folderOf('acceptance')
    const text = acceptanceText().replace('"health"', '"health\u00e9"')
    // Latin-1 é, which a lenient decoder turns into U+FFFD and a valid name.
    await writeFile(path, Buffer.from(text, 'latin1'))
    expect(problemsOf(await store.read('acceptance', RELEASE_SHA))).toEqual([{ field: '(file)', message: 'is not valid UTF-8 text' }])
  })

  test('an empty file is read as empty text, and is not JSON', async () => {
    const path = await folderOf('acceptance')
    await writeFile(path, '')
    expect(await readEvidenceFile(artifacts, path)).toEqual({ state: 'read', text: '' })
    expect(problemsOf(await store.read('acceptance', RELEASE_SHA))[0]?.field).toBe('(root)')
  })

  test('a lone surrogate in a field is a schema problem naming the field, not a crash', async () => {
    const path = await folderOf('acceptance')
    await writeFile(path, acceptanceText().replace('"health"', '"health\\ud800"'))
    expect(problemsOf(await store.read('acceptance', RELEASE_SHA))).toEqual([
      { field: 'checks[0].name', message: 'holds a lone UTF-16 surrogate (\\ud800), which canonical JSON cannot encode' },
    ])
  })

  test('a lone surrogate in a key, a __proto__ key and an infinite number are named too', async () => {
    const value = JSON.parse(acceptanceText()) as Record<string, unknown>
    const text = JSON.stringify(value).replace('"sha":', '"\\udc00":1,"__proto__":{},"sha":').replace('"attempts":1', '"attempts":1e400')
    const parsed = parseEvidence('acceptance', text)
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { field: '\\udc00', message: 'is a key that holds a lone UTF-16 surrogate (\\udc00), which canonical JSON cannot encode' },
        { field: '__proto__', message: 'is a key named __proto__, which a contract cannot hold' },
        { field: 'checks[0].attempts', message: 'holds a number too large to be represented (it reads as infinity)' },
      ],
    })
    // The problems can themselves be written into a contract (a release decision's reasons).
    expect(() => JSON.stringify(parsed)).not.toThrow()
  })

  test('a surrogate pair is a character, not a problem', () => {
    const text = acceptanceText().replace('"health"', '"health \ud83d\ude80"')
    expect(parseEvidence('acceptance', text).ok).toBe(true)
  })

  test('nesting deep enough to overflow a recursive walk is a problem, not a RangeError', () => {
    const deep = `${'['.repeat(100_000)}"\\ud800"${']'.repeat(100_000)}`
    const text = JSON.stringify(contractExamples.acceptance()).replace('"degraded":false', `"degraded":${deep}`)
    const parsed = parseEvidence('acceptance', text)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.problems[0]?.field).toBe(`degraded${'[0]'.repeat(100_000)}`)
  })
})

describe('a key twice in one object', () => {
  test('is refused naming the key, so a NO written before the YES cannot hide behind it', async () => {
    const path = await folderOf('acceptance')
    await writeFile(path, acceptanceText().replace('"decision": "YES"', '"decision": "NO",\n  "decision": "YES"'))
    expect(problemsOf(await store.read('acceptance', RELEASE_SHA))).toEqual([
      { field: 'decision', message: 'is a duplicate key: the object holds it more than once, and a reader would see only the last' },
    ])
  })

  test('is named by its path in a nested object, even when the two are spelled differently', () => {
    // "st\u0061tus" is "status": what counts is the key as read, not as written.
    const text = JSON.stringify(contractExamples.acceptance()).replace('"status":"pass"', '"status":"fail","st\\u0061tus":"pass"')
    expect(parseEvidence('acceptance', text)).toEqual({
      ok: false,
      problems: [{ field: 'checks[0].status', message: 'is a duplicate key: the object holds it more than once, and a reader would see only the last' }],
    })
  })

  test('in objects of their own, or inside strings, the same key is no duplicate', () => {
    const value = { ...contractExamples.acceptance(), checks: [0, 1].map((index) => ({ ...contractExamples.acceptance().checks[0]!, name: `{"name":"a","name":"b"} ${index}` })) }
    expect(parseEvidence('acceptance', JSON.stringify(value, null, 2)).ok).toBe(true)
  })

  test('is found under nesting deep enough to overflow a recursive walk, as a problem and not a RangeError', () => {
    const deep = `${'['.repeat(100_000)}{"a":1,"b":[],"a":2}${']'.repeat(100_000)}`
    const text = JSON.stringify(contractExamples.acceptance()).replace('"degraded":false', `"degraded":${deep}`)
    const parsed = parseEvidence('acceptance', text)
    expect(!parsed.ok && parsed.problems[0]?.field).toBe(`degraded${'[0]'.repeat(100_000)}.a`)
    const deepObjects = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`
    expect(() => parseEvidence('acceptance', JSON.stringify(contractExamples.acceptance()).replace('"degraded":false', `"degraded":${deepObjects}`))).not.toThrow()
  })
})

describe('the artifacts folder itself', () => {
  test('a store whose folder is a symlink reads through it', async () => {
    const real = join(root, 'real-artifacts')
    const linked = new LocalEvidenceStore(real)
    await linked.write('acceptance', RELEASE_SHA, contractExamples.acceptance())
    await symlink(real, artifacts)
    expect(requireValid(await store.read('acceptance', RELEASE_SHA)).value).toEqual(contractExamples.acceptance())
  })

  test('a folder that does not exist yet holds no evidence', async () => {
    expect((await store.read('acceptance', RELEASE_SHA)).state).toBe('missing')
  })

  test('an artifacts folder that is a file is the user’s mistake, not missing evidence', async () => {
    await writeFile(artifacts, 'a file')
    const error = await store.read('acceptance', RELEASE_SHA).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error).not.toBeInstanceOf(EvidenceError)
    expect((error as Error).message).toBe(
      `${artifacts}: the artifacts folder is not a folder (it is a file); give --artifacts-dir (the artifacts-dir input) the path of a folder`,
    )
  })
})

describe('writes never block on what is in the way', () => {
  test(
    'a contract that may change replaces a FIFO',
    async () => {
      const path = await folderOf('acceptance')
      mkfifo(path)
      expect((await store.write('acceptance', RELEASE_SHA, contractExamples.acceptance())).written).toBe(true)
      expect(await readFile(path, 'utf8')).toBe(acceptanceText())
    },
    HANG,
  )

  test(
    'the release package, which must not change, refuses to replace a FIFO',
    async () => {
      mkfifo(await folderOf('release-package'))
      await expect(store.write('release-package', RELEASE_SHA, contractExamples['release-package']())).rejects.toThrow(EvidenceError)
    },
    HANG,
  )

  test(
    'a state file (the mail ledger, the send log) that is a FIFO is refused, not waited on',
    async () => {
      await mkdir(artifacts)
      mkfifo(join(artifacts, 'ledger.json'))
      await expect(readTextIfPresent(join(artifacts, 'ledger.json'))).rejects.toThrow(`${join(artifacts, 'ledger.json')}: is a FIFO, not a regular file`)
    },
    HANG,
  )
})

describe('config files', () => {
  const schema = z.object({ name: z.string() }).strict()

  test(
    'a FIFO given as the config is refused, not waited on',
    async () => {
      mkfifo(join(root, 'shipgate.yml'))
      await expect(readYamlFile(join(root, 'shipgate.yml'), schema, 'shipgate config')).rejects.toThrow(
        `${join(root, 'shipgate.yml')}: is a FIFO, not a regular file; check the shipgate config path`,
      )
    },
    HANG,
  )

  test('a YAML alias bomb is a configuration error naming the file', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, index) => `${name}: &${name} [${`*${'abcdefgh'[index]}, `.repeat(9).slice(0, -2)}]`)].join('\n')
    const error = await parseYaml(bomb, 'shipgate.yml', schema, 'shipgate config').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(/^shipgate\.yml: not valid YAML: Excessive alias count/)
  })

  test('a lone surrogate in a config value is refused with the field named', async () => {
    await expect(parseYaml('name: "x\\ud800"\n', 'release.yml', schema, 'release manifest')).rejects.toThrow(
      'release.yml: invalid release manifest: name: holds a lone UTF-16 surrogate (\\ud800), which canonical JSON cannot encode',
    )
  })
})

describe('files the user names are read without blocking either', () => {
  test(
    'a roster, a template or a probe report that is a FIFO is refused with the input named, not waited on',
    async () => {
      const pipe = join(root, 'roster.csv')
      mkfifo(pipe)
      await expect(readRoster(pipe)).rejects.toThrow(new ConfigurationError(`input 'roster': cannot read ${pipe} (is a FIFO, not a regular file)`))
      await expect(readUserTextFile(pipe, 'a template')).rejects.toThrow('is a FIFO, not a regular file')
      await expect(readUserTextFile(join(root, 'absent.txt'), 'a report')).rejects.toThrow('file not found')
    },
    HANG,
  )

  test('a file over the limit is refused before it is read', async () => {
    const big = join(root, 'template.html')
    await writeFile(big, '')
    await truncate(big, 2048)
    await expect(readUserTextFile(big, 'a template', 1024)).rejects.toThrow('is 2048 bytes, more than the 1024-byte limit for a template')
  })
})
