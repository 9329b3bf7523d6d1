export const id = 2131;
export const ids = [2131,8959];
export const modules = {

/***/ 20877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ shaInput),
/* harmony export */   Lp: () => (/* binding */ artifactsDirInput),
/* harmony export */   Wj: () => (/* binding */ WORKFLOW_TOKEN),
/* harmony export */   au: () => (/* binding */ tokenOrEnvironment),
/* harmony export */   xK: () => (/* binding */ configInput)
/* harmony export */ });
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7982);

const shaInput = {
    description: 'The commit SHA of the release (40 lowercase hex). Default: the SHA that triggered the workflow.',
};
const artifactsDirInput = {
    description: 'The folder that holds the evidence contracts.',
    default: _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ARTIFACTS_DIR */ .qx,
};
const configInput = {
    description: 'The shipgate config file. The default path may be absent; an explicit path must exist.',
};
/** The runner fills a token input with the job's GITHUB_TOKEN unless the workflow passes another. */
const WORKFLOW_TOKEN = '${{ github.token }}';
/** A token input, else the GITHUB_TOKEN environment variable, masked before any use. */
function tokenOrEnvironment(given, logger) {
    if (given)
        return given;
    const fromEnvironment = process.env.GITHUB_TOKEN || undefined;
    if (fromEnvironment)
        logger.secret(fromEnvironment);
    return fromEnvironment;
}


/***/ }),

/***/ 82131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RELEASE_DECISION_INPUTS: () => (/* binding */ RELEASE_DECISION_INPUTS),
  RELEASE_DECISION_OUTPUTS: () => (/* binding */ RELEASE_DECISION_OUTPUTS),
  releaseDecisionAction: () => (/* binding */ releaseDecisionAction),
  releaseDecisionSummary: () => (/* binding */ releaseDecisionSummary)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
// EXTERNAL MODULE: ./build/contracts/release-decision.js
var release_decision = __webpack_require__(59084);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(48959);
// EXTERNAL MODULE: ./build/stages/judge.js
var judge = __webpack_require__(72029);
// EXTERNAL MODULE: ./build/contracts/pipeline-timing.js
var pipeline_timing = __webpack_require__(47891);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(41854);
// EXTERNAL MODULE: ./build/stages/timing.js
var stages_timing = __webpack_require__(8810);
;// CONCATENATED MODULE: ./build/stages/release-decision.js
// release-decision: reads every piece of evidence for a SHA, says YES only when all of it is
// present, valid and names the same SHA and package, and closes the pipeline timing.






const RELEASE_DECISION_STAGE = 'release-decision';
async function readDecisionEvidence(store, sha) {
    const [releasePackage, commitStage, acceptance, deployment, production, pipeline] = await Promise.all([
        store.read('release-package', sha),
        store.read('commit-stage', sha),
        store.read('acceptance', sha),
        store.read('deployment', sha),
        store.read('production', sha),
        store.read('pipeline', sha),
    ]);
    return { 'release-package': releasePackage, 'commit-stage': commitStage, acceptance, deployment, production, pipeline };
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
    const { sha, repository } = input;
    const { store, clock, logger } = ports;
    const commitTime = input.commitTime ?? null;
    const reads = await readDecisionEvidence(store, sha);
    // Judged at the time the decision records, so that verify, judging again at decidedAt, meets the
    // same clock and the same reasons word for word.
    const decidedAt = clock.now();
    const judgement = (0,judge/* judgeReleaseEvidence */.e_)(sha, reads, (0,judge/* judgePolicy */.CL)(decidedAt, input.policy));
    const previous = await store.read('release', sha);
    const path = store.pathOf('release', sha);
    // A rerun over unchanged evidence (the timing included, as the last run closed it) must not
    // append a second run or move decidedAt: nothing changes, nothing is written.
    const timingRead = reads.pipeline;
    if (previous.state === 'valid' &&
        timingRead.state === 'valid' &&
        timingRead.value.closed?.commitTime === (commitTime?.toISOString() ?? null) &&
        sameDecision(previous.value, { sha, repository, packageDigest: judgement.packageDigest, decision: judgement.decision, status: judgement.status, reasons: judgement.reasons, evidence: judgement.evidence })) {
        logger.info(`${path}: unchanged: the evidence is the same as when ${previous.value.decision} was decided at ${previous.value.decidedAt}`);
        return { decision: previous.value, path, timing: timingRead.value, written: false };
    }
    let evidence = judgement.evidence;
    let timing = null;
    const trustedTiming = timingRead.state === 'missing' ? freshTiming(sha) : timingRead.state === 'valid' && timingRead.value.sha === sha ? timingRead.value : null;
    if (trustedTiming === null) {
        // Invalid timing stays as it is for someone to look at; the judgement already says NO for it.
        logger.warning(`${timingRead.path}: not closed: the timing evidence cannot be trusted`, { file: timingRead.path });
    }
    else {
        timing = closeTiming(trustedTiming, {
            run: (0,stages_timing/* stageTiming */.ny)({ stage: RELEASE_DECISION_STAGE, startedAt, finishedAt: decidedAt, outcome: judgement.decision === 'YES' ? 'success' : 'no' }),
            closedAt: decidedAt,
            commitTime,
        });
        const written = await store.write('pipeline', sha, timing);
        // The decision records the timing as it leaves it, so that verify can hold the file to it.
        evidence = evidence.map((entry) => (entry.kind === 'pipeline' ? { ...entry, state: 'valid', digest: written.digest } : entry));
    }
    let decision = {
        schema: release_decision/* RELEASE_DECISION_SCHEMA */.h,
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
    return (0,canonical/* canonicalJson */.dj)(recordedBody) === (0,canonical/* canonicalJson */.dj)(candidateBody);
}
function freshTiming(sha) {
    return { schema: pipeline_timing/* PIPELINE_TIMING_SCHEMA */.Al, sha, stages: [], closed: null };
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

// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(20877);
;// CONCATENATED MODULE: ./build/actions/release-decision.js
// The release-decision action: inputs -> decideRelease -> outputs and a job summary. It writes
// the pipeline timing itself (it closes it), so it returns no `timing` for the adapter to append.








const RELEASE_DECISION_INPUTS = {
    sha: 'sha',
    artifactsDir: 'artifacts-dir',
    failOnNo: 'fail-on-no',
    commitTime: 'commit-time',
    maxEvidenceAge: 'max-evidence-age',
    requireDeployment: 'require-deployment',
};
const RELEASE_DECISION_OUTPUTS = {
    decision: 'decision',
    status: 'status',
    decisionPath: 'decision-path',
};
const settings = schemas/* object */.Ikc({
    [RELEASE_DECISION_INPUTS.sha]: action/* inputs */.QL.sha(),
    [RELEASE_DECISION_INPUTS.artifactsDir]: action/* inputs */.QL.text(),
    [RELEASE_DECISION_INPUTS.failOnNo]: action/* inputs */.QL.boolean(true),
    [RELEASE_DECISION_INPUTS.commitTime]: iso/* datetime */.w$({ offset: true, message: 'must be an ISO 8601 date-time with a zone, e.g. 2024-05-01T12:00:00Z' })
        .optional(),
    [RELEASE_DECISION_INPUTS.maxEvidenceAge]: action/* inputs */.QL.duration(judge/* DEFAULT_MAX_EVIDENCE_AGE_MS */.UI),
    [RELEASE_DECISION_INPUTS.requireDeployment]: action/* inputs */.QL.boolean(true),
})
    .transform((raw) => ({
    sha: raw.sha,
    artifactsDir: raw['artifacts-dir'] ?? local_store/* DEFAULT_ARTIFACTS_DIR */.qx,
    failOnNo: raw['fail-on-no'],
    commitTime: raw['commit-time'] === undefined ? undefined : new Date(raw['commit-time']),
    policy: { maxEvidenceAgeMs: raw['max-evidence-age'], requireDeployment: raw['require-deployment'] },
}));
const releaseDecisionAction = (0,action/* defineAction */.QP)({
    name: 'release-decision',
    description: 'Says YES only when the manifest, acceptance, deployment and production evidence for a SHA are present, valid, fresh, in time order, name the same package, and their verdicts follow from their checks; closes the pipeline timing.',
    branding: { icon: 'check-circle', color: 'green' },
    inputs: {
        [RELEASE_DECISION_INPUTS.sha]: common_inputs/* shaInput */.FN,
        [RELEASE_DECISION_INPUTS.artifactsDir]: common_inputs/* artifactsDirInput */.Lp,
        [RELEASE_DECISION_INPUTS.failOnNo]: { description: 'Fail the step when the decision is NO (the decision and outputs are written first).', default: 'true' },
        [RELEASE_DECISION_INPUTS.commitTime]: {
            description: 'When the release commit was made (ISO 8601), for the lead time. Default: the push event\'s head commit, else git\'s committer date.',
        },
        [RELEASE_DECISION_INPUTS.maxEvidenceAge]: {
            description: 'The oldest acceptance and production evidence that still counts, with a unit (7d, 36h, 90m, 600s); older evidence is a NO. Give `shipgate verify` the same value.',
            default: '7d',
        },
        [RELEASE_DECISION_INPUTS.requireDeployment]: {
            description: 'Require the deployment record deploy-gate writes (outcome deployed, for this SHA and package). false for a deploy step of your own: a record that is there is still checked.',
            default: 'true',
        },
    },
    outputs: {
        [RELEASE_DECISION_OUTPUTS.decision]: { description: 'YES or NO.' },
        [RELEASE_DECISION_OUTPUTS.status]: { description: 'success, partial_success or failure.' },
        [RELEASE_DECISION_OUTPUTS.decisionPath]: { description: 'The path of decision.json.' },
    },
    settings,
    async run(given, context) {
        const sha = (0,run_environment/* resolveSha */.vc)(given.sha, context.environment);
        const repository = (0,run_environment/* resolveRepository */.BN)(context.environment);
        const commitTime = await resolveCommitTime(given.commitTime, sha, context);
        const store = context.openStore(given.artifactsDir);
        const outcome = await decideRelease({ sha, repository, commitTime, policy: given.policy }, { store, clock: context.clock, logger: context.logger });
        const { decision, path } = outcome;
        return {
            outputs: {
                [RELEASE_DECISION_OUTPUTS.decision]: decision.decision,
                [RELEASE_DECISION_OUTPUTS.status]: decision.status,
                [RELEASE_DECISION_OUTPUTS.decisionPath]: path,
            },
            summary: releaseDecisionSummary(decision, outcome.timing),
            failure: decision.decision === 'NO' && given.failOnNo
                ? { message: `release decision is NO for ${sha}: ${decision.reasons.map(release_decision/* formatReason */.K9).join('; ')}`, file: path }
                : undefined,
        };
    },
});
// Markdown tables break on a pipe or a newline inside a cell.
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The job summary: the answer, the evidence it rests on, the reasons, and where the time went. */
function releaseDecisionSummary(decision, timing) {
    const lines = [
        `## Release decision: ${decision.decision === 'YES' ? '✅' : '❌'} ${decision.decision} (${decision.status})`,
        '',
        `Commit \`${decision.sha}\` of ${decision.repository}; package ${decision.packageDigest ? `\`${decision.packageDigest}\`` : 'unknown (no valid manifest)'}.`,
        '',
        '| evidence | path | state | digest |',
        '| --- | --- | --- | --- |',
        ...decision.evidence.map((entry) => `| ${cell(entry.kind)}${entry.required ? '' : ' (optional)'} | \`${cell(entry.path)}\` | ${entry.state} | ${entry.digest ? `\`${entry.digest}\`` : '-'} |`),
        '',
    ];
    if (decision.reasons.length > 0) {
        lines.push('### Reasons', '', ...decision.reasons.map((reason) => `- ${cell((0,release_decision/* formatReason */.K9)(reason))}`), '');
    }
    if (timing)
        lines.push(...timingChart(timing), '');
    else
        lines.push('_The pipeline timing could not be trusted, so it was not closed and is not charted._', '');
    return lines.join('\n');
}
// Mermaid reads `:` as the start of task metadata and `#`/`;` as comment and statement breaks.
function taskName(text) {
    return text.replace(/[:#;]/g, ' ');
}
function timingChart(timing) {
    const tag = { success: 'done', failure: 'crit', no: 'crit', skipped: 'active' };
    const lines = ['### Stage timings', '', '```mermaid', 'gantt', `  title Pipeline timing for ${timing.sha.slice(0, 12)}`, '  dateFormat x', '  axisFormat %H:%M:%S', '  section stages'];
    timing.stages.forEach((stage, index) => {
        const start = Date.parse(stage.startedAt);
        // A zero-length bar is not drawn; a millisecond keeps instant stages visible.
        const end = Math.max(Date.parse(stage.finishedAt), start + 1);
        lines.push(`  ${taskName(stage.stage)} (${Math.round(stage.durationMs / 1000)} s) :${tag[stage.outcome]}, stage${index}, ${start}, ${end}`);
    });
    lines.push('```');
    if (timing.closed) {
        const lead = timing.closed.leadTimeMs === null ? 'unknown (no commit time)' : `${Math.round(timing.closed.leadTimeMs / 1000)} s`;
        lines.push('', `Total ${Math.round(timing.closed.totalMs / 1000)} s from the first stage to the decision; lead time from commit ${lead}.`);
    }
    return lines;
}


/***/ }),

/***/ 48959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Sf: () => (/* binding */ runEnvironmentFromEnv),
/* harmony export */   vc: () => (/* binding */ resolveSha)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
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

/***/ 72029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ judgePolicy),
/* harmony export */   UI: () => (/* binding */ DEFAULT_MAX_EVIDENCE_AGE_MS),
/* harmony export */   e_: () => (/* binding */ judgeReleaseEvidence)
/* harmony export */ });
/* unused harmony exports decisionEvidenceKinds, CLOCK_SKEW_MS, formatAge */
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28420);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41854);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32418);



/** The evidence a release decision reads, in the order it is shown. */
const decisionEvidenceKinds = ['release-package', 'commit-stage', 'acceptance', 'deployment', 'production', 'pipeline'];
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
    return { now, maxEvidenceAgeMs: DEFAULT_MAX_EVIDENCE_AGE_MS, clockSkewMs: CLOCK_SKEW_MS, requireDeployment: true, ...overrides };
}
function isRequired(kind, policy) {
    if (kind === 'deployment')
        return policy.requireDeployment;
    return kind === 'release-package' || kind === 'acceptance' || kind === 'production';
}
/** Evidence that contradicts itself, another file or the clock: a NO, and a failure for verify. */
function fault(findings, reasons) {
    findings.blocking.push(...reasons);
    findings.faults.push(...reasons);
}
function judgeReleaseEvidence(sha, reads, policy) {
    const findings = { blocking: [], faults: [], degradations: [] };
    for (const kind of decisionEvidenceKinds) {
        const read = reads[kind];
        if (read.state === 'missing') {
            if (isRequired(kind, policy))
                findings.blocking.push({ file: read.path, field: '(file)', message: `missing: no ${kind} evidence for this SHA (${WRITTEN_BY[kind]} writes it)` });
        }
        else {
            fault(findings, presenceProblems(sha, read));
        }
    }
    const manifest = validFor(sha, reads['release-package']);
    const context = { policy, manifest, reads, findings };
    if (manifest)
        judgeManifest(manifest, context);
    const commitStage = validFor(sha, reads['commit-stage']);
    if (commitStage)
        judgeCommitStage(commitStage, context);
    const acceptance = validFor(sha, reads.acceptance);
    if (acceptance)
        judgeAcceptance(acceptance, context);
    const deployment = validFor(sha, reads.deployment);
    if (deployment)
        judgeDeployment(deployment, context);
    const production = validFor(sha, reads.production);
    if (production)
        judgeProduction(production, deployment, context);
    const timing = validFor(sha, reads.pipeline);
    if (timing)
        judgeTiming(timing, context);
    const evidence = decisionEvidenceKinds.map((kind) => evidenceEntry(reads[kind], isRequired(kind, policy)));
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
        return read.problems.map((problem) => ({ file: read.path, field: problem.field, message: problem.message }));
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
    fault(findings, (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .commitStageContradictions */ .uY)(value).map((problem) => ({ file: path, ...problem })));
    fault(findings, notInFuture(path, 'recordedAt', value.recordedAt, context.policy));
}
function judgeAcceptance(acceptance, context) {
    const { value, path } = acceptance;
    const { findings } = context;
    fault(findings, packageProblems(acceptance, context, 'tested'));
    const derived = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptanceVerdict */ .ze)(value.checks);
    if (value.decision !== 'YES') {
        findings.blocking.push({ file: path, field: 'decision', message: `is ${value.decision}: ${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .checksNotPassed */ .PF)(value.checks, true, ['fail']) || 'acceptance did not pass'}` });
    }
    else if (derived.decision !== 'YES') {
        fault(findings, [{
                file: path,
                field: 'decision',
                message: `is YES, but its checks say NO (${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .checksNotPassed */ .PF)(value.checks, true, ['fail']) || 'no check was run'}): the summary contradicts the checks`,
            }]);
    }
    if (value.degraded !== derived.degraded)
        fault(findings, [degradedContradiction(path, value.degraded, (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .checksNotPassed */ .PF)(value.checks, false, ['fail']))]);
    else if (value.degraded)
        findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .checksNotPassed */ .PF)(value.checks, false, ['fail'])}` });
    judgeRunTime(acceptance, context, 'acceptance');
}
function judgeDeployment(deployment, context) {
    const { value, path } = deployment;
    const { findings } = context;
    fault(findings, packageProblems(deployment, context, 'deployed'));
    findings.blocking.push(...restsOnAcceptance(deployment, context));
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
    const manifest = context.manifest?.value;
    if (manifest && (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(value.deployedRefs) !== (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)((0,_contracts_release_package_js__WEBPACK_IMPORTED_MODULE_0__/* .componentRefs */ .CR)(manifest))) {
        fault(findings, [{ file: path, field: 'deployedRefs', message: `${describeRefs(value.deployedRefs)} are not the components of the release package (${describeRefs((0,_contracts_release_package_js__WEBPACK_IMPORTED_MODULE_0__/* .componentRefs */ .CR)(manifest))})` }]);
    }
    const derived = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .productionVerdict */ .db)(value.checks);
    if (value.verdict !== 'pass') {
        findings.blocking.push({ file: path, field: 'verdict', message: `is ${value.verdict}: ${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .checksNotPassed */ .PF)(value.checks, true) || 'production verification did not pass'}` });
    }
    else if (derived.verdict !== 'pass') {
        const why = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .checksNotPassed */ .PF)(value.checks, true) || (value.checks.length === 0 ? 'it holds no check at all' : 'no check passed');
        fault(findings, [{ file: path, field: 'verdict', message: `is pass, but its checks say fail (${why}): the summary contradicts the checks` }]);
    }
    if (value.degraded !== derived.degraded)
        fault(findings, [degradedContradiction(path, value.degraded, (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .checksNotPassed */ .PF)(value.checks, false))]);
    else if (value.degraded)
        findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .checksNotPassed */ .PF)(value.checks, false)}` });
    judgeRunTime(production, context, 'production verification');
    const deployedAt = deployment?.value.outcome === 'deployed' ? deployment.value.deployedAt : undefined;
    if (deployedAt !== undefined && Date.parse(value.startedAt) < Date.parse(deployedAt) - context.policy.clockSkewMs) {
        fault(findings, [{ file: path, field: 'startedAt', message: `is ${value.startedAt}, before the deploy it verifies finished (deployedAt ${deployedAt} in ${deployment.path})` }]);
    }
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


/***/ }),

/***/ 8810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   is: () => (/* binding */ recordStageTiming),
/* harmony export */   lm: () => (/* binding */ TIMING_LOCK_WAIT),
/* harmony export */   ny: () => (/* binding */ stageTiming)
/* harmony export */ });
/* unused harmony export loadTiming */
/* harmony import */ var _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47891);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11549);
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
/** How long a stage waits for the others to append theirs; each holds the lock for one read and one write. */
const TIMING_LOCK_WAIT = { limitMs: 2 * 60 * 1000 };
/** Appends one stage's run. Concurrent stages take turns, so that none of their runs is lost. */
async function recordStageTiming(store, sha, run) {
    await store.exclusively('pipeline', sha, TIMING_LOCK_WAIT, async () => {
        const timing = await loadTiming(store, sha);
        await store.write('pipeline', sha, { ...timing, stages: [...timing.stages, stageTiming(run)] });
    });
}


/***/ }),

/***/ 32418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ checksNotPassed),
/* harmony export */   db: () => (/* binding */ productionVerdict),
/* harmony export */   uY: () => (/* binding */ commitStageContradictions),
/* harmony export */   ze: () => (/* binding */ acceptanceVerdict)
/* harmony export */ });
/* unused harmony export PASSING_CONCLUSION */
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
        problems.push({ field: 'drift.findings', message: `holds ${evidence.drift.findings.length} finding(s) with drift mode fail, but passed is true` });
    }
    return problems;
}
/** Names of checks of one kind (required or optional) that did not pass, for a reason. */
function checksNotPassed(checks, required, statuses = ['fail', 'skipped']) {
    const names = checks.filter((check) => check.required === required && statuses.includes(check.status)).map((check) => `${check.name} (${check.status})`);
    return names.length === 0 ? '' : `${required ? 'required' : 'optional'} checks not passed: ${names.join(', ')}`;
}


/***/ })

};
