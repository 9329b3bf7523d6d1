export const id = 7066;
export const ids = [7066];
export const modules = {

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

/***/ 27066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decideRelease: () => (/* binding */ decideRelease),
/* harmony export */   resolveCommitTime: () => (/* binding */ resolveCommitTime)
/* harmony export */ });
/* unused harmony exports RELEASE_DECISION_STAGE, readDecisionEvidence */
/* harmony import */ var _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59084);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41854);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46174);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48959);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72029);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8810);






const RELEASE_DECISION_STAGE = 'release-decision';
/**
 * The evidence of a decision: for an environment, its own acceptance, deployment and verification
 * (the package, commit stage and timing are shared) and the previous environment's decision.
 */
async function readDecisionEvidence(root, sha, environment) {
    const store = environment ? (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_2__/* .scopedStore */ .sy)(root, { environment: environment.name }) : root;
    const promotion = environment?.promotedFrom
        ? { from: environment.promotedFrom, read: await (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_2__/* .scopedStore */ .sy)(root, { environment: environment.promotedFrom }).read('release', sha) }
        : undefined;
    const [releasePackage, commitStage, acceptance, deployment, production, pipeline] = await Promise.all([
        store.read('release-package', sha),
        store.read('commit-stage', sha),
        store.read('acceptance', sha),
        store.read('deployment', sha),
        store.read('production', sha),
        store.read('pipeline', sha),
    ]);
    return { 'release-package': releasePackage, 'commit-stage': commitStage, acceptance, deployment, production, pipeline, ...(promotion ? { promotion } : {}) };
}
/**
 * Decides YES or NO for a SHA, writes the decision and closes the pipeline timing with this
 * stage's own run. Never throws for bad evidence: that is a NO with reasons.
 */
async function decideRelease(input, ports) {
    const startedAt = ports.clock.now();
    // The decision closes the timing it read: a stage appending between the read and the close would
    // be lost, so it holds the timing's lock, as an appending stage does.
    return ports.store.exclusively('pipeline', input.sha, _timing_js__WEBPACK_IMPORTED_MODULE_5__/* .TIMING_LOCK_WAIT */ .lm, () => decide(input, ports, startedAt));
}
async function decide(input, ports, startedAt) {
    const { sha, repository, environment } = input;
    const { clock, logger } = ports;
    const root = ports.store;
    const store = environment ? (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_2__/* .scopedStore */ .sy)(root, { environment: environment.name }) : root;
    // Only the release's own decision closes the timing: an earlier environment's is a step of it.
    const closes = !environment || environment.final;
    const commitTime = input.commitTime ?? null;
    const reads = await readDecisionEvidence(root, sha, environment);
    // Judged at the time the decision records, so that verify, judging again at decidedAt, meets the
    // same clock and the same reasons word for word.
    const decidedAt = clock.now();
    const judgement = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(decidedAt, input.policy));
    const previous = await store.read('release', sha);
    const path = store.pathOf('release', sha);
    // A rerun over unchanged evidence (the timing included, as the last run closed it) must not
    // append a second run or move decidedAt: nothing changes, nothing is written.
    const timingRead = reads.pipeline;
    const labels = environment ? { environment: environment.name, promotedFrom: environment.promotedFrom } : {};
    if (previous.state === 'valid' &&
        timingRead.state === 'valid' &&
        (!closes || (0,_timing_js__WEBPACK_IMPORTED_MODULE_5__/* .latestRun */ .hH)(timingRead.value)?.closed?.commitTime === (commitTime?.toISOString() ?? null)) &&
        sameDecision(previous.value, { sha, repository, packageDigest: judgement.packageDigest, decision: judgement.decision, status: judgement.status, reasons: judgement.reasons, evidence: judgement.evidence, ...labels })) {
        logger.info(`${path}: unchanged: the evidence is the same as when ${previous.value.decision} was decided at ${previous.value.decidedAt}`);
        if (environment?.final)
            await root.write('release', sha, previous.value);
        return { decision: previous.value, path, timing: timingRead.value, written: false };
    }
    let evidence = judgement.evidence;
    let timing = null;
    const trustedTiming = timingRead.state === 'missing' ? (0,_timing_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyTiming */ .C2)(sha) : timingRead.state === 'valid' && timingRead.value.sha === sha ? timingRead.value : null;
    if (!closes) {
        // The timing stays open for the environments still to come.
    }
    else if (trustedTiming === null) {
        // Invalid timing stays as it is for someone to look at; the judgement already says NO for it.
        logger.warning(`${timingRead.path}: not closed: the timing evidence cannot be trusted`, { file: timingRead.path });
    }
    else {
        const run = input.run ?? { id: _timing_js__WEBPACK_IMPORTED_MODULE_5__/* .UNNUMBERED_LOCAL_RUN_ID */ .A5, attempt: 1 };
        timing = (0,_timing_js__WEBPACK_IMPORTED_MODULE_5__/* .closeRun */ .Ql)(trustedTiming, {
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
        ? { schema: _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_DECISION_SCHEMA_V2 */ .AK, ...body, environment: environment.name, promotedFrom: environment.promotedFrom }
        : { schema: _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_DECISION_SCHEMA */ .h, ...body };
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
        logger.info(`  ${(0,_contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReason */ .K9)(reason)}`);
    return { decision, path, timing, written: written.written };
}
/** Equal in everything but decidedAt. */
function sameDecision(recorded, candidate) {
    const { schema: _schema, decidedAt: _decidedAt, ...recordedBody } = recorded;
    const { schema: _candidateSchema, decidedAt: _candidateDecidedAt, ...candidateBody } = candidate;
    return (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(recordedBody) === (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(candidateBody);
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
        payload = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventPayload */ .N5)(ports.environment);
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
