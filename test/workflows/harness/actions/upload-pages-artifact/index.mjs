// The harness's actions/upload-pages-artifact@v5, a composite action on GitHub: the site folder
// archived with the same GNU tar command into $RUNNER_TEMP/artifact.tar, then that one file uploaded
// by the upload-artifact stand-in (if-no-files-found: error), whose artifact-id becomes artifact_id.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'

const UPLOAD_ARTIFACT = join(dirname(fileURLToPath(import.meta.url)), '..', 'upload-artifact', 'index.mjs')

/** A child process with this step's stdout and stderr, so its workflow commands reach the runner. */
function runChild(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('close', (code) => resolve(code))
  })
}

async function archive(sitePath, includeHiddenFiles, tarPath) {
  const hidden = includeHiddenFiles ? [] : ['--exclude=.[^/]*']
  core.startGroup('Archive artifact')
  const code = await runChild('tar', ['--dereference', '--hard-dereference', '--directory', sitePath, '-cvf', tarPath, '--exclude=.git', '--exclude=.github', ...hidden, '.'], process.env)
  core.endGroup()
  if (code !== 0) throw new Error(`tar exited with code ${code} archiving ${sitePath}`)
}

/** The composite's second step, `uses: actions/upload-artifact`: its own inputs and output file. */
async function upload(name, tarPath, retentionDays) {
  const scratch = await mkdtemp(join(process.env.RUNNER_TEMP, 'upload-pages-artifact-'))
  try {
    const outputFile = join(scratch, 'output')
    await writeFile(outputFile, '')
    const env = Object.fromEntries(Object.entries(process.env).filter(([variable]) => !variable.startsWith('INPUT_')))
    Object.assign(env, {
      GITHUB_OUTPUT: outputFile,
      INPUT_NAME: name,
      INPUT_PATH: tarPath,
      'INPUT_RETENTION-DAYS': retentionDays,
      'INPUT_IF-NO-FILES-FOUND': 'error',
      'INPUT_COMPRESSION-LEVEL': '6',
      INPUT_OVERWRITE: 'false',
      'INPUT_INCLUDE-HIDDEN-FILES': 'false',
    })
    const code = await runChild(process.execPath, [UPLOAD_ARTIFACT], env)
    if (code !== 0) throw new Error(`Uploading ${tarPath} as artifact ${name} failed`)
    // core.setOutput writes `name<<delimiter` heredocs.
    const outputs = await readFile(outputFile, 'utf8').catch(() => '')
    const artifactId = /^artifact-id<<(.+)\r?\n([^]*?)\r?\n\1$/m.exec(outputs)?.[2]
    if (artifactId) core.setOutput('artifact_id', artifactId)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

async function run() {
  const sitePath = core.getInput('path', { required: true })
  const tarPath = join(process.env.RUNNER_TEMP, 'artifact.tar')
  await archive(sitePath, core.getInput('include-hidden-files') === 'true', tarPath)
  await upload(core.getInput('name'), tarPath, core.getInput('retention-days'))
}

run().catch((error) => core.setFailed(error.message))
