// Pipeline timing: each stage appends its run to `.artifacts/pipeline/<sha>/timing.json`.
import { PIPELINE_TIMING_SCHEMA, type PipelineTiming, type StageTiming } from '../contracts/pipeline-timing.js'
import type { EvidenceStore } from '../evidence/store.js'
import { requireValid } from '../evidence/store.js'

export interface StageRun {
  stage: string
  startedAt: Date
  finishedAt: Date
  outcome: StageTiming['outcome']
}

export function stageTiming(run: StageRun): StageTiming {
  return {
    stage: run.stage,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    durationMs: Math.max(0, run.finishedAt.getTime() - run.startedAt.getTime()),
    outcome: run.outcome,
  }
}

/** The timing so far, or a fresh one; invalid timing is an error naming the file and field. */
export async function loadTiming(store: EvidenceStore, sha: string): Promise<PipelineTiming> {
  const read = await store.read('pipeline', sha)
  if (read.state === 'missing') return { schema: PIPELINE_TIMING_SCHEMA, sha, stages: [], closed: null }
  return requireValid(read).value
}

/** How long a stage waits for the others to append theirs; each holds the lock for one read and one write. */
export const TIMING_LOCK_WAIT = { limitMs: 2 * 60 * 1000 }

/** Appends one stage's run. Concurrent stages take turns, so that none of their runs is lost. */
export async function recordStageTiming(store: EvidenceStore, sha: string, run: StageRun): Promise<void> {
  await store.exclusively('pipeline', sha, TIMING_LOCK_WAIT, async () => {
    const timing = await loadTiming(store, sha)
    await store.write('pipeline', sha, { ...timing, stages: [...timing.stages, stageTiming(run)] })
  })
}
