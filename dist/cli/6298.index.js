export const id = 6298;
export const ids = [6298];
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
/* harmony export */   VZ: () => (/* binding */ otherRunEvidence),
/* harmony export */   oT: () => (/* binding */ parseEvidenceArtifactName)
/* harmony export */ });
/* unused harmony exports evidenceArtifactName, latestEvidenceArtifact, requireArtifactRuntime, GitHubArtifactStore */
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
    // Under RUNNER_TEMP, which the runner empties after every job; tmpdir() only off a runner, where
    // nothing else would: the copy is this process's alone, so it goes when the process does.
    const location = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `shipgate-run-${source.runId}-`));
    process.once('exit', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(location, { recursive: true, force: true }));
    return new GitHubArtifactStore({ location, source, sourceOnly: true, logger });
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
// EXTERNAL MODULE: ./build/platform/actions-core.js + 4 modules
var actions_core = __webpack_require__(19399);
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
            await (0,timing/* recordStageTiming */.is)(target.store, target.sha, { stage, startedAt, finishedAt: context.clock.now(), outcome, run: (0,timing/* pipelineRunOf */.Xf)(context.environment) });
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
        const run = await executeAction(definition, (name) => core.getInput(name), runnerContext());
        for (const [name, value] of Object.entries(run.outputs))
            core.setOutput(name, value);
        if (run.summary)
            await appendJobSummary(run.summary);
        if (run.failed)
            core.setFailed(`${definition.name}: ${run.failed}`, core.annotationAt({ file: run.failedFile }));
    }
    catch (error) {
        // A stack trace only ever means a bug: the user's mistakes (a file system path included) get a message.
        const userError = userErrorOf(error);
        const location = core.annotationAt({ file: userError?.file, line: userError?.line });
        const message = userError ? userError.message : `unexpected error (a bug in shipgate): ${error.stack ?? errorMessage(error)}`;
        core.setFailed(`${definition.name}: ${message}`, location);
        // A step that fails by throwing still says in the job summary what failed and what to fix.
        await appendJobSummary(failureSummary(definition.name, message, { file: userError?.file, line: userError?.line })).catch((summaryError) => core.warning(`job summary not written: ${errorMessage(summaryError)}`));
    }
}
/** Appends markdown to the job summary, ending in a newline; nothing where the runner keeps none (no GITHUB_STEP_SUMMARY). */
async function appendJobSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    // The runner creates the file before the step; core refuses to write one that is not there yet.
    await appendFile(file, '');
    await core.appendSummary(markdown, !markdown.endsWith('\n'));
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
