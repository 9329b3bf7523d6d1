export const id = 9236;
export const ids = [9236];
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


/***/ })

};
