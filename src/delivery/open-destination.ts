// Turns the deliver settings into a destination: a local folder, or a Dropbox folder with the auth
// mode the inputs give. Says which auth mode and where it came from, never the token.
import { join, resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { Clock } from '../platform/clock.js'
import type { Logger } from '../platform/logger.js'
import type { DeliveryDestination } from './destination.js'
import type { DropboxAuthSettings } from './dropbox/api.js'
import { parseDestination, relativeDeliveryPath } from './layout.js'
import { LocalDestination } from './local-destination.js'

export interface DestinationSettings {
  destination: string
  project: string
  workspace: string
  dropboxAccessToken?: string
  dropboxRefreshToken?: string
  dropboxAppKey?: string
  dropboxAppSecret?: string
  useApiRootFolder: boolean
  apiRootFolder?: string
  /** dropbox-api-url, else SHIPGATE_DROPBOX_API_URL. */
  dropboxApiUrl?: string
  dropboxApiUrlSource?: string
  /** Seconds for the whole transfer. */
  timeoutSeconds: number
  /** Tests: first retry delay. */
  backoffMs?: number
  singleUploadLimit?: number
  chunkSize?: number
}

export function dropboxAuth(settings: DestinationSettings): DropboxAuthSettings {
  const refreshGiven = [settings.dropboxRefreshToken, settings.dropboxAppKey, settings.dropboxAppSecret]
  const refresh = settings.dropboxRefreshToken && settings.dropboxAppKey && settings.dropboxAppSecret
    ? { refreshToken: settings.dropboxRefreshToken, appKey: settings.dropboxAppKey, appSecret: settings.dropboxAppSecret }
    : undefined
  if (!refresh && refreshGiven.some((value) => value)) {
    const missing = ['dropbox-refresh-token', 'dropbox-app-key', 'dropbox-app-secret'].filter((_, index) => !refreshGiven[index])
    if (!settings.dropboxAccessToken) throw new ConfigurationError(`a Dropbox refresh token needs all three inputs; missing: ${missing.join(', ')}`)
  }
  if (settings.dropboxAccessToken) {
    return {
      mode: 'access-token',
      accessToken: settings.dropboxAccessToken,
      refresh,
      source: refresh ? "access token from input 'dropbox-access-token', refreshed with 'dropbox-refresh-token' + 'dropbox-app-key' + 'dropbox-app-secret' when it expires" : "access token from input 'dropbox-access-token' (no refresh: it fails when the token expires)",
    }
  }
  if (refresh) return { mode: 'refresh-token', refresh, source: "refresh token from inputs 'dropbox-refresh-token' + 'dropbox-app-key' + 'dropbox-app-secret'" }
  throw new ConfigurationError(
    `destination '${settings.destination}' needs Dropbox credentials: give dropbox-access-token, or dropbox-refresh-token with dropbox-app-key and dropbox-app-secret (as secrets)`,
  )
}

export async function openDestination(settings: DestinationSettings, ports: { logger: Logger; clock: Clock }): Promise<DeliveryDestination> {
  const spec = parseDestination(settings.destination)
  const project = relativeDeliveryPath(settings.project, 'project')
  // A local folder is the user's own choice of place: relative to the workspace, or absolute.
  if (spec.kind === 'local') return new LocalDestination(join(resolve(settings.workspace, spec.folder), project), ports.clock)

  const auth = dropboxAuth(settings)
  let root = spec.path
  if (settings.useApiRootFolder) {
    if (!settings.apiRootFolder) throw new ConfigurationError("use-api-root-folder is true: give api-root-folder, the folder every delivery path goes under (e.g. /Apps/shipgate-bot)")
    root = `/${relativeDeliveryPath(settings.apiRootFolder.replace(/^\/+/, ''), 'api-root-folder')}${root}`
  }
  root = `${root}/${project}`
  let apiUrl: string | undefined
  if (settings.dropboxApiUrl) {
    const url = URL.canParse(settings.dropboxApiUrl) ? new URL(settings.dropboxApiUrl) : undefined
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
      throw new ConfigurationError(`${settings.dropboxApiUrlSource ?? 'dropbox-api-url'}: '${settings.dropboxApiUrl}' is not an http:// or https:// URL; give e.g. http://127.0.0.1:8080`)
    }
    apiUrl = url.href
  }
  const { DropboxApi } = await import('./dropbox/api.js')
  const { DropboxDestination } = await import('./dropbox/destination.js')
  const api = new DropboxApi({
    auth,
    apiUrl,
    deadline: ports.clock.now().getTime() + settings.timeoutSeconds * 1000,
    clock: ports.clock,
    logger: ports.logger,
    backoffMs: settings.backoffMs,
  })
  const where = apiUrl ? `${apiUrl} (from ${settings.dropboxApiUrlSource ?? 'dropbox-api-url'})` : 'api.dropboxapi.com'
  ports.logger.info(`dropbox: auth mode ${auth.mode}: ${auth.source}; endpoint ${where}${settings.useApiRootFolder ? `; API root folder ${settings.apiRootFolder}` : ''}`)
  return new DropboxDestination(api, { root, authDescription: auth.mode, singleUploadLimit: settings.singleUploadLimit, chunkSize: settings.chunkSize })
}
