export const id = 8175;
export const ids = [8175,1549,3959,9236,5107,8420];
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

/***/ 35562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readEvidenceFile),
/* harmony export */   Vf: () => (/* binding */ readUserTextFile),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   wU: () => (/* binding */ describeFileType)
/* harmony export */ });
/* unused harmony exports EVIDENCE_SIZE_LIMIT, realPathOfOpenFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
// The one way evidence is read from disk: a regular file inside the artifacts folder, no bigger
// than a limit, in UTF-8. Anything else (a FIFO that would block the reader forever, a device, a
// folder, a symlink leading out of the folder) is a problem with the file, never a hang or a throw.




/** No contract comes near this; a file this big is not evidence, and reading it would only cost memory. */
const EVIDENCE_SIZE_LIMIT = 16 * 1024 * 1024;
/** What a file that is not a regular file is, in words. */
function describeFileType(stats) {
    if (stats.isFile())
        return 'a file';
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isDirectory())
        return 'a folder';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSymbolicLink())
        return 'a symbolic link';
    return 'of an unknown type';
}
function refused(message) {
    return { state: 'refused', problem: { field: '(file)', message } };
}
function errnoOf(error) {
    return error?.code;
}
/**
 * Reads `path`, which lies under `root` (the artifacts folder). Missing when the file (or its
 * `<kind>` or `<sha>` folder, or the root) does not exist. Throws only a ConfigurationError, and
 * only when the root itself exists but is not a folder: that is a wrong `--artifacts-dir`, not bad
 * evidence. Symlinks are followed as long as they end inside the root's real path.
 */
async function readEvidenceFile(root, path, limit = EVIDENCE_SIZE_LIMIT) {
    const lexical = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path));
    if (lexical === '' || lexical.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(lexical))
        throw new Error(`bug: evidence file ${path} is not under ${root}`);
    let realRoot;
    try {
        realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        if (errnoOf(error) === 'ENOTDIR')
            throw notAFolder(root, 'a part of its path is a file');
        return refused(`cannot be read: the artifacts folder ${root}: ${error.message}`);
    }
    const rootStats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(realRoot).catch(() => undefined);
    if (rootStats && !rootStats.isDirectory())
        throw notAFolder(root, `it is ${describeFileType(rootStats)}`);
    let realFile;
    try {
        realFile = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        if (errnoOf(error) === 'ENOTDIR')
            return refused(`cannot be read: ${await blockingAncestor(root, path)} is not a folder`);
        if (errnoOf(error) === 'ELOOP')
            return refused('is a symlink loop, not a regular file');
        return refused(`cannot be read (${error.message})`);
    }
    const inside = (real) => real.startsWith(realRoot.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? realRoot : `${realRoot}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
    if (!inside(realFile))
        return refused(`is a symlink that resolves outside the artifacts folder (to ${realFile})`);
    // The check above is of a path: a folder on the way can be swapped for a symlink out of the root
    // before the open. So the file actually opened is checked too, and read from the same descriptor.
    const opened = await openRegularFile(realFile, false);
    if (opened.state !== 'open')
        return opened.state === 'missing' ? opened : refused(opened.reason);
    let read;
    try {
        const openedAt = await realPathOfOpenFile(opened.handle, realFile);
        if (openedAt === undefined)
            return refused('changed while it was read: the file opened is no longer at its path inside the artifacts folder');
        if (!inside(openedAt))
            return refused(`changed while it was read: a folder on its path was swapped for a symlink, and the file opened is outside the artifacts folder (${openedAt})`);
        read = await readOpenFile(opened.handle, opened.stats, limit, 'evidence');
    }
    finally {
        await opened.handle.close();
    }
    if (read.state !== 'read')
        return read.state === 'missing' ? read : refused(read.reason);
    try {
        // ignoreBOM keeps a byte-order mark in the text, where JSON.parse refuses it, as it always has.
        return { state: 'read', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(read.bytes) };
    }
    catch {
        return refused('is not valid UTF-8 text');
    }
}
/**
 * Where the file open at handle (opened by the path `path`) really is, every symlink resolved, or
 * undefined when that cannot be told. On Linux the kernel says it: /proc/self/fd/<fd> is a link to
 * the path the descriptor was opened at, with no symlink in it (it is read, not resolved again,
 * since resolving it would walk the folders as they are now). Elsewhere (no /proc): the real path
 * of `path` now, only if it still leads to the very file opened (same device and inode); that leaves
 * a narrower race, a swap after the open and before the realpath, which the /proc answer does not.
 */
async function realPathOfOpenFile(handle, path, descriptorFolder = '/proc/self/fd') {
    try {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(`${descriptorFolder}/${handle.fd}`);
        // Anything else ('pipe:[…]', 'anon_inode:…') is no file in a folder.
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(target) ? target : undefined;
    }
    catch {
        // No /proc, or not readable here (Node's permission model refuses it): the path's real path.
    }
    try {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
        const [now, opened] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real), handle.stat()]);
        return now.dev === opened.dev && now.ino === opened.ino ? real : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Opens a path that must be a regular file without ever blocking: O_NONBLOCK makes opening a FIFO
 * return at once (a FIFO then fails the fstat check). Without followSymlinks, O_NOFOLLOW refuses a
 * final symlink: the evidence reader passes the real path it has checked, so a link swapped in
 * after that check is refused rather than followed out of the folder. Reads at most limit + 1
 * bytes. `what` names the file's role in the size message.
 */
async function readRegularFile(path, limit, what, followSymlinks = false) {
    const opened = await openRegularFile(path, followSymlinks);
    if (opened.state !== 'open')
        return opened;
    try {
        return await readOpenFile(opened.handle, opened.stats, limit, what);
    }
    finally {
        await opened.handle.close();
    }
}
/**
 * Opens path without blocking (see readRegularFile) and keeps it open only if it is a regular file;
 * the caller reads from the handle (never the path again) and closes it.
 */
async function openRegularFile(path, followSymlinks) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY | (followSymlinks ? 0 : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW));
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        // Swapped for a symlink between realpath and open.
        if (errnoOf(error) === 'ELOOP')
            return { state: 'refused', reason: 'is a symbolic link that changed while it was read' };
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
    try {
        const stats = await handle.stat();
        if (stats.isFile())
            return { state: 'open', handle, stats };
        await handle.close();
        return { state: 'refused', reason: `is ${describeFileType(stats)}, not a regular file` };
    }
    catch (error) {
        await handle.close();
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
}
/** Reads an open regular file whose fstat gave stats, refusing it past limit bytes. */
async function readOpenFile(handle, stats, limit, what) {
    try {
        if (stats.size > limit)
            return { state: 'refused', reason: tooBig(stats.size, limit, what) };
        // Read on to the end, not to the size fstat saw: a file that grows meanwhile is still measured.
        const chunks = [];
        let total = 0;
        let chunk = Buffer.alloc(stats.size + 1);
        let filled = 0;
        for (;;) {
            const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, total);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
            total += bytesRead;
            if (total > limit)
                return { state: 'refused', reason: tooBig(total, limit, what) };
            if (filled === chunk.length) {
                chunks.push(chunk);
                chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
                filled = 0;
            }
        }
        chunks.push(chunk.subarray(0, filled));
        return { state: 'read', bytes: Buffer.concat(chunks, total) };
    }
    catch (error) {
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
}
function tooBig(size, limit, what) {
    return `is ${size} bytes, more than the ${limit}-byte limit for ${what}`;
}
function notAFolder(root, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${root}: the artifacts folder is not a folder (${why}); give --artifacts-dir (the artifacts-dir input) the path of a folder`);
}
/** The first folder on the way from the root to the file that is not a folder, relative to the root. */
async function blockingAncestor(root, path) {
    const ancestors = [];
    for (let folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path); (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder) !== '' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder).startsWith('..'); folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder))
        ancestors.unshift(folder);
    for (const folder of ancestors) {
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(folder).catch(() => undefined);
        if (stats && !stats.isDirectory())
            return `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder)} (${describeFileType(stats)})`;
    }
    return 'a part of its path';
}
/**
 * A text file the user names (a roster, a template, a probe report, buildx metadata), read the way
 * evidence is: a FIFO or a device is refused instead of waited on, and nothing past the limit is
 * read. Throws an Error whose message says why, for the caller to put in its own words.
 */
async function readUserTextFile(path, what, limit = EVIDENCE_SIZE_LIMIT) {
    const read = await readRegularFile(path, limit, what, true);
    if (read.state === 'missing')
        throw new Error('file not found');
    if (read.state === 'refused')
        throw new Error(read.reason);
    return read.bytes.toString('utf8');
}


/***/ }),

/***/ 11549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ assertSha),
/* harmony export */   requireValid: () => (/* binding */ requireValid),
/* harmony export */   vf: () => (/* binding */ parseEvidence),
/* harmony export */   wN: () => (/* binding */ serializeEvidence),
/* harmony export */   yg: () => (/* binding */ describeProblems)
/* harmony export */ });
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36291);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _encodable_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21130);
// The evidence store: every contract under `<artifacts-dir>/<kind>/<sha>/<file>.json`, validated on
// the way in and on the way out. One interface; the local folder is the first backend, the GitHub
// artifact backend sits behind the same interface.





/** Refuses anything but a full lowercase SHA, so nothing derived from input can leave the folder. */
function assertSha(sha, what = 'sha') {
    if (!_contracts_common_js__WEBPACK_IMPORTED_MODULE_1__/* .SHA_PATTERN */ .yw.test(sha)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${what}: '${sha}' is not a full commit SHA; give the 40-character lowercase hex SHA (git rev-parse HEAD)`);
    }
    return sha;
}
/** `file: field: message` for each problem, one per line. */
function describeProblems(path, problems) {
    return problems.map((problem) => `${path}: ${problem.field}: ${problem.message}`).join('\n');
}
/** The value of a valid read, or an EvidenceError that names the file and the field. */
function requireValid(read) {
    if (read.state === 'valid')
        return read;
    if (read.state === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(`${read.path}: missing: no ${read.kind} evidence for this SHA`, { file: read.path });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(describeProblems(read.path, read.problems), { file: read.path });
}
/**
 * Parses text as a contract of the given kind: JSON (each key once in its object, every value one
 * canonical JSON can encode), then the schema, then the contract's own checks (the manifest
 * digest). Never throws for bad content; the problems name the field.
 */
function parseEvidence(kind, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        // The parser quotes the text, which may hold half of a surrogate pair.
        return { ok: false, problems: [{ field: '(root)', message: `not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeLoneSurrogates */ .nn)(error.message)})` }] };
    }
    const jsonProblems = [...(0,_encodable_json_js__WEBPACK_IMPORTED_MODULE_4__/* .duplicateKeyProblems */ .T)(text), ...(0,_encodable_json_js__WEBPACK_IMPORTED_MODULE_4__/* .unencodableJsonProblems */ .z)(json)];
    if (jsonProblems.length > 0)
        return { ok: false, problems: jsonProblems };
    const spec = _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .contracts */ .Mh[kind];
    const schemaField = json?.schema;
    const readable = [spec.id, ...(spec.readable ?? [])];
    if (typeof schemaField === 'string' && !readable.includes(schemaField)) {
        return { ok: false, problems: [{ field: 'schema', message: `is '${schemaField}', expected ${readable.map((id) => `'${id}'`).join(' or ')}` }] };
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success)
        return { ok: false, problems: (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaProblems */ .Ic)(parsed.error) };
    const value = parsed.data;
    const problems = spec.verify?.(value) ?? [];
    if (problems.length > 0)
        return { ok: false, problems };
    return { ok: true, value, digest: (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(value) };
}
/** Validates a contract before it is written: a stage never writes what fails its own schema. */
function serializeEvidence(kind, sha, value) {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    const checked = parseEvidence(kind, text);
    if (!checked.ok) {
        throw new Error(`bug: refusing to write ${kind} evidence that fails its own schema:\n${describeProblems(kind, checked.problems)}`);
    }
    if (value.sha !== sha) {
        throw new Error(`bug: ${kind} evidence for ${sha} names sha ${value.sha}`);
    }
    return text;
}


/***/ }),

/***/ 57453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseRfc3339)
/* harmony export */ });
// RFC 3339 times as people and reporters write them, read field by field: a date that does not
// exist (2026-11-31, 2025-02-29, T24:00) is refused with the field named, where `new Date` would
// roll it over into the next day or month.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|([+-])(\d{2}):(\d{2})))?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function daysInMonth(year, month) {
    if (month === 2)
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/**
 * An RFC 3339 date-time with its offset (seconds and a fraction optional), or with `dateOnly` also
 * a date alone, read as its midnight UTC. Every field must exist on the calendar and the clock.
 */
function parseRfc3339(text, options = {}) {
    const fields = DATE_TIME.exec(text);
    if (!fields || (fields[4] === undefined && !options.dateOnly)) {
        return { problem: `not in the form ${options.dateOnly ? '2025-01-31 or ' : ''}2025-01-31T12:00:00Z (or with an offset such as +01:00)` };
    }
    const [year, month, day, hour = 0, minute = 0, second = 0] = fields.slice(1, 7).map((field) => (field === undefined ? undefined : Number(field)));
    const [, , , , , , , fraction, , sign, offsetHour, offsetMinute] = fields;
    if (month < 1 || month > 12)
        return { problem: `month ${fields[2]} does not exist (01 to 12)` };
    const days = daysInMonth(year, month);
    if (day < 1 || day > days)
        return { problem: `day ${fields[3]} does not exist in ${MONTHS[month - 1]} ${fields[1]} (01 to ${days})` };
    if (hour > 23)
        return { problem: `hour ${fields[4]} does not exist (00 to 23; midnight is the next day's T00:00)` };
    if (minute > 59)
        return { problem: `minute ${fields[5]} does not exist (00 to 59)` };
    if (second > 59)
        return { problem: `second ${fields[6]} does not exist (00 to 59; leap seconds are not read)` };
    if (sign !== undefined && (Number(offsetHour) > 23 || Number(offsetMinute) > 59))
        return { problem: `offset ${sign}${offsetHour}:${offsetMinute} does not exist (at most ±23:59)` };
    const utc = new Date(0);
    utc.setUTCFullYear(year, month - 1, day);
    utc.setUTCHours(hour, minute, second, fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0);
    const offsetMs = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHour) * 60 + Number(offsetMinute)) * 60_000;
    return { time: new Date(utc.getTime() - offsetMs) };
}


/***/ }),

/***/ 6558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ resolvePointer),
/* harmony export */   v: () => (/* binding */ parsePointer)
/* harmony export */ });
// JSON Pointer (RFC 6901): finds the value a pointer such as `/items/0/name` names in a JSON document.
/** Splits a pointer into its reference tokens, `~1` -> `/` and `~0` -> `~` (in that order). */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new SyntaxError(`JSON pointer '${pointer}' must be empty or start with '/'`);
    return pointer
        .slice(1)
        .split('/')
        .map((token) => {
        if (/~[^01]|~$/.test(token))
            throw new SyntaxError(`JSON pointer '${pointer}' has an invalid escape in '${token}' (only ~0 and ~1)`);
        return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}
function resolvePointer(document, pointer) {
    let current = document;
    let at = '';
    for (const token of parsePointer(pointer)) {
        at += `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (Array.isArray(current)) {
            // RFC 6901: an array index is 0 or digits without a leading zero; '-' names no element.
            if (!/^(0|[1-9][0-9]*)$/.test(token))
                return { found: false, reason: `${at}: '${token}' is not an array index` };
            const index = Number(token);
            if (index >= current.length)
                return { found: false, reason: `${at}: index ${index} is past the end of an array of ${current.length}` };
            current = current[index];
        }
        else if (current !== null && typeof current === 'object') {
            if (!Object.prototype.hasOwnProperty.call(current, token))
                return { found: false, reason: `${at}: no member '${token}'` };
            current = current[token];
        }
        else {
            return { found: false, reason: `${at}: cannot look into ${current === null ? 'null' : typeof current}` };
        }
    }
    return { found: true, value: current };
}


/***/ }),

/***/ 8787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveInside),
/* harmony export */   h: () => (/* binding */ fileDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35562);
// The sha256 and size of a file, read as a stream so that a large package never sits in memory.




/**
 * Digests the regular file at path (a symlink is followed). It is opened the way evidence is, so a
 * FIFO, a socket, a device or a folder there is refused (the reason says which) instead of waited
 * on forever or failing mid-read; the bytes hashed are those of the very file checked.
 */
async function fileDigest(path) {
    const opened = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegularFile */ .ZU)(path, true);
    if (opened.state !== 'open')
        return opened;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    try {
        for await (const chunk of opened.handle.createReadStream({ autoClose: false })) {
            hash.update(chunk);
            size += chunk.length;
        }
    }
    catch (error) {
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
    finally {
        await opened.handle.close();
    }
    return { state: 'read', sha256: hash.digest('hex'), size };
}
/** Resolves a path the user gave inside a root folder, refusing anything that leaves it. */
function resolveInside(root, path, what) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const fromRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root), absolute);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) || fromRoot.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(fromRoot)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what}: '${path}' is outside ${root}; give a path relative to the repository root`);
    }
    return absolute;
}


/***/ }),

/***/ 6156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyProduction: () => (/* binding */ verifyProduction)
});

// UNUSED EXPORTS: PROD_VERIFY_STAGE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(41854);
// EXTERNAL MODULE: ./build/contracts/index.js
var contracts = __webpack_require__(11920);
// EXTERNAL MODULE: ./build/contracts/production-result.js
var production_result = __webpack_require__(67611);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/platform/logger.js
var platform_logger = __webpack_require__(38660);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(35562);
// EXTERNAL MODULE: ./build/platform/rfc3339.js
var rfc3339 = __webpack_require__(57453);
// EXTERNAL MODULE: ./build/stages/checks/json-pointer.js
var json_pointer = __webpack_require__(6558);
;// CONCATENATED MODULE: ./build/stages/checks/freshness.js
// Freshness checks of production's own monitors: the auth canary's last success, and the delegated
// probe's report, which must name the SHA being released. Each reads a JSON document from a URL or
// a file and never throws for what it finds there: that is a failed check with a reason.




/** How far in the future a reported time may be before it is a wrong clock rather than skew. */
const CLOCK_SKEW_SECONDS = 60;
/** A problem with a source or its content, told as the reason of a failed check. */
class SourceProblem extends Error {
}
/** Reads and parses the JSON document a source names. */
async function readJsonSource(source, timeoutSeconds) {
    let text;
    if (source.file !== undefined) {
        try {
            text = await (0,evidence_file/* readUserTextFile */.Vf)(source.file, 'a report');
        }
        catch (error) {
            const code = error.code;
            throw new SourceProblem(`${source.file}: ${code === 'ENOENT' ? 'file not found' : (0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    else {
        const url = source.url ?? '';
        if (!/^https?:\/\//i.test(url))
            throw new SourceProblem(`${url}: not an http(s) URL`);
        let response;
        try {
            response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutSeconds * 1000) });
        }
        catch (error) {
            throw new SourceProblem(`${url}: ${fetchFailure(error, timeoutSeconds)}`);
        }
        text = await response.text();
        if (!response.ok)
            throw new SourceProblem(`${url}: answered ${response.status}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new SourceProblem(`${source.file ?? source.url}: not valid JSON (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
}
/** Why a fetch did not get a response, in words: a timeout, or the cause behind "fetch failed". */
function fetchFailure(error, timeoutSeconds) {
    // Duck-typed: fetch's errors may come from another realm, where instanceof Error is false.
    const { name, message, cause } = (error ?? {});
    if (name === 'TimeoutError' || name === 'AbortError')
        return `no answer within ${timeoutSeconds} s`;
    const text = typeof message === 'string' ? message : String(error);
    const why = typeof cause?.message === 'string' && cause.message !== '' ? cause.message : typeof cause?.code === 'string' ? cause.code : undefined;
    return why ? `${text} (${why})` : text;
}
/** An RFC 3339 date-time, or epoch seconds or milliseconds; undefined for anything else. */
function parseReportedTime(value) {
    let time;
    if (typeof value === 'string') {
        const reading = (0,rfc3339/* parseRfc3339 */.T)(value);
        if ('time' in reading)
            time = reading.time;
    }
    else if (typeof value === 'number' && Number.isFinite(value) && value > 0)
        time = new Date(value < 1e12 ? value * 1000 : value);
    return time && !Number.isNaN(time.getTime()) ? time : undefined;
}
function pointerValue(document, pointer, where) {
    let lookup;
    try {
        lookup = (0,json_pointer/* resolvePointer */.c)(document, pointer);
    }
    catch (error) {
        throw new SourceProblem(`${where}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (!lookup.found)
        throw new SourceProblem(`${where}: nothing at JSON pointer '${pointer}' (${lookup.reason})`);
    return lookup.value;
}
/** Checks that a reported time is no older than maxAgeSeconds; returns a detail for the outcome. */
function assertFresh(what, value, pointer, maxAgeSeconds, now) {
    const time = parseReportedTime(value);
    if (!time) {
        const reading = typeof value === 'string' ? (0,rfc3339/* parseRfc3339 */.T)(value) : undefined;
        const why = reading && 'problem' in reading ? `: ${reading.problem}` : '';
        throw new SourceProblem(`${what} at '${pointer}' is ${JSON.stringify(value)}, not an RFC 3339 date-time or epoch time${why}`);
    }
    const ageSeconds = Math.round((now.getTime() - time.getTime()) / 1000);
    if (ageSeconds < -CLOCK_SKEW_SECONDS) {
        throw new SourceProblem(`${what} ${time.toISOString()} is ${-ageSeconds} s in the future: the reporter's clock or the document is wrong`);
    }
    if (ageSeconds > maxAgeSeconds) {
        throw new SourceProblem(`${what} ${time.toISOString()} is ${ageSeconds} s old, older than maxAgeSeconds ${maxAgeSeconds}`);
    }
    return `${what} ${time.toISOString()}, ${Math.max(0, ageSeconds)} s old (max ${maxAgeSeconds} s)`;
}
async function timedCheck(base, clock, body) {
    const started = clock.now();
    const durationMs = () => Math.max(0, clock.now().getTime() - started.getTime());
    try {
        const detail = await body();
        return { ...base, status: 'pass', attempts: 1, durationMs: durationMs(), detail };
    }
    catch (error) {
        if (!(error instanceof SourceProblem))
            throw error;
        return { ...base, status: 'fail', reason: error.message, attempts: 1, durationMs: durationMs() };
    }
}
const AUTH_CANARY_CHECK = 'auth canary';
const PROBE_CHECK = 'probe freshness';
/** The auth canary's last success must be newer than its maxAgeSeconds. */
function checkAuthCanary(config, ports) {
    return timedCheck({ name: AUTH_CANARY_CHECK, type: 'auth-canary', required: config.required }, ports.clock, async () => {
        const where = config.source.file ?? config.source.url ?? '';
        const document = await readJsonSource(config.source, config.timeoutSeconds);
        const lastSuccess = pointerValue(document, config.pointer, where);
        return assertFresh('last success', lastSuccess, config.pointer, config.maxAgeSeconds, ports.clock.now());
    });
}
/** The delegated probe's report must name the SHA being released and be newer than maxAgeSeconds. */
function checkProbe(config, sha, ports) {
    return timedCheck({ name: PROBE_CHECK, type: 'probe', required: config.required }, ports.clock, async () => {
        const where = config.source.file ?? config.source.url ?? '';
        const report = await readJsonSource(config.source, config.timeoutSeconds);
        const reportedSha = pointerValue(report, config.shaPointer, where);
        if (reportedSha !== sha) {
            throw new SourceProblem(`${where}: the probe checked ${JSON.stringify(reportedSha)} (at '${config.shaPointer}'), not the release ${sha}`);
        }
        const checkedAt = pointerValue(report, config.timePointer, where);
        return `probe of ${sha.slice(0, 12)}: ${assertFresh('checked', checkedAt, config.timePointer, config.maxAgeSeconds, ports.clock.now())}`;
    });
}

;// CONCATENATED MODULE: ./build/stages/checks/api-smoke.js


const API_SMOKE_CHECKS = {
    allowed: 'api smoke (allowed client)',
    denied: 'api smoke (denied client)',
};
/** A reason for a failed or skipped check; the message never holds a secret or a token. */
class SmokeProblem extends Error {
    skip;
    constructor(message, skip = false) {
        super(message);
        this.skip = skip;
    }
}
/** Two outcomes, allowed client then denied client. */
async function runApiSmoke(input, ports) {
    for (const client of Object.values(input.clients))
        if (client.clientSecret)
            ports.secret(client.clientSecret);
    const discovery = new Map();
    const roles = ['allowed', 'denied'];
    return Promise.all(roles.map((role) => smokeAs(role, input, ports, discovery)));
}
async function smokeAs(role, input, ports, discovery) {
    const { config } = input;
    const base = { name: API_SMOKE_CHECKS[role], type: 'api-smoke', required: config.required };
    const started = ports.clock.now();
    const durationMs = () => Math.max(0, ports.clock.now().getTime() - started.getTime());
    let requests = 0;
    try {
        const client = input.clients[role];
        if (!client.clientId || !client.clientSecret) {
            throw new SmokeProblem(`no credentials for the ${role} client: give the ${role}-client-id and ${role}-client-secret inputs`, !config.required);
        }
        const tokenUrl = await tokenEndpoint(config, client, role, discovery);
        requests++;
        const token = await requestToken(tokenUrl, config, client, role, ports);
        const expected = role === 'allowed' ? undefined : (input.deniedExpectedStatus ?? config.deniedExpectedStatus);
        const results = [];
        const problems = [];
        for (const endpoint of config.endpoints) {
            const method = endpoint.method.toUpperCase();
            const want = expected ?? endpoint.expectStatus;
            requests++;
            const status = await callEndpoint(method, endpoint.url, token, config.timeoutSeconds);
            results.push(`${method} ${endpoint.url} -> ${status}`);
            // A 2xx for the denied client is a failure even if someone configured it as the expected code.
            if (role === 'denied' && status >= 200 && status < 300) {
                problems.push(`the denied client got ${status} from ${method} ${endpoint.url}: it must be refused with ${want}`);
            }
            else if (status !== want) {
                problems.push(`${method} ${endpoint.url} answered ${status} to the ${role} client, expected ${want}`);
            }
        }
        const detail = results.join('; ');
        if (problems.length > 0)
            return { ...base, status: 'fail', reason: problems.join('; '), attempts: requests, durationMs: durationMs(), detail };
        return { ...base, status: 'pass', attempts: requests, durationMs: durationMs(), detail };
    }
    catch (error) {
        if (!(error instanceof SmokeProblem))
            throw error;
        return { ...base, status: error.skip ? 'skipped' : 'fail', reason: error.message, attempts: requests, durationMs: durationMs() };
    }
}
/** Replaces {tenantId} with the client's tenant id; a template without one needs none. */
function withTenant(template, client, role, key) {
    if (!template.includes('{tenantId}'))
        return template;
    if (!client.tenantId)
        throw new SmokeProblem(`prodVerify.apiSmoke.${key} has {tenantId}, but no ${role}-tenant-id was given`);
    return template.split('{tenantId}').join(encodeURIComponent(client.tenantId));
}
async function tokenEndpoint(config, client, role, discovery) {
    if (config.tokenUrl !== undefined)
        return withTenant(config.tokenUrl, client, role, 'tokenUrl');
    const issuer = withTenant(config.issuer ?? '', client, role, 'issuer');
    let found = discovery.get(issuer);
    if (!found) {
        found = discoverTokenEndpoint(issuer, config.timeoutSeconds);
        discovery.set(issuer, found);
    }
    return found;
}
/**
 * OpenID Connect Discovery 1.0: the document is read from the issuer itself (no redirect is
 * followed) and used only when its `issuer` is identical to the configured one (section 4.3).
 * The token endpoint may be on another host (Google, Cognito), but never a downgrade to http.
 */
async function discoverTokenEndpoint(issuer, timeoutSeconds) {
    const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let response;
    try {
        response = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'manual', signal: AbortSignal.timeout(timeoutSeconds * 1000) });
    }
    catch (error) {
        throw new SmokeProblem(`discovery ${url}: ${fetchFailure(error, timeoutSeconds)}`);
    }
    const text = await response.text();
    if (isRedirect(response.status))
        throw new SmokeProblem(`discovery ${url}: ${redirectRefused(response)}`);
    if (!response.ok)
        throw new SmokeProblem(`discovery ${url}: answered ${response.status}`);
    let document;
    try {
        document = (JSON.parse(text) ?? {});
    }
    catch (error) {
        throw new SmokeProblem(`discovery ${url}: not valid JSON (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    if (document.issuer !== issuer) {
        const named = typeof document.issuer === 'string' ? `names the issuer ${JSON.stringify(document.issuer)}` : 'names no issuer';
        throw new SmokeProblem(`discovery ${url}: the OpenID configuration ${named}, not the configured ${JSON.stringify(issuer)}; ` +
            'it must be identical (OpenID Connect Discovery 4.3): set prodVerify.apiSmoke.issuer to the issuer this provider names, or give tokenUrl');
    }
    const tokenUrl = document.token_endpoint;
    if (typeof tokenUrl !== 'string' || !/^https?:\/\//i.test(tokenUrl) || !URL.canParse(tokenUrl)) {
        throw new SmokeProblem(`discovery ${url}: no token_endpoint URL in the OpenID configuration`);
    }
    if (/^https:/i.test(issuer) && new URL(tokenUrl).protocol !== 'https:') {
        throw new SmokeProblem(`discovery ${url}: the token_endpoint ${tokenUrl} is not https while the issuer is; the client secrets are not sent in clear text`);
    }
    return tokenUrl;
}
function isRedirect(status) {
    return status >= 300 && status < 400;
}
/** A redirect is an answer, never followed: following one re-sends the request (and a secret) to wherever it points. */
function redirectRefused(response) {
    const location = response.headers.get('location');
    return `answered ${response.status} (a redirect${location ? ` to ${location}` : ''}); redirects are not followed: configure the final URL`;
}
/** The client credentials grant (RFC 6749 section 4.4); the token is masked before it is returned. */
async function requestToken(tokenUrl, config, client, role, ports) {
    const clientId = client.clientId ?? '';
    const clientSecret = client.clientSecret ?? '';
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (client.scope)
        form.set('scope', client.scope);
    if (config.audience)
        form.set('audience', config.audience);
    const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (config.clientAuthentication === 'client_secret_basic') {
        // RFC 6749 section 2.3.1: each part form-urlencoded before the Basic encoding.
        const basic = Buffer.from(`${formEncode(clientId)}:${formEncode(clientSecret)}`).toString('base64');
        ports.secret(basic);
        headers.authorization = `Basic ${basic}`;
    }
    else {
        form.set('client_id', clientId);
        form.set('client_secret', clientSecret);
    }
    let response;
    try {
        // Never followed: a 307/308 would re-send the form, client secret included, to another host.
        response = await fetch(tokenUrl, { method: 'POST', headers, body: form, redirect: 'manual', signal: AbortSignal.timeout(config.timeoutSeconds * 1000) });
    }
    catch (error) {
        throw new SmokeProblem(`token endpoint ${tokenUrl}: ${fetchFailure(error, config.timeoutSeconds)}`);
    }
    if (isRedirect(response.status)) {
        await response.body?.cancel();
        throw new SmokeProblem(`token endpoint ${tokenUrl}: ${redirectRefused(response)}`);
    }
    const text = await response.text();
    let body = {};
    try {
        const parsed = JSON.parse(text);
        if (parsed !== null && typeof parsed === 'object')
            body = parsed;
    }
    catch {
        // Described below by what is missing; the raw text may hold a token and is never shown.
    }
    const token = body.access_token;
    if (typeof token === 'string' && token !== '')
        ports.secret(token);
    if (!response.ok) {
        const error = typeof body.error === 'string' ? ` (${body.error}${typeof body.error_description === 'string' ? `: ${body.error_description}` : ''})` : '';
        throw new SmokeProblem(`token endpoint ${tokenUrl} refused the ${role} client ${clientId} with ${response.status}${error}`);
    }
    if (typeof token !== 'string' || token === '') {
        throw new SmokeProblem(`token endpoint ${tokenUrl} answered ${response.status} but gave the ${role} client ${clientId} no access_token`);
    }
    ports.logger.debug(`token for the ${role} client ${clientId} from ${tokenUrl} (${typeof body.expires_in === 'number' ? `expires in ${body.expires_in} s` : 'no expiry given'})`);
    return token;
}
function formEncode(value) {
    return encodeURIComponent(value).replace(/%20/g, '+');
}
async function callEndpoint(method, url, token, timeoutSeconds) {
    let response;
    try {
        // Redirects are not followed: a redirect to a login page is an answer, not a success.
        response = await fetch(url, { method, headers: { authorization: `Bearer ${token}` }, redirect: 'manual', signal: AbortSignal.timeout(timeoutSeconds * 1000) });
    }
    catch (error) {
        throw new SmokeProblem(`${method} ${url}: ${fetchFailure(error, timeoutSeconds)}`);
    }
    await response.body?.cancel();
    return response.status;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/stages/checks/browser-smoke.js
// Browser smoke: opens production's pages in a real headless Chrome or Chromium (playwright-core,
// loaded only when this check runs) and fails on a failing status, a page error, or a selector or
// text that does not show within the page's timeout. No browser and an optional check: skipped.




const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];
const BROWSER_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];
async function isExecutable(path) {
    try {
        await (0,promises_.access)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The browser to run, or why there is none. */
async function findBrowser(given, searchPath) {
    if (given !== undefined) {
        return (await isExecutable(given)) ? { path: given } : { missing: `no browser at ${given} (missing or not executable)` };
    }
    for (const name of BROWSER_NAMES) {
        for (const folder of searchPath.split(external_node_path_.delimiter).filter((entry) => entry !== '')) {
            const candidate = (0,external_node_path_.join)(folder, name);
            if (await isExecutable(candidate))
                return { path: candidate };
        }
    }
    return { missing: `no Chrome or Chromium found: none of ${BROWSER_NAMES.join(', ')} is on PATH; install one or give browser-path` };
}
function pageCheckName(page) {
    return `browser smoke: ${page.name ?? page.url}`;
}
/** One outcome per configured page. */
async function runBrowserSmoke(input, ports) {
    const { config } = input;
    const base = (page) => ({ name: pageCheckName(page), type: 'browser', required: config.required });
    const browser = await findBrowser(input.browserPath ?? config.executable, input.searchPath ?? process.env.PATH ?? '');
    // Without a browser nothing was checked: optional means skipped (degraded), required means fail.
    const unavailable = (reason) => {
        const status = config.required ? 'fail' : 'skipped';
        ports.logger.warning(`browser smoke ${status === 'fail' ? 'failed' : 'skipped'}: ${reason}`);
        return config.pages.map((page) => ({ ...base(page), status, reason, attempts: 0, durationMs: 0 }));
    };
    if ('missing' in browser)
        return unavailable(browser.missing);
    let playwright;
    try {
        // Not bundled (webpackIgnore): ncc's ESM bundle of playwright-core cannot find its own
        // package.json and browsers.json, so it is loaded from a node_modules above the bundle.
        playwright = await import(/* webpackIgnore: true */ 'playwright-core');
    }
    catch (error) {
        return unavailable(`playwright-core cannot be loaded (${firstLine(messageOf(error))}); install it where the action runs (npm install playwright-core@1.65.1)`);
    }
    const userDataDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipgate-browser-'));
    const started = ports.clock.now();
    try {
        const { chromium } = playwright;
        let context;
        try {
            context = await chromium.launchPersistentContext(userDataDir, {
                executablePath: browser.path,
                headless: true,
                args: BROWSER_ARGS,
                timeout: 60_000,
            });
        }
        catch (error) {
            const reason = `${browser.path} did not start: ${firstLine(messageOf(error))}`;
            const durationMs = Math.max(0, ports.clock.now().getTime() - started.getTime());
            return config.pages.map((page) => ({ ...base(page), status: 'fail', reason, attempts: 1, durationMs }));
        }
        ports.logger.info(`browser smoke in ${browser.path} (${context.browser()?.version() ?? 'version unknown'})`);
        try {
            const outcomes = [];
            for (const page of config.pages)
                outcomes.push({ ...base(page), ...(await visit(context, page, ports.clock)) });
            return outcomes;
        }
        finally {
            await context.close().catch(() => undefined);
        }
    }
    finally {
        await (0,promises_.rm)(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    }
}
async function visit(context, config, clock) {
    const started = clock.now();
    const deadline = Date.now() + config.timeoutSeconds * 1000;
    const remaining = () => Math.max(1, deadline - Date.now());
    const durationMs = () => Math.max(0, clock.now().getTime() - started.getTime());
    const pageErrors = [];
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(firstLine(error.message)));
    const steps = [];
    const fail = (reason) => ({ status: 'fail', reason, attempts: 1, durationMs: durationMs(), detail: steps.join('; ') || undefined });
    try {
        let response;
        try {
            response = await page.goto(config.url, { waitUntil: 'load', timeout: remaining() });
        }
        catch (error) {
            return fail(`${config.url} did not load: ${firstLine(messageOf(error))}`);
        }
        const status = response?.status();
        steps.push(`status ${status ?? 'none'}`);
        if (status === undefined || status >= 400)
            return fail(`${config.url} answered ${status ?? 'nothing'}`);
        if (pageErrors.length > 0)
            return fail(`page error: ${pageErrors.join('; ')}`);
        if (config.waitForSelector !== undefined) {
            try {
                await page.waitForSelector(config.waitForSelector, { timeout: remaining() });
                steps.push(`selector ${config.waitForSelector} shown`);
            }
            catch {
                return fail(`selector ${config.waitForSelector} did not show within ${config.timeoutSeconds} s`);
            }
        }
        if (config.waitForText !== undefined) {
            try {
                await page.getByText(config.waitForText).first().waitFor({ timeout: remaining() });
                steps.push(`text ${JSON.stringify(config.waitForText)} shown`);
            }
            catch {
                return fail(`text ${JSON.stringify(config.waitForText)} did not show within ${config.timeoutSeconds} s`);
            }
        }
        if (pageErrors.length > 0)
            return fail(`page error: ${pageErrors.join('; ')}`);
        return { status: 'pass', attempts: 1, durationMs: durationMs(), detail: steps.join('; ') };
    }
    finally {
        await page.close().catch(() => undefined);
    }
}
function firstLine(text) {
    return text.split('\n')[0].trim();
}
// Duck-typed: errors thrown across realms (as under a test runner) fail instanceof Error.
function messageOf(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}

// EXTERNAL MODULE: ./build/stages/promote.js
var promote = __webpack_require__(98822);
// EXTERNAL MODULE: ./build/stages/verdicts.js
var verdicts = __webpack_require__(32418);
;// CONCATENATED MODULE: ./build/stages/prod-verify.js
// prod-verify: after the deploy, checks production for the package promote verified (auth canary,
// probe freshness, API smoke, browser smoke) and writes the production result, on pass and on fail.











const PROD_VERIFY_STAGE = 'prod-verify';
async function verifyProduction(input, ports) {
    const { config, sha } = input;
    const { store, logger, clock } = ports;
    const startedAt = clock.now();
    const masker = new platform_logger/* SecretMasker */.M2();
    const masked = new Set();
    const secret = (value) => {
        if (masked.has(value))
            return;
        masked.add(value);
        logger.secret(value);
        masker.add(value);
    };
    for (const client of Object.values(input.clients))
        if (client.clientSecret)
            secret(client.clientSecret);
    if (!config.authCanary && !config.probe && !config.apiSmoke && !config.browser) {
        throw new errors/* ConfigurationError */.j1(`${input.configPath}: ${input.environment ? `environments[${input.environment}].verify` : 'prodVerify'} configures no checks; add authCanary, probe, apiSmoke or browser (production verification that checks nothing never passes)`, { file: input.configPath });
    }
    const promoted = await (0,promote.promote)({ sha, filesRoot: input.filesRoot }, { store, logger });
    // A check that throws is a bug, but the release must still fail closed with evidence to read.
    const guarded = (names, type, required, run) => run().catch((error) => names.map((name) => ({ name, type, required, status: 'fail', reason: `unexpected error (a bug in shipgate): ${(0,errors/* errorMessage */.gJ)(error)}`, attempts: 0, durationMs: 0 })));
    const runs = [];
    // A report file named in the config is relative to the repository, wherever the step runs.
    const inRepository = (check) => check.source.file === undefined ? check : { ...check, source: { ...check.source, file: (0,external_node_path_.resolve)(input.filesRoot, check.source.file) } };
    if (config.authCanary) {
        const canary = inRepository(config.authCanary);
        runs.push(guarded([AUTH_CANARY_CHECK], 'auth-canary', canary.required, async () => [await checkAuthCanary(canary, { clock })]));
    }
    if (config.probe) {
        const probe = inRepository(config.probe);
        runs.push(guarded([PROBE_CHECK], 'probe', probe.required, async () => [await checkProbe(probe, sha, { clock })]));
    }
    // The checks that log run beside each other: each one's lines are held and written in one fold when it ends.
    const folded = async (title, run) => {
        const held = new platform_logger/* HeldLogger */.mV(logger);
        try {
            return await run(held);
        }
        finally {
            await held.release(title);
        }
    };
    if (config.apiSmoke) {
        const apiSmoke = config.apiSmoke;
        runs.push(folded('api-smoke', (held) => guarded(Object.values(API_SMOKE_CHECKS), 'api-smoke', apiSmoke.required, () => runApiSmoke({ config: apiSmoke, clients: input.clients, deniedExpectedStatus: input.deniedExpectedStatus }, { clock, logger: held, secret }))));
    }
    if (config.browser) {
        const browser = config.browser;
        runs.push(folded('browser smoke', (held) => guarded(browser.pages.map(pageCheckName), 'browser', browser.required, () => runBrowserSmoke({ config: browser, browserPath: input.browserPath }, { clock, logger: held }))));
    }
    const checks = (await Promise.all(runs)).flat().map((check) => maskOutcome(check, masker));
    // Verification that verified nothing (every check optional and skipped) is not a pass.
    const { verdict, degraded } = (0,verdicts/* productionVerdict */.db)(checks);
    const manifestSpec = contracts/* contracts */.Mh['release-package'];
    const body = {
        sha,
        packageDigest: promoted.manifest.digest,
        deployedRefs: promoted.refs,
        verdict,
        degraded,
        startedAt: startedAt.toISOString(),
        finishedAt: clock.now().toISOString(),
        checks,
        evidence: [{ kind: manifestSpec.kind, path: `${manifestSpec.kind}/${sha}/${manifestSpec.file}`, digest: (0,canonical/* digestOf */.ol)(promoted.manifest) }],
    };
    const result = input.environment
        ? { schema: production_result/* PRODUCTION_RESULT_SCHEMA_V2 */.zv, ...body, environment: input.environment }
        : { schema: production_result/* PRODUCTION_RESULT_SCHEMA */.EX, ...body };
    const written = await store.write('production', sha, result);
    for (const check of checks) {
        const line = `${check.status.padEnd(7)} ${check.name}${check.required ? '' : ' (optional)'}: ${check.reason ?? check.detail ?? ''}`;
        if (check.status === 'pass')
            logger.info(line);
        else if (check.required)
            logger.error(line, { file: written.path });
        else
            logger.warning(line, { file: written.path });
    }
    const headline = `${written.path}: production ${verdict}${degraded ? ' (degraded)' : ''} for ${sha}, package ${promoted.manifest.digest}`;
    if (verdict === 'pass')
        logger.info(headline);
    else
        logger.error(headline, { file: written.path });
    return { result, path: written.path };
}
// The evidence is written in the open: whatever a check reports passes through the masker first.
function maskOutcome(check, masker) {
    return {
        ...check,
        ...(check.reason === undefined ? {} : { reason: masker.mask(check.reason) }),
        ...(check.detail === undefined ? {} : { detail: masker.mask(check.detail) }),
    };
}


/***/ }),

/***/ 98822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promote: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28420);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35562);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11549);
/* harmony import */ var _file_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8787);
// promote: loads the exact package build-once made for a SHA and proves it is untouched: the
// contract, its own digest, the SHA, the digest pins and the sealed files (file components and
// migration files) present here. Never builds.






async function promote(input, ports) {
    await requireFolder(input.filesRoot);
    const read = await ports.store.read('release-package', input.sha);
    if (read.state === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${read.path}: missing: there is no release package for ${input.sha}; build-once must run for this SHA first (promote never builds)`, { file: read.path });
    }
    const { value: manifest, path } = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__.requireValid)(read);
    if (manifest.sha !== input.sha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${path}: sha: the manifest names ${manifest.sha}, but it was loaded for ${input.sha}`, { file: path });
    }
    const checkedFiles = [];
    const absentFiles = [];
    for (const sealed of sealedFiles(manifest)) {
        const where = `${path}: ${sealed.field}`;
        const actual = await (0,_file_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .fileDigest */ .h)((0,_file_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveInside */ .L)(input.filesRoot, sealed.path, where));
        if (actual.state === 'missing') {
            absentFiles.push(sealed.path);
            continue;
        }
        if (actual.state === 'refused') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${where}.path: ${sealed.path} (under ${input.filesRoot}) ${actual.reason}; put the file build-once sealed there, or point files-root at the folder that holds it`, { file: path });
        }
        if (actual.sha256 !== sealed.sha256) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${where}.sha256: ${sealed.path} has sha256 ${actual.sha256}, the package records ${sealed.sha256}; the file changed after build-once`, { file: path });
        }
        if (actual.size !== sealed.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${where}.size: ${sealed.path} is ${actual.size} bytes, the package records ${sealed.size}`, { file: path });
        }
        checkedFiles.push(sealed.path);
    }
    if (absentFiles.length > 0 && checkedFiles.length === 0) {
        ports.logger.warning(`None of the package's ${absentFiles.length} sealed file(s) is present under files-root (${input.filesRoot}), so no file bytes were checked: ${absentFiles.join(', ')}`, { file: path, title: 'no sealed file checked' });
    }
    else if (absentFiles.length > 0) {
        ports.logger.info(`Not present here, so not checked: ${absentFiles.join(', ')}`);
    }
    ports.logger.info(`Promoting ${manifest.digest} (${manifest.components.length} components, runtime ${manifest.runtime.mode}).`);
    return { manifest, path, refs: (0,_contracts_release_package_js__WEBPACK_IMPORTED_MODULE_1__/* .componentRefs */ .CR)(manifest), checkedFiles, absentFiles };
}
/** The file components, then the migration files (a path relative to the release manifest's folder). */
function sealedFiles(manifest) {
    const files = [];
    for (const [index, component] of manifest.components.entries()) {
        if (component.kind === 'file')
            files.push({ field: `components[${index}]`, path: component.path, size: component.size, sha256: component.sha256 });
    }
    if (manifest.schema === _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASE_PACKAGE_SCHEMA */ .Ne) {
        for (const [index, migration] of manifest.release.migrations.entries()) {
            if (migration.kind === 'file')
                files.push({ field: `release.migrations[${index}]`, path: migration.path, size: migration.size, sha256: migration.sha256 });
        }
    }
    return files;
}
/** files-root must be a folder: one that is missing or a file would leave every sealed file unchecked without a word. */
async function requireFolder(filesRoot) {
    let stats;
    try {
        stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(filesRoot);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'does not exist (a part of its path is a file)' : `cannot be read (${error.message})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`files-root: '${filesRoot}' ${why}; give the folder that holds the package's files (default: the repository root, '.')`);
    }
    if (!stats.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`files-root: '${filesRoot}' is ${(0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFileType */ .wU)(stats)}, not a folder; give the folder that holds the package's files (default: the repository root, '.')`);
    }
}


/***/ }),

/***/ 32418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ checksNotPassed),
/* harmony export */   ZK: () => (/* binding */ decisionContradictions),
/* harmony export */   db: () => (/* binding */ productionVerdict),
/* harmony export */   uY: () => (/* binding */ commitStageContradictions),
/* harmony export */   ze: () => (/* binding */ acceptanceVerdict)
/* harmony export */ });
/* unused harmony export PASSING_CONCLUSION */
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13021);

/**
 * NO when a required check failed, or when there is no check at all. A check skipped for the
 * release's scope (a runtime check on a docs-only release) does not fail acceptance.
 */
function acceptanceVerdict(checks) {
    const requiredFailed = checks.some((check) => check.required && check.status === 'fail');
    return {
        decision: requiredFailed || checks.length === 0 ? 'NO' : 'YES',
        degraded: checks.some((check) => !check.required && check.status === 'fail'),
    };
}
/** fail when a required check did not pass, or when nothing passed: verification that verified nothing is not a pass. */
function productionVerdict(checks) {
    const failed = checks.some((check) => check.required && check.status !== 'pass') || !checks.some((check) => check.status === 'pass');
    return {
        verdict: failed ? 'fail' : 'pass',
        degraded: checks.some((check) => !check.required && check.status !== 'pass'),
    };
}
const PASSING_CONCLUSION = 'success';
/**
 * Why commit-stage evidence that says `passed: true` does not prove it: the check did not conclude
 * success, it was taken on another SHA without a pull request to explain it, or docs drift that was
 * configured to fail was found. Empty when `passed` follows from the evidence.
 */
function commitStageContradictions(evidence) {
    if (!evidence.passed)
        return [];
    const problems = [];
    const { check } = evidence;
    if (check.conclusion !== PASSING_CONCLUSION) {
        problems.push({ field: 'check.conclusion', message: `is '${check.conclusion}', but passed is true: only a check that concluded ${PASSING_CONCLUSION} passes` });
    }
    if (check.via === 'pull-request-head') {
        if (check.pullRequest === null) {
            problems.push({ field: 'check.pullRequest', message: 'is null, but the check was taken from a pull request head: the pull request that links it to this SHA is not named' });
        }
    }
    else if (check.checkedSha !== evidence.sha) {
        problems.push({ field: 'check.checkedSha', message: `is ${check.checkedSha}, not this SHA ${evidence.sha}: a check of another commit proves nothing about this one` });
    }
    if (evidence.drift.mode === 'fail' && evidence.drift.findings.length > 0) {
        problems.push({ field: 'drift.findings', message: `holds ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(evidence.drift.findings.length, 'finding')} with drift mode fail, but passed is true` });
    }
    return problems;
}
/** Names of checks of one kind (required or optional) that did not pass, for a reason. */
function checksNotPassed(checks, required, statuses = ['fail', 'skipped']) {
    const names = checks.filter((check) => check.required === required && statuses.includes(check.status)).map((check) => `${check.name} (${check.status})`);
    return names.length === 0 ? '' : `${required ? 'required' : 'optional'} checks not passed: ${names.join(', ')}`;
}
/**
 * Why a decision's own fields disagree: YES is success or partial_success, NO is failure; a clean
 * success gives no reason, a partial success or a NO gives at least one. Empty when they agree.
 */
function decisionContradictions(decision) {
    const { status, reasons } = decision;
    if (decision.decision === 'YES' && status === 'failure')
        return [{ field: 'status', message: 'is failure, but decision is YES: a failed decision is a NO' }];
    if (decision.decision === 'NO' && status !== 'failure')
        return [{ field: 'status', message: `is ${status}, but decision is NO` }];
    if (status === 'success' && reasons.length > 0)
        return [{ field: 'reasons', message: `holds ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(reasons.length, 'reason')}, but status is success: a clean YES has none` }];
    if (status !== 'success' && reasons.length === 0)
        return [{ field: 'reasons', message: `is empty, but status is ${status}: it must say why` }];
    return [];
}


/***/ })

};
