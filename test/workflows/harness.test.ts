// The workflow harness runs small fixture workflows with GitHub's semantics: the job graph and its
// transitive skip rule, status functions, outputs, continue-on-error, matrices, reusable workflows
// (typed inputs, secrets, outputs, the caller's context, another repository at a SHA),
// environments, file commands, local and emulated actions, artifacts, the REST gate and the clock.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createFixtureRepository, type FixtureRepository } from './harness/fixture-repository.js'
import { startWorkflowHarness, type WorkflowHarness, type WorkflowRunRecord } from './harness/index.js'

const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683'
const UPLOAD = 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02'
const DOWNLOAD = 'actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093'

/** A local JavaScript action with no dependencies: it echoes its inputs and runtime into outputs. */
const GREET_ACTION = {
  'actions/greet/action.yml': `
name: greet
description: says hello
inputs:
  who:
    description: whom to greet
    required: true
  greeting word:
    description: an input whose name has a space
    default: Hello
  the-mood:
    description: an input whose name has a hyphen, defaulting to an expression
    default: \${{ github.event_name }}
outputs:
  message:
    description: the greeting
runs:
  using: node20
  main: index.mjs
`,
  'actions/greet/index.mjs': `
import { appendFileSync } from 'node:fs'
const message = process.env['INPUT_GREETING_WORD'] + ', ' + process.env['INPUT_WHO'] + '!'
appendFileSync(process.env.GITHUB_OUTPUT, 'message=' + message + '\\n')
appendFileSync(process.env.GITHUB_OUTPUT, 'mood=' + process.env['INPUT_THE-MOOD'] + '\\n')
appendFileSync(process.env.GITHUB_OUTPUT, 'runtime=' + (process.env.ACTIONS_RUNTIME_TOKEN ? 'yes' : 'no') + '\\n')
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '### ' + message + '\\n')
console.log('::notice title=greet::said %25 hello')
`,
}

let shop: FixtureRepository
let tools: FixtureRepository
let harness: WorkflowHarness

beforeAll(async () => {
  shop = await createFixtureRepository({ 'README.md': 'shop\n', ...GREET_ACTION })
  tools = await createFixtureRepository({ 'README.md': 'tools\n' })
  harness = await startWorkflowHarness({
    repositories: { 'acme/shop': shop.folder, 'acme/tools': tools.folder },
    vars: { REGION: 'repository-region' },
    secrets: { REPO_SECRET: 'repo-secret-value-1234' },
    environments: {
      staging: { vars: { REGION: 'staging-region' }, secrets: { API_KEY: 'staging-api-key-5678' } },
      locked: { approve: false },
      production: { approve: true },
    },
  })
})

afterAll(async () => {
  await harness?.close()
  await shop?.remove()
  await tools?.remove()
})

/** Commits the workflow (and any other files) to acme/shop and runs it on push. */
async function run(
  workflow: string,
  options: { files?: Record<string, string>; event?: string; now?: string; inputs?: Record<string, string | number | boolean>; before?: (sha: string) => void; stubRunSteps?: Record<string, string> } = {},
): Promise<WorkflowRunRecord> {
  const path = `.github/workflows/w${harness.runs.length + 1}-${Date.now()}.yml`
  const sha = await shop.commit({ [path]: workflow, ...options.files })
  options.before?.(sha)
  return harness.runWorkflow({
    workflow: path,
    event: options.event ?? 'push',
    ...(options.now ? { now: options.now } : {}),
    ...(options.inputs ? { inputs: options.inputs } : {}),
    ...(options.stubRunSteps ? { stubRunSteps: options.stubRunSteps } : {}),
  })
}

const results = (record: WorkflowRunRecord) => Object.fromEntries(Object.entries(record.jobs).map(([key, job]) => [key, job.result]))

describe('the job graph', () => {
  test('a job without a status function is skipped when any job upstream was skipped, even through a job that ran; !cancelled() runs', async () => {
    const record = await run(`
on: push
jobs:
  build:
    if: github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    steps: [{ run: echo build }]
  fetch:
    runs-on: ubuntu-latest
    steps: [{ run: echo fetch }]
  promote:
    needs: [build, fetch]
    if: always() && (needs.build.result == 'success' || needs.fetch.result == 'success')
    runs-on: ubuntu-latest
    steps: [{ run: echo promote }]
  acceptance:
    needs: promote
    runs-on: ubuntu-latest
    steps: [{ run: echo acceptance }]
  deploy:
    needs: acceptance
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    steps: [{ run: echo deploy }]
  guarded:
    needs: promote
    if: \${{ !cancelled() && needs.promote.result == 'success' }}
    runs-on: ubuntu-latest
    steps: [{ run: echo guarded }]
  after-guarded:
    needs: guarded
    runs-on: ubuntu-latest
    steps: [{ run: echo after-guarded }]
`)
    expect(results(record)).toEqual({
      build: 'skipped',
      fetch: 'success',
      promote: 'success',
      // promote succeeded, but build (upstream of promote) was skipped: implicit success() is false.
      acceptance: 'skipped',
      deploy: 'success',
      guarded: 'success',
      'after-guarded': 'skipped',
    })
    expect(record.conclusion).toBe('success')
    expect(record.jobs.acceptance!.steps).toEqual([])
  })

  test('after a failure: success() skips, !cancelled() and always() run, failure() sees a failed ancestor anywhere upstream', async () => {
    const record = await run(`
on: push
jobs:
  broken:
    runs-on: ubuntu-latest
    steps: [{ run: exit 3 }]
  middle:
    needs: broken
    if: always()
    runs-on: ubuntu-latest
    steps: [{ run: echo middle }]
  default-if:
    needs: middle
    runs-on: ubuntu-latest
    steps: [{ run: echo default }]
  not-cancelled:
    needs: broken
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    steps: [{ run: echo not-cancelled }]
  on-failure:
    needs: middle
    if: failure()
    runs-on: ubuntu-latest
    steps: [{ run: echo on-failure }]
  on-success:
    needs: middle
    if: success()
    runs-on: ubuntu-latest
    steps: [{ run: echo on-success }]
  result-check:
    needs: [broken, middle]
    if: always() && needs.broken.result == 'failure' && needs.middle.result == 'success'
    runs-on: ubuntu-latest
    steps: [{ run: echo checked }]
`)
    expect(results(record)).toEqual({
      broken: 'failure',
      middle: 'success',
      'default-if': 'skipped',
      'not-cancelled': 'success',
      'on-failure': 'success',
      'on-success': 'skipped',
      'result-check': 'success',
    })
    expect(record.conclusion).toBe('failure')
    expect(record.jobs.broken!.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: 'Process completed with exit code 3.' }))
  })

  test("a skipped job's outputs are empty strings and its result is skipped", async () => {
    const record = await run(`
on: push
jobs:
  never:
    if: false
    runs-on: ubuntu-latest
    outputs:
      value: \${{ steps.s.outputs.value }}
    steps: [{ id: s, run: echo "value=set" >> "$GITHUB_OUTPUT" }]
  reader:
    needs: never
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    outputs:
      seen: \${{ steps.r.outputs.seen }}
    steps:
      - id: r
        env:
          VALUE: \${{ needs.never.outputs.value }}
          RESULT: \${{ needs.never.result }}
        run: echo "seen=[$VALUE] $RESULT" >> "$GITHUB_OUTPUT"
`)
    expect(record.jobs.never!.outputs).toEqual({ value: '' })
    expect(record.jobs.reader!.outputs).toEqual({ seen: '[] skipped' })
  })

  test('continue-on-error: the step outcome is failure, its conclusion success; a job allowed to fail does not fail the run; a step over its timeout-minutes fails', async () => {
    const record = await run(`
on: push
jobs:
  steps:
    runs-on: ubuntu-latest
    outputs:
      report: \${{ steps.report.outputs.report }}
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 1
      - id: report
        env:
          OUTCOME: \${{ steps.flaky.outcome }}
          CONCLUSION: \${{ steps.flaky.conclusion }}
        run: echo "report=$OUTCOME/$CONCLUSION/\${{ job.status }}" >> "$GITHUB_OUTPUT"
      - id: skipped-on-success
        if: failure()
        run: echo never
  allowed:
    runs-on: ubuntu-latest
    continue-on-error: true
    steps: [{ run: exit 1 }, { run: echo not reached }]
  after-allowed:
    needs: allowed
    runs-on: ubuntu-latest
    steps: [{ run: echo after }]
  slow:
    runs-on: ubuntu-latest
    steps:
      - run: sleep 5
        timeout-minutes: 0.01
`)
    const [flaky, , skipped] = record.jobs.steps!.steps
    expect([flaky!.outcome, flaky!.conclusion, skipped!.outcome]).toEqual(['failure', 'success', 'skipped'])
    expect(record.jobs.steps!.outputs.report).toBe('failure/success/success')
    expect(record.jobs.allowed).toMatchObject({ outcome: 'failure', result: 'success' })
    expect(record.jobs.allowed!.steps.map((step) => step.outcome)).toEqual(['failure', 'skipped'])
    expect(record.jobs['after-allowed']!.result).toBe('success')
    expect(record.jobs.slow!.steps[0]!.outcome).toBe('failure')
    expect(record.jobs.slow!.annotations).toEqual([{ level: 'error', step: '__run', message: "The action 'Run sleep 5' has timed out after 0.01 minutes." }])
    expect(record.conclusion).toBe('failure')
  })

  test('a matrix: include and exclude, the matrix and strategy contexts, and fail-fast', async () => {
    const record = await run(`
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [18, 20]
        os: [linux, mac]
        exclude:
          - { node: 18, os: mac }
        include:
          - { node: 20, flavour: lts }
          - { node: 22, os: linux }
    outputs:
      last: \${{ steps.s.outputs.leg }}
    steps:
      - id: s
        run: echo "leg=\${{ matrix.node }}-\${{ matrix.os }}-\${{ matrix.flavour }}-\${{ strategy.job-index }}/\${{ strategy.job-total }}" >> "$GITHUB_OUTPUT"
  fast:
    runs-on: ubuntu-latest
    strategy:
      matrix: { n: [1, 2, 3] }
    steps: [{ run: '[ "\${{ matrix.n }}" != 2 ]' }]
  slow:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix: { n: [1, 2, 3] }
    steps: [{ run: '[ "\${{ matrix.n }}" != 2 ]' }]
`)
    expect(record.jobs.test!.legs).toEqual(['test (18, linux)', 'test (20, linux, lts)', 'test (20, mac, lts)', 'test (22, linux)'])
    expect(record.jobs.test!.legs!.map((leg) => record.jobs[leg]!.steps[0]!.outputs.leg)).toEqual(['18-linux--0/4', '20-linux-lts-1/4', '20-mac-lts-2/4', '22-linux--3/4'])
    expect(record.jobs['test (20, mac, lts)']!.matrix).toEqual({ node: 20, os: 'mac', flavour: 'lts' })
    expect(record.jobs.test!.result).toBe('success')
    expect(record.jobs.fast!.legs!.map((leg) => record.jobs[leg]!.result)).toEqual(['success', 'failure', 'cancelled'])
    expect(record.jobs.slow!.legs!.map((leg) => record.jobs[leg]!.result)).toEqual(['success', 'failure', 'success'])
    expect([record.jobs.fast!.result, record.jobs.slow!.result, record.conclusion]).toEqual(['failure', 'failure', 'failure'])
  })
})

describe('reusable workflows', () => {
  const callee = `
on:
  workflow_call:
    inputs:
      flag: { type: boolean, required: true }
      count: { type: number, default: 1 }
      label: { type: string, default: none }
      fallback: { type: string, default: "from-\${{ github.event_name }}" }
    secrets:
      TOKEN: { required: false }
    outputs:
      summary:
        value: \${{ jobs.work.outputs.summary }}
      context:
        value: \${{ jobs.work.outputs.context }}
      inherited:
        value: \${{ jobs.work.outputs.inherited }}
permissions: { contents: read }
jobs:
  work:
    runs-on: ubuntu-latest
    outputs:
      summary: \${{ steps.s.outputs.inputs }}
      context: \${{ steps.s.outputs.context }}
      inherited: \${{ steps.s.outputs.inherited }}
    steps:
      - id: s
        env:
          INPUTS: \${{ toJSON(inputs) }}
          TOKEN: \${{ secrets.TOKEN }}
          INHERITED: \${{ secrets.REPO_SECRET }}
          CONTEXT: \${{ github.repository }} \${{ github.event_name }} \${{ github.sha }} \${{ github.workflow_ref }} \${{ github.job }}
        run: |
          {
            echo "inputs<<EOF"
            echo "$INPUTS"
            echo "EOF"
            echo "context=$CONTEXT"
            echo "inherited=\${INHERITED:+yes}"
          } >> "$GITHUB_OUTPUT"
          echo "token is $TOKEN"
`

  test('typed inputs with defaults, mapped secrets and inherit, outputs, and the caller\'s github context', async () => {
    const path = `.github/workflows/callee-${Date.now()}.yml`
    const record = await run(
      `
on: push
permissions: { contents: read }
jobs:
  call:
    uses: ./${path}
    with:
      flag: true
      count: 3
      label: \${{ github.event_name }}
    secrets:
      TOKEN: \${{ secrets.REPO_SECRET }}
  inherit:
    uses: ./${path}
    with: { flag: false }
    secrets: inherit
  report:
    needs: call
    runs-on: ubuntu-latest
    steps:
      - id: r
        env: { SUMMARY: "\${{ needs.call.outputs.summary }}" }
        run: echo "$SUMMARY" | head -c 0
`,
      { files: { [path]: callee } },
    )
    expect(record.errors).toEqual([])
    expect(Object.keys(record.jobs).sort()).toEqual(['call', 'call/work', 'inherit', 'inherit/work', 'report'])
    expect(JSON.parse(record.jobs.call!.outputs.summary!)).toEqual({ flag: true, count: 3, label: 'push', fallback: 'from-push' })
    expect(JSON.parse(record.jobs.inherit!.outputs.summary!)).toEqual({ flag: false, count: 1, label: 'none', fallback: 'from-push' })
    const workflowFile = record.workflow
    expect(record.jobs.call!.outputs.context).toBe(`acme/shop push ${record.sha} acme/shop/${workflowFile}@refs/heads/main work`)
    // Mapped secrets are the only secrets the callee sees; inherit passes them all.
    expect([record.jobs.call!.outputs.inherited, record.jobs.inherit!.outputs.inherited]).toEqual(['', 'yes'])
    expect(record.jobs['call/work']!.steps[0]!.log).toContain('token is ***')
    expect(JSON.stringify(record.jobs)).not.toContain('repo-secret-value-1234')
    expect(record.jobs.call).toMatchObject({ result: 'success', calls: `./${path}`, steps: [] })
    expect(record.jobs['call/work']!.workflow).toBe(path)
    expect(record.jobs.report!.result).toBe('success')
  })

  test('a required input left out, or an unknown one given, makes the run invalid, as GitHub refuses to start it', async () => {
    const path = `.github/workflows/callee-${Date.now()}.yml`
    const record = await run(
      `
on: push
jobs:
  call:
    uses: ./${path}
    with: { count: 2, colour: blue }
`,
      { files: { [path]: callee } },
    )
    expect(record.conclusion).toBe('failure')
    expect(record.errors).toEqual([
      expect.stringContaining('Input flag is required, but not provided while calling.'),
      expect.stringContaining('Invalid input, colour is not defined in the referenced workflow.'),
    ])
    expect(record.jobs).toEqual({})
  })

  test('a called job asking for more permissions than its caller grants makes the run invalid; one asking for none inherits the caller\'s', async () => {
    const greedy = `.github/workflows/greedy-${Date.now()}.yml`
    const modest = `.github/workflows/modest-${Date.now()}.yml`
    const invalid = await run(
      `
on: push
permissions: { contents: read }
jobs:
  call:
    uses: ./${greedy}
`,
      { files: { [greedy]: 'on: workflow_call\njobs:\n  build:\n    runs-on: ubuntu-latest\n    permissions: { actions: read }\n    steps: [{ run: echo }]\n' } },
    )
    expect(invalid.errors).toEqual([`${greedy}: The nested job 'build' is requesting 'actions: read', but is only allowed 'actions: none'.`])
    const inherited = await run(
      `
on: push
jobs:
  call:
    permissions: { contents: read, deployments: write }
    uses: ./${modest}
`,
      { files: { [modest]: 'on: workflow_call\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]\n  narrow:\n    runs-on: ubuntu-latest\n    permissions: { deployments: read }\n    steps: [{ run: echo }]\n' } },
    )
    expect(inherited.jobs['call/build']!.permissions).toEqual({ contents: 'read', deployments: 'write', metadata: 'read' })
    expect(inherited.jobs['call/narrow']!.permissions).toEqual({ deployments: 'read', metadata: 'read' })
  })

  test("a workflow of another repository, called at a SHA, runs that commit's file, and its ./ actions resolve in the caller's checkout", async () => {
    const v1 = await tools.commit({
      '.github/workflows/remote.yml': `
on:
  workflow_call:
    outputs:
      greeting: { value: "\${{ jobs.greet.outputs.greeting }}" }
      version: { value: v1 }
jobs:
  greet:
    runs-on: ubuntu-latest
    outputs: { greeting: "\${{ steps.greet.outputs.message }}" }
    steps:
      - uses: ${CHECKOUT}
      - id: greet
        uses: ./actions/greet
        with: { who: remote }
`,
    })
    await tools.commit({ '.github/workflows/remote.yml': 'on: workflow_call\noutputs: {}\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps: [{ run: exit 1 }]\n' })
    const record = await run(`
on: push
jobs:
  remote:
    uses: acme/tools/.github/workflows/remote.yml@${v1}
`)
    expect(record.errors).toEqual([])
    expect(record.jobs.remote!.outputs).toEqual({ greeting: 'Hello, remote!', version: 'v1' })
    expect(record.jobs['remote/greet']!.workflow).toBe('.github/workflows/remote.yml')
  })
})

describe('environments and secrets', () => {
  test("a job naming an environment sees its vars and secrets over the repository's; a rejected approval fails the job without running it", async () => {
    const record = await run(`
on: push
jobs:
  plain:
    runs-on: ubuntu-latest
    outputs: { region: "\${{ steps.s.outputs.region }}", key: "\${{ steps.s.outputs.key }}" }
    steps:
      - id: s
        run: |
          echo "region=\${{ vars.REGION }}" >> "$GITHUB_OUTPUT"
          echo "key=[\${{ secrets.API_KEY }}]" >> "$GITHUB_OUTPUT"
  staged:
    runs-on: ubuntu-latest
    environment:
      name: staging
      url: https://staging.example/\${{ steps.s.outputs.region }}
    outputs: { region: "\${{ steps.s.outputs.region }}" }
    steps:
      - id: s
        env: { API_KEY: "\${{ secrets.API_KEY }}" }
        run: |
          echo "region=\${{ vars.REGION }}" >> "$GITHUB_OUTPUT"
          echo "key is $API_KEY, and again \${{ secrets.REPO_SECRET }}"
  shipped:
    runs-on: ubuntu-latest
    environment: production
    steps: [{ run: echo shipped }]
  locked:
    runs-on: ubuntu-latest
    environment: locked
    steps: [{ run: echo never }]
  after-locked:
    needs: locked
    runs-on: ubuntu-latest
    steps: [{ run: echo never }]
`)
    expect(record.jobs.plain!.outputs).toEqual({ region: 'repository-region', key: '[]' })
    expect(record.jobs.staged!.outputs).toEqual({ region: 'staging-region' })
    expect(record.jobs.staged!.environment).toEqual({ name: 'staging', url: 'https://staging.example/staging-region' })
    expect(record.jobs.staged!.steps[0]!.log).toBe('key is ***, and again ***')
    expect(record.jobs.shipped).toMatchObject({ result: 'success', environment: { name: 'production', approval: 'approved' } })
    expect(record.jobs.locked).toMatchObject({ result: 'failure', steps: [], environment: { name: 'locked', approval: 'rejected' } })
    expect(record.jobs['after-locked']!.result).toBe('skipped')
    expect(record.conclusion).toBe('failure')
  })

  test('an output that carries a secret is dropped with a warning, as the runner does', async () => {
    const record = await run(`
on: push
jobs:
  leaky:
    runs-on: ubuntu-latest
    outputs: { secret: "\${{ secrets.REPO_SECRET }}", fine: ok }
    steps: [{ run: echo }]
`)
    expect(record.jobs.leaky!.outputs).toEqual({ fine: 'ok' })
    expect(record.jobs.leaky!.annotations).toContainEqual({ level: 'warning', message: "Skip output 'secret' since it may contain secret." })
  })
})

describe('steps', () => {
  test('env merges workflow, job and step; GITHUB_ENV (also as a heredoc) and GITHUB_PATH reach later steps; GITHUB_OUTPUT heredocs keep their lines', async () => {
    const record = await run(`
on: push
env: { A: workflow, B: workflow, C: workflow }
jobs:
  env:
    runs-on: ubuntu-latest
    env: { B: job, C: job }
    outputs:
      merged: \${{ steps.merged.outputs.value }}
      later: \${{ steps.later.outputs.value }}
      multi: \${{ steps.merged.outputs.multi }}
    steps:
      - id: merged
        env: { C: step }
        run: |
          echo "value=$A $B $C" >> "$GITHUB_OUTPUT"
          printf 'multi<<END\\nline one\\nline=two\\nEND\\n' >> "$GITHUB_OUTPUT"
          echo "A=from-env-file" >> "$GITHUB_ENV"
          printf 'NOTE<<X\\nfirst\\nsecond\\nX\\n' >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool-ran\\n' > "$RUNNER_TEMP/bin/mytool" && chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
      - id: later
        run: echo "value=$A|\${{ env.A }}|$(echo "$NOTE" | tr '\\n' ,)|$(mytool)|$CI|$GITHUB_ACTIONS|\${{ runner.os }}" >> "$GITHUB_OUTPUT"
`)
    expect(record.jobs.env!.outputs).toEqual({
      merged: 'workflow job step',
      later: 'from-env-file|from-env-file|first,second,|tool-ran|true|true|Linux',
      multi: 'line one\nline=two',
    })
  })

  test('a stubbed run: step runs the given script instead, is marked stubbed, and only that named step of that job', async () => {
    const record = await run(
      `
on: push
jobs:
  heavy:
    runs-on: ubuntu-latest
    outputs:
      what: \${{ steps.install.outputs.what }}
      next: \${{ steps.next.outputs.what }}
    steps:
      - id: install
        name: Install
        run: exit 7
      - id: next
        name: After
        run: echo "what=the real step" >> "$GITHUB_OUTPUT"
  other:
    runs-on: ubuntu-latest
    steps:
      - name: Install
        run: exit 9
`,
      { stubRunSteps: { 'heavy|Install': 'echo "what=stub" >> "$GITHUB_OUTPUT"' } },
    )
    expect(results(record)).toEqual({ heavy: 'success', other: 'failure' })
    expect(record.jobs.heavy!.outputs).toEqual({ what: 'stub', next: 'the real step' })
    expect(record.jobs.heavy!.steps.map((step) => [step.name, step.stubbed ?? false])).toEqual([['Install', true], ['After', false]])
    expect(record.jobs.other!.steps[0]!.stubbed).toBeUndefined()
  })

  test('a local JavaScript action gets INPUT_* (defaults applied, names upper-cased with spaces to _), the runtime variables, and writes outputs and a summary', async () => {
    const record = await run(`
on: push
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - id: greet
        uses: ./actions/greet
        with: { who: World, unknown: x }
      - id: script
        run: echo "runtime=\${ACTIONS_RUNTIME_TOKEN:-none}" >> "$GITHUB_OUTPUT"
`)
    const [, greet, script] = record.jobs.greet!.steps
    expect(greet!.outputs).toEqual({ message: 'Hello, World!', mood: 'push', runtime: 'yes' })
    expect(script!.outputs).toEqual({ runtime: 'none' })
    expect(record.jobs.greet!.summary).toBe('### Hello, World!\n')
    expect(record.jobs.greet!.annotations).toEqual([
      { level: 'warning', step: 'greet', message: "Unexpected input(s) 'unknown', valid inputs are ['who', 'greeting word', 'the-mood']" },
      { level: 'notice', step: 'greet', title: 'greet', message: 'said % hello' },
    ])
  })

  test('an external action must be pinned to a full SHA, and one the harness does not emulate fails the step', async () => {
    const record = await run(`
on: push
jobs:
  tag:
    runs-on: ubuntu-latest
    steps: [{ uses: actions/checkout@v4 }, { run: echo not reached }]
  unknown:
    runs-on: ubuntu-latest
    steps: [{ uses: someone/something@0123456789abcdef0123456789abcdef01234567 }]
`)
    expect(record.jobs.tag!.steps.map((step) => step.outcome)).toEqual(['failure', 'skipped'])
    expect(record.jobs.tag!.annotations[0]!.message).toBe('actions/checkout@v4: external actions must be pinned to a full 40-hex commit SHA (tags and branches can be moved)')
    expect(record.jobs.unknown!.annotations[0]!.message).toMatch(/^someone\/something@0123456789abcdef0123456789abcdef01234567: the workflow harness does not emulate someone\/something/)
    expect(record.conclusion).toBe('failure')
  })

  test('workflow commands: masks, groups and escaped properties; the run clock (libfaketime) for date and node', async () => {
    const record = await run(
      `
on: push
jobs:
  commands:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "::add-mask::hidden-value"
          echo "the value is hidden-value"
          echo "::group::Details"
          echo "::error file=src/a%2Cb.ts,line=4,col=2,title=Bad%3A thing::broken%0Abadly"
          echo "::endgroup::"
          date -u +%Y-%m-%dT%H:%M
          node -e "console.log('node', new Date().toISOString().slice(0, 16))"
          echo "\${{ github.event.head_commit.timestamp }}"
`,
      { now: '2031-02-03T04:05:06Z' },
    )
    const [step] = record.jobs.commands!.steps
    expect(step!.log.split('\n')).toEqual(['the value is ***', '##[group]Details', '##[error]broken', 'badly', '##[endgroup]', '2031-02-03T04:05', 'node 2031-02-03T04:05', '2031-02-03T04:05:06Z'])
    expect(record.jobs.commands!.annotations).toEqual([{ level: 'error', step: '__run', message: 'broken\nbadly', file: 'src/a,b.ts', line: 4, col: 2, title: 'Bad: thing' }])
    expect(record.startedAt).toBe('2031-02-03T04:05:06.000Z')
  })
})

describe('artifacts and the REST API', () => {
  test('upload-artifact and download-artifact through the real client: hidden files only with include-hidden-files, the no-files warning, all artifacts each in its folder, and another run by run-id', async () => {
    const upload = await run(`
on: push
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - run: mkdir -p out/.hidden && echo a > out/a.txt && echo h > out/.hidden/h.txt && echo s > out/.env
      - uses: ${UPLOAD}
        with: { name: plain, path: out/ }
      - uses: ${UPLOAD}
        with: { name: everything, path: out/, include-hidden-files: true }
      - uses: ${UPLOAD}
        with: { name: nothing, path: missing/ }
  download:
    needs: upload
    runs-on: ubuntu-latest
    outputs: { files: "\${{ steps.list.outputs.files }}" }
    steps:
      - uses: ${DOWNLOAD}
        with: { path: dl }
      - id: list
        run: echo "files=$(cd dl && find . -type f | sort | tr '\\n' ' ')" >> "$GITHUB_OUTPUT"
`)
    expect(upload.conclusion).toBe('success')
    expect(upload.artifacts.map((artifact) => artifact.name)).toEqual(['plain', 'everything'])
    expect(upload.jobs.download!.outputs.files).toBe('./everything/.env ./everything/.hidden/h.txt ./everything/a.txt ./plain/a.txt ')
    expect(upload.jobs.upload!.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: 'No files were found with the provided path: missing/. No artifacts will be uploaded.' }))

    const later = await run(`
on: push
permissions: { actions: read }
jobs:
  fetch:
    runs-on: ubuntu-latest
    outputs: { content: "\${{ steps.read.outputs.content }}" }
    steps:
      - uses: ${DOWNLOAD}
        with: { name: plain, path: earlier, run-id: "${upload.id}", github-token: "\${{ github.token }}" }
      - id: read
        run: echo "content=$(cat earlier/a.txt)" >> "$GITHUB_OUTPUT"
  missing:
    runs-on: ubuntu-latest
    steps:
      - uses: ${DOWNLOAD}
        with: { name: plain }
`)
    expect(later.jobs.fetch!.outputs.content).toBe('a')
    expect(later.jobs.missing!.result).toBe('failure')
    expect(later.jobs.missing!.annotations[0]!.message).toMatch(/^Unable to download artifact\(s\): Artifact not found for name: plain/)
  })

  test("each job's GITHUB_TOKEN gets its permissions at the gate: 403 outside them, 200 inside, 404 off the table, 401 for anything else; runs are listed for later runs", async () => {
    // One node process per job asks for each route and writes the statuses as outputs.
    const probe = `
        run: |
          node --input-type=module -e "
            import { appendFileSync } from 'node:fs'
            const routes = { checks: 'commits/SHA/check-runs', commit: 'commits/SHA', runs: 'actions/runs?status=success', unknown: 'no-such-route' }
            const status = (route, token) => fetch(process.env.GITHUB_API_URL + '/repos/acme/shop/' + route.replace('SHA', process.env.GITHUB_SHA), { headers: { authorization: 'Bearer ' + token } }).then((answer) => answer.status)
            for (const [name, route] of Object.entries(routes)) appendFileSync(process.env.GITHUB_OUTPUT, name + '=' + (await status(route, process.env.TOKEN)) + '\\n')
            appendFileSync(process.env.GITHUB_OUTPUT, 'forged=' + (await status(routes.checks, 'ghs_forged')) + '\\n')
          "`
    const record = await run(
      `
on: push
permissions: {}
jobs:
  checks-only:
    runs-on: ubuntu-latest
    permissions: { checks: read }
    steps:
      - id: probe
        env: { TOKEN: "\${{ github.token }}" }${probe}
  defaults:
    runs-on: ubuntu-latest
    permissions: read-all
    steps:
      - id: probe
        env: { TOKEN: "\${{ secrets.GITHUB_TOKEN }}" }${probe}
`,
      { before: (sha) => harness.rest.commit(sha, { checkRuns: [{ id: 1, name: 'build' }] }) },
    )
    expect(record.jobs['checks-only']!.steps[0]!.outputs).toEqual({ checks: '200', commit: '403', runs: '403', unknown: '404', forged: '401' })
    expect(record.jobs.defaults!.steps[0]!.outputs).toEqual({ checks: '200', commit: '200', runs: '200', unknown: '404', forged: '401' })
    expect(record.jobs['checks-only']!.permissions).toEqual({ checks: 'read', metadata: 'read' })
    const refused = harness.gate.requests.find((request) => request.holder === `${record.id}/checks-only` && request.status === 403)
    expect(refused).toMatchObject({ method: 'GET', path: `/repos/acme/shop/commits/${record.sha}` })
    // Every run is listed on the artifact service as a completed workflow run, with its conclusion.
    const listing = await fetch(`${harness.artifactService.url}/repos/acme/shop/actions/runs?head_sha=${record.sha}`, { headers: { authorization: `token ${harness.artifactService.token}` } })
    const { workflow_runs: listed } = (await listing.json()) as { workflow_runs: { id: number; status: string; conclusion: string; path: string; event: string }[] }
    expect(listed).toEqual([expect.objectContaining({ id: record.id, status: 'completed', conclusion: 'success', path: record.workflow, event: 'push' })])
  })
})
