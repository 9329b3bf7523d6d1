// The push pipeline with SHIPGATE_ACCEPTANCE_SHARDS at 3: shipgate-release.yml runs acceptance as
// three matrix jobs (acceptance-shard, each `shard: i/3`) and the acceptance job merges them before
// the deploy gate reads acceptance. Executed with GitHub's job semantics: which jobs run, what the
// merge decides, and whether anything was deployed.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { DEPLOYED_RUN, failures, jobResults, startPipelineWorld, type PipelineWorld } from './pipeline-helpers.js'
import { repositoryRoot } from './shipgate-fixture.js'

let world: PipelineWorld

// Four checks over three shards: check k runs in shard (k mod 3)+1, so shard 1 has the first and
// the last, and the last fails once a commit adds BROKEN.
const EXTRA_CHECKS = [
  '    - name: the readme is there',
  '      type: command',
  '      run: test -s "$GITHUB_WORKSPACE/README.md"',
  '    - name: nothing is marked broken',
  '      type: command',
  '      run: test ! -e "$GITHUB_WORKSPACE/BROKEN"',
  '',
].join('\n')

const SHARDED_RUN = {
  ...DEPLOYED_RUN,
  'release/acceptance-shard': 'success',
  'release/acceptance-shard (1)': 'success',
  'release/acceptance-shard (2)': 'success',
  'release/acceptance-shard (3)': 'success',
}

beforeAll(async () => {
  const config = await readFile(join(repositoryRoot, '.github/shipgate.yml'), 'utf8')
  const checksEnd = config.indexOf('\n\n', config.indexOf('acceptance:\n  checks:\n')) + 1
  world = await startPipelineWorld({
    vars: { SHIPGATE_ACCEPTANCE_SHARDS: '3' },
    files: { '.github/shipgate.yml': `${config.slice(0, checksEnd)}${EXTRA_CHECKS}${config.slice(checksEnd)}` },
  })
}, 300_000)
afterAll(async () => world?.close())

test('acceptance-shards 3: three shard jobs, each with its own part of the checks, merged into one YES; deployed and decided YES', async () => {
  const run = await world.push({ 'docs/shards.md': 'Sharded acceptance.\n' }, 'docs, sharded')
  expect(failures(run)).toEqual([])
  expect(jobResults(run)).toEqual(SHARDED_RUN)
  expect(run.jobs['release/acceptance-shard']!.legs).toEqual(['release/acceptance-shard (1)', 'release/acceptance-shard (2)', 'release/acceptance-shard (3)'])
  // Each leg ran its shard and nothing else: check k in shard (k mod 3)+1.
  const shardSummaries = [1, 2, 3].map((index) => run.jobs[`release/acceptance-shard (${index})`]!.summary)
  expect(shardSummaries[0]).toMatch(/Shard 1 of 3/)
  expect(shardSummaries[0]).toMatch(/\| the command starts \|[\s\S]*\| nothing is marked broken \|/)
  expect(shardSummaries[1]).toMatch(/Shard 2 of 3[\s\S]*\| the package verifies \|/)
  expect(shardSummaries[2]).toMatch(/Shard 3 of 3[\s\S]*\| the readme is there \|/)
  expect(run.jobs['release/acceptance']!.summary).toContain('Merged 3 shard results into one.')
  expect(run.jobs['release/acceptance']!.outputs).toEqual({ decision: 'YES' })
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  expect(await world.deployed()).toEqual([run.sha])
  expect(run.conclusion).toBe('success')
}, 300_000)

test('one shard says NO: the merge says NO naming it, nothing is deployed, and the release is NO', async () => {
  const deploysBefore = world.harness.rest.deployments.length
  const run = await world.push({ BROKEN: 'yes\n' }, 'mark it broken')
  expect(jobResults(run)).toEqual({ ...SHARDED_RUN, 'release/deploy': 'skipped', 'notify/deliver': 'skipped', outcome: 'failure' })
  // The shard job succeeds with its NO recorded (fail-on-no: false): the merge turns it into the NO.
  expect(run.jobs['release/acceptance-shard (1)']!.summary).toMatch(/acceptance: ❌ NO/)
  expect(run.jobs['release/acceptance']!.outputs).toEqual({ decision: 'NO' })
  expect(run.jobs['release/acceptance']!.steps.find((step) => step.id === 'acceptance')!.log).toMatch(/shards\/1-of-3/)
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'NO', status: 'failure' })
  expect(await world.deployed()).not.toContain(run.sha)
  expect(world.harness.rest.deployments.length).toBe(deploysBefore)
  expect(run.conclusion).toBe('failure')
}, 300_000)
