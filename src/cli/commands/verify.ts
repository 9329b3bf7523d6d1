// `shipgate verify <sha>`: re-validates the evidence for a SHA and the digest links between its
// contracts; exit 0 only when every one holds.
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { contracts } from '../../contracts/index.js'
import { errorMessage, isUserError } from '../../errors.js'
import { DEFAULT_ARTIFACTS_DIR, LocalEvidenceStore } from '../../evidence/local-store.js'
import { assertSha } from '../../evidence/store.js'
import { verifyEvidence } from '../../stages/verify.js'
import { EXIT, type CommandIo } from '../io.js'

export interface EvidenceCommandArgs {
  sha: string
  store: LocalEvidenceStore
  json: boolean
}

/**
 * Parses `<sha> [--artifacts-dir DIR] [--json] [--help]`, shared by verify and show. Returns the
 * exit code instead when the command is done (help printed, or a usage error reported).
 */
export function parseEvidenceCommandArgs(args: string[], io: CommandIo, command: string, usage: string): EvidenceCommandArgs | number {
  let parsed: ReturnType<typeof parseEvidenceFlags>
  try {
    parsed = parseEvidenceFlags(args)
  } catch (error) {
    io.err(`${command}: ${errorMessage(error)}\n\n${usage}`)
    return EXIT.usage
  }
  if (parsed.values.help) {
    io.out(usage)
    return EXIT.ok
  }
  if (parsed.positionals.length !== 1) {
    io.err(`${command}: give exactly one commit SHA${parsed.positionals.length > 1 ? ` (got ${parsed.positionals.join(' ')})` : ''}\n\n${usage}`)
    return EXIT.usage
  }
  try {
    const sha = assertSha(parsed.positionals[0] as string)
    // Relative to the command's folder, shown relative to the process's, so paths read as `.artifacts/...`.
    const location = relative(process.cwd(), resolve(io.cwd, parsed.values['artifacts-dir'])) || '.'
    return { sha, store: new LocalEvidenceStore(location), json: parsed.values.json === true }
  } catch (error) {
    if (!isUserError(error)) throw error
    io.err(`${command}: ${errorMessage(error)}`)
    return EXIT.usage
  }
}

function parseEvidenceFlags(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      'artifacts-dir': { type: 'string', default: DEFAULT_ARTIFACTS_DIR },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}

export const VERIFY_USAGE = `Usage: shipgate verify <sha> [--artifacts-dir DIR] [--json]

Re-validates every contract recorded for the commit and every digest link between them: each
names the SHA, acceptance, production and the decision name the manifest's package digest, and
the decision's evidence digests match the files as they are now.

Options:
  --artifacts-dir DIR   Where the evidence lives (default ${DEFAULT_ARTIFACTS_DIR}).
  --json                Print the report as JSON.
  --help                This help.

Exit status: 0 all evidence holds, 1 a failure, 2 a usage error.`

export async function verifyCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseEvidenceCommandArgs(args, io, 'shipgate verify', VERIFY_USAGE)
  if (typeof parsed === 'number') return parsed
  const report = await verifyEvidence(parsed.store, parsed.sha)

  if (parsed.json) {
    io.out(JSON.stringify(report, null, 2))
  } else {
    for (const failure of report.failures) io.out(`${failure.file}: ${failure.field}: ${failure.message}`)
    const failedFiles = new Set(report.failures.map((failure) => failure.file))
    for (const contract of report.checked) {
      if (contract.state === 'missing') io.out(`-  ${contract.path}: not present (${contracts[contract.kind].title.toLowerCase()})`)
      else if (contract.state === 'valid' && !failedFiles.has(contract.path)) io.out(`OK ${contract.path}: ${contract.digest}`)
    }
    io.out(
      report.ok
        ? `verified: the evidence for ${report.sha} holds`
        : `FAILED: ${report.failures.length} problem${report.failures.length === 1 ? '' : 's'} in the evidence for ${report.sha}`,
    )
  }
  return report.ok ? EXIT.ok : EXIT.no
}
