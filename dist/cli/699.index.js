export const id = 699;
export const ids = [699];
export const modules = {

/***/ 3640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pipelineCommand: () => (/* binding */ pipelineCommand),
/* harmony export */   pipelineInputVariable: () => (/* binding */ pipelineInputVariable)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1956);
/* harmony import */ var _config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3210);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3387);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1549);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9473);
/* harmony import */ var _platform_github_action_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8925);
/* harmony import */ var _stages_deploy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5139);
/* harmony import */ var _stages_timing_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8810);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1973);
/* harmony import */ var _local_context_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8092);
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
        config = (await (0,_config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)(configPath)).config;
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
            const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isUserError */ .iU)(error) ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error) : `unexpected error (a bug in shipgate): ${error.stack ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`;
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
            const deployment = await timed('deploy', () => (0,_stages_deploy_js__WEBPACK_IMPORTED_MODULE_8__/* .deployPackage */ .k)({ sha, command: config.deploy.command, workspace }, { store, exec: context.exec, logger: context.logger }), (result) => ({ ok: true, detail: result.packageDigest }));
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

/***/ 8660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ ConsoleLogger),
/* harmony export */   M2: () => (/* binding */ SecretMasker)
/* harmony export */ });
/* unused harmony exports RunnerLogger, RecordingLogger */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2854);
// The Logger seam: stages log through it; the action writes annotations, the command writes to
// stderr, tests record. Every implementation masks the secrets it was given.

/** Replaces every registered secret in a text; used for anything written out, not only logs. */
class SecretMasker {
    secrets = new Set();
    add(value) {
        if (value.length >= 3)
            this.secrets.add(value);
    }
    mask(text) {
        let masked = text;
        for (const secret of this.secrets)
            masked = masked.split(secret).join('***');
        return masked;
    }
}
/** Logs as a GitHub Actions step: annotations for warnings and errors, add-mask for secrets. */
class RunnerLogger {
    masker = new SecretMasker();
    info(message) {
        process.stdout.write(`${this.masker.mask(message)}\n`);
    }
    warning(message, location = {}) {
        annotate('warning', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
    }
    error(message, location = {}) {
        annotate('error', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
    }
    debug(message) {
        if (process.env.RUNNER_DEBUG === '1')
            issueCommand('debug', {}, this.masker.mask(message));
    }
    secret(value) {
        this.masker.add(value);
        maskSecret(value);
    }
}
/** Logs for a person at a terminal: plain lines on stderr, so stdout stays for results. */
class ConsoleLogger {
    verbose;
    write;
    masker = new SecretMasker();
    constructor(verbose = false, write = (line) => process.stderr.write(`${line}\n`)) {
        this.verbose = verbose;
        this.write = write;
    }
    info(message) {
        this.write(this.masker.mask(message));
    }
    warning(message, location = {}) {
        this.write(`warning: ${this.where(location)}${this.masker.mask(message)}`);
    }
    error(message, location = {}) {
        this.write(`error: ${this.where(location)}${this.masker.mask(message)}`);
    }
    debug(message) {
        if (this.verbose)
            this.write(`debug: ${this.masker.mask(message)}`);
    }
    secret(value) {
        this.masker.add(value);
    }
    where(location) {
        if (!location.file)
            return '';
        return location.line ? `${location.file}:${location.line}: ` : `${location.file}: `;
    }
}
/** Keeps every entry, masked, for tests to read back. */
class RecordingLogger {
    entries = [];
    masker = new SecretMasker();
    info(message) {
        this.entries.push({ level: 'info', message: this.masker.mask(message) });
    }
    warning(message, location) {
        this.entries.push({ level: 'warning', message: this.masker.mask(message), location });
    }
    error(message, location) {
        this.entries.push({ level: 'error', message: this.masker.mask(message), location });
    }
    debug(message) {
        this.entries.push({ level: 'debug', message: this.masker.mask(message) });
    }
    secret(value) {
        this.masker.add(value);
    }
    text() {
        return this.entries.map((entry) => `${entry.level}: ${entry.message}`).join('\n');
    }
}


/***/ }),

/***/ 2854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports getRunnerInput, issueCommand, annotate, maskSecret, setRunnerOutput, appendStepSummary */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
// The runner's side of the GitHub Actions protocol: inputs from INPUT_* variables, outputs and the
// job summary through the files the runner names, and workflow commands for annotations and masks.
// @actions/core does the same but loads its OIDC client (undici) eagerly, which doubles the start
// time of every action (bench/startup); this module keeps to the documented protocol only.



/** The raw value of an input as the runner passes it: trimmed, '' when not given. */
function getRunnerInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Writes one workflow command (`::name key=value::message`) to stdout. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}
function annotate(level, message, properties = {}) {
    issueCommand(level, { title: properties.title, file: properties.file, line: properties.startLine }, message);
}
function maskSecret(value) {
    for (const line of value.split(/\r?\n/))
        if (line.trim() !== '')
            issueCommand('add-mask', {}, line);
}
/** Appends `name<<delimiter` blocks to $GITHUB_OUTPUT, the runner's multi-line-safe format. */
function setRunnerOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file) {
        issueCommand('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('bug: output collides with its delimiter');
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
function appendStepSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (file)
        appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
}


/***/ }),

/***/ 5139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ deployPackage)
/* harmony export */ });
/* unused harmony export packageEnvironment */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8822);
// deploy: hands the promoted refs, and only those, to the caller's deploy command. The package is
// verified again right before, so what is deployed is exactly what acceptance tested.


/** The environment a deploy, acceptance or verification command gets: the promoted package. */
function packageEnvironment(sha, packageDigest, refs) {
    return { SHIPGATE_SHA: sha, SHIPGATE_PACKAGE_DIGEST: packageDigest, SHIPGATE_REFS: JSON.stringify(refs) };
}
async function deployPackage(input, ports) {
    const promoted = await (0,_promote_js__WEBPACK_IMPORTED_MODULE_1__/* .promote */ .p)({ sha: input.sha, filesRoot: input.workspace }, ports);
    const packageDigest = promoted.manifest.digest;
    ports.logger.info(`Deploying ${packageDigest}: ${input.command}`);
    const result = await ports.exec.shell(input.command, {
        cwd: input.workspace,
        env: packageEnvironment(input.sha, packageDigest, promoted.refs),
        echo: true,
    });
    if (result.exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`deploy: '${input.command}' failed with exit code ${result.exitCode}${result.stderr.trim() ? `: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`);
    }
    return { packageDigest, refs: promoted.refs };
}


/***/ }),

/***/ 8787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveInside),
/* harmony export */   h: () => (/* binding */ fileDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
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

/***/ 8822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8420);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1549);
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
