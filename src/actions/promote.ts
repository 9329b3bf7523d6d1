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
      description:
        "The folder where the package's sealed files are looked for to check their size and sha256: file components at their path, migration files at theirs (relative to the release manifest's folder, so checked when the release manifest is in this folder). It must be a folder; a file not present there is not checked, and when none is, a warning says so.",
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
      summary: promoteSummary(sha, result.manifest.digest, result.refs, { checked: result.checkedFiles, absent: result.absentFiles }),
    }
  },
})

/**
 * The job summary: the verified package, what of its sealed files was checked, and each component's
 * pin, digests short with the full ones collapsed. Files not present were not checked, and it says so.
 */
export function promoteSummary(sha: string, packageDigest: string, refs: Record<string, string>, files: { checked: string[]; absent: string[] }): string {
  const checked = files.checked.length
  const absent = files.absent.length
  const verified = `Verified package ${code(shortDigest(packageDigest))} for ${code(sha)} (contract, digest, SHA, pins${checked ? `, ${plural(checked, 'file')} rehashed` : ''}).`
  const notChecked =
    absent === 0
      ? []
      : checked === 0
        ? ['', `**No file bytes were checked**: none of the package's ${plural(absent, 'sealed file')} is present under files-root: ${files.absent.map(code).join(', ')}.`]
        : ['', `Not present, so not checked: ${files.absent.map(code).join(', ')}.`]
  return [
    '### promote',
    '',
    verified,
    ...notChecked,
    '',
    '| component | ref |',
    '| --- | --- |',
    ...Object.entries(refs).map(([name, ref]) => `| ${escapeCell(name)} | ${codeCell(shortDigest(ref))} |`),
    '',
    ...digestDetails([['package', packageDigest], ...Object.entries(refs)]),
  ].join('\n')
}
