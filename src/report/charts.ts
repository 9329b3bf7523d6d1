// The dashboard's charts, drawn as inline SVG by our own code: no chart library, no script. Every
// label goes through escapeHtml, as all text on the pages does.
import type { StageTiming } from '../contracts/pipeline-timing.js'
import { formatDuration } from '../cli/commands/show.js'
import { escapeHtml } from './escape.js'

const COLOURS = { success: '#2f855a', failure: '#c53030', axis: '#4a5568', grid: '#e2e8f0', bar: '#3182ce', no: '#dd6b20', skipped: '#a0aec0' }

function svg(width: number, height: number, label: string, body: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${body.join('')}</svg>`
}

function text(x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end' = 'start', extra = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" font-size="11" fill="${COLOURS.axis}"${extra}>${escapeHtml(content)}</text>`
}

/** Production deployments per UTC day, successes and failures stacked. */
export function deploymentsPerDayChart(byDay: Array<{ day: string; successes: number; failures: number }>): string {
  const width = 760
  const height = 220
  const left = 34
  const bottom = 34
  const plotWidth = width - left - 10
  const plotHeight = height - bottom - 12
  const top = Math.max(1, ...byDay.map((day) => day.successes + day.failures))
  const slot = plotWidth / Math.max(1, byDay.length)
  const barWidth = Math.max(2, Math.min(28, slot * 0.7))
  const y = (count: number) => 12 + plotHeight - (count / top) * plotHeight
  const body: string[] = []
  for (let tick = 0; tick <= top; tick += Math.max(1, Math.ceil(top / 4))) {
    body.push(`<line x1="${left}" x2="${width - 10}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="${COLOURS.grid}"/>`, text(left - 6, y(tick) + 4, String(tick), 'end'))
  }
  const labelEvery = Math.max(1, Math.ceil(byDay.length / 10))
  byDay.forEach((day, index) => {
    const x = left + index * slot + (slot - barWidth) / 2
    const successTop = y(day.successes)
    if (day.successes > 0) {
      body.push(`<rect x="${x.toFixed(1)}" y="${successTop.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(y(0) - successTop).toFixed(1)}" fill="${COLOURS.success}"><title>${escapeHtml(`${day.day}: ${day.successes} successful`)}</title></rect>`)
    }
    if (day.failures > 0) {
      const failureTop = y(day.successes + day.failures)
      body.push(`<rect x="${x.toFixed(1)}" y="${failureTop.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(successTop - failureTop).toFixed(1)}" fill="${COLOURS.failure}"><title>${escapeHtml(`${day.day}: ${day.failures} failed`)}</title></rect>`)
    }
    if (index % labelEvery === 0 || index === byDay.length - 1) body.push(text(left + index * slot + slot / 2, height - bottom + 16, day.day.slice(5), 'middle'))
  })
  body.push(`<line x1="${left}" x2="${width - 10}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="${COLOURS.axis}"/>`)
  body.push(
    `<rect x="${left}" y="${height - 12}" width="10" height="10" fill="${COLOURS.success}"/>`,
    text(left + 14, height - 3, 'successful'),
    `<rect x="${left + 90}" y="${height - 12}" width="10" height="10" fill="${COLOURS.failure}"/>`,
    text(left + 104, height - 3, 'failed'),
  )
  return svg(width, height, 'Production deployments per day (UTC)', body)
}

/** One horizontal bar per labelled duration (lead times, times to restore). */
export function durationBarsChart(label: string, bars: Array<{ label: string; ms: number; href?: string }>): string {
  const rowHeight = 22
  const left = 90
  const width = 760
  const height = Math.max(1, bars.length) * rowHeight + 10
  const longest = Math.max(1, ...bars.map((bar) => bar.ms))
  const scale = (width - left - 110) / longest
  const body = bars.map((bar, index) => {
    const y = 5 + index * rowHeight
    const rect = `<rect x="${left}" y="${y + 3}" width="${Math.max(1, bar.ms * scale).toFixed(1)}" height="${rowHeight - 8}" fill="${COLOURS.bar}"><title>${escapeHtml(`${bar.label}: ${formatDuration(bar.ms)}`)}</title></rect>`
    const name = text(left - 6, y + rowHeight / 2 + 3, bar.label, 'end', ' font-family="monospace"')
    const value = text(left + bar.ms * scale + 6, y + rowHeight / 2 + 3, formatDuration(bar.ms))
    return bar.href ? `<a href="${escapeHtml(bar.href)}">${name}${rect}</a>${value}` : `${name}${rect}${value}`
  })
  if (bars.length === 0) body.push(text(left, 20, 'nothing to show in this window'))
  return svg(width, height, label, body)
}

/** The pipeline's stages on one time axis, from the first start to the last finish. */
export function timelineChart(stages: StageTiming[]): string {
  const rowHeight = 22
  const left = 170
  const width = 760
  const height = stages.length * rowHeight + 30
  const start = Math.min(...stages.map((stage) => Date.parse(stage.startedAt)))
  const end = Math.max(start + 1, ...stages.map((stage) => Date.parse(stage.finishedAt)))
  const scale = (width - left - 100) / (end - start)
  const body = stages.map((stage, index) => {
    const y = 5 + index * rowHeight
    const x = left + (Date.parse(stage.startedAt) - start) * scale
    const barWidth = Math.max(2, stage.durationMs * scale)
    const colour = stage.outcome === 'success' ? COLOURS.success : stage.outcome === 'no' ? COLOURS.no : stage.outcome === 'failure' ? COLOURS.failure : COLOURS.skipped
    return (
      text(left - 6, y + rowHeight / 2 + 3, stage.stage, 'end') +
      `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${barWidth.toFixed(1)}" height="${rowHeight - 8}" fill="${colour}"><title>${escapeHtml(`${stage.stage}: ${formatDuration(stage.durationMs)}, ${stage.outcome} (${stage.startedAt} to ${stage.finishedAt})`)}</title></rect>` +
      text(x + barWidth + 6, y + rowHeight / 2 + 3, `${formatDuration(stage.durationMs)} ${stage.outcome}`)
    )
  })
  body.push(
    `<line x1="${left}" x2="${width - 100}" y1="${height - 22}" y2="${height - 22}" stroke="${COLOURS.axis}"/>`,
    text(left, height - 8, '0'),
    text(width - 100, height - 8, `+${formatDuration(end - start)}`, 'end'),
  )
  return svg(width, height, 'Stage timings', body)
}
