// Upload progress: plain lines through the logger for a log (every 10% of the bytes or 10 s,
// whichever comes first, and a final line), and the terminal bar that keeps logged lines off its
// own line. Time comes from a clock the tests move; nothing sleeps.
import { logProgress, progressDisplay, terminalProgress, useProgress } from '../../src/delivery/progress.js'
import { ConsoleLogger, RecordingLogger } from '../../src/platform/logger.js'
import { scratchWorkspace, SHA_1, type Workspace } from '../helpers/deliver-harness.js'

const MiB = 1024 * 1024

/** A clock the test moves by hand, in milliseconds. */
function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let time = 1_000_000
  return { now: () => time, advance: (ms) => (time += ms) }
}

function messages(logger: RecordingLogger): string[] {
  return logger.entries.map((entry) => entry.message)
}

describe('progress lines for a log', () => {
  test('a line at every 10% of the bytes, one for a chunk that crosses several steps, and a final line', () => {
    const clock = manualClock()
    const logger = new RecordingLogger()
    const progress = logProgress(logger, clock.now)
    progress.start(300 * MiB, 2)
    // 10 MiB every 250 ms: 40 MiB/s, a tenth of the bytes every 750 ms (well inside 10 s).
    for (let sent = 0; sent < 300 * MiB; sent += 10 * MiB) {
      clock.advance(250)
      progress.advance(10 * MiB)
    }
    progress.finish()
    expect(messages(logger)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((tenth) => `uploading: ${tenth * 10}% (${(tenth * 30).toFixed(tenth * 30 < 100 ? 1 : 0)} MiB of 300 MiB, 40.0 MiB/s)`),
      'uploaded: 300 MiB in 7.5s (40.0 MiB/s)',
    ])

    const jumps = new RecordingLogger()
    const jumping = logProgress(jumps, clock.now)
    jumping.start(1000, 1)
    for (const bytes of [50, 400, 20, 30, 500]) {
      clock.advance(1000)
      jumping.advance(bytes)
    }
    jumping.finish()
    // 5% nothing, 45% one line for four steps, 47% nothing, 50% the next step, 100% left to the final line.
    expect(messages(jumps)).toEqual(['uploading: 45% (450 B of 1000 B, 225 B/s)', 'uploading: 50% (500 B of 1000 B, 125 B/s)', 'uploaded: 1000 B in 5s (200 B/s)'])
  })

  test('a line every 10 s while a step takes longer, the timer starting again at each line', () => {
    const clock = manualClock()
    const logger = new RecordingLogger()
    const progress = logProgress(logger, clock.now)
    progress.start(1000 * MiB, 1)
    // 1 MiB every 3 s: a tenth of the bytes would take 300 s.
    const linesAt: number[] = []
    for (let second = 3; second <= 60; second += 3) {
      clock.advance(3000)
      const before = logger.entries.length
      progress.advance(MiB)
      if (logger.entries.length > before) linesAt.push(second)
    }
    expect(linesAt).toEqual([12, 24, 36, 48, 60])
    expect(messages(logger)[0]).toBe('uploading: 0% (4.0 MiB of 1000 MiB, 341 KiB/s)')
    expect(messages(logger)[4]).toBe('uploading: 2% (20.0 MiB of 1000 MiB, 341 KiB/s)')

    // A 10% step resets the timer: the next line by time comes 10 s after it.
    const steps = new RecordingLogger()
    const stepping = logProgress(steps, clock.now)
    stepping.start(100, 1)
    clock.advance(9000)
    stepping.advance(10)
    clock.advance(9000)
    stepping.advance(1)
    clock.advance(1000)
    stepping.advance(1)
    expect(messages(steps)).toEqual(['uploading: 10% (10 B of 100 B, 1 B/s)', 'uploading: 12% (12 B of 100 B, 1 B/s)'])
  })

  test('a zero-byte upload writes nothing, and its rate is never NaN or Infinity', () => {
    const clock = manualClock()
    const logger = new RecordingLogger()
    const progress = logProgress(logger, clock.now)
    progress.start(0, 2)
    progress.advance(0)
    progress.finish()
    expect(logger.entries).toEqual([])

    // Bytes reported before any time has passed: no rate rather than a division by zero.
    progress.start(2 * MiB, 1)
    progress.advance(MiB)
    progress.finish()
    expect(messages(logger)).toEqual(['uploading: 50% (1.0 MiB of 2.0 MiB)', 'upload stopped at 50% (1.0 MiB of 2.0 MiB)'])
    const stream = { text: '', write: (text: string) => (stream.text += text) }
    const bar = terminalProgress(stream, new RecordingLogger(), clock.now).progress
    bar.start(0, 1)
    bar.finish()
    expect(stream.text).toBe('')
  })

  test('the final line says how the upload ended: all of it, or where it stopped; a second attempt starts afresh', () => {
    const clock = manualClock()
    const logger = new RecordingLogger()
    const progress = logProgress(logger, clock.now)
    progress.start(1000 * MiB, 1)
    clock.advance(2000)
    progress.advance(50 * MiB)
    progress.finish()
    progress.finish()
    progress.start(1000 * MiB, 1)
    clock.advance(125_000)
    // A destination may report a resent chunk twice; the final line gives what was to be uploaded.
    progress.advance(1010 * MiB)
    progress.finish()
    expect(messages(logger)).toEqual(['upload stopped at 5% (50.0 MiB of 1000 MiB)', 'uploaded: 1000 MiB in 2m 5s (8.0 MiB/s)'])
  })
})

describe('the terminal bar', () => {
  test('a warning logged while the bar is drawn starts on its own line, and the bar is drawn again below it', () => {
    const clock = manualClock()
    const stream = { text: '', columns: 80, write: (text: string) => (stream.text += text) }
    const logger = new ConsoleLogger(false, (line) => stream.write(`${line}\n`))
    const display = terminalProgress(stream, logger, clock.now)
    display.logger.info('deliver: uploading 1 file, 1000 bytes')
    display.progress.start(1000, 1)
    clock.advance(1000)
    display.progress.advance(300)
    display.logger.warning('dropbox: files/upload answered 503; retrying (attempt 2 of 5)')
    clock.advance(1000)
    display.progress.advance(700)
    display.progress.finish()
    display.logger.info('deliver: created v1')

    const lines = stream.text.split('\n')
    expect(lines[0]).toBe('deliver: uploading 1 file, 1000 bytes')
    const warning = lines.indexOf('warning: dropbox: files/upload answered 503; retrying (attempt 2 of 5)')
    expect(warning).toBeGreaterThan(1)
    // What the bar's line shows last before the warning is 30%; the redrawn bar comes after it.
    expect(lines[warning - 1]!.split('\r').at(-1)).toMatch(/^ {2}uploading \[#+-+\] {2}30% 300 B \/ 1000 B 300 B\/s$/)
    expect(lines[warning + 1]!.split('\r').at(-1)).toMatch(/^ {2}uploading \[#+\] 100% 1000 B \/ 1000 B 500 B\/s$/)
    expect(lines.slice(warning + 2)).toEqual(['deliver: created v1', ''])
  })
})

describe('the display a run gets', () => {
  afterEach(() => useProgress(undefined))

  test('plain lines through the run logger unless the command installed its bar', () => {
    const logger = new RecordingLogger()
    const plain = progressDisplay(logger, () => 0)
    expect(plain.logger).toBe(logger)
    plain.progress.start(10, 1)
    plain.progress.advance(10)
    plain.progress.finish()
    expect(messages(logger)).toEqual(['uploaded: 10 B in 0 ms'])

    const stream = { text: '', write: (text: string) => (stream.text += text) }
    useProgress((runLogger, now) => terminalProgress(stream, runLogger, now))
    const bar = progressDisplay(new RecordingLogger(), () => 0)
    bar.progress.start(10, 1)
    bar.progress.finish()
    expect(stream.text).toMatch(/^\r {2}uploading \[-+\] {3}0% 0 B \/ 10 B/)
  })

  describe('the deliver action', () => {
    let workspace: Workspace
    beforeEach(async () => {
      workspace = await scratchWorkspace()
    })
    afterEach(() => workspace.cleanup())

    test('logs its upload progress through the run logger, as on a runner', async () => {
      await workspace.write('final/report.pdf', Buffer.alloc(3000, 1))
      const { run, error, logger } = await workspace.run({ files: 'final/report.pdf', project: 'acme', destination: 'local:out', sha: SHA_1, 'artifacts-dir': '.artifacts' })
      expect(error).toBeUndefined()
      expect(run?.outputs.outcome).toBe('created')
      const text = messages(logger)
      const uploading = text.findIndex((message) => message.startsWith('deliver: uploading 1 file, 3000 bytes'))
      const created = text.findIndex((message) => message.startsWith('deliver: created v1'))
      expect(uploading).toBeGreaterThanOrEqual(0)
      expect(text.slice(uploading + 1, created).filter((message) => message.startsWith('uploaded: '))).toEqual([expect.stringMatching(/^uploaded: 2\.9 KiB in /)])
    })
  })
})
