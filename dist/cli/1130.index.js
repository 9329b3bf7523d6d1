export const id = 1130;
export const ids = [1130];
export const modules = {

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

/***/ 21130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ duplicateKeyProblems),
/* harmony export */   z: () => (/* binding */ unencodableJsonProblems)
/* harmony export */ });
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
// What JSON.parse (and YAML) accept but a contract cannot carry, found before anything relies on
// it: canonical JSON, and so every digest, would throw on it or silently leave it out.


// In unicode mode a paired surrogate is one code point, so this matches lone surrogates only.
const LONE_SURROGATE = /\p{Surrogate}/u;
/** Enough to name the fields; a file full of them needs no more to be refused. */
const MAX_UNENCODABLE_PROBLEMS = 10;
// The characters of JSON's structure, as char codes.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
/**
 * What JSON.parse accepts but a contract cannot carry: a lone UTF-16 surrogate (canonical JSON,
 * and so the digest, cannot encode it), a `__proto__` key (a JavaScript object drops it, so the
 * digest would not cover it) and a number too big to be finite. One problem per field, found
 * without recursion, so that no nesting depth can overflow the stack.
 */
function unencodableJsonProblems(json) {
    const problems = [];
    const fieldOf = (place, key) => {
        const path = key === undefined ? [] : [key];
        for (let at = place; at?.key !== undefined; at = at.parent)
            path.push(at.key);
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLoneSurrogates */ .nn)((0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(path.reverse()));
    };
    const pending = [{ value: json }];
    while (pending.length > 0 && problems.length < MAX_UNENCODABLE_PROBLEMS) {
        const place = pending.pop();
        const { value } = place;
        if (typeof value === 'string') {
            const surrogate = LONE_SURROGATE.exec(value)?.[0];
            if (surrogate)
                problems.push({ field: fieldOf(place), message: `holds a lone UTF-16 surrogate (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLoneSurrogates */ .nn)(surrogate)}), which canonical JSON cannot encode` });
        }
        else if (typeof value === 'number') {
            // JSON text cannot hold NaN, but YAML can (.nan), and it is no number too large.
            if (Number.isNaN(value))
                problems.push({ field: fieldOf(place), message: 'holds NaN (not a number), which JSON cannot encode' });
            else if (!Number.isFinite(value))
                problems.push({ field: fieldOf(place), message: 'holds a number too large to be represented (it reads as infinity)' });
        }
        else if (Array.isArray(value)) {
            for (let index = value.length - 1; index >= 0; index--)
                pending.push({ value: value[index], key: index, parent: place });
        }
        else if (value !== null && typeof value === 'object') {
            for (const key of Object.keys(value)) {
                const surrogate = LONE_SURROGATE.exec(key)?.[0];
                if (surrogate) {
                    problems.push({ field: fieldOf(place, key), message: `is a key that holds a lone UTF-16 surrogate (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLoneSurrogates */ .nn)(surrogate)}), which canonical JSON cannot encode` });
                }
                else if (key === '__proto__') {
                    problems.push({ field: fieldOf(place, key), message: 'is a key named __proto__, which a contract cannot hold' });
                }
            }
            const keys = Object.keys(value);
            for (let index = keys.length - 1; index >= 0; index--) {
                const key = keys[index];
                if (key !== '__proto__' && !LONE_SURROGATE.test(key))
                    pending.push({ value: value[key], key, parent: place });
            }
        }
    }
    return problems.slice(0, MAX_UNENCODABLE_PROBLEMS);
}
/**
 * Keys an object of this JSON text holds more than once. JSON.parse keeps the last and says
 * nothing, so `"decision": "NO", "decision": "YES"` would read as YES, and the digest, taken over
 * the parsed value, would not change if the NO were inserted later. `text` must be JSON that
 * JSON.parse accepted: this only follows its brackets and strings, once, with a stack of its own
 * instead of recursion, so that no nesting depth can overflow the call stack.
 */
function duplicateKeyProblems(text) {
    // The open objects and arrays, outermost first, as flat stacks (no object per level to allocate
    // and collect). For each: the keys an object has seen (none yet, one, or many; undefined for an
    // array), and where the value being read sits in it (its key, or its index).
    const keysSeen = [];
    const at = [];
    // Between `{` or `,` and `:` in an object: the next string is a key.
    let expectsKey = false;
    const problems = [];
    for (let index = 0; index < text.length && problems.length < MAX_UNENCODABLE_PROBLEMS; index++) {
        const code = text.charCodeAt(index);
        if (code === QUOTE) {
            const start = index + 1;
            let escaped = false;
            for (index++; index < text.length && text.charCodeAt(index) !== QUOTE; index++) {
                if (text.charCodeAt(index) === BACKSLASH) {
                    escaped = true;
                    index++;
                }
            }
            if (!expectsKey)
                continue;
            const top = keysSeen.length - 1;
            const key = escaped ? JSON.parse(text.slice(start - 1, index + 1)) : text.slice(start, index);
            const seen = keysSeen[top];
            let duplicate = false;
            if (seen === null)
                keysSeen[top] = key;
            else if (typeof seen === 'string') {
                duplicate = seen === key;
                if (!duplicate)
                    keysSeen[top] = new Set([seen, key]);
            }
            else {
                duplicate = seen.has(key);
                seen.add(key);
            }
            if (duplicate) {
                problems.push({ field: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLoneSurrogates */ .nn)((0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)([...at.slice(0, top), key])), message: 'is a duplicate key: the object holds it more than once, and a reader would see only the last' });
            }
            at[top] = key;
        }
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
            keysSeen.push(code === OPEN_BRACE ? null : undefined);
            at.push(0);
            expectsKey = code === OPEN_BRACE;
        }
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
            keysSeen.pop();
            at.pop();
            expectsKey = false;
        }
        else if (code === COLON) {
            expectsKey = false;
        }
        else if (code === COMMA) {
            const top = keysSeen.length - 1;
            if (keysSeen[top] === undefined)
                at[top] = at[top] + 1;
            else
                expectsKey = true;
        }
    }
    return problems;
}


/***/ })

};
