// Which run a replay takes its package from, and why, in words. A leaf module, so that the job
// summary can say it without loading the replay and the evidence store.

/** A run the package may be taken from, and why it qualifies. */
export interface ReplaySource {
  id: number
  url: string | null
  /** deployment: a deployment names it; successful-run: a green push run; release-decision: its evidence said YES. */
  via: 'deployment' | 'successful-run' | 'release-decision'
  /** For via deployment: the deployment and the package it deployed. */
  deployment?: { id: number; packageDigest: string }
}

/** Why a run was taken as the source, in the words of the log and the job summary. */
export function describeReplaySource(source: ReplaySource): string {
  if (source.via === 'deployment') return `named by GitHub deployment ${source.deployment!.id}`
  return source.via === 'successful-run' ? 'a successful push run' : 'a push run whose release decision said YES'
}
