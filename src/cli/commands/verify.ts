// `shipgate verify <sha>`: re-validates the evidence for a SHA and the digest links between its
// contracts; exit 0 only when every one holds.
import { access } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import { DEFAULT_CONFIG_PATH, loadConfig } from '../../config/shipgate-config.js'
import { contracts } from '../../contracts/index.js'
import { ConfigurationError, errorMessage, isUserError } from '../../errors.js'
import { DURATION_RULE, parseDurationMs } from '../../platform/action.js'
import { DEFAULT_ARTIFACTS_DIR, LocalEvidenceStore } from '../../evidence/local-store.js'
import { assertSha } from '../../evidence/store.js'
import { verifyEvidence } from '../../stages/verify.js'
import { assertEnvironmentName } from '../../evidence/scoped-store.js'
import { EXIT, parseFlags, reportFailure, UsageError, type CommandIo } from '../io.js'

export interface EvidenceCommandArgs {
  sha: string
  store: LocalEvidenceStore
  json: boolean
  /** verify only. */
  partial: boolean
  maxEvidenceAgeMs?: number
  /** verify only: an environment of environments:. */
  environment?: string
}

/**
 * Parses `<sha> [--artifacts-dir DIR] [--json] [--help]`, shared by verify and show. Returns the
 * exit code instead when the command is done (help printed, or a usage error reported).
 */
export function parseEvidenceCommandArgs(args: string[], io: CommandIo, command: string, usage: string, verifyFlags = false): EvidenceCommandArgs | number {
  // The failure shape follows this command line's --json even when the command is called directly.
  const jsonIo = { ...io, json: io.json || args.includes('--json') }
  try {
    const parsed = parseFlags(command, args, verifyFlags ? VERIFY_OPTIONS : SHOW_OPTIONS, true)
    const values = parsed.values as { [K in keyof typeof VERIFY_OPTIONS]?: K extends 'partial' | 'json' | 'help' ? boolean : string }
    if (values.help) {
      io.out(usage)
      return EXIT.ok
    }
    if (parsed.positionals.length !== 1) {
      throw new UsageError(`give exactly one commit SHA${parsed.positionals.length > 1 ? ` (got ${parsed.positionals.join(' ')})` : ''}`, command)
    }
    const sha = assertSha(parsed.positionals[0] as string)
    // Relative to the command's folder, shown relative to the process's, so paths read as `.artifacts/...`.
    const location = relative(process.cwd(), resolve(io.cwd, values['artifacts-dir'] ?? DEFAULT_ARTIFACTS_DIR)) || '.'
    const ageText = values['max-evidence-age']
    const maxEvidenceAgeMs = ageText === undefined ? undefined : parseDurationMs(ageText)
    if (ageText !== undefined && maxEvidenceAgeMs === undefined) {
      throw new ConfigurationError(`--max-evidence-age: '${ageText}' is not a duration; ${DURATION_RULE}`)
    }
    const environment = values.environment === undefined ? undefined : assertEnvironmentName(values.environment, '--environment')
    return { sha, store: new LocalEvidenceStore(location), json: values.json === true, partial: values.partial === true, maxEvidenceAgeMs, ...(environment ? { environment } : {}) }
  } catch (error) {
    if (!(error instanceof UsageError) && !isUserError(error)) throw error
    // A bad SHA or value is the command line's mistake (exit 2), not evidence that does not hold.
    return reportFailure(jsonIo, command, error instanceof UsageError ? error : new UsageError(errorMessage(error), command))
  }
}

const SHOW_OPTIONS = {
  'artifacts-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

const VERIFY_OPTIONS = {
  ...SHOW_OPTIONS,
  partial: { type: 'boolean' },
  'max-evidence-age': { type: 'string' },
  environment: { type: 'string' },
} as const

export const VERIFY_USAGE = `Usage: shipgate verify <sha> [--environment NAME] [--partial] [--max-evidence-age AGE] [--artifacts-dir DIR] [--json]

Checks the whole chain of evidence recorded for the commit: every contract is valid and names the
SHA; acceptance, the deployment, production and the decision name the manifest's package; every
verdict follows from its checks; the times are in order and none is in the future; the decision's
evidence digests match the files as they are now, and the decision still follows from them. The
release must be complete: no manifest, or no decision, is a failure.

Options:
  --partial               Check a release still in progress: a missing manifest or decision is
                          not a failure (what is there must still hold together).
  --max-evidence-age AGE  The max-evidence-age the decision was taken with (default 7d).
  --environment NAME      With environments: in shipgate.yml, check that environment's decision
                          and evidence (default: the environment the release decision names).
  --artifacts-dir DIR     Where the evidence lives (default ${DEFAULT_ARTIFACTS_DIR}).
  --json                  Print the report as JSON.
  --help                  This help.

Exit status: 0 the evidence holds (a complete release, also one decided NO), 1 a failure or an
incomplete release, 2 a usage error (with --json: {"error": {"kind": "usage", "message"}}).`

export async function verifyCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseEvidenceCommandArgs(args, io, 'shipgate verify', VERIFY_USAGE, true)
  if (typeof parsed === 'number') return parsed
  const finalEnvironment = await lastEnvironment(io.cwd)
  const report = await verifyEvidence(parsed.store, parsed.sha, { partial: parsed.partial, maxEvidenceAgeMs: parsed.maxEvidenceAgeMs, environment: parsed.environment, ...(finalEnvironment ? { finalEnvironment } : {}) })

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
        ? `verified: the evidence for ${report.sha} holds${report.complete ? '' : ' so far (partial: the release is not complete)'}`
        : `FAILED: ${report.failures.length} problem${report.failures.length === 1 ? '' : 's'} in the evidence for ${report.sha}`,
    )
  }
  return report.ok ? EXIT.ok : EXIT.no
}

/** The last environment of the shipgate.yml beside the command, whose decision alone is the release's; undefined without one. */
async function lastEnvironment(cwd: string): Promise<string | undefined> {
  const path = resolve(cwd, DEFAULT_CONFIG_PATH)
  try {
    await access(path)
  } catch {
    return undefined
  }
  return (await loadConfig(path)).config.environments?.at(-1)?.name
}
