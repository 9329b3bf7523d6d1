// The deliver action: inputs -> deliver (Dropbox or a local folder) -> version, share-url, outcome.
import { z } from 'zod'
import { defaultLayout, deliveryLayout } from '../delivery/layout.js'
import { defineAction, inputs } from '../platform/action.js'
import { code, codeCell, digestDetails, escapeCell, plural, shortDigest } from '../platform/markdown.js'
import { SecretMasker } from '../platform/logger.js'
import { resolveSha } from '../platform/run-environment.js'
import { artifactsDirInput, shaInput } from './common-inputs.js'
import { dropboxInputs, dropboxSettings } from './dropbox-inputs.js'

export const DEFAULT_DESTINATION = 'local:deliveries'

export const deliverAction = defineAction({
  name: 'deliver',
  description:
    'Deliver final files to Dropbox or a local folder in versioned folders (v1, v2, ...): a new version only when the content changed, one stable shared link to the Final folder, and a delivery manifest of what is current and what every run did.',
  branding: { icon: 'send', color: 'blue' },
  inputs: {
    files: {
      description:
        'The files to deliver: paths or globs, one per line, relative to the workspace. Only regular files inside the workspace are delivered: a path that leads out of it (../, an absolute path, a symlink or symlinked folder), a FIFO or a device is an error, and so is any symlink unless follow-symlinks is true.',
      required: true,
    },
    project: { description: 'The delivery container: a folder under the destination (e.g. acme-website).', required: true },
    destination: {
      description: 'dropbox:<path> (e.g. dropbox:/Clients/Acme) or local:<folder> (relative to the workspace, or absolute). The project folder is created under it.',
      default: DEFAULT_DESTINATION,
    },
    sha: shaInput,
    'artifacts-dir': artifactsDirInput,
    ...dropboxInputs,
    'refresh-share-link': { description: 'true: check that the stable shared link still exists and recreate it if it was revoked.', default: 'false' },
    'stable-folder': { description: 'The folder (inside the project) that holds the versions and carries the stable shared link.', default: defaultLayout.stableFolder },
    'version-prefix': { description: 'Version folders are named <prefix><N> inside the stable folder.', default: defaultLayout.versionPrefix },
    'manifest-file': { description: 'Where the delivery manifest is kept, inside the project.', default: defaultLayout.manifestFile },
    timeout: { description: 'Seconds (a plain decimal number, at least 1) the whole transfer may take, retries and Retry-After waits included.', default: '3600' },
    'follow-symlinks': {
      description: 'true: deliver a symlink (or a file in a symlinked folder) as the file it points at, when that file is inside the workspace; a target outside the workspace is refused either way. false: a symlink is an error naming it.',
      default: 'false',
    },
  },
  outputs: {
    version: { description: 'The current version number after the run (N of v<N>).' },
    'share-url': { description: 'The stable shared link of the Final folder (file:// for a local destination).' },
    'share-status': { description: 'created, reused or recreated.' },
    outcome: { description: 'created (a new version) or unchanged (nothing uploaded).' },
    'manifest-path': { description: 'Where the delivery manifest is, at the destination.' },
    'result-path': { description: 'The delivery result contract under the artifacts folder.' },
  },
  settings: z.object({
    files: inputs.list(),
    project: z.string(),
    destination: z.string(),
    sha: inputs.sha(),
    'artifacts-dir': z.string(),
    ...dropboxSettings,
    'refresh-share-link': inputs.boolean(false),
    'stable-folder': z.string(),
    'version-prefix': z.string().regex(/^[A-Za-z0-9_.-]*$/, 'may hold only letters, digits, _ . and -'),
    'manifest-file': z.string(),
    timeout: inputs.seconds(3600),
    'follow-symlinks': inputs.boolean(false),
  }),
  async run(settings, context) {
    const sha = resolveSha(settings.sha, context.environment)
    const envApiUrl = process.env.SHIPGATE_DROPBOX_API_URL || undefined
    const masker = new SecretMasker()
    for (const secret of [settings['dropbox-access-token'], settings['dropbox-refresh-token'], settings['dropbox-app-secret']]) if (secret) masker.add(secret)
    const layout = deliveryLayout(settings['stable-folder'], settings['version-prefix'], settings['manifest-file'])
    // The destinations, the progress display and the delivery itself load once the inputs are known
    // good, so that a bad input fails fast.
    const { openDestination } = await import('../delivery/open-destination.js')
    const { progressDisplay } = await import('../delivery/progress.js')
    const { deliver } = await import('../delivery/deliver.js')
    // Everything logged during the run goes through the display's logger: at a terminal it keeps the bar apart.
    const display = progressDisplay(context.logger, () => context.clock.now().getTime())
    const destination = await openDestination(
      {
        destination: settings.destination,
        project: settings.project,
        workspace: context.environment.workspace,
        dropboxAccessToken: settings['dropbox-access-token'],
        dropboxRefreshToken: settings['dropbox-refresh-token'],
        dropboxAppKey: settings['dropbox-app-key'],
        dropboxAppSecret: settings['dropbox-app-secret'],
        useApiRootFolder: settings['use-api-root-folder'],
        apiRootFolder: settings['api-root-folder'],
        dropboxApiUrl: settings['dropbox-api-url'] ?? envApiUrl,
        dropboxApiUrlSource: settings['dropbox-api-url'] ? 'input dropbox-api-url' : 'SHIPGATE_DROPBOX_API_URL',
        timeoutSeconds: settings.timeout,
      },
      { logger: display.logger, clock: context.clock },
    )
    const { result, resultPath, manifestPath } = await deliver(
      {
        sha,
        project: settings.project,
        files: settings.files,
        workspace: context.environment.workspace,
        layout,
        refreshShareLink: settings['refresh-share-link'],
        followSymlinks: settings['follow-symlinks'],
        destinationLabel: settings.destination,
      },
      { destination, store: context.openStore(settings['artifacts-dir']), logger: display.logger, clock: context.clock, progress: display.progress, mask: (text) => masker.mask(text) },
    )
    if (result.outcome !== 'failed') context.logger.event(`delivery_${result.outcome}`, { sha, status: result.outcome, project: result.project, version: result.version, share_status: result.shareStatus, destination: result.destination.location, duration_ms: Date.parse(result.finishedAt) - Date.parse(result.startedAt) })
    return {
      outputs: {
        version: String(result.version ?? ''),
        'share-url': result.shareUrl ?? '',
        'share-status': result.shareStatus ?? '',
        outcome: result.outcome,
        'manifest-path': manifestPath,
        'result-path': resultPath,
      },
      summary: [
        '### deliver',
        '',
        result.outcome === 'created'
          ? `Delivered **v${result.version}** of ${code(result.project)} (${plural(result.bytesUploaded, 'byte')} uploaded).`
          : `${code(result.project)} is unchanged: **v${result.version}** already holds these files; nothing uploaded.`,
        '',
        `Shared link (${result.shareStatus ?? 'none'}): ${result.shareUrl ?? 'none'}`,
        '',
        '| file | size | content hash |',
        '| --- | --- | --- |',
        ...result.files.map((file) => `| ${escapeCell(file.name)} | ${plural(file.size, 'byte')} | ${codeCell(shortDigest(file.contentHash))} |`),
        '',
        ...digestDetails(result.files.map((file) => [file.name, file.contentHash] as const)),
      ].join('\n'),
    }
  },
})
