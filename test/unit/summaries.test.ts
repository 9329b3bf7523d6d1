// Job summaries as GitHub would render them: a YES, a partial success, a NO and a step that threw,
// each read for what issue 15 asked of them: short digests with the full ones collapsed, ⚠️ on a
// partial success, causes before consequences, words instead of raw counts and milliseconds,
// tables that no cell can break, and angle brackets that stay text.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { acceptanceSummary } from '../../src/actions/acceptance.js'
import { bounceScanSummary } from '../../src/actions/bounce-scan.js'
import { fetchReleasePackageSummary } from '../../src/actions/fetch-release-package.js'
import { prodVerifySummary } from '../../src/actions/prod-verify.js'
import { promoteAction } from '../../src/actions/promote.js'
import { releaseDecisionSummary } from '../../src/actions/release-decision.js'
import { sendMailSummary } from '../../src/actions/send-mail.js'
import type { AcceptanceResult } from '../../src/contracts/acceptance-result.js'
import type { ProductionResult } from '../../src/contracts/production-result.js'
import { sealReleasePackage } from '../../src/contracts/release-package.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import type { BounceScanResult } from '../../src/mail/bounces/scan.js'
import type { MessageOutcome, SendMailResult } from '../../src/mail/send.js'
import { runAsGitHubAction } from '../../src/platform/github-action.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { decideRelease } from '../../src/stages/release-decision.js'
import { API_IMAGE, OTHER_SHA, RELEASE_SHA, acceptance as acceptanceExample, production as productionExample, releasePackageBody, releasePackageV2 } from '../helpers/contract-examples.js'
import { DECISION_TIME, REPOSITORY, steppingClock, writeReleaseEvidence, type ReleaseEvidence, type ReleaseEvidenceOptions } from '../helpers/evidence-fixtures.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

/** The summary without its collapsed blocks: what the page shows before anyone opens one. */
function visiblePart(summary: string): string {
  return summary.replace(/<details>[\s\S]*?<\/details>/g, '')
}

/** Every table, as its header row and its other rows (the delimiter row left out). */
function tables(summary: string): Array<{ header: string; rows: string[] }> {
  const found: Array<{ header: string; rows: string[] }> = []
  let current: string[] = []
  for (const line of [...summary.split('\n'), '']) {
    if (line.startsWith('|')) current.push(line)
    else if (current.length > 0) {
      found.push({ header: current[0]!, rows: current.slice(2) })
      current = []
    }
  }
  return found
}

/** The pipes Markdown splits a row at: every one not escaped with a backslash. */
const cellBreaks = (row: string) => (row.match(/(?<!\\)\|/g) ?? []).length

/** Everything shared by every summary: short digests in view, whole rows, no '(s)' plurals, no raw counts of seconds. */
function expectReadable(summary: string): void {
  expect(summary.trim()).not.toBe('')
  expect(visiblePart(summary)).not.toMatch(/[0-9a-f]{64}/)
  for (const table of tables(summary)) {
    expect(table.rows.length).toBeGreaterThan(0)
    for (const row of table.rows) expect([row, cellBreaks(row)]).toEqual([row, cellBreaks(table.header)])
  }
  expect(summary).not.toMatch(/\(s\)|\b1 (components|attempts|messages|bounces|notices)\b|\b\d{4,} ?(s|ms)\b/)
}

/** A row's text outside its code spans, where an angle bracket would be read as a tag or a link. */
const outsideCode = (row: string) => row.replace(/(`+)[\s\S]*?\1/g, '')

describe('acceptance', () => {
  const checks: AcceptanceResult['checks'] = [
    { name: 'health', type: 'http', required: true, status: 'pass', attempts: 1, durationMs: 120 },
    { name: 'browser smoke', type: 'browser', required: false, status: 'pass', attempts: 1, durationMs: 9100 },
  ]

  it('YES: ✅, the package digest short, its full value collapsed', () => {
    const result = { ...acceptanceExample(), checks }
    const summary = acceptanceSummary(result, 'acceptance/result.json')

    expectReadable(summary)
    expect(summary).toContain('### acceptance: ✅ YES')
    expect(summary).toContain(result.packageDigest.slice(0, 'sha256:'.length + 12))
    expect(summary).toMatch(new RegExp(`<details>[\\s\\S]*${result.packageDigest}[\\s\\S]*</details>`))
    expect(summary).toContain('| 9.1s |')
  })

  it('partial: ⚠️ with the optional check that failed named, never the ✅ of a success', () => {
    const result: AcceptanceResult = { ...acceptanceExample(), degraded: true, checks: [checks[0]!, { ...checks[1]!, status: 'fail', reason: 'timeout | 2 tries' }] }
    const summary = acceptanceSummary(result, 'acceptance/result.json')

    expectReadable(summary)
    expect(summary.split('\n')[0]).toBe('### acceptance: ⚠️ YES, degraded: optional check browser smoke failed')
    expect(summary.split('\n')[0]).not.toContain('✅')
  })

  it('NO: ❌, with the reason of the failed check in an unbroken row', () => {
    const result: AcceptanceResult = {
      ...acceptanceExample(),
      decision: 'NO',
      checks: [{ ...checks[0]!, status: 'fail', attempts: 5, durationMs: 705_250_000, reason: 'status 503 | expected 200 (after 5 attempts: no attempts left)' }],
    }
    const summary = acceptanceSummary(result, 'acceptance/result.json')

    expectReadable(summary)
    expect(summary).toContain('### acceptance: ❌ NO')
    expect(summary).toContain('| 8d 3h 54m | status 503 \\| expected 200 (after 5 attempts: no attempts left) |')
  })
})

describe('prod-verify', () => {
  const checks: ProductionResult['checks'] = [
    { name: 'auth canary', type: 'auth-canary', required: true, status: 'pass', attempts: 1, durationMs: 300 },
    { name: 'probe freshness', type: 'probe', required: false, status: 'pass', attempts: 1, durationMs: 50 },
  ]

  it('pass: ✅ and a short package digest', () => {
    const summary = prodVerifySummary({ ...productionExample(), checks }, 'production/result.json')

    expectReadable(summary)
    expect(summary).toContain('### prod-verify: ✅ pass')
  })

  it('partial: ⚠️ naming the optional check that did not pass', () => {
    const summary = prodVerifySummary({ ...productionExample(), degraded: true, checks: [checks[0]!, { ...checks[1]!, status: 'skipped', reason: 'no probe configured' }] }, 'production/result.json')

    expectReadable(summary)
    expect(summary.split('\n')[0]).toBe('### prod-verify: ⚠️ pass, degraded: optional check not passed: probe freshness (skipped)')
  })

  it('fail: ❌ with the failed check', () => {
    const summary = prodVerifySummary(
      { ...productionExample(), verdict: 'fail', checks: [{ ...checks[0]!, status: 'fail', reason: `the token for <ops@acme.test> was refused; digest sha256:${'e'.repeat(64)}` }] },
      'production/result.json',
    )

    expectReadable(summary)
    expect(summary).toContain('### prod-verify: ❌ fail')
    expect(summary).toContain('&lt;ops@acme.test&gt;')
  })
})

describe('release-decision', () => {
  const fixtures: ReleaseEvidence[] = []
  afterEach(async () => {
    await Promise.all(fixtures.splice(0).map((fixture) => fixture.cleanup()))
  })

  /** The summary of a decision taken on real evidence, the commit made 705250 s before the decision. */
  async function decisionSummary(options: ReleaseEvidenceOptions = {}) {
    const fixture = await writeReleaseEvidence(options)
    fixtures.push(fixture)
    const commitTime = new Date(DECISION_TIME.getTime() - 705_250_000)
    const outcome = await decideRelease({ sha: fixture.sha, repository: REPOSITORY, commitTime }, { store: fixture.store, clock: steppingClock(DECISION_TIME), logger: new RecordingLogger() })
    return { fixture, decision: outcome.decision, summary: releaseDecisionSummary(outcome.decision, outcome.timing) }
  }

  it('YES: ✅, every evidence digest short and collapsed in full, the lead time in days and hours', async () => {
    const { fixture, decision, summary } = await decisionSummary()

    expect(decision.status).toBe('success')
    expectReadable(summary)
    expect(summary).toContain('## Release decision: ✅ YES (success)')
    expect(summary).toMatch(/lead time from commit 8d 3h 54m\./)
    expect(summary).not.toContain('705250')
    const details = summary.slice(summary.indexOf('<details>'))
    for (const entry of decision.evidence) expect(details).toContain(entry.digest)
    expect(details).toContain(fixture.manifest.digest)
  })

  it('partial: ⚠️ and one line on what degraded, above the evidence table', async () => {
    const { decision, summary } = await decisionSummary({
      acceptance: (result) => ({ ...result, degraded: true, checks: result.checks.map((check) => (check.required ? check : { ...check, status: 'fail' as const })) }),
    })

    expect(decision.status).toBe('partial_success')
    expectReadable(summary)
    expect(summary).toContain('## Release decision: ⚠️ YES (partial_success)')
    expect(summary).not.toContain('✅ YES')
    const degraded = summary.split('\n').filter((line) => line.startsWith('**Partial success**'))
    expect(degraded).toEqual([expect.stringContaining('acceptance degraded (optional checks not passed: browser smoke')])
    expect(summary.indexOf('**Partial success**')).toBeLessThan(summary.indexOf('| evidence |'))
  })

  it('NO: ❌, the acceptance NO named before the production evidence missing because of it', async () => {
    const { fixture, decision, summary } = await decisionSummary({
      acceptance: (result) => ({ ...result, decision: 'NO', checks: result.checks.map((check) => (check.name === 'health' ? { ...check, status: 'fail' as const, reason: 'status 503' } : check)) }),
      production: null,
    })

    expect(decision.decision).toBe('NO')
    expectReadable(summary)
    expect(summary).toContain('## Release decision: ❌ NO (failure)')
    const reasons = summary.slice(summary.indexOf('### Reasons (causes first)')).split('\n').filter((line) => line.startsWith('- '))
    const acceptanceAt = reasons.findIndex((line) => line.includes(fixture.paths.acceptance))
    const productionAt = reasons.findIndex((line) => line.includes(fixture.paths.production))
    expect(acceptanceAt).toBeGreaterThanOrEqual(0)
    expect(productionAt).toBeGreaterThan(acceptanceAt)
  })
})

describe('a step that fails by throwing', () => {
  const savedEnv = { ...process.env }
  afterEach(() => {
    process.env = { ...savedEnv }
    process.exitCode = undefined
    jest.restoreAllMocks()
  })

  /** promote run as the runner runs it; the summary file and the annotation it left. */
  async function runPromote(inputs: Record<string, string>, workDir: string) {
    const summaryFile = join(workDir, 'summary.md')
    const outputFile = join(workDir, 'output')
    await writeFile(outputFile, '')
    const env: NodeJS.ProcessEnv = { ...savedEnv, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_REPOSITORY: REPOSITORY, GITHUB_WORKSPACE: workDir }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    process.env = env
    const stdout: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk))
      return true
    })
    await runAsGitHubAction(promoteAction)
    jest.restoreAllMocks()
    return { summary: await readFile(summaryFile, 'utf8').catch(() => ''), stdout: stdout.join(''), exitCode: process.exitCode }
  }

  it('a missing package: what failed, the manifest it looked for, and what to fix', async () => {
    const workDir = await temporaryFolder('shipgate-summaries-')
    const artifactsDir = join(workDir, '.artifacts')
    const run = await runPromote({ sha: OTHER_SHA, 'artifacts-dir': artifactsDir, 'files-root': workDir }, workDir)
    const manifestPath = new LocalEvidenceStore(artifactsDir).pathOf('release-package', OTHER_SHA)

    expect(run.exitCode).toBe(1)
    expectReadable(run.summary)
    expect(run.summary).toContain('## ❌ promote failed')
    expect(run.summary).toContain(`there is no release package for ${OTHER_SHA}`)
    expect(run.summary).toContain(`**Where:** \`${manifestPath}\``)
    expect(run.summary).toContain('**What to fix:**')
    expect(run.summary).not.toContain('a bug in shipgate')
  })

  it('a bad input: the input named, and what to fix', async () => {
    const workDir = await temporaryFolder('shipgate-summaries-')
    const run = await runPromote({ sha: 'main', 'artifacts-dir': join(workDir, '.artifacts') }, workDir)

    expect(run.exitCode).toBe(1)
    expectReadable(run.summary)
    expect(run.summary).toContain("input 'sha': must be a full 40-character lowercase hex commit SHA")
    expect(run.summary).toContain('**What to fix:** the input or file the message names')
  })

  it('a file changed after build-once: both digests short in view, the whole message collapsed', async () => {
    const workDir = await temporaryFolder('shipgate-summaries-')
    const artifactsDir = join(workDir, '.artifacts')
    await new LocalEvidenceStore(artifactsDir).write('release-package', RELEASE_SHA, sealReleasePackage(releasePackageBody()))
    const configFile = releasePackageBody().components.find((component) => component.kind === 'file')!
    await mkdir(join(workDir, configFile.path, '..'), { recursive: true })
    await writeFile(join(workDir, configFile.path), 'edited by hand\n')
    const edited = createHash('sha256').update('edited by hand\n').digest('hex')

    const run = await runPromote({ sha: RELEASE_SHA, 'artifacts-dir': artifactsDir, 'files-root': workDir }, workDir)

    expect(run.exitCode).toBe(1)
    expectReadable(run.summary)
    expect(visiblePart(run.summary)).toContain(edited.slice(0, 12))
    expect(run.summary).toMatch(new RegExp(`<details><summary>Full message</summary>[\\s\\S]*${edited}[\\s\\S]*</details>`))
  })
})

describe('send-mail', () => {
  const outcome = (status: MessageOutcome['status'], recipient: string, extra: Partial<MessageOutcome> = {}): MessageOutcome => ({
    event: 'release-completed-0123456789abcdef',
    template: 'release-completed',
    recipient,
    messageId: `<${recipient.split('@')[0]}.0123456789abcdef.shipgate@acme.test>`,
    status,
    accepted: status === 'sent' ? [recipient] : [],
    rejected: [],
    response: null,
    error: null,
    attempts: 1,
    ...extra,
  })
  const result = (outcomes: MessageOutcome[], reason?: string): SendMailResult => {
    const counts = { sent: 0, failed: 0, unconfirmed: 0, duplicate: 0, skipped: 0, 'dry-run': 0 }
    for (const one of outcomes) counts[one.status]++
    const status = counts.failed + counts.unconfirmed > 0 ? 'failed' : 'sent'
    return { status, reason, outcomes, counts, rosterSend: false, previewPaths: [], sendLog: '.artifacts/notifications/send-log.jsonl' }
  }

  it('all sent: ✅ and each Message-ID as code, never as a link', () => {
    const summary = sendMailSummary(result([outcome('sent', 'owner@acme.test')]))

    expectReadable(summary)
    expect(summary.split('\n')[0]).toBe('### send-mail: ✅ sent')
    expect(summary).toContain('1 message: 1 sent.')
    const [row] = tables(summary)[0]!.rows
    expect(row).toContain('`<owner.0123456789abcdef.shipgate@acme.test>`')
    expect(outsideCode(row!)).not.toMatch(/[<>]/)
  })

  it('some sent, one refused, one unconfirmed: ⚠️, the server reply before the table', () => {
    const summary = sendMailSummary(
      result(
        [
          outcome('sent', 'owner@acme.test'),
          outcome('failed', 'ops@acme.test', { attempts: 2, error: '550 5.1.1 <ops@acme.test>: | mailbox unknown' }),
          outcome('unconfirmed', 'cto@acme.test', { error: 'connection closed after DATA' }),
        ],
        '1 message not sent: ops@acme.test: 550 5.1.1 <ops@acme.test>: | mailbox unknown',
      ),
    )

    expectReadable(summary)
    expect(summary.split('\n')[0]).toBe('### send-mail: ⚠️ partly sent (status failed)')
    expect(summary.indexOf('**What went wrong:** 1 message not sent')).toBeLessThan(summary.indexOf('| template |'))
    expect(summary).toContain('3 messages: 1 sent, 1 failed, 1 unconfirmed.')
    for (const row of tables(summary)[0]!.rows) expect(outsideCode(row)).not.toMatch(/[<>]/)
    expect(summary).toContain('| ⚠️ unconfirmed |')
  })

  it('none sent: ❌', () => {
    const summary = sendMailSummary(result([outcome('failed', 'ops@acme.test', { attempts: 3, error: '421 try later' })], 'not sent'))

    expectReadable(summary)
    expect(summary.split('\n')[0]).toBe('### send-mail: ❌ failed')
  })
})

describe('bounce-scan', () => {
  const scan = (overrides: Partial<BounceScanResult>): BounceScanResult => ({
    scanned: 1,
    handled: 1,
    alreadyProcessed: 0,
    notBounces: 0,
    bounces: [],
    participantsUpdated: [],
    unmatched: [],
    notOnRoster: [],
    scanId: '7.1',
    retired: [],
    sendLog: '.artifacts/notifications/send-log.jsonl',
    processedJournal: '.artifacts/notifications/processed.jsonl',
    markedSeen: 1,
    ...overrides,
  })

  it('Message-IDs and addresses in angle brackets stay text: no raw < in any row, the retirement ⚠️', () => {
    const summary = bounceScanSummary(
      scan({
        scanned: 3,
        handled: 2,
        notBounces: 1,
        bounces: [
          {
            address: 'ann@partner.test',
            type: 'hard',
            status: '5.1.1',
            diagnostic: 'smtp; 550 5.1.1 <ann@partner.test>: Recipient | address rejected',
            match: 'message-id',
            heuristic: false,
            format: 'dsn',
            sendMessageId: '<a1.shipgate@acme.test>',
            noticeMessageId: '<n1@mx.partner.test>',
            retired: true,
          },
        ],
        participantsUpdated: [{ email: 'ann@partner.test', name: 'Ann', status: 'inactive', note: 'hard bounce 5.1.1', line: 2 }],
        retired: [{ address: 'ann@partner.test', reason: 'hard bounce 5.1.1', date: '2025-01-02T03:00:00Z' }],
        unmatched: [
          { address: '<stranger@nowhere.test>', date: '2025-01-02T03:00:00Z', type: 'hard', status: '5.1.1', reason: 'no send with Message-ID <zz9@acme.test>', noticeMessageId: '<n2@mx>', subject: null, heuristic: true },
        ],
      }),
    )

    expectReadable(summary)
    expect(summary.split('\n')[0]).toBe('### bounce-scan: ⚠️ 1 address retired, 1 unmatched bounce to triage')
    expect(summary).toContain('3 unseen messages scanned: 2 notices handled, 0 already processed, 1 message that is not a bounce left alone.')
    const rows = tables(summary)[0]!.rows
    expect(rows).toHaveLength(2)
    for (const row of rows) expect(row).not.toContain('<')
    expect(rows[0]).toContain('&lt;ann@partner.test&gt;')
    expect(rows[1]).toContain('| &lt;stranger@nowhere.test&gt; |')
    expect(rows[1]).toContain('&lt;zz9@acme.test&gt;')
  })

  it('nothing bounced: ✅ and no table', () => {
    const summary = bounceScanSummary(scan({ scanned: 0, handled: 0, markedSeen: 0 }))

    expectReadable(summary)
    expect(summary.split('\n')[0]).toBe('### bounce-scan: ✅ no new bounces')
    expect(tables(summary)).toEqual([])
  })
})

describe('fetch-release-package', () => {
  it('the replayed package and each component ref short, the full digests collapsed', () => {
    const manifest = releasePackageV2()
    const summary = fetchReleasePackageSummary(
      {
        run: { id: 42, url: 'https://github.com/acme/shop/actions/runs/42', via: 'deployment', deployment: { id: 1001, packageDigest: manifest.digest } },
        manifest,
        path: `.artifacts/release-package/${RELEASE_SHA}/manifest.json`,
        refs: { api: API_IMAGE },
        carried: ['commit-stage'],
      },
      { sha: RELEASE_SHA, runUrl: 'https://github.com/acme/shop/actions/runs/42', rollbackOf: 'production' },
    )

    expectReadable(summary)
    expect(summary.split('\n')[0]).toBe('### fetch-release-package: ✅ verified')
    expect(summary).toContain('1 component:')
    expect(summary).toContain('named by GitHub deployment 1001')
    expect(summary).toMatch(new RegExp(`<details>[\\s\\S]*${manifest.digest}[\\s\\S]*${API_IMAGE.split('@')[1]}[\\s\\S]*</details>`))
  })
})
