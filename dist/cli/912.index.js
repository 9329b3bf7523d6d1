export const id = 912;
export const ids = [912,1740,9359,8420];
export const modules = {

/***/ 912:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildOnceAction: () => (/* binding */ buildOnceAction),
/* harmony export */   buildOnceSummary: () => (/* binding */ buildOnceSummary)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77582);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(13021);
/* harmony import */ var _platform_github_api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56826);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48959);
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28420);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20877);
// The build-once action: inputs -> buildOnce -> manifest-path, package-digest.









const buildOnceAction = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .defineAction */ .QP)({
    name: 'build-once',
    description: 'Build the release package once per commit: digest-pinned images or file digests (or the current digests when the runtime did not change), sealed in one manifest.',
    branding: { icon: 'package', color: 'blue' },
    inputs: {
        sha: _common_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .shaInput */ .FN,
        'artifacts-dir': _common_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactsDirInput */ .Lp,
        config: _common_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .configInput */ .xK,
        'release-manifest': {
            description: "A YAML multi-repo release manifest, the playbook's template: release_id, description, commits per repository (owner/name: a SHA, or a tag resolved to its commit), images per component (digest-pinned, or a tag ref pinned from build.images' buildx metadata), migrations per repository (a revision id, an ordered list, or { file: path } relative to the manifest), feature_flags. Resolved and sealed into the package's release section; shipgate's earlier camelCase shape is still read. Default: build.releaseManifest in the config.",
        },
        'release-clones': {
            description: 'A folder holding local clones as <owner>/<name>: a tag in the release manifest\'s commits for a repository cloned there is resolved there (git rev-parse), else through the GitHub API with github-token.',
        },
        'runtime-changed': {
            description: 'true or false: whether the runtime changed. Used only when there is no commit-stage evidence for the SHA; default true (build).',
        },
        'capture-from': {
            description: 'Where an unchanged runtime\'s components come from. evidence: the newest package whose release decision said YES, in this run\'s evidence (and SHIPGATE_EVIDENCE_RUN_ID\'s run). deployment: the package that runs in `environment`, by its GitHub deployments (the newest deploy-gate deployment with a success status), read from the run that built it; needs github-token with `deployments: read` and `actions: read`.',
            default: 'evidence',
        },
        environment: { description: 'With capture-from: deployment, the environment whose running package is captured.', default: 'production' },
        'github-token': {
            description: 'With capture-from: deployment, a token with `deployments: read` and `actions: read` (on a runner: the job\'s token); for tags in the release manifest\'s commits not resolved in release-clones, a token with `contents: read` on those repositories (the job\'s token reads only its own). Without one (the local command): the GITHUB_TOKEN environment variable.',
            runnerDefault: _common_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .WORKFLOW_TOKEN */ .Wj,
            secret: true,
        },
    },
    outputs: {
        'manifest-path': { description: 'The path of the release-package manifest.' },
        'package-digest': { description: 'The digest of the package (sha256:<hex> of the manifest\'s canonical JSON).' },
        'runtime-mode': { description: 'built, or captured when the runtime did not change.' },
    },
    settings: zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({
        sha: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.sha(),
        'artifacts-dir': zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(),
        config: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'release-manifest': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'release-clones': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'runtime-changed': zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['true', 'false'], { message: "must be 'true' or 'false'" })
            .optional()
            .transform((value) => (value === undefined ? undefined : value === 'true')),
        'capture-from': zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['evidence', 'deployment'], { message: "must be 'evidence' or 'deployment'" }),
        environment: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]+$/, 'must be an environment name (letters, digits, _ . -)'),
        'github-token': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
    }),
    timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveSha */ .vc)(settings.sha, context.environment) }),
    async run(settings, context) {
        const { environment } = context;
        const sha = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveSha */ .vc)(settings.sha, environment);
        // The config schemas, the release manifest's reader, the stage and the artifact store load once
        // the inputs are known good, so that a bad input fails fast.
        const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(1130), __webpack_require__.e(7710), __webpack_require__.e(1230)]).then(__webpack_require__.bind(__webpack_require__, 87710));
        const { readReleaseManifest } = await Promise.all(/* import() */[__webpack_require__.e(1130), __webpack_require__.e(1102), __webpack_require__.e(9236)]).then(__webpack_require__.bind(__webpack_require__, 1102));
        const { buildOnce } = await Promise.all(/* import() */[__webpack_require__.e(1130), __webpack_require__.e(2029), __webpack_require__.e(4071), __webpack_require__.e(1102), __webpack_require__.e(4510), __webpack_require__.e(1703)]).then(__webpack_require__.bind(__webpack_require__, 71703));
        const { otherRunEvidence } = await Promise.all(/* import() */[__webpack_require__.e(1130), __webpack_require__.e(4901), __webpack_require__.e(1900)]).then(__webpack_require__.bind(__webpack_require__, 81900));
        const { config, path: configPath } = await loadConfig(settings.config);
        // The config's manifest path is relative to the config file, wherever the command runs.
        const manifestPath = settings['release-manifest'] ?? (config.build.releaseManifest ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(configPath), config.build.releaseManifest) : undefined);
        const releaseManifest = manifestPath ? await readReleaseManifest(manifestPath) : undefined;
        const repository = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepository */ .BN)(environment);
        const fromDeployment = settings['capture-from'] === 'deployment';
        const token = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .tokenOrEnvironment */ .au)(settings['github-token'], context.logger);
        if (fromDeployment && !token) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("input 'github-token': capture-from: deployment reads the environment's GitHub deployments and the artifacts of the run that built its package; pass a token with deployments: read and actions: read (${{ github.token }})");
        }
        const result = await buildOnce({
            sha,
            repository,
            source: {
                workflow: environment.workflow,
                runId: environment.runId,
                runAttempt: environment.runAttempt,
                event: environment.eventName,
                ref: environment.ref,
            },
            build: config.build,
            configPath,
            workspace: environment.workspace,
            releaseManifest,
            releaseClones: settings['release-clones'],
            runtimeChanged: settings['runtime-changed'],
            captureFrom: fromDeployment ? { environment: settings.environment } : undefined,
        }, {
            store: context.openStore(settings['artifacts-dir']),
            exec: context.exec,
            logger: context.logger,
            clock: context.clock,
            tags: token ? (tagged) => new _platform_github_api_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubRestApi */ .yK({ token, apiUrl: environment.apiUrl, repository: tagged }) : undefined,
            deployed: fromDeployment && token
                ? {
                    deployments: new _platform_github_api_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubRestApi */ .yK({ token, apiUrl: environment.apiUrl, repository }),
                    openRun: (runId) => otherRunEvidence({ runId, repository, token }, context.logger),
                }
                : undefined,
        });
        const { manifest } = result;
        return {
            outputs: { 'manifest-path': result.path, 'package-digest': manifest.digest, 'runtime-mode': manifest.runtime.mode },
            summary: buildOnceSummary(result.manifest, result.path, result.reused),
        };
    },
});
/** The job summary: the package, how each component is pinned, the release it carries, and where the manifest is. */
function buildOnceSummary(manifest, path, reused) {
    const pinned = (component) => (component.kind === 'image' ? component.ref : `${component.path} sha256:${component.sha256}`);
    return [
        `### build-once${reused ? ' (package already built: reused)' : ''}`,
        '',
        `Package ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)((0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .shortDigest */ .VK)(manifest.digest))} for ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(manifest.sha)}, runtime **${manifest.runtime.mode}**${manifest.runtime.mode === 'captured' ? ` from ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(manifest.runtime.fromSha)}` : ''}; ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .plural */ .LS)(manifest.components.length, 'component')}.`,
        '',
        '| component | pinned to |',
        '| --- | --- |',
        ...manifest.components.map((component) => `| ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeCell */ .kq)(component.name)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .codeCell */ .MZ)((0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .shortDigest */ .VK)(pinned(component)))} |`),
        '',
        ...releaseSummary(manifest),
        `Evidence: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(path)}`,
        '',
        ...(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .digestDetails */ .XH)([['package', manifest.digest], ...manifest.components.map((component) => [component.name, pinned(component)])]),
    ].join('\n');
}
/** The release section in the summary: the id and each repository's commit, with how a tag became it. */
function releaseSummary(manifest) {
    const { release } = manifest;
    const commits = Object.entries(release.commits);
    if (release.id === undefined && commits.length === 0)
        return [];
    const resolutions = manifest.schema === _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_PACKAGE_SCHEMA_V1 */ .j0 ? [] : manifest.release.resolutions;
    return [
        `Release ${release.id === undefined ? '' : `**${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeText */ .X1)(release.id)}**`}${release.description ? `: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeText */ .X1)(release.description)}` : ''}`,
        '',
        ...(commits.length > 0 ? ['| repository | commit | from |', '| --- | --- | --- |'] : []),
        ...commits.map(([repository, sha]) => {
            const resolution = resolutions.find((each) => each.repository === repository);
            return `| ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeCell */ .kq)(repository)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .codeCell */ .MZ)(sha)} | ${resolution ? `tag ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .codeCell */ .MZ)(resolution.tag)} (${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeCell */ .kq)(resolution.via)})` : 'SHA as written'} |`;
        }),
        '',
    ];
}


/***/ }),

/***/ 20877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ shaInput),
/* harmony export */   Lp: () => (/* binding */ artifactsDirInput),
/* harmony export */   Wj: () => (/* binding */ WORKFLOW_TOKEN),
/* harmony export */   au: () => (/* binding */ tokenOrEnvironment),
/* harmony export */   xK: () => (/* binding */ configInput)
/* harmony export */ });
/* harmony import */ var _evidence_artifacts_dir_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32597);

const shaInput = {
    description: 'The commit SHA of the release (40 lowercase hex). Default: the SHA that triggered the workflow.',
};
const artifactsDirInput = {
    description: 'The folder that holds the evidence contracts.',
    default: _evidence_artifacts_dir_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ARTIFACTS_DIR */ .q,
};
const configInput = {
    description: 'The shipgate config file. The default path may be absent; an explicit path must exist.',
};
/** The runner fills a token input with the job's GITHUB_TOKEN unless the workflow passes another. */
const WORKFLOW_TOKEN = '${{ github.token }}';
/** A token input, else the GITHUB_TOKEN environment variable, masked before any use. */
function tokenOrEnvironment(given, logger) {
    if (given)
        return given;
    const fromEnvironment = process.env.GITHUB_TOKEN || undefined;
    if (fromEnvironment)
        logger.secret(fromEnvironment);
    return fromEnvironment;
}


/***/ }),

/***/ 41854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
// Canonical JSON (RFC 8785, JCS) and the `sha256:<hex>` digests taken over it. The digest of a
// contract is the digest of its canonical form, so key order and whitespace never change it.

// In unicode mode a paired surrogate is one code point, so this matches lone surrogates only.
const LONE_SURROGATE = /\p{Surrogate}/u;
/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace,
 * numbers and strings as ECMAScript's JSON.stringify writes them (which is what RFC 8785 asks for).
 * Values JSON cannot hold (undefined in arrays, functions, NaN, Infinity, lone surrogates) throw.
 */
function canonicalJson(value) {
    if (value === null || typeof value === 'boolean')
        return JSON.stringify(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new TypeError(`canonical JSON cannot hold the number ${value}`);
        return JSON.stringify(value);
    }
    if (typeof value === 'string') {
        if (LONE_SURROGATE.test(value))
            throw new TypeError('canonical JSON cannot hold a string with a lone surrogate');
        return JSON.stringify(value);
    }
    if (Array.isArray(value)) {
        return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
    }
    if (typeof value === 'object') {
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) {
            // A Date, Map or class instance would silently become {} or a string: make the caller convert it.
            throw new TypeError(`canonical JSON holds plain objects only, not ${value.constructor?.name ?? 'this object'}`);
        }
        const entries = Object.entries(value)
            .filter(([, member]) => member !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, member]) => `${canonicalJson(key)}:${canonicalJson(member)}`).join(',')}}`;
    }
    throw new TypeError(`canonical JSON cannot hold a value of type ${typeof value}`);
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** `sha256:<64 hex>` of the canonical JSON of a value. */
function digestOf(value) {
    return `sha256:${sha256Hex(canonicalJson(value))}`;
}


/***/ }),

/***/ 36291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ evidenceLink),
/* harmony export */   SV: () => (/* binding */ scopeFlags),
/* harmony export */   Tx: () => (/* binding */ checkOutcome),
/* harmony export */   VE: () => (/* binding */ environmentName),
/* harmony export */   YR: () => (/* binding */ ENVIRONMENT_NAME),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   br: () => (/* binding */ digest),
/* harmony export */   gH: () => (/* binding */ PINNED_IMAGE_PATTERN),
/* harmony export */   mJ: () => (/* binding */ commitSha),
/* harmony export */   n1: () => (/* binding */ pinnedImageRef),
/* harmony export */   sx: () => (/* binding */ REPOSITORY_NAME_PATTERN),
/* harmony export */   vE: () => (/* binding */ timestamp),
/* harmony export */   xR: () => (/* binding */ decision),
/* harmony export */   yw: () => (/* binding */ SHA_PATTERN)
/* harmony export */ });
/* unused harmony export DIGEST_PATTERN */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64377);
// Field schemas shared by every contract, with messages that say what a valid value looks like.

const SHA_PATTERN = /^[0-9a-f]{40}$/;
const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
const PINNED_IMAGE_PATTERN = /^[^\s@]+@sha256:[0-9a-f]{64}$/;
const commitSha = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(SHA_PATTERN, 'must be a full 40-character lowercase hex commit SHA')
    .describe('A full commit SHA: 40 lowercase hex characters.');
const digest = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(DIGEST_PATTERN, 'must be a digest of the form sha256:<64 lowercase hex>')
    .describe('A digest: sha256: followed by 64 lowercase hex characters.');
const pinnedImageRef = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(PINNED_IMAGE_PATTERN, 'not pinned to a sha256 digest (expected registry/name@sha256:<64 hex>)')
    .describe('An image reference pinned to its digest: registry/name@sha256:<64 hex>.');
const timestamp = zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$({ offset: true }).describe('An RFC 3339 date-time.');
const decision = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['YES', 'NO']).describe('The one answer a gate gives.');
const REPOSITORY_NAME_PATTERN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const repositoryName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(REPOSITORY_NAME_PATTERN, 'must be owner/name')
    .describe('A GitHub repository as owner/name.');
/** A link from one contract to a piece of evidence it read. */
/** An environment of `environments:` (see src/evidence/scoped-store.ts, which keeps its evidence apart). */
const ENVIRONMENT_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const environmentName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(ENVIRONMENT_NAME, "must be 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit");
const evidenceLink = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The contract kind, e.g. release-package.'),
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Where the evidence was read, relative to the artifacts folder.'),
    digest: digest.describe('The digest of the canonical JSON of that evidence as it was read.'),
})
    .strict();
/** Which parts of the system a release changes. */
const scopeFlags = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    runtimeChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    infraChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    docsChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
})
    .strict();
/** One stage of a check list (acceptance, prod-verify): what ran and how it ended. */
const checkOutcome = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('http, command, auth-canary, probe, api-smoke, browser, ...'),
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'skipped']),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Why it failed or was skipped.'),
    attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    detail: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('A short detail: status code, the tail of the output; secrets masked.'),
})
    .strict();


/***/ }),

/***/ 50374:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ fieldPath)
/* harmony export */ });
// How a field inside a contract, a config or an input is named to the user. A leaf module, so that
// an action's input errors can name a field without loading every contract's schema.
/** `components[2].ref` from a zod issue path. */
function fieldPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? String(part) : `.${String(part)}`;
    }
    return out || '(root)';
}


/***/ }),

/***/ 28420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ sealReleasePackage),
/* harmony export */   CR: () => (/* binding */ componentRefs),
/* harmony export */   Hw: () => (/* binding */ releasePackageManifest),
/* harmony export */   Ne: () => (/* binding */ RELEASE_PACKAGE_SCHEMA),
/* harmony export */   fO: () => (/* binding */ expectedPackageDigest),
/* harmony export */   j0: () => (/* binding */ RELEASE_PACKAGE_SCHEMA_V1)
/* harmony export */ });
/* unused harmony exports releaseComponent, releaseMigration, commitResolution, imageResolution, releasePackageBody */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36291);
// The release-package manifest: the one package build-once makes and every later stage acts on.
// Its `digest` covers its own canonical JSON without that field, so any edit shows.



/** The version build-once writes. v2: the release section of the playbook's multi-repo manifest, resolved. */
const RELEASE_PACKAGE_SCHEMA = 'shipgate.release-package/v2';
/** Packages sealed before v2; still read, and their digests stay what later evidence recorded. */
const RELEASE_PACKAGE_SCHEMA_V1 = 'shipgate.release-package/v1';
const imageComponent = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('image'),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The component name, e.g. api.'),
    ref: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedImageRef */ .n1,
})
    .strict();
const fileComponent = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('file'),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The file path relative to the repository root.'),
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().describe('Size in bytes.'),
    sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
})
    .strict();
const releaseComponent = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('kind', [imageComponent, fileComponent]);
const hexCommitSha = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{7,40}$/, 'must be a hex commit SHA');
const migrationV1 = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
})
    .strict();
const releaseV1 = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    commits: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), hexCommitSha).describe('The commit of each repository in the release, by owner/name.'),
    migrations: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(migrationV1),
    featureFlags: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()])),
})
    .strict()
    .describe('The fields of the multi-repo release manifest.');
const migrationRevision = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
})
    .strict();
/** One repository's migrations, in the manifest's order: revision ids in the order they run, or one file. */
const releaseMigration = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('kind', [
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('revisions'),
        revisions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(migrationRevision).min(1).describe('The revision ids, in the order they run.'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('file'),
        path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe("The file's path relative to the release manifest's folder, as written."),
        size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().describe('Size in bytes.'),
        sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
    })
        .strict(),
]);
/** How a tag in the manifest's commits became a commit, and who said so. */
const commitResolution = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The tag as the manifest names it.'),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSha */ .mJ.describe('The commit the tag points at (through an annotated tag object, if any).'),
    via: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['github-api', 'clone']).describe('github-api: the GitHub REST API; clone: git rev-parse in a local clone.'),
})
    .strict();
/** How a tag ref in the manifest's images was pinned from the build's buildx metadata. */
const imageResolution = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The image ref as the manifest names it, e.g. registry/acme/api:1.4.2.'),
    ref: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedImageRef */ .n1,
    metadataFile: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The buildx metadata file whose image.name lists the tag ref.'),
})
    .strict();
const releaseV2 = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    commits: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), hexCommitSha)
        .describe('The commit of each repository in the release, by owner/name: a SHA as written, or the commit its tag resolved to.'),
    resolutions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(commitResolution).describe('Every tag in the manifest\'s commits, with the commit it resolved to.'),
    images: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), _common_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedImageRef */ .n1).describe("The manifest's images by component, every one pinned to a digest."),
    imageResolutions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(imageResolution).describe('Every tag ref in the manifest\'s images, with the digest the build pinned it to.'),
    migrations: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(releaseMigration).describe('Per repository, in the manifest\'s order.'),
    featureFlags: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()])),
})
    .strict()
    .describe('The multi-repo release manifest, resolved: tags to commits, image tags to digests, migration files to their digests.');
const packageFields = {
    sha: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSha */ .mJ,
    repository: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR,
    createdAt: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .timestamp */ .vE,
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        workflow: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        runAttempt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        event: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    })
        .strict()
        .describe('The run that built the package.'),
    scope: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeFlags */ .SV,
    runtime: zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('mode', [
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ mode: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('built') }).strict(),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            mode: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('captured'),
            fromSha: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSha */ .mJ.describe('The earlier release whose components were captured.'),
            fromPackageDigest: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .digest */ .br,
        })
            .strict(),
    ])
        .describe('built: components were built for this SHA; captured: runtime did not change and the components of an earlier YES release were reused.'),
    components: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(releaseComponent)
        .min(1, 'a release package needs at least one component')
        // Names key promote's refs; build-once never seals two alike, and a second would silently replace the first there.
        .superRefine((components, context) => {
        const first = new Map();
        for (const [index, component] of components.entries()) {
            const earlier = first.get(component.name);
            if (earlier === undefined)
                first.set(component.name, index);
            else
                context.addIssue({ code: 'custom', path: [index, 'name'], message: `'${component.name}' is already the name of components[${earlier}]; each component has its own name` });
        }
    }),
};
const releasePackageV1Body = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(RELEASE_PACKAGE_SCHEMA_V1), ...packageFields, release: releaseV1 }).strict();
const releasePackageV2Body = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(RELEASE_PACKAGE_SCHEMA), ...packageFields, release: releaseV2 }).strict();
// A discriminated union on `schema`: a v1 document parses as it was written, so its digest holds.
const releasePackageBody = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('schema', [releasePackageV1Body, releasePackageV2Body]);
const sealedDigest = { digest: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .digest */ .br.describe('The digest of this manifest\'s canonical JSON without the digest field.') };
const releasePackageManifest = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('schema', [
    releasePackageV1Body.extend(sealedDigest).strict(),
    releasePackageV2Body.extend(sealedDigest).strict(),
]);
/** Seals a manifest body with the digest of its canonical JSON. */
function sealReleasePackage(body) {
    return { ...body, digest: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(body) };
}
/** The digest a manifest should carry, recomputed from everything but its digest field. */
function expectedPackageDigest(manifest) {
    const { digest: _recorded, ...body } = manifest;
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(body);
}
/** Component name -> pinned image ref or `sha256:<hex>` of the file, as promote outputs them. */
function componentRefs(manifest) {
    return Object.fromEntries(manifest.components.map((component) => [
        component.name,
        component.kind === 'image' ? component.ref : `sha256:${component.sha256}`,
    ]));
}


/***/ }),

/***/ 32597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ DEFAULT_ARTIFACTS_DIR)
/* harmony export */ });
// The evidence folder an action uses unless told otherwise. A leaf module, so that an action's
// inputs can name it without loading the evidence store and every contract's schema.
const DEFAULT_ARTIFACTS_DIR = '.artifacts';


/***/ }),

/***/ 77582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   QL: () => (/* binding */ inputs),
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   Qb: () => (/* binding */ DURATION_RULE),
/* harmony export */   fW: () => (/* binding */ plainWholeNumber),
/* harmony export */   mr: () => (/* binding */ plainDecimal),
/* harmony export */   nt: () => (/* binding */ MIN_SECONDS),
/* harmony export */   rO: () => (/* binding */ withDefaults),
/* harmony export */   yi: () => (/* binding */ parseDurationMs)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88532);
/* harmony import */ var _contracts_field_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50374);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
// What an action is, independent of where it runs: its documented inputs and outputs, one zod
// schema that turns the raw inputs into a typed settings object, and a run function over ports.
// The GitHub adapter (github-action.ts) and the `shipgate` command both drive this.



function defineAction(definition) {
    return definition;
}
/** Raw inputs with defaults applied; empty means not given. */
function withDefaults(definition, given) {
    const raw = {};
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const value = given(name)?.trim();
        raw[name] = value ? value : spec.default || undefined;
    }
    return raw;
}
/** Parses the inputs with the action's schema; the error names the input and says what fits. */
function parseSettings(definition, raw, logger) {
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const value = raw[name];
        if (spec.secret && value)
            logger.secret(value);
    }
    for (const [name, spec] of Object.entries(definition.inputs)) {
        if (spec.required && !raw[name]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input '${name}' is required: ${spec.description}`);
        }
    }
    const parsed = definition.settings.safeParse(raw);
    if (!parsed.success) {
        const messages = parsed.error.issues.map((issue) => {
            const [inputName, ...rest] = issue.path;
            const where = rest.length > 0 ? `${String(inputName)} (${(0,_contracts_field_path_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldPath */ .c)(rest)})` : String(inputName ?? '(inputs)');
            return `input '${where}': ${issue.message}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(messages.join('; '));
    }
    return parsed.data;
}
// Input field parsers: the raw value is a string or undefined (not given).
const inputs = {
    /** An optional string. */
    text: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** true/false in the spellings the runner accepts (YAML 1.2 core schema). */
    boolean: (fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        ctx.addIssue({ code: 'custom', message: `'${value}' is not a boolean; use true or false` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    /** One item per line (blank lines and surrounding spaces dropped). */
    list: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value) => (value ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')),
    /** A full commit SHA, optional (the run's SHA is the usual default). */
    sha: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[0-9a-f]{40}$/, 'must be a full 40-character lowercase hex commit SHA')
        .optional(),
    /** A TCP port, 1 to 65535, optional. */
    port: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return undefined;
        const port = plainWholeNumber(value);
        if (port === undefined || port < 1 || port > 65535) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a port number: give a whole number from 1 to 65535` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return port;
    }),
    /** A whole number of at least `minimum` (a count, a limit). */
    wholeNumber: (fallback, minimum = 1) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        const count = plainWholeNumber(value);
        if (count === undefined || count < minimum) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a whole number of ${minimum} or more` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return count;
    }),
    /** A duration with its unit (7d, 36h, 90m, 600s) of at least a second, in milliseconds. */
    duration: (fallbackMs) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallbackMs;
        const ms = parseDurationMs(value);
        if (ms === undefined) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a duration; ${DURATION_RULE}` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return ms;
    }),
    /** A number of seconds, at least `minimum` (a second unless said): a timeout, a poll interval. */
    seconds: (fallback, minimum = MIN_SECONDS) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        const seconds = plainDecimal(value);
        if (seconds === undefined || seconds < minimum) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a number of seconds of ${minimum} or more; give a plain decimal number such as 30 or 2.5` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return seconds;
    }),
};
/** The least number of seconds a timeout, deadline or interval input takes: less would spin, not wait. */
const MIN_SECONDS = 1;
// Plain decimal spellings only: Number() also takes 0x10, 0b1, 1e-9 and .5, which a reader of the
// workflow would not take for the number they are.
const PLAIN_DECIMAL = /^[0-9]+(?:\.[0-9]+)?$/;
const PLAIN_WHOLE_NUMBER = /^[0-9]+$/;
/** `30`, `2.5`: a plain decimal number, finite; undefined for any other spelling (hex, exponent, sign). */
function plainDecimal(text) {
    if (!PLAIN_DECIMAL.test(text))
        return undefined;
    const number = Number(text);
    return Number.isFinite(number) ? number : undefined;
}
/** `30`: a plain whole number that is safe to count with; undefined for anything else. */
function plainWholeNumber(text) {
    if (!PLAIN_WHOLE_NUMBER.test(text))
        return undefined;
    const number = Number(text);
    return Number.isSafeInteger(number) ? number : undefined;
}
const DURATION_UNITS_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** What parseDurationMs takes, for messages. */
const DURATION_RULE = 'give a plain decimal number with a unit, at least 1s: 7d, 36h, 90m or 600s';
/** `7d`, `36h`, `90m`, `600s` in milliseconds, at least a second; undefined for anything else (a bare number has no unit to trust). */
function parseDurationMs(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/.exec(text);
    if (!match)
        return undefined;
    const ms = Number(match[1]) * DURATION_UNITS_MS[match[2]];
    return Number.isFinite(ms) && ms >= MIN_SECONDS * 1000 && ms <= Number.MAX_SAFE_INTEGER ? Math.round(ms) : undefined;
}


/***/ }),

/***/ 56826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RJ: () => (/* binding */ TransientApiError),
/* harmony export */   _6: () => (/* binding */ LocalGitHistory),
/* harmony export */   p_: () => (/* binding */ ChangeListTruncatedError),
/* harmony export */   yK: () => (/* binding */ GitHubRestApi)
/* harmony export */ });
/* unused harmony export COMPARE_FILE_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
// The GitHub REST API as shipgate needs it: check runs, commit statuses, the pull requests of a
// commit and changed files (the commit gate), workflow runs and their artifacts (the replay, carried
// mail state), and deployments with their statuses (what runs in an environment); plus the same
// "what changed" questions answered by a local git checkout; and the tags of a repository (the
// release manifest's commits). Octokit (@actions/github) is loaded
// only when the first request is made.

/** GitHub's compare endpoint lists at most this many files, on its first page. */
const COMPARE_FILE_LIMIT = 300;
/**
 * A request failure worth retrying on the next poll (server error, rate limit, network). Not the
 * user's mistake, but its message is what they need when it outlasts the wait, so it is reported as one.
 */
class TransientApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'TransientApiError';
}
/** The permissions each group of requests needs, for the message of a 403. */
const PERMISSIONS = {
    commitChecks: '`checks: read`, `statuses: read`, `pull-requests: read` and `contents: read`',
    runs: '`actions: read`',
    readDeployments: '`deployments: read`',
    writeDeployments: '`deployments: write`',
    contents: '`contents: read` on that repository (a token of the job reads only its own repository: for another, pass a token that can read it)',
};
function runRecord(run) {
    return { id: run.id, headSha: run.head_sha, event: run.event, conclusion: run.conclusion ?? null, path: run.path ?? '', createdAt: run.created_at, url: run.html_url ?? null };
}
function newestRunFirst(a, b) {
    return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}
class GitHubRestApi {
    options;
    octokit;
    owner;
    repo;
    perPage;
    constructor(options) {
        this.options = options;
        const [owner, repo] = options.repository.split('/');
        if (!owner || !repo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`repository '${options.repository}' is not owner/name`);
        this.owner = owner;
        this.repo = repo;
        this.perPage = options.perPage ?? 100;
    }
    async checkRuns(ref, checkName) {
        const runs = (await this.call('check runs', ref, (octokit) => octokit.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
            ...this.repoParameters(),
            ref,
            check_name: checkName,
            filter: 'all',
            per_page: this.perPage,
        })));
        return runs.map((run) => ({
            id: run.id,
            name: run.name,
            status: run.status,
            conclusion: run.conclusion ?? null,
            url: run.html_url ?? null,
            suiteId: run.check_suite?.id ?? null,
        }));
    }
    async combinedStatuses(ref) {
        const statuses = [];
        await this.pages('commit statuses', ref, 'GET /repos/{owner}/{repo}/commits/{ref}/status', { ref }, (data) => {
            const page = data.statuses ?? [];
            statuses.push(...page.map((status) => ({ context: status.context, state: status.state, url: status.target_url ?? null })));
            return page.length;
        });
        return statuses;
    }
    async pullRequestsForCommit(sha) {
        const pulls = (await this.call('pull requests', sha, (octokit) => octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...this.repoParameters(), commit_sha: sha, per_page: this.perPage })));
        return pulls.map((pull) => ({
            number: pull.number,
            headSha: pull.head.sha,
            mergeCommitSha: pull.merge_commit_sha ?? null,
            merged: Boolean(pull.merged_at),
        }));
    }
    async completedPushRuns(sha) {
        const runs = [];
        await this.pages('workflow runs', sha, 'GET /repos/{owner}/{repo}/actions/runs', { head_sha: sha, event: 'push', status: 'completed' }, (data) => {
            const page = data.workflow_runs ?? [];
            runs.push(...page.filter((run) => (run.status ?? 'completed') === 'completed').map(runRecord));
            return page.length;
        }, PERMISSIONS.runs);
        // The filter is the server's; a run that is not what was asked for is never a replay source.
        return runs.filter((run) => run.headSha === sha && run.event === 'push').sort(newestRunFirst);
    }
    async createDeployment(deployment) {
        const response = await this.call('create deployment', `${deployment.ref} in ${deployment.environment}`, (octokit) => octokit.request('POST /repos/{owner}/{repo}/deployments', {
            ...this.repoParameters(),
            ref: deployment.ref,
            environment: deployment.environment,
            description: deployment.description,
            payload: deployment.payload,
            auto_merge: deployment.autoMerge,
            required_contexts: deployment.requiredContexts,
            transient_environment: deployment.transientEnvironment,
            production_environment: deployment.productionEnvironment,
        }), PERMISSIONS.writeDeployments);
        const created = response.data;
        // A 202 (GitHub merged the default branch into the ref first) has a message and no deployment.
        if (typeof created.id !== 'number') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub API (${this.options.apiUrl}): create deployment of ${deployment.ref}: no deployment was created (${created.message ?? 'no id in the answer'})`);
        }
        return deploymentOf(created);
    }
    async createDeploymentStatus(deploymentId, status) {
        const response = await this.call(`${status.state} status`, `deployment ${deploymentId}`, (octokit) => octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            ...this.repoParameters(),
            deployment_id: deploymentId,
            state: status.state,
            description: status.description.slice(0, 140),
            ...(status.logUrl ? { log_url: status.logUrl } : {}),
            auto_inactive: status.autoInactive,
        }), PERMISSIONS.writeDeployments);
        return deploymentStatusOf(response.data);
    }
    async *deployments(filter) {
        const described = [filter.environment ? `environment ${filter.environment}` : '', filter.sha ?? ''].filter(Boolean).join(', ') || 'all';
        for (let page = 1;; page++) {
            const response = await this.call('deployments', described, (octokit) => octokit.request('GET /repos/{owner}/{repo}/deployments', {
                ...this.repoParameters(),
                ...(filter.environment ? { environment: filter.environment } : {}),
                ...(filter.sha ? { sha: filter.sha } : {}),
                per_page: this.perPage,
                page,
            }), PERMISSIONS.readDeployments);
            const deployments = response.data;
            for (const deployment of deployments)
                yield deploymentOf(deployment);
            if (deployments.length === 0 || !/rel="next"/.test(String(response.headers.link ?? '')))
                return;
        }
    }
    async deploymentStatuses(deploymentId) {
        const statuses = [];
        await this.pages('deployment statuses', `deployment ${deploymentId}`, 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { deployment_id: deploymentId }, (data) => {
            const page = data;
            statuses.push(...page.map(deploymentStatusOf));
            return page.length;
        }, PERMISSIONS.readDeployments);
        // GitHub lists newest first; the ids say so too, whatever the order of the pages.
        return statuses.sort((a, b) => b.id - a.id);
    }
    async completedRuns(workflowPath, branch, limit) {
        const runs = [];
        // The workflow's own listing: on a busy branch the newest runs of all workflows may hold none of it.
        const workflowId = workflowPath.split('/').pop();
        await this.pages(`runs of ${workflowId}`, branch, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { workflow_id: workflowId, branch, status: 'completed' }, (data) => {
            const page = data.workflow_runs ?? [];
            runs.push(...page.map((run) => ({ ...runRecord(run), headBranch: run.head_branch ?? null, headRepository: run.head_repository?.full_name ?? null })));
            return runs.length >= limit ? 0 : page.length;
        }, PERMISSIONS.runs);
        return runs.sort(newestRunFirst).slice(0, limit);
    }
    async runArtifacts(runId, name) {
        const response = await this.call('artifacts', `run ${runId}`, (octokit) => octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { ...this.repoParameters(), run_id: runId, name, per_page: this.perPage }), PERMISSIONS.runs);
        const artifacts = response.data.artifacts ?? [];
        return artifacts.filter((artifact) => artifact.name === name).map((artifact) => ({ id: artifact.id, name: artifact.name, expired: artifact.expired === true }));
    }
    async tagRef(tag) {
        const response = await this.call('tag', tag, (octokit) => octokit.request('GET /repos/{owner}/{repo}/git/ref/tags/{tag}', { ...this.repoParameters(), tag }).catch(nullWhenNotFound), PERMISSIONS.contents);
        // An exact ref answers with one object; a list would be refs that merely start with the name.
        if (!response || Array.isArray(response.data))
            return null;
        return this.gitObject(response.data.object, `tag ${tag}`);
    }
    async tagObject(sha) {
        const response = await this.call('tag object', sha, (octokit) => octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...this.repoParameters(), tag_sha: sha }), PERMISSIONS.contents);
        return this.gitObject(response.data.object, `tag object ${sha}`);
    }
    async firstParent(sha) {
        const commit = await this.commit(sha);
        return commit.parents[0]?.sha ?? null;
    }
    async changedFiles(base, head) {
        let files;
        if (base === null) {
            files = (await this.commit(head)).files ?? [];
        }
        else {
            const response = await this.call('compare', `${base}...${head}`, (octokit) => octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...this.repoParameters(), basehead: `${base}...${head}`, per_page: 1 }));
            files = response.data.files ?? [];
        }
        if (files.length >= COMPARE_FILE_LIMIT) {
            throw new ChangeListTruncatedError(`GitHub lists at most ${COMPARE_FILE_LIMIT} changed files between ${base ?? '(root)'} and ${head}; the change list is incomplete`);
        }
        // A rename moves a path out of one class and into another: both ends count as changed.
        return uniqueSorted(files.flatMap((file) => (file.previous_filename ? [file.previous_filename, file.filename] : [file.filename])));
    }
    async commit(sha) {
        const response = await this.call('commit', sha, (octokit) => octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...this.repoParameters(), ref: sha }));
        return response.data;
    }
    gitObject(object, what) {
        const { type, sha } = (object ?? {});
        if (typeof type !== 'string' || typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub API (${this.options.apiUrl}): ${what} in ${this.options.repository}: the answer names no git object (type and 40-hex sha)`);
        }
        return { type, sha };
    }
    repoParameters() {
        return { owner: this.owner, repo: this.repo };
    }
    /** Pages through a listing that Octokit's paginate cannot normalise; `take` returns the page size. */
    async pages(what, ref, route, parameters, take, permission = PERMISSIONS.commitChecks) {
        for (let page = 1;; page++) {
            const response = await this.call(what, ref, (octokit) => octokit.request(route, { ...this.repoParameters(), ...parameters, per_page: this.perPage, page }), permission);
            const count = take(response.data);
            const link = String(response.headers.link ?? '');
            if (count === 0 || !/rel="next"/.test(link))
                return;
        }
    }
    async call(what, ref, request, permission = PERMISSIONS.commitChecks) {
        this.octokit ??= (async () => {
            const { getOctokit } = await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 92413));
            return getOctokit(this.options.token, { baseUrl: this.options.apiUrl.replace(/\/+$/, '') });
        })();
        try {
            return await request(await this.octokit);
        }
        catch (error) {
            throw describeApiError(error, `${what} for ${ref} in ${this.options.repository}`, this.options.apiUrl, permission);
        }
    }
}
/** The compare endpoint's file list was cut off; the caller must find the changes another way. */
class ChangeListTruncatedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'ChangeListTruncatedError';
}
/** A 404 answer as null: for a tag, not being there is an answer, not a failure. */
function nullWhenNotFound(error) {
    if (error.status === 404)
        return null;
    throw error;
}
function deploymentOf(raw) {
    return { id: raw.id, sha: raw.sha, ref: raw.ref, task: raw.task ?? 'deploy', environment: raw.environment, payload: raw.payload ?? null, createdAt: raw.created_at };
}
function deploymentStatusOf(raw) {
    return { id: raw.id, state: raw.state, description: raw.description ?? '', logUrl: raw.log_url ?? raw.target_url ?? null, createdAt: raw.created_at };
}
/** The user's part of an API failure: what was refused and what to give the job; an outage or a rate limit is transient. */
function describeApiError(error, what, apiUrl, permission) {
    const status = error.status;
    const reason = error.message ?? String(error);
    if (typeof status !== 'number' || status >= 500 || status === 429) {
        return new TransientApiError(`GitHub API (${apiUrl}): ${what}: ${reason}`);
    }
    if (status === 403 && /rate limit/i.test(reason))
        return new TransientApiError(`GitHub API (${apiUrl}): ${what}: ${reason}`);
    const hint = status === 401
        ? 'the token was rejected; pass a valid github-token'
        : status === 403
            ? `the token lacks permission; give the job ${permission} (permissions: in the workflow) and pass its token as github-token`
            : status === 404 || (status === 422 && /no (commit|ref) found/i.test(reason))
                ? 'not found; check GITHUB_REPOSITORY and that the SHA is pushed to it'
                : 'the request was refused';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub API (${apiUrl}): ${what}: HTTP ${status}: ${hint} (${reason})`);
}
/** The same history questions answered by `git` in a local checkout, through the Exec port. */
class LocalGitHistory {
    exec;
    cwd;
    constructor(exec, cwd) {
        this.exec = exec;
        this.cwd = cwd;
    }
    async firstParent(sha) {
        await this.requireCommit(sha);
        const parent = await this.exec.run('git', ['rev-parse', '--verify', '--quiet', `${sha}^1`], { cwd: this.cwd });
        return parent.exitCode === 0 ? parent.stdout.trim() : null;
    }
    async changedFiles(base, head) {
        await this.requireCommit(head);
        if (base !== null)
            await this.requireCommit(base);
        const args = base === null
            ? ['diff-tree', '--no-commit-id', '--name-only', '--no-renames', '-r', '--root', '-z', head]
            : ['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`];
        const diff = await this.exec.run('git', args, { cwd: this.cwd });
        if (diff.exitCode !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`git ${args.join(' ')} failed in ${this.cwd} (exit ${diff.exitCode}): ${diff.stderr.trim()}`);
        }
        return uniqueSorted(diff.stdout.split('\0').filter((path) => path !== ''));
    }
    async requireCommit(sha) {
        const found = await this.exec.run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: this.cwd });
        if (found.exitCode !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`commit ${sha} is not in the git checkout at ${this.cwd}; fetch it (actions/checkout with fetch-depth: 0) or run from the repository`);
        }
    }
}
function uniqueSorted(paths) {
    return [...new Set(paths)].sort();
}


/***/ }),

/***/ 13021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   OB: () => (/* binding */ hasFullDigest),
/* harmony export */   UU: () => (/* binding */ humanDuration),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   XH: () => (/* binding */ digestDetails),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fQ: () => (/* binding */ shortenDigests),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony export failureSummary */
// Markdown for job summaries, which GitHub renders as it renders any Markdown: table cells that a
// pipe, a newline or an angle bracket cannot break, digests short enough to read, durations in words,
// and the summary a step writes when it fails by throwing.
function statusIcon(status) {
    return { success: '✅', partial_success: '⚠️', failure: '❌' }[status];
}
/**
 * Text as Markdown shows it literally: `<abc@x>` stays text (not a tag, not a mailto link), and
 * `*`, `_`, `[`, backticks and backslashes do not turn into formatting.
 */
function escapeText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]])/g, '\\$1');
}
/** A table cell: escaped text on one line, with `|` escaped so it does not split the cell. */
function escapeCell(text) {
    return escapeText(text).replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}
/** Inline code in prose; a fence longer than any backtick run inside, so none ends it early. */
function code(text) {
    const oneLine = text.replace(/\r?\n|\r/g, ' ');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Inline code in a table cell: GitHub reads `\|` as a pipe even inside a code span. */
function codeCell(text) {
    return code(text).replace(/\|/g, '\\|');
}
const DIGEST_HEX = /\b[0-9a-f]{64}\b/g;
/** `sha256:` and the first 12 hex characters of a digest (a bare 64-hex value keeps 12); anything else as it is. */
function shortDigest(digest) {
    return digest.replace(DIGEST_HEX, (hex) => hex.slice(0, 12));
}
/** Text with every 64-hex digest in it cut to 12 characters; the full values belong in digestDetails. */
function shortenDigests(text) {
    return shortDigest(text);
}
/** True when the text holds a digest that shortDigest would cut. */
function hasFullDigest(text) {
    return new RegExp(DIGEST_HEX.source).test(text);
}
/**
 * The full digests, collapsed: one `<details>` block for the end of a summary, so the page shows
 * short digests and a reader who needs a full one can open it. Empty when there is nothing to show.
 */
function digestDetails(entries) {
    const shown = entries.filter(([, digest]) => digest !== '');
    if (shown.length === 0)
        return [];
    return [
        '<details><summary>Full digests</summary>',
        '',
        '| of | digest |',
        '| --- | --- |',
        ...shown.map(([label, digest]) => `| ${escapeCell(label)} | ${codeCell(digest)} |`),
        '',
        '</details>',
        '',
    ];
}
/** 850 ms, 4.2s, 2m 5s, 3h 54m, 8d 3h 54m: the units that matter, largest first, zero parts left out. */
function humanDuration(ms) {
    if (!Number.isFinite(ms))
        return 'unknown';
    if (ms < 0)
        return `-${humanDuration(-ms)}`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 10_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600)
        return joinUnits([[Math.floor(seconds / 60), 'm'], [seconds % 60, 's']]);
    const minutes = Math.round(ms / 60_000);
    if (minutes < 24 * 60)
        return joinUnits([[Math.floor(minutes / 60), 'h'], [minutes % 60, 'm']]);
    return joinUnits([[Math.floor(minutes / 1440), 'd'], [Math.floor((minutes % 1440) / 60), 'h'], [minutes % 60, 'm']]);
}
function joinUnits(parts) {
    return parts
        .filter(([value]) => value > 0)
        .map(([value, unit]) => `${value}${unit}`)
        .join(' ');
}
/** `1 component`, `2 components`; the plural form when adding an s does not make it. */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
const BUG_PREFIX = 'unexpected error (a bug in shipgate)';
/**
 * The job summary of a step that failed by throwing: what failed, where, and what to do about it.
 * The message is the error as the user is told it (a ConfigurationError's says what and how to fix);
 * a bug's stack trace is kept, collapsed.
 */
function failureSummary(actionName, message, location) {
    const [firstLine = '', ...rest] = message.split(/\r?\n/);
    const isBug = message.startsWith(BUG_PREFIX);
    const lines = [`## ${statusIcon('failure')} ${escapeText(actionName)} failed`, '', escapeText(shortenDigests(firstLine.trim() || 'failed without a message')), ''];
    if (location?.file) {
        lines.push(`**Where:** ${code(location.file)}${location.line === undefined ? '' : ` line ${location.line}`}`, '');
    }
    lines.push(isBug
        ? '**What to do:** this is a bug in shipgate, not in your inputs: re-run the step, and if it fails again report it with the details below.'
        : `**What to fix:** the ${location?.file ? 'file' : 'input or file'} the message names, as it says; then re-run the step.`, '');
    if (rest.length > 0 || hasFullDigest(firstLine)) {
        lines.push('<details><summary>Full message</summary>', '', '```text', message.replace(/```/g, '`\u200b``'), '```', '', '</details>', '');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 48959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Sf: () => (/* binding */ runEnvironmentFromEnv),
/* harmony export */   vc: () => (/* binding */ resolveSha)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36291);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
// What a stage knows about the run it is part of: the GITHUB_* variables on a runner, the local
// git checkout when run by the `shipgate` command.



function runEnvironmentFromEnv(env = process.env, mode = 'github') {
    return {
        sha: env.GITHUB_SHA || undefined,
        repository: env.GITHUB_REPOSITORY || undefined,
        workflow: env.GITHUB_WORKFLOW || 'local',
        runId: env.GITHUB_RUN_ID || 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        eventName: env.GITHUB_EVENT_NAME || 'local',
        ref: env.GITHUB_REF || '',
        eventPath: env.GITHUB_EVENT_PATH || undefined,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        mode,
    };
}
/** The webhook payload of the event that started the run, or undefined when there is none. */
function readEventPayload(environment) {
    if (!environment.eventPath)
        return undefined;
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(environment.eventPath, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`GITHUB_EVENT_PATH ${environment.eventPath}: cannot read the event payload (${error.message})`);
    }
}
/** The SHA an input gave, else the run's; an error that says how to give one when neither is known. */
function resolveSha(given, environment) {
    const sha = given ?? environment.sha;
    if (!sha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("input 'sha': not given and GITHUB_SHA is not set; pass the commit SHA to release");
    return sha;
}
/** The run's repository as owner/name, checked before anything runs: a stage writes it into contracts that must hold owner/name. */
function resolveRepository(environment) {
    if (!environment.repository) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set; run inside GitHub Actions or set GITHUB_REPOSITORY=owner/name');
    }
    if (!_contracts_common_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY_NAME_PATTERN */ .sx.test(environment.repository)) {
        const source = environment.repositorySource ?? 'GITHUB_REPOSITORY';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}: '${environment.repository}' is not a repository as owner/name (letters, digits, '-', '_' and '.' on each side of one '/'); set GITHUB_REPOSITORY=owner/name`);
    }
    return environment.repository;
}


/***/ }),

/***/ 64377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
