// Message claims: one holder at a time, a dead holder's claim taken over by the next generation, a
// live one waited for, a claim from another machine trusted until its lease ends.
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sha256Hex } from '../../src/contracts/canonical.js'
import { MessageClaims, type ClaimWait } from '../../src/mail/claims.js'
import { systemClock } from '../../src/platform/clock.js'
import { fastClock } from '../helpers/mail-fixtures.js'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shipgate-claims-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const KEY = 'digest-1|ann@acme.test'
const keyFolder = () => join(root, sha256Hex(KEY).slice(0, 32))

function wait(extra: Partial<ClaimWait> = {}): ClaimWait {
  const clock = extra.clock ?? fastClock()
  return { clock, until: clock.now().getTime() + 2000, leaseMs: 60_000, ...extra }
}

async function writeClaim(generation: number, holder: Record<string, unknown>): Promise<void> {
  await mkdir(keyFolder(), { recursive: true })
  const claim = { pid: 1, hostname: 'elsewhere', messageId: '<m@acme.test>', claimedAt: '2025-01-02T03:00:00.000Z', leaseUntil: '2999-01-01T00:00:00.000Z', token: 'x', ...holder }
  await writeFile(join(keyFolder(), String(generation)), `${JSON.stringify(claim)}\n`)
}

describe('MessageClaims', () => {
  test('a claim of a process that is gone is taken over by the next generation, and the old one removed', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    await writeClaim(3, { pid: Number(gone.stdout), hostname: (await import('node:os')).hostname() })
    const attempt = await new MessageClaims(root).claim(KEY, '<m@acme.test>', wait())
    expect(attempt.state).toBe('claimed')
    expect(await readdir(keyFolder())).toEqual(['4'])
  })

  test('a live holder is waited for until the limit, then reported; once released (failed), the claim is free', async () => {
    const claims = new MessageClaims(root)
    const first = await claims.claim(KEY, '<m@acme.test>', wait())
    if (first.state !== 'claimed') throw new Error('not claimed')
    const told: string[] = []
    const held = await claims.claim(KEY, '<m@acme.test>', wait({ onWait: (holder) => told.push(holder) }))
    expect(held).toEqual({ state: 'held', holder: expect.stringMatching(new RegExp(`^process ${process.pid} on `)) })
    expect(told).toHaveLength(1)
    first.claim.release(new Date().toISOString(), 'failed')
    const second = await claims.claim(KEY, '<m@acme.test>', wait())
    expect(second.state).toBe('claimed')
    expect(await readdir(keyFolder())).toEqual(['2'])
    // Sent is final: nothing is kept for it.
    if (second.state === 'claimed') second.claim.release(new Date().toISOString(), 'sent')
    expect(await readdir(root)).toEqual([])
  })

  test('of two claims at once, one waits for the other to release', async () => {
    const claims = new MessageClaims(root)
    const order: string[] = []
    const take = async (name: string) => {
      const attempt = await claims.claim(KEY, '<m@acme.test>', wait({ clock: systemClock, until: Date.now() + 10_000 }))
      if (attempt.state !== 'claimed') throw new Error(`${name}: ${attempt.holder}`)
      order.push(`${name} in`)
      await new Promise((resolve) => setTimeout(resolve, 50))
      order.push(`${name} out`)
      attempt.claim.release(new Date().toISOString(), 'sent')
    }
    await Promise.all([take('a'), take('b')])
    expect(order.map((step) => step.slice(2))).toEqual(['in', 'out', 'in', 'out'])
    expect(order[0]!.slice(0, 1)).toBe(order[1]!.slice(0, 1))
  })

  test('a claim on another machine is trusted until its lease ends', async () => {
    await writeClaim(1, { leaseUntil: '2999-01-01T00:00:00.000Z' })
    expect((await new MessageClaims(root).claim(KEY, '<m@acme.test>', wait())).state).toBe('held')
    await writeClaim(2, { leaseUntil: '2000-01-01T00:00:00.000Z' })
    expect((await new MessageClaims(root).claim(KEY, '<m@acme.test>', wait())).state).toBe('claimed')
    expect(await readdir(keyFolder())).toEqual(['3'])
  })
})
