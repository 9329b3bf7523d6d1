// `shipgate mail state-run`: on a runner, finds the run whose artifact carries the scheduled send's
// mail state (see src/mail/carried-state.ts for which runs are trusted) and gives its id to the next step.
import { userErrorOf } from '../../errors.js'
import { findCarriedState } from '../../mail/carried-state.js'
import { GitHubRestApi } from '../../platform/github-api.js'
import { plainWholeNumber } from '../../platform/action.js'
import { setOutput } from '../../platform/actions-core.js'
import { EXIT, parseFlags, type CommandIo } from '../io.js'

const NAME = 'shipgate mail state-run'

export async function stateRunCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseFlags(NAME, args, {
    artifact: { type: 'string' },
    workflow: { type: 'string' },
    branch: { type: 'string' },
    output: { type: 'string' },
    limit: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  })
  if (values.help) {
    io.out(`Usage: ${NAME} --artifact NAME --workflow .github/workflows/FILE --branch BRANCH [--output NAME] [--limit 50]`)
    return EXIT.ok
  }
  const missing = (['artifact', 'workflow', 'branch'] as const).filter((flag) => !values[flag])
  if (missing.length > 0) {
    io.err(`${NAME}: give ${missing.map((flag) => `--${flag}`).join(', ')} (the branch is usually the default branch: github.event.repository.default_branch)`)
    return EXIT.usage
  }
  const limit = plainWholeNumber(values.limit ?? '50')
  if (limit === undefined || limit < 1 || limit > 1000) {
    io.err(`${NAME}: --limit '${values.limit}' must be a whole number from 1 to 1000`)
    return EXIT.usage
  }
  const repository = io.env.GITHUB_REPOSITORY
  const token = io.env.GITHUB_TOKEN
  if (!repository || !token) {
    io.err(`${NAME}: ${!repository ? 'GITHUB_REPOSITORY' : 'GITHUB_TOKEN'} is not set; run it in a workflow step with env GITHUB_TOKEN: \${{ github.token }} (the job needs actions: read)`)
    return EXIT.usage
  }
  const workflowPath = values.workflow!.replace(/^\.\//, '')
  try {
    const api = new GitHubRestApi({ token, apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com', repository })
    const found = await findCarriedState({ repository, workflowPath, branch: values.branch!, artifact: values.artifact!, limit }, api, (line) => io.out(line))
    io.out(
      found
        ? `${values.artifact} of run ${found.runId} (${found.createdAt}) carries the state.`
        : `No ${values.artifact} artifact yet in a trusted run of ${workflowPath} on ${values.branch}: starting from none.`,
    )
    if (values.output) setOutput(values.output, found ? String(found.runId) : '')
    return EXIT.ok
  } catch (error) {
    const userError = userErrorOf(error)
    if (!userError) throw error
    io.err(`${NAME}: ${userError.message}`)
    return EXIT.usage
  }
}
