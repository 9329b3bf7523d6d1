export const id = 640;
export const ids = [640];
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
/* harmony import */ var _stages_deploy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(55139);
/* harmony import */ var _stages_timing_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8810);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1973);
/* harmony import */ var _local_context_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(88092);
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
        return _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.usage;
    }
    if (values.help) {
        io.out(USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.ok;
    }
    const configPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.config ?? 'shipgate.yml');
    const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(configPath);
    const artifactsDir = values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_ARTIFACTS_DIR */ .qx;
    const base = (0,_local_context_js__WEBPACK_IMPORTED_MODULE_11__/* .localContext */ .NV)(io.env, io.cwd);
    const context = { ...base, environment: { ...base.environment, workspace } };
    let config;
    let sha;
    try {
        config = (await (0,_config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_3__.loadConfig)(configPath)).config;
        sha = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_5__/* .assertSha */ .B1)(values.sha ?? context.environment.sha ?? '', '--sha');
    }
    catch (error) {
        io.err(`shipgate pipeline: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.usage;
    }
    context.environment.sha = sha;
    const store = context.openStore(artifactsDir);
    io.out(`shipgate pipeline for ${sha} (${context.environment.repository}), config ${configPath}, evidence in ${artifactsDir}`);
    const reports = [];
    const timed = async (stage, work, judge) => {
        io.out(`▶ ${stage}`);
        const started = Date.now();
        try {
            const result = await work();
            const { ok, detail } = judge(result);
            reports.push({ stage, ok, detail, ms: Date.now() - started });
            io.out(`${ok ? '✔' : '✖'} ${stage} ${seconds(Date.now() - started)}${detail ? `: ${detail}` : ''}`);
            return ok ? result : undefined;
        }
        catch (error) {
            const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .userErrorOf */ .zb)(error)?.message ?? `unexpected error (a bug in shipgate): ${error.stack ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`;
            reports.push({ stage, ok: false, detail, ms: Date.now() - started });
            io.out(`✖ ${stage} ${seconds(Date.now() - started)}: ${detail}`);
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
        io.out(`■ stopping what the deploy started: ${config.deploy.stop}`);
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
            const deployment = await timed('deploy', () => (0,_stages_deploy_js__WEBPACK_IMPORTED_MODULE_8__/* .deployAndRecord */ .Uc)({ sha, command: config.deploy.command, workspace, environment: 'production' }, { store, exec: context.exec, logger: context.logger, clock: context.clock }), (result) => ({ ok: true, detail: result.packageDigest }));
            await (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_9__/* .recordStageTiming */ .is)(store, sha, { stage: 'deploy', startedAt: deployStarted, finishedAt: new Date(), outcome: deployment ? 'success' : 'failure' });
            if (deployment) {
                await timed('prod-verify', runAction('prod-verify', { ...common, 'fail-on-fail': 'false' }), (run) => ({ ok: !run.failed && run.outputs.verdict === 'pass', detail: `verdict ${run.outputs.verdict ?? 'none'}` }));
            }
        }
        else if (gates) {
            io.out('• deploy: no deploy command in the config; nothing was deployed, so production cannot be verified');
        }
    }
    finally {
        await stop();
        process.removeListener('SIGINT', onInterrupt);
        process.removeListener('SIGTERM', onInterrupt);
    }
    const decision = await timed('release-decision', runAction('release-decision', { sha, 'artifacts-dir': artifactsDir, 'fail-on-no': 'false' }), (run) => ({ ok: run.outputs.decision === 'YES', detail: `${run.outputs.decision} (${run.outputs.status})` }));
    const written = await store.read('release', sha).catch(() => undefined);
    io.out('');
    if (written?.state === 'valid') {
        io.out(`Decision: ${written.value.decision} (${written.value.status}) for package ${written.value.packageDigest ?? 'none'}`);
        for (const reason of written.value.reasons)
            io.out(`  - ${reason.file ? `${reason.file}: ` : ''}${reason.field ? `${reason.field}: ` : ''}${reason.message}`);
    }
    else {
        io.out(`Decision: NO (no valid decision was written: ${reports.at(-1)?.detail ?? 'unknown'})`);
    }
    io.out(`Evidence: ${store.pathOf('release', sha)}; shipgate show ${sha} --artifacts-dir ${artifactsDir}`);
    return decision ? _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.ok : _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.no;
}
function describeScope(outputs) {
    const changed = ['runtime', 'infra'].filter((part) => outputs[`${part}-changed`] === 'true');
    return `changes ${changed.length > 0 ? changed.join(' and ') : 'neither runtime nor infra'}${outputs['docs-drift'] === 'true' ? '; docs drifted' : ''}`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 55139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PC: () => (/* binding */ relativeEvidencePath),
/* harmony export */   Uc: () => (/* binding */ deployAndRecord),
/* harmony export */   Uv: () => (/* binding */ packageEnvironment),
/* harmony export */   kW: () => (/* binding */ deployPackage)
/* harmony export */ });
/* harmony import */ var _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3001);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11549);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98822);
// deploy: hands the promoted refs, and only those, to the caller's deploy command. The package is
// verified again right before, so what is deployed is exactly what acceptance tested.




/** The environment a deploy, acceptance or verification command gets: the promoted package. */
function packageEnvironment(sha, packageDigest, refs) {
    return { SHIPGATE_SHA: sha, SHIPGATE_PACKAGE_DIGEST: packageDigest, SHIPGATE_REFS: JSON.stringify(refs) };
}
async function deployPackage(input, ports) {
    const promoted = await (0,_promote_js__WEBPACK_IMPORTED_MODULE_3__/* .promote */ .p)({ sha: input.sha, filesRoot: input.workspace }, ports);
    const packageDigest = promoted.manifest.digest;
    ports.logger.info(`Deploying ${packageDigest}: ${input.command}`);
    const result = await ports.exec.shell(input.command, {
        cwd: input.workspace,
        env: packageEnvironment(input.sha, packageDigest, promoted.refs),
        echo: true,
    });
    if (result.exitCode !== 0) {
        // The command's own output is in the log (echoed, masked by the runner); it stays out of this
        // message because the message is recorded in the deployment evidence, and a deploy's error
        // output is where a token ends up.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`deploy: '${input.command}' failed with exit code ${result.exitCode}; its output is in the log above`);
    }
    return { packageDigest, refs: promoted.refs };
}
/**
 * A deploy outside deploy-gate (`shipgate pipeline`), recorded the same way: a deployment record
 * that says deployed, or failed with the command's exit code, so that the release decision reads
 * what happened instead of assuming it.
 */
async function deployAndRecord(input, ports) {
    const { store, clock } = ports;
    const decidedAt = clock.now().toISOString();
    const manifest = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValid */ .AK)(await store.read('release-package', input.sha));
    const acceptance = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValid */ .AK)(await store.read('acceptance', input.sha));
    const record = (outcome, reason, deployedAt) => ({
        schema: _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_SCHEMA */ .s$,
        sha: input.sha,
        packageDigest: manifest.value.digest,
        environment: input.environment,
        outcome,
        replay: false,
        order: 'commit',
        previous: null,
        superseded: [],
        reason,
        decidedAt,
        ...(deployedAt ? { deployedAt } : {}),
        runId: 'local',
        evidence: [
            { kind: 'release-package', path: relativeEvidencePath(store, manifest.path), digest: manifest.value.digest },
            { kind: 'acceptance', path: relativeEvidencePath(store, acceptance.path), digest: acceptance.digest },
        ],
    });
    let deployed;
    try {
        deployed = await deployPackage(input, ports);
    }
    catch (error) {
        await store.write('deployment', input.sha, record('failed', `the deploy command failed: ${error.message}`.slice(0, 2000)));
        throw error;
    }
    await store.write('deployment', input.sha, record('deployed', 'deployed by the local pipeline (shipgate pipeline)', clock.now().toISOString()));
    return deployed;
}
/** A path as recorded in evidence links: relative to the artifacts folder. */
function relativeEvidencePath(store, path) {
    const prefix = `${store.location.replace(/\/+$/, '')}/`;
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}


/***/ }),

/***/ 8787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveInside),
/* harmony export */   h: () => (/* binding */ fileDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
// The sha256 and size of a file, read as a stream so that a large package never sits in memory.




async function fileDigest(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
/** Resolves a path the user gave inside a root folder, refusing anything that leaves it. */
function resolveInside(root, path, what) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path);
    const fromRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), absolute);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) || fromRoot.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(fromRoot)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${what}: '${path}' is outside ${root}; give a path relative to the repository root`);
    }
    return absolute;
}


/***/ }),

/***/ 98822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28420);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11549);
/* harmony import */ var _file_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8787);
// promote: loads the exact package build-once made for a SHA and proves it is untouched: the
// contract, its own digest, the SHA, the digest pins and the files present here. Never builds.





async function promote(input, ports) {
    const read = await ports.store.read('release-package', input.sha);
    if (read.state === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${read.path}: missing: there is no release package for ${input.sha}; build-once must run for this SHA first (promote never builds)`, { file: read.path });
    }
    const { value: manifest, path } = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_3__/* .requireValid */ .AK)(read);
    if (manifest.sha !== input.sha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${path}: sha: the manifest names ${manifest.sha}, but it was loaded for ${input.sha}`, { file: path });
    }
    const checkedFiles = [];
    const absentFiles = [];
    for (const [index, component] of manifest.components.entries()) {
        if (component.kind !== 'file')
            continue;
        const where = `${path}: components[${index}]`;
        const local = (0,_file_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .L)(input.filesRoot, component.path, where);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(local);
        }
        catch {
            absentFiles.push(component.path);
            continue;
        }
        const actual = await (0,_file_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .fileDigest */ .h)(local);
        if (actual.sha256 !== component.sha256) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${where}.sha256: ${component.path} has sha256 ${actual.sha256}, the package records ${component.sha256}; the file changed after build-once`, { file: path });
        }
        if (actual.size !== component.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${where}.size: ${component.path} is ${actual.size} bytes, the package records ${component.size}`, { file: path });
        }
        checkedFiles.push(component.path);
    }
    if (absentFiles.length > 0)
        ports.logger.info(`Not present here, so not checked: ${absentFiles.join(', ')}`);
    ports.logger.info(`Promoting ${manifest.digest} (${manifest.components.length} components, runtime ${manifest.runtime.mode}).`);
    return { manifest, path, refs: (0,_contracts_release_package_js__WEBPACK_IMPORTED_MODULE_1__/* .componentRefs */ .CR)(manifest), checkedFiles, absentFiles };
}


/***/ })

};
