export const id = 6670;
export const ids = [6670,1670];
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

/***/ 19455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RELEASE_DECISION_INPUTS: () => (/* binding */ RELEASE_DECISION_INPUTS),
  RELEASE_DECISION_OUTPUTS: () => (/* binding */ RELEASE_DECISION_OUTPUTS),
  noAnnotation: () => (/* binding */ noAnnotation),
  releaseDecisionAction: () => (/* binding */ releaseDecisionAction),
  releaseDecisionSummary: () => (/* binding */ releaseDecisionSummary)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
// EXTERNAL MODULE: ./build/config/environments-config.js
var environments_config = __webpack_require__(56520);
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 2 modules
var shipgate_config = __webpack_require__(87710);
// EXTERNAL MODULE: ./build/contracts/release-decision.js
var release_decision = __webpack_require__(59084);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(48959);
// EXTERNAL MODULE: ./build/stages/judge.js
var judge = __webpack_require__(72029);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(41854);
// EXTERNAL MODULE: ./build/evidence/scoped-store.js
var scoped_store = __webpack_require__(46174);
// EXTERNAL MODULE: ./build/stages/timing.js
var stages_timing = __webpack_require__(8810);
;// CONCATENATED MODULE: ./build/stages/release-decision.js






const RELEASE_DECISION_STAGE = 'release-decision';
/**
 * The evidence of a decision: for an environment, its own acceptance, deployment and verification
 * (the package, commit stage and timing are shared) and the previous environment's decision.
 */
async function readDecisionEvidence(root, sha, environment) {
    const store = environment ? (0,scoped_store/* scopedStore */.sy)(root, { environment: environment.name }) : root;
    const promotion = environment?.promotedFrom
        ? { from: environment.promotedFrom, read: await (0,scoped_store/* scopedStore */.sy)(root, { environment: environment.promotedFrom }).read('release', sha) }
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
    return ports.store.exclusively('pipeline', input.sha, stages_timing/* TIMING_LOCK_WAIT */.lm, () => decide(input, ports, startedAt));
}
async function decide(input, ports, startedAt) {
    const { sha, repository, environment } = input;
    const { clock, logger } = ports;
    const root = ports.store;
    const store = environment ? (0,scoped_store/* scopedStore */.sy)(root, { environment: environment.name }) : root;
    // Only the release's own decision closes the timing: an earlier environment's is a step of it.
    const closes = !environment || environment.final;
    const commitTime = input.commitTime ?? null;
    const reads = await readDecisionEvidence(root, sha, environment);
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

// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(20877);
;// CONCATENATED MODULE: ./build/actions/timing-summary.js


// Mermaid reads `:` as the start of task metadata and `#`/`;` as comment and statement breaks.
function taskName(text) {
    return text.replace(/[:#;]/g, ' ');
}
const TAG = { success: 'done', failure: 'crit', no: 'crit', skipped: 'active' };
/** The section's lines: the latest run's stages as a gantt chart, then its total and lead time. */
function timingSummary(timing) {
    const run = (0,stages_timing/* latestRun */.hH)(timing);
    if (!run)
        return ['### Stage timings', '', '_No stage recorded its timing._'];
    const label = taskName((0,stages_timing/* runLabel */.Az)(run.run));
    const lines = ['### Stage timings', '', '```mermaid', 'gantt', `  title Pipeline timing for ${timing.sha.slice(0, 12)}, ${label}`, '  dateFormat x', '  axisFormat %H:%M:%S', '  section stages'];
    run.stages.forEach((stage, index) => {
        const start = Date.parse(stage.startedAt);
        // A zero-length bar is not drawn; a millisecond keeps instant stages visible.
        const end = Math.max(Date.parse(stage.finishedAt), start + 1);
        lines.push(`  ${taskName(stage.stage)} (${(0,markdown/* humanDuration */.UU)(stage.durationMs)}) :${TAG[stage.outcome]}, stage${index}, ${start}, ${end}`);
    });
    lines.push('```');
    if (run.closed) {
        const lead = run.closed.leadTimeMs === null ? 'unknown (no commit time)' : (0,markdown/* humanDuration */.UU)(run.closed.leadTimeMs);
        lines.push('', `Total ${(0,markdown/* humanDuration */.UU)(run.closed.totalMs)} from the first stage of ${(0,stages_timing/* runLabel */.Az)(run.run)} to the decision; lead time from commit ${lead}.`);
    }
    const earlier = (0,stages_timing/* runsOf */.ky)(timing).length - 1;
    if (earlier > 0)
        lines.push('', `_${(0,markdown/* plural */.LS)(earlier, 'earlier run')} of this commit ${earlier === 1 ? 'is' : 'are'} not charted; \`shipgate show ${timing.sha}\` lists every run._`);
    return lines;
}

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
    environment: 'environment',
    config: 'config',
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
    [RELEASE_DECISION_INPUTS.environment]: action/* inputs */.QL.text(),
    [RELEASE_DECISION_INPUTS.config]: action/* inputs */.QL.text(),
})
    .transform((raw) => ({
    sha: raw.sha,
    artifactsDir: raw['artifacts-dir'] ?? local_store/* DEFAULT_ARTIFACTS_DIR */.qx,
    failOnNo: raw['fail-on-no'],
    commitTime: raw['commit-time'] === undefined ? undefined : new Date(raw['commit-time']),
    policy: { maxEvidenceAgeMs: raw['max-evidence-age'], requireDeployment: raw['require-deployment'] },
    environment: raw.environment,
    config: raw.config,
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
        [RELEASE_DECISION_INPUTS.environment]: {
            description: 'An environment of the config\'s environments: list: decide for it, on its own acceptance, deployment and verification and on the previous environment\'s YES for the same package (environments/<name>/release/<sha>/decision.json). The last environment\'s decision is also the release\'s. Default: the single flow.',
        },
        [RELEASE_DECISION_INPUTS.config]: { description: 'The shipgate config that lists the environments (read only with environment).', default: 'shipgate.yml' },
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
        const scoped = given.environment === undefined ? undefined : await decisionEnvironment(given.environment, given.config);
        const policy = { ...given.policy, ...scoped?.requires };
        const outcome = await decideRelease({ sha, repository, commitTime, policy, run: (0,stages_timing/* pipelineRunOf */.Xf)(context.environment), ...(scoped ? { environment: scoped.environment } : {}) }, { store, clock: context.clock, logger: context.logger });
        const { decision, path } = outcome;
        const no = decision.decision === 'NO' ? noAnnotation(decision, path) : undefined;
        // A NO the step does not fail on is still pointed out, once, as a warning on the evidence at fault.
        if (no && !given.failOnNo)
            context.logger.warning(no.message, { file: no.file });
        return {
            outputs: {
                [RELEASE_DECISION_OUTPUTS.decision]: decision.decision,
                [RELEASE_DECISION_OUTPUTS.status]: decision.status,
                [RELEASE_DECISION_OUTPUTS.decisionPath]: path,
            },
            summary: releaseDecisionSummary(decision, outcome.timing),
            failure: no && given.failOnNo ? no : undefined,
        };
    },
});
/**
 * A NO, as one annotation on the evidence file at fault: the first reason is the cause (the judge
 * names causes first), so the annotation sits on its file and names its field; the other reasons follow.
 */
function noAnnotation(decision, decisionPath) {
    const [cause, ...others] = decision.reasons;
    const causeText = cause ? (0,release_decision/* formatReason */.K9)({ ...cause, file: undefined }) : 'no reason recorded';
    const more = others.length > 0 ? `; also ${others.map(release_decision/* formatReason */.K9).join('; ')}` : '';
    return { message: `release decision is NO for ${decision.sha}: ${causeText}${more}`, file: cause?.file ?? decisionPath };
}
/** The environment decided for, and the evidence it needs: acceptance and verification only where checks are configured. */
async function decisionEnvironment(name, configPath) {
    const loaded = await (0,shipgate_config.loadConfig)(configPath);
    const step = (0,environments_config/* environmentStep */.wt)(loaded.config.environments, name, loaded.path);
    return { environment: { name, promotedFrom: step.previous, final: step.final }, requires: (0,environments_config/* environmentRequires */.QQ)(step.environment) };
}
/** The job summary: the answer, the evidence it rests on, the reasons (causes first), and where the time went. */
function releaseDecisionSummary(decision, timing) {
    const where = 'environment' in decision ? ` for ${(0,markdown/* escapeText */.X1)(decision.environment)}` : '';
    const lines = [
        `## Release decision${where}: ${(0,markdown/* statusIcon */.I8)(decision.status)} ${decision.decision} (${decision.status})`,
        '',
    ];
    if (decision.status === 'partial_success')
        lines.push(`**Partial success**: the release may go, but ${(0,markdown/* escapeText */.X1)((0,markdown/* shortenDigests */.fQ)(degradedWhat(decision)))}.`, '');
    lines.push(`Commit ${(0,markdown/* code */.aY)(decision.sha)} of ${(0,markdown/* escapeText */.X1)(decision.repository)}; package ${decision.packageDigest ? (0,markdown/* code */.aY)((0,markdown/* shortDigest */.VK)(decision.packageDigest)) : 'unknown (no valid manifest)'}.`, '', '| evidence | path | state | digest |', '| --- | --- | --- | --- |', ...decision.evidence.map((entry) => `| ${(0,markdown/* escapeCell */.kq)(entry.kind)}${entry.required ? '' : ' (optional)'} | ${(0,markdown/* codeCell */.MZ)(entry.path)} | ${(0,markdown/* escapeCell */.kq)(entry.state)} | ${entry.digest ? (0,markdown/* codeCell */.MZ)((0,markdown/* shortDigest */.VK)(entry.digest)) : '-'} |`), '');
    if (decision.reasons.length > 0) {
        const title = decision.decision === 'NO' ? 'Reasons (causes first)' : 'What degraded';
        lines.push(`### ${title}`, '', ...decision.reasons.map((reason) => `- ${(0,markdown/* escapeCell */.kq)((0,markdown/* shortenDigests */.fQ)((0,release_decision/* formatReason */.K9)(reason)))}`), '');
    }
    if (timing)
        lines.push(...timingSummary(timing), '');
    else
        lines.push('_The pipeline timing could not be trusted, so it was not closed and is not charted._', '');
    lines.push(...(0,markdown/* digestDetails */.XH)([
        ...(decision.packageDigest ? [['package', decision.packageDigest]] : []),
        ...decision.evidence.flatMap((entry) => (entry.digest ? [[entry.path, entry.digest]] : [])),
        ...decision.reasons.flatMap((reason) => ((0,markdown/* hasFullDigest */.OB)(reason.message) ? [[`${(0,release_decision/* formatReason */.K9)({ ...reason, message: '' })}`.replace(/: $/, ''), reason.message]] : [])),
    ]));
    return lines.join('\n');
}
/** The one line on what degraded: each degradation with the evidence it is in: acceptance degraded (optional checks not passed: …). */
function degradedWhat(decision) {
    const what = decision.reasons.map((reason) => {
        const kind = decision.evidence.find((entry) => entry.path === reason.file)?.kind ?? reason.file ?? 'evidence';
        return `${kind} degraded (${reason.message.replace(/^is true: /, '')})`;
    });
    return what.join('; ');
}


/***/ }),

/***/ 41670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isValidAddress),
/* harmony export */   Ow: () => (/* binding */ domainOf),
/* harmony export */   c3: () => (/* binding */ requireAddress),
/* harmony export */   tM: () => (/* binding */ assertAllowedFrom)
/* harmony export */ });
/* unused harmony export parseAddressList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
// Mail addresses as shipgate accepts them: plain addr-spec only (no display names, no comments),
// checked before anything is rendered or sent, and the from-address allowlist.

// Deliberately narrower than RFC 5322: what real relays accept and what cannot smuggle headers.
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
function isValidAddress(address) {
    return address.length <= 254 && ADDRESS.test(address) && !address.includes('..');
}
/** The address checked, or a ConfigurationError that names where it came from. */
function requireAddress(address, where) {
    const trimmed = address.trim();
    if (!isValidAddress(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: '${address}' is not a mail address (expected name@example.com)`);
    return trimmed;
}
/** Splits a list input: one address per line or separated by commas. */
function parseAddressList(value, where) {
    const addresses = (value ?? []).flatMap((line) => line.split(',')).map((item) => item.trim()).filter((item) => item !== '');
    return addresses.map((address) => requireAddress(address, where));
}
function domainOf(address) {
    return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
/** `allowed-from` holds addresses and `@domain` entries; the comparison ignores case. */
function assertAllowedFrom(from, allowedFrom) {
    if (allowedFrom.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'allowed-from': not given; list the sender addresses (or @domain) that may send, e.g. allowed-from: ${from} (or mail.allowedFrom in shipgate.yml)`);
    }
    const address = from.toLowerCase();
    const allowed = allowedFrom.some((entry) => {
        const rule = entry.trim().toLowerCase();
        return rule.startsWith('@') ? domainOf(address) === rule.slice(1) : rule === address;
    });
    if (!allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'from': '${from}' is not in allowed-from (${allowedFrom.join(', ')}); use an allowed sender or add it to allowed-from`);
    }
}


/***/ }),

/***/ 14181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ periodLengthMs),
/* harmony export */   gw: () => (/* binding */ sendPeriod),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   nR: () => (/* binding */ PERIODS)
/* harmony export */ });
/* unused harmony exports localDate, isoWeek */
// The period a digest belongs to: a local date or an ISO week in a time zone. A roster send's event
// key carries it instead of the SHA, so each period gets one digest whatever the commit.
const PERIODS = ['daily', 'weekly'];
const DAY_MS = 24 * 60 * 60 * 1000;
const PERIOD_MS = { daily: DAY_MS, weekly: 7 * DAY_MS };
/** Whether Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** The calendar date of an instant in a time zone. */
function localDate(now, timeZone) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
    const part = (type) => Number(parts.find((each) => each.type === type).value);
    return { year: part('year'), month: part('month'), day: part('day') };
}
const pad = (value, width = 2) => String(value).padStart(width, '0');
/** The ISO 8601 week of a calendar date: weeks start on Monday, week 1 holds the year's first Thursday. */
function isoWeek(date) {
    const day = new Date(Date.UTC(date.year, date.month - 1, date.day));
    const weekday = day.getUTCDay() || 7;
    // The Thursday of the same week decides the week's year.
    day.setUTCDate(day.getUTCDate() + 4 - weekday);
    const year = day.getUTCFullYear();
    const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
    return { year, week };
}
function sendPeriod(now, period, timeZone) {
    const local = localDate(now, timeZone);
    const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
    if (period === 'daily')
        return { period, timeZone, key: `daily:${date}`, date };
    const week = isoWeek(local);
    return { period, timeZone, key: `weekly:${week.year}-W${pad(week.week)}`, date };
}
/** How far back "the last period" reaches when no earlier digest of the series was sent. */
function periodLengthMs(period) {
    return PERIOD_MS[period];
}


/***/ }),

/***/ 8810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ UNNUMBERED_LOCAL_RUN_ID),
/* harmony export */   Az: () => (/* binding */ runLabel),
/* harmony export */   C2: () => (/* binding */ emptyTiming),
/* harmony export */   D: () => (/* binding */ runAt),
/* harmony export */   Ql: () => (/* binding */ closeRun),
/* harmony export */   RU: () => (/* binding */ nextLocalRunNumber),
/* harmony export */   Sk: () => (/* binding */ localRunId),
/* harmony export */   W_: () => (/* binding */ sameRun),
/* harmony export */   Xf: () => (/* binding */ pipelineRunOf),
/* harmony export */   hH: () => (/* binding */ latestRun),
/* harmony export */   is: () => (/* binding */ recordStageTiming),
/* harmony export */   ky: () => (/* binding */ runsOf),
/* harmony export */   lm: () => (/* binding */ TIMING_LOCK_WAIT),
/* harmony export */   r: () => (/* binding */ loadTiming)
/* harmony export */ });
/* unused harmony exports resolveRun, stageTiming, upgradeTiming */
/* harmony import */ var _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47891);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11549);
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
    if (run.id === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .LEGACY_RUN_ID */ .aQ)
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
    return upgradeTiming((0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_1__/* .requireValid */ .AK)(read).value);
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
    const firstStart = Math.min(...stages.filter((stage) => sameRun(stage.run, run)).map((stage) => Date.parse(stage.startedAt)));
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
        entry.startedAt = new Date(Math.min(...(starts.length > 0 ? starts : ends))).toISOString();
        entry.finishedAt = new Date(Math.max(...ends)).toISOString();
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


/***/ })

};
