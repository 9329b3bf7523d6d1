// `shipgate mail state-verify` and `shipgate mail state-stamp`: on a runner, refuse a downloaded mail
// state that is not this repository's own before anything is sent, and stamp the state a run keeps
// (state.json: schema, repository, workflow, run id, time). See src/mail/carried-state.ts.
import { userErrorOf } from '../../errors.js'
import { stampCarriedState, verifyCarriedState } from '../../mail/carried-state.js'
import { systemClock } from '../../platform/clock.js'
import { plural } from '../../platform/markdown.js'
import { EXIT, parseFlags, type CommandIo } from '../io.js'

const VERIFY = 'shipgate mail state-verify'
const STAMP = 'shipgate mail state-stamp'

function parse(name: string, args: string[]): { dir?: string; repository?: string; workflow?: string; 'run-id'?: string; help?: boolean } {
  return parseFlags(name, args, { dir: { type: 'string' }, repository: { type: 'string' }, workflow: { type: 'string' }, 'run-id': { type: 'string' }, help: { type: 'boolean', short: 'h' } }).values
}

export async function stateVerifyCommand(args: string[], io: CommandIo): Promise<number> {
  const values = parse(VERIFY, args)
  if (values.help) {
    io.out(`Usage: ${VERIFY} --dir FOLDER [--repository OWNER/NAME]   (default: GITHUB_REPOSITORY)`)
    return EXIT.ok
  }
  const repository = values.repository || io.env.GITHUB_REPOSITORY
  if (!values.dir || !repository) {
    io.err(`${VERIFY}: give --dir (the downloaded state's folder) and --repository (or run it where GITHUB_REPOSITORY is set)`)
    return EXIT.usage
  }
  try {
    const { stamp, lines, warnings } = await verifyCarriedState(values.dir, repository)
    for (const warning of warnings) io.out(io.env.GITHUB_ACTIONS === 'true' ? `::warning::${warning}` : `warning: ${warning}`)
    const whose = stamp ? `the mail state of ${stamp.repository}, kept by run ${stamp.runId} of ${stamp.workflow} at ${stamp.writtenAt}` : 'an unstamped mail state'
    io.out(`${values.dir}: ${whose}; ${plural(lines, 'line')} checked.`)
    return EXIT.ok
  } catch (error) {
    const userError = userErrorOf(error)
    if (!userError) throw error
    io.err(
      `${VERIFY}: refusing the carried mail state, nothing is sent: ${userError.message}. ` +
        `To recover: if this state is not yours, delete that run's mail-ledger artifact (Actions → the run → Artifacts, or gh api -X DELETE repos/${repository}/actions/artifacts/ID) and start the workflow again: the next older trusted state is taken; ` +
        `if it is yours but damaged, download it, repair or remove the named line, and upload it from a run by hand, or delete it to start from an empty ledger (then the day's digest may go out again to whoever already had it).`,
    )
    return EXIT.usage
  }
}

export async function stateStampCommand(args: string[], io: CommandIo): Promise<number> {
  const values = parse(STAMP, args)
  if (values.help) {
    io.out(`Usage: ${STAMP} --dir FOLDER [--repository OWNER/NAME] [--workflow PATH] [--run-id ID]   (defaults: GITHUB_REPOSITORY, the workflow file of GITHUB_WORKFLOW_REF, GITHUB_RUN_ID)`)
    return EXIT.ok
  }
  const repository = values.repository || io.env.GITHUB_REPOSITORY
  // GITHUB_WORKFLOW_REF is owner/repo/.github/workflows/file.yml@ref.
  const workflow = values.workflow || /^[^/]+\/[^/]+\/(.+?)@/.exec(io.env.GITHUB_WORKFLOW_REF ?? '')?.[1]
  const runId = values['run-id'] || io.env.GITHUB_RUN_ID
  if (!values.dir || !repository || !workflow || !runId) {
    io.err(`${STAMP}: give --dir, and --repository, --workflow and --run-id unless GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF and GITHUB_RUN_ID are set`)
    return EXIT.usage
  }
  try {
    const stamp = await stampCarriedState(values.dir, { repository, workflow, runId, writtenAt: systemClock.now().toISOString() })
    io.out(`${values.dir}: stamped as the mail state of ${stamp.repository}, run ${stamp.runId} of ${stamp.workflow}.`)
    return EXIT.ok
  } catch (error) {
    const userError = userErrorOf(error)
    if (userError) {
      io.err(`${STAMP}: ${userError.message}`)
      return EXIT.usage
    }
    if (error instanceof Error && error.name === 'ZodError') {
      io.err(`${STAMP}: --repository '${repository}', --workflow '${workflow}', --run-id '${runId}': ${error.message}`)
      return EXIT.usage
    }
    throw error
  }
}
