export const id = 976;
export const ids = [976];
export const modules = {

/***/ 877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ shaInput),
/* harmony export */   Lp: () => (/* binding */ artifactsDirInput),
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


/***/ }),

/***/ 8976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchReleasePackageAction: () => (/* binding */ fetchReleasePackageAction)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/github-artifact-store.js
var github_artifact_store = __webpack_require__(1900);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(7582);
// EXTERNAL MODULE: ./build/platform/github-api.js
var github_api = __webpack_require__(6826);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(8959);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(8420);
// EXTERNAL MODULE: ./build/evidence/store.js
var store = __webpack_require__(1549);
;// CONCATENATED MODULE: ./build/stages/replay.js
// replay: finds the successful push run that built a SHA, downloads its release package from that
// run, verifies it (contract, its own digest, the SHA) and carries it, with the commit-stage
// evidence, into this run's evidence. Fails closed when the run, the artifact or the check is missing.



async function fetchReleasePackage(input, ports) {
    const workflowFile = input.workflow?.replace(/^.*\//, '');
    let runs = (await ports.runs.successfulPushRuns(input.sha)).filter((run) => !workflowFile || run.path.replace(/^.*\//, '') === workflowFile);
    const described = `successful push run of ${input.sha} in ${input.repository}${workflowFile ? ` (workflow ${workflowFile})` : ''}`;
    if (input.runId !== undefined) {
        runs = runs.filter((run) => run.id === input.runId);
        if (runs.length === 0)
            throw new errors/* EvidenceError */.oe(`run ${input.runId} is not a ${described}; a replay only takes a package the push pipeline built and accepted`);
    }
    if (runs.length === 0) {
        throw new errors/* EvidenceError */.oe(`no ${described}: there is no release package to replay; push the commit through the pipeline first (a replay never builds)`);
    }
    // Newest first; a run whose artifact expired or was never uploaded is skipped, anything else stops.
    const checked = [];
    for (const run of runs) {
        const source = ports.openRun(run.id);
        const read = await source.read('release-package', input.sha);
        if (read.state === 'missing') {
            checked.push(`run ${run.id}`);
            ports.logger.info(`Run ${run.id} has no release-package-${input.sha} artifact (expired or never uploaded).`);
            continue;
        }
        const { value: manifest } = (0,store/* requireValid */.AK)(read);
        if (manifest.sha !== input.sha) {
            throw new errors/* EvidenceError */.oe(`${read.path}: sha: the manifest of run ${run.id} names ${manifest.sha}, but the replay asked for ${input.sha}`, { file: read.path });
        }
        const written = await ports.target.write('release-package', input.sha, manifest);
        const carried = [];
        const commitStage = await source.read('commit-stage', input.sha);
        if (commitStage.state !== 'missing') {
            await ports.target.write('commit-stage', input.sha, (0,store/* requireValid */.AK)(commitStage).value);
            carried.push('commit-stage');
        }
        ports.logger.info(`Replaying ${manifest.digest} from run ${run.id}${run.url ? ` (${run.url})` : ''}.`);
        return { run, manifest, path: written.path, refs: (0,release_package/* componentRefs */.CR)(manifest), carried };
    }
    throw new errors/* EvidenceError */.oe(`release-package-${input.sha}: missing: no artifact of that name in ${checked.join(', ')}; artifacts expire (retention 1 to 90 days), so the package cannot be replayed`);
}

// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(877);
;// CONCATENATED MODULE: ./build/actions/fetch-release-package.js
// The fetch-release-package action (the replay's first step): inputs -> fetchReleasePackage ->
// run-id, package-digest, manifest-path, refs.











const fetchReleasePackageAction = (0,action/* defineAction */.QP)({
    name: 'fetch-release-package',
    description: 'For a replay: find the successful push run that built a SHA, download its release-package-<sha> artifact, verify the manifest (contract, its own digest, the SHA) and put it, with the commit-stage evidence, into this run\'s evidence. Never builds; fails closed when the run, the artifact or the verification is missing.',
    branding: { icon: 'rotate-ccw', color: 'blue' },
    inputs: {
        sha: { description: 'The SHA whose release package to replay (the workflow_dispatch input release_package_sha).', required: true },
        'github-token': {
            description: 'A token with `actions: read` on the repository, to list its runs and download their artifacts (on a runner: github.token). Default: the GITHUB_TOKEN environment variable.',
            secret: true,
        },
        'artifacts-dir': common_inputs/* artifactsDirInput */.Lp,
        workflow: { description: 'Only runs of this workflow file count, e.g. cloud-delivery-pipeline.yml. Default: any workflow run on push.' },
        'run-id': { description: 'Take the package from this run; it must be a successful push run of the SHA. Default: the newest such run that still has the artifact.' },
    },
    outputs: {
        'run-id': { description: 'The run the package came from.' },
        'run-url': { description: 'The web address of that run.' },
        'package-digest': { description: 'The verified package digest.' },
        'manifest-path': { description: 'The path of the verified manifest in this run\'s evidence.' },
        refs: { description: 'JSON object: component name -> pinned image ref or sha256:<hex> file digest.' },
    },
    settings: schemas/* object */.Ikc({
        sha: action/* inputs */.QL.sha().transform((sha) => sha),
        'github-token': action/* inputs */.QL.text(),
        'artifacts-dir': schemas/* string */.YjP(),
        workflow: action/* inputs */.QL.text(),
        'run-id': schemas/* string */.YjP()
            .regex(/^[1-9][0-9]*$/, 'must be a workflow run id (a positive number)')
            .optional()
            .transform((value) => (value === undefined ? undefined : Number(value))),
    }),
    timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: settings.sha }),
    async run(settings, context) {
        const { environment, logger } = context;
        const repository = (0,run_environment/* resolveRepository */.BN)(environment);
        const environmentToken = process.env.GITHUB_TOKEN || undefined;
        if (!settings['github-token'] && environmentToken)
            logger.secret(environmentToken);
        const token = settings['github-token'] ?? environmentToken;
        if (!token)
            throw new errors/* ConfigurationError */.j1("input 'github-token': a token with actions: read is needed to find the run and download its artifact; pass ${{ github.token }}");
        const result = await fetchReleasePackage({ sha: settings.sha, repository, workflow: settings.workflow, runId: settings['run-id'] }, {
            runs: new github_api/* GitHubRestApi */.yK({ token, apiUrl: environment.apiUrl, repository }),
            // The source run's artifacts land in a scratch copy; only what verifies reaches this run's evidence.
            openRun: (runId) => new github_artifact_store/* GitHubArtifactStore */.h_({ location: (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `shipgate-run-${runId}-`)), source: { runId, repository, token }, sourceOnly: true, logger }),
            target: context.openStore(settings['artifacts-dir']),
            logger,
        });
        const runUrl = result.run.url ?? `${environment.serverUrl}/${repository}/actions/runs/${result.run.id}`;
        return {
            outputs: {
                'run-id': String(result.run.id),
                'run-url': runUrl,
                'package-digest': result.manifest.digest,
                'manifest-path': result.path,
                refs: JSON.stringify(result.refs),
            },
            summary: [
                '### fetch-release-package',
                '',
                `Replaying package \`${result.manifest.digest}\` of \`${settings.sha}\`, built by [run ${result.run.id}](${runUrl}) and verified (contract, digest, SHA).`,
                result.carried.length ? `Carried over: ${result.carried.join(', ')}.` : 'No commit-stage evidence in that run.',
                '',
            ].join('\n'),
        };
    },
});


/***/ }),

/***/ 1900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h_: () => (/* binding */ GitHubArtifactStore)
/* harmony export */ });
/* unused harmony exports evidenceArtifactName, parseEvidenceArtifactName, latestEvidenceArtifact, requireArtifactRuntime */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6291);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9473);
/* harmony import */ var _local_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3387);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1549);
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
function evidenceArtifactName(kind, sha, revision = 0) {
    const name = `${_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].kind}-${(0,_store_js__WEBPACK_IMPORTED_MODULE_9__/* .assertSha */ .B1)(sha)}${revision > 0 ? `-r${revision}` : ''}`;
    if (FORBIDDEN_NAME_CHARACTERS.test(name))
        throw new Error(`bug: artifact name ${name} has a character GitHub refuses`);
    return name;
}
/** The kind, SHA and revision an evidence artifact's name stands for; undefined for other artifacts. */
function parseEvidenceArtifactName(name) {
    for (const kind of _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contractKinds */ .Ym) {
        const prefix = `${_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].kind}-`;
        if (!name.startsWith(prefix))
            continue;
        const match = /^([0-9a-f]{40})(?:-r([1-9][0-9]*))?$/.exec(name.slice(prefix.length));
        if (match)
            return { kind, sha: match[1], revision: match[2] ? Number(match[2]) : 0 };
    }
    return undefined;
}
/** The newest revision of a kind and SHA among a run's artifacts (the highest id breaks a tie). */
function latestEvidenceArtifact(artifacts, kind, sha) {
    let latest;
    for (const artifact of artifacts) {
        const parsed = parseEvidenceArtifactName(artifact.name);
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
    constructor(options, client) {
        this.options = options;
        this.local = new _local_store_js__WEBPACK_IMPORTED_MODULE_8__/* .LocalEvidenceStore */ .un(options.location);
        if (options.sourceOnly && !options.source)
            throw new Error('bug: sourceOnly without a source run');
        if (client)
            this.client = Promise.resolve(client);
        if (options.retentionDays !== undefined && !(Number.isInteger(options.retentionDays) && options.retentionDays >= 1 && options.retentionDays <= 90)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`artifact retention: ${options.retentionDays} days is not a whole number from 1 to 90`);
        }
    }
    get location() {
        return this.local.location;
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
    async listShas(kind) {
        const shas = new Set(await this.local.listShas(kind));
        const client = await this.artifactClient();
        const runs = [...(this.options.sourceOnly ? [] : [undefined]), ...(this.options.source ? [this.options.source] : [])];
        for (const run of runs) {
            for (const artifact of await this.list(client, run)) {
                const parsed = parseEvidenceArtifactName(artifact.name);
                if (parsed?.kind === kind && _contracts_common_js__WEBPACK_IMPORTED_MODULE_5__/* .SHA_PATTERN */ .yw.test(parsed.sha))
                    shas.add(parsed.sha);
            }
        }
        return [...shas].sort();
    }
    pull(kind, sha) {
        const key = keyOf(kind, (0,_store_js__WEBPACK_IMPORTED_MODULE_9__/* .assertSha */ .B1)(sha));
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
        let found = this.options.sourceOnly ? undefined : latestEvidenceArtifact(await this.list(client, undefined), kind, sha);
        if (!found && this.options.source) {
            run = this.options.source;
            found = latestEvidenceArtifact(await this.list(client, run), kind, sha);
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
            const text = await (0,_local_store_js__WEBPACK_IMPORTED_MODULE_8__/* .readTextIfPresent */ .Ge)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, relative));
            if (text === undefined) {
                return { origin, problems: [{ field: '(file)', message: `${origin} holds no ${relative}` }] };
            }
            const path = this.pathOf(kind, sha);
            const current = await (0,_local_store_js__WEBPACK_IMPORTED_MODULE_8__/* .readTextIfPresent */ .Ge)(path);
            if (_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].immutable && current !== undefined && current !== text) {
                return { origin, problems: [{ field: '(file)', message: `the working copy differs from ${origin}; a ${kind} must not change once written` }] };
            }
            if (current !== text)
                await (0,_local_store_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Zf)(path, text);
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
        const latest = latestEvidenceArtifact(await this.list(client, undefined), kind, sha);
        if (immutable && latest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`${path}: this run already has ${latest.name} and a ${kind} must not change once written`, { file: path });
        }
        let revision = latest ? latest.revision + 1 : 0;
        // Another job of the run may take the same revision at the same moment: then take the next.
        for (let attempt = 0;; attempt++) {
            const name = evidenceArtifactName(kind, sha, revision);
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

/***/ 6826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RJ: () => (/* binding */ TransientApiError),
/* harmony export */   _6: () => (/* binding */ LocalGitHistory),
/* harmony export */   p_: () => (/* binding */ ChangeListTruncatedError),
/* harmony export */   yK: () => (/* binding */ GitHubRestApi)
/* harmony export */ });
/* unused harmony export COMPARE_FILE_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
// The GitHub REST API as the commit gate needs it (check runs, commit statuses, the pull requests of
// a commit, changed files), and the same "what changed" questions answered by a local git checkout.
// Octokit (@actions/github) is loaded only when the first request is made.

/** GitHub's compare endpoint lists at most this many files, on its first page. */
const COMPARE_FILE_LIMIT = 300;
/**
 * A request failure worth retrying on the next poll (server error, rate limit, network). Not the
 * user's mistake, but its message is what they need when it outlasts the wait, so it is reported as one.
 */
class TransientApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'TransientApiError';
}
class GitHubRestApi {
    options;
    octokit;
    owner;
    repo;
    perPage;
    constructor(options) {
        this.options = options;
        const [owner, repo] = options.repository.split('/');
        if (!owner || !repo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`repository '${options.repository}' is not owner/name`);
        this.owner = owner;
        this.repo = repo;
        this.perPage = options.perPage ?? 100;
    }
    async checkRuns(ref, checkName) {
        const runs = (await this.call('check runs', ref, (octokit) => octokit.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
            ...this.repoParameters(),
            ref,
            check_name: checkName,
            filter: 'all',
            per_page: this.perPage,
        })));
        return runs.map((run) => ({
            id: run.id,
            name: run.name,
            status: run.status,
            conclusion: run.conclusion ?? null,
            url: run.html_url ?? null,
            suiteId: run.check_suite?.id ?? null,
        }));
    }
    async combinedStatuses(ref) {
        const statuses = [];
        await this.pages('commit statuses', ref, 'GET /repos/{owner}/{repo}/commits/{ref}/status', { ref }, (data) => {
            const page = data.statuses ?? [];
            statuses.push(...page.map((status) => ({ context: status.context, state: status.state, url: status.target_url ?? null })));
            return page.length;
        });
        return statuses;
    }
    async pullRequestsForCommit(sha) {
        const pulls = (await this.call('pull requests', sha, (octokit) => octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...this.repoParameters(), commit_sha: sha, per_page: this.perPage })));
        return pulls.map((pull) => ({
            number: pull.number,
            headSha: pull.head.sha,
            mergeCommitSha: pull.merge_commit_sha ?? null,
            merged: Boolean(pull.merged_at),
        }));
    }
    async successfulPushRuns(sha) {
        const runs = [];
        await this.pages('workflow runs', sha, 'GET /repos/{owner}/{repo}/actions/runs', { head_sha: sha, event: 'push', status: 'success' }, (data) => {
            const page = data.workflow_runs ?? [];
            runs.push(...page.map((run) => ({
                id: run.id,
                headSha: run.head_sha,
                event: run.event,
                conclusion: run.conclusion ?? null,
                path: run.path ?? '',
                createdAt: run.created_at,
                url: run.html_url ?? null,
            })));
            return page.length;
        });
        // The filter is the server's; a run that is not what was asked for is never a replay source.
        return runs
            .filter((run) => run.headSha === sha && run.event === 'push' && run.conclusion === 'success')
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
    }
    async completedRuns(branch, limit) {
        const runs = [];
        await this.pages('workflow runs', branch, 'GET /repos/{owner}/{repo}/actions/runs', { branch, status: 'completed' }, (data) => {
            const page = data.workflow_runs ?? [];
            runs.push(...page.map((run) => ({
                id: run.id,
                headSha: run.head_sha,
                headBranch: run.head_branch ?? null,
                headRepository: run.head_repository?.full_name ?? null,
                event: run.event,
                conclusion: run.conclusion ?? null,
                path: run.path ?? '',
                createdAt: run.created_at,
                url: run.html_url ?? null,
            })));
            return runs.length >= limit ? 0 : page.length;
        });
        return runs.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id).slice(0, limit);
    }
    async runArtifacts(runId, name) {
        const response = await this.call('artifacts', `run ${runId}`, (octokit) => octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { ...this.repoParameters(), run_id: runId, name, per_page: this.perPage }));
        const artifacts = response.data.artifacts ?? [];
        return artifacts.filter((artifact) => artifact.name === name).map((artifact) => ({ id: artifact.id, name: artifact.name, expired: artifact.expired === true }));
    }
    async firstParent(sha) {
        const commit = await this.commit(sha);
        return commit.parents[0]?.sha ?? null;
    }
    async changedFiles(base, head) {
        let files;
        if (base === null) {
            files = (await this.commit(head)).files ?? [];
        }
        else {
            const response = await this.call('compare', `${base}...${head}`, (octokit) => octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...this.repoParameters(), basehead: `${base}...${head}`, per_page: 1 }));
            files = response.data.files ?? [];
        }
        if (files.length >= COMPARE_FILE_LIMIT) {
            throw new ChangeListTruncatedError(`GitHub lists at most ${COMPARE_FILE_LIMIT} changed files between ${base ?? '(root)'} and ${head}; the change list is incomplete`);
        }
        // A rename moves a path out of one class and into another: both ends count as changed.
        return uniqueSorted(files.flatMap((file) => (file.previous_filename ? [file.previous_filename, file.filename] : [file.filename])));
    }
    async commit(sha) {
        const response = await this.call('commit', sha, (octokit) => octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...this.repoParameters(), ref: sha }));
        return response.data;
    }
    repoParameters() {
        return { owner: this.owner, repo: this.repo };
    }
    /** Pages through a listing that Octokit's paginate cannot normalise; `take` returns the page size. */
    async pages(what, ref, route, parameters, take) {
        for (let page = 1;; page++) {
            const response = await this.call(what, ref, (octokit) => octokit.request(route, { ...this.repoParameters(), ...parameters, per_page: this.perPage, page }));
            const count = take(response.data);
            const link = String(response.headers.link ?? '');
            if (count === 0 || !/rel="next"/.test(link))
                return;
        }
    }
    async call(what, ref, request) {
        this.octokit ??= (async () => {
            const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
            return getOctokit(this.options.token, { baseUrl: this.options.apiUrl.replace(/\/+$/, '') });
        })();
        try {
            return await request(await this.octokit);
        }
        catch (error) {
            throw describeApiError(error, `${what} for ${ref} in ${this.options.repository}`, this.options.apiUrl);
        }
    }
}
/** The compare endpoint's file list was cut off; the caller must find the changes another way. */
class ChangeListTruncatedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'ChangeListTruncatedError';
}
function describeApiError(error, what, apiUrl) {
    const status = error.status;
    const reason = error.message ?? String(error);
    if (typeof status !== 'number' || status >= 500 || status === 429) {
        return new TransientApiError(`GitHub API (${apiUrl}): ${what}: ${reason}`);
    }
    if (status === 403 && /rate limit/i.test(reason))
        return new TransientApiError(`GitHub API (${apiUrl}): ${what}: ${reason}`);
    const hint = status === 401
        ? 'the token was rejected; pass a valid github-token'
        : status === 403
            ? 'the token lacks permission; give the job `checks: read`, `statuses: read`, `pull-requests: read` and `contents: read`'
            : status === 404 || status === 422
                ? 'not found; check GITHUB_REPOSITORY and that the SHA is pushed to it'
                : 'the request was refused';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub API (${apiUrl}): ${what}: HTTP ${status}: ${hint} (${reason})`);
}
/** The same history questions answered by `git` in a local checkout, through the Exec port. */
class LocalGitHistory {
    exec;
    cwd;
    constructor(exec, cwd) {
        this.exec = exec;
        this.cwd = cwd;
    }
    async firstParent(sha) {
        await this.requireCommit(sha);
        const parent = await this.exec.run('git', ['rev-parse', '--verify', '--quiet', `${sha}^1`], { cwd: this.cwd });
        return parent.exitCode === 0 ? parent.stdout.trim() : null;
    }
    async changedFiles(base, head) {
        await this.requireCommit(head);
        if (base !== null)
            await this.requireCommit(base);
        const args = base === null
            ? ['diff-tree', '--no-commit-id', '--name-only', '--no-renames', '-r', '--root', '-z', head]
            : ['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`];
        const diff = await this.exec.run('git', args, { cwd: this.cwd });
        if (diff.exitCode !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`git ${args.join(' ')} failed in ${this.cwd} (exit ${diff.exitCode}): ${diff.stderr.trim()}`);
        }
        return uniqueSorted(diff.stdout.split('\0').filter((path) => path !== ''));
    }
    async requireCommit(sha) {
        const found = await this.exec.run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: this.cwd });
        if (found.exitCode !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`commit ${sha} is not in the git checkout at ${this.cwd}; fetch it (actions/checkout with fetch-depth: 0) or run from the repository`);
        }
    }
}
function uniqueSorted(paths) {
    return [...new Set(paths)].sort();
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


/***/ })

};
