// GITHUB_TOKEN permissions: the scopes, `permissions:` as GitHub reads it (a map, read-all,
// write-all, {}), the default when a workflow sets none, and the cap a caller puts on a called workflow.

export const PERMISSION_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const
export type PermissionScope = (typeof PERMISSION_SCOPES)[number] | 'metadata'
export type PermissionLevel = 'none' | 'read' | 'write'
export type Permissions = Record<PermissionScope, PermissionLevel>

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 }

function all(level: PermissionLevel): Permissions {
  const permissions = Object.fromEntries(PERMISSION_SCOPES.map((scope) => [scope, level])) as Permissions
  // id-token has no read level; models has no write level.
  if (level === 'read') permissions['id-token'] = 'none'
  if (level === 'write') permissions.models = 'read'
  permissions.metadata = 'read'
  return permissions
}

/** The "restricted" default GitHub gives a repository's GITHUB_TOKEN (the default for new
 * repositories and organisations): contents and packages read, metadata read, nothing else. The
 * "permissive" default (everything write) is not modelled: this project's workflows always set
 * permissions. */
export function defaultPermissions(): Permissions {
  return { ...all('none'), contents: 'read', packages: 'read', metadata: 'read' }
}

/** `permissions:` as written in a workflow or job, as effective permissions. Scopes a map leaves
 * out are none; metadata is always read. */
export function parsePermissions(value: unknown): Permissions {
  if (value === 'read-all') return all('read')
  if (value === 'write-all') return all('write')
  if (value === null || value === undefined || value === '') return all('none')
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`permissions: ${JSON.stringify(value)} is not a map, read-all or write-all`)
  const permissions = all('none')
  for (const [scope, level] of Object.entries(value)) {
    if (scope !== 'metadata' && !(PERMISSION_SCOPES as readonly string[]).includes(scope)) throw new Error(`permissions: unknown scope ${scope}`)
    if (level !== 'none' && level !== 'read' && level !== 'write') throw new Error(`permissions: ${scope}: ${String(level)} is not none, read or write`)
    permissions[scope as PermissionScope] = level
  }
  permissions.metadata = 'read'
  return permissions
}

/** The job's effective permissions: its own `permissions:`, else the workflow's, else the
 * default (at the top) or what the caller job grants (in a called workflow). A called workflow's
 * job that asks for more than its caller grants is refused, as GitHub refuses to start such a run:
 * `violations` says which scopes. */
export function effectivePermissions(jobValue: unknown, workflowValue: unknown, caller: Permissions | undefined): { permissions: Permissions; violations: string[] } {
  const declared = jobValue !== undefined ? parsePermissions(jobValue) : workflowValue !== undefined ? parsePermissions(workflowValue) : undefined
  if (caller === undefined) return { permissions: declared ?? defaultPermissions(), violations: [] }
  if (declared === undefined) return { permissions: { ...caller }, violations: [] }
  const violations: string[] = []
  const permissions = { ...declared }
  for (const [scope, level] of Object.entries(declared) as [PermissionScope, PermissionLevel][]) {
    const cap = caller[scope]
    if (RANK[level] > RANK[cap]) {
      violations.push(`'${scope}: ${level}', but is only allowed '${scope}: ${cap}'`)
      permissions[scope] = cap
    }
  }
  return { permissions, violations }
}

export function allows(permissions: Permissions, scope: PermissionScope, level: Exclude<PermissionLevel, 'none'>): boolean {
  return RANK[permissions[scope]] >= RANK[level]
}

/** Only the scopes that grant something, for results and messages. */
export function grantedScopes(permissions: Permissions): Partial<Permissions> {
  return Object.fromEntries(Object.entries(permissions).filter(([, level]) => level !== 'none')) as Partial<Permissions>
}
