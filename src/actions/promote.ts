// The promote action: inputs -> promote -> package-digest, refs.
import { z } from 'zod'
import { defineAction, inputs } from '../platform/action.js'
import { code, codeCell, digestDetails, escapeCell, plural, shortDigest } from '../platform/markdown.js'
import { resolveSha } from '../platform/run-environment.js'
import { artifactsDirInput } from './common-inputs.js'

export const promoteAction = defineAction({
  name: 'promote',
  description: 'Load and verify the exact release package build-once made for a SHA (contract, digests, SHA); never rebuilds, so a replay of an older SHA promotes the same bytes.',
  branding: { icon: 'arrow-up-circle', color: 'blue' },
  inputs: {
    sha: { description: 'The commit SHA whose package to promote; a replay passes an older SHA. Default: the SHA that triggered the workflow.' },
    'artifacts-dir': artifactsDirInput,
    'files-root': {
      description: 'Where file components are looked for to check their sha256; files not present there are not checked.',
      default: '.',
    },
  },
  outputs: {
    'package-digest': { description: 'The verified package digest.' },
    refs: { description: 'JSON object: component name -> pinned image ref or sha256:<hex> file digest.' },
    'manifest-path': { description: 'The path of the verified manifest.' },
  },
  settings: z.object({ sha: inputs.sha(), 'artifacts-dir': z.string(), 'files-root': z.string() }),
  timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: resolveSha(settings.sha, context.environment) }),
  async run(settings, context) {
    const sha = resolveSha(settings.sha, context.environment)
    // The stage loads once the inputs are known good, so that a bad input fails fast.
    const { promote } = await import('../stages/promote.js')
    const result = await promote(
      { sha, filesRoot: settings['files-root'] },
      { store: context.openStore(settings['artifacts-dir']), logger: context.logger },
    )
    return {
      outputs: { 'package-digest': result.manifest.digest, refs: JSON.stringify(result.refs), 'manifest-path': result.path },
      summary: promoteSummary(sha, result.manifest.digest, result.refs, result.checkedFiles.length),
    }
  },
})

/** The job summary: the verified package and each component's pin, digests short with the full ones collapsed. */
export function promoteSummary(sha: string, packageDigest: string, refs: Record<string, string>, rehashedFiles: number): string {
  return [
    '### promote',
    '',
    `Verified package ${code(shortDigest(packageDigest))} for ${code(sha)} (contract, digest, SHA, pins${rehashedFiles ? `, ${plural(rehashedFiles, 'file')} rehashed` : ''}).`,
    '',
    '| component | ref |',
    '| --- | --- |',
    ...Object.entries(refs).map(([name, ref]) => `| ${escapeCell(name)} | ${codeCell(shortDigest(ref))} |`),
    '',
    ...digestDetails([['package', packageDigest], ...Object.entries(refs)]),
  ].join('\n')
}
