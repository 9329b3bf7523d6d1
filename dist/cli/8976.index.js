export const id = 8976;
export const ids = [8976];
export const modules = {

/***/ 48976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchReleasePackageAction: () => (/* binding */ fetchReleasePackageAction),
  fetchReleasePackageSummary: () => (/* binding */ fetchReleasePackageSummary)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/evidence/github-artifact-store.js
var github_artifact_store = __webpack_require__(81900);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/github-api.js
var github_api = __webpack_require__(56826);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(48959);
// EXTERNAL MODULE: ./build/stages/environment-deployments.js
var environment_deployments = __webpack_require__(70698);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(28420);
// EXTERNAL MODULE: ./build/evidence/store.js
var store = __webpack_require__(11549);
;// CONCATENATED MODULE: ./build/stages/replay.js
// replay: finds the run that holds a SHA's release package, downloads the package from that run,
// verifies it (contract, its own digest, the SHA) and carries it, with the commit-stage evidence,
// into this run's evidence. Fails closed when no run qualifies or the artifact or the check is missing.
//
// A run qualifies when a deploy-gate deployment of the environment names it (the payload's
// packageRunId, checked against the payload's digest), when it is a successful push run of the SHA,
// or when it is a push run that failed but whose evidence has a YES release decision for that very
// package: a release whose only failure came after the decision (a notification) is still a release.




async function fetchReleasePackage(input, ports) {
    const workflowFile = input.workflow?.replace(/^.*\//, '');
    let sources = await replaySources(input, ports, workflowFile);
    const described = `push run of ${input.sha} in ${input.repository}${workflowFile ? ` (workflow ${workflowFile})` : ''} that succeeded or whose evidence has a YES release decision` +
        (input.environment ? `, nor a run named by a deployment of it to ${input.environment}` : '');
    if (input.runId !== undefined) {
        sources = sources.filter((source) => source.id === input.runId);
        if (sources.length === 0)
            throw new errors/* EvidenceError */.oe(`run ${input.runId} is no ${described}; a replay only takes a package the push pipeline built and released`);
    }
    if (sources.length === 0) {
        throw new errors/* EvidenceError */.oe(`no ${described}: there is no release package to replay; push the commit through the pipeline first (a replay never builds)`);
    }
    // Best first; a run whose artifact expired or whose release said no is passed over, anything else stops.
    const missing = [];
    const passedOver = [];
    for (const source of sources) {
        const evidence = ports.openRun(source.id);
        const read = await evidence.read('release-package', input.sha);
        if (read.state === 'missing') {
            missing.push(`run ${source.id}`);
            ports.logger.info(`Run ${source.id} has no release-package-${input.sha} artifact (expired or never uploaded).`);
            continue;
        }
        const { value: manifest } = (0,store/* requireValid */.AK)(read);
        if (manifest.sha !== input.sha) {
            throw new errors/* EvidenceError */.oe(`${read.path}: sha: the manifest of run ${source.id} names ${manifest.sha}, but the replay asked for ${input.sha}`, { file: read.path });
        }
        if (source.deployment && source.deployment.packageDigest !== manifest.digest) {
            throw new errors/* EvidenceError */.oe(`${read.path}: digest: run ${source.id} holds ${manifest.digest}, but GitHub deployment ${source.deployment.id} deployed ${source.deployment.packageDigest} from it; the package is not the one that was deployed`, { file: read.path });
        }
        if (source.via === 'release-decision') {
            const refusal = await withoutYesDecision(evidence, input.sha, manifest);
            if (refusal) {
                passedOver.push(`run ${source.id}: ${refusal}`);
                ports.logger.info(`Run ${source.id} failed and ${refusal}; not a replay source.`);
                continue;
            }
        }
        const written = await ports.target.write('release-package', input.sha, manifest);
        const carried = [];
        const commitStage = await evidence.read('commit-stage', input.sha);
        if (commitStage.state !== 'missing') {
            await ports.target.write('commit-stage', input.sha, (0,store/* requireValid */.AK)(commitStage).value);
            carried.push('commit-stage');
        }
        ports.logger.info(`Replaying ${manifest.digest} from run ${source.id}${source.url ? ` (${source.url})` : ''}, ${describeReplaySource(source)}.`);
        return { run: source, manifest, path: written.path, refs: (0,release_package/* componentRefs */.CR)(manifest), carried };
    }
    if (passedOver.length === 0) {
        throw new errors/* EvidenceError */.oe(`release-package-${input.sha}: missing: no artifact of that name in ${missing.join(', ')}; artifacts expire (retention 1 to 90 days), so the package cannot be replayed`);
    }
    const reasons = [...passedOver, ...missing.map((run) => `${run}: no release-package-${input.sha} artifact (expired or never uploaded)`)];
    throw new errors/* EvidenceError */.oe(`no run holds a release package of ${input.sha} that can be replayed: ${reasons.join('; ')}`);
}
/** The runs that may hold the package, best first: named by a deployment, then push runs newest first. */
async function replaySources(input, ports, workflowFile) {
    const sources = [];
    const seen = new Set();
    if (input.environment) {
        if (!ports.deployments)
            throw new Error('bug: a replay from an environment\'s deployments without the deployments API');
        for await (const deployment of (0,environment_deployments/* shipgateDeployments */.yU)(ports.deployments, { environment: input.environment, sha: input.sha })) {
            const runId = deployment.payload.packageRunId;
            if (runId === null || seen.has(runId))
                continue;
            seen.add(runId);
            sources.push({ id: runId, url: null, via: 'deployment', deployment: { id: deployment.id, packageDigest: deployment.payload.packageDigest } });
        }
    }
    for (const run of await ports.runs.completedPushRuns(input.sha)) {
        if (seen.has(run.id) || (workflowFile && run.path.replace(/^.*\//, '') !== workflowFile))
            continue;
        seen.add(run.id);
        sources.push({ id: run.id, url: run.url, via: run.conclusion === 'success' ? 'successful-run' : 'release-decision' });
    }
    return sources;
}
/** Why a failed run's evidence does not release this package; undefined when it has a YES decision for it. */
async function withoutYesDecision(evidence, sha, manifest) {
    const read = await evidence.read('release', sha);
    if (read.state === 'missing')
        return 'its evidence has no release decision';
    if (read.state === 'invalid')
        return `its release decision is not valid (${read.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')})`;
    if (read.value.decision !== 'YES')
        return `its release decision is ${read.value.decision}`;
    if (read.value.packageDigest !== manifest.digest)
        return `its YES release decision is about ${read.value.packageDigest}, not ${manifest.digest}`;
    return undefined;
}
/** Why a run was taken as the source, in the words of the log and the job summary. */
function describeReplaySource(source) {
    if (source.via === 'deployment')
        return `named by GitHub deployment ${source.deployment.id}`;
    return source.via === 'successful-run' ? 'a successful push run' : 'a push run whose release decision said YES';
}

// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(20877);
;// CONCATENATED MODULE: ./build/actions/fetch-release-package.js
// The fetch-release-package action (the replay's first step): inputs -> fetchReleasePackage ->
// run-id, package-digest, manifest-path, refs. With rollback, the SHA is the one previousDeployment
// finds in the environment's GitHub deployments.










const fetchReleasePackageAction = (0,action/* defineAction */.QP)({
    name: 'fetch-release-package',
    description: 'For a replay: find the run that holds a SHA\'s release package (named by a deployment of the environment, a successful push run, or a push run whose evidence has a YES release decision), download its release-package-<sha> artifact, verify the manifest (contract, its own digest, the SHA) and put it, with the commit-stage evidence, into this run\'s evidence. Never builds; fails closed when the run, the artifact or the verification is missing.',
    branding: { icon: 'rotate-ccw', color: 'blue' },
    inputs: {
        sha: { description: 'The SHA whose release package to replay (the workflow_dispatch input release_package_sha). Required unless rollback is true.' },
        'github-token': {
            description: 'A token with `actions: read` on the repository, to list its runs and download their artifacts, and `deployments: read` with environment (on a runner: github.token). Default: the GITHUB_TOKEN environment variable.',
            secret: true,
        },
        'artifacts-dir': common_inputs/* artifactsDirInput */.Lp,
        workflow: { description: 'Only push runs of this workflow file count, e.g. cloud-delivery-pipeline.yml. Default: any workflow run on push.' },
        environment: {
            description: 'Look first for the run named by a deploy-gate deployment of the SHA to this environment (its payload names the run that holds the package, and the digest must match); needs `deployments: read`. Default: only push runs are searched.',
        },
        'run-id': {
            description: 'Take the package from this run; it must be named by such a deployment, or be a push run of the SHA that succeeded or whose evidence has a YES release decision for the package. Default: the first such run that still has the artifact.',
        },
        rollback: {
            description: 'true: give no sha; replay what ran in environment before what runs there now: the newest earlier deploy-gate deployment there that succeeded, of a package built before the current one (the sha output names it). Needs environment and `deployments: read`.',
            default: 'false',
        },
    },
    outputs: {
        sha: { description: 'The SHA whose package was fetched (the one rollback found, or the sha input).' },
        'run-id': { description: 'The run the package came from.' },
        'run-url': { description: 'The web address of that run.' },
        'package-digest': { description: 'The verified package digest.' },
        'manifest-path': { description: 'The path of the verified manifest in this run\'s evidence.' },
        refs: { description: 'JSON object: component name -> pinned image ref or sha256:<hex> file digest.' },
    },
    settings: schemas/* object */.Ikc({
        sha: action/* inputs */.QL.sha(),
        'github-token': action/* inputs */.QL.text(),
        'artifacts-dir': schemas/* string */.YjP(),
        workflow: action/* inputs */.QL.text(),
        environment: schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+$/, 'must be an environment name (letters, digits, _ . -)').optional(),
        'run-id': schemas/* string */.YjP()
            .regex(/^[1-9][0-9]*$/, 'must be a workflow run id (a positive number)')
            .optional()
            .transform((value) => (value === undefined ? undefined : Number(value))),
        rollback: action/* inputs */.QL.boolean(false),
    })
        .superRefine((raw, ctx) => {
        if (raw.rollback && raw.sha !== undefined)
            ctx.addIssue({ code: 'custom', path: ['sha'], message: 'cannot be given with rollback: true, which finds the SHA in the environment\'s deployments' });
        if (raw.rollback && raw.environment === undefined)
            ctx.addIssue({ code: 'custom', path: ['environment'], message: 'is needed with rollback: true: the environment whose deployments say what ran there before' });
        if (!raw.rollback && raw.sha === undefined)
            ctx.addIssue({ code: 'custom', path: ['sha'], message: 'is required (the SHA whose package to replay), unless rollback is true' });
    }),
    // A rollback's SHA is found by the run: nothing to append to before it is known.
    timing: (settings, context) => (settings.sha === undefined ? undefined : { store: context.openStore(settings['artifacts-dir']), sha: settings.sha }),
    async run(settings, context) {
        const { environment, logger } = context;
        const repository = (0,run_environment/* resolveRepository */.BN)(environment);
        const token = (0,common_inputs/* tokenOrEnvironment */.au)(settings['github-token'], logger);
        if (!token)
            throw new errors/* ConfigurationError */.j1("input 'github-token': a token with actions: read is needed to find the run and download its artifact; pass ${{ github.token }}");
        const api = new github_api/* GitHubRestApi */.yK({ token, apiUrl: environment.apiUrl, repository });
        const sha = settings.rollback ? await rollbackTarget(api, settings.environment, logger) : settings.sha;
        const result = await fetchReleasePackage({ sha, repository, workflow: settings.workflow, runId: settings['run-id'], environment: settings.environment }, {
            runs: api,
            deployments: api,
            openRun: (runId) => (0,github_artifact_store/* otherRunEvidence */.VZ)({ runId, repository, token }, logger),
            target: context.openStore(settings['artifacts-dir']),
            logger,
        });
        const runUrl = result.run.url ?? `${environment.serverUrl}/${repository}/actions/runs/${result.run.id}`;
        return {
            outputs: {
                sha,
                'run-id': String(result.run.id),
                'run-url': runUrl,
                'package-digest': result.manifest.digest,
                'manifest-path': result.path,
                refs: JSON.stringify(result.refs),
            },
            summary: fetchReleasePackageSummary(result, { sha, runUrl, rollbackOf: settings.rollback ? settings.environment : undefined }),
        };
    },
});
/** The job summary: what is replayed and from where, each component's ref, the full digests collapsed. */
function fetchReleasePackageSummary(result, context) {
    const refs = Object.entries(result.refs);
    return [
        `### fetch-release-package: ${(0,markdown/* statusIcon */.I8)('success')} verified`,
        '',
        ...(context.rollbackOf !== undefined ? [`Rollback of ${(0,markdown/* code */.aY)(context.rollbackOf)}: ${(0,markdown/* code */.aY)(context.sha)} ran there before what runs there now.`, ''] : []),
        `Replaying package ${(0,markdown/* code */.aY)((0,markdown/* shortDigest */.VK)(result.manifest.digest))} of ${(0,markdown/* code */.aY)(context.sha)} from [run ${result.run.id}](${context.runUrl}) (${(0,markdown/* escapeText */.X1)(describeReplaySource(result.run))}), verified (contract, digest, SHA).`,
        result.carried.length > 0 ? `Carried over: ${(0,markdown/* escapeText */.X1)(result.carried.join(', '))}.` : 'No commit-stage evidence in that run.',
        '',
        ...(refs.length > 0
            ? [
                `${(0,markdown/* plural */.LS)(refs.length, 'component')}:`,
                '',
                '| component | ref |',
                '| --- | --- |',
                ...refs.map(([component, ref]) => `| ${(0,markdown/* escapeCell */.kq)(component)} | ${(0,markdown/* codeCell */.MZ)((0,markdown/* shortDigest */.VK)(ref))} |`),
                '',
            ]
            : []),
        `Manifest: ${(0,markdown/* code */.aY)(result.path)}`,
        '',
        ...(0,markdown/* digestDetails */.XH)([['package', result.manifest.digest], ...refs.filter(([, ref]) => (0,markdown/* hasFullDigest */.OB)(ref))]),
    ].join('\n');
}
/** The SHA a rollback of the environment goes back to, or what the user can do when there is none. */
async function rollbackTarget(api, environment, logger) {
    const found = await (0,environment_deployments/* previousDeployment */.j_)(api, environment, logger);
    if (!found)
        throw new errors/* ConfigurationError */.j1(`rollback: no shipgate deployment of ${environment} is live, so nothing is known to run there and there is nothing to roll back from`);
    if (!found.previous) {
        throw new errors/* ConfigurationError */.j1(`rollback: ${found.current.sha} runs in ${environment} (GitHub deployment ${found.current.id}), and no earlier deployment there of an older package succeeded; replay a SHA explicitly instead`);
    }
    logger.info(`Rollback of ${environment}: ${found.current.sha} runs there (GitHub deployment ${found.current.id}); going back to ${found.previous.sha} (GitHub deployment ${found.previous.id}).`);
    return found.previous.sha;
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
