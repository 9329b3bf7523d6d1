export const id = 94;
export const ids = [94,810];
export const modules = {

/***/ 1854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony export sha256Hex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
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

/***/ 7891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ PIPELINE_TIMING_SCHEMA_V2),
/* harmony export */   TV: () => (/* binding */ pipelineTiming),
/* harmony export */   aQ: () => (/* binding */ LEGACY_RUN_ID)
/* harmony export */ });
/* unused harmony exports PIPELINE_TIMING_SCHEMA, pipelineRun, stageTiming, pipelineClose, runStageTiming, runClose */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2318);
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

/***/ 94:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commitGate: () => (/* binding */ commitGate)
});

// UNUSED EXPORTS: latestAttempt

// EXTERNAL MODULE: ./build/contracts/commit-stage.js
var commit_stage = __webpack_require__(2828);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/platform/github-api.js
var github_api = __webpack_require__(6826);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
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

// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
// EXTERNAL MODULE: ./build/contracts/index.js + 3 modules
var contracts = __webpack_require__(1542);
// EXTERNAL MODULE: ./build/contracts/release-decision.js
var release_decision = __webpack_require__(9084);
// EXTERNAL MODULE: ./build/contracts/common.js + 1 modules
var common = __webpack_require__(2318);
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

// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(8420);
// EXTERNAL MODULE: ./build/contracts/acceptance-result.js
var acceptance_result = __webpack_require__(723);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(3021);
;// CONCATENATED MODULE: ./build/stages/verdicts.js

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
        problems.push({ field: 'drift.findings', message: `holds ${(0,markdown/* plural */.LS)(evidence.drift.findings.length, 'finding')} with drift mode fail, but passed is true` });
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
        return [{ field: 'reasons', message: `holds ${(0,markdown/* plural */.LS)(reasons.length, 'reason')}, but status is success: a clean YES has none` }];
    if (status !== 'success' && reasons.length === 0)
        return [{ field: 'reasons', message: `is empty, but status is ${status}: it must say why` }];
    return [];
}

;// CONCATENATED MODULE: ./build/stages/judge.js




/** The evidence a release decision reads, in the order it is shown. */
const decisionEvidenceKinds = ['release-package', 'commit-stage', 'acceptance', 'deployment', 'production', 'pipeline'];
/** The environment the single flow (no `environments:`) deploys to and verifies: deploy-gate's default, `shipgate pipeline`'s. */
const SINGLE_FLOW_ENVIRONMENT = 'production';
/** How many problems of one file a decision lists; the rest are counted in one more reason, so that a huge file gives a readable decision. */
const MAX_REASONS_PER_FILE = 20;
/** The order the stages write the evidence in, which is the order causes come in: commit-gate runs before build-once. */
const PIPELINE_ORDER = ['commit-stage', 'release-package', 'acceptance', 'deployment', 'production', 'pipeline'];
// Named in "missing" reasons so that the reader knows which step did not run.
const WRITTEN_BY = {
    'release-package': 'build-once',
    'commit-stage': 'commit-gate',
    acceptance: 'acceptance',
    deployment: 'deploy-gate',
    production: 'prod-verify',
    pipeline: 'the pipeline stages',
};
const DEFAULT_MAX_EVIDENCE_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** How far a timestamp may lie ahead of the judge's clock: runners' clocks differ a little. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
function judgePolicy(now, overrides = {}) {
    return { now, maxEvidenceAgeMs: DEFAULT_MAX_EVIDENCE_AGE_MS, clockSkewMs: CLOCK_SKEW_MS, requireDeployment: true, requireAcceptance: true, requireProduction: true, ...overrides };
}
function isRequired(kind, policy) {
    if (kind === 'deployment')
        return policy.requireDeployment;
    if (kind === 'acceptance')
        return policy.requireAcceptance;
    if (kind === 'production')
        return policy.requireProduction;
    return kind === 'release-package';
}
/** Evidence that contradicts itself, another file or the clock: a NO, and a failure for verify. */
function fault(findings, reasons) {
    for (const reason of reasons) {
        findings.blocking.push(reason);
        findings.faults.push(reason);
    }
}
/**
 * At most MAX_REASONS_PER_FILE of a file's problems, the rest counted in one last reason: a file
 * with 100,000 broken entries must give a decision a person can read (and no argument-list limit).
 */
function cappedReasons(file, problems) {
    const shown = problems.slice(0, MAX_REASONS_PER_FILE).map((problem) => ({ file, field: problem.field, message: problem.message }));
    if (problems.length > MAX_REASONS_PER_FILE)
        shown.push({ file, field: '(file)', message: `and ${problems.length - MAX_REASONS_PER_FILE} more problems in this file` });
    return shown;
}
/**
 * The release decision's judgement of acceptance alone: every reason it would give the acceptance
 * result a NO (missing, invalid, another SHA, package, environment or a shard's part, a summary its
 * checks contradict, out of time order). deploy-gate admits a package on this, so that it never
 * deploys on an acceptance the decision would call NO. Degradations are no reason: partial success is a YES.
 */
function acceptanceNoReasons(sha, reads, policy) {
    const findings = { blocking: [], faults: [], degradations: [] };
    const read = reads.acceptance;
    if (read.state === 'missing')
        return [{ file: read.path, field: '(file)', message: `missing: no acceptance evidence for this SHA (${WRITTEN_BY.acceptance} writes it)` }];
    fault(findings, presenceProblems(sha, read));
    const valid = validFor(sha, read);
    if (valid)
        judgeAcceptance(valid, { policy, manifest: validFor(sha, reads['release-package']), reads, findings });
    return findings.blocking;
}
function judgeReleaseEvidence(sha, reads, policy) {
    const findings = { blocking: [], faults: [], degradations: [] };
    if (reads.promotion) {
        // Not promoted: the package never entered this environment, so whatever of its evidence is
        // here (an earlier run's) says nothing; the previous environment's answer is the whole reason.
        const promotion = { blocking: [], faults: [], degradations: [] };
        const manifest = validFor(sha, reads['release-package']);
        judgePromotion(sha, reads.promotion, undefined, { policy, manifest, reads, findings: promotion });
        if (promotion.blocking.length > 0) {
            const evidence = [...decisionEvidenceKinds.map((kind) => evidenceEntry(reads[kind], isRequired(kind, policy))), evidenceEntry(reads.promotion.read, true)];
            return { decision: 'NO', status: 'failure', reasons: promotion.blocking, faults: promotion.faults, evidence, packageDigest: manifest?.value.digest ?? null };
        }
    }
    const manifest = validFor(sha, reads['release-package']);
    const context = { policy, manifest, reads, findings };
    const deployment = validFor(sha, reads.deployment);
    const judges = {
        'commit-stage': (read) => judgeCommitStage(read, context),
        'release-package': (read) => judgeManifest(read, context),
        acceptance: (read) => judgeAcceptance(read, context),
        deployment: (read) => judgeDeployment(read, context),
        production: (read) => judgeProduction(read, deployment, context),
        pipeline: (read) => judgeTiming(read, context),
    };
    // Each piece in the order the pipeline writes them, its presence first: what a stage upstream
    // said (acceptance is NO) is named before what is missing downstream because of it (no deployment,
    // no production result), so a reader meets the cause first.
    for (const kind of PIPELINE_ORDER) {
        const read = reads[kind];
        if (read.state === 'missing') {
            if (isRequired(kind, policy))
                findings.blocking.push({ file: read.path, field: '(file)', message: `missing: no ${kind} evidence for this SHA (${WRITTEN_BY[kind]} writes it)` });
            continue;
        }
        fault(findings, presenceProblems(sha, read));
        const valid = validFor(sha, read);
        if (valid)
            judges[kind](valid);
    }
    if (reads.promotion)
        judgePromotion(sha, reads.promotion, deployment, context);
    const evidence = decisionEvidenceKinds.map((kind) => evidenceEntry(reads[kind], isRequired(kind, policy)));
    if (reads.promotion)
        evidence.push(evidenceEntry(reads.promotion.read, true));
    const packageDigest = manifest?.value.digest ?? null;
    const { faults } = findings;
    if (findings.blocking.length > 0)
        return { decision: 'NO', status: 'failure', reasons: findings.blocking, faults, evidence, packageDigest };
    if (findings.degradations.length > 0)
        return { decision: 'YES', status: 'partial_success', reasons: findings.degradations, faults, evidence, packageDigest };
    return { decision: 'YES', status: 'success', reasons: [], faults, evidence, packageDigest };
}
function validFor(sha, read) {
    return read.state === 'valid' && read.value.sha === sha ? read : undefined;
}
function presenceProblems(sha, read) {
    // Optional evidence that is present but broken is not trusted either: someone meant it to count.
    if (read.state === 'invalid')
        return cappedReasons(read.path, read.problems);
    if (read.value.sha !== sha)
        return [{ file: read.path, field: 'sha', message: `names ${read.value.sha}, not the release SHA ${sha}` }];
    return [];
}
function evidenceEntry(read, required) {
    return { kind: read.kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null, required };
}
function judgeManifest(manifest, context) {
    fault(context.findings, notInFuture(manifest.path, 'createdAt', manifest.value.createdAt, context.policy));
}
function judgeCommitStage(commitStage, context) {
    const { value, path } = commitStage;
    const { findings } = context;
    if (!value.passed) {
        findings.blocking.push({ file: path, field: 'passed', message: `is false: the required check '${value.check.name}' concluded ${value.check.conclusion}` });
    }
    fault(findings, commitStageContradictions(value).map((problem) => ({ file: path, ...problem })));
    fault(findings, notInFuture(path, 'recordedAt', value.recordedAt, context.policy));
}
function judgeAcceptance(acceptance, context) {
    const { value, path } = acceptance;
    const { findings } = context;
    fault(findings, packageProblems(acceptance, context, 'tested'));
    environmentProblems(acceptance, context, 'acceptance');
    if (value.schema === acceptance_result/* ACCEPTANCE_RESULT_SCHEMA_V2 */.VG && value.shard) {
        // A merge writes the whole result without `shard`; a shard's part lists only its own checks.
        fault(findings, [{ file: path, field: 'shard', message: `is ${value.shard.index} of ${value.shard.total}: one shard's partial result (only its own checks) is not the acceptance of the release; merge the shards (acceptance with merge-shards) for the whole result` }]);
    }
    const derived = acceptanceVerdict(value.checks);
    if (value.decision !== 'YES') {
        findings.blocking.push({ file: path, field: 'decision', message: `is ${value.decision}: ${checksNotPassed(value.checks, true, ['fail']) || 'acceptance did not pass'}` });
    }
    else if (derived.decision !== 'YES') {
        fault(findings, [{
                file: path,
                field: 'decision',
                message: `is YES, but its checks say NO (${checksNotPassed(value.checks, true, ['fail']) || 'no check was run'}): the summary contradicts the checks`,
            }]);
    }
    if (value.degraded !== derived.degraded)
        fault(findings, [degradedContradiction(path, value.degraded, checksNotPassed(value.checks, false, ['fail']))]);
    else if (value.degraded)
        findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${checksNotPassed(value.checks, false, ['fail'])}` });
    judgeRunTime(acceptance, context, 'acceptance');
}
function judgeDeployment(deployment, context) {
    const { value, path } = deployment;
    const { findings } = context;
    fault(findings, packageProblems(deployment, context, 'deployed'));
    environmentProblems(deployment, context, 'deploy-gate');
    for (const reason of restsOnAcceptance(deployment, context))
        findings.blocking.push(reason);
    if (value.outcome !== 'deployed') {
        findings.blocking.push({ file: path, field: 'outcome', message: `is ${value.outcome}, not deployed: ${value.reason}` });
        return;
    }
    if (value.deployedAt === undefined) {
        fault(findings, [{ file: path, field: 'deployedAt', message: 'is missing: a deployed record says when the deploy finished' }]);
        return;
    }
    fault(findings, [
        ...ordered(path, ['decidedAt', value.decidedAt], ['deployedAt', value.deployedAt]),
        ...notInFuture(path, 'deployedAt', value.deployedAt, context.policy),
        ...notBeforePackage(path, 'deployedAt', value.deployedAt, context),
    ]);
}
function judgeProduction(production, deployment, context) {
    const { value, path } = production;
    const { findings } = context;
    fault(findings, packageProblems(production, context, 'verified in production'));
    environmentProblems(production, context, 'prod-verify');
    const manifest = context.manifest?.value;
    if (manifest && (0,canonical/* canonicalJson */.dj)(value.deployedRefs) !== (0,canonical/* canonicalJson */.dj)((0,release_package/* componentRefs */.CR)(manifest))) {
        fault(findings, [{ file: path, field: 'deployedRefs', message: `${describeRefs(value.deployedRefs)} are not the components of the release package (${describeRefs((0,release_package/* componentRefs */.CR)(manifest))})` }]);
    }
    const derived = productionVerdict(value.checks);
    if (value.verdict !== 'pass') {
        findings.blocking.push({ file: path, field: 'verdict', message: `is ${value.verdict}: ${checksNotPassed(value.checks, true) || 'production verification did not pass'}` });
    }
    else if (derived.verdict !== 'pass') {
        const why = checksNotPassed(value.checks, true) || (value.checks.length === 0 ? 'it holds no check at all' : 'no check passed');
        fault(findings, [{ file: path, field: 'verdict', message: `is pass, but its checks say fail (${why}): the summary contradicts the checks` }]);
    }
    if (value.degraded !== derived.degraded)
        fault(findings, [degradedContradiction(path, value.degraded, checksNotPassed(value.checks, false))]);
    else if (value.degraded)
        findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${checksNotPassed(value.checks, false)}` });
    judgeRunTime(production, context, 'production verification');
    const deployedAt = deployment?.value.outcome === 'deployed' ? deployment.value.deployedAt : undefined;
    if (deployedAt !== undefined && Date.parse(value.startedAt) < Date.parse(deployedAt) - context.policy.clockSkewMs) {
        fault(findings, [{ file: path, field: 'startedAt', message: `is ${value.startedAt}, before the deploy it verifies finished (deployedAt ${deployedAt} in ${deployment.path})` }]);
    }
}
/**
 * An environment after the first is entered only with a YES for the same package from the one
 * before it, and the deploy there must rest on that YES (it links the decision it was let in on).
 */
function judgePromotion(sha, promotion, deployment, context) {
    const { read, from } = promotion;
    const { findings } = context;
    if (read.state === 'missing') {
        findings.blocking.push({ file: read.path, field: '(file)', message: `missing: no decision for ${from}, so the package never earned its promotion from ${from} (release-decision with environment ${from} writes it)` });
        return;
    }
    if (read.state === 'invalid') {
        fault(findings, cappedReasons(read.path, read.problems));
        return;
    }
    const { value, path } = read;
    // The previous decision is judged again from its own evidence, not trusted as written: one edited
    // to YES, or whose evidence changed since, lets nothing through.
    fault(findings, promotion.unverified ?? []);
    fault(findings, decisionContradictions(value).map((problem) => ({ file: path, ...problem })));
    const named = 'environment' in value ? value.environment : undefined;
    const manifest = context.manifest;
    if (value.sha !== sha)
        fault(findings, [{ file: path, field: 'sha', message: `names ${value.sha}, not the release SHA ${sha}` }]);
    else if (named !== from)
        fault(findings, [{ file: path, field: 'environment', message: `is ${named ?? 'absent (a v1 decision)'}, but this file stands for ${from}` }]);
    else if (value.decision !== 'YES') {
        const why = value.reasons[0];
        // The reason's file as it stands inside the evidence folder: the same wherever the folder is read from.
        const file = why?.file?.match(/(?:environments\/[^/]+\/)?[a-z-]+\/[0-9a-f]{40}\/[a-z]+\.json$/)?.[0] ?? why?.file;
        findings.blocking.push({ file: path, field: 'decision', message: `is ${value.decision} for ${from}: the package is not promoted past ${from}${why ? ` (${[file, why.field, why.message].filter(Boolean).join(': ')})` : ''}` });
    }
    else if (manifest && value.packageDigest !== manifest.value.digest) {
        fault(findings, [{ file: path, field: 'packageDigest', message: `is ${value.packageDigest}, but ${manifest.path} has ${manifest.value.digest}: ${from} said YES for a different package` }]);
    }
    deployment?.value.evidence.forEach((link, index) => {
        if (link.kind === 'release' && link.digest !== read.digest) {
            findings.blocking.push({ file: deployment.path, field: `evidence[${index}].digest`, message: `links the ${from} decision ${link.digest}, but ${path} is ${read.digest}: ${from} was decided again after this deploy, so the deploy does not rest on it; deploy again` });
        }
    });
}
function judgeTiming(timing, context) {
    timing.value.stages.forEach((stage, index) => {
        fault(context.findings, [
            ...ordered(timing.path, [`stages[${index}].startedAt`, stage.startedAt], [`stages[${index}].finishedAt`, stage.finishedAt]),
            ...notInFuture(timing.path, `stages[${index}].finishedAt`, stage.finishedAt, context.policy),
        ]);
    });
}
function degradedContradiction(path, recorded, optionalNotPassed) {
    return {
        file: path,
        field: 'degraded',
        message: recorded
            ? 'is true, but every optional check passed: the summary contradicts the checks'
            : `is false, but ${optionalNotPassed}: the summary contradicts the checks`,
    };
}
/**
 * Evidence that names an environment must name the one decided for: a result copied from staging
 * proves nothing about production. In `environments:` a version that names none (v1, or v2 with
 * environment null) cannot say which environment it is for, so it proves none of them; the single
 * flow's own stages write such versions, so there they count. The single flow's environment is the
 * one its deployment is of (deploy-gate's environment input, production unless renamed): its
 * production result must be of the same one, and its acceptance, which the single flow runs for
 * no environment, of none.
 */
function environmentProblems(read, context, writer) {
    const { value, path } = read;
    const decidedFor = context.reads.environment;
    const named = 'environment' in value ? value.environment : undefined;
    if (decidedFor === undefined) {
        const expected = read.kind === 'acceptance' ? undefined : singleFlowEnvironment(context.reads);
        if (typeof named === 'string' && named !== expected) {
            const why = expected === undefined ? 'an acceptance result of an environments: entry, not of the single flow' : `but the single flow's deployment is of ${expected}: evidence of another environment proves nothing about this one`;
            fault(context.findings, [{ file: path, field: 'environment', message: `is ${named}, ${why}` }]);
        }
        return;
    }
    if (typeof named === 'string') {
        if (named !== decidedFor) {
            fault(context.findings, [{ file: path, field: 'environment', message: `is ${named}, but this decision is for ${decidedFor}: evidence of another environment proves nothing about this one` }]);
        }
    }
    else {
        context.findings.blocking.push({
            file: path,
            field: 'environment',
            message: `is ${named === null ? 'null' : 'absent'} (${value.schema}), so the file does not say which environment it is for and proves nothing about ${decidedFor}; run ${writer} for ${decidedFor} again`,
        });
    }
}
/** The environment the single flow deployed to: the deployment record's, else the production result's, else production. */
function singleFlowEnvironment(reads) {
    for (const kind of ['deployment', 'production']) {
        const read = reads[kind];
        if (read?.state === 'valid' && 'environment' in read.value && typeof read.value.environment === 'string')
            return read.value.environment;
    }
    return SINGLE_FLOW_ENVIRONMENT;
}
/** The package a later contract names, and the manifest it links to, must be the release package. */
function packageProblems(read, context, what) {
    const manifest = context.manifest;
    if (!manifest)
        return [];
    const problems = [];
    if (read.value.packageDigest !== manifest.value.digest) {
        problems.push({
            file: read.path,
            field: 'packageDigest',
            message: `is ${read.value.packageDigest}, but ${manifest.path} has ${manifest.value.digest}: a different package was ${what}`,
        });
    }
    read.value.evidence.forEach((link, index) => {
        const linked = link.kind === 'release-package' ? manifest : link.kind === 'commit-stage' ? context.reads['commit-stage'] : undefined;
        if (!linked || linked.state === 'missing')
            return;
        // A link to the manifest may carry the package digest it seals itself with, or the digest of the file.
        const accepted = linked.state === 'valid' ? [linked.digest, ...(link.kind === 'release-package' ? [manifest.value.digest] : [])] : [];
        if (!accepted.includes(link.digest)) {
            problems.push({
                file: read.path,
                field: `evidence[${index}].digest`,
                message: `links ${link.kind} ${link.digest}, but ${linked.path} is ${linked.state === 'valid' ? linked.digest : 'invalid'}: this was taken on other ${link.kind} evidence`,
            });
        }
    });
    return problems;
}
/**
 * The acceptance result a deploy was decided on must be the one there. One that differs is not
 * tampering (acceptance ran again after the deploy, or a later run said NO), so it is a NO but not a
 * fault: the evidence holds together, the deploy just does not rest on this acceptance.
 */
function restsOnAcceptance(deployment, context) {
    const acceptance = context.reads.acceptance;
    if (acceptance.state !== 'valid')
        return [];
    return deployment.value.evidence.flatMap((link, index) => link.kind === 'acceptance' && link.digest !== acceptance.digest
        ? [{
                file: deployment.path,
                field: `evidence[${index}].digest`,
                message: `links acceptance ${link.digest}, but ${acceptance.path} is ${acceptance.digest}: acceptance ran again after this deploy, so the deploy does not rest on it; deploy again`,
            }]
        : []);
}
/** A run (acceptance, prod-verify) must end after it starts, after the package was built, not in the future, and recently enough. */
function judgeRunTime(read, context, what) {
    const { path, value } = read;
    fault(context.findings, [
        ...ordered(path, ['startedAt', value.startedAt], ['finishedAt', value.finishedAt]),
        ...notBeforePackage(path, 'startedAt', value.startedAt, context),
        ...notInFuture(path, 'finishedAt', value.finishedAt, context.policy),
    ]);
    const maxAge = context.policy.maxEvidenceAgeMs;
    const age = context.policy.now.getTime() - Date.parse(value.finishedAt);
    if (maxAge !== null && age > maxAge) {
        context.findings.blocking.push({
            file: path,
            field: 'finishedAt',
            message: `is ${value.finishedAt}, ${formatAge(age)} before ${context.policy.now.toISOString()}: ${what} evidence older than ${formatAge(maxAge)} (max-evidence-age) is stale; run it again`,
        });
    }
}
function notInFuture(file, field, time, policy) {
    if (Date.parse(time) <= policy.now.getTime() + policy.clockSkewMs)
        return [];
    return [{ file, field, message: `is ${time}, after ${policy.now.toISOString()} (the time of the judgement) by more than the ${formatAge(policy.clockSkewMs)} clock skew allowed: evidence from the future` }];
}
function notBeforePackage(file, field, time, context) {
    const manifest = context.manifest;
    if (!manifest || Date.parse(time) >= Date.parse(manifest.value.createdAt) - context.policy.clockSkewMs)
        return [];
    return [{ file, field, message: `is ${time}, before the release package was built (createdAt ${manifest.value.createdAt} in ${manifest.path}): it cannot be about this package` }];
}
function ordered(file, [startField, start], [endField, end]) {
    if (Date.parse(end) >= Date.parse(start))
        return [];
    return [{ file, field: endField, message: `is ${end}, before ${startField} ${start}: it ended before it started` }];
}
function describeRefs(refs) {
    const names = Object.keys(refs);
    return names.length === 0 ? 'no components' : names.map((name) => `${name}=${refs[name]}`).join(', ');
}
/** 7 d, 36 h, 5 min, 42 s: the largest unit that divides evenly, else hours. */
function formatAge(ms) {
    const units = [[86_400_000, 'd'], [3_600_000, 'h'], [60_000, 'min'], [1000, 's']];
    for (const [size, unit] of units)
        if (ms >= size && ms % size === 0)
            return `${ms / size} ${unit}`;
    if (ms >= 3_600_000)
        return `${(ms / 3_600_000).toFixed(1)} h`;
    return `${Math.round(ms / 1000)} s`;
}

// EXTERNAL MODULE: ./build/stages/timing.js
var timing = __webpack_require__(8810);
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
        .slice(0, MAX_REASONS_PER_FILE)
        .map((failure) => ({ file: failure.file, field: failure.field, message: `${failure.message} (so the ${from} decision ${path} does not hold)` }));
    if (report.failures.length > MAX_REASONS_PER_FILE)
        reasons.push({ file: path, field: '(file)', message: `and ${report.failures.length - MAX_REASONS_PER_FILE} more problems with the ${from} decision` });
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
        const policy = judgePolicy(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false });
        add(judgeReleaseEvidence(sha, reads, policy).faults.map(asFailure));
    }
    const unique = [...new Map(failures.map((failure) => [`${failure.file}\n${failure.field}\n${failure.message}`, failure])).values()];
    return { sha, ok: unique.length === 0, complete, failures: unique, checked };
}
/** At most MAX_REASONS_PER_FILE of one file's problems, the rest counted. */
function cappedFailures(file, problems) {
    const shown = problems.slice(0, MAX_REASONS_PER_FILE).map((problem) => ({ file, field: problem.field, message: problem.message }));
    if (problems.length > MAX_REASONS_PER_FILE)
        shown.push({ file, field: '(file)', message: `and ${problems.length - MAX_REASONS_PER_FILE} more problems in this file` });
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
    let timingThen = timingEntry ? (0,timing/* timingAsDecided */.xO)(readsNow.pipeline, timingEntry, decision.decidedAt, CLOCK_SKEW_MS) : undefined;
    // Checked for a promotion, the timing has moved on by design: this very run's stages (deploy-gate,
    // the next decision) append to it first, and a decision taken again replaces its run's close,
    // which no cut of the file gives back. The decision is then judged on the stages finished by it.
    const timingMoved = options.promotionCheck === true && timingThen === undefined && timingEntry?.state === 'valid' && readsNow.pipeline.state === 'valid';
    if (timingMoved && readsNow.pipeline.state === 'valid')
        timingThen = (0,timing/* timingFinishedBy */.cD)(readsNow.pipeline, decision.decidedAt, CLOCK_SKEW_MS);
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
    const policy = judgePolicy(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) });
    const judgement = judgeReleaseEvidence(sha, reads, policy);
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

;// CONCATENATED MODULE: ./build/stages/release-history.js

/**
 * The newest release (by decision time) with a valid YES decision whose manifest is valid and is
 * the package the decision names, and which `shipgate verify` holds (the decision still follows
 * from its evidence). Broken or forged evidence is passed over, never trusted.
 */
async function newestYesRelease(store, options = {}) {
    const candidates = [];
    for (const sha of await store.listShas('release')) {
        if (sha === options.excludeSha)
            continue;
        const decision = await store.read('release', sha);
        if (decision.state !== 'valid' || decision.value.decision !== 'YES')
            continue;
        const manifest = await store.read('release-package', sha);
        if (manifest.state !== 'valid' || manifest.value.digest !== decision.value.packageDigest)
            continue;
        // A file that says YES is not a release: the evidence under it must still hold the decision.
        if (!(await verifyEvidence(store, sha)).ok)
            continue;
        candidates.push({ sha, manifest: manifest.value, decidedAt: decision.value.decidedAt });
    }
    candidates.sort((a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt));
    return candidates[0];
}

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
    const released = await newestYesRelease(ports.store, { excludeSha: input.sha });
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


/***/ }),

/***/ 8810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cD: () => (/* binding */ timingFinishedBy),
/* harmony export */   pipelineRunOf: () => (/* binding */ pipelineRunOf),
/* harmony export */   recordStageTiming: () => (/* binding */ recordStageTiming),
/* harmony export */   xO: () => (/* binding */ timingAsDecided)
/* harmony export */ });
/* unused harmony exports UNNUMBERED_LOCAL_RUN_ID, localRunId, nextLocalRunNumber, sameRun, runLabel, resolveRun, stageTiming, emptyTiming, upgradeTiming, loadTiming, TIMING_LOCK_WAIT, closeRun, runsOf, latestRun, runAt */
/* harmony import */ var _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7891);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1854);
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
    if (run.id === LEGACY_RUN_ID)
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
    const { requireValid } = await Promise.all(/* import() */[__webpack_require__.e(542), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 1549));
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


/***/ })

};
