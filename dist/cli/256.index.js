export const id = 256;
export const ids = [256];
export const modules = {

/***/ 877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ shaInput),
/* harmony export */   Lp: () => (/* binding */ artifactsDirInput),
/* harmony export */   Wj: () => (/* binding */ WORKFLOW_TOKEN),
/* harmony export */   au: () => (/* binding */ tokenOrEnvironment),
/* harmony export */   xK: () => (/* binding */ configInput)
/* harmony export */ });
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3387);

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

/***/ 3256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RELEASE_DECISION_INPUTS: () => (/* binding */ RELEASE_DECISION_INPUTS),
/* harmony export */   RELEASE_DECISION_OUTPUTS: () => (/* binding */ RELEASE_DECISION_OUTPUTS),
/* harmony export */   releaseDecisionAction: () => (/* binding */ releaseDecisionAction),
/* harmony export */   releaseDecisionSummary: () => (/* binding */ releaseDecisionSummary)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4377);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3387);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7582);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8959);
/* harmony import */ var _stages_release_decision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7066);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(877);
// The release-decision action: inputs -> decideRelease -> outputs and a job summary. It writes
// the pipeline timing itself (it closes it), so it returns no `timing` for the adapter to append.






const RELEASE_DECISION_INPUTS = {
    sha: 'sha',
    artifactsDir: 'artifacts-dir',
    failOnNo: 'fail-on-no',
    commitTime: 'commit-time',
};
const RELEASE_DECISION_OUTPUTS = {
    decision: 'decision',
    status: 'status',
    decisionPath: 'decision-path',
};
const settings = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    [RELEASE_DECISION_INPUTS.sha]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.sha(),
    [RELEASE_DECISION_INPUTS.artifactsDir]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [RELEASE_DECISION_INPUTS.failOnNo]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.boolean(true),
    [RELEASE_DECISION_INPUTS.commitTime]: zod__WEBPACK_IMPORTED_MODULE_6__/* .datetime */ .w$({ offset: true, message: 'must be an ISO 8601 date-time with a zone, e.g. 2024-05-01T12:00:00Z' })
        .optional(),
})
    .transform((raw) => ({
    sha: raw.sha,
    artifactsDir: raw['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ARTIFACTS_DIR */ .qx,
    failOnNo: raw['fail-on-no'],
    commitTime: raw['commit-time'] === undefined ? undefined : new Date(raw['commit-time']),
}));
const releaseDecisionAction = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .defineAction */ .QP)({
    name: 'release-decision',
    description: 'Says YES only when the manifest, acceptance and production evidence for a SHA are present, valid and name the same package; closes the pipeline timing.',
    branding: { icon: 'check-circle', color: 'green' },
    inputs: {
        [RELEASE_DECISION_INPUTS.sha]: _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .shaInput */ .FN,
        [RELEASE_DECISION_INPUTS.artifactsDir]: _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactsDirInput */ .Lp,
        [RELEASE_DECISION_INPUTS.failOnNo]: { description: 'Fail the step when the decision is NO (the decision and outputs are written first).', default: 'true' },
        [RELEASE_DECISION_INPUTS.commitTime]: {
            description: 'When the release commit was made (ISO 8601), for the lead time. Default: the push event\'s head commit, else git\'s committer date.',
        },
    },
    outputs: {
        [RELEASE_DECISION_OUTPUTS.decision]: { description: 'YES or NO.' },
        [RELEASE_DECISION_OUTPUTS.status]: { description: 'success, partial_success or failure.' },
        [RELEASE_DECISION_OUTPUTS.decisionPath]: { description: 'The path of decision.json.' },
    },
    settings,
    async run(given, context) {
        const sha = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSha */ .vc)(given.sha, context.environment);
        const repository = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRepository */ .BN)(context.environment);
        const commitTime = await (0,_stages_release_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCommitTime */ .LY)(given.commitTime, sha, context);
        const store = context.openStore(given.artifactsDir);
        const outcome = await (0,_stages_release_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .decideRelease */ .co)({ sha, repository, commitTime }, { store, clock: context.clock, logger: context.logger });
        const { decision, path } = outcome;
        return {
            outputs: {
                [RELEASE_DECISION_OUTPUTS.decision]: decision.decision,
                [RELEASE_DECISION_OUTPUTS.status]: decision.status,
                [RELEASE_DECISION_OUTPUTS.decisionPath]: path,
            },
            summary: releaseDecisionSummary(decision, outcome.timing),
            failure: decision.decision === 'NO' && given.failOnNo
                ? { message: `release decision is NO for ${sha}: ${decision.reasons.map(formatReason).join('; ')}`, file: path }
                : undefined,
        };
    },
});
function formatReason(reason) {
    return [reason.file, reason.field, reason.message].filter((part) => part !== undefined).join(': ');
}
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
        lines.push('### Reasons', '', ...decision.reasons.map((reason) => `- ${cell(formatReason(reason))}`), '');
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

/***/ 7582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   QL: () => (/* binding */ inputs),
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   rO: () => (/* binding */ withDefaults)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8532);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
// What an action is, independent of where it runs: its documented inputs and outputs, one zod
// schema that turns the raw inputs into a typed settings object, and a run function over ports.
// The GitHub adapter (github-action.ts) and the `shipgate` command both drive this.



function defineAction(definition) {
    return definition;
}
/** Raw inputs with defaults applied; empty means not given. */
function withDefaults(definition, given) {
    const raw = {};
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const value = given(name)?.trim();
        raw[name] = value ? value : spec.default || undefined;
    }
    return raw;
}
/** Parses the inputs with the action's schema; the error names the input and says what fits. */
function parseSettings(definition, raw, logger) {
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const value = raw[name];
        if (spec.secret && value)
            logger.secret(value);
    }
    for (const [name, spec] of Object.entries(definition.inputs)) {
        if (spec.required && !raw[name]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${name}' is required: ${spec.description}`);
        }
    }
    const parsed = definition.settings.safeParse(raw);
    if (!parsed.success) {
        const messages = parsed.error.issues.map((issue) => {
            const [inputName, ...rest] = issue.path;
            const where = rest.length > 0 ? `${String(inputName)} (${(0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(rest)})` : String(inputName ?? '(inputs)');
            return `input '${where}': ${issue.message}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(messages.join('; '));
    }
    return parsed.data;
}
// Input field parsers: the raw value is a string or undefined (not given).
const inputs = {
    /** An optional string. */
    text: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** true/false in the spellings the runner accepts (YAML 1.2 core schema). */
    boolean: (fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        ctx.addIssue({ code: 'custom', message: `'${value}' is not a boolean; use true or false` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    /** One item per line (blank lines and surrounding spaces dropped). */
    list: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value) => (value ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')),
    /** A full commit SHA, optional (the run's SHA is the usual default). */
    sha: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[0-9a-f]{40}$/, 'must be a full 40-character lowercase hex commit SHA')
        .optional(),
    /** A TCP port, 1 to 65535, optional. */
    port: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return undefined;
        const port = Number(value);
        if (!Number.isInteger(port) || port < 1 || port > 65535) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a port number (1-65535)` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return port;
    }),
    /** A positive duration in seconds. */
    seconds: (fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        const seconds = Number(value);
        if (!Number.isFinite(seconds) || seconds <= 0) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a positive number of seconds` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return seconds;
    }),
};


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
