// The harness's actions/deploy-pages@v5: the run's artifact of that name looked up as the real action
// does (ListArtifacts with the runtime token, exactly one, with its messages), then the deployment
// taken as succeeded at once and page_url the repository's project site,
// https://<owner>.github.io/<repo>/ (https://<owner>.github.io/ for the <owner>.github.io repository).
import * as core from '@actions/core'
import { DefaultArtifactClient } from '@actions/artifact'

function pageUrl(repository) {
  const [owner, name] = repository.toLowerCase().split('/')
  const host = `${owner}.github.io`
  return name === host ? `https://${host}/` : `https://${host}/${name}/`
}

async function findArtifact(artifactName) {
  core.info(`Fetching artifact metadata for "${artifactName}" in this workflow run`)
  const { artifacts } = await new DefaultArtifactClient().listArtifacts()
  const named = artifacts.filter((artifact) => artifact.name === artifactName)
  if (named.length === 0) throw new Error(`No artifacts named "${artifactName}" were found for this workflow run. Ensure artifacts are uploaded with actions/upload-artifact@v4 or later.`)
  if (named.length > 1) throw new Error(`Multiple artifacts named "${artifactName}" were unexpectedly found for this workflow run. Artifact count is ${named.length}.`)
  return named[0]
}

async function run() {
  const buildVersion = process.env.GITHUB_SHA
  const artifact = await findArtifact(core.getInput('artifact_name') || 'github-pages')
  core.info(`Creating Pages deployment with payload:\n${JSON.stringify({ artifact_id: artifact.id, pages_build_version: buildVersion }, null, '\t')}`)
  core.info(`Created deployment for ${buildVersion}, ID: ${buildVersion}`)
  core.setOutput('page_url', pageUrl(process.env.GITHUB_REPOSITORY))
  core.info('Reported success!')
  core.setOutput('status', 'succeed')
}

run().catch((error) => core.setFailed(error.message))
