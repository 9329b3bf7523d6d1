// shipgate report: the evidence of many releases, written by the real stages on controlled clocks
// over several weeks (YES, production failures and their recoveries, evidence tampered with after
// its decision, a release stopped at acceptance, one still in progress, strings that try to inject
// HTML), turned into the dashboard and opened in headless Chromium. The DORA figures the page
// shows are held to figures this test computes on its own from the raw JSON files.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, readdir, readFile, stat, writeFile, copyFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { reportCommand } from '../../src/cli/commands/report.js'
import type { CommandIo } from '../../src/cli/io.js'
import { digestOf } from '../../src/contracts/canonical.js'
import { sealReleasePackage } from '../../src/contracts/release-package.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { BROWSER_ARGS, findBrowser } from '../../src/stages/checks/browser-smoke.js'
import { decideRelease } from '../../src/stages/release-decision.js'
import { recordStageTiming } from '../../src/stages/timing.js'
import { acceptance as acceptanceExample, releasePackageBody } from '../helpers/contract-examples.js'
import { steppingClock } from '../helpers/evidence-fixtures.js'
import { writePassingGates } from '../helpers/passing-gates.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

const SCREENSHOTS = resolve('test-output/report')
const UNTIL = '2026-03-31T00:00:00.000Z'
const WINDOW_DAYS = 30
const INJECTION = `<img src=x onerror="window.__injected=1"><script>window.__injected=2</script>`

type Outcome = 'yes' | 'production-fails' | 'acceptance-no' | 'undecided'
interface Planned {
  name: string
  decidedAt: string
  outcome: Outcome
  /** Edit the acceptance result after the decision. */
  tamper?: boolean
  /** An optional production check fails with a reason that is HTML. */
  injection?: boolean
}

// Several days, two production failures in a row and their recovery, a YES on tampered evidence
// (a failure) recovered two days later, a release stopped before production, an open incident.
const PLAN: Planned[] = [
  { name: 'before the window', decidedAt: '2026-02-20T10:00:00.000Z', outcome: 'yes' },
  { name: 'first', decidedAt: '2026-03-02T10:00:00.000Z', outcome: 'yes' },
  { name: 'second', decidedAt: '2026-03-03T11:00:00.000Z', outcome: 'yes' },
  { name: 'breaks production', decidedAt: '2026-03-05T09:00:00.000Z', outcome: 'production-fails' },
  { name: 'still broken', decidedAt: '2026-03-05T15:00:00.000Z', outcome: 'production-fails' },
  { name: 'restores', decidedAt: '2026-03-06T09:00:00.000Z', outcome: 'yes' },
  { name: 'tampered', decidedAt: '2026-03-10T12:00:00.000Z', outcome: 'yes', tamper: true },
  { name: 'injected', decidedAt: '2026-03-12T12:00:00.000Z', outcome: 'yes', injection: true },
  { name: 'stopped at acceptance', decidedAt: '2026-03-15T08:00:00.000Z', outcome: 'acceptance-no' },
  { name: 'later', decidedAt: '2026-03-20T16:00:00.000Z', outcome: 'yes' },
  { name: 'open incident', decidedAt: '2026-03-25T10:00:00.000Z', outcome: 'production-fails' },
  { name: 'in progress', decidedAt: '2026-03-28T10:00:00.000Z', outcome: 'undecided' },
]

const shaOf = (index: number) => (index + 1).toString(16).padStart(2, '0').repeat(20)
const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000)
const LOCAL_RUN = { id: 'local-1', attempt: 1 }

/** One release through the real stores and the real release decision, on its own clock. */
async function writeRelease(store: LocalEvidenceStore, planned: Planned, index: number): Promise<void> {
  const sha = shaOf(index)
  const manifest = sealReleasePackage({ ...releasePackageBody(sha), createdAt: at(planned.decidedAt, -10).toISOString() })
  await store.write('release-package', sha, manifest)
  const stage = async (name: string, from: number, to: number, outcome: 'success' | 'failure' | 'no' = 'success') =>
    recordStageTiming(store, sha, { stage: name, startedAt: at(planned.decidedAt, from), finishedAt: at(planned.decidedAt, to), outcome, run: LOCAL_RUN })
  await stage('commit-gate', -16, -14)
  await stage('build-once', -14, -10)
  if (planned.outcome === 'undecided') return

  if (planned.outcome === 'acceptance-no') {
    await store.write('acceptance', sha, {
      ...acceptanceExample(sha),
      packageDigest: manifest.digest,
      decision: 'NO',
      startedAt: at(planned.decidedAt, -9).toISOString(),
      finishedAt: at(planned.decidedAt, -8).toISOString(),
      checks: [{ name: 'health', type: 'http', required: true, status: 'fail', reason: 'answered 503', attempts: 3, durationMs: 4000 }],
      evidence: [{ kind: 'release-package', path: `release-package/${sha}/manifest.json`, digest: digestOf(manifest) }],
    })
    await stage('acceptance', -9, -8, 'no')
  } else {
    await writePassingGates(store, manifest)
    await stage('acceptance', -9, -7)
    await stage('deploy', -7, -4)
    const verified = await store.read('production', sha)
    if (verified.state !== 'valid') throw new Error('test bug: no production result')
    if (planned.outcome === 'production-fails') {
      await store.write('production', sha, {
        ...verified.value,
        verdict: 'fail',
        checks: verified.value.checks.map((check) => ({ ...check, status: 'fail' as const, reason: 'the canary token was refused' })),
      })
    }
    if (planned.injection) {
      await store.write('production', sha, {
        ...verified.value,
        degraded: true,
        checks: [...verified.value.checks, { name: `browser ${INJECTION}`, type: 'browser', required: false, status: 'fail', reason: INJECTION, attempts: 1, durationMs: 900 }],
      })
    }
    await stage('prod-verify', -4, -1, planned.outcome === 'production-fails' ? 'no' : 'success')
  }
  // The commit was made some hours before the decision: a different lead time for every release.
  const commitTime = at(planned.decidedAt, -60 * (index + 1) - 20)
  await decideRelease({ sha, repository: 'acme/shop', commitTime }, { store, clock: steppingClock(new Date(planned.decidedAt)), logger: new RecordingLogger() })
  if (planned.tamper) {
    const path = store.pathOf('acceptance', sha)
    const json = JSON.parse(await readFile(path, 'utf8')) as { checks: Array<{ durationMs: number }> }
    json.checks[0]!.durationMs += 1
    await writeFile(path, `${JSON.stringify(json, null, 2)}\n`)
  }
}

// ---- The figures, worked out here from the raw files, without src/report ----

interface RawRelease {
  sha: string
  decision: 'YES' | 'NO'
  status: string
  decidedAt: number
  commitTime: number | null
  holds: boolean
  deployed: boolean
}

async function readJson(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
}

async function rawReleases(root: string): Promise<RawRelease[]> {
  const releases: RawRelease[] = []
  for (const sha of await readdir(join(root, 'release'))) {
    const decision = (await readJson(join(root, 'release', sha, 'decision.json'))) as { decision: 'YES' | 'NO'; status: string; decidedAt: string; evidence: Array<{ path: string; state: string; digest: string | null }> }
    const timing = (await readJson(join(root, 'pipeline', sha, 'timing.json'))) as { closed?: { closedAt: string; commitTime: string | null } | null; closes?: Array<{ closedAt: string; commitTime: string | null }> }
    const closes = timing.closes ?? (timing.closed ? [timing.closed] : [])
    const commitTime = closes.find((close) => close.closedAt === decision.decidedAt)?.commitTime ?? null
    // The decision's digest links, taken again over the files as they are now.
    let holds = true
    for (const entry of decision.evidence) {
      const file = await readJson(isAbsolute(entry.path) ? entry.path : join(root, entry.path))
      if (entry.state === 'valid' ? !file || digestOf(file) !== entry.digest : file !== undefined) holds = false
    }
    const deployment = (await readJson(join(root, 'deployment', sha, 'record.json'))) as { outcome: string } | undefined
    const verified = await stat(join(root, 'production', sha, 'result.json')).then(() => true, () => false)
    releases.push({
      sha,
      decision: decision.decision,
      status: decision.status,
      decidedAt: Date.parse(decision.decidedAt),
      commitTime: commitTime === null ? null : Date.parse(commitTime),
      holds,
      deployed: verified || deployment?.outcome === 'deployed' || deployment?.outcome === 'failed',
    })
  }
  return releases
}

function medianOf(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function expectedFigures(releases: RawRelease[], since: number, until: number) {
  const deployments = releases.filter((release) => release.deployed).sort((a, b) => a.decidedAt - b.decidedAt || a.sha.localeCompare(b.sha))
  const good = (release: RawRelease) => release.decision === 'YES' && release.holds && release.status !== 'failure'
  const inWindow = deployments.filter((release) => release.decidedAt >= since && release.decidedAt <= until)
  const successes = inWindow.filter(good)
  const restores: number[] = []
  let open = 0
  let failedAt: number | undefined
  for (const release of deployments.filter((each) => each.decidedAt <= until)) {
    if (!good(release)) failedAt ??= release.decidedAt
    else if (failedAt !== undefined) {
      if (failedAt >= since) restores.push(release.decidedAt - failedAt)
      failedAt = undefined
    }
  }
  if (failedAt !== undefined && failedAt >= since) open++
  return {
    deployments: successes.length,
    perDay: successes.length / ((until - since) / 86_400_000),
    leadTimeMs: medianOf(successes.filter((release) => release.commitTime !== null).map((release) => release.decidedAt - release.commitTime!)),
    failures: inWindow.length - successes.length,
    total: inWindow.length,
    failureRate: inWindow.length === 0 ? null : (inWindow.length - successes.length) / inWindow.length,
    restoreMs: medianOf(restores),
    restored: restores.length,
    open,
  }
}

// ---- The run ----

function captureIo(cwd: string): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => void stdout.push(text), err: (text) => void stderr.push(text), env: {}, cwd }
}

let artifactsDir: string
let siteDir: string
let browser: Browser

beforeAll(async () => {
  const found = await findBrowser(undefined, process.env.PATH ?? '')
  if ('missing' in found) throw new Error(`these tests need Chromium (apt-get install -y chromium): ${found.missing}`)
  artifactsDir = await temporaryFolder('shipgate-report-evidence-')
  siteDir = await temporaryFolder('shipgate-report-site-')
  const store = new LocalEvidenceStore(artifactsDir)
  for (const [index, planned] of PLAN.entries()) await writeRelease(store, planned, index)
  const { chromium } = await import('playwright-core')
  browser = await chromium.launch({ executablePath: found.path, headless: true, args: BROWSER_ARGS })
  await mkdir(SCREENSHOTS, { recursive: true })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

/** Opens a page of the site; fails on any console error, page error or request that is not the file itself. */
async function openPage(path: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('request', (request) => {
    if (request.url() !== pathToFileURL(path).href) problems.push(`request: ${request.url()}`)
  })
  const response = await page.goto(pathToFileURL(path).href, { waitUntil: 'load' })
  expect(response?.ok()).toBe(true)
  return { page, problems }
}

describe('shipgate report', () => {
  it('--help prints the usage and exits 0', async () => {
    const io = captureIo(process.cwd())
    expect(await reportCommand(['--help'], io)).toBe(0)
    expect(io.stdout.join('\n')).toContain('Usage: shipgate report --out DIR')
  })

  it('shows the DORA figures this test computes from the raw evidence, on pages without errors, injection or requests', async () => {
    const io = captureIo(process.cwd())
    const code = await reportCommand(['--artifacts-dir', artifactsDir, '--out', siteDir, '--until', UNTIL, '--window', `${WINDOW_DAYS}d`], io)
    expect({ code, stderr: io.stderr }).toEqual({ code: 0, stderr: [] })

    const until = Date.parse(UNTIL)
    const since = until - WINDOW_DAYS * 86_400_000
    const expected = expectedFigures(await rawReleases(artifactsDir), since, until)
    // The plan is what the raw files say: no YES on the tampered release, an incident still open.
    expect(expected).toMatchObject({ deployments: 5, failures: 4, total: 9, restored: 2, open: 1 })

    const { page, problems } = await openPage(join(siteDir, 'index.html'))
    const value = async (id: string) => page.locator(`#${id} .value`).getAttribute('data-value')
    const count = async (id: string, attribute = 'data-count') => Number(await page.locator(`#${id} [${attribute}]`).first().getAttribute(attribute))
    expect(Number(await value('deployment-frequency'))).toBeCloseTo(expected.perDay, 10)
    expect(await count('deployment-frequency')).toBe(expected.deployments)
    expect(await page.locator('#deployment-frequency .value').innerText()).toBe(`${expected.perDay.toFixed(2)} / day`)
    expect(Number(await value('lead-time'))).toBe(expected.leadTimeMs)
    expect(Number(await value('change-failure-rate'))).toBeCloseTo(expected.failureRate!, 10)
    expect(await page.locator('#change-failure-rate .value').innerText()).toBe(`${(expected.failureRate! * 100).toFixed(1)}%`)
    expect(await count('change-failure-rate')).toBe(expected.failures)
    expect(await count('change-failure-rate', 'data-total')).toBe(expected.total)
    expect(Number(await value('time-to-restore'))).toBe(expected.restoreMs)
    expect(await count('time-to-restore')).toBe(expected.restored)

    // Every release is listed; the tampered YES is marked and the undecided one has no decision.
    const tampered = shaOf(PLAN.findIndex((planned) => planned.tamper))
    expect(await page.locator('#releases tbody tr').count()).toBe(PLAN.length)
    expect(await page.locator(`#releases tr[data-sha="${tampered}"] [data-untrusted="true"]`).count()).toBe(1)
    expect(await page.locator('#releases [data-untrusted="true"]').count()).toBe(1)
    expect(await page.locator(`#releases tr[data-sha="${shaOf(PLAN.length - 1)}"] [data-decision="none"]`).count()).toBe(1)
    await page.screenshot({ path: join(SCREENSHOTS, 'index.png'), fullPage: true })
    await page.close()
    expect(problems).toEqual([])

    // Every release page loads cleanly; the injected strings show as text and never run.
    for (const [index, planned] of PLAN.entries()) {
      const opened = await openPage(join(siteDir, 'releases', `${shaOf(index)}.html`))
      expect(await opened.page.evaluate(() => (globalThis as { __injected?: number }).__injected)).toBeUndefined()
      if (planned.injection) {
        expect(await opened.page.locator('#checks').innerText()).toContain(INJECTION)
        expect(await opened.page.locator('#checks img, #checks script').count()).toBe(0)
      }
      if (planned.tamper) {
        expect(await opened.page.locator('#evidence-failures').innerText()).toContain(`acceptance/${shaOf(index)}/result.json`)
        const marked = await opened.page.locator('#chain tr[data-holds="false"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')))
        expect(marked).toContain('acceptance')
        expect(marked).not.toContain('release-package')
      }
      if (planned.outcome !== 'undecided') expect(await opened.page.locator('svg.chart rect').count()).toBeGreaterThan(0)
      if (planned.tamper || planned.injection || index === 3) await opened.page.screenshot({ path: join(SCREENSHOTS, `release-${planned.name.replace(/\W+/g, '-')}.png`), fullPage: true })
      await opened.page.close()
      expect({ release: planned.name, problems: opened.problems }).toEqual({ release: planned.name, problems: [] })
    }
  })

  it('--json prints the same figures from the evidence artifacts as downloaded from GitHub, newest revision first', async () => {
    const flags = ['--until', UNTIL, '--window', `${WINDOW_DAYS}d`, '--json']
    const fromFolder = captureIo(process.cwd())
    expect(await reportCommand(['--artifacts-dir', artifactsDir, ...flags], fromFolder)).toBe(0)

    // One folder per artifact, named as the github-artifact backend names them, in a folder per run;
    // the timing also as an older revision without its close, which must lose to the newest.
    const downloads = await temporaryFolder('shipgate-report-downloads-')
    for (const kind of await readdir(artifactsDir)) {
      for (const sha of await readdir(join(artifactsDir, kind)).catch(() => [])) {
        for (const file of await readdir(join(artifactsDir, kind, sha)).catch(() => [])) {
          const revisions = kind === 'pipeline' ? [`${kind}-${sha}`, `${kind}-${sha}-r2`] : [`${kind}-${sha}`]
          for (const name of revisions) {
            const target = join(downloads, 'run-1', name, kind, sha, file)
            await mkdir(dirname(target), { recursive: true })
            if (name.endsWith('-r2') || kind !== 'pipeline') await copyFile(join(artifactsDir, kind, sha, file), target)
            else {
              const timing = JSON.parse(await readFile(join(artifactsDir, kind, sha, file), 'utf8')) as Record<string, unknown>
              await writeFile(target, JSON.stringify({ ...timing, ...('closes' in timing ? { closes: [] } : { closed: null }) }))
            }
          }
        }
      }
    }
    const fromDownloads = captureIo(process.cwd())
    expect(await reportCommand(['--artifacts-dir', downloads, ...flags], fromDownloads)).toBe(0)
    const figures = JSON.parse(fromDownloads.stdout.join('\n')) as { leadTime: { samples: unknown[] } }
    expect(figures.leadTime.samples.length).toBeGreaterThan(0)
    expect(figures).toEqual(JSON.parse(fromFolder.stdout.join('\n')))
  })

  it('refuses a window that ends before it starts, and --window with --since', async () => {
    const io = captureIo(process.cwd())
    await expect(reportCommand(['--json', '--artifacts-dir', artifactsDir, '--since', '2026-03-01', '--until', '2026-02-01'], io)).rejects.toThrow('at or after its end')
    await expect(reportCommand(['--json', '--artifacts-dir', artifactsDir, '--since', '2026-03-01', '--window', '7d'], io)).rejects.toThrow('not both')
  })
})
