// Scenario 7: commit-stage.yml on pull_request and in the merge queue, executed with GitHub's job
// semantics: the commit-stage job, then the reusable commit gate, which proves through the GitHub
// API that the commit under test passed the required check and records the commit-stage evidence.
// What the harness cannot run inside this repository's own test suite is stubbed, by name, and the
// records say so: npm ci, lint, the tests (they would run these scenarios again) and the rebuild.
// GitHub records the commit-stage job as a check run on the commit under test; the test scripts that
// check run on the local REST server.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { startWorkflowHarness, type WorkflowHarness } from '../harness/index.js'
import { jobResults } from './pipeline-helpers.js'
import { shipgateRepository, type ScenarioRepository } from './shipgate-fixture.js'

const WORKFLOW = '.github/workflows/commit-stage.yml'
const STUBBED = [
  'Install',
  'Lint and type check',
  'Unit tests and workflow checks (Node 20, the oldest Node shipgate supports)',
  'Unit tests and workflow checks (Node 24, the runtime of the actions)',
  'Generated files (dist/, action.yml, schemas) match the source',
]

let repo: ScenarioRepository
let harness: WorkflowHarness
let base: string
let checkId = 100

beforeAll(async () => {
  repo = await shipgateRepository()
  base = repo.head
  harness = await startWorkflowHarness({ repositories: { 'acme/shipgate': repo.folder }, node: process.env.SHIPGATE_NODE24 || undefined })
}, 300_000)
afterAll(async () => {
  await harness?.close()
  await repo?.remove()
})

/** A commit under test whose commit-stage check ended with `conclusion`, as GitHub would record it. */
async function commitUnderTest(files: Record<string, string>, conclusion: 'success' | 'failure'): Promise<string> {
  const sha = await repo.commit(files, 'a change under review')
  const changed = await repo.changedFiles(sha)
  harness.rest.commit(sha, { checkRuns: [{ id: checkId++, name: 'commit-stage', status: 'completed', conclusion }], parents: [base], files: changed })
  harness.rest.compare(base, sha, changed)
  return sha
}

const stubs = Object.fromEntries(STUBBED.map((name) => [`commit-stage|${name}`, `echo "stubbed: ${name}"`]))


test('7a. pull_request: the commit stage, then the gate on the pull request head; its evidence is uploaded', async () => {
  const head = await commitUnderTest({ 'src/feature.ts': 'export const feature = 1\n' }, 'success')
  const run = await harness.runWorkflow({
    workflow: WORKFLOW,
    event: 'pull_request',
    ref: 'refs/pull/5/merge',
    sha: head,
    payload: { number: 5, pull_request: { number: 5, head: { sha: head, ref: 'feature' }, base: { sha: base, ref: 'main' } } },
    stubRunSteps: stubs,
  })
  expect(jobResults(run)).toEqual({ 'commit-stage': 'success', 'commit-gate': 'success', 'commit-gate/gate': 'success' })
  expect(run.jobs['commit-stage']!.steps.filter((step) => step.stubbed).map((step) => step.name)).toEqual(STUBBED)
  expect(run.jobs['commit-gate/gate']!.outputs).toMatchObject({ sha: head, 'runtime-changed': 'true' })
  expect(run.jobs['commit-gate/gate']!.permissions).toEqual({ contents: 'read', checks: 'read', statuses: 'read', 'pull-requests': 'read', metadata: 'read' })
  expect(run.artifacts.map((artifact) => artifact.name)).toContain(`commit-stage-${head}`)
}, 300_000)

test('7b. merge_group: the gate takes the merge group head; a failed commit-stage check fails the gate', async () => {
  const head = await commitUnderTest({ 'src/feature.ts': 'export const feature = 2\n' }, 'failure')
  const run = await harness.runWorkflow({
    workflow: WORKFLOW,
    event: 'merge_group',
    ref: 'refs/heads/gh-readonly-queue/main/pr-6',
    sha: head,
    payload: { merge_group: { head_sha: head, head_ref: 'refs/heads/gh-readonly-queue/main/pr-6', base_sha: base, base_ref: 'refs/heads/main' } },
    stubRunSteps: stubs,
  })
  expect(jobResults(run)).toEqual({ 'commit-stage': 'success', 'commit-gate': 'failure', 'commit-gate/gate': 'failure' })
  expect(run.conclusion).toBe('failure')
  expect(run.jobs['commit-gate/gate']!.annotations.map((annotation) => annotation.message).join('\n')).toContain(`required check 'commit-stage' concluded failure on ${head}`)
}, 300_000)
