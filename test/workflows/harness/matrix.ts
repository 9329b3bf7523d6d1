// strategy.matrix as GitHub expands it: the cartesian product of the vectors, minus `exclude`,
// then each `include` added to every combination it does not contradict (or as a new one).

export type MatrixCombination = Record<string, unknown>

export interface Strategy {
  combinations: MatrixCombination[]
  failFast: boolean
  maxParallel: number
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export function expandStrategy(strategy: unknown): Strategy | undefined {
  if (strategy === undefined || strategy === null) return undefined
  const { matrix, 'fail-fast': failFast, 'max-parallel': maxParallel } = strategy as { matrix?: unknown; 'fail-fast'?: unknown; 'max-parallel'?: unknown }
  if (matrix === undefined || matrix === null) return { combinations: [{}], failFast: failFast !== false, maxParallel: Number(maxParallel ?? 1) }
  if (typeof matrix !== 'object' || Array.isArray(matrix)) throw new Error(`strategy.matrix: ${JSON.stringify(matrix)} is not a mapping`)
  const { include, exclude, ...vectors } = matrix as Record<string, unknown>
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values)) throw new Error(`strategy.matrix.${key}: a matrix vector is a list, got ${JSON.stringify(values)}`)
    if (values.length === 0) throw new Error(`Matrix vector '${key}' does not contain any values`)
  }
  let combinations: MatrixCombination[] = Object.keys(vectors).length === 0 ? [] : [{}]
  for (const [key, values] of Object.entries(vectors) as [string, unknown[]][]) {
    combinations = combinations.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })))
  }
  const entries = (list: unknown, name: string): MatrixCombination[] => {
    if (list === undefined || list === null) return []
    if (!Array.isArray(list)) throw new Error(`strategy.matrix.${name} is a list of mappings`)
    return list as MatrixCombination[]
  }
  combinations = combinations.filter((combination) => !entries(exclude, 'exclude').some((rule) => Object.entries(rule).every(([key, value]) => same(combination[key], value))))
  const originals = combinations.map((combination) => ({ ...combination }))
  const added: MatrixCombination[] = []
  for (const extra of entries(include, 'include')) {
    let matched = false
    combinations.forEach((combination, index) => {
      const original = originals[index]!
      // An include never changes an original matrix value; it may overwrite what an earlier include added.
      if (Object.entries(extra).every(([key, value]) => !(key in original) || same(original[key], value))) {
        Object.assign(combination, extra)
        matched = true
      }
    })
    if (!matched) added.push({ ...extra })
  }
  combinations = [...combinations, ...added]
  if (combinations.length === 0) throw new Error('Matrix must define at least one vector')
  return { combinations, failFast: failFast !== false, maxParallel: Number(maxParallel ?? combinations.length) }
}

/** The key GitHub shows for a leg: `test (18, ubuntu)`. */
export function legKey(jobKey: string, combination: MatrixCombination): string {
  const values = Object.values(combination).map((value) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)))
  return `${jobKey} (${values.join(', ')})`
}
