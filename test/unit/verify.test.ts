// verify and show over real evidence folders: every contract and digest link re-checked after a
// release decision, and the two commands' output and exit codes.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFile, rm, writeFile } from 'node:fs/promises'
import type { ContractKind } from '../../src/contracts/index.js'
import { showCommand } from '../../src/cli/commands/show.js'
import { verifyCommand } from '../../src/cli/commands/verify.js'
import { EXIT, type CommandIo } from '../../src/cli/io.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { decideRelease } from '../../src/stages/release-decision.js'
import { verifyEvidence, type VerifyReport } from '../../src/stages/verify.js'
import {
  COMMIT_TIME,
  DECISION_TIME,
  OTHER_SHA,
  REPOSITORY,
  breakEvidence,
  rewriteEvidence,
  steppingClock,
  writeReleaseEvidence,
  type Breakage,
  type ReleaseEvidence,
  type ReleaseEvidenceOptions,
} from '../helpers/evidence-fixtures.js'

const fixtures: ReleaseEvidence[] = []
afterEach(async () => {
  await Promise.all(fixtures.splice(0).map((fixture) => fixture.cleanup()))
})

/** Evidence for a SHA with the release decision taken on it, as the pipeline leaves it. */
async function decidedEvidence(options: ReleaseEvidenceOptions = {}): Promise<ReleaseEvidence> {
  const fixture = await writeReleaseEvidence(options)
  fixtures.push(fixture)
  await decideRelease(
    { sha: fixture.sha, repository: REPOSITORY, commitTime: COMMIT_TIME },
    { store: fixture.store, clock: steppingClock(DECISION_TIME), logger: new RecordingLogger() },
  )
  return fixture
}

function failureFiles(report: VerifyReport): string[] {
  return report.failures.map((failure) => `${failure.file}: ${failure.field}`)
}

describe('verifyEvidence', () => {
  it('holds for the evidence of a YES release: every contract valid, no failures', async () => {
    const fixture = await decidedEvidence()
    const report = await verifyEvidence(fixture.store, fixture.sha)

    expect(report.failures).toEqual([])
    expect(report.ok).toBe(true)
    expect(report.checked.map((contract) => [contract.kind, contract.state])).toEqual([
      ['commit-stage', 'valid'],
      ['release-package', 'valid'],
      ['acceptance', 'valid'],
      ['production', 'valid'],
      ['release', 'valid'],
      ['pipeline', 'valid'],
      ['delivery', 'missing'],
      ['deployment', 'valid'],
    ])
    const manifestRead = await fixture.store.read('release-package', fixture.sha)
    expect(report.checked.find((contract) => contract.kind === 'release-package')?.digest).toBe(manifestRead.state === 'valid' ? manifestRead.digest : 'not valid')
  })

  it('holds for a NO decision that follows from its evidence', async () => {
    const fixture = await decidedEvidence({ production: (result) => ({ ...result, verdict: 'fail' }) })
    const report = await verifyEvidence(fixture.store, fixture.sha)

    expect(report).toMatchObject({ ok: true, failures: [] })
  })

  it('holds for a release still on its way, before any decision, when asked to check it partially', async () => {
    const fixture = await writeReleaseEvidence({ production: null, deployment: null })
    fixtures.push(fixture)
    const report = await verifyEvidence(fixture.store, fixture.sha, { partial: true, now: DECISION_TIME })

    expect(report).toMatchObject({ ok: true, complete: false, failures: [] })
    expect(report.checked.filter((contract) => contract.state === 'missing').map((contract) => contract.kind)).toEqual(['production', 'release', 'delivery', 'deployment'])
  })

  it('fails a release that is not complete: no decision, or no manifest, is a failure without --partial', async () => {
    const fixture = await writeReleaseEvidence()
    fixtures.push(fixture)

    const undecided = await verifyEvidence(fixture.store, fixture.sha)
    expect(undecided).toMatchObject({ ok: false, complete: false })
    expect(undecided.failures).toEqual([{ file: fixture.paths.release, field: '(file)', message: expect.stringMatching(/^missing: no release decision \(release-decision writes it\), so the release is not complete; give --partial/) }])

    await rm(fixture.paths['release-package'])
    const unbuilt = await verifyEvidence(fixture.store, fixture.sha, { partial: true, now: DECISION_TIME })
    expect(unbuilt.ok).toBe(false)
    expect(failureFiles(unbuilt)).toEqual([`${fixture.paths.acceptance}: packageDigest`, `${fixture.paths.deployment}: packageDigest`, `${fixture.paths.production}: packageDigest`])
  })

  it('fails when there is no evidence at all for the SHA', async () => {
    const fixture = await decidedEvidence()
    const report = await verifyEvidence(fixture.store, OTHER_SHA)

    expect(report.ok).toBe(false)
    expect(report.failures).toEqual([{ file: fixture.artifactsDir, field: '(sha)', message: `no evidence at all for ${OTHER_SHA}` }])
  })

  const matrix: [ContractKind, Breakage][] = [
    ['release-package', 'missing'],
    ['release-package', 'not-json'],
    ['release-package', 'schema-invalid'],
    ['release-package', 'wrong-sha'],
    ['release-package', 'tampered-digest'],
    ['acceptance', 'missing'],
    ['acceptance', 'not-json'],
    ['acceptance', 'schema-invalid'],
    ['acceptance', 'wrong-sha'],
    ['acceptance', 'wrong-package-digest'],
    ['production', 'missing'],
    ['production', 'not-json'],
    ['production', 'schema-invalid'],
    ['production', 'wrong-sha'],
    ['production', 'wrong-package-digest'],
    ['commit-stage', 'missing'],
    ['commit-stage', 'not-json'],
    ['commit-stage', 'schema-invalid'],
    ['commit-stage', 'wrong-sha'],
    ['pipeline', 'missing'],
    ['pipeline', 'not-json'],
    ['pipeline', 'schema-invalid'],
    ['pipeline', 'wrong-sha'],
    ['release', 'not-json'],
    ['release', 'schema-invalid'],
    ['release', 'wrong-sha'],
    ['release', 'wrong-package-digest'],
  ]

  it.each(matrix)('fails when %s is %s after the decision, naming the file and the field', async (kind, breakage) => {
    const fixture = await decidedEvidence()
    const expected = await breakEvidence(fixture, kind, breakage)

    const report = await verifyEvidence(fixture.store, fixture.sha)

    expect(report.ok).toBe(false)
    expect(report.failures).toContainEqual({ file: expected.file, field: expected.field, message: expect.any(String) })
  })

  it('fails when a NO is written before the acceptance result\'s YES after the decision, which the digest of the parsed value alone would miss', async () => {
    const fixture = await decidedEvidence()
    const text = await readFile(fixture.paths.acceptance, 'utf8')
    expect(text).toContain('"decision": "YES"')
    await writeFile(fixture.paths.acceptance, text.replace('"decision": "YES"', '"decision": "NO",\n  "decision": "YES"'))

    const report = await verifyEvidence(fixture.store, fixture.sha)

    expect(report.ok).toBe(false)
    expect(report.failures).toContainEqual({
      file: fixture.paths.acceptance,
      field: 'decision',
      message: 'is a duplicate key: the object holds it more than once, and a reader would see only the last',
    })
  })

  it('fails on a later contract that names a package when the manifest is gone', async () => {
    const fixture = await writeReleaseEvidence()
    fixtures.push(fixture)
    await breakEvidence(fixture, 'release-package', 'missing')

    const report = await verifyEvidence(fixture.store, fixture.sha)

    expect(failureFiles(report)).toEqual([
      `${fixture.paths['release-package']}: (file)`,
      `${fixture.paths.release}: (file)`,
      `${fixture.paths.acceptance}: packageDigest`,
      `${fixture.paths.deployment}: packageDigest`,
      `${fixture.paths.production}: packageDigest`,
    ])
    expect(report.failures[2]?.message).toContain(`no valid release package manifest at ${fixture.paths['release-package']}`)
  })

  it('fails on evidence changed after the decision even when it is still valid, naming the file', async () => {
    const fixture = await decidedEvidence()
    await rewriteEvidence(fixture, 'acceptance', (json) => ({ ...json, finishedAt: '2025-01-02T03:13:00.000Z' }))

    const report = await verifyEvidence(fixture.store, fixture.sha)

    expect(report.failures[0]).toEqual({
      file: fixture.paths.acceptance,
      field: '(file)',
      message: expect.stringMatching(new RegExp(`^changed after the release decision: ${fixture.paths.release} evidence\\[2\\] recorded valid sha256:`)),
    })
    // The deploy rests on the acceptance result it linked, so the decision no longer follows either.
    expect(failureFiles(report).slice(1)).toEqual([`${fixture.paths.release}: decision`])
    expect(report.failures[1]?.message).toContain(`${fixture.paths.deployment}: evidence[1].digest: links acceptance`)
  })

  it('fails on a YES written by hand over evidence that says NO', async () => {
    const fixture = await decidedEvidence({ acceptance: (result) => ({ ...result, decision: 'NO' }) })
    await rewriteEvidence(fixture, 'release', (json) => ({ ...json, decision: 'YES', status: 'success', reasons: [] }))

    const report = await verifyEvidence(fixture.store, fixture.sha)

    expect(report.failures).toEqual([
      { file: fixture.paths.release, field: 'decision', message: expect.stringMatching(/is YES \(success\), but the evidence now says NO \(failure\): .*acceptance.*: decision: is NO/) },
    ])
  })

  it('fails on a YES whose required evidence is not there', async () => {
    const fixture = await decidedEvidence()
    await breakEvidence(fixture, 'production', 'missing')

    const report = await verifyEvidence(fixture.store, fixture.sha)

    expect(report.failures).toContainEqual({
      file: fixture.paths.release,
      field: 'decision',
      message: `is YES (success), but the evidence now says NO (failure): ${fixture.paths.production}: (file): missing: no production evidence for this SHA (prod-verify writes it)`,
    })
  })

  it('fails on a decision that lists evidence of a kind that does not exist', async () => {
    const fixture = await decidedEvidence()
    await rewriteEvidence(fixture, 'release', (json) => ({ ...json, evidence: [...(json.evidence as unknown[]), { kind: 'vibes', path: 'x', state: 'valid', digest: null, required: false }] }))

    const report = await verifyEvidence(fixture.store, fixture.sha)

    expect(report.failures).toEqual([{ file: fixture.paths.release, field: 'evidence[6].kind', message: "'vibes' is not a contract kind" }])
  })
})

function captureIo(cwd = process.cwd()): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text), env: {}, cwd }
}

describe('shipgate verify', () => {
  it('exits 0 and prints an OK line per contract when the evidence holds', async () => {
    const fixture = await decidedEvidence({ commitStage: null })
    const io = captureIo()

    const code = await verifyCommand([fixture.sha, '--artifacts-dir', fixture.artifactsDir], io)

    expect(code).toBe(EXIT.ok)
    const text = io.stdout.join('\n')
    for (const kind of ['release-package', 'acceptance', 'production', 'release', 'pipeline'] as const) {
      expect(text).toMatch(new RegExp(`^OK \\S*${fixture.paths[kind].split('/').slice(-3).join('/')}: sha256:[0-9a-f]{64}$`, 'm'))
    }
    expect(text).toMatch(/^- {2}\S*commit-stage\/[0-9a-f]{40}\/evidence\.json: not present/m)
    expect(text).toContain(`verified: the evidence for ${fixture.sha} holds`)
  })

  it('exits 1 for a release with no decision, and 0 with --partial, which says the release is not complete', async () => {
    const fixture = await writeReleaseEvidence()
    fixtures.push(fixture)

    const complete = captureIo()
    expect(await verifyCommand([fixture.sha, '--artifacts-dir', fixture.artifactsDir], complete)).toBe(EXIT.no)
    expect(complete.stdout.join('\n')).toMatch(/release\/[0-9a-f]{40}\/decision\.json: \(file\): missing: no release decision \(release-decision writes it\), so the release is not complete/)

    const partial = captureIo()
    expect(await verifyCommand([fixture.sha, '--partial', '--artifacts-dir', fixture.artifactsDir], partial)).toBe(EXIT.ok)
    expect(partial.stdout.at(-1)).toBe(`verified: the evidence for ${fixture.sha} holds so far (partial: the release is not complete)`)
  })

  it('takes the decision\'s max-evidence-age, and refuses an age without a unit as a usage error', async () => {
    // Decided on the fixture's timeline; judged again at decidedAt, the evidence is minutes old.
    const fixture = await decidedEvidence()
    expect(await verifyCommand([fixture.sha, '--max-evidence-age', '36h', '--artifacts-dir', fixture.artifactsDir], captureIo())).toBe(EXIT.ok)
    // With a shorter age than the decision used, the decision no longer follows: the production result is then stale.
    const shorter = captureIo()
    expect(await verifyCommand([fixture.sha, '--max-evidence-age', '60s', '--artifacts-dir', fixture.artifactsDir], shorter)).toBe(EXIT.no)
    expect(shorter.stdout.join('\n')).toMatch(/decision\.json: decision: is YES \(success\), but the evidence now says NO \(failure\)/)

    const unitless = captureIo()
    expect(await verifyCommand([fixture.sha, '--max-evidence-age', '7', '--artifacts-dir', fixture.artifactsDir], unitless)).toBe(EXIT.usage)
    expect(unitless.stderr.join('\n')).toContain("--max-evidence-age: '7' is not a duration; give a plain decimal number with a unit, at least 1s: 7d, 36h, 90m or 600s")
    const show = captureIo()
    expect(await showCommand([fixture.sha, '--partial'], show)).toBe(EXIT.usage)
    expect(show.stderr.join('\n')).toContain("unknown option '--partial'")
  })

  it('exits 1 and prints each failure as file: field: message', async () => {
    const fixture = await decidedEvidence()
    await breakEvidence(fixture, 'acceptance', 'wrong-package-digest')
    const io = captureIo('/')

    const code = await verifyCommand([fixture.sha, '--artifacts-dir', fixture.artifactsDir], io)

    expect(code).toBe(EXIT.no)
    expect(io.stdout).toContainEqual(expect.stringMatching(/acceptance\/[0-9a-f]{40}\/result\.json: packageDigest: is sha256:d{64}, but .*manifest\.json has sha256:/))
    expect(io.stdout).not.toContainEqual(expect.stringMatching(/^OK .*acceptance/))
    expect(io.stdout.at(-1)).toMatch(/^FAILED: \d+ problems? in the evidence/)
  })

  it('prints the report as JSON with --json', async () => {
    const fixture = await decidedEvidence()
    await breakEvidence(fixture, 'release-package', 'tampered-digest')
    const io = captureIo()

    const code = await verifyCommand(['--json', fixture.sha, '--artifacts-dir', fixture.artifactsDir], io)
    const report = JSON.parse(io.stdout.join('\n')) as VerifyReport

    expect(code).toBe(EXIT.no)
    expect(report.ok).toBe(false)
    expect(report.failures.map((failure) => failure.field)).toContain('digest')
  })

  it.each([
    ['a short SHA', ['abc123'], /'abc123' is not a full commit SHA/],
    ['no SHA', [], /give exactly one commit SHA/],
    ['two SHAs', ['a'.repeat(40), 'b'.repeat(40)], /give exactly one commit SHA \(got /],
    ['an unknown flag', ['a'.repeat(40), '--artefacts', 'x'], /unknown option '--artefacts'; did you mean '--artifacts-dir'?/],
  ])('exits 2 on %s, with the reason on stderr', async (_case, args, message) => {
    const io = captureIo()
    expect(await verifyCommand(args, io)).toBe(EXIT.usage)
    expect(io.stderr.join('\n')).toMatch(message)
    expect(io.stdout).toEqual([])
  })

  it('prints its usage with --help and exits 0', async () => {
    const io = captureIo()
    expect(await verifyCommand(['--help'], io)).toBe(EXIT.ok)
    expect(io.stdout.join('\n')).toMatch(/^Usage: shipgate verify <sha>/)
  })

  it('reads a relative --artifacts-dir from the folder the command runs in', async () => {
    const fixture = await decidedEvidence()
    const [parent, folder] = [fixture.artifactsDir.replace(/\/[^/]+$/, ''), fixture.artifactsDir.split('/').at(-1) as string]
    const io = captureIo(parent)

    expect(await verifyCommand([fixture.sha, '--artifacts-dir', folder], io)).toBe(EXIT.ok)
  })
})

describe('shipgate show', () => {
  it('prints the evidence as a readable summary', async () => {
    const fixture = await decidedEvidence({ acceptance: (result) => ({ ...result, degraded: true, checks: result.checks.map((check) => (check.required ? check : { ...check, status: 'fail' as const })) }) })
    const io = captureIo()

    expect(await showCommand([fixture.sha, '--artifacts-dir', fixture.artifactsDir], io)).toBe(EXIT.ok)
    const text = io.stdout.join('\n')

    expect(text).toContain(`digest      ${fixture.manifest.digest}`)
    expect(text).toContain('runtime     built')
    expect(text).toMatch(/api {2}image {2}ghcr\.io\/acme\/api@sha256:a{64}/)
    expect(text).toMatch(/config {2}file {3}deploy\/config\.yaml {2}512 bytes/)
    expect(text).toContain('passed      yes: commit-stage success (check-run, direct)')
    expect(text).toContain('decision    YES (degraded)')
    expect(text).toMatch(/fail {4}browser smoke \(browser, optional/)
    expect(text).toMatch(/pass {4}api smoke \(api-smoke, required, 2\.4 s\)/)
    expect(text).toContain('verdict     pass')
    expect(text).toMatch(/decision {4}YES \(partial_success\) at 2025-01-02T03:25:01\.000Z/)
    expect(text).toMatch(/acceptance\/[0-9a-f]{40}\/result\.json: degraded: is true/)
    expect(text).toMatch(/build-once +3 min 30 s {2}success/)
    expect(text).toContain('closed      2025-01-02T03:25:01.000Z: total 25 min 01 s, lead time 30 min 01 s')
  })

  it('shows missing and invalid evidence with the field at fault', async () => {
    const fixture = await decidedEvidence()
    await breakEvidence(fixture, 'production', 'schema-invalid')
    await breakEvidence(fixture, 'commit-stage', 'missing')
    const io = captureIo()

    await showCommand([fixture.sha, '--artifacts-dir', fixture.artifactsDir], io)
    const text = io.stdout.join('\n')

    expect(text).toMatch(/Commit-stage evidence {2}\S+evidence\.json\n {2}not present/)
    expect(text).toMatch(/Production result {2}\S+result\.json\n {2}INVALID\n {4}verdict: /)
  })

  it('prints every contract state and value as one JSON object with --json', async () => {
    const fixture = await decidedEvidence()
    await breakEvidence(fixture, 'acceptance', 'not-json')
    const io = captureIo()

    expect(await showCommand([fixture.sha, '--json', '--artifacts-dir', fixture.artifactsDir], io)).toBe(EXIT.ok)
    const shown = JSON.parse(io.stdout.join('\n')) as { sha: string; contracts: Record<string, { state: string; digest?: string; value?: unknown; problems?: unknown[] }> }

    expect(shown.sha).toBe(fixture.sha)
    expect(Object.keys(shown.contracts).sort()).toEqual(['acceptance', 'commit-stage', 'delivery', 'pipeline', 'production', 'release', 'release-package'])
    expect(shown.contracts.delivery).toMatchObject({ state: 'missing' })
    expect(shown.contracts['release-package']).toMatchObject({ state: 'valid', digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), value: { digest: fixture.manifest.digest } })
    expect(shown.contracts.acceptance).toMatchObject({ state: 'invalid', problems: [{ field: '(root)' }] })
    expect(JSON.parse(await readFile(fixture.paths.release, 'utf8'))).toEqual(shown.contracts.release?.value)
  })

  it('exits 2 on a bad SHA', async () => {
    const io = captureIo()
    expect(await showCommand(['HEAD'], io)).toBe(EXIT.usage)
    expect(io.stderr.join('\n')).toContain("shipgate show: sha: 'HEAD' is not a full commit SHA")
  })
})
