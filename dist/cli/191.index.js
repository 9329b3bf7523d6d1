export const id = 191;
export const ids = [191];
export const modules = {

/***/ 2572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERIFY_USAGE: () => (/* binding */ VERIFY_USAGE),
  parseEvidenceCommandArgs: () => (/* binding */ parseEvidenceCommandArgs),
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./build/contracts/index.js
var contracts = __webpack_require__(1920);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/local-store.js
var local_store = __webpack_require__(3387);
// EXTERNAL MODULE: ./build/evidence/store.js
var store = __webpack_require__(1549);
// EXTERNAL MODULE: ./build/stages/release-decision.js
var release_decision = __webpack_require__(7066);
;// CONCATENATED MODULE: ./build/stages/verify.js
// verify: re-validates every contract recorded for a SHA and every digest link between them, so
// that evidence changed after the fact, or a decision that no longer follows from it, shows.


async function verifyEvidence(store, sha) {
    const reads = Object.fromEntries(await Promise.all(contracts/* contractKinds */.Ym.map(async (kind) => [kind, await store.read(kind, sha)])));
    const checked = contracts/* contractKinds */.Ym.map((kind) => {
        const read = reads[kind];
        return { kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null };
    });
    const failures = [];
    if (checked.every((contract) => contract.state === 'missing')) {
        failures.push({ file: store.location, field: '(sha)', message: `no evidence at all for ${sha}` });
        return { sha, ok: false, failures, checked };
    }
    for (const kind of contracts/* contractKinds */.Ym) {
        const read = reads[kind];
        if (read.state === 'invalid') {
            for (const problem of read.problems)
                failures.push({ file: read.path, field: problem.field, message: problem.message });
        }
        else if (read.state === 'valid' && read.value.sha !== sha) {
            failures.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not ${sha}` });
        }
    }
    failures.push(...packageLinkFailures(reads));
    const decision = reads.release;
    if (decision.state === 'valid')
        failures.push(...decisionFailures(sha, decision.path, decision.value, reads));
    return { sha, ok: failures.length === 0, failures, checked };
}
/** Every later contract must name the package in the manifest, and there must be one to name. */
function packageLinkFailures(reads) {
    const manifest = reads['release-package'];
    // The package digest is the one the manifest seals itself with, not the digest of the file.
    const manifestDigest = manifest.state === 'valid' ? manifest.value.digest : null;
    const failures = [];
    for (const read of [reads.acceptance, reads.production, reads.release]) {
        if (read.state !== 'valid')
            continue;
        const recorded = read.value.packageDigest;
        if (manifestDigest !== null && recorded !== manifestDigest) {
            failures.push({ file: read.path, field: 'packageDigest', message: `is ${recorded}, but ${manifest.path} has ${manifestDigest}` });
        }
        else if (manifestDigest === null && recorded !== null) {
            failures.push({ file: read.path, field: 'packageDigest', message: `names ${recorded}, but there is no valid release package manifest at ${manifest.path}` });
        }
    }
    return failures;
}
/** The decision must match the files it was taken on, and must still follow from them. */
function decisionFailures(sha, path, decision, reads) {
    const failures = [];
    decision.evidence.forEach((entry, index) => {
        if (!contracts/* contractKinds */.Ym.includes(entry.kind)) {
            failures.push({ file: path, field: `evidence[${index}].kind`, message: `'${entry.kind}' is not a contract kind` });
            return;
        }
        const current = reads[entry.kind];
        const digestNow = current.state === 'valid' ? current.digest : null;
        if (digestNow !== entry.digest || current.state !== entry.state) {
            failures.push({
                file: current.path,
                field: '(file)',
                message: `changed after the release decision: ${path} evidence[${index}] recorded ${entry.state} ${entry.digest ?? '(no digest)'}, now ${current.state} ${digestNow ?? '(no digest)'}`,
            });
        }
    });
    const requiredAbsent = ['release-package', 'acceptance', 'production'].filter((kind) => reads[kind].state !== 'valid');
    if (decision.decision === 'YES' && requiredAbsent.length > 0) {
        for (const kind of requiredAbsent) {
            failures.push({ file: path, field: 'decision', message: `is YES, but the required ${kind} evidence at ${reads[kind].path} is ${reads[kind].state}` });
        }
        return failures;
    }
    // Recomputing the judgement catches a decision edited by hand, or one taken on evidence that
    // was swapped for other evidence with the same digest links.
    const judgement = (0,release_decision/* judgeReleaseEvidence */.e_)(sha, reads);
    if (judgement.decision !== decision.decision || judgement.status !== decision.status) {
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

// EXTERNAL MODULE: ./build/cli/io.js
var cli_io = __webpack_require__(1973);
;// CONCATENATED MODULE: ./build/cli/commands/verify.js
// `shipgate verify <sha>`: re-validates the evidence for a SHA and the digest links between its
// contracts; exit 0 only when every one holds.








/**
 * Parses `<sha> [--artifacts-dir DIR] [--json] [--help]`, shared by verify and show. Returns the
 * exit code instead when the command is done (help printed, or a usage error reported).
 */
function parseEvidenceCommandArgs(args, io, command, usage) {
    let parsed;
    try {
        parsed = parseEvidenceFlags(args);
    }
    catch (error) {
        io.err(`${command}: ${(0,errors/* errorMessage */.gJ)(error)}\n\n${usage}`);
        return cli_io/* EXIT */.d.usage;
    }
    if (parsed.values.help) {
        io.out(usage);
        return cli_io/* EXIT */.d.ok;
    }
    if (parsed.positionals.length !== 1) {
        io.err(`${command}: give exactly one commit SHA${parsed.positionals.length > 1 ? ` (got ${parsed.positionals.join(' ')})` : ''}\n\n${usage}`);
        return cli_io/* EXIT */.d.usage;
    }
    try {
        const sha = (0,store/* assertSha */.B1)(parsed.positionals[0]);
        // Relative to the command's folder, shown relative to the process's, so paths read as `.artifacts/...`.
        const location = (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(io.cwd, parsed.values['artifacts-dir'])) || '.';
        return { sha, store: new local_store/* LocalEvidenceStore */.un(location), json: parsed.values.json === true };
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        io.err(`${command}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return cli_io/* EXIT */.d.usage;
    }
}
function parseEvidenceFlags(args) {
    return (0,external_node_util_.parseArgs)({
        args,
        strict: true,
        allowPositionals: true,
        options: {
            'artifacts-dir': { type: 'string', default: local_store/* DEFAULT_ARTIFACTS_DIR */.qx },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
}
const VERIFY_USAGE = `Usage: shipgate verify <sha> [--artifacts-dir DIR] [--json]

Re-validates every contract recorded for the commit and every digest link between them: each
names the SHA, acceptance, production and the decision name the manifest's package digest, and
the decision's evidence digests match the files as they are now.

Options:
  --artifacts-dir DIR   Where the evidence lives (default ${local_store/* DEFAULT_ARTIFACTS_DIR */.qx}).
  --json                Print the report as JSON.
  --help                This help.

Exit status: 0 all evidence holds, 1 a failure, 2 a usage error.`;
async function verifyCommand(args, io) {
    const parsed = parseEvidenceCommandArgs(args, io, 'shipgate verify', VERIFY_USAGE);
    if (typeof parsed === 'number')
        return parsed;
    const report = await verifyEvidence(parsed.store, parsed.sha);
    if (parsed.json) {
        io.out(JSON.stringify(report, null, 2));
    }
    else {
        for (const failure of report.failures)
            io.out(`${failure.file}: ${failure.field}: ${failure.message}`);
        const failedFiles = new Set(report.failures.map((failure) => failure.file));
        for (const contract of report.checked) {
            if (contract.state === 'missing')
                io.out(`-  ${contract.path}: not present (${contracts/* contracts */.Mh[contract.kind].title.toLowerCase()})`);
            else if (contract.state === 'valid' && !failedFiles.has(contract.path))
                io.out(`OK ${contract.path}: ${contract.digest}`);
        }
        io.out(report.ok
            ? `verified: the evidence for ${report.sha} holds`
            : `FAILED: ${report.failures.length} problem${report.failures.length === 1 ? '' : 's'} in the evidence for ${report.sha}`);
    }
    return report.ok ? cli_io/* EXIT */.d.ok : cli_io/* EXIT */.d.no;
}


/***/ }),

/***/ 8959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Sf: () => (/* binding */ runEnvironmentFromEnv),
/* harmony export */   vc: () => (/* binding */ resolveSha)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GITHUB_EVENT_PATH ${environment.eventPath}: cannot read the event payload (${error.message})`);
    }
}
/** The SHA an input gave, else the run's; an error that says how to give one when neither is known. */
function resolveSha(given, environment) {
    const sha = given ?? environment.sha;
    if (!sha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("input 'sha': not given and GITHUB_SHA is not set; pass the commit SHA to release");
    return sha;
}
function resolveRepository(environment) {
    if (!environment.repository) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set; run inside GitHub Actions or set GITHUB_REPOSITORY=owner/name');
    }
    return environment.repository;
}


/***/ }),

/***/ 7066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LY: () => (/* binding */ resolveCommitTime),
/* harmony export */   co: () => (/* binding */ decideRelease),
/* harmony export */   e_: () => (/* binding */ judgeReleaseEvidence)
/* harmony export */ });
/* unused harmony exports RELEASE_DECISION_STAGE, decisionEvidenceKinds, readDecisionEvidence, closeTiming */
/* harmony import */ var _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7891);
/* harmony import */ var _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9084);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1854);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8959);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8810);
// release-decision: reads every piece of evidence for a SHA, says YES only when all of it is
// present, valid and names the same SHA and package, and closes the pipeline timing.





const RELEASE_DECISION_STAGE = 'release-decision';
/** The evidence a release decision reads, in the order it is shown. */
const decisionEvidenceKinds = ['release-package', 'commit-stage', 'acceptance', 'production', 'pipeline'];
const REQUIRED = {
    'release-package': true,
    'commit-stage': false,
    acceptance: true,
    production: true,
    pipeline: false,
};
// Named in "missing" reasons so that the reader knows which step did not run.
const WRITTEN_BY = {
    'release-package': 'build-once',
    'commit-stage': 'commit-gate',
    acceptance: 'acceptance',
    production: 'prod-verify',
    pipeline: 'the pipeline stages',
};
async function readDecisionEvidence(store, sha) {
    const [releasePackage, commitStage, acceptance, production, pipeline] = await Promise.all([
        store.read('release-package', sha),
        store.read('commit-stage', sha),
        store.read('acceptance', sha),
        store.read('production', sha),
        store.read('pipeline', sha),
    ]);
    return { 'release-package': releasePackage, 'commit-stage': commitStage, acceptance, production, pipeline };
}
/**
 * Judges the evidence for a SHA. Pure: the same reads give the same judgement, which is what lets
 * `verify` re-check a decision against the evidence as it stands now.
 */
function judgeReleaseEvidence(sha, reads) {
    const blocking = [];
    const degradations = [];
    for (const kind of decisionEvidenceKinds) {
        const read = reads[kind];
        if (read.state === 'missing') {
            if (REQUIRED[kind]) {
                blocking.push({ file: read.path, field: '(file)', message: `missing: no ${kind} evidence for this SHA (${WRITTEN_BY[kind]} writes it)` });
            }
        }
        else if (read.state === 'invalid') {
            // Optional evidence that is present but broken is not trusted either: someone meant it to count.
            for (const problem of read.problems)
                blocking.push({ file: read.path, field: problem.field, message: problem.message });
        }
        else if (read.value.sha !== sha) {
            blocking.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not the release SHA ${sha}` });
        }
    }
    const manifest = reads['release-package'].state === 'valid' ? reads['release-package'].value : undefined;
    const packageDigest = manifest?.digest ?? null;
    const commitStage = reads['commit-stage'];
    if (commitStage.state === 'valid' && !commitStage.value.passed) {
        blocking.push({
            file: commitStage.path,
            field: 'passed',
            message: `is false: the required check '${commitStage.value.check.name}' concluded ${commitStage.value.check.conclusion}`,
        });
    }
    const acceptance = reads.acceptance;
    if (acceptance.state === 'valid') {
        if (packageDigest !== null && acceptance.value.packageDigest !== packageDigest) {
            blocking.push(packageMismatch(acceptance.path, acceptance.value.packageDigest, packageDigest, 'tested'));
        }
        if (acceptance.value.decision !== 'YES') {
            blocking.push({ file: acceptance.path, field: 'decision', message: `is ${acceptance.value.decision}: ${failedChecks(acceptance.value.checks, true) || 'acceptance did not pass'}` });
        }
        if (acceptance.value.degraded)
            degradations.push(degradation(acceptance.path, acceptance.value.checks));
    }
    const production = reads.production;
    if (production.state === 'valid') {
        if (packageDigest !== null && production.value.packageDigest !== packageDigest) {
            blocking.push(packageMismatch(production.path, production.value.packageDigest, packageDigest, 'verified in production'));
        }
        if (production.value.verdict !== 'pass') {
            blocking.push({ file: production.path, field: 'verdict', message: `is ${production.value.verdict}: ${failedChecks(production.value.checks, true) || 'production verification did not pass'}` });
        }
        if (production.value.degraded)
            degradations.push(degradation(production.path, production.value.checks));
    }
    const evidence = decisionEvidenceKinds.map((kind) => evidenceEntry(reads[kind]));
    if (blocking.length > 0)
        return { decision: 'NO', status: 'failure', reasons: blocking, evidence, packageDigest };
    if (degradations.length > 0)
        return { decision: 'YES', status: 'partial_success', reasons: degradations, evidence, packageDigest };
    return { decision: 'YES', status: 'success', reasons: [], evidence, packageDigest };
}
function evidenceEntry(read) {
    return {
        kind: read.kind,
        path: read.path,
        state: read.state,
        digest: read.state === 'valid' ? read.digest : null,
        required: REQUIRED[read.kind],
    };
}
function packageMismatch(file, recorded, manifestDigest, what) {
    return { file, field: 'packageDigest', message: `is ${recorded}, but the release package manifest has ${manifestDigest}: a different package was ${what}` };
}
function failedChecks(checks, required) {
    const failed = checks.filter((check) => check.required === required && check.status !== 'pass');
    if (failed.length === 0)
        return '';
    return `${required ? 'required' : 'optional'} checks not passed: ${failed.map((check) => `${check.name} (${check.status})`).join(', ')}`;
}
function degradation(file, checks) {
    return { file, field: 'degraded', message: `is true: ${failedChecks(checks, false) || 'an optional check did not run'}` };
}
/**
 * Decides YES or NO for a SHA, writes the decision and closes the pipeline timing with this
 * stage's own run. Never throws for bad evidence: that is a NO with reasons.
 */
async function decideRelease(input, ports) {
    const { sha, repository } = input;
    const { store, clock, logger } = ports;
    const startedAt = clock.now();
    const commitTime = input.commitTime ?? null;
    const reads = await readDecisionEvidence(store, sha);
    const judgement = judgeReleaseEvidence(sha, reads);
    const previous = await store.read('release', sha);
    const path = store.pathOf('release', sha);
    // A rerun over unchanged evidence (the timing included, as the last run closed it) must not
    // append a second run or move decidedAt: nothing changes, nothing is written.
    const timingRead = reads.pipeline;
    if (previous.state === 'valid' &&
        timingRead.state === 'valid' &&
        timingRead.value.closed?.commitTime === (commitTime?.toISOString() ?? null) &&
        sameDecision(previous.value, { ...judgement, sha, repository })) {
        logger.info(`${path}: unchanged: the evidence is the same as when ${previous.value.decision} was decided at ${previous.value.decidedAt}`);
        return { decision: previous.value, path, timing: timingRead.value, written: false };
    }
    const decidedAt = clock.now();
    let evidence = judgement.evidence;
    let timing = null;
    const trustedTiming = timingRead.state === 'missing' ? freshTiming(sha) : timingRead.state === 'valid' && timingRead.value.sha === sha ? timingRead.value : null;
    if (trustedTiming === null) {
        // Invalid timing stays as it is for someone to look at; the judgement already says NO for it.
        logger.warning(`${timingRead.path}: not closed: the timing evidence cannot be trusted`, { file: timingRead.path });
    }
    else {
        timing = closeTiming(trustedTiming, {
            run: (0,_timing_js__WEBPACK_IMPORTED_MODULE_4__/* .stageTiming */ .ny)({ stage: RELEASE_DECISION_STAGE, startedAt, finishedAt: decidedAt, outcome: judgement.decision === 'YES' ? 'success' : 'no' }),
            closedAt: decidedAt,
            commitTime,
        });
        const written = await store.write('pipeline', sha, timing);
        // The decision records the timing as it leaves it, so that verify can hold the file to it.
        evidence = evidence.map((entry) => (entry.kind === 'pipeline' ? { ...entry, state: 'valid', digest: written.digest } : entry));
    }
    let decision = {
        schema: _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASE_DECISION_SCHEMA */ .h,
        sha,
        repository,
        packageDigest: judgement.packageDigest,
        decision: judgement.decision,
        status: judgement.status,
        reasons: judgement.reasons,
        evidence,
        decidedAt: decidedAt.toISOString(),
    };
    if (previous.state === 'valid' && sameDecision(previous.value, decision))
        decision = { ...decision, decidedAt: previous.value.decidedAt };
    const written = await store.write('release', sha, decision);
    const headline = `${path}: ${decision.decision} (${decision.status}) for ${sha}`;
    if (decision.decision === 'YES')
        logger.info(headline);
    else
        logger.error(headline, { file: path });
    for (const reason of decision.reasons)
        logger.info(`  ${reason.file ?? ''}: ${reason.field ?? ''}: ${reason.message}`);
    return { decision, path, timing, written: written.written };
}
/** Equal in everything but decidedAt. */
function sameDecision(recorded, candidate) {
    const { schema: _schema, decidedAt: _decidedAt, ...recordedBody } = recorded;
    const { schema: _candidateSchema, decidedAt: _candidateDecidedAt, ...candidateBody } = candidate;
    return (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)(recordedBody) === (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)(candidateBody);
}
function freshTiming(sha) {
    return { schema: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA */ .Al, sha, stages: [], closed: null };
}
function closeTiming(timing, close) {
    const stages = [...timing.stages, close.run];
    const firstStart = Math.min(...stages.map((stage) => Date.parse(stage.startedAt)));
    const closedAtMs = close.closedAt.getTime();
    return {
        ...timing,
        stages,
        closed: {
            closedAt: close.closedAt.toISOString(),
            totalMs: Math.max(0, closedAtMs - firstStart),
            commitTime: close.commitTime?.toISOString() ?? null,
            leadTimeMs: close.commitTime ? closedAtMs - close.commitTime.getTime() : null,
        },
    };
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


/***/ }),

/***/ 8810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   is: () => (/* binding */ recordStageTiming),
/* harmony export */   ny: () => (/* binding */ stageTiming)
/* harmony export */ });
/* unused harmony export loadTiming */
/* harmony import */ var _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7891);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1549);
// Pipeline timing: each stage appends its run to `.artifacts/pipeline/<sha>/timing.json`.


function stageTiming(run) {
    return {
        stage: run.stage,
        startedAt: run.startedAt.toISOString(),
        finishedAt: run.finishedAt.toISOString(),
        durationMs: Math.max(0, run.finishedAt.getTime() - run.startedAt.getTime()),
        outcome: run.outcome,
    };
}
/** The timing so far, or a fresh one; invalid timing is an error naming the file and field. */
async function loadTiming(store, sha) {
    const read = await store.read('pipeline', sha);
    if (read.state === 'missing')
        return { schema: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA */ .Al, sha, stages: [], closed: null };
    return (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_1__/* .requireValid */ .AK)(read).value;
}
async function recordStageTiming(store, sha, run) {
    const timing = await loadTiming(store, sha);
    await store.write('pipeline', sha, { ...timing, stages: [...timing.stages, stageTiming(run)] });
}


/***/ })

};
