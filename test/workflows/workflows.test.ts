// The workflows and action.yml files of this repository pass GitHub's parser, actionlint, the
// local-action input/output check, SHA pinning and the run: rule; and each check catches what it is for.
import { mkdir, mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import {
  actionFiles,
  actionlintFindings,
  actionParserFindings,
  formatFinding,
  localActionFindings,
  pinningFindings,
  untrustedContextFindings,
  workflowFiles,
  workflowParserFindings,
} from '../../scripts/workflow-lint.js'

const root = resolve('.')
const workflows = await workflowFiles(root)
const actions = await actionFiles(root)

const format = (findings: { file: string; message: string; source: string; line?: number }[]) => findings.map((finding) => formatFinding(finding as never))

test('the repository has the workflows of the delivery pipeline and an action.yml per action', () => {
  expect(workflows).toEqual(
    expect.arrayContaining([
      '.github/workflows/commit-stage.yml',
      '.github/workflows/cloud-delivery-pipeline.yml',
      '.github/workflows/cloud-delivery-replay.yml',
      '.github/workflows/cloud-delivery-environments.yml',
      '.github/workflows/cloud-delivery-rollback.yml',
      '.github/workflows/shipgate-environment.yml',
      '.github/workflows/scheduled-send.yml',
      '.github/workflows/smoke.yml',
      '.github/workflows/shipgate-commit-gate.yml',
      '.github/workflows/shipgate-release.yml',
      '.github/workflows/shipgate-notify.yml',
    ]),
  )
  expect(actions.length).toBeGreaterThanOrEqual(8)
})

describe.each(workflows)('%s', (file) => {
  test("GitHub's workflow parser (with the called reusable workflows' inputs) finds nothing", async () => {
    expect(format(await workflowParserFindings(root, file))).toEqual([])
  })
  test('actionlint finds nothing', async () => {
    expect(format(await actionlintFindings(root, file))).toEqual([])
  })
  test('local actions get only declared inputs, every required one, and give only declared outputs', async () => {
    expect(format(await localActionFindings(root, file))).toEqual([])
  })
  test('external actions are pinned to a full SHA with a version comment; no run: expands ${{ }}', async () => {
    expect(format([...(await pinningFindings(root, file)), ...(await untrustedContextFindings(root, file))])).toEqual([])
  })
  test('the workflow and every job set permissions', async () => {
    const workflow = parse(await readFile(join(root, file), 'utf8')) as { permissions?: unknown; jobs: Record<string, { permissions?: unknown }> }
    expect(workflow.permissions).toEqual({ contents: 'read' })
    for (const [job, definition] of Object.entries(workflow.jobs)) expect([job, definition.permissions !== undefined]).toEqual([job, true])
  })
})

describe.each(actions)('%s', (file) => {
  test("GitHub's action parser finds nothing", async () => {
    expect(format(await actionParserFindings(root, file))).toEqual([])
  })
})

interface Job {
  env?: Record<string, unknown>
  environment?: string
  concurrency?: { group: string; 'cancel-in-progress': boolean; queue?: string }
  if?: string
  needs?: string | string[]
  uses?: string
  with?: Record<string, unknown>
  permissions?: Record<string, string>
  steps?: { uses?: string; with?: Record<string, unknown>; run?: string; if?: string }[]
}
async function workflow(name: string): Promise<{ on: Record<string, unknown>; jobs: Record<string, Job> }> {
  return parse(await readFile(join(root, '.github/workflows', name), 'utf8'))
}

describe('what the workflows promise', () => {
  test('the deploy (and the verification after it) holds production-mutation, never cancels a running deploy, and queues every pending one', async () => {
    const { jobs } = await workflow('shipgate-release.yml')
    expect(jobs.deploy!.concurrency).toEqual({ group: 'production-mutation', 'cancel-in-progress': false, queue: 'max' })
    expect(jobs['prod-verify']).toBeUndefined()
    expect(jobs.deploy!.steps!.map((step) => step.uses).filter((uses) => uses?.startsWith('./'))).toEqual(['./.shipgate/actions/deploy-gate', './.shipgate/actions/prod-verify'])
  })

  test('acceptance and production credentials live in separate environments', async () => {
    const { jobs } = await workflow('shipgate-release.yml')
    expect(jobs.acceptance!.environment).toBe('${{ inputs.acceptance-environment }}')
    expect(jobs.deploy!.environment).toBe('${{ inputs.production-environment }}')
    const { on } = await workflow('shipgate-release.yml')
    const inputs = (on.workflow_call as { inputs: Record<string, { default?: string }> }).inputs
    expect([inputs['acceptance-environment']!.default, inputs['production-environment']!.default]).toEqual(['acceptance', 'production'])
  })

  test('every release job keeps its evidence in the github-artifact backend; no job carries .artifacts/ by hand', async () => {
    for (const name of ['shipgate-release.yml', 'shipgate-commit-gate.yml', 'shipgate-notify.yml', 'shipgate-environment.yml', 'cloud-delivery-environments.yml']) {
      const { jobs } = await workflow(name)
      for (const [id, job] of Object.entries(jobs)) {
        if (!(job.steps ?? []).some((step) => step.uses?.startsWith('./.shipgate/actions/'))) continue
        expect([name, id, job.env?.SHIPGATE_EVIDENCE_BACKEND]).toEqual([name, id, 'github-artifact'])
        const carried = (job.steps ?? []).filter((step) => /^actions\/(upload|download)-artifact@/.test(step.uses ?? '') && /^\.artifacts\/?$/.test(String(step.with?.path ?? '')))
        expect([name, id, carried]).toEqual([name, id, []])
      }
    }
    const release = await readFile(join(root, '.github/workflows/shipgate-release.yml'), 'utf8')
    expect(release).not.toMatch(/shipgate-evidence-|PLACEHOLDER/)
  })

  test("a replay builds nothing: fetch-release-package takes the push run's package", async () => {
    const { jobs } = await workflow('shipgate-release.yml')
    const fetch = jobs.fetch!.steps!.find((step) => step.uses === './.shipgate/actions/fetch-release-package')
    expect(fetch?.with).toMatchObject({ sha: '${{ inputs.sha }}', 'github-token': '${{ github.token }}' })
    const replay = await workflow('cloud-delivery-replay.yml')
    expect(Object.keys(replay.on.workflow_dispatch as object)).toEqual(['inputs'])
    // notify tells the owners and ops how the replay ended; it delivers nothing again.
    expect(Object.keys(replay.jobs)).toEqual(['release', 'notify', 'outcome'])
    expect(replay.jobs.notify!.with).not.toHaveProperty('deliver-files')
    expect(replay.jobs.release!.with).toMatchObject({ sha: '${{ inputs.release_package_sha }}', replay: true, 'source-workflow': 'cloud-delivery-pipeline.yml' })
  })

  // Actions that cannot run in smoke.yml, with the reason: no local or dry-run mode without an
  // outside service. The test fails on a stale entry (an action listed here that smoke.yml runs).
  const NOT_IN_SMOKE = new Map([
    ['fetch-release-package', 'needs the GitHub API and another run\'s artifacts; tested against local servers in test/e2e/replay-deploy.test.ts'],
    ['bounce-scan', 'needs an IMAP server; tested against a real Dovecot in test/integration and test/e2e'],
  ])

  test('the smoke workflow runs every action from ./actions/<name>', async () => {
    const { jobs } = await workflow('smoke.yml')
    const used = new Set(Object.values(jobs).flatMap((job) => (job.steps ?? []).map((step) => step.uses)))
    const names = actions.map((file) => file.split('/')[1]!)
    const missing = names.filter((name) => !used.has(`./actions/${name}`))
    expect(missing.filter((name) => !NOT_IN_SMOKE.has(name))).toEqual([])
    expect([...NOT_IN_SMOKE.keys()].filter((name) => used.has(`./actions/${name}`))).toEqual([])
    expect(names).toEqual(expect.arrayContaining(['commit-gate', 'build-once', 'promote', 'acceptance', 'deploy-gate', 'prod-verify', 'release-decision', 'deliver', 'send-mail', ...NOT_IN_SMOKE.keys()]))
  })
})

describe('each check catches what it is for', () => {
  let fixture: string
  beforeAll(async () => {
    fixture = await mkdtemp(join(tmpdir(), 'shipgate-workflow-lint-'))
    await mkdir(join(fixture, '.github/workflows'), { recursive: true })
    await cp(join(root, 'actions/promote'), join(fixture, 'actions/promote'), { recursive: true })
    await cp(join(root, '.github/workflows/shipgate-commit-gate.yml'), join(fixture, '.github/workflows/shipgate-commit-gate.yml'))
    await writeFile(
      join(fixture, '.github/workflows/bad.yml'),
      [
        'on: pull_request',
        'permissions: {contents: read}',
        'jobs:',
        '  gate:',
        '    uses: ./.github/workflows/shipgate-commit-gate.yml',
        '    with: {shipgate-ref: abc, no-such-input: x}',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    timeout-minute: 5',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
        '      - id: p',
        '        uses: ./actions/promote',
        '        with: {shaa: x}',
        '      - uses: ./actions/missing',
        '      - run: echo "${{ github.event.pull_request.title }} ${{ steps.p.outputs.nope }}"',
        '',
      ].join('\n'),
    )
  })
  afterAll(async () => rm(fixture, { recursive: true, force: true }))

  test("GitHub's parser: a misspelt key and an input the called workflow does not declare", async () => {
    const messages = (await workflowParserFindings(fixture, '.github/workflows/bad.yml')).map((finding) => finding.message)
    expect(messages).toEqual(expect.arrayContaining(["Unexpected value 'timeout-minute'", 'Invalid input, no-such-input is not defined in the referenced workflow.']))
    expect(new Set(messages).size).toBe(messages.length)
  })

  test('actionlint: untrusted context in run:', async () => {
    const messages = (await actionlintFindings(fixture, '.github/workflows/bad.yml')).map((finding) => finding.message)
    expect(messages.some((message) => message.includes('"github.event.pull_request.title" is potentially untrusted'))).toBe(true)
  })

  test('local actions: an undeclared input, a missing action and an undeclared output', async () => {
    const messages = (await localActionFindings(fixture, '.github/workflows/bad.yml')).map((finding) => finding.message)
    expect(messages).toEqual([
      "build: promote has no input 'shaa' (it takes: sha, artifacts-dir, files-root)",
      'build: ./actions/missing: there is no actions/missing/action.yml',
      "steps.p.outputs.nope: promote has no output 'nope' (it gives: package-digest, refs, manifest-path)",
    ])
  })

  test('a required input that is not given', async () => {
    await mkdir(join(fixture, 'actions/needs-input'), { recursive: true })
    await writeFile(join(fixture, 'actions/needs-input/action.yml'), 'name: x\ndescription: x\ninputs:\n  files:\n    description: x\n    required: true\nruns:\n  using: node24\n  main: index.js\n')
    await writeFile(join(fixture, '.github/workflows/required.yml'), 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./actions/needs-input\n')
    const messages = (await localActionFindings(fixture, '.github/workflows/required.yml')).map((finding) => finding.message)
    expect(messages).toEqual(["a: needs-input needs its required input 'files'"])
  })

  test('pinning: a tag, and a SHA without its version comment', async () => {
    const messages = (await pinningFindings(fixture, '.github/workflows/bad.yml')).map((finding) => finding.message)
    expect(messages).toEqual([
      'actions/checkout@v4: pin to a full 40-hex commit SHA, with the version in a comment (tags can be moved)',
      'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020: add the version the SHA stands for as a comment (e.g. # v4.2.2)',
    ])
  })

  test('run: may not expand any ${{ }}', async () => {
    const findings = await untrustedContextFindings(fixture, '.github/workflows/bad.yml')
    expect(findings.map((finding) => [finding.line, finding.message])).toEqual([
      [17, 'build: run: expands ${{ github.event.pull_request.title }}; pass it through env: and use the variable instead'],
      [17, 'build: run: expands ${{ steps.p.outputs.nope }}; pass it through env: and use the variable instead'],
    ])
  })

  test('a YAML syntax error that crashes actionlint is a finding, and the next file is still linted', async () => {
    await writeFile(join(fixture, '.github/workflows/broken.yml'), 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Replay: broken\n        run: echo\n')
    const broken = await actionlintFindings(fixture, '.github/workflows/broken.yml')
    expect(broken.length).toBeGreaterThan(0)
    const next = await actionlintFindings(fixture, '.github/workflows/bad.yml')
    expect(next.some((finding) => finding.message.includes('potentially untrusted'))).toBe(true)
  })
})
