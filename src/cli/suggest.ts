// "Did you mean": the closest of the names a command, an option or a config key could have been,
// for a misspelt one. Shared by the `shipgate` command and the shipgate.yml reader.

/**
 * The edit distance with adjacent transpositions (optimal string alignment): `--artifact-dir` is
 * one edit from `--artifacts-dir`, `pipeilne` one from `pipeline`.
 */
export function editDistance(from: string, to: string): number {
  const rows = from.length + 1
  const columns = to.length + 1
  const distance: number[][] = Array.from({ length: rows }, (_, row) => Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)))
  for (let row = 1; row < rows; row++) {
    for (let column = 1; column < columns; column++) {
      const cost = from[row - 1] === to[column - 1] ? 0 : 1
      let best = Math.min(distance[row - 1]![column]! + 1, distance[row]![column - 1]! + 1, distance[row - 1]![column - 1]! + cost)
      if (row > 1 && column > 1 && from[row - 1] === to[column - 2] && from[row - 2] === to[column - 1]) best = Math.min(best, distance[row - 2]![column - 2]! + 1)
      distance[row]![column] = best
    }
  }
  return distance[from.length]![to.length]!
}

/**
 * The candidate the given name most likely meant, or undefined when none is close: at most a third
 * of the name's letters may differ (at least one, at most three), case aside; a name that is the
 * start of a longer candidate, give or take those edits, counts one edit more (`--artefacts` for
 * `--artifacts-dir`). Ties go to the candidate listed first.
 */
export function closestName(given: string, candidates: Iterable<string>): string | undefined {
  const wanted = given.toLowerCase()
  const allowed = Math.min(3, Math.max(1, Math.floor(wanted.replace(/^-+/, '').length / 3)))
  let best: { name: string; distance: number } | undefined
  for (const candidate of candidates) {
    if (candidate === given) continue
    const name = candidate.toLowerCase()
    const whole = editDistance(wanted, name)
    const distance = name.length > wanted.length ? Math.min(whole, editDistance(wanted, name.slice(0, wanted.length)) + 1) : whole
    if (distance <= allowed && (!best || distance < best.distance)) best = { name: candidate, distance }
  }
  return best?.name
}

/** "; did you mean 'x'?" for the closest candidate, or '' when none is close. */
export function didYouMean(given: string, candidates: Iterable<string>): string {
  const closest = closestName(given, candidates)
  return closest === undefined ? '' : `; did you mean '${closest}'?`
}
