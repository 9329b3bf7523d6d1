export const id = 6298;
export const ids = [6298,8959];
export const modules = {

/***/ 88092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ localContext)
/* harmony export */ });
/* unused harmony exports repositoryFromRemote, localEnvironment */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7982);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20152);
/* harmony import */ var _platform_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56949);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38660);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48959);
// The local adapter: the same ActionContext a runner gives, filled from the git checkout.







function git(args, cwd) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** owner/name from a GitHub remote URL (https or ssh), or undefined for anything else. */
function repositoryFromRemote(url) {
    const match = url?.match(/github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?$/);
    return match ? `${match[1]}/${match[2]}` : undefined;
}
/** GITHUB_* when set (a runner, or a user who exports them), else the checkout's HEAD and remote. */
function localEnvironment(env, cwd) {
    const environment = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .runEnvironmentFromEnv */ .Sf)(env, 'local');
    return {
        ...environment,
        workspace: env.GITHUB_WORKSPACE || cwd,
        sha: environment.sha ?? git(['rev-parse', 'HEAD'], cwd),
        repository: environment.repository ??
            repositoryFromRemote(git(['remote', 'get-url', 'origin'], cwd)) ??
            `local/${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(cwd).replace(/[^A-Za-z0-9_.-]/g, '-') || 'repository'}`,
    };
}
function localContext(env, cwd, logger = new _platform_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .ConsoleLogger */ .Cr(env.SHIPGATE_DEBUG === '1', undefined, (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .logFormatOf */ .rQ)(env))) {
    return {
        environment: localEnvironment(env, cwd),
        logger,
        exec: _platform_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsExec */ .d,
        clock: _platform_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .m,
        openStore: (artifactsDir) => new _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalEvidenceStore */ .un(artifactsDir),
    };
}


/***/ }),

/***/ 81900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VZ: () => (/* binding */ otherRunEvidence)
/* harmony export */ });
/* unused harmony exports evidenceArtifactName, parseEvidenceArtifactName, latestEvidenceArtifact, requireArtifactRuntime, GitHubArtifactStore */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36291);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(19473);
/* harmony import */ var _evidence_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(35562);
/* harmony import */ var _local_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7982);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(11549);
// The GitHub-artifact evidence backend: the local folder stays the working copy, every contract a
// stage writes is uploaded as one artifact per kind and SHA, and a read first downloads the newest
// artifact of that kind and SHA (this run's, else the source run's for a replay) into the folder,
// where the store's validated read checks it (schema, SHA, the manifest's own digest).
// @actions/artifact is loaded on the first transfer, never at start-up.











/** Characters GitHub refuses in an artifact name. */
const FORBIDDEN_NAME_CHARACTERS = /[":<>|*?\\/]/;
/**
 * The artifact of a kind and SHA: `<kind>-<sha>` (the release package: `release-package-<sha>`).
 * Artifacts are immutable and a name is unique within a run, so a later revision of a contract that
 * changes (the pipeline timing every stage appends to) is uploaded as `<kind>-<sha>-r<n>`.
 */
function evidenceArtifactName(kind, sha, revision = 0, namePrefix = '') {
    const name = `${namePrefix}${_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].kind}-${(0,_store_js__WEBPACK_IMPORTED_MODULE_10__/* .assertSha */ .B1)(sha)}${revision > 0 ? `-r${revision}` : ''}`;
    if (FORBIDDEN_NAME_CHARACTERS.test(name))
        throw new Error(`bug: artifact name ${name} has a character GitHub refuses`);
    return name;
}
/** The kind, SHA and revision an evidence artifact's name stands for; undefined for other artifacts. */
function parseEvidenceArtifactName(name, namePrefix = '') {
    for (const kind of _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contractKinds */ .Ym) {
        const prefix = `${namePrefix}${_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].kind}-`;
        if (!name.startsWith(prefix))
            continue;
        const match = /^([0-9a-f]{40})(?:-r([1-9][0-9]*))?$/.exec(name.slice(prefix.length));
        if (match)
            return { kind, sha: match[1], revision: match[2] ? Number(match[2]) : 0 };
    }
    return undefined;
}
/** The newest revision of a kind and SHA among a run's artifacts (the highest id breaks a tie). */
function latestEvidenceArtifact(artifacts, kind, sha, namePrefix = '') {
    let latest;
    for (const artifact of artifacts) {
        const parsed = parseEvidenceArtifactName(artifact.name, namePrefix);
        if (!parsed || parsed.kind !== kind || parsed.sha !== sha)
            continue;
        if (!latest || parsed.revision > latest.revision || (parsed.revision === latest.revision && artifact.id > latest.id)) {
            latest = { ...artifact, revision: parsed.revision };
        }
    }
    return latest;
}
/** Fails with what to do when the step has no artifact service (not a JavaScript action step on a runner). */
function requireArtifactRuntime(env = process.env) {
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name]);
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`evidence backend github-artifact: ${missing.join(' and ')} not set; the runner gives them to JavaScript action steps. ` +
            'Run the action as a step of a GitHub Actions job, or use the local backend (SHIPGATE_EVIDENCE_BACKEND=local)');
    }
}
class GitHubArtifactStore {
    options;
    local;
    client;
    pulled = new Map();
    /** Kind/SHA pairs whose current content is known to be in an artifact of this run. */
    uploaded = new Set();
    constructor(options, client, sharedClient) {
        this.options = options;
        this.local = new _local_store_js__WEBPACK_IMPORTED_MODULE_9__/* .LocalEvidenceStore */ .un(options.location);
        if (options.sourceOnly && !options.source)
            throw new Error('bug: sourceOnly without a source run');
        if (client)
            this.client = Promise.resolve(client);
        else if (sharedClient)
            this.client = sharedClient;
        if (options.retentionDays !== undefined && !(Number.isInteger(options.retentionDays) && options.retentionDays >= 1 && options.retentionDays <= 90)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`artifact retention: ${options.retentionDays} days is not a whole number from 1 to 90`);
        }
    }
    get location() {
        return this.local.location;
    }
    get namePrefix() {
        return this.options.namePrefix ?? '';
    }
    /** A store for a subfolder whose artifacts carry the segments in their names; it shares this one's client. */
    within(segments) {
        const client = this.client;
        return new GitHubArtifactStore({ ...this.options, location: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.location, ...segments), namePrefix: `${this.namePrefix}${segments.join('.')}.` }, undefined, client);
    }
    pathOf(kind, sha) {
        return this.local.pathOf(kind, sha);
    }
    async read(kind, sha) {
        const path = this.pathOf(kind, sha);
        let pulled;
        try {
            pulled = await this.pull(kind, sha);
        }
        catch (error) {
            // Evidence that cannot be fetched is evidence that cannot be trusted: a NO with the reason,
            // so a release decision is still written (and the workflow can still notify).
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe))
                throw error;
            return { state: 'invalid', kind, path, problems: [{ field: '(artifact)', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error) }] };
        }
        if (pulled.problems.length > 0)
            return { state: 'invalid', kind, path, problems: pulled.problems };
        const read = await this.local.read(kind, sha);
        if (read.state === 'invalid' && pulled.origin) {
            return { ...read, problems: read.problems.map((problem) => ({ ...problem, message: `${problem.message} (downloaded from ${pulled.origin})` })) };
        }
        return read;
    }
    async write(kind, sha, value) {
        // An immutable contract already uploaded in this run must be compared, not uploaded twice.
        await this.pull(kind, sha);
        const written = await this.local.write(kind, sha, value);
        const key = keyOf(kind, sha);
        if (written.written || !this.uploaded.has(key)) {
            await this.upload(kind, sha);
            this.uploaded.add(key);
        }
        return written;
    }
    /** The working copy's lock: jobs on other runners have working copies of their own. */
    exclusively(kind, sha, wait, work) {
        return this.local.exclusively(kind, sha, wait, work);
    }
    async listShas(kind) {
        const shas = new Set(await this.local.listShas(kind));
        const client = await this.artifactClient();
        const runs = [...(this.options.sourceOnly ? [] : [undefined]), ...(this.options.source ? [this.options.source] : [])];
        for (const run of runs) {
            for (const artifact of await this.list(client, run)) {
                const parsed = parseEvidenceArtifactName(artifact.name, this.namePrefix);
                if (parsed?.kind === kind && _contracts_common_js__WEBPACK_IMPORTED_MODULE_5__/* .SHA_PATTERN */ .yw.test(parsed.sha))
                    shas.add(parsed.sha);
            }
        }
        return [...shas].sort();
    }
    pull(kind, sha) {
        const key = keyOf(kind, (0,_store_js__WEBPACK_IMPORTED_MODULE_10__/* .assertSha */ .B1)(sha));
        let pulled = this.pulled.get(key);
        if (!pulled) {
            pulled = this.download(kind, sha);
            this.pulled.set(key, pulled);
        }
        return pulled;
    }
    /** Brings the newest artifact of a kind and SHA into the working copy; the local read then validates it. */
    async download(kind, sha) {
        const client = await this.artifactClient();
        let run;
        let found = this.options.sourceOnly ? undefined : latestEvidenceArtifact(await this.list(client, undefined), kind, sha, this.namePrefix);
        if (!found && this.options.source) {
            run = this.options.source;
            found = latestEvidenceArtifact(await this.list(client, run), kind, sha, this.namePrefix);
        }
        if (!found)
            return { problems: [] };
        const origin = `artifact ${found.name} of ${run ? `run ${run.runId}` : 'this run'}`;
        const relative = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].kind, sha, _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].file);
        const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'shipgate-artifact-'));
        try {
            let digestMismatch;
            try {
                ;
                ({ digestMismatch } = await client.downloadArtifact(found.id, {
                    path: scratch,
                    ...(found.digest ? { expectedHash: found.digest.startsWith('sha256:') ? found.digest : `sha256:${found.digest}` } : {}),
                    ...(run ? { findBy: findByOf(run) } : {}),
                }));
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`${this.pathOf(kind, sha)}: cannot download ${origin}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`, { file: this.pathOf(kind, sha) });
            }
            if (digestMismatch) {
                return { origin, problems: [{ field: '(artifact)', message: `${origin}: the downloaded archive does not match the digest recorded at upload; it changed in storage` }] };
            }
            const downloaded = await (0,_evidence_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readEvidenceFile */ .M)(scratch, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, relative));
            if (downloaded.state === 'missing') {
                return { origin, problems: [{ field: '(file)', message: `${origin} holds no ${relative}` }] };
            }
            if (downloaded.state === 'refused') {
                return { origin, problems: [{ field: '(file)', message: `${relative} in ${origin} ${downloaded.problem.message}` }] };
            }
            const text = downloaded.text;
            const path = this.pathOf(kind, sha);
            const working = await (0,_evidence_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readEvidenceFile */ .M)(this.location, path);
            const current = working.state === 'read' ? working.text : undefined;
            if (_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].immutable && working.state !== 'missing' && current !== text) {
                return { origin, problems: [{ field: '(file)', message: `the working copy differs from ${origin}; a ${kind} must not change once written` }] };
            }
            if (current !== text)
                await (0,_local_store_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(path, text);
            if (!run)
                this.uploaded.add(keyOf(kind, sha));
            this.options.logger.debug(`Downloaded ${origin} into ${path}`);
            return { origin, problems: [] };
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
        }
    }
    async upload(kind, sha) {
        const client = await this.artifactClient();
        const path = this.pathOf(kind, sha);
        const immutable = _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].immutable;
        const latest = latestEvidenceArtifact(await this.list(client, undefined), kind, sha, this.namePrefix);
        if (immutable && latest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`${path}: this run already has ${latest.name} and a ${kind} must not change once written`, { file: path });
        }
        let revision = latest ? latest.revision + 1 : 0;
        // Another job of the run may take the same revision at the same moment: then take the next.
        for (let attempt = 0;; attempt++) {
            const name = evidenceArtifactName(kind, sha, revision, this.namePrefix);
            try {
                const uploaded = await client.uploadArtifact(name, [path], this.location, this.options.retentionDays ? { retentionDays: this.options.retentionDays } : {});
                this.options.logger.info(`Uploaded ${path} as artifact ${name}${uploaded.digest ? ` (sha256:${uploaded.digest})` : ''}`);
                return;
            }
            catch (error) {
                const conflict = /409|already exists/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error));
                if (!conflict || immutable || attempt >= 4) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`${path}: cannot upload artifact ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`, { file: path });
                }
                revision++;
            }
        }
    }
    async list(client, run) {
        try {
            return (await client.listArtifacts(run ? { findBy: findByOf(run) } : {})).artifacts;
        }
        catch (error) {
            const where = run ? `run ${run.runId} of ${run.repository} (the token needs actions: read)` : 'this run';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`cannot list the artifacts of ${where}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    artifactClient() {
        this.client ??= (async () => {
            requireArtifactRuntime();
            const { DefaultArtifactClient } = await loadArtifactPackage();
            return new DefaultArtifactClient();
        })();
        return this.client;
    }
}
/**
 * Another run's evidence, read-only: its artifacts land in a scratch copy, so only what a stage
 * verifies and writes reaches this run's evidence (a replay's package, a captured runtime).
 */
function otherRunEvidence(source, logger) {
    // Under RUNNER_TEMP, which the runner empties after every job; tmpdir() only off a runner.
    const scratch = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    return new GitHubArtifactStore({ location: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, `shipgate-run-${source.runId}-`)), source, sourceOnly: true, logger });
}
// Bundled, @actions/artifact is 5 MB: rather than every action's bundle carrying a copy, dist/ has
// one shared bundle of it (dist/artifact-client, built from src/entrypoints/artifact-client.ts)
// that an action loads from beside its own folder. From source, the package is imported as it is.
const SHARED_ARTIFACT_BUNDLE = '../artifact-client/index.js';
async function loadArtifactPackage() {
    const shared = new URL(SHARED_ARTIFACT_BUNDLE, import.meta.url);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(shared)))
        return (await import(/* webpackIgnore: true */ shared.href));
    return import(/* webpackIgnore: true */ '@actions/artifact');
}
function keyOf(kind, sha) {
    return `${kind}/${sha}`;
}
function findByOf(run) {
    const [repositoryOwner, repositoryName] = run.repository.split('/');
    if (!repositoryOwner || !repositoryName)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`evidence source repository '${run.repository}' is not owner/name`);
    return { token: run.token, workflowRunId: run.runId, repositoryOwner, repositoryName };
}


/***/ }),

/***/ 20152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
// Time as a port, so stages that wait or stamp times can be driven by tests.

const systemClock = {
    now: () => new Date(),
    sleep: (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms),
};


/***/ }),

/***/ 56949:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ actionsExec)
/* harmony export */ });
const actionsExec = {
    shell: (commandLine, options) => actionsExec.run('bash', ['-eo', 'pipefail', '-c', commandLine], options),
    async run(program, args, options = {}) {
        const { getExecOutput } = await __webpack_require__.e(/* import() */ 1260).then(__webpack_require__.bind(__webpack_require__, 81260));
        const env = options.env ? { ...process.env, ...options.env } : undefined;
        try {
            const result = await getExecOutput(program, args, {
                cwd: options.cwd,
                env,
                ignoreReturnCode: true,
                silent: options.echo !== true,
            });
            return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
        }
        catch (error) {
            // @actions/exec throws when the program cannot be started at all.
            return { exitCode: 127, stdout: '', stderr: error.message };
        }
    },
};


/***/ }),

/***/ 38925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yn: () => (/* binding */ executeAction)
});

// UNUSED EXPORTS: runAsGitHubAction, runnerContext

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/evidence/github-artifact-store.js
var github_artifact_store = __webpack_require__(81900);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
;// CONCATENATED MODULE: ./build/evidence/open-store.js
// Which evidence backend a step uses. Chosen by the job's environment, so that every action gets it
// without an input of its own: SHIPGATE_EVIDENCE_BACKEND=local (the default) or github-artifact,
// plus, for reading another run's artifacts (a replay), SHIPGATE_EVIDENCE_RUN_ID and a token.



const EVIDENCE_BACKENDS = (/* unused pure expression or super */ null && (['local', 'github-artifact']));
const EVIDENCE_ENV = {
    backend: 'SHIPGATE_EVIDENCE_BACKEND',
    /** The run whose artifacts are read when this run has none of a kind and SHA. */
    runId: 'SHIPGATE_EVIDENCE_RUN_ID',
    /** owner/name of that run; default GITHUB_REPOSITORY. */
    repository: 'SHIPGATE_EVIDENCE_REPOSITORY',
    /** A token with `actions: read` for that run; default GITHUB_TOKEN. */
    token: 'SHIPGATE_EVIDENCE_TOKEN',
    retentionDays: 'SHIPGATE_EVIDENCE_RETENTION_DAYS',
};
/** Reads the backend settings from the environment; a wrong value is the user's to fix. */
function open_store_evidenceStoreSettings(env) {
    const backend = (env[EVIDENCE_ENV.backend]?.trim() || 'local');
    if (!EVIDENCE_BACKENDS.includes(backend)) {
        throw new ConfigurationError(`${EVIDENCE_ENV.backend}: '${backend}' is not an evidence backend; use ${EVIDENCE_BACKENDS.join(' or ')}`);
    }
    const settings = { backend };
    const runId = env[EVIDENCE_ENV.runId]?.trim();
    if (runId) {
        if (!/^[1-9][0-9]*$/.test(runId))
            throw new ConfigurationError(`${EVIDENCE_ENV.runId}: '${runId}' is not a workflow run id (a positive number)`);
        const repository = env[EVIDENCE_ENV.repository]?.trim() || env.GITHUB_REPOSITORY;
        const token = env[EVIDENCE_ENV.token]?.trim() || env.GITHUB_TOKEN;
        if (!repository)
            throw new ConfigurationError(`${EVIDENCE_ENV.runId} needs the run's repository: set ${EVIDENCE_ENV.repository} or GITHUB_REPOSITORY (owner/name)`);
        if (!token)
            throw new ConfigurationError(`${EVIDENCE_ENV.runId} needs a token with actions: read: set ${EVIDENCE_ENV.token} or GITHUB_TOKEN`);
        settings.source = { runId: Number(runId), repository, token };
    }
    const retention = env[EVIDENCE_ENV.retentionDays]?.trim();
    if (retention)
        settings.retentionDays = Number(retention);
    return settings;
}
/** Opens the store for an artifacts folder with the given settings; the token is masked first. */
function open_store_openEvidenceStore(artifactsDir, settings, logger) {
    if (settings.backend === 'local')
        return new LocalEvidenceStore(artifactsDir);
    if (settings.source)
        logger.secret(settings.source.token);
    return new GitHubArtifactStore({ location: artifactsDir, source: settings.source, retentionDays: settings.retentionDays, logger });
}

// EXTERNAL MODULE: ./build/stages/timing.js
var timing = __webpack_require__(8810);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/clock.js
var clock = __webpack_require__(20152);
// EXTERNAL MODULE: ./build/platform/exec.js
var exec = __webpack_require__(56949);
// EXTERNAL MODULE: ./build/platform/logger.js
var logger = __webpack_require__(38660);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(48959);
// EXTERNAL MODULE: ./build/platform/runner.js
var runner = __webpack_require__(32854);
;// CONCATENATED MODULE: ./build/platform/github-action.js
// Runs an action as a GitHub Actions step: inputs from INPUT_*, outputs to $GITHUB_OUTPUT, the job
// summary to $GITHUB_STEP_SUMMARY, and any throw turned into a failed step with the action's name.









/** Runs an action with the given context; shared by the runner adapter and the command. */
async function executeAction(definition, given, context) {
    const startedAt = context.clock.now();
    const stage = definition.name;
    const settings = (0,action/* parseSettings */.P$)(definition, (0,action/* withDefaults */.rO)(definition, given), context.logger);
    const target = definition.timing?.(settings, context);
    const sha = target?.sha ?? context.environment.sha;
    const durationMs = () => context.clock.now().getTime() - startedAt.getTime();
    const record = async (outcome) => {
        if (target)
            await (0,timing/* recordStageTiming */.is)(target.store, target.sha, { stage, startedAt, finishedAt: context.clock.now(), outcome });
    };
    context.logger.event('stage_started', { stage, sha });
    let result;
    try {
        result = await definition.run(settings, context);
    }
    catch (error) {
        // The stage's own error is what the user needs; a timing problem must not hide it.
        await record('failure').catch((timingError) => context.logger.warning(`pipeline timing not recorded: ${(0,errors/* errorMessage */.gJ)(timingError)}`));
        const reason = (0,errors/* userErrorOf */.zb)(error)?.message ?? `unexpected error (a bug in shipgate): ${(0,errors/* errorMessage */.gJ)(error)}`;
        context.logger.event('stage_failed', { stage, sha, status: 'failure', duration_ms: durationMs(), reason });
        throw error;
    }
    // A NO is a result, not a failure, even when the step is made to fail on it.
    const outcome = result.outcome ?? (result.failure ? 'failure' : 'success');
    await record(outcome);
    if (result.failure)
        context.logger.event('stage_failed', { stage, sha, status: outcome, duration_ms: durationMs(), reason: result.failure.message });
    else
        context.logger.event('stage_completed', { stage, sha, status: outcome, duration_ms: durationMs() });
    return { outputs: result.outputs, summary: result.summary, failed: result.failure?.message, failedFile: result.failure?.file };
}
function runnerContext(env = process.env) {
    const logger = new RunnerLogger(logFormatOf(env));
    // One store per folder, so a stage and its timing share what was downloaded and uploaded.
    const stores = new Map();
    return {
        environment: runEnvironmentFromEnv(env, 'github'),
        logger,
        exec: actionsExec,
        clock: systemClock,
        openStore: (artifactsDir) => {
            let store = stores.get(artifactsDir);
            if (!store) {
                store = openEvidenceStore(artifactsDir, evidenceStoreSettings(env), logger);
                stores.set(artifactsDir, store);
            }
            return store;
        },
    };
}
/** The entry of every bundle: never throws; a failure sets the exit code and an error annotation. */
async function runAsGitHubAction(definition) {
    try {
        const run = await executeAction(definition, (name) => getRunnerInput(name), runnerContext());
        for (const [name, value] of Object.entries(run.outputs))
            setRunnerOutput(name, value);
        if (run.summary)
            appendStepSummary(run.summary);
        if (run.failed) {
            annotate('error', `${definition.name}: ${run.failed}`, { file: run.failedFile });
            process.exitCode = 1;
        }
    }
    catch (error) {
        // A stack trace only ever means a bug: the user's mistakes (a file system path included) get a message.
        const userError = userErrorOf(error);
        const location = userError ? { file: userError.file, startLine: userError.line } : {};
        const message = userError ? userError.message : `unexpected error (a bug in shipgate): ${error.stack ?? errorMessage(error)}`;
        annotate('error', `${definition.name}: ${message}`, location);
        process.exitCode = 1;
    }
}


/***/ }),

/***/ 38660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ ConsoleLogger),
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   p$: () => (/* binding */ smtpCredentialForms),
/* harmony export */   rQ: () => (/* binding */ logFormatOf)
/* harmony export */ });
/* unused harmony exports jsonLogLine, secretForms, RunnerLogger, RecordingLogger */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32854);
// The Logger seam: stages log through it; the action writes annotations, the command writes to
// stderr, tests record. Every implementation masks the secrets it was given. Structured events
// (logger.event) are written only in the JSON log format, one object per line.

/** The log format an environment asks for: SHIPGATE_LOG_FORMAT=json, else text (anything else is refused by whoever reads the flag). */
function logFormatOf(env) {
    return env.SHIPGATE_LOG_FORMAT?.trim().toLowerCase() === 'json' ? 'json' : 'text';
}
/**
 * One JSON line: the fields given (undefined left out), every string masked before it is
 * serialised (the masker knows each secret's JSON-escaped, URL and base64 forms), and the line
 * masked once more as written.
 */
function jsonLogLine(masker, fields) {
    const masked = Object.fromEntries(Object.entries(fields)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => [name, typeof value === 'string' ? masker.mask(value) : value]));
    return masker.mask(JSON.stringify(masked));
}
function eventLine(masker, name, fields) {
    return jsonLogLine(masker, { event: name, time: new Date().toISOString(), ...fields });
}
/** Shorter secrets are not masked: masking every "ab" would garble the log and hide nothing. */
const MIN_SECRET_LENGTH = 3;
/** A base64 fragment shorter than this could turn up by chance; the whole encodings are kept at any length. */
const MIN_FRAGMENT_LENGTH = 8;
function urlSafe(base64) {
    return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
/** base64 of a text, standard and URL-safe, each with and without its padding. */
function base64Forms(text) {
    const base64 = Buffer.from(text, 'utf8').toString('base64');
    const padding = base64.slice(base64.replace(/=+$/, '').length);
    return [base64, base64.slice(0, base64.length - padding.length), urlSafe(base64), `${urlSafe(base64)}${padding}`];
}
/**
 * The part of base64(prefix + value + suffix) that depends on the value alone, for a prefix of
 * `shift` bytes (0, 1 or 2 modulo 3): the characters that also carry bits of the prefix or the
 * suffix are cut off. This is how a secret looks inside a longer encoded string, such as a basic
 * auth header or a SASL blob, whatever surrounds it.
 */
function base64Fragment(bytes, shift) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64').replace(/=+$/, '');
    const head = [0, 2, 3][shift];
    const tail = [0, 1, 1][(shift + bytes.length) % 3];
    return encoded.slice(head, encoded.length - tail);
}
/**
 * Every form a secret takes in what shipgate writes or a server echoes: itself, JSON-escaped,
 * URL-encoded (encodeURIComponent and form encoding), base64 (standard and URL-safe, padded or
 * not) and the value's base64 inside a longer base64 string at each of the three alignments.
 * Longest first; none when the value is too short to mask. SecretMasker and the runner's
 * add-mask both take their forms from here.
 */
function secretForms(value) {
    if (value.length < MIN_SECRET_LENGTH)
        return [];
    const bytes = Buffer.from(value, 'utf8');
    // encodeURIComponent refuses a lone surrogate; every encoder writes one as U+FFFD, and so does URLSearchParams.
    const wellFormed = value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
    const forms = new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(wellFormed), new URLSearchParams({ v: value }).toString().slice(2), ...base64Forms(value)]);
    for (const shift of [0, 1, 2]) {
        const fragment = base64Fragment(bytes, shift);
        if (fragment.length < MIN_FRAGMENT_LENGTH)
            continue;
        forms.add(fragment);
        forms.add(urlSafe(fragment));
    }
    return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}
/**
 * What SMTP authentication puts on the wire for a username and password, each a secret of its
 * own (register every one; its encodings come with it): AUTH PLAIN's base64 of
 * `authzid\0user\0password` with an empty authzid, the user as authzid, or neither, in standard
 * and URL-safe base64, and AUTH LOGIN's base64 of the username and of the password.
 */
function smtpCredentialForms(username, password) {
    const forms = new Set([password, ...base64Forms(password)]);
    if (username) {
        for (const sent of [username, `\0${username}\0${password}`, `${username}\0${username}\0${password}`, `${username}\0${password}`]) {
            for (const form of base64Forms(sent))
                forms.add(form);
        }
    }
    return [...forms];
}
/**
 * Replaces every registered secret, in all its forms, in a text; used for anything written out,
 * not only logs. Every character any form covers is masked, whatever the order the forms were
 * added in: a shorter form masked first cannot leave the rest of a longer one readable.
 */
class SecretMasker {
    forms = new Set();
    add(value) {
        for (const form of secretForms(value))
            this.forms.add(form);
    }
    mask(text) {
        let covered;
        for (const form of this.forms) {
            for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1))
                (covered ??= new Uint8Array(text.length)).fill(1, at, at + form.length);
        }
        if (!covered)
            return text;
        let masked = '';
        for (let index = 0; index < text.length;) {
            const start = index;
            const hidden = covered[index];
            while (index < text.length && covered[index] === hidden)
                index++;
            masked += hidden ? '***' : text.slice(start, index);
        }
        return masked;
    }
}
/** Logs as a GitHub Actions step: annotations for warnings and errors, add-mask for secrets. */
class RunnerLogger {
    format;
    masker = new SecretMasker();
    /** Forms already sent to the runner: secrets overlap (a password and its AUTH blobs), the commands need not. */
    registered = new Set();
    /**
     * json: events and info lines are JSON objects on stdout, one a line; warnings and errors stay
     * workflow commands (::warning::, ::error::), which the runner turns into annotations and does
     * not show as such, and are also written as a JSON log line so a reader of the log sees them.
     */
    constructor(format = 'text') {
        this.format = format;
    }
    event(name, fields) {
        if (this.format === 'json')
            process.stdout.write(`${eventLine(this.masker, name, fields)}\n`);
    }
    info(message) {
        process.stdout.write(`${this.format === 'json' ? jsonLogLine(this.masker, { event: 'log', level: 'info', message }) : this.masker.mask(message)}\n`);
    }
    warning(message, location = {}) {
        this.jsonEcho('warning', message, location);
        annotate('warning', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
    }
    error(message, location = {}) {
        this.jsonEcho('error', message, location);
        annotate('error', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
    }
    jsonEcho(level, message, location) {
        if (this.format === 'json')
            process.stdout.write(`${jsonLogLine(this.masker, { event: 'log', level, message, file: location.file, line: location.line })}\n`);
    }
    debug(message) {
        if (process.env.RUNNER_DEBUG === '1')
            issueCommand('debug', {}, this.masker.mask(message));
    }
    secret(value) {
        this.masker.add(value);
        // The runner masks only what it was told, from the next line on: every form, before first use;
        // the value itself first, as the runner's own add-mask of an input would be.
        const forms = secretForms(value);
        for (const form of forms.includes(value) ? [value, ...forms.filter((other) => other !== value)] : forms) {
            if (this.registered.has(form))
                continue;
            this.registered.add(form);
            maskSecret(form);
        }
    }
}
/** Logs for a person at a terminal: plain lines on stderr, so stdout stays for results. */
class ConsoleLogger {
    verbose;
    write;
    format;
    masker = new SecretMasker();
    constructor(verbose = false, write = (line) => process.stderr.write(`${line}\n`), 
    /** json: every line on the log stream (stderr) is a JSON object, events included; stdout keeps the results. */
    format = 'text') {
        this.verbose = verbose;
        this.write = write;
        this.format = format;
    }
    event(name, fields) {
        if (this.format === 'json')
            this.write(eventLine(this.masker, name, fields));
    }
    info(message) {
        this.line('info', message);
    }
    warning(message, location = {}) {
        this.line('warning', message, location);
    }
    error(message, location = {}) {
        this.line('error', message, location);
    }
    debug(message) {
        if (this.verbose)
            this.line('debug', message);
    }
    line(level, message, location = {}) {
        if (this.format === 'json')
            this.write(jsonLogLine(this.masker, { event: 'log', level, message, file: location.file, line: location.line }));
        else
            this.write(`${level === 'info' ? '' : `${level}: `}${this.where(location)}${this.masker.mask(message)}`);
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
    /** Each event as the JSON log format writes it, masked. */
    events = [];
    masker = new SecretMasker();
    event(name, fields) {
        this.events.push(eventLine(this.masker, name, fields));
    }
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

/***/ 32854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WW: () => (/* binding */ setRunnerOutput)
/* harmony export */ });
/* unused harmony exports getRunnerInput, issueCommand, annotate, maskSecret, appendStepSummary */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
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
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
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
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('bug: output collides with its delimiter');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}
function appendStepSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (file)
        appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
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


/***/ })

};
