// The harness's actions/upload-artifact@v4: the real action's file search (hidden files left out
// unless include-hidden-files), messages and outputs, over the real @actions/artifact client.
import { stat } from 'node:fs/promises'
import { dirname, join, normalize, sep } from 'node:path'
import * as core from '@actions/core'
import * as glob from '@actions/glob'

const NO_FILE_OPTIONS = ['warn', 'error', 'ignore']

/** The least common ancestor of several search paths: the artifact's root. */
function commonAncestor(searchPaths) {
  const split = searchPaths.map((path) => normalize(path).split(sep))
  const shortest = Math.min(...split.map((parts) => parts.length))
  const common = searchPaths[0].startsWith(sep) ? [sep] : []
  for (let index = 0; index < shortest && split.every((parts) => parts[index] === split[0][index]); index++) common.push(split[0][index])
  return join(...common)
}

async function findFilesToUpload(searchPath, includeHiddenFiles) {
  const globber = await glob.create(searchPath, {
    followSymbolicLinks: true,
    implicitDescendants: true,
    omitBrokenSymbolicLinks: true,
    excludeHiddenFiles: !includeHiddenFiles,
  })
  const files = []
  for (const found of await globber.glob()) {
    if (!(await stat(found)).isDirectory()) files.push(found)
  }
  const searchPaths = globber.getSearchPaths()
  if (searchPaths.length > 1) return { files, root: commonAncestor(searchPaths) }
  if (files.length === 1 && searchPaths[0] === files[0]) return { files, root: dirname(files[0]) }
  return { files, root: searchPaths[0] }
}

async function run() {
  const name = core.getInput('name')
  const searchPath = core.getInput('path', { required: true })
  const ifNoFilesFound = core.getInput('if-no-files-found')
  if (!NO_FILE_OPTIONS.includes(ifNoFilesFound)) {
    core.setFailed(`Unrecognized if-no-files-found input. Provided: ${ifNoFilesFound}. Available options: ${NO_FILE_OPTIONS}`)
    return
  }
  const options = {}
  const retentionDays = core.getInput('retention-days')
  if (retentionDays && retentionDays !== '0') options.retentionDays = parseInt(retentionDays)
  const compressionLevel = core.getInput('compression-level')
  if (compressionLevel) options.compressionLevel = parseInt(compressionLevel)

  const { files, root } = await findFilesToUpload(searchPath, core.getBooleanInput('include-hidden-files'))
  if (files.length === 0) {
    const message = `No files were found with the provided path: ${searchPath}. No artifacts will be uploaded.`
    if (ifNoFilesFound === 'warn') core.warning(message)
    else if (ifNoFilesFound === 'error') core.setFailed(message)
    else core.info(message)
    return
  }
  core.info(`With the provided path, there will be ${files.length} file${files.length === 1 ? '' : 's'} uploaded`)
  core.debug(`Root artifact directory is ${root}`)
  // Loaded only to upload: importing the client is the slowest part of the step.
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  if (core.getBooleanInput('overwrite')) {
    // Best effort, as in the real action: a failed delete only shows in the debug log.
    await client.deleteArtifact(name).catch((error) => core.debug(`Unable to delete artifact: ${error.message}`))
  }
  const uploaded = await client.uploadArtifact(name, files, root, options)
  core.info(`Artifact ${name} has been successfully uploaded! Final size is ${uploaded.size} bytes. Artifact ID is ${uploaded.id}`)
  core.setOutput('artifact-id', uploaded.id)
  if (uploaded.digest) core.setOutput('artifact-digest', uploaded.digest)
  const url = `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}/artifacts/${uploaded.id}`
  core.info(`Artifact download URL: ${url}`)
  core.setOutput('artifact-url', url)
}

run().catch((error) => core.setFailed(error.message))
