// Upload progress: a bar on a terminal for the `shipgate` command, nothing on a runner (the log
// says what was uploaded). The command installs the terminal bar before it runs the action.
import type { TransferProgress } from './destination.js'

let factory: (() => TransferProgress) | undefined

/** Set by the command when stderr is a terminal; the action asks for a progress sink per run. */
export function useProgress(make: (() => TransferProgress) | undefined): void {
  factory = make
}

export function progressSink(): TransferProgress | undefined {
  return factory?.()
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}

/** A one-line bar redrawn in place at most ten times a second. */
export function terminalProgress(stream: { write(text: string): unknown; columns?: number }, now: () => number = Date.now): TransferProgress {
  let total = 0
  let done = 0
  let started = 0
  let lastDraw = 0
  let active = false
  const draw = (force: boolean) => {
    const time = now()
    if (!force && time - lastDraw < 100) return
    lastDraw = time
    const fraction = total === 0 ? 1 : Math.min(1, done / total)
    const seconds = Math.max((time - started) / 1000, 0.001)
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 50))
    const filled = Math.round(fraction * width)
    stream.write(`\r  uploading [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${formatBytes(done)} / ${formatBytes(total)} ${formatBytes(done / seconds)}/s`)
  }
  return {
    start(totalBytes) {
      total = totalBytes
      done = 0
      started = now()
      active = totalBytes > 0
      if (active) draw(true)
    },
    advance(bytes) {
      done += bytes
      if (active) draw(false)
    },
    finish() {
      if (!active) return
      draw(true)
      stream.write('\n')
      active = false
    },
  }
}
