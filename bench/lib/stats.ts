// Order statistics for benchmark samples: medians and quartiles resist the odd slow run that a
// mean would let through, and a ratio of medians measured in the same run cancels machine speed.

/** The q-quantile (0..1) of the samples, interpolating linearly between the two nearest ranks. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('quantile of no samples')
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile ${q} is outside 0..1`)
  const sorted = [...samples].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.ceil(position)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5)
}

export interface Summary {
  runs: number
  medianMs: number
  /** First and third quartile: how far the middle half of the runs spread. */
  q1Ms: number
  q3Ms: number
  minMs: number
}

export function summarize(samples: readonly number[]): Summary {
  return {
    runs: samples.length,
    medianMs: median(samples),
    q1Ms: quantile(samples, 0.25),
    q3Ms: quantile(samples, 0.75),
    minMs: quantile(samples, 0),
  }
}

/** value / baseline; the baseline must be a positive time. */
export function ratio(value: number, baseline: number): number {
  if (!(baseline > 0)) throw new Error(`baseline ${baseline} is not a positive time`)
  return value / baseline
}
