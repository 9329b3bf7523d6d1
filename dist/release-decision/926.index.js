export const id = 926;
export const ids = [926];
export const modules = {

/***/ 2358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ym: () => (/* binding */ contractKinds),
  Mh: () => (/* binding */ contracts),
  cn: () => (/* reexport */ field_path/* fieldPath */.c),
  Ic: () => (/* binding */ schemaProblems)
});

// EXTERNAL MODULE: ./build/contracts/acceptance-result.js
var acceptance_result = __webpack_require__(723);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./build/contracts/common.js
var common = __webpack_require__(6291);
;// CONCATENATED MODULE: ./build/contracts/commit-stage.js
// Commit-stage evidence: proof that the SHA passed the required check, and what the release changes.


const COMMIT_STAGE_SCHEMA = 'shipgate.commit-stage/v1';
const pathClass = schemas/* object */.Ikc({ changed: schemas/* boolean */.zMY(), paths: schemas/* array */.YOg(schemas/* string */.YjP()) })
    .strict();
const commitStageEvidence = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(COMMIT_STAGE_SCHEMA),
    sha: common/* commitSha */.mJ,
    repository: common/* repositoryName */.aR,
    event: schemas/* string */.YjP(),
    passed: schemas/* boolean */.zMY().describe('True only when the required check concluded success.'),
    check: schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        source: schemas/* enum */.k5n(['check-run', 'status', 'local-command']).describe('Where the proof came from; local-command when no GitHub API was available.'),
        conclusion: schemas/* string */.YjP(),
        url: schemas/* string */.YjP().nullable(),
        attempt: schemas/* number */.aig().int().nonnegative(),
        checkedSha: common/* commitSha */.mJ.describe('The SHA whose check was used: the release SHA, or the pull request head after a squash or rebase merge.'),
        via: schemas/* enum */.k5n(['direct', 'pull-request-head', 'local-command']),
        pullRequest: schemas/* number */.aig().int().positive().nullable(),
    })
        .strict(),
    base: common/* commitSha */.mJ.nullable().describe('The SHA the changes were compared with.'),
    scope: schemas/* object */.Ikc({ runtime: pathClass, infra: pathClass, docs: pathClass, other: schemas/* array */.YOg(schemas/* string */.YjP()) })
        .strict(),
    drift: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(['warn', 'fail']),
        findings: schemas/* array */.YOg(schemas/* object */.Ikc({ doc: schemas/* string */.YjP(), watched: schemas/* array */.YOg(schemas/* string */.YjP()), message: schemas/* string */.YjP() }).strict()),
    })
        .strict(),
    recordedAt: common/* timestamp */.vE,
})
    .strict();

;// CONCATENATED MODULE: ./build/contracts/delivery.js
// The two documents deliver keeps: the delivery manifest at the destination (what is current and
// what every run did, shared by every SHA) and the per-SHA delivery result under .artifacts/.


const DELIVERY_RESULT_SCHEMA = 'shipgate.delivery-result/v1';
const DELIVERY_MANIFEST_SCHEMA = 'shipgate.delivery-manifest/v1';
const DROPBOX_CONTENT_HASH_PATTERN = /^[0-9a-f]{64}$/;
const deliveredFile = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1).describe('The file name inside the version folder.'),
    size: schemas/* number */.aig().int().nonnegative().describe('The size in bytes.'),
    contentHash: schemas/* string */.YjP()
        .regex(DROPBOX_CONTENT_HASH_PATTERN, 'must be a Dropbox content hash: 64 lowercase hex characters')
        .describe("Dropbox's content_hash: SHA-256 over the SHA-256 of every 4 MiB block, lowercase hex."),
    path: schemas/* string */.YjP().min(1).describe('Where the file lives at the destination.'),
})
    .strict();
const shareStatus = schemas/* enum */.k5n(['created', 'reused', 'recreated'])
    .describe('created the first time, reused afterwards, recreated when a revoked link was replaced.');
const deliveryOutcome = schemas/* enum */.k5n(['created', 'unchanged', 'failed'])
    .describe('created: a new version; unchanged: the current version already holds these files; failed: the run did not finish.');
const destinationKind = schemas/* enum */.k5n(['dropbox', 'local']).describe('Where the files went.');
const deliveryRun = schemas/* object */.Ikc({
    sha: common/* commitSha */.mJ,
    time: common/* timestamp */.vE.describe('When the run finished.'),
    version: schemas/* number */.aig().int().positive().nullable().describe('The version the run made current or confirmed; for a failed run the version it was making, or null.'),
    outcome: deliveryOutcome,
    bytesUploaded: schemas/* number */.aig().int().nonnegative(),
    error: schemas/* string */.YjP().optional().describe('Why the run failed.'),
    email: schemas/* object */.Ikc({
        status: schemas/* enum */.k5n(['sent', 'failed', 'skipped']),
        reason: schemas/* string */.YjP().optional(),
    })
        .strict()
        .optional()
        .describe('Filled in by send-mail: whether the delivery email went out.'),
})
    .strict();
const currentDelivery = schemas/* object */.Ikc({
    stablePath: schemas/* string */.YjP().min(1).describe('The folder whose shared link never changes (…/01_Deliverables/Final).'),
    stableShareUrl: schemas/* string */.YjP().min(1).describe('The shared link of the stable folder (a file:// URL for a local destination).'),
    shareStatus,
    currentVersion: schemas/* number */.aig().int().positive(),
    versionPath: schemas/* string */.YjP().min(1).describe('The folder of the current version.'),
    sha: common/* commitSha */.mJ.describe('The SHA whose run made this version current.'),
    updatedAt: common/* timestamp */.vE,
    files: schemas/* array */.YOg(deliveredFile),
})
    .strict();
const deliveryManifest = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(DELIVERY_MANIFEST_SCHEMA),
    project: schemas/* string */.YjP().min(1),
    current: currentDelivery.nullable().describe('What is delivered now; null until the first version is complete.'),
    pending: schemas/* object */.Ikc({
        version: schemas/* number */.aig().int().positive(),
        sha: common/* commitSha */.mJ,
        startedAt: common/* timestamp */.vE,
        contentDigest: common/* digest */.br
            .optional()
            .describe('Which files the version is claimed for (a digest of their names and content hashes): only a run delivering exactly these files, such as a rerun after a crash, may finish it; any other run takes the next version. Absent in manifests written before it existed: then the next run finishes or redoes the version.'),
    })
        .strict()
        .optional()
        .describe('A version claimed by a run, being uploaded and not yet verified; it becomes current only when that upload is verified.'),
    runs: schemas/* array */.YOg(deliveryRun).describe('Every run, oldest first.'),
})
    .strict();
const deliveryResult = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(DELIVERY_RESULT_SCHEMA),
    sha: common/* commitSha */.mJ,
    project: schemas/* string */.YjP().min(1),
    destination: schemas/* object */.Ikc({ kind: destinationKind, location: schemas/* string */.YjP().describe('The destination as given, without credentials.') })
        .strict(),
    outcome: deliveryOutcome,
    version: schemas/* number */.aig().int().positive().nullable(),
    versionPath: schemas/* string */.YjP().nullable(),
    stablePath: schemas/* string */.YjP(),
    shareUrl: schemas/* string */.YjP().nullable(),
    shareStatus: shareStatus.nullable(),
    manifestPath: schemas/* string */.YjP(),
    files: schemas/* array */.YOg(deliveredFile),
    bytesUploaded: schemas/* number */.aig().int().nonnegative(),
    startedAt: common/* timestamp */.vE,
    finishedAt: common/* timestamp */.vE,
    error: schemas/* string */.YjP().optional(),
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

;// CONCATENATED MODULE: ./build/contracts/deployment.js
// The deployment record: what deploy-gate did with one release package in one environment: deployed
// it, left it as superseded by a newer accepted package, or refused to move production backwards.
// The newest `deployed` record of an environment is that environment's production state.


const DEPLOYMENT_SCHEMA = 'shipgate.deployment/v1';
const deploymentOutcome = schemas/* enum */.k5n(['deployed', 'superseded', 'refused', 'failed'])
    .describe('deployed: this package went to production; superseded: a newer accepted package was deployed instead; refused: not deployed (older than production without an explicit replay, or the acceptance or previous environment YES it needs is missing or NO); failed: the deploy command failed.');
const deploymentRecord = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(DEPLOYMENT_SCHEMA),
    sha: common/* commitSha */.mJ,
    packageDigest: common/* digest */.br.describe('The release package this record is about.'),
    environment: schemas/* string */.YjP().min(1).describe('The environment deployed to, e.g. production.'),
    outcome: deploymentOutcome,
    replay: schemas/* boolean */.zMY().describe('True when the run was an explicit replay, which may move production to an older SHA.'),
    order: schemas/* enum */.k5n(['commit', 'created-at'])
        .describe('How older and newer were decided: commit ancestry (git merge-base --is-ancestor) or the packages\' createdAt.'),
    previous: schemas/* object */.Ikc({ sha: common/* commitSha */.mJ, packageDigest: common/* digest */.br.optional() })
        .strict()
        .nullable()
        .describe('What was in production when the decision was taken; null when nothing was known to be.'),
    supersededBy: common/* commitSha */.mJ.optional().describe('For a superseded package: the SHA deployed instead.'),
    superseded: schemas/* array */.YOg(common/* commitSha */.mJ).describe('For a deployed package: the older accepted packages it superseded.'),
    reason: schemas/* string */.YjP().min(1).describe('Why, in one sentence.'),
    decidedAt: common/* timestamp */.vE,
    deployedAt: common/* timestamp */.vE.optional().describe('When the deploy command finished, for a deployed package.'),
    runId: schemas/* string */.YjP().describe('The workflow run (or `local`) that took the decision.'),
    evidence: schemas/* array */.YOg(common/* evidenceLink */.Ow).describe('The evidence the decision read: the manifest and the acceptance result.'),
})
    .strict();
const DEPLOYMENT_PAYLOAD_SCHEMA = 'shipgate.deployment-payload/v1';
/**
 * The payload of the GitHub deployment deploy-gate creates for each deploy: enough for a later run to
 * know what runs in the environment and to read that package's evidence from the run that holds it.
 */
const deploymentPayload = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(DEPLOYMENT_PAYLOAD_SCHEMA),
    sha: common/* commitSha */.mJ.describe('The release commit deployed (also the deployment\'s ref).'),
    packageDigest: common/* digest */.br.describe('The release package deployed.'),
    packageCreatedAt: common/* timestamp */.vE.describe('When build-once sealed that package; orders packages by build time (order: created-at).'),
    refs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).describe('Component name -> pinned image ref or sha256:<hex> file digest, as the deploy command got them.'),
    environment: schemas/* string */.YjP().min(1),
    replay: schemas/* boolean */.zMY().describe('True for an explicit replay, which may move the environment to an older SHA.'),
    runId: schemas/* string */.YjP().describe('The workflow run that deployed.'),
    runAttempt: schemas/* string */.YjP(),
    packageRunId: schemas/* number */.aig()
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

// EXTERNAL MODULE: ./build/contracts/field-path.js
var field_path = __webpack_require__(374);
// EXTERNAL MODULE: ./build/contracts/pipeline-timing.js
var pipeline_timing = __webpack_require__(7891);
;// CONCATENATED MODULE: ./build/contracts/production-result.js
// The production result: what prod-verify saw after the deploy, for the package that was deployed.


const PRODUCTION_RESULT_SCHEMA = 'shipgate.production-result/v1';
/** v2: the result of one environment of `environments:` (dev, staging, production), which it names. */
const PRODUCTION_RESULT_SCHEMA_V2 = 'shipgate.production-result/v2';
const productionResultV1 = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(PRODUCTION_RESULT_SCHEMA),
    sha: common/* commitSha */.mJ,
    packageDigest: common/* digest */.br.describe('The release package running in production.'),
    deployedRefs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).describe('Component name -> the pinned ref or file digest deployed.'),
    verdict: schemas/* enum */.k5n(['pass', 'fail']),
    degraded: schemas/* boolean */.zMY().describe('True when an optional check failed or was skipped for lack of a tool.'),
    startedAt: common/* timestamp */.vE,
    finishedAt: common/* timestamp */.vE,
    checks: schemas/* array */.YOg(common/* checkOutcome */.Tx),
    evidence: schemas/* array */.YOg(common/* evidenceLink */.Ow),
})
    .strict();
const productionResultV2 = productionResultV1
    .extend({
    schema: schemas/* literal */.euz(PRODUCTION_RESULT_SCHEMA_V2),
    environment: common/* environmentName */.VE.describe('The environment that was verified.'),
})
    .strict();
const productionResult = schemas/* discriminatedUnion */.gMt('schema', [productionResultV1, productionResultV2]);

// EXTERNAL MODULE: ./build/contracts/release-decision.js
var release_decision = __webpack_require__(9084);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(8420);
;// CONCATENATED MODULE: ./build/contracts/index.js









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
        schema: commitStageEvidence,
        immutable: false,
    }),
    'release-package': contract({
        kind: 'release-package',
        file: 'manifest.json',
        id: 'shipgate.release-package/v2',
        readable: ['shipgate.release-package/v1'],
        title: 'Release package manifest',
        description: 'The one package build-once made for a commit: digest-pinned components and the multi-repo release manifest resolved (tags to commits, image tags to digests, migrations per repository), sealed by the digest of its own canonical JSON.',
        schema: release_package/* releasePackageManifest */.Hw,
        immutable: true,
        verify: (manifest) => {
            const expected = (0,release_package/* expectedPackageDigest */.fO)(manifest);
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
        schema: acceptance_result/* acceptanceResult */.fs,
        immutable: false,
    }),
    production: contract({
        kind: 'production',
        file: 'result.json',
        id: 'shipgate.production-result/v2',
        readable: ['shipgate.production-result/v1'],
        title: 'Production result',
        description: 'What production verification saw after the deploy: auth canary, probe freshness, API and browser smoke.',
        schema: productionResult,
        immutable: false,
    }),
    release: contract({
        kind: 'release',
        file: 'decision.json',
        id: 'shipgate.release-decision/v2',
        readable: ['shipgate.release-decision/v1'],
        title: 'Release decision',
        description: 'The final decision for a commit, the status, the reasons, and the digests of the evidence it was taken on.',
        schema: release_decision/* releaseDecision */.ue,
        immutable: false,
    }),
    pipeline: contract({
        kind: 'pipeline',
        file: 'timing.json',
        id: 'shipgate.pipeline-timing/v2',
        readable: ['shipgate.pipeline-timing/v1'],
        title: 'Pipeline timing',
        description: 'When each stage of the pipeline started and ended for a commit, in which run (GitHub run and attempt, or local run), each run closed with its total and lead time.',
        schema: pipeline_timing/* pipelineTiming */.TV,
        immutable: false,
    }),
    delivery: contract({
        kind: 'delivery',
        file: 'result.json',
        id: 'shipgate.delivery-result/v1',
        title: 'Delivery result',
        description: 'What one deliver run did: the version it made current or confirmed, the files and their content hashes, the stable shared link, and the bytes uploaded.',
        schema: deliveryResult,
        immutable: false,
    }),
    deployment: contract({
        kind: 'deployment',
        file: 'record.json',
        id: 'shipgate.deployment/v1',
        title: 'Deployment record',
        description: 'What deploy-gate did with a release package: deployed it, recorded it as superseded by a newer accepted package, or refused to move production to an older SHA.',
        schema: deploymentRecord,
        immutable: false,
    }),
};
const contractKinds = Object.keys(contracts);

/** The problems zod found, one per field, in the words the user sees; a key that has no place is named as the field. */
function schemaProblems(error) {
    return error.issues.flatMap((issue) => issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ field: (0,field_path/* fieldPath */.c)([...issue.path, key]), message: 'is not a field here: the schema has no such key' }))
        : [{ field: (0,field_path/* fieldPath */.c)(issue.path), message: issue.message }]);
}


/***/ }),

/***/ 3926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decideRelease: () => (/* binding */ decideRelease),
  resolveCommitTime: () => (/* binding */ resolveCommitTime)
});

// UNUSED EXPORTS: RELEASE_DECISION_STAGE, readDecisionEvidence

// EXTERNAL MODULE: ./build/contracts/release-decision.js
var release_decision = __webpack_require__(9084);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
// EXTERNAL MODULE: ./build/contracts/common.js
var common = __webpack_require__(6291);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/evidence/scoped-store.js
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
        throw new ConfigurationError(`${what}: '${text}' is not i/n with 1 <= i <= n <= 256; give for example 2/3 for the second of three shards`);
    }
    return { index, total };
}
function assertEnvironmentName(name, what = 'environment') {
    if (!common/* ENVIRONMENT_NAME */.YR.test(name)) {
        throw new errors/* ConfigurationError */.j1(`${what}: '${name}' is not an environment name; use 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit`);
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

// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(8959);
// EXTERNAL MODULE: ./build/stages/judge.js + 1 modules
var judge = __webpack_require__(2682);
// EXTERNAL MODULE: ./build/contracts/index.js + 4 modules
var contracts = __webpack_require__(2358);
// EXTERNAL MODULE: ./build/stages/timing.js
var stages_timing = __webpack_require__(8810);
;// CONCATENATED MODULE: ./build/stages/verify.js
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
    const path = scopedStore(root, { environment: from }).pathOf('release', sha);
    if (checking.includes(from)) {
        return [{ file: path, field: 'promotedFrom', message: `leads back to ${from} (${[...checking, from].join(' → ')}): promotion cannot go round in a circle` }];
    }
    const report = await verifyChain(root, sha, { environment: from, promotionCheck: true, ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) }, checking);
    const reasons = report.failures
        .slice(0, judge/* MAX_REASONS_PER_FILE */.Bl)
        .map((failure) => ({ file: failure.file, field: failure.field, message: `${failure.message} (so the ${from} decision ${path} does not hold)` }));
    if (report.failures.length > judge/* MAX_REASONS_PER_FILE */.Bl)
        reasons.push({ file: path, field: '(file)', message: `and ${report.failures.length - judge/* MAX_REASONS_PER_FILE */.Bl} more problems with the ${from} decision` });
    return reasons;
}
async function verifyChain(root, sha, options, checking) {
    // A release decided in environments: is checked on the evidence of the environment it decides for.
    const releaseRead = options.environment === undefined ? await root.read('release', sha) : undefined;
    const environment = options.environment ?? (releaseRead?.state === 'valid' && 'environment' in releaseRead.value ? releaseRead.value.environment : undefined);
    const store = scopedStore(root, { environment });
    const reads = Object.fromEntries(await Promise.all(contracts/* contractKinds */.Ym.map(async (kind) => [kind, await store.read(kind, sha)])));
    if (environment !== undefined)
        reads.environment = environment;
    const decisionRead = reads.release;
    const promotedFrom = decisionRead.state === 'valid' && 'promotedFrom' in decisionRead.value ? decisionRead.value.promotedFrom : null;
    if (promotedFrom) {
        const read = await scopedStore(root, { environment: promotedFrom }).read('release', sha);
        const unverified = read.state === 'valid' ? await previousDecisionProblems(root, sha, promotedFrom, options, [...checking, environment ?? '']) : [];
        reads.promotion = { from: promotedFrom, read, unverified };
    }
    const checked = contracts/* contractKinds */.Ym.map((kind) => {
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
                message: `missing: no ${contracts/* contracts */.Mh[kind].title.toLowerCase()} (${writer} writes it), so the release is not complete; give --partial to check a release still in progress`,
            });
        }
    }
    // The release's decision, when it names an environment, is that environment's: the same file.
    if (releaseRead?.state === 'valid' && environment !== undefined)
        add(releaseDecisionFailures(releaseRead, reads.release, options));
    for (const kind of contracts/* contractKinds */.Ym) {
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
        const policy = (0,judge/* judgePolicy */.CL)(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false });
        add((0,judge/* judgeReleaseEvidence */.e_)(sha, reads, policy).faults.map(asFailure));
    }
    const unique = [...new Map(failures.map((failure) => [`${failure.file}\n${failure.field}\n${failure.message}`, failure])).values()];
    return { sha, ok: unique.length === 0, complete, failures: unique, checked };
}
/** At most MAX_REASONS_PER_FILE of one file's problems, the rest counted. */
function cappedFailures(file, problems) {
    const shown = problems.slice(0, judge/* MAX_REASONS_PER_FILE */.Bl).map((problem) => ({ file, field: problem.field, message: problem.message }));
    if (problems.length > judge/* MAX_REASONS_PER_FILE */.Bl)
        shown.push({ file, field: '(file)', message: `and ${problems.length - judge/* MAX_REASONS_PER_FILE */.Bl} more problems in this file` });
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
    let timingThen = timingEntry ? (0,stages_timing/* timingAsDecided */.xO)(readsNow.pipeline, timingEntry, decision.decidedAt, judge/* CLOCK_SKEW_MS */.rn) : undefined;
    // Checked for a promotion, the timing has moved on by design: this very run's stages (deploy-gate,
    // the next decision) append to it first, and a decision taken again replaces its run's close,
    // which no cut of the file gives back. The decision is then judged on the stages finished by it.
    const timingMoved = options.promotionCheck === true && timingThen === undefined && timingEntry?.state === 'valid' && readsNow.pipeline.state === 'valid';
    if (timingMoved && readsNow.pipeline.state === 'valid')
        timingThen = (0,stages_timing/* timingFinishedBy */.cD)(readsNow.pipeline, decision.decidedAt, judge/* CLOCK_SKEW_MS */.rn);
    const reads = timingThen ? { ...readsNow, pipeline: timingThen } : readsNow;
    decision.evidence.forEach((entry, index) => {
        if (!contracts/* contractKinds */.Ym.includes(entry.kind)) {
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
    if (decision.evidence.some((entry) => contracts/* contractKinds */.Ym.includes(entry.kind) && elsewhere(entry, reads[entry.kind])))
        return failures;
    const required = (kind) => decision.evidence.some((entry) => entry.kind === kind && entry.required);
    const policy = (0,judge/* judgePolicy */.CL)(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) });
    const judgement = (0,judge/* judgeReleaseEvidence */.e_)(sha, reads, policy);
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
    return (0,canonical/* canonicalJson */.dj)(relative(decision.reasons, folderThen)) === (0,canonical/* canonicalJson */.dj)(relative(now, folderNow));
}
function describeReasons(reasons) {
    if (reasons.length === 0)
        return 'none';
    return reasons.map(release_decision/* formatReason */.K9).join('; ');
}

;// CONCATENATED MODULE: ./build/stages/release-decision.js







const RELEASE_DECISION_STAGE = 'release-decision';
/**
 * The evidence of a decision: for an environment, its own acceptance, deployment and verification
 * (the package, commit stage and timing are shared) and the previous environment's decision.
 */
async function readDecisionEvidence(root, sha, environment, policy = {}) {
    const store = environment ? scopedStore(root, { environment: environment.name }) : root;
    let promotion;
    if (environment?.promotedFrom) {
        const from = environment.promotedFrom;
        const read = await scopedStore(root, { environment: from }).read('release', sha);
        // Verified as `shipgate verify --environment <from>` would: a YES written by hand lets nothing in.
        const unverified = read.state === 'valid' ? await previousDecisionProblems(root, sha, from, policy, [environment.name]) : [];
        promotion = { from, read, unverified };
    }
    const [releasePackage, commitStage, acceptance, deployment, production, pipeline] = await Promise.all([
        store.read('release-package', sha),
        store.read('commit-stage', sha),
        store.read('acceptance', sha),
        store.read('deployment', sha),
        store.read('production', sha),
        store.read('pipeline', sha),
    ]);
    return { 'release-package': releasePackage, 'commit-stage': commitStage, acceptance, deployment, production, pipeline, ...(environment ? { environment: environment.name } : {}), ...(promotion ? { promotion } : {}) };
}
/**
 * Decides YES or NO for a SHA, writes the decision and closes the pipeline timing with this
 * stage's own run. Never throws for bad evidence: that is a NO with reasons.
 */
async function decideRelease(input, ports) {
    const startedAt = ports.clock.now();
    // The decision closes the timing it read: a stage appending between the read and the close would
    // be lost, so it holds the timing's lock, as an appending stage does.
    return ports.store.exclusively('pipeline', input.sha, stages_timing/* TIMING_LOCK_WAIT */.lm, () => decide(input, ports, startedAt));
}
async function decide(input, ports, startedAt) {
    const { sha, repository, environment } = input;
    const { clock, logger } = ports;
    const root = ports.store;
    const store = environment ? scopedStore(root, { environment: environment.name }) : root;
    // Only the release's own decision closes the timing: an earlier environment's is a step of it.
    const closes = !environment || environment.final;
    const commitTime = input.commitTime ?? null;
    const reads = await readDecisionEvidence(root, sha, environment, input.policy);
    // Judged at the time the decision records, so that verify, judging again at decidedAt, meets the
    // same clock and the same reasons word for word.
    const decidedAt = clock.now();
    const judgement = (0,judge/* judgeReleaseEvidence */.e_)(sha, reads, (0,judge/* judgePolicy */.CL)(decidedAt, input.policy));
    const previous = await store.read('release', sha);
    const path = store.pathOf('release', sha);
    // A rerun over unchanged evidence (the timing included, as the last run closed it) must not
    // append a second run or move decidedAt: nothing changes, nothing is written.
    const timingRead = reads.pipeline;
    const labels = environment ? { environment: environment.name, promotedFrom: environment.promotedFrom } : {};
    if (previous.state === 'valid' &&
        timingRead.state === 'valid' &&
        (!closes || (0,stages_timing/* latestRun */.hH)(timingRead.value)?.closed?.commitTime === (commitTime?.toISOString() ?? null)) &&
        sameDecision(previous.value, { sha, repository, packageDigest: judgement.packageDigest, decision: judgement.decision, status: judgement.status, reasons: judgement.reasons, evidence: judgement.evidence, ...labels })) {
        logger.info(`${path}: unchanged: the evidence is the same as when ${previous.value.decision} was decided at ${previous.value.decidedAt}`);
        if (environment?.final)
            await root.write('release', sha, previous.value);
        return { decision: previous.value, path, timing: timingRead.value, written: false };
    }
    let evidence = judgement.evidence;
    let timing = null;
    const trustedTiming = timingRead.state === 'missing' ? (0,stages_timing/* emptyTiming */.C2)(sha) : timingRead.state === 'valid' && timingRead.value.sha === sha ? timingRead.value : null;
    if (!closes) {
        // The timing stays open for the environments still to come.
    }
    else if (trustedTiming === null) {
        // Invalid timing stays as it is for someone to look at; the judgement already says NO for it.
        logger.warning(`${timingRead.path}: not closed: the timing evidence cannot be trusted`, { file: timingRead.path });
    }
    else {
        const run = input.run ?? { id: stages_timing/* UNNUMBERED_LOCAL_RUN_ID */.A5, attempt: 1 };
        timing = (0,stages_timing/* closeRun */.Ql)(trustedTiming, {
            stage: { stage: RELEASE_DECISION_STAGE, startedAt, finishedAt: decidedAt, outcome: judgement.decision === 'YES' ? 'success' : 'no', run },
            closedAt: decidedAt,
            commitTime,
        });
        const written = await store.write('pipeline', sha, timing);
        // The decision records the timing as it leaves it, so that verify can hold the file to it.
        evidence = evidence.map((entry) => (entry.kind === 'pipeline' ? { ...entry, state: 'valid', digest: written.digest } : entry));
    }
    const body = {
        sha,
        repository,
        packageDigest: judgement.packageDigest,
        decision: judgement.decision,
        status: judgement.status,
        reasons: judgement.reasons,
        evidence,
        decidedAt: decidedAt.toISOString(),
    };
    let decision = environment
        ? { schema: release_decision/* RELEASE_DECISION_SCHEMA_V2 */.AK, ...body, environment: environment.name, promotedFrom: environment.promotedFrom }
        : { schema: release_decision/* RELEASE_DECISION_SCHEMA */.h, ...body };
    if (previous.state === 'valid' && sameDecision(previous.value, decision))
        decision = { ...decision, decidedAt: previous.value.decidedAt };
    const written = await store.write('release', sha, decision);
    // The last environment's decision is the release's: what send-mail, deliver, show and verify read.
    if (environment?.final)
        await root.write('release', sha, decision);
    // Logged, not annotated: the action annotates a NO once, on the evidence file at fault (the
    // first reason, its cause), which is where the reader has to look, not this decision file.
    logger.info(`${path}: ${decision.decision} (${decision.status}) for ${sha}`);
    for (const reason of decision.reasons)
        logger.info(`  ${(0,release_decision/* formatReason */.K9)(reason)}`);
    return { decision, path, timing, written: written.written };
}
/** Equal in everything but decidedAt. */
function sameDecision(recorded, candidate) {
    const { schema: _schema, decidedAt: _decidedAt, ...recordedBody } = recorded;
    const { schema: _candidateSchema, decidedAt: _candidateDecidedAt, ...candidateBody } = candidate;
    return (0,canonical/* canonicalJson */.dj)(recordedBody) === (0,canonical/* canonicalJson */.dj)(candidateBody);
}
/**
 * When the release commit was made: the given time, else the push event's head commit when the
 * push is this SHA, else git's committer date; null when none of them knows.
 */
async function resolveCommitTime(given, sha, ports) {
    if (given)
        return given;
    let payload;
    try {
        payload = (0,run_environment/* readEventPayload */.N5)(ports.environment);
    }
    catch (error) {
        // The lead time is a measurement, not evidence: an unreadable payload must not block a release.
        ports.logger.warning(`commit time: ${error.message}`);
    }
    const headCommit = payload?.head_commit;
    if (payload?.after === sha && typeof headCommit?.timestamp === 'string') {
        const timestamp = new Date(headCommit.timestamp);
        if (!Number.isNaN(timestamp.getTime()))
            return timestamp;
    }
    const log = await ports.exec.run('git', ['log', '-1', '--format=%cI', sha], { cwd: ports.environment.workspace });
    const committed = new Date(log.stdout.trim());
    if (log.exitCode === 0 && !Number.isNaN(committed.getTime()))
        return committed;
    ports.logger.warning(`commit time of ${sha} is unknown (git log: ${log.stderr.trim() || `exit ${log.exitCode}`}); the lead time is left out; give the commit-time input to record it`);
    return null;
}


/***/ })

};
