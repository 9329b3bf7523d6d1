export const id = 676;
export const ids = [676];
export const modules = {

/***/ 3436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ym: () => (/* binding */ contractKinds),
  Mh: () => (/* binding */ contracts),
  cn: () => (/* reexport */ field_path/* fieldPath */.c),
  Ic: () => (/* binding */ schemaProblems)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./build/contracts/common.js + 1 modules
var common = __webpack_require__(2318);
;// CONCATENATED MODULE: ./build/contracts/acceptance-result.js
// The acceptance result: one YES or NO for the package that was tested, with every check's outcome.
// v1 is a plain run's; v2 also names the environment of `environments:` it was taken in and, for
// one shard of a sharded run, which shard it is.


const ACCEPTANCE_RESULT_SCHEMA = 'shipgate.acceptance-result/v1';
const ACCEPTANCE_RESULT_SCHEMA_V2 = 'shipgate.acceptance-result/v2';
/** The most shards a run may be split into (as parseShard allows). */
const MAX_ACCEPTANCE_SHARDS = 256;
const acceptanceShard = schemas/* object */.Ikc({
    index: schemas/* number */.aig().int().min(1).describe('Which shard this is, 1-based.'),
    total: schemas/* number */.aig().int().min(1).max(MAX_ACCEPTANCE_SHARDS).describe('How many shards the checks were split into.'),
})
    .strict()
    .refine((shard) => shard.index <= shard.total, { message: 'index must not be greater than total', path: ['index'] });
const acceptanceResultV1 = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(ACCEPTANCE_RESULT_SCHEMA),
    sha: common/* commitSha */.mJ,
    packageDigest: common/* digest */.br.describe('The release package that was tested.'),
    decision: common/* decision */.xR,
    degraded: schemas/* boolean */.zMY().describe('True when an optional check failed: release-decision makes it partial_success.'),
    scope: common/* scopeFlags */.SV,
    startedAt: common/* timestamp */.vE,
    finishedAt: common/* timestamp */.vE,
    checks: schemas/* array */.YOg(common/* checkOutcome */.Tx),
    evidence: schemas/* array */.YOg(common/* evidenceLink */.Ow).describe('The evidence acceptance read.'),
})
    .strict();
const acceptanceResultV2 = acceptanceResultV1
    .extend({
    schema: schemas/* literal */.euz(ACCEPTANCE_RESULT_SCHEMA_V2),
    environment: common/* environmentName */.VE
        .nullable()
        .describe('The environment of `environments:` whose checks ran; null for a sharded run without environments.'),
    shard: acceptanceShard
        .optional()
        .describe("Set on one shard's partial result (it lists only that shard's checks); absent on a whole or merged result."),
})
    .strict();
const acceptanceResult = schemas/* discriminatedUnion */.gMt('schema', [acceptanceResultV1, acceptanceResultV2]);
/**
 * The result in the version its scope calls for: v1, exactly as before, for a plain run (so a
 * plain run's evidence and digests do not change); v2 when an environment or a shard is set.
 */
function versionedAcceptanceResult(body, where) {
    if (where.environment === undefined && where.shard === undefined)
        return { schema: ACCEPTANCE_RESULT_SCHEMA, ...body };
    return { schema: ACCEPTANCE_RESULT_SCHEMA_V2, ...body, environment: where.environment ?? null, ...(where.shard ? { shard: where.shard } : {}) };
}

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

;// CONCATENATED MODULE: ./build/contracts/release-decision.js
// The release decision: the final YES/NO and status, and the digest of every piece of evidence
// it was taken on.


const RELEASE_DECISION_SCHEMA = 'shipgate.release-decision/v1';
/** v2: the decision for one environment of `environments:`, which it names; production's is the release's. */
const RELEASE_DECISION_SCHEMA_V2 = 'shipgate.release-decision/v2';
const releaseStatus = schemas/* enum */.k5n(['success', 'partial_success', 'failure']);
const decisionReason = schemas/* object */.Ikc({
    file: schemas/* string */.YjP().optional().describe('The evidence file the reason is about, relative to the artifacts folder.'),
    field: schemas/* string */.YjP().optional().describe('The field in that file, e.g. components[2].ref.'),
    message: schemas/* string */.YjP().min(1),
})
    .strict();
/** `file: field: message`, leaving out what a reason does not name; a reason about the whole file (field `(file)`) reads `file: message`. */
function formatReason(reason) {
    return [reason.file, reason.field === '(file)' ? undefined : reason.field, reason.message].filter((part) => part !== undefined).join(': ');
}
const releaseDecisionV1 = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(RELEASE_DECISION_SCHEMA),
    sha: common/* commitSha */.mJ,
    repository: common/* repositoryName */.aR,
    packageDigest: common/* digest */.br.nullable().describe('The package the decision is about; null when no valid manifest was found.'),
    decision: common/* decision */.xR,
    status: releaseStatus,
    reasons: schemas/* array */.YOg(decisionReason).describe('Why the decision is NO or partial; empty for a clean YES.'),
    evidence: schemas/* array */.YOg(schemas/* object */.Ikc({
        kind: schemas/* string */.YjP(),
        path: schemas/* string */.YjP(),
        state: schemas/* enum */.k5n(['valid', 'missing', 'invalid']),
        digest: common/* digest */.br.nullable(),
        required: schemas/* boolean */.zMY(),
    })
        .strict())
        .describe('Every piece of evidence considered, with the digest of what was read.'),
    decidedAt: common/* timestamp */.vE,
})
    .strict();
const releaseDecisionV2 = releaseDecisionV1
    .extend({
    schema: schemas/* literal */.euz(RELEASE_DECISION_SCHEMA_V2),
    environment: common/* environmentName */.VE.describe('The environment this decision is for; the last one of `environments:` decides the release.'),
    promotedFrom: common/* environmentName */.VE
        .nullable()
        .describe('The environment whose YES for the same package let it in; null for the first environment.'),
})
    .strict();
const releaseDecision = schemas/* discriminatedUnion */.gMt('schema', [releaseDecisionV1, releaseDecisionV2]);

// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
;// CONCATENATED MODULE: ./build/contracts/release-package.js
// The release-package manifest: the one package build-once makes and every later stage acts on.
// Its `digest` covers its own canonical JSON without that field, so any edit shows.



/** The version build-once writes. v2: the release section of the playbook's multi-repo manifest, resolved. */
const RELEASE_PACKAGE_SCHEMA = 'shipgate.release-package/v2';
/** Packages sealed before v2; still read, and their digests stay what later evidence recorded. */
const RELEASE_PACKAGE_SCHEMA_V1 = 'shipgate.release-package/v1';
const imageComponent = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('image'),
    name: schemas/* string */.YjP().min(1).describe('The component name, e.g. api.'),
    ref: common/* pinnedImageRef */.n1,
})
    .strict();
const fileComponent = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('file'),
    name: schemas/* string */.YjP().min(1),
    path: schemas/* string */.YjP().min(1).describe('The file path relative to the repository root.'),
    size: schemas/* number */.aig().int().nonnegative().describe('Size in bytes.'),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
})
    .strict();
const releaseComponent = schemas/* discriminatedUnion */.gMt('kind', [imageComponent, fileComponent]);
const hexCommitSha = schemas/* string */.YjP().regex(/^[0-9a-f]{7,40}$/, 'must be a hex commit SHA');
const migrationV1 = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().min(1),
    repository: schemas/* string */.YjP().optional(),
    description: schemas/* string */.YjP().optional(),
})
    .strict();
const releaseV1 = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().optional(),
    description: schemas/* string */.YjP().optional(),
    commits: schemas/* record */.g1P(schemas/* string */.YjP(), hexCommitSha).describe('The commit of each repository in the release, by owner/name.'),
    migrations: schemas/* array */.YOg(migrationV1),
    featureFlags: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* string */.YjP(), schemas/* number */.aig()])),
})
    .strict()
    .describe('The fields of the multi-repo release manifest.');
const migrationRevision = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().min(1),
    description: schemas/* string */.YjP().optional(),
})
    .strict();
/** One repository's migrations, in the manifest's order: revision ids in the order they run, or one file. */
const releaseMigration = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* object */.Ikc({
        repository: schemas/* string */.YjP().min(1),
        kind: schemas/* literal */.euz('revisions'),
        revisions: schemas/* array */.YOg(migrationRevision).min(1).describe('The revision ids, in the order they run.'),
    })
        .strict(),
    schemas/* object */.Ikc({
        repository: schemas/* string */.YjP().min(1),
        kind: schemas/* literal */.euz('file'),
        path: schemas/* string */.YjP().min(1).describe("The file's path relative to the release manifest's folder, as written."),
        size: schemas/* number */.aig().int().nonnegative().describe('Size in bytes.'),
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
    })
        .strict(),
]);
/** How a tag in the manifest's commits became a commit, and who said so. */
const commitResolution = schemas/* object */.Ikc({
    repository: schemas/* string */.YjP().min(1),
    tag: schemas/* string */.YjP().min(1).describe('The tag as the manifest names it.'),
    sha: common/* commitSha */.mJ.describe('The commit the tag points at (through an annotated tag object, if any).'),
    via: schemas/* enum */.k5n(['github-api', 'clone']).describe('github-api: the GitHub REST API; clone: git rev-parse in a local clone.'),
})
    .strict();
/** How a tag ref in the manifest's images was pinned from the build's buildx metadata. */
const imageResolution = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    tag: schemas/* string */.YjP().min(1).describe('The image ref as the manifest names it, e.g. registry/acme/api:1.4.2.'),
    ref: common/* pinnedImageRef */.n1,
    metadataFile: schemas/* string */.YjP().min(1).describe('The buildx metadata file whose image.name lists the tag ref.'),
})
    .strict();
const releaseV2 = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().optional(),
    description: schemas/* string */.YjP().optional(),
    commits: schemas/* record */.g1P(schemas/* string */.YjP(), hexCommitSha)
        .describe('The commit of each repository in the release, by owner/name: a SHA as written, or the commit its tag resolved to.'),
    resolutions: schemas/* array */.YOg(commitResolution).describe('Every tag in the manifest\'s commits, with the commit it resolved to.'),
    images: schemas/* record */.g1P(schemas/* string */.YjP(), common/* pinnedImageRef */.n1).describe("The manifest's images by component, every one pinned to a digest."),
    imageResolutions: schemas/* array */.YOg(imageResolution).describe('Every tag ref in the manifest\'s images, with the digest the build pinned it to.'),
    migrations: schemas/* array */.YOg(releaseMigration).describe('Per repository, in the manifest\'s order.'),
    featureFlags: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* string */.YjP(), schemas/* number */.aig()])),
})
    .strict()
    .describe('The multi-repo release manifest, resolved: tags to commits, image tags to digests, migration files to their digests.');
const packageFields = {
    sha: common/* commitSha */.mJ,
    repository: common/* repositoryName */.aR,
    createdAt: common/* timestamp */.vE,
    source: schemas/* object */.Ikc({
        workflow: schemas/* string */.YjP(),
        runId: schemas/* string */.YjP(),
        runAttempt: schemas/* string */.YjP(),
        event: schemas/* string */.YjP(),
        ref: schemas/* string */.YjP(),
    })
        .strict()
        .describe('The run that built the package.'),
    scope: common/* scopeFlags */.SV,
    runtime: schemas/* discriminatedUnion */.gMt('mode', [
        schemas/* object */.Ikc({ mode: schemas/* literal */.euz('built') }).strict(),
        schemas/* object */.Ikc({
            mode: schemas/* literal */.euz('captured'),
            fromSha: common/* commitSha */.mJ.describe('The earlier release whose components were captured.'),
            fromPackageDigest: common/* digest */.br,
        })
            .strict(),
    ])
        .describe('built: components were built for this SHA; captured: runtime did not change and the components of an earlier YES release were reused.'),
    components: schemas/* array */.YOg(releaseComponent)
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
const releasePackageV1Body = schemas/* object */.Ikc({ schema: schemas/* literal */.euz(RELEASE_PACKAGE_SCHEMA_V1), ...packageFields, release: releaseV1 }).strict();
const releasePackageV2Body = schemas/* object */.Ikc({ schema: schemas/* literal */.euz(RELEASE_PACKAGE_SCHEMA), ...packageFields, release: releaseV2 }).strict();
// A discriminated union on `schema`: a v1 document parses as it was written, so its digest holds.
const releasePackageBody = schemas/* discriminatedUnion */.gMt('schema', [releasePackageV1Body, releasePackageV2Body]);
const sealedDigest = { digest: common/* digest */.br.describe('The digest of this manifest\'s canonical JSON without the digest field.') };
const releasePackageManifest = schemas/* discriminatedUnion */.gMt('schema', [
    releasePackageV1Body.extend(sealedDigest).strict(),
    releasePackageV2Body.extend(sealedDigest).strict(),
]);
/** Seals a manifest body with the digest of its canonical JSON. */
function sealReleasePackage(body) {
    return { ...body, digest: digestOf(body) };
}
/** The digest a manifest should carry, recomputed from everything but its digest field. */
function expectedPackageDigest(manifest) {
    const { digest: _recorded, ...body } = manifest;
    return (0,canonical/* digestOf */.ol)(body);
}
/** Component name -> pinned image ref or `sha256:<hex>` of the file, as promote outputs them. */
function componentRefs(manifest) {
    return Object.fromEntries(manifest.components.map((component) => [
        component.name,
        component.kind === 'image' ? component.ref : `sha256:${component.sha256}`,
    ]));
}

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
        schema: releasePackageManifest,
        immutable: true,
        verify: (manifest) => {
            const expected = expectedPackageDigest(manifest);
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
        schema: acceptanceResult,
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
        schema: releaseDecision,
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

/***/ 3676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B1: () => (/* binding */ assertSha),
  vf: () => (/* binding */ parseEvidence),
  requireValid: () => (/* binding */ requireValid),
  wN: () => (/* binding */ serializeEvidence)
});

// UNUSED EXPORTS: describeProblems

// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
// EXTERNAL MODULE: ./build/contracts/common.js + 1 modules
var common = __webpack_require__(2318);
// EXTERNAL MODULE: ./build/contracts/index.js + 7 modules
var contracts = __webpack_require__(3436);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/evidence/encodable-json.js
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
        return (0,errors/* escapeLoneSurrogates */.nn)((0,contracts/* fieldPath */.cn)(path.reverse()));
    };
    const pending = [{ value: json }];
    while (pending.length > 0 && problems.length < MAX_UNENCODABLE_PROBLEMS) {
        const place = pending.pop();
        const { value } = place;
        if (typeof value === 'string') {
            const surrogate = LONE_SURROGATE.exec(value)?.[0];
            if (surrogate)
                problems.push({ field: fieldOf(place), message: `holds a lone UTF-16 surrogate (${(0,errors/* escapeLoneSurrogates */.nn)(surrogate)}), which canonical JSON cannot encode` });
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
                    problems.push({ field: fieldOf(place, key), message: `is a key that holds a lone UTF-16 surrogate (${(0,errors/* escapeLoneSurrogates */.nn)(surrogate)}), which canonical JSON cannot encode` });
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
                problems.push({ field: (0,errors/* escapeLoneSurrogates */.nn)((0,contracts/* fieldPath */.cn)([...at.slice(0, top), key])), message: 'is a duplicate key: the object holds it more than once, and a reader would see only the last' });
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

;// CONCATENATED MODULE: ./build/evidence/store.js
// The evidence store: every contract under `<artifacts-dir>/<kind>/<sha>/<file>.json`, validated on
// the way in and on the way out. One interface; the local folder is the first backend, the GitHub
// artifact backend sits behind the same interface.





/** Refuses anything but a full lowercase SHA, so nothing derived from input can leave the folder. */
function assertSha(sha, what = 'sha') {
    if (!common/* SHA_PATTERN */.yw.test(sha)) {
        throw new errors/* ConfigurationError */.j1(`${what}: '${sha}' is not a full commit SHA; give the 40-character lowercase hex SHA (git rev-parse HEAD)`);
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
        throw new errors/* EvidenceError */.oe(`${read.path}: missing: no ${read.kind} evidence for this SHA`, { file: read.path });
    }
    throw new errors/* EvidenceError */.oe(describeProblems(read.path, read.problems), { file: read.path });
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
        return { ok: false, problems: [{ field: '(root)', message: `not valid JSON (${(0,errors/* escapeLoneSurrogates */.nn)(error.message)})` }] };
    }
    const jsonProblems = [...duplicateKeyProblems(text), ...unencodableJsonProblems(json)];
    if (jsonProblems.length > 0)
        return { ok: false, problems: jsonProblems };
    const spec = contracts/* contracts */.Mh[kind];
    const schemaField = json?.schema;
    const readable = [spec.id, ...(spec.readable ?? [])];
    if (typeof schemaField === 'string' && !readable.includes(schemaField)) {
        return { ok: false, problems: [{ field: 'schema', message: `is '${schemaField}', expected ${readable.map((id) => `'${id}'`).join(' or ')}` }] };
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success)
        return { ok: false, problems: (0,contracts/* schemaProblems */.Ic)(parsed.error) };
    const value = parsed.data;
    const problems = spec.verify?.(value) ?? [];
    if (problems.length > 0)
        return { ok: false, problems };
    return { ok: true, value, digest: (0,canonical/* digestOf */.ol)(value) };
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


/***/ })

};
