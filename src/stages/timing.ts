// Pipeline timing: each stage appends its run to `.artifacts/pipeline/<sha>/timing.json`, naming the
// pipeline run it is part of, so that the runs of one SHA stay apart; readers take them run by run.
import {
  LEGACY_RUN_ID,
  PIPELINE_TIMING_SCHEMA_V2,
  type PipelineRun,
  type PipelineTiming,
  type PipelineTimingV2,
  type RunClose,
  type RunStageTiming,
  type StageTiming,
} from '../contracts/pipeline-timing.js'
import { digestOf } from '../contracts/canonical.js'
import type { EvidenceRead, EvidenceStore } from '../evidence/store.js'
import type { RunEnvironment } from '../platform/run-environment.js'

/**
 * The run id of a local stage that no `shipgate pipeline` numbered (`shipgate run <action>`): it
 * joins the latest local run of the SHA, or starts local-1 when there is none.
 */
export const UNNUMBERED_LOCAL_RUN_ID = 'local'

export interface StageRun {
  stage: string
  startedAt: Date
  finishedAt: Date
  outcome: StageTiming['outcome']
  /** The pipeline run the stage is part of (see pipelineRunOf). */
  run: PipelineRun
}

/** The pipeline run a stage is part of: GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT, or the local run. */
export function pipelineRunOf(environment: Pick<RunEnvironment, 'runId' | 'runAttempt'>): PipelineRun {
  const attempt = Number(environment.runAttempt)
  return { id: environment.runId || UNNUMBERED_LOCAL_RUN_ID, attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1 }
}

/** local-<n> for the nth local pipeline run of a SHA. */
export function localRunId(number: number): string {
  return `local-${number}`
}

function localRunNumber(run: PipelineRun): number | undefined {
  const match = /^local-([1-9][0-9]*)$/.exec(run.id)
  return match ? Number(match[1]) : undefined
}

/** The number the next `shipgate pipeline` run of the SHA takes: one more than the highest local run recorded. */
export function nextLocalRunNumber(timing: PipelineTiming): number {
  return 1 + Math.max(0, ...runsOf(timing).map((run) => localRunNumber(run.run) ?? 0))
}

export function sameRun(a: PipelineRun, b: PipelineRun): boolean {
  return a.id === b.id && a.attempt === b.attempt
}

/** The run as a person names it: "local run 2", "run 4242 attempt 2", "legacy run". */
export function runLabel(run: PipelineRun): string {
  const local = localRunNumber(run)
  if (local !== undefined) return `local run ${local}`
  if (run.id === LEGACY_RUN_ID) return 'legacy run (recorded before runs were told apart)'
  return `run ${run.id}${run.attempt > 1 ? ` attempt ${run.attempt}` : ''}`
}

/** An unnumbered local run joins the latest local run recorded (local-1 when there is none); any other run is itself. */
export function resolveRun(timing: PipelineTiming, run: PipelineRun): PipelineRun {
  if (run.id !== UNNUMBERED_LOCAL_RUN_ID) return run
  const numbers = runsOf(timing).map((recorded) => localRunNumber(recorded.run) ?? 0)
  return { id: localRunId(Math.max(1, ...numbers)), attempt: 1 }
}

export function stageTiming(run: Omit<StageRun, 'run'>): StageTiming {
  return {
    stage: run.stage,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    durationMs: Math.max(0, run.finishedAt.getTime() - run.startedAt.getTime()),
    outcome: run.outcome,
  }
}

export function emptyTiming(sha: string): PipelineTimingV2 {
  return { schema: PIPELINE_TIMING_SCHEMA_V2, sha, stages: [], closes: [] }
}

/** The timing in the version written now: a v1 file's stages and close belong to the legacy run. */
export function upgradeTiming(timing: PipelineTiming): PipelineTimingV2 {
  if (timing.schema === PIPELINE_TIMING_SCHEMA_V2) return timing
  const run: PipelineRun = { id: LEGACY_RUN_ID, attempt: 1 }
  return {
    schema: PIPELINE_TIMING_SCHEMA_V2,
    sha: timing.sha,
    stages: timing.stages.map((stage) => ({ ...stage, run })),
    closes: timing.closed ? [{ ...timing.closed, run }] : [],
  }
}

/** The timing so far (upgraded to v2), or a fresh one; invalid timing is an error naming the file and field. */
export async function loadTiming(store: EvidenceStore, sha: string): Promise<PipelineTimingV2> {
  const read = await store.read('pipeline', sha)
  if (read.state === 'missing') return emptyTiming(sha)
  // The store's checks (and every contract's schema) load only here, so that the summaries' run helpers above stay light.
  const { requireValid } = await import('../evidence/store.js')
  return upgradeTiming(requireValid(read).value)
}

/** How long a stage waits for the others to append theirs; each holds the lock for one read and one write. */
export const TIMING_LOCK_WAIT = { limitMs: 2 * 60 * 1000 }

/** Appends one stage's run. Concurrent stages take turns, so that none of their runs is lost. */
export async function recordStageTiming(store: EvidenceStore, sha: string, run: StageRun): Promise<void> {
  await store.exclusively('pipeline', sha, TIMING_LOCK_WAIT, async () => {
    const timing = await loadTiming(store, sha)
    await store.write('pipeline', sha, { ...timing, stages: [...timing.stages, { ...stageTiming(run), run: resolveRun(timing, run.run) }] })
  })
}

/**
 * Appends the deciding stage and closes its run: the total from that run's first start, the lead
 * time from the commit. A run decided again (a rerun of release-decision alone) replaces its close.
 */
export function closeRun(timing: PipelineTiming, close: { stage: StageRun; closedAt: Date; commitTime: Date | null }): PipelineTimingV2 {
  const current = upgradeTiming(timing)
  const run = resolveRun(current, close.stage.run)
  const stages = [...current.stages, { ...stageTiming(close.stage), run }]
  // A loop, not Math.min(...): a timing may hold more stages than a call takes arguments.
  const firstStart = stages.filter((stage) => sameRun(stage.run, run)).reduce((earliest, stage) => Math.min(earliest, Date.parse(stage.startedAt)), Infinity)
  const closedAtMs = close.closedAt.getTime()
  const closed: RunClose = {
    run,
    closedAt: close.closedAt.toISOString(),
    totalMs: Math.max(0, closedAtMs - firstStart),
    commitTime: close.commitTime?.toISOString() ?? null,
    leadTimeMs: close.commitTime ? closedAtMs - close.commitTime.getTime() : null,
  }
  return { ...current, stages, closes: [...current.closes.filter((recorded) => !sameRun(recorded.run, run)), closed] }
}

/** One run of the pipeline for a SHA, as the timing recorded it. */
export interface TimingRun {
  run: PipelineRun
  /** Its stages, in the order they were appended. */
  stages: RunStageTiming[]
  /** Its close by release-decision; null while it has none. */
  closed: RunClose | null
  /** The first start and the last end (or the close) of the run. */
  startedAt: string
  finishedAt: string
}

/** The runs of a timing (v1 or v2), in the order they first appended a stage. */
export function runsOf(timing: PipelineTiming): TimingRun[] {
  const current = upgradeTiming(timing)
  const runs: TimingRun[] = []
  const ofRun = (run: PipelineRun): TimingRun => {
    let found = runs.find((entry) => sameRun(entry.run, run))
    if (!found) {
      found = { run, stages: [], closed: null, startedAt: '', finishedAt: '' }
      runs.push(found)
    }
    return found
  }
  for (const stage of current.stages) ofRun(stage.run).stages.push(stage)
  for (const close of current.closes) ofRun(close.run).closed = close
  for (const entry of runs) {
    const starts = entry.stages.map((stage) => Date.parse(stage.startedAt))
    const ends = [...entry.stages.map((stage) => Date.parse(stage.finishedAt)), ...(entry.closed ? [Date.parse(entry.closed.closedAt)] : [])]
    entry.startedAt = new Date((starts.length > 0 ? starts : ends).reduce((earliest, start) => Math.min(earliest, start), Infinity)).toISOString()
    entry.finishedAt = new Date(ends.reduce((latest, end) => Math.max(latest, end), -Infinity)).toISOString()
  }
  return runs
}

/** The run that appended last (after a close, the run just decided); undefined for an empty timing. */
export function latestRun(timing: PipelineTiming): TimingRun | undefined {
  const current = upgradeTiming(timing)
  const last = current.stages.at(-1)?.run ?? current.closes.at(-1)?.run
  return last ? runsOf(current).find((entry) => sameRun(entry.run, last)) : undefined
}

/**
 * The run a moment belongs to: the run that had started last by then (evidence written between two
 * runs belongs to the earlier one, e.g. a stage run on its own); undefined before the first run.
 */
export function runAt(runs: TimingRun[], at: string | Date): TimingRun | undefined {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime()
  if (Number.isNaN(time)) return undefined
  const started = runs.filter((entry) => Date.parse(entry.startedAt) <= time)
  return started.reduce<TimingRun | undefined>((latest, entry) => (!latest || Date.parse(entry.startedAt) >= Date.parse(latest.startedAt) ? entry : latest), undefined)
}

/** How many earlier states of a timing timingAsDecided tries before it gives up (a bound on the work for a huge file). */
const TIMING_STATES_TRIED = 1024

/**
 * The timing as a decision read it, when the file has only grown since: the timing is shared by
 * every stage of the SHA, so the stages of later environments append to it after an earlier
 * environment's decision. That is the file as it is now cut back to the stages and closes it had
 * then, found by the digest the decision recorded; undefined when no such state gives that digest
 * (the recorded stages or closes were changed, not appended to). A decision taken without a timing
 * file gives the missing read.
 */
export function timingAsDecided(
  read: EvidenceRead<'pipeline'>,
  recorded: { state: 'valid' | 'missing' | 'invalid'; digest: string | null },
  decidedAt: string,
  clockSkewMs: number,
): EvidenceRead<'pipeline'> | undefined {
  if (read.state !== 'valid') return undefined
  if (recorded.state === 'missing') return { state: 'missing', kind: 'pipeline', path: read.path }
  if (recorded.state !== 'valid' || recorded.digest === read.digest) return undefined
  const timing = read.value
  // What was there at the decision had finished by then: only the cuts before the first later entry are tried.
  const latest = Date.parse(decidedAt) + clockSkewMs
  const before = (times: string[]) => {
    const later = times.findIndex((time) => Date.parse(time) > latest)
    return later < 0 ? times.length : later
  }
  const maxStages = before(timing.stages.map((stage) => stage.finishedAt))
  const maxCloses = timing.schema === PIPELINE_TIMING_SCHEMA_V2 ? before(timing.closes.map((close) => close.closedAt)) : timing.closed && Date.parse(timing.closed.closedAt) <= latest ? 1 : 0
  let tried = 0
  for (let stages = maxStages; stages >= 0; stages--) {
    for (let closes = maxCloses; closes >= 0; closes--) {
      if (++tried > TIMING_STATES_TRIED) return undefined
      const then: PipelineTiming =
        timing.schema === PIPELINE_TIMING_SCHEMA_V2
          ? { ...timing, stages: timing.stages.slice(0, stages), closes: timing.closes.slice(0, closes) }
          : { ...timing, stages: timing.stages.slice(0, stages), closed: closes > 0 ? timing.closed : null }
      const digest = digestOf(then)
      if (digest === recorded.digest) return { state: 'valid', kind: 'pipeline', path: read.path, value: then, digest }
    }
  }
  return undefined
}

/**
 * The timing as far as it had got by a decision: the stages and closes finished by then (with the
 * clock skew allowed), in their order. For checking a previous environment's decision while this
 * run appends to the timing, where the file it recorded cannot be had again (a close replaced).
 */
export function timingFinishedBy(read: Extract<EvidenceRead<'pipeline'>, { state: 'valid' }>, decidedAt: string, clockSkewMs: number): EvidenceRead<'pipeline'> {
  const latest = Date.parse(decidedAt) + clockSkewMs
  const by = (time: string) => Date.parse(time) <= latest
  const timing = read.value
  const then: PipelineTiming =
    timing.schema === PIPELINE_TIMING_SCHEMA_V2
      ? { ...timing, stages: timing.stages.filter((stage) => by(stage.finishedAt)), closes: timing.closes.filter((close) => by(close.closedAt)) }
      : { ...timing, stages: timing.stages.filter((stage) => by(stage.finishedAt)), closed: timing.closed && by(timing.closed.closedAt) ? timing.closed : null }
  return { state: 'valid', kind: 'pipeline', path: read.path, value: then, digest: digestOf(then) }
}

