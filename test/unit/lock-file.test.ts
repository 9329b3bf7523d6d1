// Lock files on a real folder: holders take turns, a dead holder's lock (or a dead taker's marker)
// is taken over by one taker at a time, and a holder on another machine is waited for, not robbed.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ConfigurationError } from '../../src/errors.js'
import { withLockFile } from '../../src/evidence/lock-file.js'

let folder: string
let lock: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'shipgate-lock-'))
  lock = join(folder, 'pipeline-x.lock')
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const WAIT = { limitMs: 60_000 }

/** The pid of a process that has ended (and been reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  return child.pid!
}

function holderFile(pid: number, host = hostname()): string {
  return `${JSON.stringify({ pid, hostname: host, since: '2026-11-23T10:00:00.000Z', token: String(Math.random()) })}\n`
}

/** The name a takeover marker of a lock file's bytes has. */
function markerOf(path: string, bytes: string): string {
  return `${path}.takeover-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`
}

/** Runs `count` holders at once, each a read-modify-write with pauses; returns the count and the most inside at once. */
async function contend(count: number): Promise<{ total: number; mostInside: number }> {
  const counter = join(folder, 'counter')
  await writeFile(counter, '0')
  let inside = 0
  let mostInside = 0
  await Promise.all(
    Array.from({ length: count }, () =>
      withLockFile(
        lock,
        async () => {
          inside++
          mostInside = Math.max(mostInside, inside)
          const value = Number(await readFile(counter, 'utf8'))
          await sleep(2)
          await writeFile(counter, String(value + 1))
          inside--
        },
        WAIT,
      ),
    ),
  )
  return { total: Number(await readFile(counter, 'utf8')), mostInside }
}

test('holders take turns, and the lock is gone when the last one is done', async () => {
  expect(await contend(20)).toEqual({ total: 20, mostInside: 1 })
  expect(await readdir(folder)).toEqual(['counter'])
})

test('the lock is released when the work throws', async () => {
  await expect(withLockFile(lock, () => Promise.reject(new Error('build failed')), WAIT)).rejects.toThrow('build failed')
  await expect(withLockFile(lock, () => Promise.resolve('next'), WAIT)).resolves.toBe('next')
})

test('the lock of a holder that died is taken over at once', async () => {
  await writeFile(lock, holderFile(deadPid()))
  await expect(withLockFile(lock, () => Promise.resolve('taken'), WAIT)).resolves.toBe('taken')
  expect(await readdir(folder)).toEqual([])
})

test('a file in the lock\'s place that is no lock file is taken over', async () => {
  await writeFile(lock, 'not json')
  await expect(withLockFile(lock, () => Promise.resolve('taken'), WAIT)).resolves.toBe('taken')
})

test('of many takers of one dead holder\'s lock, one holds it at a time', async () => {
  await writeFile(lock, holderFile(deadPid()))
  expect(await contend(12)).toEqual({ total: 12, mostInside: 1 })
  expect(await readdir(folder)).toEqual(['counter'])
})

test('a taker killed during its takeover is taken over in turn, one level up', async () => {
  const stale = holderFile(deadPid())
  await writeFile(lock, stale)
  await writeFile(markerOf(lock, stale), holderFile(deadPid()))
  await expect(withLockFile(lock, () => Promise.resolve('taken'), WAIT)).resolves.toBe('taken')
  expect(await readdir(folder)).toEqual([])
})

test('a taker that is alive keeps its takeover: the others wait for it', async () => {
  const stale = holderFile(deadPid())
  await writeFile(lock, stale)
  await writeFile(markerOf(lock, stale), holderFile(process.pid))
  await expect(withLockFile(lock, () => Promise.resolve('taken'), { limitMs: 300 })).rejects.toThrow(ConfigurationError)
  expect(await readFile(lock, 'utf8')).toBe(stale)
})

test('a holder on another machine is waited for, then named with what to do; its lock is left alone', async () => {
  const elsewhere = holderFile(deadPid(), 'build-host-2')
  await writeFile(lock, elsewhere)
  const told: string[] = []
  const attempt = withLockFile(lock, () => Promise.resolve('never'), { limitMs: 300, onWait: (holder) => told.push(holder) })
  await expect(attempt).rejects.toThrow(ConfigurationError)
  await expect(attempt).rejects.toThrow(`${lock}: still held by process`)
  await expect(attempt).rejects.toThrow('on build-host-2 (since 2026-11-23T10:00:00.000Z) after waiting 1 s. If no shipgate run holds it any more')
  expect(told).toEqual([expect.stringContaining(`on build-host-2 (since 2026-11-23T10:00:00.000Z) (${lock})`)])
  expect(await readFile(lock, 'utf8')).toBe(elsewhere)
})

test('a waiter is told once who holds the lock, and gets it when the holder is done', async () => {
  const told: string[] = []
  let releaseFirst!: () => void
  const first = withLockFile(lock, () => new Promise<void>((resolve) => (releaseFirst = resolve)), WAIT)
  while (!(await readdir(folder)).includes('pipeline-x.lock')) await sleep(5)
  const second = withLockFile(lock, () => Promise.resolve('second'), { ...WAIT, onWait: (holder) => told.push(holder) })
  while (told.length === 0) await sleep(5)
  releaseFirst()
  await first
  await expect(second).resolves.toBe('second')
  expect(told).toEqual([expect.stringContaining(`process ${process.pid} on ${hostname()}`)])
})

describe('what is in the lock\'s place and is not a file is the user\'s to remove, at once', () => {
  // A reader that blocks on a FIFO fails by timing out, long before the lock wait would end.
  const HANG = 5000

  async function refusal(): Promise<unknown> {
    return withLockFile(lock, () => Promise.resolve('never'), WAIT).catch((caught: unknown) => caught)
  }

  function expectNamedWithWhatToDo(error: unknown, what: string): void {
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).file).toBe(lock)
    expect((error as Error).message).toBe(
      `${lock}: is ${what}, not a lock file, so shipgate cannot tell who holds this lock. If no shipgate run is using it, remove it and run again.`,
    )
  }

  test('a folder', async () => {
    await mkdir(lock)
    expectNamedWithWhatToDo(await refusal(), 'a folder')
  })

  test(
    'a FIFO, which is never opened in a way that waits for a writer',
    async () => {
      execFileSync('mkfifo', [lock])
      expectNamedWithWhatToDo(await refusal(), 'a FIFO')
    },
    HANG,
  )

  test('a socket', async () => {
    const server = createServer()
    await new Promise<void>((listening) => server.listen(lock, listening))
    try {
      expectNamedWithWhatToDo(await refusal(), 'a socket')
    } finally {
      await new Promise((closed) => server.close(closed))
    }
  })

  test('a symlink, even to a dead holder\'s lock file, and what it leads to is left alone', async () => {
    const target = join(folder, 'elsewhere.lock')
    const dead = holderFile(deadPid())
    await writeFile(target, dead)
    await symlink(target, lock)
    expectNamedWithWhatToDo(await refusal(), 'a symbolic link')
    expect(await readFile(target, 'utf8')).toBe(dead)
  })

  test(
    'a symlink to a device, which is never read',
    async () => {
      await symlink('/dev/zero', lock)
      expectNamedWithWhatToDo(await refusal(), 'a symbolic link')
    },
    HANG,
  )
})
