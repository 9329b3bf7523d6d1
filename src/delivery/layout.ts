// Where a delivery goes: the destination (a Dropbox path or a local folder) and the layout under
// `<destination>/<project>/`, every part of it checked so that nothing derived from input escapes.
import { ConfigurationError } from '../errors.js'

export const DEFAULT_STABLE_FOLDER = '01_Deliverables/Final'
export const DEFAULT_VERSION_PREFIX = 'v'
export const DEFAULT_MANIFEST_FILE = '00_Admin/.shipgate/manifest/delivery_manifest.json'

export type DestinationSpec = { kind: 'dropbox'; path: string } | { kind: 'local'; folder: string }

export interface DeliveryLayout {
  /** The folder holding the versions, whose shared link stays the same (relative to the project). */
  stableFolder: string
  /** The version folder is `<versionPrefix><N>` inside the stable folder. */
  versionPrefix: string
  /** The delivery manifest, relative to the project. */
  manifestFile: string
}

export const defaultLayout: DeliveryLayout = {
  stableFolder: DEFAULT_STABLE_FOLDER,
  versionPrefix: DEFAULT_VERSION_PREFIX,
  manifestFile: DEFAULT_MANIFEST_FILE,
}

/** `dropbox:/Clients/Acme` or `local:deliveries`; the error says which forms are accepted. */
export function parseDestination(value: string): DestinationSpec {
  const colon = value.indexOf(':')
  const scheme = colon > 0 ? value.slice(0, colon) : ''
  const rest = value.slice(colon + 1).trim()
  if (scheme === 'dropbox') {
    const segments = rest.split('/').filter((segment) => segment !== '')
    for (const segment of segments) checkSegment(segment, `destination '${value}'`)
    return { kind: 'dropbox', path: segments.length === 0 ? '' : `/${segments.join('/')}` }
  }
  if (scheme === 'local') {
    if (rest === '') throw new ConfigurationError(`destination '${value}': give a folder after local:, e.g. local:deliveries`)
    return { kind: 'local', folder: rest }
  }
  throw new ConfigurationError(`destination '${value}': expected dropbox:<path> (e.g. dropbox:/Clients/Acme) or local:<folder> (e.g. local:deliveries)`)
}

function checkSegment(segment: string, what: string): void {
  if (segment === '..' || segment === '.') {
    throw new ConfigurationError(`${what}: '${segment}' is not allowed; a delivery path must stay inside the destination`)
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\]/.test(segment)) {
    throw new ConfigurationError(`${what}: '${segment}' holds a control character or a backslash; use plain names separated by /`)
  }
}

/** A relative path of plain segments: no `..`, no `.`, no leading slash, nothing empty. */
export function relativeDeliveryPath(value: string, what: string): string {
  const trimmed = value.trim()
  if (trimmed === '' || trimmed.startsWith('/')) {
    throw new ConfigurationError(`${what}: '${value}' must be a relative path inside the destination, e.g. ${what === 'project' ? 'acme-website' : DEFAULT_STABLE_FOLDER}`)
  }
  const segments = trimmed.split('/').filter((segment) => segment !== '')
  for (const segment of segments) checkSegment(segment, `${what} '${value}'`)
  return segments.join('/')
}

/**
 * The layout from its three inputs, each checked, and checked against each other: the manifest
 * outside the stable folder (whose shared link would show it), and no name of shipgate's own
 * files in the project folder (`.shipgate-…`).
 */
export function deliveryLayout(stableFolder: string, versionPrefix: string, manifestFile: string): DeliveryLayout {
  const layout = { stableFolder: relativeDeliveryPath(stableFolder, 'stable-folder'), versionPrefix, manifestFile: relativeDeliveryPath(manifestFile, 'manifest-file') }
  for (const [what, path] of [['stable-folder', layout.stableFolder], ['manifest-file', layout.manifestFile]] as const) {
    if (path.split('/').some((segment) => segment.toLowerCase().startsWith('.shipgate-'))) {
      throw new ConfigurationError(`${what} '${path}': names that start with .shipgate- are kept for shipgate's own files in the project folder; choose another name`)
    }
  }
  // Compared case-insensitively, as Dropbox compares paths.
  const within = (path: string, folder: string) => path.toLowerCase() === folder.toLowerCase() || path.toLowerCase().startsWith(`${folder.toLowerCase()}/`)
  if (within(layout.manifestFile, layout.stableFolder)) {
    throw new ConfigurationError(`manifest-file '${layout.manifestFile}' is inside stable-folder '${layout.stableFolder}', where the shared link would show it among the versions; keep it outside, e.g. ${DEFAULT_MANIFEST_FILE}`)
  }
  if (within(layout.stableFolder, layout.manifestFile)) {
    throw new ConfigurationError(`stable-folder '${layout.stableFolder}' is inside manifest-file '${layout.manifestFile}'; the manifest is a file, give them separate paths`)
  }
  return layout
}

/** A file name inside a version folder: one plain segment. */
export function deliveryFileName(name: string, source: string): string {
  if (name.includes('/') || name === '' || name === '.' || name === '..') {
    throw new ConfigurationError(`files: '${source}' gives the file name '${name}', which cannot be delivered; rename the file`)
  }
  checkSegment(name, `files '${source}'`)
  return name
}

export function versionFolder(layout: DeliveryLayout, version: number): string {
  return `${layout.stableFolder}/${layout.versionPrefix}${version}`
}

/** The version number of a folder name in the stable folder, or undefined for any other name. */
export function versionOfFolder(layout: DeliveryLayout, name: string): number | undefined {
  if (!name.toLowerCase().startsWith(layout.versionPrefix.toLowerCase())) return undefined
  const digits = name.slice(layout.versionPrefix.length)
  return /^[1-9][0-9]{0,8}$/.test(digits) ? Number(digits) : undefined
}
