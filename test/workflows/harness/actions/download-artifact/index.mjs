// The harness's actions/download-artifact@v4: one artifact by name, or all (or those matching a
// pattern) each in its own folder unless merge-multiple; another run's through findBy with a token.
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import * as core from '@actions/core'
import { DefaultArtifactClient } from '@actions/artifact'
import picomatch from 'picomatch'

async function run() {
  const inputs = {
    name: core.getInput('name'),
    artifactIds: core.getInput('artifact-ids'),
    path: core.getInput('path') || process.env.GITHUB_WORKSPACE || process.cwd(),
    token: core.getInput('github-token'),
    repository: core.getInput('repository'),
    runId: parseInt(core.getInput('run-id')),
    pattern: core.getInput('pattern'),
    mergeMultiple: core.getBooleanInput('merge-multiple'),
  }
  if (inputs.path.startsWith('~')) inputs.path = inputs.path.replace('~', homedir())
  const resolvedPath = resolve(inputs.path)
  const single = Boolean(inputs.name)
  const options = {}
  if (inputs.token) {
    const [repositoryOwner, repositoryName] = inputs.repository.split('/')
    if (!repositoryOwner || !repositoryName) throw new Error(`Invalid repository: '${inputs.repository}'. Must be in format owner/repo`)
    options.findBy = { token: inputs.token, workflowRunId: inputs.runId, repositoryOwner, repositoryName }
  }
  const client = new DefaultArtifactClient()
  let artifacts
  if (single) {
    core.info('Downloading single artifact')
    const { artifact } = await client.getArtifact(inputs.name, options)
    if (!artifact) throw new Error(`Artifact '${inputs.name}' not found`)
    artifacts = [artifact]
  } else {
    const listed = await client.listArtifacts({ latest: true, ...options })
    artifacts = listed.artifacts
    if (inputs.artifactIds) {
      const ids = inputs.artifactIds.split(',').map((id) => Number(id.trim()))
      artifacts = artifacts.filter((artifact) => ids.includes(artifact.id))
    }
    if (inputs.pattern) {
      core.info(`Filtering artifacts by pattern '${inputs.pattern}'`)
      const matches = picomatch(inputs.pattern)
      artifacts = artifacts.filter((artifact) => matches(artifact.name))
    } else {
      core.info('No input name or pattern filtered specified, downloading all artifacts')
      if (!inputs.mergeMultiple) core.info('An extra directory with the artifact name will be created for each download')
    }
  }
  if (artifacts.length) {
    core.info('Preparing to download the following artifacts:')
    for (const artifact of artifacts) core.info(`- ${artifact.name} (ID: ${artifact.id}, Size: ${artifact.size})`)
  }
  for (const artifact of artifacts) {
    const path = single || inputs.mergeMultiple ? resolvedPath : join(resolvedPath, artifact.name)
    const outcome = await client.downloadArtifact(artifact.id, { ...options, path, expectedHash: artifact.digest })
    if (outcome.digestMismatch) core.warning(`Artifact '${artifact.name}' digest validation failed. Please verify the integrity of the artifact.`)
  }
  core.info(`Total of ${artifacts.length} artifact(s) downloaded`)
  core.setOutput('download-path', resolvedPath)
  core.info('Download artifact has finished successfully')
}

run().catch((error) => core.setFailed(`Unable to download artifact(s): ${error.message}`))
