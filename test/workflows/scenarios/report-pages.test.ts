// The release dashboard on GitHub Pages (shipgate-report.yml), executed: the push pipeline's report
// job builds the site from the run's evidence and keeps it as the run's github-pages artifact,
// deploying it only with SHIPGATE_PUBLISH_REPORT; a small caller of the test's own reads the pipeline
// run as an earlier run and publishes; a caller that does not grant pages: write is refused. The
// full pipeline runs once; the callers build on its evidence.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { WorkflowRunRecord } from '../harness/index.js'
import { DEPLOYED_RUN, failures, jobResults, startPipelineWorld, type PipelineWorld } from './pipeline-helpers.js'

const run = promisify(execFile)

const CALLER = '.github/workflows/report-caller.yml'
const CALLER_WITHOUT_PAGES = '.github/workflows/report-caller-without-pages.yml'
const DEPLOY_ONLY = '.github/workflows/deploy-only.yml'

/** A workflow started by hand whose one job calls shipgate-report.yml over the pipeline's runs. */
function callerWorkflow(permissions: string): string {
  return `name: report caller
on: workflow_dispatch
permissions:
  contents: read
jobs:
  report:
    permissions: ${permissions}
    uses: ./.github/workflows/shipgate-report.yml
    with:
      shipgate-ref: \${{ github.sha }}
      workflow: cloud-delivery-pipeline.yml
      publish-report: \${{ vars.SHIPGATE_PUBLISH_REPORT == 'true' }}
`
}

let world: PipelineWorld
let pipeline: WorkflowRunRecord

beforeAll(async () => {
  world = await startPipelineWorld({
    files: {
      [CALLER]: callerWorkflow('{ contents: read, actions: read, pages: write, id-token: write }'),
      [CALLER_WITHOUT_PAGES]: callerWorkflow('{ contents: read, actions: read, id-token: write }'),
      // deploy-pages in a run that uploaded no site (the SHA shipgate-report.yml pins).
      [DEPLOY_ONLY]: `name: deploy only
on: workflow_dispatch
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions: { pages: write, id-token: write }
    steps:
      - id: deployment
        uses: actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128 # v5.0.0
`,
    },
  })
}, 300_000)
afterAll(async () => world?.close())

/** The files of a run's github-pages artifact: the zip upload-artifact made, holding artifact.tar. */
async function pagesSite(record: WorkflowRunRecord): Promise<{ files: string[]; read(path: string): Promise<string> }> {
  const artifact = world.harness.artifactService.artifacts.find((candidate) => candidate.runId === record.id && candidate.name === 'github-pages')
  if (!artifact) throw new Error(`run ${record.id} has no github-pages artifact (it has: ${record.artifacts.map((listed) => listed.name).join(', ')})`)
  const folder = await mkdtemp(join(tmpdir(), 'shipgate-pages-artifact-'))
  try {
    await writeFile(join(folder, 'artifact.zip'), artifact.content)
    const unzipped = await run('unzip', ['-Z1', 'artifact.zip'], { cwd: folder })
    expect(unzipped.stdout.trim().split('\n')).toEqual(['artifact.tar'])
    await run('unzip', ['-q', 'artifact.zip'], { cwd: folder })
    const files = (await run('tar', ['-tf', 'artifact.tar'], { cwd: folder })).stdout.trim().split('\n')
    const contents = new Map<string, string>()
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      contents.set(file, (await run('tar', ['-xOf', 'artifact.tar', file], { cwd: folder, maxBuffer: 16 * 1024 * 1024 })).stdout)
    }
    return { files, read: async (path) => contents.get(path) ?? '' }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

const releaseRow = (sha: string) => `<tr data-sha="${sha}">`

test("a push without SHIPGATE_PUBLISH_REPORT: the report job puts this run's release on the dashboard, keeps it as the github-pages artifact and deploys nothing", async () => {
  pipeline = await world.push({ 'dist/cli/index.js': `${await world.repo.show('HEAD', 'dist/cli/index.js')}// report change\n` }, 'change the runtime')
  expect(failures(pipeline)).toEqual([])
  expect(jobResults(pipeline)).toEqual(DEPLOYED_RUN)
  expect(pipeline.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })

  const site = await pagesSite(pipeline)
  expect(site.files).toEqual(expect.arrayContaining(['./index.html', `./releases/${pipeline.sha}.html`]))
  expect(await site.read('./index.html')).toContain(releaseRow(pipeline.sha))
  expect(pipeline.artifacts.filter((artifact) => artifact.name === 'github-pages')).toHaveLength(1)
  expect(pipeline.jobs['report/build']!.steps.at(-1)!.outputs.artifact_id).toBe(String(pipeline.artifacts.find((artifact) => artifact.name === 'github-pages')!.id))

  // What publishing needs is granted to the report job alone: no release job holds it, nor the build.
  const releaseJobs = Object.values(pipeline.jobs).filter((job) => job.key !== 'report' && !job.key.startsWith('report/'))
  expect(releaseJobs.filter((job) => job.permissions.pages || job.permissions['id-token']).map((job) => job.key)).toEqual([])
  expect(pipeline.jobs['report/build']!.permissions).toEqual({ contents: 'read', actions: 'read', metadata: 'read' })
}, 300_000)

test('a caller with SHIPGATE_PUBLISH_REPORT true: the pipeline run is read as an earlier run, and the publish job deploys the dashboard and says its page_url', async () => {
  const caller = await world.harness.runWorkflow({ workflow: CALLER, event: 'workflow_dispatch', vars: { SHIPGATE_PUBLISH_REPORT: 'true' } })
  expect(failures(caller)).toEqual([])
  expect(jobResults(caller)).toEqual({ report: 'success', 'report/build': 'success', 'report/publish': 'success' })

  // This run has no evidence of its own: the release on its dashboard is the pipeline run's.
  const site = await pagesSite(caller)
  expect(await site.read('./index.html')).toContain(releaseRow(pipeline.sha))
  const earlier = caller.jobs['report/build']!.steps.find((step) => step.name === "Download the evidence artifacts of the workflow's earlier runs")!
  expect(earlier.log).toContain(`run ${pipeline.id}: release-${pipeline.sha}`)

  const publish = caller.jobs['report/publish']!
  expect(publish.permissions).toEqual({ pages: 'write', 'id-token': 'write', metadata: 'read' })
  expect(publish.steps.map((step) => [step.id, step.outcome, step.outputs.page_url])).toEqual([['deployment', 'success', 'https://acme.github.io/shipgate/']])
  expect(publish.environment).toEqual({ name: 'github-pages', url: 'https://acme.github.io/shipgate/' })
  expect(publish.concurrency).toEqual({ group: 'shipgate-report-pages', cancelInProgress: false })
}, 300_000)

test('a caller whose job does not grant pages: write: GitHub refuses the run before any job, the deploy included, starts', async () => {
  const refused = await world.harness.runWorkflow({ workflow: CALLER_WITHOUT_PAGES, event: 'workflow_dispatch', vars: { SHIPGATE_PUBLISH_REPORT: 'true' } })
  expect(refused.errors).toEqual([".github/workflows/shipgate-report.yml: The nested job 'publish' is requesting 'pages: write', but is only allowed 'pages: none'."])
  expect(refused.jobs).toEqual({})
  expect(refused.conclusion).toBe('failure')
}, 60_000)

test('deploy-pages in a run without a github-pages artifact fails as on GitHub, with no page_url', async () => {
  const run = await world.harness.runWorkflow({ workflow: DEPLOY_ONLY, event: 'workflow_dispatch' })
  const publish = run.jobs.publish!
  expect([publish.result, publish.steps[0]!.outputs.page_url]).toEqual(['failure', undefined])
  expect(publish.annotations.map((annotation) => `${annotation.level}: ${annotation.message}`)).toEqual([
    'error: No artifacts named "github-pages" were found for this workflow run. Ensure artifacts are uploaded with actions/upload-artifact@v4 or later.',
  ])
}, 60_000)
