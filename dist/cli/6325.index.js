export const id = 6325;
export const ids = [6325];
export const modules = {

/***/ 15658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineCommand: () => (/* binding */ pipelineCommand),
  pipelineInputVariable: () => (/* binding */ pipelineInputVariable)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/actions/index.js
var actions = __webpack_require__(21956);
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 2 modules
var shipgate_config = __webpack_require__(87710);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
// EXTERNAL MODULE: ./build/evidence/store.js
var evidence_store = __webpack_require__(11549);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/platform/github-action.js
var github_action = __webpack_require__(12410);
// EXTERNAL MODULE: ./build/platform/logger.js
var logger = __webpack_require__(38660);
// EXTERNAL MODULE: ./build/stages/deploy.js
var deploy = __webpack_require__(55139);
// EXTERNAL MODULE: ./build/evidence/scoped-store.js
var scoped_store = __webpack_require__(46174);
// EXTERNAL MODULE: ./build/config/environments-config.js
var environments_config = __webpack_require__(56520);
// EXTERNAL MODULE: ./build/stages/environment-promotion.js
var environment_promotion = __webpack_require__(44379);
// EXTERNAL MODULE: ./build/stages/timing.js
var timing = __webpack_require__(8810);
;// CONCATENATED MODULE: ./build/cli/commands/pipeline-environments.js
// `shipgate pipeline` with `environments:`: after the package is built and promoted, each
// environment in order is deployed (through its promotion gate), accepted, verified and decided.
// A NO stops the promotion; the release's decision is then still written, for the last
// environment, naming the environment that said NO. An environment with `promotion: manual` is
// where the run stops, until `shipgate pipeline --environment <name>` promotes to it.



/** Runs `only`, or every environment from the first until one says NO or waits for a manual promotion. */
async function runEnvironments(config, steps, only) {
    const environments = config.environments ?? [];
    const outcome = { passed: [] };
    for (const [index, environment] of environments.entries()) {
        if (only !== undefined && environment.name !== only)
            continue;
        const step = { environment, index, previous: index > 0 ? environments[index - 1].name : null, final: index === environments.length - 1 };
        if (only === undefined && index > 0 && environment.promotion === 'manual') {
            outcome.waiting = environment.name;
            steps.say(`• ${environment.name}: promotion is manual; ${step.previous} said YES. Promote with: shipgate pipeline --environment ${environment.name} --config ${steps.configPath} --artifacts-dir ${steps.artifactsDir}`);
            return outcome;
        }
        const ok = await runEnvironment(step, steps);
        outcome.decided = { environment: environment.name, yes: ok };
        if (!ok) {
            outcome.failed = environment.name;
            const last = environments.at(-1);
            if (!step.final && only === undefined)
                outcome.decided = { environment: last.name, yes: await decideFinal(last, steps) };
            return outcome;
        }
        outcome.passed.push(environment.name);
    }
    return outcome;
}
/** The release's decision without any environment run (the package was not built): for the last environment, a NO that says why. */
async function decideFinal(last, steps) {
    const decision = await steps.timed(`decision ${last.name}`, steps.runAction('release-decision', { sha: steps.sha, 'artifacts-dir': steps.artifactsDir, config: steps.configPath, environment: last.name, 'fail-on-no': 'false' }), (run) => ({ ok: run.outputs.decision === 'YES', detail: `${run.outputs.decision} (${run.outputs.status})` }));
    return decision !== undefined;
}
/** Deploy, acceptance, verification and the decision of one environment; true on its YES. */
async function runEnvironment(step, steps) {
    const { environment } = step;
    const { sha, store, context } = steps;
    const common = { sha, 'artifacts-dir': steps.artifactsDir, config: steps.configPath, environment: environment.name };
    const stage = `deploy ${environment.name}`;
    const started = new Date();
    steps.started(environment.deploy.stop ?? '');
    const deployed = await steps.timed(stage, () => (0,environment_promotion/* deployToEnvironment */.Y)({ sha, environment: environment.name, previous: step.previous, command: environment.deploy.command, workspace: steps.workspace, replay: steps.replay ?? false }, { store, exec: context.exec, logger: context.logger, clock: context.clock }), (result) => ({ ok: true, detail: result.packageDigest }));
    await (0,timing.recordStageTiming)(store, sha, { stage, startedAt: started, finishedAt: new Date(), outcome: deployed ? 'success' : 'failure', run: (0,timing.pipelineRunOf)(context.environment) });
    if (deployed) {
        if (environment.acceptance.checks.length > 0) {
            await steps.timed(`acceptance ${environment.name}`, steps.runAction('acceptance', { ...common, 'fail-on-no': 'false' }), (run) => ({
                ok: !run.failed && run.outputs.decision === 'YES',
                detail: `decision ${run.outputs.decision ?? 'none'}${run.outputs.degraded === 'true' ? ' (degraded)' : ''}`,
            }));
        }
        if ((0,environments_config.environmentRequires)(environment).requireProduction) {
            await steps.timed(`verify ${environment.name}`, steps.runAction('prod-verify', { ...common, 'fail-on-fail': 'false' }), (run) => ({
                ok: !run.failed && run.outputs.verdict === 'pass',
                detail: `verdict ${run.outputs.verdict ?? 'none'}`,
            }));
        }
    }
    const decision = await steps.timed(`decision ${environment.name}`, steps.runAction('release-decision', { ...common, 'fail-on-no': 'false' }), (run) => ({
        ok: run.outputs.decision === 'YES',
        detail: `${run.outputs.decision} (${run.outputs.status})`,
    }));
    return decision !== undefined;
}

// EXTERNAL MODULE: ./build/cli/io.js
var cli_io = __webpack_require__(1973);
// EXTERNAL MODULE: ./build/cli/local-context.js
var local_context = __webpack_require__(88092);
;// CONCATENATED MODULE: ./build/cli/commands/pipeline.js
// `shipgate pipeline`: the whole release pipeline on one machine, stage by stage, through the same
// action code the bundles run: commit-gate, build-once, promote, acceptance, deploy, prod-verify,
// release-decision. Exit 0 on YES, 1 on NO, 2 on a usage or configuration error.















const USAGE = `Usage: shipgate pipeline [--config FILE] [--sha SHA] [--artifacts-dir DIR] [--environment NAME] [--json]

Runs commit-gate -> build-once -> promote -> acceptance -> deploy -> prod-verify -> release-decision
on this machine, with the same code as the GitHub actions, and prints each stage as it starts and ends.
With environments: in the config, after promote each environment in order is deployed (only with
the previous one's YES), accepted, verified and decided; the last one's decision is the release's.

  --config FILE        The shipgate config (default shipgate.yml). Commands in it run in its folder.
  --sha SHA            The commit to release (default: git rev-parse HEAD).
  --artifacts-dir DIR  Where the evidence is written (default .artifacts).
  --environment NAME   Promote the built package to this one environment only (a manual promotion,
                       or a re-run); it still needs the previous environment's YES.
  --replay             An explicit replay of an already built package (what shipgate rollback
                       runs): no commit gate or build; the deploy is recorded as a replay.
  --json               Print one JSON summary of the run on stdout when it ends (the progress lines
                       go to stderr): {sha, repository, config, artifactsDir, stages: [{stage, ok,
                       detail, durationMs}], decision: {decision, status, environment?,
                       packageDigest, reasons} or null, pending, evidence, exitCode}.

Each run takes the next local run number for the SHA (local run 1, 2, ...) and records it with every
stage's timing, so that 'shipgate show' keeps runs apart; 'shipgate run <action>' on its own joins the
latest local run. Inside a GitHub job, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT name the run instead.

Inputs the pipeline does not set itself (secrets, client ids) come from environment variables named
SHIPGATE_<ACTION>_<INPUT>, e.g. SHIPGATE_PROD_VERIFY_ALLOWED_CLIENT_SECRET.

Exit status: 0 the decision is YES, 1 it is NO, 2 a usage or configuration error.`;
/** SHIPGATE_PROD_VERIFY_ALLOWED_CLIENT_ID for prod-verify's allowed-client-id. */
function pipelineInputVariable(action, input) {
    return `SHIPGATE_${action}_${input}`.toUpperCase().replace(/-/g, '_');
}
async function pipelineCommand(args, io) {
    const { values } = (0,cli_io/* parseFlags */.bQ)('shipgate pipeline', args, {
        config: { type: 'string' },
        sha: { type: 'string' },
        'artifacts-dir': { type: 'string' },
        environment: { type: 'string' },
        replay: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.out(USAGE);
        return cli_io/* EXIT */.dc.ok;
    }
    const configPath = (0,external_node_path_.resolve)(io.cwd, values.config ?? 'shipgate.yml');
    const workspace = (0,external_node_path_.dirname)(configPath);
    const artifactsDir = values['artifacts-dir'] ?? local_store/* DEFAULT_ARTIFACTS_DIR */.qx;
    const base = (0,local_context/* localContext */.NV)(io.env, io.cwd, (0,local_context/* commandLogger */.Ay)(io));
    const context = { ...base, environment: { ...base.environment, workspace }, ...(values.json ? { exec: echoToStderr(base.exec, io) } : {}) };
    const config = (await (0,shipgate_config.loadConfig)(configPath)).config;
    const sha = (0,evidence_store/* assertSha */.B1)(values.sha ?? context.environment.sha ?? '', '--sha');
    if (values.environment !== undefined)
        (0,environments_config.environmentStep)(config.environments, values.environment, configPath, '--environment');
    context.environment.sha = sha;
    // In the JSON log format the progress lines go to the log as JSON too, beside the events; with
    // --json they go to stderr, so that stdout is the one JSON summary.
    const say = (line) => ((0,logger/* logFormatOf */.rQ)(io.env) === 'json' ? context.logger.info(line) : values.json ? io.err(line) : io.out(line));
    const pipelineStarted = Date.now();
    context.logger.event('pipeline_started', { sha, repository: context.environment.repository, config: configPath });
    const store = context.openStore(artifactsDir);
    // Each local pipeline is a run of its own, so that its timing and evidence are not mixed with an
    // earlier run's for the same SHA; inside a GitHub job the job's run id and attempt say which run it is.
    if (context.environment.runId === timing/* UNNUMBERED_LOCAL_RUN_ID */.A5) {
        const recorded = await store.read('pipeline', sha).catch(() => undefined);
        context.environment.runId = (0,timing/* localRunId */.Sk)(recorded?.state === 'valid' ? (0,timing/* nextLocalRunNumber */.RU)(recorded.value) : 1);
    }
    const run = (0,timing.pipelineRunOf)(context.environment);
    say(`shipgate pipeline for ${sha} (${context.environment.repository}), ${(0,timing/* runLabel */.Az)(run)}, config ${configPath}, evidence in ${artifactsDir}`);
    const reports = [];
    const timed = async (stage, work, judge) => {
        say(`▶ ${stage}`);
        const started = Date.now();
        const ownEvents = stage === 'deploy' || stage.startsWith('deploy ');
        if (ownEvents)
            context.logger.event('stage_started', { stage, sha });
        try {
            const result = await work();
            const { ok, detail } = judge(result);
            reports.push({ stage, ok, detail, durationMs: Date.now() - started });
            if (ownEvents)
                context.logger.event('stage_completed', { stage, sha, status: 'success', duration_ms: Date.now() - started });
            say(`${ok ? '✔' : '✖'} ${stage} ${seconds(Date.now() - started)}${detail ? `: ${detail}` : ''}`);
            return ok ? result : undefined;
        }
        catch (error) {
            const detail = (0,errors/* userErrorOf */.zb)(error)?.message ?? `unexpected error (a bug in shipgate): ${error.stack ?? (0,errors/* errorMessage */.gJ)(error)}`;
            reports.push({ stage, ok: false, detail, durationMs: Date.now() - started });
            if (ownEvents)
                context.logger.event('stage_failed', { stage, sha, status: 'failure', duration_ms: Date.now() - started, reason: detail });
            say(`✖ ${stage} ${seconds(Date.now() - started)}: ${detail}`);
            return undefined;
        }
    };
    const runAction = (name, inputs) => async () => {
        const load = actions/* actionLoaders */.Z[name];
        if (!load)
            throw new errors/* ConfigurationError */.j1(`the ${name} action is not part of this build of shipgate`);
        const definition = await load();
        const given = (input) => inputs[input] ?? io.env[pipelineInputVariable(name, input)];
        return (0,github_action/* executeAction */.yn)(definition, given, context);
    };
    const common = { sha, 'artifacts-dir': artifactsDir, config: configPath };
    const passed = (run) => ({ ok: !run.failed, detail: run.failed ?? '' });
    // What the deploys started, stopped at the end in reverse order. One stop, however it is reached
    // (the end of the run, Ctrl-C, or both): a second caller waits for the first instead of exiting under it.
    const stops = [];
    let stopping;
    const stop = () => (stopping ??= (async () => {
        for (const command of [...new Set(stops)].reverse()) {
            say(`■ stopping what the deploy started: ${command}`);
            await context.exec.shell(command, { cwd: workspace, echo: true });
        }
    })());
    const onInterrupt = () => {
        io.err('shipgate pipeline: interrupted; stopping what was started');
        void stop().finally(() => process.exit(130));
    };
    process.once('SIGINT', onInterrupt);
    process.once('SIGTERM', onInterrupt);
    // acceptance -> deploy -> prod-verify, without environments:.
    const singleFlow = async (replay) => {
        const accepted = await timed('acceptance', runAction('acceptance', { ...common, 'fail-on-no': 'false' }), (run) => ({ ok: !run.failed && run.outputs.decision === 'YES', detail: `decision ${run.outputs.decision ?? 'none'}${run.outputs.degraded === 'true' ? ' (degraded)' : ''}` }));
        if (!accepted)
            return;
        if (!config.deploy) {
            say('• deploy: no deploy command in the config; nothing was deployed, so production cannot be verified');
            return;
        }
        const deployStarted = new Date();
        if (config.deploy.stop)
            stops.push(config.deploy.stop);
        const deployment = await timed('deploy', () => (0,deploy/* deployAndRecord */.Uc)({ sha, command: config.deploy.command, workspace, environment: 'production', replay }, { store, exec: context.exec, logger: context.logger, clock: context.clock }), (result) => ({ ok: true, detail: result.packageDigest }));
        await (0,timing.recordStageTiming)(store, sha, { stage: 'deploy', startedAt: deployStarted, finishedAt: new Date(), outcome: deployment ? 'success' : 'failure', run });
        if (deployment) {
            await timed('prod-verify', runAction('prod-verify', { ...common, 'fail-on-fail': 'false' }), (run) => ({ ok: !run.failed && run.outputs.verdict === 'pass', detail: `verdict ${run.outputs.verdict ?? 'none'}` }));
        }
    };
    // This run's decision: the release's, or with --environment or a manual promotion ahead, an environment's.
    let decided = { yes: false };
    const decidedYes = (run) => ({ ok: run.outputs.decision === 'YES', detail: `${run.outputs.decision} (${run.outputs.status})` });
    try {
        const only = values.environment;
        const replay = values.replay === true;
        const gates = only !== undefined ||
            replay ||
            ((await timed('commit-gate', runAction('commit-gate', common), (run) => ({ ok: !run.failed && run.outputs.passed !== 'false', detail: run.failed ?? describeScope(run.outputs) }))) &&
                (await timed('build-once', runAction('build-once', common), (run) => ({ ok: !run.failed, detail: `${run.outputs['package-digest']} (${run.outputs['runtime-mode']})` }))) &&
                (await timed('promote', runAction('promote', { ...common, 'files-root': workspace }), passed)));
        if (config.environments) {
            const last = config.environments.at(-1);
            const steps = { sha, workspace, configPath, artifactsDir, store, context, say, timed, runAction, started: (command) => void (command && stops.push(command)) };
            if (gates) {
                const outcome = await runEnvironments(config, { ...steps, replay }, only);
                decided = { yes: outcome.decided?.yes ?? false, environment: outcome.decided?.environment, waiting: outcome.waiting };
            }
            else {
                decided = { yes: await decideFinal(last, steps), environment: last.name };
            }
        }
        else if (gates) {
            await singleFlow(replay);
        }
    }
    finally {
        await stop();
        process.removeListener('SIGINT', onInterrupt);
        process.removeListener('SIGTERM', onInterrupt);
    }
    if (!config.environments)
        decided = { yes: (await timed('release-decision', runAction('release-decision', { sha, 'artifacts-dir': artifactsDir, 'fail-on-no': 'false' }), decidedYes)) !== undefined };
    const decisionStore = (0,scoped_store/* scopedStore */.sy)(store, { environment: decided.environment });
    const written = await decisionStore.read('release', sha).catch(() => undefined);
    say('');
    if (decided.waiting) {
        say(`Decision: pending: ${decided.waiting} waits for a manual promotion (${decided.environment ?? 'the previous environment'} said YES)`);
    }
    else if (written?.state === 'valid') {
        const where = 'environment' in written.value ? ` in ${written.value.environment}` : '';
        say(`Decision${where}: ${written.value.decision} (${written.value.status}) for package ${written.value.packageDigest ?? 'none'}`);
        for (const reason of written.value.reasons)
            say(`  - ${reason.file ? `${reason.file}: ` : ''}${reason.field ? `${reason.field}: ` : ''}${reason.message}`);
    }
    else {
        say(`Decision: NO (no valid decision was written: ${reports.at(-1)?.detail ?? 'unknown'})`);
    }
    say(`Evidence: ${decisionStore.pathOf('release', sha)}; shipgate show ${sha} --artifacts-dir ${artifactsDir}`);
    const ended = { sha, duration_ms: Date.now() - pipelineStarted, decision: written?.state === 'valid' ? written.value.decision : 'NO', status: written?.state === 'valid' ? written.value.status : 'failure' };
    const yes = decided.yes && written?.state === 'valid' && written.value.decision === 'YES';
    if (yes)
        context.logger.event('pipeline_completed', ended);
    else
        context.logger.event('pipeline_failed', { ...ended, reason: written?.state === 'valid' ? written.value.reasons.map((reason) => reason.message).join('; ') || 'decision NO' : (reports.at(-1)?.detail ?? 'no valid decision was written') });
    const exitCode = yes ? cli_io/* EXIT */.dc.ok : cli_io/* EXIT */.dc.no;
    if (values.json) {
        const decision = written?.state === 'valid'
            ? {
                decision: written.value.decision,
                status: written.value.status,
                ...('environment' in written.value ? { environment: written.value.environment } : {}),
                packageDigest: written.value.packageDigest ?? null,
                reasons: written.value.reasons,
            }
            : null;
        io.out(JSON.stringify({ sha, repository: context.environment.repository, config: configPath, artifactsDir, stages: reports, decision, pending: decided.waiting ?? null, evidence: decisionStore.pathOf('release', sha), exitCode }, null, 2));
    }
    return exitCode;
}
/** With --json, stdout is the summary alone: what the build and deploy commands print goes to stderr, once each has ended. */
function echoToStderr(exec, io) {
    const echoed = (result, echo) => {
        if (echo && (result.stdout || result.stderr))
            io.err(`${result.stdout}${result.stderr}`);
        return result;
    };
    return {
        shell: async (commandLine, options = {}) => echoed(await exec.shell(commandLine, { ...options, echo: false }), options.echo),
        run: async (program, args, options = {}) => echoed(await exec.run(program, args, { ...options, echo: false }), options.echo),
    };
}
function describeScope(outputs) {
    const changed = ['runtime', 'infra'].filter((part) => outputs[`${part}-changed`] === 'true');
    return `changes ${changed.length > 0 ? changed.join(' and ') : 'neither runtime nor infra'}${outputs['docs-drift'] === 'true' ? '; docs drifted' : ''}`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}


/***/ }),

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

/***/ 41670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isValidAddress),
/* harmony export */   Ow: () => (/* binding */ domainOf),
/* harmony export */   c3: () => (/* binding */ requireAddress),
/* harmony export */   hE: () => (/* binding */ distinctRecipients),
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
/**
 * Each address once, with case aside on the whole address (as the event key and the roster compare
 * them), in its first spelling: an address in `to` and `cc` is sent once, in `to` (to, then cc,
 * then bcc). The event key and the headers are made from this, so the same people listed
 * differently are one event and one message.
 */
function distinctRecipients(recipients) {
    const seen = new Set();
    const once = (list) => list.filter((address) => {
        const key = address.trim().toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return { to: once(recipients.to), cc: once(recipients.cc), bcc: once(recipients.bcc) };
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

/***/ 13021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   OB: () => (/* binding */ hasFullDigest),
/* harmony export */   UU: () => (/* binding */ humanDuration),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   XH: () => (/* binding */ digestDetails),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fQ: () => (/* binding */ shortenDigests),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony export failureSummary */
// Markdown for job summaries, which GitHub renders as it renders any Markdown: table cells that a
// pipe, a newline or an angle bracket cannot break, digests short enough to read, durations in words,
// and the summary a step writes when it fails by throwing.
function statusIcon(status) {
    return { success: '✅', partial_success: '⚠️', failure: '❌' }[status];
}
/**
 * Text as Markdown shows it literally: `<abc@x>` stays text (not a tag, not a mailto link), and
 * `*`, `_`, `[`, backticks and backslashes do not turn into formatting.
 */
function escapeText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]])/g, '\\$1');
}
/** A table cell: escaped text on one line, with `|` escaped so it does not split the cell. */
function escapeCell(text) {
    return escapeText(text).replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}
/** Inline code in prose; a fence longer than any backtick run inside, so none ends it early. */
function code(text) {
    const oneLine = text.replace(/\r?\n|\r/g, ' ');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Inline code in a table cell: GitHub reads `\|` as a pipe even inside a code span. */
function codeCell(text) {
    return code(text).replace(/\|/g, '\\|');
}
const DIGEST_HEX = /\b[0-9a-f]{64}\b/g;
/** `sha256:` and the first 12 hex characters of a digest (a bare 64-hex value keeps 12); anything else as it is. */
function shortDigest(digest) {
    return digest.replace(DIGEST_HEX, (hex) => hex.slice(0, 12));
}
/** Text with every 64-hex digest in it cut to 12 characters; the full values belong in digestDetails. */
function shortenDigests(text) {
    return shortDigest(text);
}
/** True when the text holds a digest that shortDigest would cut. */
function hasFullDigest(text) {
    return new RegExp(DIGEST_HEX.source).test(text);
}
/**
 * The full digests, collapsed: one `<details>` block for the end of a summary, so the page shows
 * short digests and a reader who needs a full one can open it. Empty when there is nothing to show.
 */
function digestDetails(entries) {
    const shown = entries.filter(([, digest]) => digest !== '');
    if (shown.length === 0)
        return [];
    return [
        '<details><summary>Full digests</summary>',
        '',
        '| of | digest |',
        '| --- | --- |',
        ...shown.map(([label, digest]) => `| ${escapeCell(label)} | ${codeCell(digest)} |`),
        '',
        '</details>',
        '',
    ];
}
/** 850 ms, 4.2s, 2m 5s, 3h 54m, 8d 3h 54m: the units that matter, largest first, zero parts left out. */
function humanDuration(ms) {
    if (!Number.isFinite(ms))
        return 'unknown';
    if (ms < 0)
        return `-${humanDuration(-ms)}`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 10_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600)
        return joinUnits([[Math.floor(seconds / 60), 'm'], [seconds % 60, 's']]);
    const minutes = Math.round(ms / 60_000);
    if (minutes < 24 * 60)
        return joinUnits([[Math.floor(minutes / 60), 'h'], [minutes % 60, 'm']]);
    return joinUnits([[Math.floor(minutes / 1440), 'd'], [Math.floor((minutes % 1440) / 60), 'h'], [minutes % 60, 'm']]);
}
function joinUnits(parts) {
    return parts
        .filter(([value]) => value > 0)
        .map(([value, unit]) => `${value}${unit}`)
        .join(' ');
}
/** `1 component`, `2 components`; the plural form when adding an s does not make it. */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
const BUG_PREFIX = 'unexpected error (a bug in shipgate)';
/**
 * The job summary of a step that failed by throwing: what failed, where, and what to do about it.
 * The message is the error as the user is told it (a ConfigurationError's says what and how to fix);
 * a bug's stack trace is kept, collapsed.
 */
function failureSummary(actionName, message, location) {
    const [firstLine = '', ...rest] = message.split(/\r?\n/);
    const isBug = message.startsWith(BUG_PREFIX);
    const lines = [`## ${statusIcon('failure')} ${escapeText(actionName)} failed`, '', escapeText(shortenDigests(firstLine.trim() || 'failed without a message')), ''];
    if (location?.file) {
        lines.push(`**Where:** ${code(location.file)}${location.line === undefined ? '' : ` line ${location.line}`}`, '');
    }
    lines.push(isBug
        ? '**What to do:** this is a bug in shipgate, not in your inputs: re-run the step, and if it fails again report it with the details below.'
        : `**What to fix:** the ${location?.file ? 'file' : 'input or file'} the message names, as it says; then re-run the step.`, '');
    if (rest.length > 0 || hasFullDigest(firstLine)) {
        lines.push('<details><summary>Full message</summary>', '', '```text', message.replace(/```/g, '`\u200b``'), '```', '', '</details>', '');
    }
    return lines.join('\n');
}


/***/ })

};
