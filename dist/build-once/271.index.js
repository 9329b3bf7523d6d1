export const id = 271;
export const ids = [271,549];
export const modules = {

/***/ 1549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ assertSha),
/* harmony export */   requireValid: () => (/* binding */ requireValid),
/* harmony export */   vf: () => (/* binding */ parseEvidence),
/* harmony export */   wN: () => (/* binding */ serializeEvidence)
/* harmony export */ });
/* unused harmony export describeProblems */
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1854);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2318);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4145);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
/* harmony import */ var _encodable_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1130);
// The evidence store: every contract under `<artifacts-dir>/<kind>/<sha>/<file>.json`, validated on
// the way in and on the way out. One interface; the local folder is the first backend, the GitHub
// artifact backend sits behind the same interface.





/** Refuses anything but a full lowercase SHA, so nothing derived from input can leave the folder. */
function assertSha(sha, what = 'sha') {
    if (!_contracts_common_js__WEBPACK_IMPORTED_MODULE_1__/* .SHA_PATTERN */ .yw.test(sha)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${what}: '${sha}' is not a full commit SHA; give the 40-character lowercase hex SHA (git rev-parse HEAD)`);
    }
    return sha;
}
/** `file: field: message` for each problem, one per line. */
function describeProblems(path, problems) {
    return problems.map((problem) => `${path}: ${problem.field}: ${problem.message}`).join('\n');
}
/** The value of a valid read, or an EvidenceError that names the file and the field. */
function requireValid(read) {
    if (read.state === 'valid')
        return read;
    if (read.state === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(`${read.path}: missing: no ${read.kind} evidence for this SHA`, { file: read.path });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(describeProblems(read.path, read.problems), { file: read.path });
}
/**
 * Parses text as a contract of the given kind: JSON, then the schema, then the contract's own
 * checks (the manifest digest). Never throws for bad content; the problems name the field.
 */
function parseEvidence(kind, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        // The parser quotes the text, which may hold half of a surrogate pair.
        return { ok: false, problems: [{ field: '(root)', message: `not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeLoneSurrogates */ .nn)(error.message)})` }] };
    }
    const unencodable = (0,_encodable_json_js__WEBPACK_IMPORTED_MODULE_4__/* .unencodableJsonProblems */ .z)(json);
    if (unencodable.length > 0)
        return { ok: false, problems: unencodable };
    const spec = _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .contracts */ .Mh[kind];
    const schemaField = json?.schema;
    const readable = [spec.id, ...(spec.readable ?? [])];
    if (typeof schemaField === 'string' && !readable.includes(schemaField)) {
        return { ok: false, problems: [{ field: 'schema', message: `is '${schemaField}', expected ${readable.map((id) => `'${id}'`).join(' or ')}` }] };
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success)
        return { ok: false, problems: (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaProblems */ .Ic)(parsed.error) };
    const value = parsed.data;
    const problems = spec.verify?.(value) ?? [];
    if (problems.length > 0)
        return { ok: false, problems };
    return { ok: true, value, digest: (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(value) };
}
/** Validates a contract before it is written: a stage never writes what fails its own schema. */
function serializeEvidence(kind, sha, value) {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    const checked = parseEvidence(kind, text);
    if (!checked.ok) {
        throw new Error(`bug: refusing to write ${kind} evidence that fails its own schema:\n${describeProblems(kind, checked.problems)}`);
    }
    if (value.sha !== sha) {
        throw new Error(`bug: ${kind} evidence for ${sha} names sha ${value.sha}`);
    }
    return text;
}


/***/ }),

/***/ 4271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildOnce: () => (/* binding */ buildOnce)
});

// EXTERNAL MODULE: ./build/contracts/common.js + 1 modules
var common = __webpack_require__(2318);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(8420);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/store.js
var evidence_store = __webpack_require__(1549);
// EXTERNAL MODULE: ./build/contracts/deployment.js
var contracts_deployment = __webpack_require__(3001);
// EXTERNAL MODULE: ./build/contracts/index.js + 4 modules
var contracts = __webpack_require__(4145);
;// CONCATENATED MODULE: ./build/stages/environment-deployments.js
// What runs in an environment, kept in GitHub deployments: deploy-gate records every deploy as a
// deployment of the release SHA with a shipgate payload (then in_progress, and success or failure),
// and later runs read it back from there instead of from a variable someone must keep current.
// GitHub also records a deployment of its own for every job that names an environment, with the
// run's commit (for a replay not the release's); those carry no shipgate payload and are passed over.





/**
 * The shipgate payload of a deployment; undefined for a deployment shipgate did not make. A payload
 * that names itself shipgate's but does not parse is an error: what runs there is then unknown.
 */
function shipgatePayload(deployment) {
    let payload = deployment.payload;
    if (typeof payload === 'string') {
        try {
            payload = JSON.parse(payload);
        }
        catch {
            return undefined;
        }
    }
    const schema = payload?.schema;
    if (typeof schema !== 'string' || !schema.startsWith(contracts_deployment/* DEPLOYMENT_PAYLOAD_SCHEMA */.LC.replace(/\/v\d+$/, '/')))
        return undefined;
    const where = `GitHub deployment ${deployment.id} of ${deployment.environment}`;
    const parsed = contracts_deployment/* deploymentPayload */.mG.safeParse(payload);
    if (!parsed.success) {
        const problems = schema === contracts_deployment/* DEPLOYMENT_PAYLOAD_SCHEMA */.LC ? (0,contracts/* schemaProblems */.Ic)(parsed.error) : [{ field: 'schema', message: `is '${schema}', this shipgate reads ${contracts_deployment/* DEPLOYMENT_PAYLOAD_SCHEMA */.LC}` }];
        throw new errors/* EvidenceError */.oe(`${where}: ${problems.map((problem) => `payload.${problem.field}: ${problem.message}`).join('; ')}; it names itself a shipgate deployment, so what it deployed cannot be trusted`);
    }
    if (parsed.data.sha !== deployment.sha) {
        throw new errors/* EvidenceError */.oe(`${where}: payload.sha: names ${parsed.data.sha}, but the deployment is of ${deployment.sha}`);
    }
    return parsed.data;
}
/** shipgate's deployments, newest first, read lazily so that a reader can stop early. */
async function* shipgateDeployments(api, filter) {
    for await (const deployment of api.deployments(filter)) {
        const payload = shipgatePayload(deployment);
        if (payload)
            yield { id: deployment.id, sha: deployment.sha, environment: deployment.environment, createdAt: deployment.createdAt, payload };
    }
}
/**
 * What runs in an environment: the newest shipgate deployment whose latest status is success. A
 * success that GitHub later marked inactive still counts when no newer shipgate deployment
 * succeeded: GitHub's auto_inactive also fires for the deployment it records for any later job that
 * names a non-production environment, which deploys nothing.
 */
async function currentDeployment(api, environment, logger) {
    for await (const deployment of shipgateDeployments(api, { environment })) {
        const statuses = await api.deploymentStatuses(deployment.id);
        if (isLive(statuses))
            return deployment;
        logger.info(`GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment} is not live (latest status: ${statuses[0]?.state ?? 'none'}).`);
    }
    return undefined;
}
/** Statuses newest first: the latest is success, or a success GitHub later marked inactive. */
function isLive(statuses) {
    const latest = statuses[0]?.state;
    return latest === 'success' || (latest === 'inactive' && statuses.some((status) => status.state === 'success'));
}
/**
 * A rollback's target, read from the environment's deployments alone: what runs there now (as
 * currentDeployment reads it) and, deployed before it, the newest shipgate deployment that succeeded
 * of a package built before the current one (so a second rollback goes further back, as `shipgate
 * rollback` does, instead of returning to what the first one replaced). Undefined when nothing runs
 * there; `previous` undefined when nothing earlier qualifies.
 */
async function previousDeployment(api, environment, logger) {
    let current;
    for await (const deployment of shipgateDeployments(api, { environment })) {
        const statuses = await api.deploymentStatuses(deployment.id);
        if (!current) {
            if (isLive(statuses))
                current = deployment;
            continue;
        }
        const succeeded = statuses.some((status) => status.state === 'success');
        if (succeeded && deployment.sha !== current.sha && Date.parse(deployment.payload.packageCreatedAt) < Date.parse(current.payload.packageCreatedAt)) {
            return { current, previous: deployment };
        }
        logger.info(`GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment} is no rollback target (${succeeded ? 'the same or a newer package than what runs there' : 'it never succeeded'}).`);
    }
    return current ? { current, previous: undefined } : undefined;
}
/** Deploys recorded as GitHub deployments of the environment, and production read back from them. */
class GitHubDeploymentLog {
    api;
    run;
    logger;
    constructor(api, run, logger) {
        this.api = api;
        this.run = run;
        this.logger = logger;
    }
    async production(environment) {
        const current = await currentDeployment(this.api, environment, this.logger);
        if (!current)
            return undefined;
        return {
            sha: current.sha,
            packageDigest: current.payload.packageDigest,
            createdAt: current.payload.packageCreatedAt,
            from: `GitHub deployment ${current.id}`,
        };
    }
    async start(deploy) {
        const { manifest } = deploy;
        const payload = {
            schema: DEPLOYMENT_PAYLOAD_SCHEMA,
            sha: deploy.sha,
            packageDigest: manifest.digest,
            packageCreatedAt: manifest.createdAt,
            refs: componentRefs(manifest),
            environment: deploy.environment,
            replay: deploy.replay,
            runId: this.run.runId,
            runAttempt: this.run.runAttempt,
            // The manifest names the run that built it, whose artifacts hold it; a replay carries the same manifest.
            packageRunId: /^[1-9][0-9]*$/.test(manifest.source.runId) ? Number(manifest.source.runId) : null,
        };
        const deployment = await this.api.createDeployment({
            ref: deploy.sha,
            environment: deploy.environment,
            description: `shipgate: ${shortDigest(manifest.digest)} of ${deploy.sha.slice(0, 12)}${deploy.replay ? ' (explicit replay)' : ''}`,
            payload: deploymentPayload.parse(payload),
            // The release SHA exactly: no merge of the default branch into it, no commit-status gate (the evidence is the gate).
            autoMerge: false,
            requiredContexts: [],
            transientEnvironment: false,
            // GitHub's own default for an environment's name.
            productionEnvironment: deploy.environment === 'production',
        });
        this.logger.info(`Recorded GitHub deployment ${deployment.id} of ${deploy.sha} to ${deploy.environment}.`);
        await this.status(deployment.id, 'in_progress', `Deploying ${shortDigest(manifest.digest)}`);
        return {
            id: deployment.id,
            finish: async (outcome) => {
                if (outcome === 'success') {
                    await this.status(deployment.id, 'success', `Deployed ${shortDigest(manifest.digest)}`);
                    return;
                }
                await this.status(deployment.id, 'failure', 'The deploy failed; see the run log');
            },
        };
    }
    async status(deploymentId, state, description) {
        await this.api.createDeploymentStatus(deploymentId, { state, description, logUrl: this.run.logUrl, autoInactive: true });
    }
}
/**
 * The package of the environment's current deployment, read from the artifacts of the run its payload
 * names and checked against the payload (SHA and digest). Undefined when nothing was deployed there.
 */
async function deployedRelease(environment, ports) {
    const deployment = await currentDeployment(ports.deployments, environment, ports.logger);
    if (!deployment)
        return undefined;
    const where = `GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment}`;
    const runId = deployment.payload.packageRunId;
    if (runId === null) {
        throw new errors/* ConfigurationError */.j1(`${where}: its package was built outside a workflow run (payload.packageRunId is null), so there is no run to read it from; build the runtime (runtime-changed: true)`);
    }
    const source = ports.openRun(runId);
    const read = await source.read('release-package', deployment.sha).catch((error) => {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        throw new errors/* EvidenceError */.oe(`${where}: cannot read the release package from run ${runId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    });
    if (read.state === 'missing') {
        throw new errors/* EvidenceError */.oe(`${where}: run ${runId} has no release-package-${deployment.sha} artifact (artifacts expire after the retention days); build the runtime (runtime-changed: true)`);
    }
    const { value: manifest, path } = (0,evidence_store.requireValid)(read);
    if (manifest.sha !== deployment.sha || manifest.digest !== deployment.payload.packageDigest) {
        throw new errors/* EvidenceError */.oe(`${path}: the package in run ${runId} is ${manifest.digest} of ${manifest.sha}, but ${where} deployed ${deployment.payload.packageDigest}; it is not the package that runs there`, { file: path });
    }
    return { deployment, manifest };
}
function shortDigest(digest) {
    return digest.slice(0, 'sha256:'.length + 12);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/stages/file-digest.js
// The sha256 and size of a file, read as a stream so that a large package never sits in memory.




async function fileDigest(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
/** Resolves a path the user gave inside a root folder, refusing anything that leaves it. */
function resolveInside(root, path, what) {
    const absolute = (0,external_node_path_.resolve)(root, path);
    const fromRoot = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), absolute);
    if ((0,external_node_path_.isAbsolute)(path) || fromRoot.startsWith('..') || (0,external_node_path_.isAbsolute)(fromRoot)) {
        throw new errors/* ConfigurationError */.j1(`${what}: '${path}' is outside ${root}; give a path relative to the repository root`);
    }
    return absolute;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/config/release-manifest.js
var release_manifest = __webpack_require__(1102);
;// CONCATENATED MODULE: ./build/stages/release-commits.js
// The release manifest's commits as SHAs. A tag is resolved in a local clone the user points at
// (git rev-parse), else through the GitHub REST API (refs/tags, then any annotated tag objects down
// to the commit), and each resolution is recorded. A SHA, short or full, is kept as written: it
// already names one commit, and expanding it would make the package depend on what is reachable.




/** An annotated tag may tag another tag; GitHub and git stop peeling long before this. */
const TAG_CHAIN_LIMIT = 10;
async function resolveReleaseCommits(manifest, sources) {
    const commits = {};
    const resolutions = [];
    for (const [repository, ref] of Object.entries(manifest.content.commits)) {
        if ((0,release_manifest/* isCommitSha */._$)(ref)) {
            commits[repository] = ref;
            continue;
        }
        const resolution = await resolveTag(manifest, repository, ref, sources);
        sources.logger.info(`Release manifest: tag ${ref} of ${repository} is ${resolution.sha} (${resolution.via === 'clone' ? 'local clone' : 'GitHub API'}).`);
        commits[repository] = resolution.sha;
        resolutions.push(resolution);
    }
    return { commits, resolutions };
}
async function resolveTag(manifest, repository, tag, sources) {
    const fail = (message) => (0,release_manifest/* releaseManifestError */.vG)(manifest, ['commits', repository], `tag '${tag}' of ${repository} ${message}`);
    const clone = sources.clones ? await cloneOf(sources.clones, repository) : undefined;
    if (clone) {
        const peeled = await sources.exec.run('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { cwd: clone });
        const sha = peeled.stdout.trim();
        if (peeled.exitCode === 0 && /^[0-9a-f]{40}$/.test(sha))
            return { repository, tag, sha, via: 'clone' };
        if (peeled.exitCode === 0)
            throw fail(`resolved to '${sha}' in the clone ${clone}, which is not a 40-character SHA-1 commit id`);
        const why = peeled.stderr.trim();
        throw fail(why ? `cannot be read from the clone ${clone}: ${why}` : `is not a tag of a commit in the clone ${clone}; fetch its tags there (git fetch --tags) or check the name`);
    }
    if (!sources.github) {
        const clonePlace = sources.clones ? `, and ${sources.clones} holds no clone ${repository}` : '';
        throw fail(`cannot be resolved: no GitHub token was given${clonePlace}; pass github-token (a token that can read ${repository}), or release-clones, a folder holding a clone of it as ${repository}`);
    }
    const api = sources.github(repository);
    try {
        let object = await api.tagRef(tag);
        if (!object)
            throw fail(`is not a tag in ${repository} on GitHub (or the token cannot read that repository); check the name, push the tag, or pass a token that can read ${repository}`);
        for (let hops = 0; object.type === 'tag' && hops < TAG_CHAIN_LIMIT; hops++)
            object = await api.tagObject(object.sha);
        if (object.type !== 'commit')
            throw fail(`points at a ${object.type} (${object.sha}) on GitHub, not at a commit`);
        return { repository, tag, sha: object.sha, via: 'github-api' };
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1 && error.file === manifest.path)
            throw error;
        if (error instanceof errors/* ConfigurationError */.j1)
            throw fail(`could not be resolved through the GitHub API: ${(0,errors/* errorMessage */.gJ)(error)}`);
        throw error;
    }
}
/** The clone of a repository under the clones folder, if there is one. */
async function cloneOf(clones, repository) {
    const path = resolveInside(clones, repository, `release-clones: ${repository}`);
    const found = await (0,promises_.stat)(path).catch(() => undefined);
    if (found && !found.isDirectory())
        throw new errors/* ConfigurationError */.j1(`release-clones: ${path} is not a folder; the clone of ${repository} goes there`);
    return found ? path : undefined;
}

// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(5562);
;// CONCATENATED MODULE: ./build/stages/release-migrations.js
// The release manifest's migrations, per repository in the manifest's order: revision ids as
// written, and a migration file by its path, size and sha256. A file is read only inside the
// manifest's folder: an absolute path, a '..' or a symlink that leads out of it is refused.





/** A migration bigger than this is not a migration script; reading it would only cost memory. */
const MIGRATION_FILE_SIZE_LIMIT = 64 * 1024 * 1024;
/** `repository` names the migrations the earlier manifest shape gave no repository: the one being built. */
async function recordReleaseMigrations(manifest, repository) {
    const migrations = [];
    for (const declared of manifest.content.migrations) {
        if (declared.kind === 'revisions') {
            migrations.push({ repository: declared.repository ?? repository, kind: 'revisions', revisions: declared.revisions });
        }
        else {
            migrations.push({ repository: declared.repository, kind: 'file', path: declared.file, ...(await migrationFileDigest(manifest, declared.repository, declared.file)) });
        }
    }
    return migrations;
}
function isInside(path, root) {
    const rest = (0,external_node_path_.relative)(root, path);
    return rest === '' || (!rest.startsWith(`..${external_node_path_.sep}`) && rest !== '..' && !(0,external_node_path_.isAbsolute)(rest));
}
async function migrationFileDigest(manifest, repository, file) {
    const fail = (message) => (0,release_manifest/* releaseManifestError */.vG)(manifest, ['migrations', repository, 'file'], `'${file}' ${message}`);
    const folder = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(manifest.path));
    if ((0,external_node_path_.isAbsolute)(file))
        throw fail("is an absolute path; give a path relative to the release manifest's folder");
    if (file.split(/[\\/]/).includes('..'))
        throw fail(`goes up with '..'; a migration file must be inside the release manifest's folder (${folder})`);
    let real;
    let folderReal;
    try {
        folderReal = await (0,promises_.realpath)(folder);
        real = await (0,promises_.realpath)((0,external_node_path_.resolve)(folder, file));
    }
    catch (error) {
        const code = error.code;
        throw fail(code === 'ENOENT' || code === 'ENOTDIR' ? `does not exist (looked in ${folder})` : `cannot be read (${error.message})`);
    }
    if (!isInside(real, folderReal)) {
        throw fail(`is, or goes through, a symbolic link to ${real}, outside the release manifest's folder (${folderReal}); copy the file into that folder`);
    }
    // The real path has no symlink left; one swapped in since is refused rather than followed.
    const read = await (0,evidence_file/* readRegularFile */.XF)(real, MIGRATION_FILE_SIZE_LIMIT, 'a migration file');
    if (read.state === 'missing')
        throw fail(`does not exist (looked in ${folder})`);
    if (read.state === 'refused')
        throw fail(read.reason);
    return { size: read.bytes.length, sha256: (0,external_node_crypto_.createHash)('sha256').update(read.bytes).digest('hex') };
}

;// CONCATENATED MODULE: ./build/stages/release-fields.js
// The release section of a package, compared with a manifest when a run finds the package for its
// SHA already sealed: by what the manifest declares (its tags, not what they point at today), so
// that a re-run neither reaches the network nor fails because a tag moved after the package was made.




/** Whether a sealed package's release section is what this manifest makes. */
async function packageRecordsManifest(manifest, releaseManifest) {
    if (manifest.schema === release_package/* RELEASE_PACKAGE_SCHEMA_V1 */.j0) {
        const v1 = v1ReleaseFields(releaseManifest.content);
        // v1 kept the manifest's images only as components.
        const imagesPackaged = Object.entries(releaseManifest.content.images).every(([name, ref]) => manifest.components.some((component) => component.kind === 'image' && component.name === name && component.ref === ref));
        return v1 !== undefined && imagesPackaged && (0,canonical/* canonicalJson */.dj)(v1) === (0,canonical/* canonicalJson */.dj)(manifest.release);
    }
    const { content } = releaseManifest;
    const fromManifest = {
        id: content.releaseId,
        description: content.description,
        commits: content.commits,
        images: content.images,
        migrations: await recordReleaseMigrations(releaseManifest, manifest.repository),
        featureFlags: content.featureFlags,
    };
    return (0,canonical/* canonicalJson */.dj)(fromManifest) === (0,canonical/* canonicalJson */.dj)(declaredRelease(manifest.release));
}
/** A v2 release section as its manifest declared it: the tags where tags were resolved. */
function declaredRelease(release) {
    return {
        id: release.id,
        description: release.description,
        commits: { ...release.commits, ...Object.fromEntries(release.resolutions.map((resolution) => [resolution.repository, resolution.tag])) },
        images: { ...release.images, ...Object.fromEntries(release.imageResolutions.map((resolution) => [resolution.name, resolution.tag])) },
        migrations: release.migrations,
        featureFlags: release.featureFlags,
    };
}
/**
 * The v1 release fields a manifest made before v2, for a package sealed then: undefined when the
 * manifest holds what v1 could not (a tag, a migration file).
 */
function v1ReleaseFields(content) {
    if (!Object.values(content.commits).every(release_manifest/* isCommitSha */._$))
        return undefined;
    const migrations = [];
    for (const declared of content.migrations) {
        if (declared.kind === 'file')
            return undefined;
        for (const revision of declared.revisions)
            migrations.push({ ...revision, repository: declared.repository });
    }
    return { id: content.releaseId, description: content.description, commits: content.commits, migrations, featureFlags: content.featureFlags };
}

// EXTERNAL MODULE: ./build/contracts/release-decision.js
var release_decision = __webpack_require__(9084);
;// CONCATENATED MODULE: ./build/evidence/scoped-store.js
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
        throw new ConfigurationError(`${what}: '${text}' is not i/n with 1 <= i <= n <= 256; give for example 2/3 for the second of three shards`);
    }
    return { index, total };
}
function assertEnvironmentName(name, what = 'environment') {
    if (!common/* ENVIRONMENT_NAME */.YR.test(name)) {
        throw new errors/* ConfigurationError */.j1(`${what}: '${name}' is not an environment name; use 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit`);
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

// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(3021);
;// CONCATENATED MODULE: ./build/stages/verdicts.js

/**
 * NO when a required check failed, or when there is no check at all. A check skipped for the
 * release's scope (a runtime check on a docs-only release) does not fail acceptance.
 */
function acceptanceVerdict(checks) {
    const requiredFailed = checks.some((check) => check.required && check.status === 'fail');
    return {
        decision: requiredFailed || checks.length === 0 ? 'NO' : 'YES',
        degraded: checks.some((check) => !check.required && check.status === 'fail'),
    };
}
/** fail when a required check did not pass, or when nothing passed: verification that verified nothing is not a pass. */
function productionVerdict(checks) {
    const failed = checks.some((check) => check.required && check.status !== 'pass') || !checks.some((check) => check.status === 'pass');
    return {
        verdict: failed ? 'fail' : 'pass',
        degraded: checks.some((check) => !check.required && check.status !== 'pass'),
    };
}
const PASSING_CONCLUSION = 'success';
/**
 * Why commit-stage evidence that says `passed: true` does not prove it: the check did not conclude
 * success, it was taken on another SHA without a pull request to explain it, or docs drift that was
 * configured to fail was found. Empty when `passed` follows from the evidence.
 */
function commitStageContradictions(evidence) {
    if (!evidence.passed)
        return [];
    const problems = [];
    const { check } = evidence;
    if (check.conclusion !== PASSING_CONCLUSION) {
        problems.push({ field: 'check.conclusion', message: `is '${check.conclusion}', but passed is true: only a check that concluded ${PASSING_CONCLUSION} passes` });
    }
    if (check.via === 'pull-request-head') {
        if (check.pullRequest === null) {
            problems.push({ field: 'check.pullRequest', message: 'is null, but the check was taken from a pull request head: the pull request that links it to this SHA is not named' });
        }
    }
    else if (check.checkedSha !== evidence.sha) {
        problems.push({ field: 'check.checkedSha', message: `is ${check.checkedSha}, not this SHA ${evidence.sha}: a check of another commit proves nothing about this one` });
    }
    if (evidence.drift.mode === 'fail' && evidence.drift.findings.length > 0) {
        problems.push({ field: 'drift.findings', message: `holds ${(0,markdown/* plural */.LS)(evidence.drift.findings.length, 'finding')} with drift mode fail, but passed is true` });
    }
    return problems;
}
/** Names of checks of one kind (required or optional) that did not pass, for a reason. */
function checksNotPassed(checks, required, statuses = ['fail', 'skipped']) {
    const names = checks.filter((check) => check.required === required && statuses.includes(check.status)).map((check) => `${check.name} (${check.status})`);
    return names.length === 0 ? '' : `${required ? 'required' : 'optional'} checks not passed: ${names.join(', ')}`;
}

;// CONCATENATED MODULE: ./build/stages/judge.js



/** The evidence a release decision reads, in the order it is shown. */
const decisionEvidenceKinds = ['release-package', 'commit-stage', 'acceptance', 'deployment', 'production', 'pipeline'];
/** The order the stages write the evidence in, which is the order causes come in: commit-gate runs before build-once. */
const PIPELINE_ORDER = ['commit-stage', 'release-package', 'acceptance', 'deployment', 'production', 'pipeline'];
// Named in "missing" reasons so that the reader knows which step did not run.
const WRITTEN_BY = {
    'release-package': 'build-once',
    'commit-stage': 'commit-gate',
    acceptance: 'acceptance',
    deployment: 'deploy-gate',
    production: 'prod-verify',
    pipeline: 'the pipeline stages',
};
const DEFAULT_MAX_EVIDENCE_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** How far a timestamp may lie ahead of the judge's clock: runners' clocks differ a little. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
function judgePolicy(now, overrides = {}) {
    return { now, maxEvidenceAgeMs: DEFAULT_MAX_EVIDENCE_AGE_MS, clockSkewMs: CLOCK_SKEW_MS, requireDeployment: true, requireAcceptance: true, requireProduction: true, ...overrides };
}
function isRequired(kind, policy) {
    if (kind === 'deployment')
        return policy.requireDeployment;
    if (kind === 'acceptance')
        return policy.requireAcceptance;
    if (kind === 'production')
        return policy.requireProduction;
    return kind === 'release-package';
}
/** Evidence that contradicts itself, another file or the clock: a NO, and a failure for verify. */
function fault(findings, reasons) {
    findings.blocking.push(...reasons);
    findings.faults.push(...reasons);
}
function judgeReleaseEvidence(sha, reads, policy) {
    const findings = { blocking: [], faults: [], degradations: [] };
    if (reads.promotion) {
        // Not promoted: the package never entered this environment, so whatever of its evidence is
        // here (an earlier run's) says nothing; the previous environment's answer is the whole reason.
        const promotion = { blocking: [], faults: [], degradations: [] };
        const manifest = validFor(sha, reads['release-package']);
        judgePromotion(sha, reads.promotion, undefined, { policy, manifest, reads, findings: promotion });
        if (promotion.blocking.length > 0) {
            const evidence = [...decisionEvidenceKinds.map((kind) => evidenceEntry(reads[kind], isRequired(kind, policy))), evidenceEntry(reads.promotion.read, true)];
            return { decision: 'NO', status: 'failure', reasons: promotion.blocking, faults: promotion.faults, evidence, packageDigest: manifest?.value.digest ?? null };
        }
    }
    const manifest = validFor(sha, reads['release-package']);
    const context = { policy, manifest, reads, findings };
    const deployment = validFor(sha, reads.deployment);
    const judges = {
        'commit-stage': (read) => judgeCommitStage(read, context),
        'release-package': (read) => judgeManifest(read, context),
        acceptance: (read) => judgeAcceptance(read, context),
        deployment: (read) => judgeDeployment(read, context),
        production: (read) => judgeProduction(read, deployment, context),
        pipeline: (read) => judgeTiming(read, context),
    };
    // Each piece in the order the pipeline writes them, its presence first: what a stage upstream
    // said (acceptance is NO) is named before what is missing downstream because of it (no deployment,
    // no production result), so a reader meets the cause first.
    for (const kind of PIPELINE_ORDER) {
        const read = reads[kind];
        if (read.state === 'missing') {
            if (isRequired(kind, policy))
                findings.blocking.push({ file: read.path, field: '(file)', message: `missing: no ${kind} evidence for this SHA (${WRITTEN_BY[kind]} writes it)` });
            continue;
        }
        fault(findings, presenceProblems(sha, read));
        const valid = validFor(sha, read);
        if (valid)
            judges[kind](valid);
    }
    if (reads.promotion)
        judgePromotion(sha, reads.promotion, deployment, context);
    const evidence = decisionEvidenceKinds.map((kind) => evidenceEntry(reads[kind], isRequired(kind, policy)));
    if (reads.promotion)
        evidence.push(evidenceEntry(reads.promotion.read, true));
    const packageDigest = manifest?.value.digest ?? null;
    const { faults } = findings;
    if (findings.blocking.length > 0)
        return { decision: 'NO', status: 'failure', reasons: findings.blocking, faults, evidence, packageDigest };
    if (findings.degradations.length > 0)
        return { decision: 'YES', status: 'partial_success', reasons: findings.degradations, faults, evidence, packageDigest };
    return { decision: 'YES', status: 'success', reasons: [], faults, evidence, packageDigest };
}
function validFor(sha, read) {
    return read.state === 'valid' && read.value.sha === sha ? read : undefined;
}
function presenceProblems(sha, read) {
    // Optional evidence that is present but broken is not trusted either: someone meant it to count.
    if (read.state === 'invalid')
        return read.problems.map((problem) => ({ file: read.path, field: problem.field, message: problem.message }));
    if (read.value.sha !== sha)
        return [{ file: read.path, field: 'sha', message: `names ${read.value.sha}, not the release SHA ${sha}` }];
    return [];
}
function evidenceEntry(read, required) {
    return { kind: read.kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null, required };
}
function judgeManifest(manifest, context) {
    fault(context.findings, notInFuture(manifest.path, 'createdAt', manifest.value.createdAt, context.policy));
}
function judgeCommitStage(commitStage, context) {
    const { value, path } = commitStage;
    const { findings } = context;
    if (!value.passed) {
        findings.blocking.push({ file: path, field: 'passed', message: `is false: the required check '${value.check.name}' concluded ${value.check.conclusion}` });
    }
    fault(findings, commitStageContradictions(value).map((problem) => ({ file: path, ...problem })));
    fault(findings, notInFuture(path, 'recordedAt', value.recordedAt, context.policy));
}
function judgeAcceptance(acceptance, context) {
    const { value, path } = acceptance;
    const { findings } = context;
    fault(findings, packageProblems(acceptance, context, 'tested'));
    const derived = acceptanceVerdict(value.checks);
    if (value.decision !== 'YES') {
        findings.blocking.push({ file: path, field: 'decision', message: `is ${value.decision}: ${checksNotPassed(value.checks, true, ['fail']) || 'acceptance did not pass'}` });
    }
    else if (derived.decision !== 'YES') {
        fault(findings, [{
                file: path,
                field: 'decision',
                message: `is YES, but its checks say NO (${checksNotPassed(value.checks, true, ['fail']) || 'no check was run'}): the summary contradicts the checks`,
            }]);
    }
    if (value.degraded !== derived.degraded)
        fault(findings, [degradedContradiction(path, value.degraded, checksNotPassed(value.checks, false, ['fail']))]);
    else if (value.degraded)
        findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${checksNotPassed(value.checks, false, ['fail'])}` });
    judgeRunTime(acceptance, context, 'acceptance');
}
function judgeDeployment(deployment, context) {
    const { value, path } = deployment;
    const { findings } = context;
    fault(findings, packageProblems(deployment, context, 'deployed'));
    findings.blocking.push(...restsOnAcceptance(deployment, context));
    if (value.outcome !== 'deployed') {
        findings.blocking.push({ file: path, field: 'outcome', message: `is ${value.outcome}, not deployed: ${value.reason}` });
        return;
    }
    if (value.deployedAt === undefined) {
        fault(findings, [{ file: path, field: 'deployedAt', message: 'is missing: a deployed record says when the deploy finished' }]);
        return;
    }
    fault(findings, [
        ...ordered(path, ['decidedAt', value.decidedAt], ['deployedAt', value.deployedAt]),
        ...notInFuture(path, 'deployedAt', value.deployedAt, context.policy),
        ...notBeforePackage(path, 'deployedAt', value.deployedAt, context),
    ]);
}
function judgeProduction(production, deployment, context) {
    const { value, path } = production;
    const { findings } = context;
    fault(findings, packageProblems(production, context, 'verified in production'));
    const manifest = context.manifest?.value;
    if (manifest && (0,canonical/* canonicalJson */.dj)(value.deployedRefs) !== (0,canonical/* canonicalJson */.dj)((0,release_package/* componentRefs */.CR)(manifest))) {
        fault(findings, [{ file: path, field: 'deployedRefs', message: `${describeRefs(value.deployedRefs)} are not the components of the release package (${describeRefs((0,release_package/* componentRefs */.CR)(manifest))})` }]);
    }
    const derived = productionVerdict(value.checks);
    if (value.verdict !== 'pass') {
        findings.blocking.push({ file: path, field: 'verdict', message: `is ${value.verdict}: ${checksNotPassed(value.checks, true) || 'production verification did not pass'}` });
    }
    else if (derived.verdict !== 'pass') {
        const why = checksNotPassed(value.checks, true) || (value.checks.length === 0 ? 'it holds no check at all' : 'no check passed');
        fault(findings, [{ file: path, field: 'verdict', message: `is pass, but its checks say fail (${why}): the summary contradicts the checks` }]);
    }
    if (value.degraded !== derived.degraded)
        fault(findings, [degradedContradiction(path, value.degraded, checksNotPassed(value.checks, false))]);
    else if (value.degraded)
        findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${checksNotPassed(value.checks, false)}` });
    judgeRunTime(production, context, 'production verification');
    const deployedAt = deployment?.value.outcome === 'deployed' ? deployment.value.deployedAt : undefined;
    if (deployedAt !== undefined && Date.parse(value.startedAt) < Date.parse(deployedAt) - context.policy.clockSkewMs) {
        fault(findings, [{ file: path, field: 'startedAt', message: `is ${value.startedAt}, before the deploy it verifies finished (deployedAt ${deployedAt} in ${deployment.path})` }]);
    }
}
/**
 * An environment after the first is entered only with a YES for the same package from the one
 * before it, and the deploy there must rest on that YES (it links the decision it was let in on).
 */
function judgePromotion(sha, promotion, deployment, context) {
    const { read, from } = promotion;
    const { findings } = context;
    if (read.state === 'missing') {
        findings.blocking.push({ file: read.path, field: '(file)', message: `missing: no decision for ${from}, so the package never earned its promotion from ${from} (release-decision with environment ${from} writes it)` });
        return;
    }
    if (read.state === 'invalid') {
        fault(findings, read.problems.map((problem) => ({ file: read.path, field: problem.field, message: problem.message })));
        return;
    }
    const { value, path } = read;
    const named = 'environment' in value ? value.environment : undefined;
    const manifest = context.manifest;
    if (value.sha !== sha)
        fault(findings, [{ file: path, field: 'sha', message: `names ${value.sha}, not the release SHA ${sha}` }]);
    else if (named !== from)
        fault(findings, [{ file: path, field: 'environment', message: `is ${named ?? 'absent (a v1 decision)'}, but this file stands for ${from}` }]);
    else if (value.decision !== 'YES') {
        const why = value.reasons[0];
        // The reason's file as it stands inside the evidence folder: the same wherever the folder is read from.
        const file = why?.file?.match(/(?:environments\/[^/]+\/)?[a-z-]+\/[0-9a-f]{40}\/[a-z]+\.json$/)?.[0] ?? why?.file;
        findings.blocking.push({ file: path, field: 'decision', message: `is ${value.decision} for ${from}: the package is not promoted past ${from}${why ? ` (${[file, why.field, why.message].filter(Boolean).join(': ')})` : ''}` });
    }
    else if (manifest && value.packageDigest !== manifest.value.digest) {
        fault(findings, [{ file: path, field: 'packageDigest', message: `is ${value.packageDigest}, but ${manifest.path} has ${manifest.value.digest}: ${from} said YES for a different package` }]);
    }
    deployment?.value.evidence.forEach((link, index) => {
        if (link.kind === 'release' && link.digest !== read.digest) {
            findings.blocking.push({ file: deployment.path, field: `evidence[${index}].digest`, message: `links the ${from} decision ${link.digest}, but ${path} is ${read.digest}: ${from} was decided again after this deploy, so the deploy does not rest on it; deploy again` });
        }
    });
}
function judgeTiming(timing, context) {
    timing.value.stages.forEach((stage, index) => {
        fault(context.findings, [
            ...ordered(timing.path, [`stages[${index}].startedAt`, stage.startedAt], [`stages[${index}].finishedAt`, stage.finishedAt]),
            ...notInFuture(timing.path, `stages[${index}].finishedAt`, stage.finishedAt, context.policy),
        ]);
    });
}
function degradedContradiction(path, recorded, optionalNotPassed) {
    return {
        file: path,
        field: 'degraded',
        message: recorded
            ? 'is true, but every optional check passed: the summary contradicts the checks'
            : `is false, but ${optionalNotPassed}: the summary contradicts the checks`,
    };
}
/** The package a later contract names, and the manifest it links to, must be the release package. */
function packageProblems(read, context, what) {
    const manifest = context.manifest;
    if (!manifest)
        return [];
    const problems = [];
    if (read.value.packageDigest !== manifest.value.digest) {
        problems.push({
            file: read.path,
            field: 'packageDigest',
            message: `is ${read.value.packageDigest}, but ${manifest.path} has ${manifest.value.digest}: a different package was ${what}`,
        });
    }
    read.value.evidence.forEach((link, index) => {
        const linked = link.kind === 'release-package' ? manifest : link.kind === 'commit-stage' ? context.reads['commit-stage'] : undefined;
        if (!linked || linked.state === 'missing')
            return;
        // A link to the manifest may carry the package digest it seals itself with, or the digest of the file.
        const accepted = linked.state === 'valid' ? [linked.digest, ...(link.kind === 'release-package' ? [manifest.value.digest] : [])] : [];
        if (!accepted.includes(link.digest)) {
            problems.push({
                file: read.path,
                field: `evidence[${index}].digest`,
                message: `links ${link.kind} ${link.digest}, but ${linked.path} is ${linked.state === 'valid' ? linked.digest : 'invalid'}: this was taken on other ${link.kind} evidence`,
            });
        }
    });
    return problems;
}
/**
 * The acceptance result a deploy was decided on must be the one there. One that differs is not
 * tampering (acceptance ran again after the deploy, or a later run said NO), so it is a NO but not a
 * fault: the evidence holds together, the deploy just does not rest on this acceptance.
 */
function restsOnAcceptance(deployment, context) {
    const acceptance = context.reads.acceptance;
    if (acceptance.state !== 'valid')
        return [];
    return deployment.value.evidence.flatMap((link, index) => link.kind === 'acceptance' && link.digest !== acceptance.digest
        ? [{
                file: deployment.path,
                field: `evidence[${index}].digest`,
                message: `links acceptance ${link.digest}, but ${acceptance.path} is ${acceptance.digest}: acceptance ran again after this deploy, so the deploy does not rest on it; deploy again`,
            }]
        : []);
}
/** A run (acceptance, prod-verify) must end after it starts, after the package was built, not in the future, and recently enough. */
function judgeRunTime(read, context, what) {
    const { path, value } = read;
    fault(context.findings, [
        ...ordered(path, ['startedAt', value.startedAt], ['finishedAt', value.finishedAt]),
        ...notBeforePackage(path, 'startedAt', value.startedAt, context),
        ...notInFuture(path, 'finishedAt', value.finishedAt, context.policy),
    ]);
    const maxAge = context.policy.maxEvidenceAgeMs;
    const age = context.policy.now.getTime() - Date.parse(value.finishedAt);
    if (maxAge !== null && age > maxAge) {
        context.findings.blocking.push({
            file: path,
            field: 'finishedAt',
            message: `is ${value.finishedAt}, ${formatAge(age)} before ${context.policy.now.toISOString()}: ${what} evidence older than ${formatAge(maxAge)} (max-evidence-age) is stale; run it again`,
        });
    }
}
function notInFuture(file, field, time, policy) {
    if (Date.parse(time) <= policy.now.getTime() + policy.clockSkewMs)
        return [];
    return [{ file, field, message: `is ${time}, after ${policy.now.toISOString()} (the time of the judgement) by more than the ${formatAge(policy.clockSkewMs)} clock skew allowed: evidence from the future` }];
}
function notBeforePackage(file, field, time, context) {
    const manifest = context.manifest;
    if (!manifest || Date.parse(time) >= Date.parse(manifest.value.createdAt) - context.policy.clockSkewMs)
        return [];
    return [{ file, field, message: `is ${time}, before the release package was built (createdAt ${manifest.value.createdAt} in ${manifest.path}): it cannot be about this package` }];
}
function ordered(file, [startField, start], [endField, end]) {
    if (Date.parse(end) >= Date.parse(start))
        return [];
    return [{ file, field: endField, message: `is ${end}, before ${startField} ${start}: it ended before it started` }];
}
function describeRefs(refs) {
    const names = Object.keys(refs);
    return names.length === 0 ? 'no components' : names.map((name) => `${name}=${refs[name]}`).join(', ');
}
/** 7 d, 36 h, 5 min, 42 s: the largest unit that divides evenly, else hours. */
function formatAge(ms) {
    const units = [[86_400_000, 'd'], [3_600_000, 'h'], [60_000, 'min'], [1000, 's']];
    for (const [size, unit] of units)
        if (ms >= size && ms % size === 0)
            return `${ms / size} ${unit}`;
    if (ms >= 3_600_000)
        return `${(ms / 3_600_000).toFixed(1)} h`;
    return `${Math.round(ms / 1000)} s`;
}

;// CONCATENATED MODULE: ./build/stages/verify.js
// verify: re-validates every contract recorded for a SHA and every link between them, so that
// evidence changed after the fact, or a decision that no longer follows from it, shows; and says
// whether the release is complete (a manifest and a decision), which is a failure unless partial.





// Named when the chain is incomplete, so that the reader knows which step has not run.
const COMPLETES_THE_CHAIN = [
    ['release-package', 'build-once'],
    ['release', 'release-decision'],
];
async function verifyEvidence(root, sha, options = {}) {
    // A release decided in environments: is checked on the evidence of the environment it decides for.
    const releaseRead = options.environment === undefined ? await root.read('release', sha) : undefined;
    const environment = options.environment ?? (releaseRead?.state === 'valid' && 'environment' in releaseRead.value ? releaseRead.value.environment : undefined);
    const store = scopedStore(root, { environment });
    const reads = Object.fromEntries(await Promise.all(contracts/* contractKinds */.Ym.map(async (kind) => [kind, await store.read(kind, sha)])));
    const decisionRead = reads.release;
    const promotedFrom = decisionRead.state === 'valid' && 'promotedFrom' in decisionRead.value ? decisionRead.value.promotedFrom : null;
    if (promotedFrom)
        reads.promotion = { from: promotedFrom, read: await scopedStore(root, { environment: promotedFrom }).read('release', sha) };
    const checked = contracts/* contractKinds */.Ym.map((kind) => {
        const read = reads[kind];
        return { kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null };
    });
    const complete = COMPLETES_THE_CHAIN.every(([kind]) => reads[kind].state !== 'missing');
    const failures = [];
    if (checked.every((contract) => contract.state === 'missing')) {
        failures.push({ file: store.location, field: '(sha)', message: `no evidence at all for ${sha}` });
        return { sha, ok: false, complete, failures, checked };
    }
    if (!options.partial) {
        for (const [kind, writer] of COMPLETES_THE_CHAIN) {
            if (reads[kind].state !== 'missing')
                continue;
            failures.push({
                file: reads[kind].path,
                field: '(file)',
                message: `missing: no ${contracts/* contracts */.Mh[kind].title.toLowerCase()} (${writer} writes it), so the release is not complete; give --partial to check a release still in progress`,
            });
        }
    }
    for (const kind of contracts/* contractKinds */.Ym) {
        const read = reads[kind];
        if (read.state === 'invalid') {
            for (const problem of read.problems)
                failures.push({ file: read.path, field: problem.field, message: problem.message });
        }
        else if (read.state === 'valid' && read.value.sha !== sha) {
            failures.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not ${sha}` });
        }
    }
    failures.push(...packageFailures(reads));
    const decision = reads.release;
    if (decision.state === 'valid') {
        failures.push(...decisionFailures(sha, decision.path, decision.value, reads, options));
    }
    else {
        // No decision to hold the chain to: what there is must still hold together, now.
        const policy = judgePolicy(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false });
        failures.push(...judgeReleaseEvidence(sha, reads, policy).faults.map(asFailure));
    }
    const unique = [...new Map(failures.map((failure) => [`${failure.file}\n${failure.field}\n${failure.message}`, failure])).values()];
    return { sha, ok: unique.length === 0, complete, failures: unique, checked };
}
function asFailure(reason) {
    return { file: reason.file ?? '', field: reason.field ?? '', message: reason.message };
}
/** The decision must name the package in the manifest, and every contract that names a package needs a manifest to name. */
function packageFailures(reads) {
    const manifest = reads['release-package'];
    // The package digest is the one the manifest seals itself with, not the digest of the file.
    const manifestDigest = manifest.state === 'valid' ? manifest.value.digest : null;
    const failures = [];
    for (const read of [reads.acceptance, reads.deployment, reads.production, reads.release]) {
        if (read.state !== 'valid')
            continue;
        const recorded = read.value.packageDigest;
        if (manifestDigest === null && recorded !== null) {
            failures.push({ file: read.path, field: 'packageDigest', message: `names ${recorded}, but there is no valid release package manifest at ${manifest.path}` });
        }
        else if (read.kind === 'release' && recorded !== manifestDigest) {
            // The judge holds the others to the manifest; the decision is verify's own to check.
            failures.push({ file: read.path, field: 'packageDigest', message: `is ${recorded}, but ${manifest.path} has ${manifestDigest}` });
        }
    }
    return failures;
}
/** The decision must match the files it was taken on, and must still follow from them. */
function decisionFailures(sha, path, decision, reads, options) {
    const failures = [];
    decision.evidence.forEach((entry, index) => {
        if (!contracts/* contractKinds */.Ym.includes(entry.kind)) {
            failures.push({ file: path, field: `evidence[${index}].kind`, message: `'${entry.kind}' is not a contract kind` });
            return;
        }
        // The previous environment's decision, which let the package in, is the one `release` link.
        const current = entry.kind === 'release' && reads.promotion ? reads.promotion.read : reads[entry.kind];
        const digestNow = current.state === 'valid' ? current.digest : null;
        if (digestNow !== entry.digest || current.state !== entry.state) {
            failures.push({
                file: current.path,
                field: '(file)',
                message: `changed after the release decision: ${path} evidence[${index}] recorded ${entry.state} ${entry.digest ?? '(no digest)'}, now ${current.state} ${digestNow ?? '(no digest)'}`,
            });
        }
    });
    // The judgement again, at the time the decision was taken and with the deployment record
    // required as the decision required it: a decision edited by hand, or one taken on evidence that
    // was swapped for other evidence with the same digest links, no longer follows.
    const required = (kind) => decision.evidence.some((entry) => entry.kind === kind && entry.required);
    const policy = judgePolicy(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) });
    const judgement = judgeReleaseEvidence(sha, reads, policy);
    failures.push(...judgement.faults.map(asFailure));
    const sameVerdict = judgement.decision === decision.decision && judgement.status === decision.status;
    if (sameVerdict && !sameReasons(judgement.reasons, decision, reads['release-package'].path)) {
        failures.push({ file: path, field: 'reasons', message: `are not the reasons the evidence gives now: ${describeReasons(judgement.reasons)}` });
    }
    if (!sameVerdict) {
        const why = judgement.reasons[0];
        failures.push({
            file: path,
            field: judgement.decision !== decision.decision ? 'decision' : 'status',
            message: `is ${decision.decision} (${decision.status}), but the evidence now says ${judgement.decision} (${judgement.status})` +
                (why ? `: ${why.file ?? ''}: ${why.field ?? ''}: ${why.message}` : ''),
        });
    }
    return failures;
}
/**
 * The recorded reasons, word for word, with the artifacts folder the decision was taken in read as
 * the one verify reads: the same evidence verified from another folder gives the same reasons.
 */
function sameReasons(now, decision, manifestPathNow) {
    const manifestEntry = decision.evidence.find((entry) => entry.kind === 'release-package');
    const suffix = `release-package/${decision.sha}/`;
    const folderThen = manifestEntry?.path.slice(0, Math.max(0, manifestEntry.path.lastIndexOf(suffix)));
    const folderNow = manifestPathNow.slice(0, Math.max(0, manifestPathNow.lastIndexOf(suffix)));
    const relative = (reasons, folder) => reasons.map((reason) => folder
        ? { ...reason, file: reason.file?.split(folder).join(''), message: reason.message.split(folder).join('') }
        : reason);
    return (0,canonical/* canonicalJson */.dj)(relative(decision.reasons, folderThen)) === (0,canonical/* canonicalJson */.dj)(relative(now, folderNow));
}
function describeReasons(reasons) {
    if (reasons.length === 0)
        return 'none';
    return reasons.map(release_decision/* formatReason */.K9).join('; ');
}

;// CONCATENATED MODULE: ./build/stages/release-history.js

/**
 * The newest release (by decision time) with a valid YES decision whose manifest is valid and is
 * the package the decision names, and which `shipgate verify` holds (the decision still follows
 * from its evidence). Broken or forged evidence is passed over, never trusted.
 */
async function newestYesRelease(store, options = {}) {
    const candidates = [];
    for (const sha of await store.listShas('release')) {
        if (sha === options.excludeSha)
            continue;
        const decision = await store.read('release', sha);
        if (decision.state !== 'valid' || decision.value.decision !== 'YES')
            continue;
        const manifest = await store.read('release-package', sha);
        if (manifest.state !== 'valid' || manifest.value.digest !== decision.value.packageDigest)
            continue;
        // A file that says YES is not a release: the evidence under it must still hold the decision.
        if (!(await verifyEvidence(store, sha)).ok)
            continue;
        candidates.push({ sha, manifest: manifest.value, decidedAt: decision.value.decidedAt });
    }
    candidates.sort((a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt));
    return candidates[0];
}

;// CONCATENATED MODULE: ./build/stages/release-images.js
// Image refs from the build: what `docker buildx build --metadata-file` recorded (the pushed digest
// and the refs it was tagged with), and the release manifest's images pinned by it. A tag ref is
// pinned only by metadata that lists that exact ref; a tag nothing pins is an error, never kept.





async function readBuildxMetadata(workspace, metadataFile, where, configPath) {
    const path = resolveInside(workspace, metadataFile, where);
    let metadata;
    try {
        metadata = JSON.parse(await (0,evidence_file/* readUserTextFile */.Vf)(path, 'a buildx metadata file'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${where}: cannot read the buildx metadata file ${metadataFile} (${error.message}); build with --metadata-file ${metadataFile}`, { file: configPath });
    }
    const names = typeof metadata?.['image.name'] === 'string' ? metadata['image.name'].split(',').map((name) => name.trim()).filter(Boolean) : [];
    return { metadataFile, digest: metadata?.['containerimage.digest'], names };
}
/** ghcr.io/org/api:1.2 -> ghcr.io/org/api (a port in the registry host is not a tag). */
function withoutTag(name) {
    const at = name.indexOf('@');
    if (at >= 0)
        return name.slice(0, at);
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return colon > slash ? name.slice(0, colon) : name;
}
/**
 * The manifest's images, each pinned: a pinned ref as written, a tag ref to <repository>@<digest>
 * from the metadata whose image.name lists it. `built` is the metadata of this run's build, or
 * why there is none (the runtime was captured).
 */
function pinReleaseImages(manifest, built) {
    const images = {};
    const imageResolutions = [];
    for (const [name, ref] of Object.entries(manifest.content.images)) {
        if (common/* PINNED_IMAGE_PATTERN */.gH.test(ref)) {
            images[name] = ref;
            continue;
        }
        const fail = (message) => (0,release_manifest/* releaseManifestError */.vG)(manifest, ['images', name], `not pinned to a sha256 digest: '${ref}' is a tag, and ${message}`);
        if ('notBuilt' in built)
            throw fail(`${built.notBuilt}, so no build metadata pins it; write it pinned (registry/name@sha256:<64 hex>)`);
        const listing = built.metadata.filter((metadata) => metadata.names.includes(ref));
        if (listing.length === 0) {
            throw fail(`no buildx metadata file of build.images in ${built.configPath} lists it in image.name; build and push it with --metadata-file and name that file under build.images, or write it pinned (registry/name@sha256:<64 hex>)`);
        }
        const digests = [...new Set(listing.map((metadata) => metadata.digest))];
        if (digests.length > 1) {
            throw fail(`the metadata files that list it disagree on its digest (${listing.map((metadata) => `${metadata.metadataFile}: ${String(metadata.digest)}`).join(', ')}); build it once`);
        }
        const pinned = `${withoutTag(ref)}@${String(digests[0])}`;
        if (typeof digests[0] !== 'string' || !common/* PINNED_IMAGE_PATTERN */.gH.test(pinned)) {
            throw fail(`${listing[0].metadataFile} records no sha256 containerimage.digest for it; push the image so buildx records its digest`);
        }
        images[name] = pinned;
        imageResolutions.push({ name, tag: ref, ref: pinned, metadataFile: listing[0].metadataFile });
    }
    return { images, imageResolutions };
}

;// CONCATENATED MODULE: ./build/stages/build-once.js
// build-once: the only place a release package is made. It builds (or, when the runtime did not
// change, captures the components of the newest YES release in the evidence, or of the package that
// runs in an environment), pins every component to a digest, resolves the release manifest (tags to
// commits, image tags to digests, migration files to digests), and seals one manifest per SHA. A
// second run for the same SHA reuses that manifest, also when the two start together: one builds.











/** How long a run waits for another run's build of the same SHA: as long as a GitHub job may run. */
const BUILD_LOCK_WAIT_MS = 6 * 60 * 60 * 1000;
async function buildOnce(input, ports) {
    const sealed = await sealedPackage(input, ports);
    if (sealed)
        return sealed;
    // Two runs for one SHA must not both build: the second build rewrites, in the shared workspace,
    // the files whose digests the first one sealed. So one builds while the others wait; then they
    // find its package and reuse it (or, when it sealed none, the next one builds).
    const wait = {
        limitMs: BUILD_LOCK_WAIT_MS,
        onWait: (holder) => ports.logger.info(`Another build-once run for ${input.sha} holds the build (${holder}): waiting; this run reuses the package it seals, or builds if it seals none.`),
    };
    return ports.store.exclusively('release-package', input.sha, wait, async () => (await sealedPackage(input, ports)) ?? buildAndSeal(input, ports));
}
/** The package already sealed for the SHA, reused; undefined when there is none yet. */
async function sealedPackage(input, ports) {
    const existing = await ports.store.read('release-package', input.sha);
    if (existing.state === 'missing')
        return undefined;
    const manifest = (0,evidence_store.requireValid)(existing).value;
    if (input.releaseManifest && !(await packageRecordsManifest(manifest, input.releaseManifest))) {
        throw new errors/* EvidenceError */.oe(`${existing.path}: release: a release package for ${input.sha} already exists with different release fields; ` +
            'a package is built once per commit, so release the change as a new commit', { file: existing.path });
    }
    ports.logger.info(`Release package for ${input.sha} already exists (${manifest.digest}); not building again.`);
    return { manifest, path: existing.path, reused: true };
}
async function buildAndSeal(input, ports) {
    const { store, logger } = ports;
    const scope = await releaseScope(input, store);
    const declared = input.releaseManifest;
    // Tags and migration files first: one that does not resolve fails the step before anything is built.
    const { commits, resolutions } = declared
        ? await resolveReleaseCommits(declared, { clones: input.releaseClones, github: ports.tags, exec: ports.exec, logger })
        : { commits: {}, resolutions: [] };
    const migrations = declared ? await recordReleaseMigrations(declared, input.repository) : [];
    let runtime;
    let components;
    let pinned = { images: {}, imageResolutions: [] };
    const previous = scope.runtimeChanged ? undefined : await releaseToCapture(input, ports);
    if (previous) {
        logger.info(`Runtime did not change: capturing the components of ${previous.sha} (${previous.manifest.digest}), ${previous.from}.`);
        components = previous.manifest.components;
        runtime = { mode: 'captured', fromSha: previous.sha, fromPackageDigest: previous.manifest.digest };
        if (declared)
            pinned = pinReleaseImages(declared, { notBuilt: `the runtime did not change and was captured from ${previous.sha}, not built` });
        agreeWithCaptured(pinned.images, components, previous.sha);
    }
    else {
        const built = await buildComponents(input, ports);
        if (declared)
            pinned = pinReleaseImages(declared, { metadata: built.metadata, configPath: input.configPath });
        components = withReleaseImages(input, built.components, pinned.images);
        runtime = { mode: 'built' };
    }
    const release = {
        id: declared?.content.releaseId,
        description: declared?.content.description,
        commits,
        resolutions,
        images: pinned.images,
        imageResolutions: pinned.imageResolutions,
        migrations,
        featureFlags: declared?.content.featureFlags ?? {},
    };
    const manifest = (0,release_package/* sealReleasePackage */.BD)({
        schema: release_package/* RELEASE_PACKAGE_SCHEMA */.Ne,
        sha: input.sha,
        repository: input.repository,
        createdAt: ports.clock.now().toISOString(),
        source: input.source,
        scope,
        runtime,
        components,
        release: withoutUndefined(release),
    });
    const written = await store.write('release-package', input.sha, manifest);
    logger.info(`Release package ${manifest.digest} written to ${written.path}.`);
    return { manifest, path: written.path, reused: false };
}
/** The release fields without the keys a manifest left out, so that the sealed JSON is what its digest covers. */
function withoutUndefined(release) {
    return Object.fromEntries(Object.entries(release).filter(([, value]) => value !== undefined));
}
/**
 * What an unchanged runtime takes its components from: the package that runs in the environment, or
 * the newest YES release in the evidence. Nothing released yet (the first release of a repository,
 * or an environment nothing was deployed to) means building: there are no current digests to take.
 * A deployment or evidence that cannot be read is an error, never a reason to build.
 */
async function releaseToCapture(input, ports) {
    if (input.captureFrom) {
        const { environment } = input.captureFrom;
        if (!ports.deployed)
            throw new Error('bug: capture from an environment without the deployments API');
        const deployed = await deployedRelease(environment, { ...ports.deployed, logger: ports.logger });
        if (deployed) {
            return { sha: deployed.deployment.sha, manifest: deployed.manifest, from: `which runs in ${environment} (GitHub deployment ${deployed.deployment.id}, package from run ${deployed.deployment.payload.packageRunId})` };
        }
        ports.logger.info(`Runtime did not change for ${input.sha}, but nothing runs in ${environment} yet (no deploy-gate deployment of it has a success status): building the runtime, as for a first release.`);
        return undefined;
    }
    const newest = await newestYesRelease(ports.store, { excludeSha: input.sha });
    if (newest)
        return { ...newest, from: 'the newest release with a YES decision' };
    ports.logger.info(`Runtime did not change for ${input.sha}, but no earlier release in ${ports.store.location} has a YES decision: building the runtime, as for a first release.`);
    return undefined;
}
/** The scope from the commit-stage evidence when there is some, else from the input. */
async function releaseScope(input, store) {
    const read = await store.read('commit-stage', input.sha);
    if (read.state === 'missing') {
        return { runtimeChanged: input.runtimeChanged ?? true, infraChanged: false, docsChanged: false };
    }
    const evidence = (0,evidence_store.requireValid)(read).value;
    if (!evidence.passed) {
        throw new errors/* EvidenceError */.oe(`${read.path}: passed: the commit-stage check '${evidence.check.name}' did not pass for ${input.sha}; not building a package for it`, { file: read.path });
    }
    return {
        runtimeChanged: evidence.scope.runtime.changed,
        infraChanged: evidence.scope.infra.changed,
        docsChanged: evidence.scope.docs.changed,
    };
}
async function buildComponents(input, ports) {
    const { build } = input;
    for (const command of build.commands) {
        const result = await ports.logger.group(`build: ${command}`, () => ports.exec.shell(command, { cwd: input.workspace, echo: true }));
        if (result.exitCode !== 0) {
            throw new errors/* ConfigurationError */.j1(`${input.configPath}: build.commands: '${command}' failed with exit code ${result.exitCode}${tail(result.stderr)}`, { file: input.configPath });
        }
    }
    const components = [];
    const metadata = [];
    for (const image of build.images) {
        const where = `${input.configPath}: build.images '${image.name}'`;
        const read = await readBuildxMetadata(input.workspace, image.metadataFile, where, input.configPath);
        metadata.push(read);
        components.push({ kind: 'image', name: image.name, ref: imageRefFromMetadata(input, image, read) });
    }
    for (const file of build.files) {
        const absolute = resolveInside(input.workspace, file.path, `${input.configPath}: build.files '${file.name}'`);
        let digest;
        try {
            digest = await fileDigest(absolute);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${input.configPath}: build.files '${file.name}': cannot read ${file.path} (${error.code ?? error.message}); did the build commands produce it?`, { file: input.configPath });
        }
        components.push({ kind: 'file', name: file.name, path: file.path, ...digest });
    }
    return { components, metadata };
}
/**
 * The built components and the manifest's images together. A manifest image may name a built
 * component only to confirm it (the same pinned ref); two refs for one name are refused.
 */
function withReleaseImages(input, built, images) {
    const components = [...built];
    for (const [name, ref] of Object.entries(images)) {
        const same = components.find((component) => component.name === name);
        if (same?.kind === 'image' && same.ref === ref)
            continue;
        components.push({ kind: 'image', name, ref });
    }
    const names = new Set();
    for (const component of components) {
        if (names.has(component.name)) {
            throw new errors/* ConfigurationError */.j1(`component '${component.name}' is declared twice (in the shipgate config, or there and in the release manifest with another ref); give each component one name`);
        }
        names.add(component.name);
    }
    if (components.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${input.configPath}: nothing to package: declare build.images or build.files, or images in the release manifest`, { file: input.configPath });
    }
    return components;
}
/** A captured package keeps its components: a manifest image that names one must be its ref. */
function agreeWithCaptured(images, captured, fromSha) {
    for (const [name, ref] of Object.entries(images)) {
        const component = captured.find((each) => each.name === name);
        if (!component)
            continue;
        const capturedRef = component.kind === 'image' ? component.ref : `the file ${component.path}`;
        if (capturedRef !== ref) {
            throw new errors/* ConfigurationError */.j1(`component '${name}': the release manifest pins it to ${ref}, but the runtime did not change and the package captured from ${fromSha} holds ${capturedRef}; change the manifest, or build (runtime-changed: true)`);
        }
    }
}
/** registry/name@sha256:… from `docker buildx build --metadata-file` output. */
function imageRefFromMetadata(input, image, metadata) {
    const where = `${input.configPath}: build.images '${image.name}'`;
    const repository = image.repository ?? (metadata.names[0] ? withoutTag(metadata.names[0]) : undefined);
    if (!repository) {
        throw new errors/* ConfigurationError */.j1(`${where}: ${image.metadataFile} has no image.name; set repository for this image in the config`, { file: input.configPath });
    }
    const ref = `${repository}@${String(metadata.digest)}`;
    if (typeof metadata.digest !== 'string' || !common/* PINNED_IMAGE_PATTERN */.gH.test(ref)) {
        throw new errors/* ConfigurationError */.j1(`${where}: image ref '${ref}' is not pinned to a sha256 digest (containerimage.digest in ${image.metadataFile}); push the image so buildx records its digest`, { file: input.configPath });
    }
    return ref;
}
function tail(text) {
    const lines = text.trim().split('\n').slice(-5).join('\n');
    return lines ? `:\n${lines}` : '';
}


/***/ })

};
