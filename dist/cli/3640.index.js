export const id = 3640;
export const ids = [3640];
export const modules = {

/***/ 33640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pipelineCommand: () => (/* binding */ pipelineCommand),
/* harmony export */   pipelineInputVariable: () => (/* binding */ pipelineInputVariable)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21956);
/* harmony import */ var _config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33210);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7982);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11549);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19473);
/* harmony import */ var _platform_github_action_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38925);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(38660);
/* harmony import */ var _stages_deploy_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(55139);
/* harmony import */ var _stages_timing_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8810);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1973);
/* harmony import */ var _local_context_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(88092);
// `shipgate pipeline`: the whole release pipeline on one machine, stage by stage, through the same
// action code the bundles run: commit-gate, build-once, promote, acceptance, deploy, prod-verify,
// release-decision. Exit 0 on YES, 1 on NO, 2 on a usage or configuration error.













const USAGE = `Usage: shipgate pipeline [--config FILE] [--sha SHA] [--artifacts-dir DIR]

Runs commit-gate -> build-once -> promote -> acceptance -> deploy -> prod-verify -> release-decision
on this machine, with the same code as the GitHub actions, and prints each stage as it starts and ends.

  --config FILE        The shipgate config (default shipgate.yml). Commands in it run in its folder.
  --sha SHA            The commit to release (default: git rev-parse HEAD).
  --artifacts-dir DIR  Where the evidence is written (default .artifacts).

Inputs the pipeline does not set itself (secrets, client ids) come from environment variables named
SHIPGATE_<ACTION>_<INPUT>, e.g. SHIPGATE_PROD_VERIFY_ALLOWED_CLIENT_SECRET.

Exit status: 0 the decision is YES, 1 it is NO, 2 a usage or configuration error.`;
/** SHIPGATE_PROD_VERIFY_ALLOWED_CLIENT_ID for prod-verify's allowed-client-id. */
function pipelineInputVariable(action, input) {
    return `SHIPGATE_${action}_${input}`.toUpperCase().replace(/-/g, '_');
}
async function pipelineCommand(args, io) {
    let values;
    try {
        ;
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            options: { config: { type: 'string' }, sha: { type: 'string' }, 'artifacts-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        }));
    }
    catch (error) {
        io.err(`shipgate pipeline: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}\n\n${USAGE}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.usage;
    }
    if (values.help) {
        io.out(USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.ok;
    }
    const configPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.config ?? 'shipgate.yml');
    const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(configPath);
    const artifactsDir = values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_ARTIFACTS_DIR */ .qx;
    const base = (0,_local_context_js__WEBPACK_IMPORTED_MODULE_12__/* .localContext */ .NV)(io.env, io.cwd);
    const context = { ...base, environment: { ...base.environment, workspace } };
    let config;
    let sha;
    try {
        config = (await (0,_config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_3__.loadConfig)(configPath)).config;
        sha = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_5__/* .assertSha */ .B1)(values.sha ?? context.environment.sha ?? '', '--sha');
    }
    catch (error) {
        io.err(`shipgate pipeline: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.usage;
    }
    context.environment.sha = sha;
    // In the JSON log format the progress lines go to the log as JSON too, beside the events.
    const say = (line) => ((0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_8__/* .logFormatOf */ .rQ)(io.env) === 'json' ? context.logger.info(line) : io.out(line));
    const pipelineStarted = Date.now();
    context.logger.event('pipeline_started', { sha, repository: context.environment.repository, config: configPath });
    const store = context.openStore(artifactsDir);
    say(`shipgate pipeline for ${sha} (${context.environment.repository}), config ${configPath}, evidence in ${artifactsDir}`);
    const reports = [];
    const timed = async (stage, work, judge) => {
        say(`▶ ${stage}`);
        const started = Date.now();
        const ownEvents = stage === 'deploy';
        if (ownEvents)
            context.logger.event('stage_started', { stage, sha });
        try {
            const result = await work();
            const { ok, detail } = judge(result);
            reports.push({ stage, ok, detail, ms: Date.now() - started });
            if (ownEvents)
                context.logger.event('stage_completed', { stage, sha, status: 'success', duration_ms: Date.now() - started });
            say(`${ok ? '✔' : '✖'} ${stage} ${seconds(Date.now() - started)}${detail ? `: ${detail}` : ''}`);
            return ok ? result : undefined;
        }
        catch (error) {
            const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .userErrorOf */ .zb)(error)?.message ?? `unexpected error (a bug in shipgate): ${error.stack ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`;
            reports.push({ stage, ok: false, detail, ms: Date.now() - started });
            if (ownEvents)
                context.logger.event('stage_failed', { stage, sha, status: 'failure', duration_ms: Date.now() - started, reason: detail });
            say(`✖ ${stage} ${seconds(Date.now() - started)}: ${detail}`);
            return undefined;
        }
    };
    const runAction = (name, inputs) => async () => {
        const load = _actions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .actionLoaders */ .Z[name];
        if (!load)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`the ${name} action is not part of this build of shipgate`);
        const definition = await load();
        const given = (input) => inputs[input] ?? io.env[pipelineInputVariable(name, input)];
        return (0,_platform_github_action_js__WEBPACK_IMPORTED_MODULE_7__/* .executeAction */ .yn)(definition, given, context);
    };
    const common = { sha, 'artifacts-dir': artifactsDir, config: configPath };
    const passed = (run) => ({ ok: !run.failed, detail: run.failed ?? '' });
    let deployed = false;
    // One stop, however it is reached (the end of the run, Ctrl-C, or both): a second caller waits
    // for the first instead of exiting under it.
    let stopping;
    const stop = () => (stopping ??= (async () => {
        if (!deployed || !config.deploy?.stop)
            return;
        say(`■ stopping what the deploy started: ${config.deploy.stop}`);
        await context.exec.shell(config.deploy.stop, { cwd: workspace, echo: true });
    })());
    const onInterrupt = () => {
        io.err('shipgate pipeline: interrupted; stopping what was started');
        void stop().finally(() => process.exit(130));
    };
    process.once('SIGINT', onInterrupt);
    process.once('SIGTERM', onInterrupt);
    try {
        const gates = (await timed('commit-gate', runAction('commit-gate', common), (run) => ({ ok: !run.failed && run.outputs.passed !== 'false', detail: run.failed ?? describeScope(run.outputs) }))) &&
            (await timed('build-once', runAction('build-once', common), (run) => ({ ok: !run.failed, detail: `${run.outputs['package-digest']} (${run.outputs['runtime-mode']})` }))) &&
            (await timed('promote', runAction('promote', { ...common, 'files-root': workspace }), passed)) &&
            (await timed('acceptance', runAction('acceptance', { ...common, 'fail-on-no': 'false' }), (run) => ({ ok: !run.failed && run.outputs.decision === 'YES', detail: `decision ${run.outputs.decision ?? 'none'}${run.outputs.degraded === 'true' ? ' (degraded)' : ''}` })));
        if (gates && config.deploy) {
            const deployStarted = new Date();
            deployed = true;
            const deployment = await timed('deploy', () => (0,_stages_deploy_js__WEBPACK_IMPORTED_MODULE_9__/* .deployAndRecord */ .Uc)({ sha, command: config.deploy.command, workspace, environment: 'production' }, { store, exec: context.exec, logger: context.logger, clock: context.clock }), (result) => ({ ok: true, detail: result.packageDigest }));
            await (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_10__/* .recordStageTiming */ .is)(store, sha, { stage: 'deploy', startedAt: deployStarted, finishedAt: new Date(), outcome: deployment ? 'success' : 'failure' });
            if (deployment) {
                await timed('prod-verify', runAction('prod-verify', { ...common, 'fail-on-fail': 'false' }), (run) => ({ ok: !run.failed && run.outputs.verdict === 'pass', detail: `verdict ${run.outputs.verdict ?? 'none'}` }));
            }
        }
        else if (gates) {
            say('• deploy: no deploy command in the config; nothing was deployed, so production cannot be verified');
        }
    }
    finally {
        await stop();
        process.removeListener('SIGINT', onInterrupt);
        process.removeListener('SIGTERM', onInterrupt);
    }
    const decision = await timed('release-decision', runAction('release-decision', { sha, 'artifacts-dir': artifactsDir, 'fail-on-no': 'false' }), (run) => ({ ok: run.outputs.decision === 'YES', detail: `${run.outputs.decision} (${run.outputs.status})` }));
    const written = await store.read('release', sha).catch(() => undefined);
    say('');
    if (written?.state === 'valid') {
        say(`Decision: ${written.value.decision} (${written.value.status}) for package ${written.value.packageDigest ?? 'none'}`);
        for (const reason of written.value.reasons)
            say(`  - ${reason.file ? `${reason.file}: ` : ''}${reason.field ? `${reason.field}: ` : ''}${reason.message}`);
    }
    else {
        say(`Decision: NO (no valid decision was written: ${reports.at(-1)?.detail ?? 'unknown'})`);
    }
    say(`Evidence: ${store.pathOf('release', sha)}; shipgate show ${sha} --artifacts-dir ${artifactsDir}`);
    const ended = { sha, duration_ms: Date.now() - pipelineStarted, decision: written?.state === 'valid' ? written.value.decision : 'NO', status: written?.state === 'valid' ? written.value.status : 'failure' };
    if (decision)
        context.logger.event('pipeline_completed', ended);
    else
        context.logger.event('pipeline_failed', { ...ended, reason: written?.state === 'valid' ? written.value.reasons.map((reason) => reason.message).join('; ') || 'decision NO' : (reports.at(-1)?.detail ?? 'no valid decision was written') });
    return decision ? _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.ok : _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.no;
}
function describeScope(outputs) {
    const changed = ['runtime', 'infra'].filter((part) => outputs[`${part}-changed`] === 'true');
    return `changes ${changed.length > 0 ? changed.join(' and ') : 'neither runtime nor infra'}${outputs['docs-drift'] === 'true' ? '; docs drifted' : ''}`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}


/***/ })

};
