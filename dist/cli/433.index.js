export const id = 433;
export const ids = [433,8810,8420];
export const modules = {

/***/ 16755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_USAGE: () => (/* binding */ VERIFY_USAGE),
/* harmony export */   parseEvidenceCommandArgs: () => (/* binding */ parseEvidenceCommandArgs),
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87710);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19473);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77582);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7982);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11549);
/* harmony import */ var _stages_verify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73445);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46174);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1973);
// `shipgate verify <sha>`: re-validates the evidence for a SHA and the digest links between its
// contracts; exit 0 only when every one holds.











/**
 * Parses `<sha> [--artifacts-dir DIR] [--json] [--help]`, shared by verify and show. Returns the
 * exit code instead when the command is done (help printed, or a usage error reported).
 */
function parseEvidenceCommandArgs(args, io, command, usage, verifyFlags = false) {
    // The failure shape follows this command line's --json even when the command is called directly.
    const jsonIo = { ...io, json: io.json || args.includes('--json') };
    try {
        const parsed = (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .parseFlags */ .bQ)(command, args, verifyFlags ? VERIFY_OPTIONS : SHOW_OPTIONS, true);
        const values = parsed.values;
        if (values.help) {
            io.out(usage);
            return _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.ok;
        }
        if (parsed.positionals.length !== 1) {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb(`give exactly one commit SHA${parsed.positionals.length > 1 ? ` (got ${parsed.positionals.join(' ')})` : ''}`, command);
        }
        const sha = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_7__/* .assertSha */ .B1)(parsed.positionals[0]);
        // Relative to the command's folder, shown relative to the process's, so paths read as `.artifacts/...`.
        const location = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_ARTIFACTS_DIR */ .qx)) || '.';
        const ageText = values['max-evidence-age'];
        const maxEvidenceAgeMs = ageText === undefined ? undefined : (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDurationMs */ .yi)(ageText);
        if (ageText !== undefined && maxEvidenceAgeMs === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--max-evidence-age: '${ageText}' is not a duration; ${_platform_action_js__WEBPACK_IMPORTED_MODULE_5__/* .DURATION_RULE */ .Qb}`);
        }
        const environment = values.environment === undefined ? undefined : (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_9__/* .assertEnvironmentName */ .vC)(values.environment, '--environment');
        return { sha, store: new _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .LocalEvidenceStore */ .un(location), json: values.json === true, partial: values.partial === true, maxEvidenceAgeMs, ...(environment ? { environment } : {}) };
    }
    catch (error) {
        if (!(error instanceof _io_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb) && !(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isUserError */ .iU)(error))
            throw error;
        // A bad SHA or value is the command line's mistake (exit 2), not evidence that does not hold.
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .reportFailure */ .xV)(jsonIo, command, error instanceof _io_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb ? error : new _io_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error), command));
    }
}
const SHOW_OPTIONS = {
    'artifacts-dir': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const VERIFY_OPTIONS = {
    ...SHOW_OPTIONS,
    partial: { type: 'boolean' },
    'max-evidence-age': { type: 'string' },
    environment: { type: 'string' },
};
const VERIFY_USAGE = `Usage: shipgate verify <sha> [--environment NAME] [--partial] [--max-evidence-age AGE] [--artifacts-dir DIR] [--json]

Checks the whole chain of evidence recorded for the commit: every contract is valid and names the
SHA; acceptance, the deployment, production and the decision name the manifest's package; every
verdict follows from its checks; the times are in order and none is in the future; the decision's
evidence digests match the files as they are now, and the decision still follows from them. The
release must be complete: no manifest, or no decision, is a failure.

Options:
  --partial               Check a release still in progress: a missing manifest or decision is
                          not a failure (what is there must still hold together).
  --max-evidence-age AGE  The max-evidence-age the decision was taken with (default 7d).
  --environment NAME      With environments: in shipgate.yml, check that environment's decision
                          and evidence (default: the environment the release decision names).
  --artifacts-dir DIR     Where the evidence lives (default ${_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_ARTIFACTS_DIR */ .qx}).
  --json                  Print the report as JSON.
  --help                  This help.

Exit status: 0 the evidence holds (a complete release, also one decided NO), 1 a failure or an
incomplete release, 2 a usage error (with --json: {"error": {"kind": "usage", "message"}}).`;
async function verifyCommand(args, io) {
    const parsed = parseEvidenceCommandArgs(args, io, 'shipgate verify', VERIFY_USAGE, true);
    if (typeof parsed === 'number')
        return parsed;
    const finalEnvironment = await lastEnvironment(io.cwd);
    const report = await (0,_stages_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyEvidence */ .J)(parsed.store, parsed.sha, { partial: parsed.partial, maxEvidenceAgeMs: parsed.maxEvidenceAgeMs, environment: parsed.environment, ...(finalEnvironment ? { finalEnvironment } : {}) });
    if (parsed.json) {
        io.out(JSON.stringify(report, null, 2));
    }
    else {
        for (const failure of report.failures)
            io.out(`${failure.file}: ${failure.field}: ${failure.message}`);
        const failedFiles = new Set(report.failures.map((failure) => failure.file));
        for (const contract of report.checked) {
            if (contract.state === 'missing')
                io.out(`-  ${contract.path}: not present (${_contracts_index_js__WEBPACK_IMPORTED_MODULE_3__/* .contracts */ .Mh[contract.kind].title.toLowerCase()})`);
            else if (contract.state === 'valid' && !failedFiles.has(contract.path))
                io.out(`OK ${contract.path}: ${contract.digest}`);
        }
        io.out(report.ok
            ? `verified: the evidence for ${report.sha} holds${report.complete ? '' : ' so far (partial: the release is not complete)'}`
            : `FAILED: ${report.failures.length} problem${report.failures.length === 1 ? '' : 's'} in the evidence for ${report.sha}`);
    }
    return report.ok ? _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.no;
}
/** The last environment of the shipgate.yml beside the command, whose decision alone is the release's; undefined without one. */
async function lastEnvironment(cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, _config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_2__.DEFAULT_CONFIG_PATH);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
    }
    catch {
        return undefined;
    }
    return (await (0,_config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(path)).config.environments?.at(-1)?.name;
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

/***/ 46174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ph: () => (/* binding */ SCOPED_KINDS),
/* harmony export */   YR: () => (/* reexport safe */ _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__.YR),
/* harmony export */   sy: () => (/* binding */ scopedStore),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   vC: () => (/* binding */ assertEnvironmentName)
/* harmony export */ });
/* unused harmony export scopeSegments */
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
// Evidence of one environment (dev, staging, production in `environments:`) or of one acceptance
// shard: acceptance, deployment, verification and the decision are kept apart per scope under
// `<artifacts>/environments/<name>/` (and `…/shards/<i>-of-<n>/`), while the package, the commit
// stage and the timing stay shared. Without a scope the store is the plain one, as before.


/** The contracts kept per environment; the rest belong to the release as a whole. */
const SCOPED_KINDS = ['acceptance', 'deployment', 'production', 'release'];
// An environment name is a folder name and a part of an artifact name.

/** `2/3` as given to the shard input; 1-based, index within total. */
function parseShard(text, what = 'shard') {
    const match = /^\s*([0-9]+)\s*\/\s*([0-9]+)\s*$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const total = match ? Number(match[2]) : NaN;
    if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(total) || total < 1 || total > 256 || index < 1 || index > total) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what}: '${text}' is not i/n with 1 <= i <= n <= 256; give for example 2/3 for the second of three shards`);
    }
    return { index, total };
}
function assertEnvironmentName(name, what = 'environment') {
    if (!_contracts_common_js__WEBPACK_IMPORTED_MODULE_0__/* .ENVIRONMENT_NAME */ .YR.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what}: '${name}' is not an environment name; use 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit`);
    }
    return name;
}
function scopeSegments(scope) {
    return [
        ...(scope.environment !== undefined ? ['environments', assertEnvironmentName(scope.environment)] : []),
        ...(scope.shard ? ['shards', `${scope.shard.index}-of-${scope.shard.total}`] : []),
    ];
}
/** The store a stage in this scope writes to and reads from; the plain store when the scope is empty. */
function scopedStore(store, scope) {
    const segments = scopeSegments(scope);
    return segments.length === 0 ? store : new ScopedEvidenceStore(store, store.within(segments), segments);
}
class ScopedEvidenceStore {
    shared;
    own;
    segments;
    constructor(shared, own, segments) {
        this.shared = shared;
        this.own = own;
        this.segments = segments;
    }
    get location() {
        return this.shared.location;
    }
    storeOf(kind) {
        return SCOPED_KINDS.includes(kind) ? this.own : this.shared;
    }
    pathOf(kind, sha) {
        return this.storeOf(kind).pathOf(kind, sha);
    }
    read(kind, sha) {
        return this.storeOf(kind).read(kind, sha);
    }
    write(kind, sha, value) {
        return this.storeOf(kind).write(kind, sha, value);
    }
    listShas(kind) {
        return this.storeOf(kind).listShas(kind);
    }
    exclusively(kind, sha, wait, work) {
        return this.storeOf(kind).exclusively(kind, sha, wait, work);
    }
    within(segments) {
        return new ScopedEvidenceStore(this.shared, this.shared.within([...this.segments, ...segments]), [...this.segments, ...segments]);
    }
}


/***/ }),

/***/ 41670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isValidAddress),
/* harmony export */   Ow: () => (/* binding */ domainOf),
/* harmony export */   c3: () => (/* binding */ requireAddress),
/* harmony export */   hE: () => (/* binding */ distinctRecipients),
/* harmony export */   tM: () => (/* binding */ assertAllowedFrom)
/* harmony export */ });
/* unused harmony export parseAddressList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
// Mail addresses as shipgate accepts them: plain addr-spec only (no display names, no comments),
// checked before anything is rendered or sent, and the from-address allowlist.

// Deliberately narrower than RFC 5322: what real relays accept and what cannot smuggle headers.
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
function isValidAddress(address) {
    return address.length <= 254 && ADDRESS.test(address) && !address.includes('..');
}
/** The address checked, or a ConfigurationError that names where it came from. */
function requireAddress(address, where) {
    const trimmed = address.trim();
    if (!isValidAddress(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: '${address}' is not a mail address (expected name@example.com)`);
    return trimmed;
}
/** Splits a list input: one address per line or separated by commas. */
function parseAddressList(value, where) {
    const addresses = (value ?? []).flatMap((line) => line.split(',')).map((item) => item.trim()).filter((item) => item !== '');
    return addresses.map((address) => requireAddress(address, where));
}
function domainOf(address) {
    return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
/** `allowed-from` holds addresses and `@domain` entries; the comparison ignores case. */
function assertAllowedFrom(from, allowedFrom) {
    if (allowedFrom.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'allowed-from': not given; list the sender addresses (or @domain) that may send, e.g. allowed-from: ${from} (or mail.allowedFrom in shipgate.yml)`);
    }
    const address = from.toLowerCase();
    const allowed = allowedFrom.some((entry) => {
        const rule = entry.trim().toLowerCase();
        return rule.startsWith('@') ? domainOf(address) === rule.slice(1) : rule === address;
    });
    if (!allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'from': '${from}' is not in allowed-from (${allowedFrom.join(', ')}); use an allowed sender or add it to allowed-from`);
    }
}
/**
 * Each address once, with case aside on the whole address (as the event key and the roster compare
 * them), in its first spelling: an address in `to` and `cc` is sent once, in `to` (to, then cc,
 * then bcc). The event key and the headers are made from this, so the same people listed
 * differently are one event and one message.
 */
function distinctRecipients(recipients) {
    const seen = new Set();
    const once = (list) => list.filter((address) => {
        const key = address.trim().toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return { to: once(recipients.to), cc: once(recipients.cc), bcc: once(recipients.bcc) };
}


/***/ }),

/***/ 14181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ periodLengthMs),
/* harmony export */   gw: () => (/* binding */ sendPeriod),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   nR: () => (/* binding */ PERIODS)
/* harmony export */ });
/* unused harmony exports localDate, isoWeek */
// The period a digest belongs to: a local date or an ISO week in a time zone. A roster send's event
// key carries it instead of the SHA, so each period gets one digest whatever the commit.
const PERIODS = ['daily', 'weekly'];
const DAY_MS = 24 * 60 * 60 * 1000;
const PERIOD_MS = { daily: DAY_MS, weekly: 7 * DAY_MS };
/** Whether Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** The calendar date of an instant in a time zone. */
function localDate(now, timeZone) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
    const part = (type) => Number(parts.find((each) => each.type === type).value);
    return { year: part('year'), month: part('month'), day: part('day') };
}
const pad = (value, width = 2) => String(value).padStart(width, '0');
/** The ISO 8601 week of a calendar date: weeks start on Monday, week 1 holds the year's first Thursday. */
function isoWeek(date) {
    const day = new Date(Date.UTC(date.year, date.month - 1, date.day));
    const weekday = day.getUTCDay() || 7;
    // The Thursday of the same week decides the week's year.
    day.setUTCDate(day.getUTCDate() + 4 - weekday);
    const year = day.getUTCFullYear();
    const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
    return { year, week };
}
function sendPeriod(now, period, timeZone) {
    const local = localDate(now, timeZone);
    const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
    if (period === 'daily')
        return { period, timeZone, key: `daily:${date}`, date };
    const week = isoWeek(local);
    return { period, timeZone, key: `weekly:${week.year}-W${pad(week.week)}`, date };
}
/** How far back "the last period" reaches when no earlier digest of the series was sent. */
function periodLengthMs(period) {
    return PERIOD_MS[period];
}


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

/***/ 8810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ UNNUMBERED_LOCAL_RUN_ID),
/* harmony export */   Az: () => (/* binding */ runLabel),
/* harmony export */   C2: () => (/* binding */ emptyTiming),
/* harmony export */   D: () => (/* binding */ runAt),
/* harmony export */   Ql: () => (/* binding */ closeRun),
/* harmony export */   RU: () => (/* binding */ nextLocalRunNumber),
/* harmony export */   Sk: () => (/* binding */ localRunId),
/* harmony export */   W_: () => (/* binding */ sameRun),
/* harmony export */   cD: () => (/* binding */ timingFinishedBy),
/* harmony export */   hH: () => (/* binding */ latestRun),
/* harmony export */   ky: () => (/* binding */ runsOf),
/* harmony export */   lm: () => (/* binding */ TIMING_LOCK_WAIT),
/* harmony export */   pipelineRunOf: () => (/* binding */ pipelineRunOf),
/* harmony export */   r: () => (/* binding */ loadTiming),
/* harmony export */   recordStageTiming: () => (/* binding */ recordStageTiming),
/* harmony export */   xO: () => (/* binding */ timingAsDecided)
/* harmony export */ });
/* unused harmony exports resolveRun, stageTiming, upgradeTiming */
/* harmony import */ var _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47891);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41854);
// Pipeline timing: each stage appends its run to `.artifacts/pipeline/<sha>/timing.json`, naming the
// pipeline run it is part of, so that the runs of one SHA stay apart; readers take them run by run.


/**
 * The run id of a local stage that no `shipgate pipeline` numbered (`shipgate run <action>`): it
 * joins the latest local run of the SHA, or starts local-1 when there is none.
 */
const UNNUMBERED_LOCAL_RUN_ID = 'local';
/** The pipeline run a stage is part of: GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT, or the local run. */
function pipelineRunOf(environment) {
    const attempt = Number(environment.runAttempt);
    return { id: environment.runId || UNNUMBERED_LOCAL_RUN_ID, attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1 };
}
/** local-<n> for the nth local pipeline run of a SHA. */
function localRunId(number) {
    return `local-${number}`;
}
function localRunNumber(run) {
    const match = /^local-([1-9][0-9]*)$/.exec(run.id);
    return match ? Number(match[1]) : undefined;
}
/** The number the next `shipgate pipeline` run of the SHA takes: one more than the highest local run recorded. */
function nextLocalRunNumber(timing) {
    return 1 + Math.max(0, ...runsOf(timing).map((run) => localRunNumber(run.run) ?? 0));
}
function sameRun(a, b) {
    return a.id === b.id && a.attempt === b.attempt;
}
/** The run as a person names it: "local run 2", "run 4242 attempt 2", "legacy run". */
function runLabel(run) {
    const local = localRunNumber(run);
    if (local !== undefined)
        return `local run ${local}`;
    if (run.id === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .LEGACY_RUN_ID */ .aQ)
        return 'legacy run (recorded before runs were told apart)';
    return `run ${run.id}${run.attempt > 1 ? ` attempt ${run.attempt}` : ''}`;
}
/** An unnumbered local run joins the latest local run recorded (local-1 when there is none); any other run is itself. */
function resolveRun(timing, run) {
    if (run.id !== UNNUMBERED_LOCAL_RUN_ID)
        return run;
    const numbers = runsOf(timing).map((recorded) => localRunNumber(recorded.run) ?? 0);
    return { id: localRunId(Math.max(1, ...numbers)), attempt: 1 };
}
function stageTiming(run) {
    return {
        stage: run.stage,
        startedAt: run.startedAt.toISOString(),
        finishedAt: run.finishedAt.toISOString(),
        durationMs: Math.max(0, run.finishedAt.getTime() - run.startedAt.getTime()),
        outcome: run.outcome,
    };
}
function emptyTiming(sha) {
    return { schema: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk, sha, stages: [], closes: [] };
}
/** The timing in the version written now: a v1 file's stages and close belong to the legacy run. */
function upgradeTiming(timing) {
    if (timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk)
        return timing;
    const run = { id: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .LEGACY_RUN_ID */ .aQ, attempt: 1 };
    return {
        schema: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk,
        sha: timing.sha,
        stages: timing.stages.map((stage) => ({ ...stage, run })),
        closes: timing.closed ? [{ ...timing.closed, run }] : [],
    };
}
/** The timing so far (upgraded to v2), or a fresh one; invalid timing is an error naming the file and field. */
async function loadTiming(store, sha) {
    const read = await store.read('pipeline', sha);
    if (read.state === 'missing')
        return emptyTiming(sha);
    // The store's checks (and every contract's schema) load only here, so that the summaries' run helpers above stay light.
    const { requireValid } = await Promise.all(/* import() */[__webpack_require__.e(1130), __webpack_require__.e(1549)]).then(__webpack_require__.bind(__webpack_require__, 11549));
    return upgradeTiming(requireValid(read).value);
}
/** How long a stage waits for the others to append theirs; each holds the lock for one read and one write. */
const TIMING_LOCK_WAIT = { limitMs: 2 * 60 * 1000 };
/** Appends one stage's run. Concurrent stages take turns, so that none of their runs is lost. */
async function recordStageTiming(store, sha, run) {
    await store.exclusively('pipeline', sha, TIMING_LOCK_WAIT, async () => {
        const timing = await loadTiming(store, sha);
        await store.write('pipeline', sha, { ...timing, stages: [...timing.stages, { ...stageTiming(run), run: resolveRun(timing, run.run) }] });
    });
}
/**
 * Appends the deciding stage and closes its run: the total from that run's first start, the lead
 * time from the commit. A run decided again (a rerun of release-decision alone) replaces its close.
 */
function closeRun(timing, close) {
    const current = upgradeTiming(timing);
    const run = resolveRun(current, close.stage.run);
    const stages = [...current.stages, { ...stageTiming(close.stage), run }];
    // A loop, not Math.min(...): a timing may hold more stages than a call takes arguments.
    const firstStart = stages.filter((stage) => sameRun(stage.run, run)).reduce((earliest, stage) => Math.min(earliest, Date.parse(stage.startedAt)), Infinity);
    const closedAtMs = close.closedAt.getTime();
    const closed = {
        run,
        closedAt: close.closedAt.toISOString(),
        totalMs: Math.max(0, closedAtMs - firstStart),
        commitTime: close.commitTime?.toISOString() ?? null,
        leadTimeMs: close.commitTime ? closedAtMs - close.commitTime.getTime() : null,
    };
    return { ...current, stages, closes: [...current.closes.filter((recorded) => !sameRun(recorded.run, run)), closed] };
}
/** The runs of a timing (v1 or v2), in the order they first appended a stage. */
function runsOf(timing) {
    const current = upgradeTiming(timing);
    const runs = [];
    const ofRun = (run) => {
        let found = runs.find((entry) => sameRun(entry.run, run));
        if (!found) {
            found = { run, stages: [], closed: null, startedAt: '', finishedAt: '' };
            runs.push(found);
        }
        return found;
    };
    for (const stage of current.stages)
        ofRun(stage.run).stages.push(stage);
    for (const close of current.closes)
        ofRun(close.run).closed = close;
    for (const entry of runs) {
        const starts = entry.stages.map((stage) => Date.parse(stage.startedAt));
        const ends = [...entry.stages.map((stage) => Date.parse(stage.finishedAt)), ...(entry.closed ? [Date.parse(entry.closed.closedAt)] : [])];
        entry.startedAt = new Date((starts.length > 0 ? starts : ends).reduce((earliest, start) => Math.min(earliest, start), Infinity)).toISOString();
        entry.finishedAt = new Date(ends.reduce((latest, end) => Math.max(latest, end), -Infinity)).toISOString();
    }
    return runs;
}
/** The run that appended last (after a close, the run just decided); undefined for an empty timing. */
function latestRun(timing) {
    const current = upgradeTiming(timing);
    const last = current.stages.at(-1)?.run ?? current.closes.at(-1)?.run;
    return last ? runsOf(current).find((entry) => sameRun(entry.run, last)) : undefined;
}
/**
 * The run a moment belongs to: the run that had started last by then (evidence written between two
 * runs belongs to the earlier one, e.g. a stage run on its own); undefined before the first run.
 */
function runAt(runs, at) {
    const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
    if (Number.isNaN(time))
        return undefined;
    const started = runs.filter((entry) => Date.parse(entry.startedAt) <= time);
    return started.reduce((latest, entry) => (!latest || Date.parse(entry.startedAt) >= Date.parse(latest.startedAt) ? entry : latest), undefined);
}
/** How many earlier states of a timing timingAsDecided tries before it gives up (a bound on the work for a huge file). */
const TIMING_STATES_TRIED = 1024;
/**
 * The timing as a decision read it, when the file has only grown since: the timing is shared by
 * every stage of the SHA, so the stages of later environments append to it after an earlier
 * environment's decision. That is the file as it is now cut back to the stages and closes it had
 * then, found by the digest the decision recorded; undefined when no such state gives that digest
 * (the recorded stages or closes were changed, not appended to). A decision taken without a timing
 * file gives the missing read.
 */
function timingAsDecided(read, recorded, decidedAt, clockSkewMs) {
    if (read.state !== 'valid')
        return undefined;
    if (recorded.state === 'missing')
        return { state: 'missing', kind: 'pipeline', path: read.path };
    if (recorded.state !== 'valid' || recorded.digest === read.digest)
        return undefined;
    const timing = read.value;
    // What was there at the decision had finished by then: only the cuts before the first later entry are tried.
    const latest = Date.parse(decidedAt) + clockSkewMs;
    const before = (times) => {
        const later = times.findIndex((time) => Date.parse(time) > latest);
        return later < 0 ? times.length : later;
    };
    const maxStages = before(timing.stages.map((stage) => stage.finishedAt));
    const maxCloses = timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk ? before(timing.closes.map((close) => close.closedAt)) : timing.closed && Date.parse(timing.closed.closedAt) <= latest ? 1 : 0;
    let tried = 0;
    for (let stages = maxStages; stages >= 0; stages--) {
        for (let closes = maxCloses; closes >= 0; closes--) {
            if (++tried > TIMING_STATES_TRIED)
                return undefined;
            const then = timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk
                ? { ...timing, stages: timing.stages.slice(0, stages), closes: timing.closes.slice(0, closes) }
                : { ...timing, stages: timing.stages.slice(0, stages), closed: closes > 0 ? timing.closed : null };
            const digest = (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(then);
            if (digest === recorded.digest)
                return { state: 'valid', kind: 'pipeline', path: read.path, value: then, digest };
        }
    }
    return undefined;
}
/**
 * The timing as far as it had got by a decision: the stages and closes finished by then (with the
 * clock skew allowed), in their order. For checking a previous environment's decision while this
 * run appends to the timing, where the file it recorded cannot be had again (a close replaced).
 */
function timingFinishedBy(read, decidedAt, clockSkewMs) {
    const latest = Date.parse(decidedAt) + clockSkewMs;
    const by = (time) => Date.parse(time) <= latest;
    const timing = read.value;
    const then = timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk
        ? { ...timing, stages: timing.stages.filter((stage) => by(stage.finishedAt)), closes: timing.closes.filter((close) => by(close.closedAt)) }
        : { ...timing, stages: timing.stages.filter((stage) => by(stage.finishedAt)), closed: timing.closed && by(timing.closed.closedAt) ? timing.closed : null };
    return { state: 'valid', kind: 'pipeline', path: read.path, value: then, digest: (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(then) };
}


/***/ }),

/***/ 73445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ previousDecisionProblems),
/* harmony export */   J: () => (/* binding */ verifyEvidence)
/* harmony export */ });
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11920);
/* harmony import */ var _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59084);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46174);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72029);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8810);
// verify: re-validates every contract recorded for a SHA and every link between them, so that
// evidence changed after the fact, or a decision that no longer follows from it, shows; and says
// whether the release is complete (a manifest and a decision), which is a failure unless partial.






// Named when the chain is incomplete, so that the reader knows which step has not run.
const COMPLETES_THE_CHAIN = [
    ['release-package', 'build-once'],
    ['release', 'release-decision'],
];
async function verifyEvidence(root, sha, options = {}) {
    return verifyChain(root, sha, options, []);
}
/**
 * What is wrong with the decision of environment `from`, checked as `shipgate verify --environment
 * from` checks it (its evidence, its digests, the decision following from them, and so on back to
 * the first environment): the next environment rests on that decision, so it is not taken as
 * written. Empty when it holds. At most MAX_REASONS_PER_FILE reasons, the rest counted.
 */
async function previousDecisionProblems(root, sha, from, options = {}, checking = []) {
    const path = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment: from }).pathOf('release', sha);
    if (checking.includes(from)) {
        return [{ file: path, field: 'promotedFrom', message: `leads back to ${from} (${[...checking, from].join(' → ')}): promotion cannot go round in a circle` }];
    }
    const report = await verifyChain(root, sha, { environment: from, promotionCheck: true, ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) }, checking);
    const reasons = report.failures
        .slice(0, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl)
        .map((failure) => ({ file: failure.file, field: failure.field, message: `${failure.message} (so the ${from} decision ${path} does not hold)` }));
    if (report.failures.length > _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl)
        reasons.push({ file: path, field: '(file)', message: `and ${report.failures.length - _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl} more problems with the ${from} decision` });
    return reasons;
}
async function verifyChain(root, sha, options, checking) {
    // A release decided in environments: is checked on the evidence of the environment it decides for.
    const releaseRead = options.environment === undefined ? await root.read('release', sha) : undefined;
    const environment = options.environment ?? (releaseRead?.state === 'valid' && 'environment' in releaseRead.value ? releaseRead.value.environment : undefined);
    const store = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment });
    const reads = Object.fromEntries(await Promise.all(_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map(async (kind) => [kind, await store.read(kind, sha)])));
    if (environment !== undefined)
        reads.environment = environment;
    const decisionRead = reads.release;
    const promotedFrom = decisionRead.state === 'valid' && 'promotedFrom' in decisionRead.value ? decisionRead.value.promotedFrom : null;
    if (promotedFrom) {
        const read = await (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment: promotedFrom }).read('release', sha);
        const unverified = read.state === 'valid' ? await previousDecisionProblems(root, sha, promotedFrom, options, [...checking, environment ?? '']) : [];
        reads.promotion = { from: promotedFrom, read, unverified };
    }
    const checked = _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map((kind) => {
        const read = reads[kind];
        return { kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null };
    });
    const complete = COMPLETES_THE_CHAIN.every(([kind]) => reads[kind].state !== 'missing');
    const failures = [];
    // A loop, not push(...): a file may hold more problems than a call takes arguments.
    const add = (more) => {
        for (const failure of more)
            failures.push(failure);
    };
    if (checked.every((contract) => contract.state === 'missing')) {
        failures.push({ file: store.location, field: '(sha)', message: `no evidence at all for ${sha}` });
        return { sha, ok: false, complete, failures, checked };
    }
    if (!options.partial && !options.promotionCheck) {
        for (const [kind, writer] of COMPLETES_THE_CHAIN) {
            if (reads[kind].state !== 'missing')
                continue;
            failures.push({
                file: reads[kind].path,
                field: '(file)',
                message: `missing: no ${_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contracts */ .Mh[kind].title.toLowerCase()} (${writer} writes it), so the release is not complete; give --partial to check a release still in progress`,
            });
        }
    }
    // The release's decision, when it names an environment, is that environment's: the same file.
    if (releaseRead?.state === 'valid' && environment !== undefined)
        add(releaseDecisionFailures(releaseRead, reads.release, options));
    for (const kind of _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym) {
        const read = reads[kind];
        if (read.state === 'invalid') {
            add(cappedFailures(read.path, read.problems));
        }
        else if (read.state === 'valid' && read.value.sha !== sha) {
            failures.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not ${sha}` });
        }
    }
    add(packageFailures(reads));
    const decision = reads.release;
    if (decision.state === 'valid') {
        add(decisionFailures(sha, decision.path, decision.value, reads, options));
    }
    else {
        // No decision to hold the chain to: what there is must still hold together, now.
        const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false });
        add((0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy).faults.map(asFailure));
    }
    const unique = [...new Map(failures.map((failure) => [`${failure.file}\n${failure.field}\n${failure.message}`, failure])).values()];
    return { sha, ok: unique.length === 0, complete, failures: unique, checked };
}
/** At most MAX_REASONS_PER_FILE of one file's problems, the rest counted. */
function cappedFailures(file, problems) {
    const shown = problems.slice(0, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl).map((problem) => ({ file, field: problem.field, message: problem.message }));
    if (problems.length > _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl)
        shown.push({ file, field: '(file)', message: `and ${problems.length - _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl} more problems in this file` });
    return shown;
}
/**
 * release/<sha>/decision.json, when it names an environment, must be that environment's own
 * decision, byte for byte, so that everything verify checks of the one holds of the other; and,
 * when shipgate.yml says which environment is last, that one's.
 */
function releaseDecisionFailures(release, own, options) {
    const named = 'environment' in release.value ? release.value.environment : undefined;
    if (named === undefined)
        return [];
    const failures = [];
    if (options.finalEnvironment !== undefined && named !== options.finalEnvironment) {
        failures.push({ file: release.path, field: 'environment', message: `is ${named}, but the release is decided by ${options.finalEnvironment}, the last of environments:; only its decision is the release's` });
    }
    if (own.state !== 'valid' || own.digest !== release.digest) {
        failures.push({
            file: release.path,
            field: '(file)',
            message: `is ${release.digest}, but ${named}'s own decision ${own.path} is ${own.state === 'valid' ? own.digest : own.state}: the release's decision must be the same file as the decision of the environment it names`,
        });
    }
    return failures;
}
function asFailure(reason) {
    return { file: reason.file ?? '', field: reason.field ?? '', message: reason.message };
}
/** The decision must name the package in the manifest, and every contract that names a package needs a manifest to name. */
function packageFailures(reads) {
    const manifest = reads['release-package'];
    // The package digest is the one the manifest seals itself with, not the digest of the file.
    const manifestDigest = manifest.state === 'valid' ? manifest.value.digest : null;
    const failures = [];
    for (const read of [reads.acceptance, reads.deployment, reads.production, reads.release]) {
        if (read.state !== 'valid')
            continue;
        const recorded = read.value.packageDigest;
        if (manifestDigest === null && recorded !== null) {
            failures.push({ file: read.path, field: 'packageDigest', message: `names ${recorded}, but there is no valid release package manifest at ${manifest.path}` });
        }
        else if (read.kind === 'release' && recorded !== manifestDigest) {
            // The judge holds the others to the manifest; the decision is verify's own to check.
            failures.push({ file: read.path, field: 'packageDigest', message: `is ${recorded}, but ${manifest.path} has ${manifestDigest}` });
        }
    }
    return failures;
}
/** The decision must match the files it was taken on, and must still follow from them. */
function decisionFailures(sha, path, decision, readsNow, options) {
    const failures = [];
    // For a promotion, evidence the decision had that is not here at all is in another run's artifacts.
    const elsewhere = (entry, read) => options.promotionCheck === true && entry.state === 'valid' && read.state === 'missing';
    // The timing is shared: the stages after this decision (a later environment's) append to it. The
    // decision is held to the file as it was then, which must still be there, unchanged.
    const timingEntry = decision.evidence.find((entry) => entry.kind === 'pipeline');
    let timingThen = timingEntry ? (0,_timing_js__WEBPACK_IMPORTED_MODULE_5__/* .timingAsDecided */ .xO)(readsNow.pipeline, timingEntry, decision.decidedAt, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .CLOCK_SKEW_MS */ .rn) : undefined;
    // Checked for a promotion, the timing has moved on by design: this very run's stages (deploy-gate,
    // the next decision) append to it first, and a decision taken again replaces its run's close,
    // which no cut of the file gives back. The decision is then judged on the stages finished by it.
    const timingMoved = options.promotionCheck === true && timingThen === undefined && timingEntry?.state === 'valid' && readsNow.pipeline.state === 'valid';
    if (timingMoved && readsNow.pipeline.state === 'valid')
        timingThen = (0,_timing_js__WEBPACK_IMPORTED_MODULE_5__/* .timingFinishedBy */ .cD)(readsNow.pipeline, decision.decidedAt, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .CLOCK_SKEW_MS */ .rn);
    const reads = timingThen ? { ...readsNow, pipeline: timingThen } : readsNow;
    decision.evidence.forEach((entry, index) => {
        if (!_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.includes(entry.kind)) {
            failures.push({ file: path, field: `evidence[${index}].kind`, message: `'${entry.kind}' is not a contract kind` });
            return;
        }
        if (timingMoved && entry.kind === 'pipeline')
            return;
        // The previous environment's decision, which let the package in, is the one `release` link.
        const current = entry.kind === 'release' && reads.promotion ? reads.promotion.read : reads[entry.kind];
        if (elsewhere(entry, current))
            return;
        const digestNow = current.state === 'valid' ? current.digest : null;
        if (digestNow !== entry.digest || current.state !== entry.state) {
            failures.push({
                file: current.path,
                field: '(file)',
                message: `changed after the release decision: ${path} evidence[${index}] recorded ${entry.state} ${entry.digest ?? '(no digest)'}, now ${current.state} ${digestNow ?? '(no digest)'}`,
            });
        }
    });
    // The judgement again, at the time the decision was taken and with the deployment record
    // required as the decision required it: a decision edited by hand, or one taken on evidence that
    // was swapped for other evidence with the same digest links, no longer follows.
    if (decision.evidence.some((entry) => _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.includes(entry.kind) && elsewhere(entry, reads[entry.kind])))
        return failures;
    const required = (kind) => decision.evidence.some((entry) => entry.kind === kind && entry.required);
    const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) });
    const judgement = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy);
    for (const reason of judgement.faults)
        failures.push(asFailure(reason));
    const sameVerdict = judgement.decision === decision.decision && judgement.status === decision.status;
    if (sameVerdict && !sameReasons(judgement.reasons, decision, reads['release-package'].path)) {
        failures.push({ file: path, field: 'reasons', message: `are not the reasons the evidence gives now: ${describeReasons(judgement.reasons)}` });
    }
    if (!sameVerdict) {
        const why = judgement.reasons[0];
        failures.push({
            file: path,
            field: judgement.decision !== decision.decision ? 'decision' : 'status',
            message: `is ${decision.decision} (${decision.status}), but the evidence now says ${judgement.decision} (${judgement.status})` +
                (why ? `: ${why.file ?? ''}: ${why.field ?? ''}: ${why.message}` : ''),
        });
    }
    return failures;
}
/**
 * The recorded reasons, word for word, with the artifacts folder the decision was taken in read as
 * the one verify reads: the same evidence verified from another folder gives the same reasons.
 */
function sameReasons(now, decision, manifestPathNow) {
    const manifestEntry = decision.evidence.find((entry) => entry.kind === 'release-package');
    const suffix = `release-package/${decision.sha}/`;
    const folderThen = manifestEntry?.path.slice(0, Math.max(0, manifestEntry.path.lastIndexOf(suffix)));
    const folderNow = manifestPathNow.slice(0, Math.max(0, manifestPathNow.lastIndexOf(suffix)));
    const relative = (reasons, folder) => reasons.map((reason) => folder
        ? { ...reason, file: reason.file?.split(folder).join(''), message: reason.message.split(folder).join('') }
        : reason);
    return (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(decision.reasons, folderThen)) === (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(now, folderNow));
}
function describeReasons(reasons) {
    if (reasons.length === 0)
        return 'none';
    return reasons.map(_contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReason */ .K9).join('; ');
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
