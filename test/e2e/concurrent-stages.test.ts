// Stages of one SHA started side by side, as real processes from the bundles: concurrent build-once
// runs build once and leave the sealed files alone, and concurrent stages each get their run into
// the pipeline timing.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { groupAlive } from '../../src/platform/process-group.js'
import { runBundle, type BundleOptions } from '../helpers/run-bundle.js'

const SHA = '1111111111111111111111111111111111111111'

let workspace: string
let store: LocalEvidenceStore

function runner(inputs: Record<string, string> = {}): BundleOptions {
  return {
    cwd: workspace,
    inputs: { 'artifacts-dir': '.artifacts', ...inputs },
    env: {
      GITHUB_SHA: SHA,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_WORKSPACE: workspace,
      GITHUB_WORKFLOW: 'cloud-delivery-pipeline',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
    },
  }
}

/**
 * Each build leaves a marker named by its shell's pid (holding the pid of the build-once process
 * that ran it), takes a moment, and writes a file only it could write. With a file `hang` present,
 * the build hangs instead, as `exec sleep` under the marker's pid.
 */
const BUILD_COMMAND = 'mkdir -p markers && echo "$PPID" > "markers/$$" && if [ -e hang ]; then exec sleep 120; fi && sleep 2 && mkdir -p out && echo "service built by $$" > out/service.js'

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-concurrent-'))
  store = new LocalEvidenceStore(join(workspace, '.artifacts'))
  await writeFile(join(workspace, 'shipgate.yml'), ['build:', '  commands:', `    - '${BUILD_COMMAND}'`, '  files:', '    - name: service', '      path: out/service.js', ''].join('\n'))
})

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true })
})

async function builds(): Promise<string[]> {
  return readdir(join(workspace, 'markers')).catch(() => [])
}

describe('build-once for one SHA, started several times at once in one workspace', () => {
  test('exactly one run builds and seals; the others reuse its package; promote finds the sealed bytes', async () => {
    const runs = await Promise.all([1, 2, 3, 4].map(() => runBundle('build-once', runner())))

    for (const run of runs) {
      expect(run.stderr).toBe('')
      expect(run.exitCode).toBe(0)
    }
    const built = await builds()
    expect(built).toHaveLength(1)
    const manifest = requireValid(await store.read('release-package', SHA)).value
    expect(runs.map((run) => run.outputs['package-digest'])).toEqual(Array(4).fill(manifest.digest))
    const sealers = runs.filter((run) => !run.summary.includes('(package already built: reused)'))
    expect(sealers).toHaveLength(1)
    expect(sealers[0]!.stdout).toContain(`Release package ${manifest.digest} written to`)
    for (const run of runs.filter((other) => other !== sealers[0])) {
      expect(run.stdout).toContain(`Release package for ${SHA} already exists (${manifest.digest}); not building again.`)
    }
    expect(await readFile(join(workspace, 'out', 'service.js'), 'utf8')).toBe(`service built by ${built[0]}\n`)

    const promoted = await runBundle('promote', runner())
    expect(promoted.exitCode).toBe(0)
    expect(promoted.outputs['package-digest']).toBe(manifest.digest)
    expect(promoted.summary).toContain('1 file rehashed')

    // Each run's timing is there: the appends did not overwrite one another.
    const timing = requireValid(await store.read('pipeline', SHA)).value
    expect(timing.stages.map((stage) => stage.stage).sort()).toEqual(['build-once', 'build-once', 'build-once', 'build-once', 'promote'])
  })

  test('a run after the package is sealed does not run the build command', async () => {
    expect((await runBundle('build-once', runner())).exitCode).toBe(0)
    const rerun = await runBundle('build-once', runner())
    expect(rerun.exitCode).toBe(0)
    expect(rerun.stdout).not.toContain('Building:')
    expect(await builds()).toHaveLength(1)
  })

  test('the build lock of a run that was killed mid-build is taken over, and the next run builds', async () => {
    await writeFile(join(workspace, 'hang'), '')
    const killed = runBundle('build-once', runner())
    let marker: string[] = []
    while (marker.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      marker = await builds()
    }
    const buildOncePid = Number((await readFile(join(workspace, 'markers', marker[0]!), 'utf8')).trim())
    process.kill(buildOncePid, 'SIGKILL')
    process.kill(Number(marker[0]), 'SIGKILL')
    expect((await killed).exitCode).not.toBe(0)
    // The killed run still holds the lock, as far as the folder tells.
    const locks = join(workspace, '.artifacts', '.locks')
    expect(await readFile(join(locks, (await readdir(locks))[0]!), 'utf8')).toContain(`"pid":${buildOncePid}`)

    await rm(join(workspace, 'hang'))
    const next = await runBundle('build-once', runner())
    expect(next.exitCode).toBe(0)
    expect(next.outputs['runtime-mode']).toBe('built')
    expect(await builds()).toHaveLength(2)
    expect((await runBundle('promote', runner())).exitCode).toBe(0)
    expect(await readdir(locks)).toEqual([])
  })
})

describe('build-once stopped mid-build', () => {
  /** The build records its shell's pid (the leader of its process group), then writes a file only after a long sleep. */
  const SLOW_BUILD = 'mkdir -p markers && echo "$PPID" > "markers/$$" && sleep 120 && mkdir -p out && echo late > out/service.js'

  function processAlive(pid: number): boolean {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }

  test.each(['SIGTERM', 'SIGINT'] as const)('%s to build-once ends its whole build, so nothing writes the files after it', async (signal) => {
    await writeFile(join(workspace, 'shipgate.yml'), ['build:', '  commands:', `    - '${SLOW_BUILD}'`, '  files:', '    - name: service', '      path: out/service.js', ''].join('\n'))
    const stopped = runBundle('build-once', runner())
    let marker: string[] = []
    while (marker.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      marker = await builds()
    }
    const buildGroup = Number(marker[0])
    const buildOncePid = Number((await readFile(join(workspace, 'markers', marker[0]!), 'utf8')).trim())
    try {
      expect(groupAlive(buildGroup)).toBe(true)
      process.kill(buildOncePid, signal)
      const run = await stopped
      expect(run.exitCode).not.toBe(0)
      // build-once ended only after its build's process group: the sleep, and the write after it, are gone with it.
      expect(groupAlive(buildGroup)).toBe(false)
      expect(processAlive(buildGroup)).toBe(false)
      expect(await readdir(workspace)).not.toContain('out')
    } finally {
      if (groupAlive(buildGroup)) process.kill(-buildGroup, 'SIGKILL')
      if (processAlive(buildGroup)) process.kill(buildGroup, 'SIGKILL')
    }
  })
})

describe('the pipeline timing, appended to by eight stages at once', () => {
  /** More trials: SHIPGATE_TRIALS=10 npx jest concurrent-stages (the old code lost runs in every trial). */
  const TRIALS = Number(process.env.SHIPGATE_TRIALS ?? '3')
  const STAGES = 8

  test(`every stage's run is recorded, in each of ${TRIALS} trials`, async () => {
    expect((await runBundle('build-once', runner())).exitCode).toBe(0)
    for (let trial = 1; trial <= TRIALS; trial++) {
      const before = requireValid(await store.read('pipeline', SHA)).value.stages.length
      const runs = await Promise.all(Array.from({ length: STAGES }, () => runBundle('promote', runner())))
      expect(runs.map((run) => run.exitCode)).toEqual(Array(STAGES).fill(0))
      const timing = requireValid(await store.read('pipeline', SHA)).value
      expect({ trial, recorded: timing.stages.length - before }).toEqual({ trial, recorded: STAGES })
    }
  }, 600_000)
})
