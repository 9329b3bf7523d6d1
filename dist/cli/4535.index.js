export const id = 4535;
export const ids = [4535,9236,8420];
export const modules = {

/***/ 50723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VG: () => (/* binding */ ACCEPTANCE_RESULT_SCHEMA_V2),
/* harmony export */   Xu: () => (/* binding */ MAX_ACCEPTANCE_SHARDS),
/* harmony export */   YX: () => (/* binding */ versionedAcceptanceResult),
/* harmony export */   fs: () => (/* binding */ acceptanceResult),
/* harmony export */   yg: () => (/* binding */ ACCEPTANCE_RESULT_SCHEMA)
/* harmony export */ });
/* unused harmony export acceptanceShard */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// The acceptance result: one YES or NO for the package that was tested, with every check's outcome.
// v1 is a plain run's; v2 also names the environment of `environments:` it was taken in and, for
// one shard of a sharded run, which shard it is.


const ACCEPTANCE_RESULT_SCHEMA = 'shipgate.acceptance-result/v1';
const ACCEPTANCE_RESULT_SCHEMA_V2 = 'shipgate.acceptance-result/v2';
/** The most shards a run may be split into (as parseShard allows). */
const MAX_ACCEPTANCE_SHARDS = 256;
const acceptanceShard = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    index: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).describe('Which shard this is, 1-based.'),
    total: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(MAX_ACCEPTANCE_SHARDS).describe('How many shards the checks were split into.'),
})
    .strict()
    .refine((shard) => shard.index <= shard.total, { message: 'index must not be greater than total', path: ['index'] });
const acceptanceResultV1 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(ACCEPTANCE_RESULT_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    packageDigest: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br.describe('The release package that was tested.'),
    decision: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .decision */ .xR,
    degraded: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('True when an optional check failed: release-decision makes it partial_success.'),
    scope: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeFlags */ .SV,
    startedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    finishedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_common_js__WEBPACK_IMPORTED_MODULE_0__/* .checkOutcome */ .Tx),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_common_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceLink */ .Ow).describe('The evidence acceptance read.'),
})
    .strict();
const acceptanceResultV2 = acceptanceResultV1
    .extend({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(ACCEPTANCE_RESULT_SCHEMA_V2),
    environment: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentName */ .VE
        .nullable()
        .describe('The environment of `environments:` whose checks ran; null for a sharded run without environments.'),
    shard: acceptanceShard
        .optional()
        .describe("Set on one shard's partial result (it lists only that shard's checks); absent on a whole or merged result."),
})
    .strict();
const acceptanceResult = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('schema', [acceptanceResultV1, acceptanceResultV2]);
/**
 * The result in the version its scope calls for: v1, exactly as before, for a plain run (so a
 * plain run's evidence and digests do not change); v2 when an environment or a shard is set.
 */
function versionedAcceptanceResult(body, where) {
    if (where.environment === undefined && where.shard === undefined)
        return { schema: ACCEPTANCE_RESULT_SCHEMA, ...body };
    return { schema: ACCEPTANCE_RESULT_SCHEMA_V2, ...body, environment: where.environment ?? null, ...(where.shard ? { shard: where.shard } : {}) };
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

/***/ 72828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ commitStageEvidence),
/* harmony export */   v: () => (/* binding */ COMMIT_STAGE_SCHEMA)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// Commit-stage evidence: proof that the SHA passed the required check, and what the release changes.


const COMMIT_STAGE_SCHEMA = 'shipgate.commit-stage/v1';
const pathClass = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ changed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) })
    .strict();
const commitStageEvidence = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(COMMIT_STAGE_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    repository: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR,
    event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    passed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('True only when the required check concluded success.'),
    check: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['check-run', 'status', 'local-command']).describe('Where the proof came from; local-command when no GitHub API was available.'),
        conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        checkedSha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ.describe('The SHA whose check was used: the release SHA, or the pull request head after a squash or rebase merge.'),
        via: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['direct', 'pull-request-head', 'local-command']),
        pullRequest: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
    })
        .strict(),
    base: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ.nullable().describe('The SHA the changes were compared with.'),
    scope: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ runtime: pathClass, infra: pathClass, docs: pathClass, other: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) })
        .strict(),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['warn', 'fail']),
        findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ doc: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), watched: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).strict()),
    })
        .strict(),
    recordedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
})
    .strict();


/***/ }),

/***/ 37822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L_: () => (/* binding */ DELIVERY_RESULT_SCHEMA),
/* harmony export */   jy: () => (/* binding */ DELIVERY_MANIFEST_SCHEMA),
/* harmony export */   kJ: () => (/* binding */ deliveryManifest),
/* harmony export */   qQ: () => (/* binding */ deliveryResult)
/* harmony export */ });
/* unused harmony exports DROPBOX_CONTENT_HASH_PATTERN, deliveredFile, shareStatus, deliveryOutcome, destinationKind, deliveryRun, currentDelivery, deliveryManifestSpec */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// The two documents deliver keeps: the delivery manifest at the destination (what is current and
// what every run did, shared by every SHA) and the per-SHA delivery result under .artifacts/.


const DELIVERY_RESULT_SCHEMA = 'shipgate.delivery-result/v1';
const DELIVERY_MANIFEST_SCHEMA = 'shipgate.delivery-manifest/v1';
const DROPBOX_CONTENT_HASH_PATTERN = /^[0-9a-f]{64}$/;
const deliveredFile = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('The file name inside the version folder.'),
    size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('The size in bytes.'),
    contentHash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(DROPBOX_CONTENT_HASH_PATTERN, 'must be a Dropbox content hash: 64 lowercase hex characters')
        .describe("Dropbox's content_hash: SHA-256 over the SHA-256 of every 4 MiB block, lowercase hex."),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Where the file lives at the destination.'),
})
    .strict();
const shareStatus = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['created', 'reused', 'recreated'])
    .describe('created the first time, reused afterwards, recreated when a revoked link was replaced.');
const deliveryOutcome = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['created', 'unchanged', 'failed'])
    .describe('created: a new version; unchanged: the current version already holds these files; failed: the run did not finish.');
const destinationKind = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['dropbox', 'local']).describe('Where the files went.');
const deliveryRun = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    time: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE.describe('When the run finished.'),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable().describe('The version the run made current or confirmed; for a failed run the version it was making, or null.'),
    outcome: deliveryOutcome,
    bytesUploaded: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Why the run failed.'),
    email: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['sent', 'failed', 'skipped']),
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    })
        .strict()
        .optional()
        .describe('Filled in by send-mail: whether the delivery email went out.'),
})
    .strict();
const currentDelivery = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    stablePath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('The folder whose shared link never changes (…/01_Deliverables/Final).'),
    stableShareUrl: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('The shared link of the stable folder (a file:// URL for a local destination).'),
    shareStatus,
    currentVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    versionPath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('The folder of the current version.'),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ.describe('The SHA whose run made this version current.'),
    updatedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(deliveredFile),
})
    .strict();
const deliveryManifest = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(DELIVERY_MANIFEST_SCHEMA),
    project: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    current: currentDelivery.nullable().describe('What is delivered now; null until the first version is complete.'),
    pending: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
        startedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
        contentDigest: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br
            .optional()
            .describe('Which files the version is claimed for (a digest of their names and content hashes): only a run delivering exactly these files, such as a rerun after a crash, may finish it; any other run takes the next version. Absent in manifests written before it existed: then the next run finishes or redoes the version.'),
    })
        .strict()
        .optional()
        .describe('A version claimed by a run, being uploaded and not yet verified; it becomes current only when that upload is verified.'),
    runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(deliveryRun).describe('Every run, oldest first.'),
})
    .strict();
const deliveryResult = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(DELIVERY_RESULT_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    project: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    destination: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ kind: destinationKind, location: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The destination as given, without credentials.') })
        .strict(),
    outcome: deliveryOutcome,
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
    versionPath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    stablePath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    shareUrl: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    shareStatus: shareStatus.nullable(),
    manifestPath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(deliveredFile),
    bytesUploaded: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    startedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    finishedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
})
    .strict();
/** The delivery manifest, published in action-manifest-schemas/ like a contract. */
const deliveryManifestSpec = {
    kind: 'delivery-manifest',
    file: 'delivery_manifest.json',
    id: DELIVERY_MANIFEST_SCHEMA,
    title: 'Delivery manifest',
    description: 'Kept at the delivery destination: the current version, its files and stable shared link, and a record of every deliver run.',
    schema: deliveryManifest,
    immutable: false,
};


/***/ }),

/***/ 3001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ DEPLOYMENT_PAYLOAD_SCHEMA),
/* harmony export */   lH: () => (/* binding */ deploymentRecord),
/* harmony export */   mG: () => (/* binding */ deploymentPayload),
/* harmony export */   s$: () => (/* binding */ DEPLOYMENT_SCHEMA)
/* harmony export */ });
/* unused harmony exports deploymentOutcome, deploymentPayloadSpec */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// The deployment record: what deploy-gate did with one release package in one environment: deployed
// it, left it as superseded by a newer accepted package, or refused to move production backwards.
// The newest `deployed` record of an environment is that environment's production state.


const DEPLOYMENT_SCHEMA = 'shipgate.deployment/v1';
const deploymentOutcome = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['deployed', 'superseded', 'refused', 'failed'])
    .describe('deployed: this package went to production; superseded: a newer accepted package was deployed instead; refused: not deployed (older than production without an explicit replay, or the acceptance or previous environment YES it needs is missing or NO); failed: the deploy command failed.');
const deploymentRecord = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(DEPLOYMENT_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    packageDigest: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br.describe('The release package this record is about.'),
    environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('The environment deployed to, e.g. production.'),
    outcome: deploymentOutcome,
    replay: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('True when the run was an explicit replay, which may move production to an older SHA.'),
    order: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['commit', 'created-at'])
        .describe('How older and newer were decided: commit ancestry (git merge-base --is-ancestor) or the packages\' createdAt.'),
    previous: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ, packageDigest: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br.optional() })
        .strict()
        .nullable()
        .describe('What was in production when the decision was taken; null when nothing was known to be.'),
    supersededBy: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ.optional().describe('For a superseded package: the SHA deployed instead.'),
    superseded: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ).describe('For a deployed package: the older accepted packages it superseded.'),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Why, in one sentence.'),
    decidedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    deployedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE.optional().describe('When the deploy command finished, for a deployed package.'),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The workflow run (or `local`) that took the decision.'),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_common_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceLink */ .Ow).describe('The evidence the decision read: the manifest and the acceptance result.'),
})
    .strict();
const DEPLOYMENT_PAYLOAD_SCHEMA = 'shipgate.deployment-payload/v1';
/**
 * The payload of the GitHub deployment deploy-gate creates for each deploy: enough for a later run to
 * know what runs in the environment and to read that package's evidence from the run that holds it.
 */
const deploymentPayload = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(DEPLOYMENT_PAYLOAD_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ.describe('The release commit deployed (also the deployment\'s ref).'),
    packageDigest: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br.describe('The release package deployed.'),
    packageCreatedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE.describe('When build-once sealed that package; orders packages by build time (order: created-at).'),
    refs: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Component name -> pinned image ref or sha256:<hex> file digest, as the deploy command got them.'),
    environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    replay: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('True for an explicit replay, which may move the environment to an older SHA.'),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The workflow run that deployed.'),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    packageRunId: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .positive()
        .nullable()
        .describe('The workflow run whose artifacts hold the release package (release-package-<sha>): the run that built it, also for a replay; null when it was built outside a workflow run.'),
})
    .strict();
/** Published with the contracts; it lives in GitHub deployments, not in the artifacts folder. */
const deploymentPayloadSpec = {
    kind: 'deployment-payload',
    file: 'payload.json',
    id: DEPLOYMENT_PAYLOAD_SCHEMA,
    title: 'Deployment payload',
    description: 'The payload of the GitHub deployment deploy-gate creates for each deploy: the SHA, the package and where its evidence is kept.',
    schema: deploymentPayload,
    immutable: true,
};


/***/ }),

/***/ 11920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ schemaProblems),
/* harmony export */   Mh: () => (/* binding */ contracts),
/* harmony export */   Ym: () => (/* binding */ contractKinds),
/* harmony export */   cn: () => (/* reexport safe */ _field_path_js__WEBPACK_IMPORTED_MODULE_8__.c)
/* harmony export */ });
/* harmony import */ var _acceptance_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50723);
/* harmony import */ var _commit_stage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72828);
/* harmony import */ var _delivery_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37822);
/* harmony import */ var _deployment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3001);
/* harmony import */ var _field_path_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(50374);
/* harmony import */ var _pipeline_timing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47891);
/* harmony import */ var _production_result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67611);
/* harmony import */ var _release_decision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59084);
/* harmony import */ var _release_package_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28420);









function contract(spec) {
    return spec;
}
const contracts = {
    'commit-stage': contract({
        kind: 'commit-stage',
        file: 'evidence.json',
        id: 'shipgate.commit-stage/v1',
        title: 'Commit-stage evidence',
        description: 'Proof that a commit passed the required commit-stage check, and which parts of the system it changes.',
        schema: _commit_stage_js__WEBPACK_IMPORTED_MODULE_1__/* .commitStageEvidence */ .X,
        immutable: false,
    }),
    'release-package': contract({
        kind: 'release-package',
        file: 'manifest.json',
        id: 'shipgate.release-package/v2',
        readable: ['shipgate.release-package/v1'],
        title: 'Release package manifest',
        description: 'The one package build-once made for a commit: digest-pinned components and the multi-repo release manifest resolved (tags to commits, image tags to digests, migrations per repository), sealed by the digest of its own canonical JSON.',
        schema: _release_package_js__WEBPACK_IMPORTED_MODULE_7__/* .releasePackageManifest */ .Hw,
        immutable: true,
        verify: (manifest) => {
            const expected = (0,_release_package_js__WEBPACK_IMPORTED_MODULE_7__/* .expectedPackageDigest */ .fO)(manifest);
            return expected === manifest.digest
                ? []
                : [{ field: 'digest', message: `does not match the manifest's canonical JSON (expected ${expected}): the manifest was changed after it was sealed` }];
        },
    }),
    acceptance: contract({
        kind: 'acceptance',
        file: 'result.json',
        id: 'shipgate.acceptance-result/v2',
        readable: ['shipgate.acceptance-result/v1'],
        title: 'Acceptance result',
        description: 'The YES/NO of the acceptance checks that the release scope required, for one release package.',
        schema: _acceptance_result_js__WEBPACK_IMPORTED_MODULE_0__/* .acceptanceResult */ .fs,
        immutable: false,
    }),
    production: contract({
        kind: 'production',
        file: 'result.json',
        id: 'shipgate.production-result/v2',
        readable: ['shipgate.production-result/v1'],
        title: 'Production result',
        description: 'What production verification saw after the deploy: auth canary, probe freshness, API and browser smoke.',
        schema: _production_result_js__WEBPACK_IMPORTED_MODULE_5__/* .productionResult */ .lT,
        immutable: false,
    }),
    release: contract({
        kind: 'release',
        file: 'decision.json',
        id: 'shipgate.release-decision/v2',
        readable: ['shipgate.release-decision/v1'],
        title: 'Release decision',
        description: 'The final decision for a commit, the status, the reasons, and the digests of the evidence it was taken on.',
        schema: _release_decision_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseDecision */ .ue,
        immutable: false,
    }),
    pipeline: contract({
        kind: 'pipeline',
        file: 'timing.json',
        id: 'shipgate.pipeline-timing/v2',
        readable: ['shipgate.pipeline-timing/v1'],
        title: 'Pipeline timing',
        description: 'When each stage of the pipeline started and ended for a commit, in which run (GitHub run and attempt, or local run), each run closed with its total and lead time.',
        schema: _pipeline_timing_js__WEBPACK_IMPORTED_MODULE_4__/* .pipelineTiming */ .TV,
        immutable: false,
    }),
    delivery: contract({
        kind: 'delivery',
        file: 'result.json',
        id: 'shipgate.delivery-result/v1',
        title: 'Delivery result',
        description: 'What one deliver run did: the version it made current or confirmed, the files and their content hashes, the stable shared link, and the bytes uploaded.',
        schema: _delivery_js__WEBPACK_IMPORTED_MODULE_2__/* .deliveryResult */ .qQ,
        immutable: false,
    }),
    deployment: contract({
        kind: 'deployment',
        file: 'record.json',
        id: 'shipgate.deployment/v1',
        title: 'Deployment record',
        description: 'What deploy-gate did with a release package: deployed it, recorded it as superseded by a newer accepted package, or refused to move production to an older SHA.',
        schema: _deployment_js__WEBPACK_IMPORTED_MODULE_3__/* .deploymentRecord */ .lH,
        immutable: false,
    }),
};
const contractKinds = Object.keys(contracts);

/** The problems zod found, one per field, in the words the user sees; a key that has no place is named as the field. */
function schemaProblems(error) {
    return error.issues.flatMap((issue) => issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ field: (0,_field_path_js__WEBPACK_IMPORTED_MODULE_8__/* .fieldPath */ .c)([...issue.path, key]), message: 'is not a field here: the schema has no such key' }))
        : [{ field: (0,_field_path_js__WEBPACK_IMPORTED_MODULE_8__/* .fieldPath */ .c)(issue.path), message: issue.message }]);
}


/***/ }),

/***/ 47891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ PIPELINE_TIMING_SCHEMA_V2),
/* harmony export */   TV: () => (/* binding */ pipelineTiming),
/* harmony export */   aQ: () => (/* binding */ LEGACY_RUN_ID)
/* harmony export */ });
/* unused harmony exports PIPELINE_TIMING_SCHEMA, pipelineRun, stageTiming, pipelineClose, runStageTiming, runClose */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// Pipeline timing: every stage appends its run; release-decision closes it with the totals.
// v2 keeps the runs of one SHA apart: each stage names the run it was part of, and each run is
// closed on its own, so a second run neither doubles the chart nor stretches the first run's total.


const PIPELINE_TIMING_SCHEMA = 'shipgate.pipeline-timing/v1';
/** v2: every stage entry names its run (GitHub run id and attempt, or the local run), and every run has its own close. */
const PIPELINE_TIMING_SCHEMA_V2 = 'shipgate.pipeline-timing/v2';
/** The run id a v1 file's stages get when the file is upgraded: v1 did not record which run wrote them. */
const LEGACY_RUN_ID = 'legacy';
const pipelineRun = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .describe(`GITHUB_RUN_ID on GitHub; local-<n> for the nth local \`shipgate pipeline\` run for the SHA; '${LEGACY_RUN_ID}' for stages recorded by v1, which did not say.`),
    attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().describe('GITHUB_RUN_ATTEMPT on GitHub; 1 for a local or legacy run.'),
})
    .strict();
const stageTiming = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    stage: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    startedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    finishedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['success', 'failure', 'no', 'skipped']).describe('failure: the stage failed; no: it ran and said NO.'),
})
    .strict();
const pipelineClose = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    closedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    totalMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('From the first stage start to the close.'),
    commitTime: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE.nullable(),
    leadTimeMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().describe('From the commit time to the decision; null when the commit time is unknown.'),
})
    .strict();
const pipelineTimingV1 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PIPELINE_TIMING_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    stages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(stageTiming),
    closed: pipelineClose.nullable(),
})
    .strict();
const runStageTiming = stageTiming.extend({ run: pipelineRun }).strict();
const runClose = pipelineClose
    .extend({ run: pipelineRun, totalMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe("From the first start of the run's stages to its close.") })
    .strict();
const pipelineTimingV2 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PIPELINE_TIMING_SCHEMA_V2),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    stages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(runStageTiming).describe('Every stage run, in the order they were appended, each naming its run.'),
    closes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(runClose).describe('One close per run that reached a release decision; a run decided again replaces its own.'),
})
    .strict();
const pipelineTiming = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('schema', [pipelineTimingV1, pipelineTimingV2]);


/***/ }),

/***/ 67611:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ PRODUCTION_RESULT_SCHEMA),
/* harmony export */   lT: () => (/* binding */ productionResult),
/* harmony export */   zv: () => (/* binding */ PRODUCTION_RESULT_SCHEMA_V2)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// The production result: what prod-verify saw after the deploy, for the package that was deployed.


const PRODUCTION_RESULT_SCHEMA = 'shipgate.production-result/v1';
/** v2: the result of one environment of `environments:` (dev, staging, production), which it names. */
const PRODUCTION_RESULT_SCHEMA_V2 = 'shipgate.production-result/v2';
const productionResultV1 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PRODUCTION_RESULT_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    packageDigest: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br.describe('The release package running in production.'),
    deployedRefs: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Component name -> the pinned ref or file digest deployed.'),
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail']),
    degraded: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('True when an optional check failed or was skipped for lack of a tool.'),
    startedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    finishedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_common_js__WEBPACK_IMPORTED_MODULE_0__/* .checkOutcome */ .Tx),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_common_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceLink */ .Ow),
})
    .strict();
const productionResultV2 = productionResultV1
    .extend({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PRODUCTION_RESULT_SCHEMA_V2),
    environment: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentName */ .VE.describe('The environment that was verified.'),
})
    .strict();
const productionResult = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('schema', [productionResultV1, productionResultV2]);


/***/ }),

/***/ 59084:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ RELEASE_DECISION_SCHEMA_V2),
/* harmony export */   K9: () => (/* binding */ formatReason),
/* harmony export */   h: () => (/* binding */ RELEASE_DECISION_SCHEMA),
/* harmony export */   ue: () => (/* binding */ releaseDecision)
/* harmony export */ });
/* unused harmony exports releaseStatus, decisionReason */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// The release decision: the final YES/NO and status, and the digest of every piece of evidence
// it was taken on.


const RELEASE_DECISION_SCHEMA = 'shipgate.release-decision/v1';
/** v2: the decision for one environment of `environments:`, which it names; production's is the release's. */
const RELEASE_DECISION_SCHEMA_V2 = 'shipgate.release-decision/v2';
const releaseStatus = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['success', 'partial_success', 'failure']);
const decisionReason = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('The evidence file the reason is about, relative to the artifacts folder.'),
    field: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('The field in that file, e.g. components[2].ref.'),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
})
    .strict();
/** `file: field: message`, leaving out what a reason does not name; a reason about the whole file (field `(file)`) reads `file: message`. */
function formatReason(reason) {
    return [reason.file, reason.field === '(file)' ? undefined : reason.field, reason.message].filter((part) => part !== undefined).join(': ');
}
const releaseDecisionV1 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RELEASE_DECISION_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    repository: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR,
    packageDigest: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br.nullable().describe('The package the decision is about; null when no valid manifest was found.'),
    decision: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .decision */ .xR,
    status: releaseStatus,
    reasons: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(decisionReason).describe('Why the decision is NO or partial; empty for a clean YES.'),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['valid', 'missing', 'invalid']),
        digest: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br.nullable(),
        required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    })
        .strict())
        .describe('Every piece of evidence considered, with the digest of what was read.'),
    decidedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
})
    .strict();
const releaseDecisionV2 = releaseDecisionV1
    .extend({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RELEASE_DECISION_SCHEMA_V2),
    environment: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentName */ .VE.describe('The environment this decision is for; the last one of `environments:` decides the release.'),
    promotedFrom: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentName */ .VE
        .nullable()
        .describe('The environment whose YES for the same package let it in; null for the first environment.'),
})
    .strict();
const releaseDecision = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('schema', [releaseDecisionV1, releaseDecisionV2]);


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

/***/ 78448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commitGate: () => (/* binding */ commitGate)
});

// UNUSED EXPORTS: latestAttempt

// EXTERNAL MODULE: ./build/contracts/commit-stage.js
var commit_stage = __webpack_require__(72828);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/platform/github-api.js
var github_api = __webpack_require__(56826);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./build/stages/change-scope.js
// What a release changes: the changed paths sorted into runtime, infra and docs by the config's
// globs, and docs drift (a watched path changed while the doc that describes it did not).

/**
 * A matcher for a list of globs: a path matches when it matches a plain glob and no `!` glob.
 * Dotfiles match (`.github/**`), as a change there is a change like any other.
 */
function globMatcher(globs) {
    const include = globs.filter((glob) => !glob.startsWith('!'));
    const exclude = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
    if (include.length === 0)
        return () => false;
    const included = picomatch(include, { dot: true });
    const excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
    return (path) => included(path) && !excluded(path);
}
/** Sorts paths into the classes; a path may be in several, and `other` holds those in none. */
function classifyChanges(paths, scope) {
    const classes = {
        runtime: globMatcher(scope.runtime),
        infra: globMatcher(scope.infra),
        docs: globMatcher(scope.docs),
    };
    const sorted = [...new Set(paths)].sort();
    const pick = (matches) => {
        const matched = sorted.filter(matches);
        return { changed: matched.length > 0, paths: matched };
    };
    return {
        runtime: pick(classes.runtime),
        infra: pick(classes.infra),
        docs: pick(classes.docs),
        other: sorted.filter((path) => !classes.runtime(path) && !classes.infra(path) && !classes.docs(path)),
    };
}
/** One finding per watch whose paths changed while its doc did not. */
function findDocsDrift(paths, watches) {
    const changed = new Set(paths);
    const findings = [];
    for (const watch of watches) {
        const watched = [...changed].filter(globMatcher(watch.paths)).sort();
        if (watched.length === 0 || changed.has(watch.doc))
            continue;
        const shown = watched.slice(0, 5).join(', ') + (watched.length > 5 ? ` and ${watched.length - 5} more` : '');
        findings.push({
            doc: watch.doc,
            watched,
            message: `${shown} changed but ${watch.doc}, which describes ${watch.paths.join(', ')}, did not; update the doc in the same change`,
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./build/stages/release-history.js
var release_history = __webpack_require__(4510);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
;// CONCATENATED MODULE: ./build/stages/commit-gate.js
// commit-gate: proof that a SHA passed the required commit-stage check (from GitHub's check runs and
// commit statuses, following a squash merge to its pull request's head; or, with no GitHub API,
// from running the configured command locally), and what the change touches. It fails closed:
// a failed, missing or still-pending check is recorded as passed: false, never as a pass.






async function commitGate(input, ports) {
    const { logger } = ports;
    const startedAt = ports.clock.now();
    const outcome = input.mode === 'github' ? await awaitRequiredCheck(input, ports) : await runLocalCommand(input, ports);
    const base = await resolveBase(input, ports);
    const paths = await changedPaths(base, input.sha, ports);
    const scope = classifyChanges(paths, input.scope);
    const findings = findDocsDrift(paths, input.scope.watches);
    logger.info(`Changes since ${base ?? 'the root'}: ${(0,markdown/* plural */.LS)(paths.length, 'path')}; runtime ${scope.runtime.changed ? 'changed' : 'unchanged'}, ` +
        `infra ${scope.infra.changed ? 'changed' : 'unchanged'}, docs ${scope.docs.changed ? 'changed' : 'unchanged'}.`);
    for (const finding of findings) {
        const message = `docs drift: ${finding.message}`;
        if (input.scope.drift === 'fail')
            logger.error(message, { file: input.configPath });
        else
            logger.warning(message, { file: input.configPath });
    }
    const failures = [];
    if (outcome.failure)
        failures.push(outcome.failure);
    if (findings.length > 0 && input.scope.drift === 'fail') {
        failures.push(`docs drift on ${input.sha} (scope.drift: fail in ${input.configPath}): ${findings.map((finding) => finding.message).join('; ')}`);
    }
    const evidence = {
        schema: commit_stage/* COMMIT_STAGE_SCHEMA */.v,
        sha: input.sha,
        repository: input.repository,
        event: input.event,
        passed: failures.length === 0,
        check: outcome.check,
        base,
        scope,
        drift: { mode: input.scope.drift, findings },
        recordedAt: ports.clock.now().toISOString(),
    };
    const written = await ports.store.write('commit-stage', input.sha, evidence);
    const seconds = ((ports.clock.now().getTime() - startedAt.getTime()) / 1000).toFixed(1);
    logger.info(`Commit-stage evidence (passed: ${evidence.passed}) written to ${written.path} after ${seconds}s.`);
    return { evidence, path: written.path, failure: failures.length > 0 ? failures.join('; ') : undefined };
}
const PASSING = 'success';
/** Polls the check (and, when the SHA has none, its pull request's head) until it completes or the deadline. */
async function awaitRequiredCheck(input, ports) {
    const { clock, logger } = ports;
    const checks = ports.checks;
    if (!checks)
        throw new Error('bug: commit-gate in github mode without the GitHub API port');
    const deadline = clock.now().getTime() + input.timeoutMs;
    const name = input.requiredCheck;
    let observation = { state: 'missing' };
    let apiTrouble;
    for (let poll = 1;; poll++) {
        try {
            observation = await observe(input, checks, logger);
            apiTrouble = undefined;
        }
        catch (error) {
            if (!(error instanceof github_api/* TransientApiError */.RJ))
                throw error;
            apiTrouble = error.message;
            logger.warning(`${error.message}; asking again at the next poll`);
        }
        if (observation.state === 'success' || observation.state === 'failure')
            break;
        // The commit stage runs on pull requests and in the merge queue, never on the push itself: by
        // the time a commit reaches main its check is done or was never made. Waiting cannot help.
        if (observation.state === 'missing' && !apiTrouble && input.event === 'push') {
            return { check: missingCheck(input), failure: missingOnPush(input) };
        }
        const remaining = deadline - clock.now().getTime();
        if (remaining <= 0)
            break;
        const what = observation.state === 'pending' ? `is ${observation.check.conclusion} on ${observation.check.checkedSha} (attempt ${observation.check.attempt})` : `is not on ${input.sha} yet`;
        logger.info(`Required check '${name}' ${what}; poll ${poll}, waiting ${Math.ceil(remaining / 1000)}s more at most.`);
        await clock.sleep(Math.min(input.pollIntervalMs, remaining));
    }
    const waited = `${Math.round(input.timeoutMs / 1000)}s`;
    if (observation.state === 'missing') {
        return {
            check: missingCheck(input),
            failure: `required check '${name}' not found for ${input.sha} after ${waited}: no check run or commit status of that name on the commit or on the head of a pull request it came from; ` +
                'a gate never passes on "no checks found": check the required-check name and that the commit-stage workflow ran for this commit' +
                (apiTrouble ? ` (the last request failed: ${apiTrouble})` : ''),
        };
    }
    const { check } = observation;
    const where = `${check.checkedSha}${check.via === 'pull-request-head' ? ` (head of pull request #${check.pullRequest}, which ${input.sha} came from)` : ''}`;
    if (observation.state === 'pending') {
        return { check, failure: `required check '${name}' is still ${check.conclusion} on ${where} after ${waited} (attempt ${check.attempt}); raise the timeout input or re-run when it completes${urlNote(check)}` };
    }
    if (observation.state === 'failure') {
        return { check, failure: `required check '${name}' concluded ${check.conclusion} on ${where} (attempt ${check.attempt})${urlNote(check)}` };
    }
    logger.info(`Required check '${name}' passed on ${where} (attempt ${check.attempt}).`);
    return { check };
}
function missingCheck(input) {
    return { name: input.requiredCheck, source: 'check-run', conclusion: 'missing', url: null, attempt: 0, checkedSha: input.sha, via: 'direct', pullRequest: null };
}
function missingOnPush(input) {
    return (`required check '${input.requiredCheck}' does not exist for ${input.sha}, nor on a pull request it was merged from, and it never runs on a push: ` +
        'this commit reached the branch without a pull request that ran the commit stage (for instance the push that adds the workflows, or a direct push). ' +
        `Merge through a pull request whose '${input.requiredCheck}' check passes, or check that required-check names that check`);
}
function urlNote(check) {
    return check.url ? `: ${check.url}` : '';
}
/** One look: the SHA's own check, else the check of the pull request head it was merged from. */
async function observe(input, checks, logger) {
    const direct = await observeRef(input.sha, input.requiredCheck, checks);
    if (direct.state !== 'missing')
        return direct;
    const pulls = await checks.pullRequestsForCommit(input.sha);
    // Only the pull request this commit is the merge result of (squash, or the last commit of a
    // rebase): any other commit of a merged pull request is a tree the check never saw.
    const pull = pulls.find((each) => each.merged && each.mergeCommitSha === input.sha);
    if (!pull || pull.headSha === input.sha)
        return direct;
    logger.debug(`${input.sha} has no '${input.requiredCheck}' of its own; looking at pull request #${pull.number} head ${pull.headSha}.`);
    const viaPull = await observeRef(pull.headSha, input.requiredCheck, checks);
    if (viaPull.state === 'missing')
        return viaPull;
    return { state: viaPull.state, check: { ...viaPull.check, via: 'pull-request-head', pullRequest: pull.number } };
}
async function observeRef(sha, name, checks) {
    const runs = (await checks.checkRuns(sha, name)).filter((run) => run.name === name);
    const latest = latestAttempt(runs);
    if (latest) {
        const completed = latest.run.status === 'completed';
        return {
            state: !completed ? 'pending' : latest.run.conclusion === PASSING ? 'success' : 'failure',
            check: {
                name,
                source: 'check-run',
                conclusion: completed ? (latest.run.conclusion ?? 'unknown') : latest.run.status,
                url: latest.run.url,
                attempt: latest.attempt,
                checkedSha: sha,
                via: 'direct',
                pullRequest: null,
            },
        };
    }
    const status = (await checks.combinedStatuses(sha)).find((each) => each.context === name);
    if (!status)
        return { state: 'missing' };
    return {
        state: status.state === 'pending' ? 'pending' : status.state === PASSING ? 'success' : 'failure',
        // The combined status holds only the latest status per context: one attempt as far as it shows.
        check: { name, source: 'status', conclusion: status.state, url: status.url, attempt: 1, checkedSha: sha, via: 'direct', pullRequest: null },
    };
}
/**
 * The run that counts: in the newest check suite (a re-triggered suite supersedes the older ones),
 * its newest run; the attempt is the run's position among that suite's runs of the check.
 */
function latestAttempt(runs) {
    if (runs.length === 0)
        return undefined;
    const newestSuite = Math.max(...runs.map((run) => run.suiteId ?? 0));
    const inSuite = runs.filter((run) => (run.suiteId ?? 0) === newestSuite).sort((a, b) => a.id - b.id);
    return { run: inSuite[inSuite.length - 1], attempt: inSuite.length };
}
/** Local mode: the configured command is the commit stage; it must run on the SHA being gated. */
async function runLocalCommand(input, ports) {
    const { logger } = ports;
    const proof = (conclusion) => ({
        name: input.requiredCheck,
        source: 'local-command',
        conclusion,
        url: null,
        attempt: 1,
        checkedSha: input.sha,
        via: 'local-command',
        pullRequest: null,
    });
    if (!input.localCommand) {
        return {
            check: { ...proof('missing'), attempt: 0 },
            failure: `no GitHub API for the required check '${input.requiredCheck}' on ${input.sha} and no commitStage.localCommand in ${input.configPath}: ` +
                'set commitStage.localCommand to the command that runs the commit stage (e.g. npm test), or give github-token to read the check from GitHub',
        };
    }
    const head = await ports.exec.run('git', ['rev-parse', 'HEAD'], { cwd: input.workspace });
    if (head.exitCode !== 0 || head.stdout.trim() !== input.sha) {
        const found = head.exitCode === 0 ? `HEAD is ${head.stdout.trim()}` : `not a git checkout (${head.stderr.trim() || `exit ${head.exitCode}`})`;
        return {
            check: { ...proof('not-run'), attempt: 0 },
            failure: `the local command for '${input.requiredCheck}' would test ${input.workspace}, but ${found}, not ${input.sha}; check out ${input.sha} first`,
        };
    }
    const dirty = await ports.exec.run('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: input.workspace });
    if (dirty.exitCode === 0 && dirty.stdout.trim() !== '') {
        logger.warning(`the checkout at ${input.workspace} has uncommitted changes; the local command tests them too, not exactly ${input.sha}`);
    }
    logger.info(`No GitHub API: running commitStage.localCommand for '${input.requiredCheck}' on ${input.sha}: ${input.localCommand}`);
    const result = await logger.group(`${input.requiredCheck}: ${input.localCommand}`, () => ports.exec.shell(input.localCommand, { cwd: input.workspace, echo: true, env: { SHIPGATE_SHA: input.sha } }));
    if (result.exitCode === 0)
        return { check: proof(PASSING) };
    return {
        check: proof('failure'),
        failure: `required check '${input.requiredCheck}' (local command '${input.localCommand}') failed on ${input.sha} with exit code ${result.exitCode}${tail(result.stderr || result.stdout)}`,
    };
}
/** The explicit or event base, else the newest YES release, else the first parent. */
async function resolveBase(input, ports) {
    if (input.base)
        return input.base;
    const released = await (0,release_history/* newestYesRelease */.p)(ports.store, { excludeSha: input.sha });
    if (released) {
        ports.logger.info(`Base: ${released.sha}, the newest release with a YES decision.`);
        return released.sha;
    }
    const parent = await ports.history.firstParent(input.sha);
    ports.logger.info(parent ? `Base: ${parent}, the first parent (no YES release is known yet).` : `Base: none (${input.sha} is a root commit).`);
    return parent;
}
async function changedPaths(base, sha, ports) {
    if (base === sha)
        return [];
    try {
        return await ports.history.changedFiles(base, sha);
    }
    catch (error) {
        if (!(error instanceof github_api/* ChangeListTruncatedError */.p_) || !ports.fallbackHistory)
            throw error;
        ports.logger.info(`${(0,errors/* errorMessage */.gJ)(error)}; listing the changes with git in the checkout instead.`);
        try {
            return await ports.fallbackHistory.changedFiles(base, sha);
        }
        catch (fallbackError) {
            throw new errors/* ConfigurationError */.j1(`${(0,errors/* errorMessage */.gJ)(error)}, and git could not list them (${(0,errors/* errorMessage */.gJ)(fallbackError)}); check out the repository with fetch-depth: 0 so the scope is complete`);
        }
    }
}
function tail(text) {
    const lines = text.trim().split('\n').slice(-5).join('\n');
    return lines ? `:\n${lines}` : '';
}


/***/ })

};
