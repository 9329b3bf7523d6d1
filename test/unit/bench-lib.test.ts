// The benchmark helpers: the statistics every ratio rests on, the report's verdicts, and the
// round-robin runner refusing to time a run that did not do what it should.
import { describe, expect, it } from '@jest/globals'
import { measureRoundRobin, toMeasurements } from '../../bench/lib/measure.js'
import { cleanEnv } from '../../bench/lib/process.js'
import { atMost, failedTargets, formatReport, isBenchReport, type BenchReport } from '../../bench/lib/report.js'
import { median, quantile, ratio, summarize } from '../../bench/lib/stats.js'

describe('median', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(median([90, 10, 30, 20, 1000])).toBe(30)
  })

  it('averages the two middle samples of an even count', () => {
    expect(median([40, 10, 30, 20])).toBe(25)
  })

  it('is the sample itself for one sample', () => {
    expect(median([42.5])).toBe(42.5)
  })

  it('leaves the samples in the order they were taken', () => {
    const samples = [3, 1, 2]
    median(samples)
    expect(samples).toEqual([3, 1, 2])
  })

  it('refuses no samples rather than answering NaN', () => {
    expect(() => median([])).toThrow('no samples')
  })
})

describe('quantile', () => {
  it('interpolates between the nearest ranks', () => {
    const samples = [10, 20, 30, 40, 50]
    expect(quantile(samples, 0)).toBe(10)
    expect(quantile(samples, 0.25)).toBe(20)
    expect(quantile(samples, 0.75)).toBe(40)
    expect(quantile(samples, 1)).toBe(50)
    expect(quantile([10, 20], 0.25)).toBeCloseTo(12.5)
  })

  it('refuses a q outside 0..1', () => {
    expect(() => quantile([1, 2], 1.5)).toThrow('outside 0..1')
    expect(() => quantile([1, 2], Number.NaN)).toThrow('outside 0..1')
  })
})

describe('summarize and ratio', () => {
  it('gives runs, median, quartiles and the fastest run', () => {
    expect(summarize([50, 10, 40, 20, 30])).toEqual({ runs: 5, medianMs: 30, q1Ms: 20, q3Ms: 40, minMs: 10 })
  })

  it('divides by a positive baseline only', () => {
    expect(ratio(75, 25)).toBe(3)
    expect(() => ratio(75, 0)).toThrow('not a positive time')
  })
})

describe('report', () => {
  const report: BenchReport = {
    name: 'startup',
    baseline: 'node -e 0',
    measurements: [
      { name: 'node -e 0', runs: 3, medianMs: 25, ratio: 1 },
      { name: 'promote → first input error', runs: 3, medianMs: 70, ratio: 2.8 },
      { name: 'release-decision on real evidence', runs: 3, medianMs: 110, ratio: 4.4 },
    ],
    targets: [atMost('promote → first input error', 2.8, 3), atMost('release-decision on real evidence', 4.4, 4)],
  }

  it('passes a value at or under its limit and fails one over it', () => {
    expect(atMost('x', 3, 3).pass).toBe(true)
    expect(atMost('x', 3.01, 3).pass).toBe(false)
    expect(failedTargets(report).map((target) => target.name)).toEqual(['release-decision on real evidence'])
  })

  it('prints each measurement with its limit and verdict, and counts the targets met', () => {
    const text = formatReport(report)
    expect(text).toMatch(/\| promote → first input error +\| 70\.0 .*\| 2\.80× \| 3\.00× +\| PASS/)
    expect(text).toMatch(/\| release-decision on real evidence \| 110\.0 .*\| 4\.40× \| 4\.00× +\| FAIL/)
    expect(text).toContain('startup: 1 of 2 target(s) met')
  })

  it('tells a report from what a benchmark that only prints returns', () => {
    expect(isBenchReport(report)).toBe(true)
    expect(isBenchReport(undefined)).toBe(false)
    expect(isBenchReport({ name: 'startup' })).toBe(false)
  })
})

describe('measureRoundRobin', () => {
  const node = (name: string, code: string) => ({ name, argv: [process.execPath, '-e', code], env: cleanEnv() })

  it('keeps only the timed rounds, and gives ratios to the baseline', () => {
    const order: string[] = []
    const results = measureRoundRobin(
      [
        { ...node('baseline', '0'), prepare: () => order.push('baseline') },
        { ...node('slower', 'for (let i = 0; i < 1e6; i++);'), prepare: () => order.push('slower') },
      ],
      { runs: 3, warmups: 1 },
    )
    expect(results.map((result) => result.samples.length)).toEqual([3, 3])
    // Each round starts with the next command, so neither always runs first.
    expect(order).toEqual(['baseline', 'slower', 'slower', 'baseline', 'baseline', 'slower', 'slower', 'baseline'])
    const [baseline, slower] = toMeasurements(results, 'baseline')
    expect(baseline!.ratio).toBe(1)
    // How long each took depends on the machine's load, so only the arithmetic is checked.
    expect(slower!.ratio).toBeCloseTo(slower!.medianMs / baseline!.medianMs, 6)
  })

  it('stops at a run that did not do what it should, with what the child printed', () => {
    const crashing = { ...node('crash', 'console.error("boom"); process.exit(3)'), check: (run: { exitCode: number | null }) => expect(run.exitCode).toBe(0) }
    expect(() => measureRoundRobin([crashing], { runs: 2, warmups: 0 })).toThrow(/crash: the run did not do what it should[\s\S]*exit 3[\s\S]*boom/)
  })

  it('runs the child without this process\'s environment', () => {
    process.env.BENCH_LIB_TEST_LEAK = 'leaked'
    try {
      const env = cleanEnv({ GITHUB_OUTPUT: '/tmp/out' })
      expect(Object.keys(env).sort()).toEqual(['GITHUB_OUTPUT', 'HOME', 'PATH'])
    } finally {
      delete process.env.BENCH_LIB_TEST_LEAK
    }
  })
})
