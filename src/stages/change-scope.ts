// What a release changes: the changed paths sorted into runtime, infra and docs by the config's
// globs, and docs drift (a watched path changed while the doc that describes it did not).
import picomatch from 'picomatch'
import type { CommitStageEvidence } from '../contracts/commit-stage.js'
import type { ScopeConfig } from '../config/commit-stage-config.js'

export type ChangeScope = CommitStageEvidence['scope']
export type DriftFinding = CommitStageEvidence['drift']['findings'][number]

/**
 * A matcher for a list of globs: a path matches when it matches a plain glob and no `!` glob.
 * Dotfiles match (`.github/**`), as a change there is a change like any other.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const include = globs.filter((glob) => !glob.startsWith('!'))
  const exclude = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1))
  if (include.length === 0) return () => false
  const included = picomatch(include, { dot: true })
  const excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false
  return (path) => included(path) && !excluded(path)
}

/** Sorts paths into the classes; a path may be in several, and `other` holds those in none. */
export function classifyChanges(paths: readonly string[], scope: Pick<ScopeConfig, 'runtime' | 'infra' | 'docs'>): ChangeScope {
  const classes = {
    runtime: globMatcher(scope.runtime),
    infra: globMatcher(scope.infra),
    docs: globMatcher(scope.docs),
  }
  const sorted = [...new Set(paths)].sort()
  const pick = (matches: (path: string) => boolean) => {
    const matched = sorted.filter(matches)
    return { changed: matched.length > 0, paths: matched }
  }
  return {
    runtime: pick(classes.runtime),
    infra: pick(classes.infra),
    docs: pick(classes.docs),
    other: sorted.filter((path) => !classes.runtime(path) && !classes.infra(path) && !classes.docs(path)),
  }
}

/** One finding per watch whose paths changed while its doc did not. */
export function findDocsDrift(paths: readonly string[], watches: ScopeConfig['watches']): DriftFinding[] {
  const changed = new Set(paths)
  const findings: DriftFinding[] = []
  for (const watch of watches) {
    const watched = [...changed].filter(globMatcher(watch.paths)).sort()
    if (watched.length === 0 || changed.has(watch.doc)) continue
    const shown = watched.slice(0, 5).join(', ') + (watched.length > 5 ? ` and ${watched.length - 5} more` : '')
    findings.push({
      doc: watch.doc,
      watched,
      message: `${shown} changed but ${watch.doc}, which describes ${watch.paths.join(', ')}, did not; update the doc in the same change`,
    })
  }
  return findings
}
