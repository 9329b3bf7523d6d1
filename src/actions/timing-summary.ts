// The "Stage timings" section of release-decision's job summary: a gantt chart of the run just
// decided, never of the earlier runs of the same commit, with that run's own total and lead time.
import type { PipelineTiming } from '../contracts/pipeline-timing.js'
import { humanDuration, plural } from '../platform/markdown.js'
import { latestRun, runLabel, runsOf } from '../stages/timing.js'

// Mermaid reads `:` as the start of task metadata and `#`/`;` as comment and statement breaks.
function taskName(text: string): string {
  return text.replace(/[:#;]/g, ' ')
}

const TAG = { success: 'done', failure: 'crit', no: 'crit', skipped: 'active' } as const

/** The section's lines: the latest run's stages as a gantt chart, then its total and lead time. */
export function timingSummary(timing: PipelineTiming): string[] {
  const run = latestRun(timing)
  if (!run) return ['### Stage timings', '', '_No stage recorded its timing._']
  const label = taskName(runLabel(run.run))
  const lines = ['### Stage timings', '', '```mermaid', 'gantt', `  title Pipeline timing for ${timing.sha.slice(0, 12)}, ${label}`, '  dateFormat x', '  axisFormat %H:%M:%S', '  section stages']
  run.stages.forEach((stage, index) => {
    const start = Date.parse(stage.startedAt)
    // A zero-length bar is not drawn; a millisecond keeps instant stages visible.
    const end = Math.max(Date.parse(stage.finishedAt), start + 1)
    lines.push(`  ${taskName(stage.stage)} (${humanDuration(stage.durationMs)}) :${TAG[stage.outcome]}, stage${index}, ${start}, ${end}`)
  })
  lines.push('```')
  if (run.closed) {
    const lead = run.closed.leadTimeMs === null ? 'unknown (no commit time)' : humanDuration(run.closed.leadTimeMs)
    lines.push('', `Total ${humanDuration(run.closed.totalMs)} from the first stage of ${runLabel(run.run)} to the decision; lead time from commit ${lead}.`)
  }
  const earlier = runsOf(timing).length - 1
  if (earlier > 0) lines.push('', `_${plural(earlier, 'earlier run')} of this commit ${earlier === 1 ? 'is' : 'are'} not charted; \`shipgate show ${timing.sha}\` lists every run._`)
  return lines
}
