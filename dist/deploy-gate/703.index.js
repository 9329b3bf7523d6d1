export const id = 703;
export const ids = [703];
export const modules = {

/***/ 703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CreatedAtOrder: () => (/* binding */ CreatedAtOrder),
/* harmony export */   GitAncestryOrder: () => (/* binding */ GitAncestryOrder),
/* harmony export */   convergeDeploy: () => (/* binding */ convergeDeploy)
/* harmony export */ });
/* unused harmony exports acceptanceGate, acceptedCandidate, recordedProduction */
/* harmony import */ var _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3001);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1549);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5478);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2029);
// deploy convergence: whatever order queued deploy runs arrive in, production ends at the newest
// release package whose acceptance said YES and never moves back to an older SHA, unless the run is
// an explicit replay. Every decision is recorded as a deployment record (shipgate.deployment/v1);
// with a deployment log (GitHub deployments), each deploy is recorded there too, and production is
// read back from it.
//
// "Older" is commit order by default: A is older than B when A is an ancestor of B
// (`git merge-base --is-ancestor`, needs the history: actions/checkout with fetch-depth: 0). Commits
// on diverged histories cannot be ordered and are refused. The alternative is the packages' createdAt
// (build time), for checkouts without history; it trusts the build clocks.





class GitAncestryOrder {
    exec;
    cwd;
    basis = 'commit';
    constructor(exec, cwd) {
        this.exec = exec;
        this.cwd = cwd;
    }
    async compare(a, b) {
        if (a.sha === b.sha)
            return 0;
        if (await this.isAncestor(a.sha, b.sha))
            return -1;
        if (await this.isAncestor(b.sha, a.sha))
            return 1;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${a.sha} and ${b.sha} are on diverged histories (neither is an ancestor of the other), so neither is newer; deploy one of them with replay: true`);
    }
    async isAncestor(older, newer) {
        const result = await this.exec.run('git', ['merge-base', '--is-ancestor', older, newer], { cwd: this.cwd });
        if (result.exitCode === 0)
            return true;
        if (result.exitCode === 1)
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git merge-base --is-ancestor ${older} ${newer} failed in ${this.cwd} (exit ${result.exitCode}): ${result.stderr.trim()}; ` +
            'deploy convergence orders commits by history: check out with fetch-depth: 0, or use order: created-at');
    }
}
class CreatedAtOrder {
    basis = 'created-at';
    async compare(a, b) {
        if (a.sha === b.sha)
            return 0;
        if (!a.createdAt || !b.createdAt)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`order created-at: no package createdAt known for ${!a.createdAt ? a.sha : b.sha}; give production-sha of a package in the evidence, or use order: commit`);
        const difference = Date.parse(a.createdAt) - Date.parse(b.createdAt);
        if (difference === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`order created-at: the packages of ${a.sha} and ${b.sha} were created at the same time, so neither is newer; use order: commit`);
        return difference;
    }
}
/**
 * The single flow's gate: acceptance said YES for exactly this package, as the release decision
 * judges it (the same SHA and package, no environment, not a shard's part, a YES its checks give),
 * so that nothing is deployed on an acceptance the decision would call NO. The age of the result is
 * left to the decision, whose max-evidence-age deploy-gate does not know.
 */
function acceptanceGate(store, clock) {
    return {
        requirement: 'acceptance said YES',
        candidates: () => store.listShas('acceptance'),
        async admit(sha) {
            const [releasePackage, commitStage, acceptance] = await Promise.all([store.read('release-package', sha), store.read('commit-stage', sha), store.read('acceptance', sha)]);
            if (acceptance.state === 'missing')
                return { reason: `${acceptance.path}: missing: acceptance has not run` };
            const reasons = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .acceptanceNoReasons */ .CB)(sha, { 'release-package': releasePackage, 'commit-stage': commitStage, acceptance }, (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(clock.now(), { maxEvidenceAgeMs: null }));
            if (reasons.length > 0 || acceptance.state !== 'valid')
                return { reason: reasons.map((reason) => `${reason.file}: ${reason.field}: ${reason.message}`).join('; ') };
            return { kind: 'acceptance', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeEvidencePath */ .PC)(store, acceptance.path), digest: acceptance.digest };
        },
    };
}
/** The package of a SHA if the gate admits exactly that package; else why not. */
async function acceptedCandidate(store, sha, gate) {
    const manifestRead = await store.read('release-package', sha);
    if (manifestRead.state === 'missing')
        return { sha, reason: `${manifestRead.path}: missing: no release package` };
    const { value: manifest, path: manifestPath } = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__.requireValid)(manifestRead);
    if (manifest.sha !== sha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(`${manifestPath}: sha: the manifest names ${manifest.sha}, not ${sha}`, { file: manifestPath });
    const admitted = await gate.admit(sha, manifest);
    if (admitted && 'reason' in admitted)
        return { sha, reason: admitted.reason };
    return { sha, manifest, manifestPath, ...(admitted ? { admittedBy: admitted } : {}) };
}
/**
 * The newest `deployed` record of an environment in the evidence, by deployedAt. A record that
 * cannot be read could be the one of what runs there, so it stops the deploy: an unreadable
 * production state is no state to move from.
 */
async function recordedProduction(store, environment) {
    let newest;
    for (const sha of await store.listShas('deployment')) {
        const read = await store.read('deployment', sha);
        if (read.state === 'missing')
            continue;
        if (read.state === 'invalid') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(`${(0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__/* .describeProblems */ .yg)(read.path, read.problems)}\nthe deployment record cannot be read, so what runs in ${environment} is not known: repair or remove it, or give production-sha`, { file: read.path });
        }
        const record = read.value;
        if (record.sha !== sha)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(`${read.path}: sha: names ${record.sha}, not ${sha}, whose record this is`, { file: read.path });
        if (record.environment !== environment || record.outcome !== 'deployed' || !record.deployedAt)
            continue;
        if (!newest || Date.parse(record.deployedAt) > Date.parse(newest.record.deployedAt))
            newest = { record, path: read.path };
    }
    return newest ? { sha: newest.record.sha, packageDigest: newest.record.packageDigest, from: newest.path } : undefined;
}
/**
 * The records of one folder are one environment's: the single flow keeps them all in
 * `deployment/<sha>/`, where its release decision reads them, whatever the environment is called.
 * Writing a SHA's record for another environment over the one there would take that SHA out of
 * the other environment's production state (and let an older package in there), so a deploy that
 * would do so is refused before anything runs. With `environments:` each has a folder of its own.
 */
async function anotherEnvironments(store, sha, environment) {
    const existing = await store.read('deployment', sha);
    return existing.state === 'valid' && existing.value.environment !== environment ? { path: existing.path, environment: existing.value.environment } : undefined;
}
/**
 * A refusal is recorded unless that would replace the record of a deploy, or another environment's:
 * the refused record of a SHA that was deployed must not hide what runs there.
 */
async function recordRefusal(store, record, logger) {
    const existing = await store.read('deployment', record.sha);
    if (existing.state === 'valid' && (existing.value.outcome === 'deployed' || existing.value.environment !== record.environment)) {
        logger.warning(`${existing.path}: kept: it records ${record.sha} ${existing.value.outcome} in ${existing.value.environment}, and a refusal does not replace that record`);
        return undefined;
    }
    return (await store.write('deployment', record.sha, record)).path;
}
async function convergeDeploy(input, ports) {
    const { store, logger, order } = ports;
    const decidedAt = ports.clock.now().toISOString();
    // A log that knows of no deploy yet (the first one through it) leaves the evidence to say.
    const production = input.production ?? (await ports.deployments?.production(input.logEnvironment ?? input.environment)) ?? (await recordedProduction(store, input.environment));
    if (production && !production.createdAt) {
        const known = await store.read('release-package', production.sha);
        if (known.state === 'valid')
            production.createdAt = known.value.createdAt;
    }
    const gate = ports.gate ?? acceptanceGate(store, ports.clock);
    const base = {
        schema: _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_SCHEMA */ .s$,
        environment: input.environment,
        replay: input.replay,
        order: order.basis,
        previous: production ? { sha: production.sha, ...(production.packageDigest ? { packageDigest: production.packageDigest } : {}) } : null,
        decidedAt,
        runId: input.runId,
    };
    const requested = await acceptedCandidate(store, input.sha, gate);
    if (!('manifest' in requested)) {
        const reason = `refusing to deploy ${input.sha} to ${input.environment}: ${requested.reason}; only a package whose ${gate.requirement} is deployed there`;
        // Without a sealed package there is no package digest to record a refusal of.
        const manifest = await store.read('release-package', input.sha);
        if (input.dryRun || manifest.state !== 'valid')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(reason);
        const refused = await recordRefusal(store, {
            ...base,
            sha: input.sha,
            packageDigest: manifest.value.digest,
            outcome: 'refused',
            superseded: [],
            reason: reason.slice(0, 2000),
            evidence: [{ kind: 'release-package', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeEvidencePath */ .PC)(store, manifest.path), digest: manifest.value.digest }],
        }, logger);
        return { decision: 'refused', ...(production ? { production } : {}), superseded: [], reason, records: refused ? [refused] : [] };
    }
    const others = new Set(input.candidates ?? (await gate.candidates()));
    others.delete(input.sha);
    const accepted = [requested];
    for (const sha of [...others].sort()) {
        // Another release's broken evidence makes it no candidate; it must not block this deploy.
        const candidate = await acceptedCandidate(store, sha, gate).catch((error) => ({ sha, reason: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error) }));
        if ('manifest' in candidate)
            accepted.push(candidate);
        else
            logger.info(`Not a candidate: ${candidate.reason}`);
    }
    const orderOf = (candidate) => ({ sha: candidate.sha, createdAt: candidate.manifest.createdAt });
    let target = requested;
    if (!input.replay) {
        for (const candidate of accepted)
            if ((await order.compare(orderOf(candidate), orderOf(target))) > 0)
                target = candidate;
    }
    const evidenceOf = (candidate) => [
        { kind: 'release-package', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeEvidencePath */ .PC)(store, candidate.manifestPath), digest: candidate.manifest.digest },
        ...(candidate.admittedBy ? [candidate.admittedBy] : []),
    ];
    const written = [];
    if (production && !input.replay) {
        const versusProduction = target.sha === production.sha ? 0 : await order.compare(orderOf(target), { sha: production.sha, createdAt: production.createdAt });
        if (versusProduction < 0) {
            const reason = `${target.sha} is older than ${production.sha}, which is in ${input.environment}; production never moves back to an older SHA unless the run is an explicit replay (replay: true)`;
            const refusals = [];
            if (!input.dryRun) {
                const refused = await recordRefusal(store, { ...base, sha: requested.sha, packageDigest: requested.manifest.digest, outcome: 'refused', superseded: [], reason, evidence: evidenceOf(requested) }, logger);
                if (refused)
                    refusals.push(refused);
            }
            return { decision: 'refused', production, superseded: [], reason, records: refusals };
        }
        if (versusProduction === 0) {
            const reason = `${target.sha} (${target.manifest.digest}) is already in ${input.environment}`;
            logger.info(reason);
            return { decision: 'already-deployed', target, production, superseded: [], reason, records: written };
        }
    }
    const superseded = [];
    for (const candidate of accepted) {
        if (candidate.sha === target.sha)
            continue;
        if (input.replay && candidate.sha !== input.sha)
            continue;
        const newerThanProduction = !production || (candidate.sha !== production.sha && (await order.compare(orderOf(candidate), { sha: production.sha, createdAt: production.createdAt })) > 0);
        if (newerThanProduction)
            superseded.push(candidate);
    }
    const reason = input.replay
        ? `explicit replay of ${target.sha}${production ? ` (production was at ${production.sha})` : ''}`
        : `the newest package whose ${gate.requirement}${superseded.length ? `; supersedes ${superseded.map((candidate) => candidate.sha).join(', ')}` : ''}`;
    const taken = await anotherEnvironments(store, target.sha, input.environment);
    if (taken) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${taken.path}: environment: records ${target.sha} in '${taken.environment}'; deploying it to '${input.environment}' would replace that record, and the records in this folder are one environment's production state. ` +
            'Deploy to one environment per evidence folder (artifacts-dir), or list the environments under environments: in the config, which keeps the records of each apart', { file: taken.path });
    }
    if (input.dryRun) {
        return { decision: 'planned', target, production, superseded: superseded.map((candidate) => candidate.sha), reason, records: written };
    }
    if (!input.command)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('no deploy command: give the command input or deploy.command in shipgate.yml (or dry-run: true to only decide)');
    // Recorded before the command runs: a deploy that cannot be recorded does not happen.
    const tracked = await ports.deployments?.start({ sha: target.sha, manifest: target.manifest, environment: input.logEnvironment ?? input.environment, replay: input.replay });
    let refs;
    try {
        const extra = (await ports.deployEnvironment?.(target)) ?? {};
        ({ refs } = await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_3__/* .deployPackage */ .kW)({ sha: target.sha, command: input.command, workspace: input.workspace, extraEnvironment: extra }, { store, exec: ports.exec, logger }));
    }
    catch (error) {
        // The deploy's own error is what the user needs; a status that cannot be set must not hide it.
        await tracked?.finish('failure').catch((statusError) => logger.warning(`GitHub deployment ${tracked.id} not marked failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(statusError)}`));
        await store.write('deployment', target.sha, {
            ...base,
            sha: target.sha,
            packageDigest: target.manifest.digest,
            outcome: 'failed',
            superseded: [],
            reason: `the deploy command failed: ${error.message}`.slice(0, 2000),
            evidence: evidenceOf(target),
        });
        throw error;
    }
    const deployedAt = ports.clock.now().toISOString();
    written.push((await store.write('deployment', target.sha, {
        ...base,
        sha: target.sha,
        packageDigest: target.manifest.digest,
        outcome: 'deployed',
        superseded: superseded.map((candidate) => candidate.sha),
        reason,
        deployedAt,
        evidence: evidenceOf(target),
    })).path);
    if (tracked) {
        try {
            await tracked.finish('success');
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${target.sha} is deployed to ${input.environment}, but GitHub deployment ${tracked.id} could not be marked success (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}); ` +
                'until it is, later runs do not see it as what runs there: re-run this job');
        }
    }
    for (const candidate of superseded) {
        const other = await anotherEnvironments(store, candidate.sha, input.environment);
        if (other) {
            logger.warning(`${other.path}: kept: it is ${candidate.sha}'s record in ${other.environment}; that ${target.sha} superseded it in ${input.environment} is not recorded over it`);
            continue;
        }
        written.push((await store.write('deployment', candidate.sha, {
            ...base,
            sha: candidate.sha,
            packageDigest: candidate.manifest.digest,
            outcome: 'superseded',
            supersededBy: target.sha,
            superseded: [],
            reason: `${target.sha} is newer and its ${gate.requirement}; it was deployed instead`,
            evidence: evidenceOf(candidate),
        })).path);
    }
    return { decision: 'deployed', target, production, superseded: superseded.map((candidate) => candidate.sha), reason, records: written, refs };
}


/***/ }),

/***/ 5478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kW: () => (/* binding */ deployPackage),
  PC: () => (/* binding */ relativeEvidencePath)
});

// UNUSED EXPORTS: deployAndRecord, localDeploymentRecord, packageEnvironment

// EXTERNAL MODULE: ./build/contracts/deployment.js
var deployment = __webpack_require__(3001);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/store.js
var store = __webpack_require__(1549);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(8420);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(5562);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/stages/file-digest.js
// The sha256 and size of a file, read as a stream so that a large package never sits in memory.




/**
 * Digests the regular file at path (a symlink is followed). It is opened the way evidence is, so a
 * FIFO, a socket, a device or a folder there is refused (the reason says which) instead of waited
 * on forever or failing mid-read; the bytes hashed are those of the very file checked.
 */
async function fileDigest(path) {
    const opened = await (0,evidence_file/* openRegularFile */.ZU)(path, true);
    if (opened.state !== 'open')
        return opened;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    try {
        for await (const chunk of opened.handle.createReadStream({ autoClose: false })) {
            hash.update(chunk);
            size += chunk.length;
        }
    }
    catch (error) {
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
    finally {
        await opened.handle.close();
    }
    return { state: 'read', sha256: hash.digest('hex'), size };
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

;// CONCATENATED MODULE: ./build/stages/promote.js
// promote: loads the exact package build-once made for a SHA and proves it is untouched: the
// contract, its own digest, the SHA, the digest pins and the sealed files (file components and
// migration files) present here. Never builds.






async function promote(input, ports) {
    await requireFolder(input.filesRoot);
    const read = await ports.store.read('release-package', input.sha);
    if (read.state === 'missing') {
        throw new errors/* EvidenceError */.oe(`${read.path}: missing: there is no release package for ${input.sha}; build-once must run for this SHA first (promote never builds)`, { file: read.path });
    }
    const { value: manifest, path } = (0,store.requireValid)(read);
    if (manifest.sha !== input.sha) {
        throw new errors/* EvidenceError */.oe(`${path}: sha: the manifest names ${manifest.sha}, but it was loaded for ${input.sha}`, { file: path });
    }
    const checkedFiles = [];
    const absentFiles = [];
    for (const sealed of sealedFiles(manifest)) {
        const where = `${path}: ${sealed.field}`;
        const actual = await fileDigest(resolveInside(input.filesRoot, sealed.path, where));
        if (actual.state === 'missing') {
            absentFiles.push(sealed.path);
            continue;
        }
        if (actual.state === 'refused') {
            throw new errors/* EvidenceError */.oe(`${where}.path: ${sealed.path} (under ${input.filesRoot}) ${actual.reason}; put the file build-once sealed there, or point files-root at the folder that holds it`, { file: path });
        }
        if (actual.sha256 !== sealed.sha256) {
            throw new errors/* EvidenceError */.oe(`${where}.sha256: ${sealed.path} has sha256 ${actual.sha256}, the package records ${sealed.sha256}; the file changed after build-once`, { file: path });
        }
        if (actual.size !== sealed.size) {
            throw new errors/* EvidenceError */.oe(`${where}.size: ${sealed.path} is ${actual.size} bytes, the package records ${sealed.size}`, { file: path });
        }
        checkedFiles.push(sealed.path);
    }
    if (absentFiles.length > 0 && checkedFiles.length === 0) {
        ports.logger.warning(`None of the package's ${absentFiles.length} sealed file(s) is present under files-root (${input.filesRoot}), so no file bytes were checked: ${absentFiles.join(', ')}`, { file: path, title: 'no sealed file checked' });
    }
    else if (absentFiles.length > 0) {
        ports.logger.info(`Not present here, so not checked: ${absentFiles.join(', ')}`);
    }
    ports.logger.info(`Promoting ${manifest.digest} (${manifest.components.length} components, runtime ${manifest.runtime.mode}).`);
    return { manifest, path, refs: (0,release_package/* componentRefs */.CR)(manifest), checkedFiles, absentFiles };
}
/** The file components, then the migration files (a path relative to the release manifest's folder). */
function sealedFiles(manifest) {
    const files = [];
    for (const [index, component] of manifest.components.entries()) {
        if (component.kind === 'file')
            files.push({ field: `components[${index}]`, path: component.path, size: component.size, sha256: component.sha256 });
    }
    if (manifest.schema === release_package/* RELEASE_PACKAGE_SCHEMA */.Ne) {
        for (const [index, migration] of manifest.release.migrations.entries()) {
            if (migration.kind === 'file')
                files.push({ field: `release.migrations[${index}]`, path: migration.path, size: migration.size, sha256: migration.sha256 });
        }
    }
    return files;
}
/** files-root must be a folder: one that is missing or a file would leave every sealed file unchecked without a word. */
async function requireFolder(filesRoot) {
    let stats;
    try {
        stats = await (0,promises_.stat)(filesRoot);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'does not exist (a part of its path is a file)' : `cannot be read (${error.message})`;
        throw new errors/* ConfigurationError */.j1(`files-root: '${filesRoot}' ${why}; give the folder that holds the package's files (default: the repository root, '.')`);
    }
    if (!stats.isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`files-root: '${filesRoot}' is ${(0,evidence_file/* describeFileType */.wU)(stats)}, not a folder; give the folder that holds the package's files (default: the repository root, '.')`);
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/evidence/atomic-file.js
var atomic_file = __webpack_require__(3910);
;// CONCATENATED MODULE: ./build/stages/release-manifest-file.js
// The release section of a sealed package as one JSON file for deploy commands
// (SHIPGATE_RELEASE_MANIFEST): every repository at a SHA, every image pinned, migrations in order.
// A v1 package gives the same shape from its v1 fields.



const RELEASE_MANIFEST_FILE_SCHEMA = 'shipgate.release-manifest-file/v1';
/** Writes the file whole or not at all, and returns its path. */
async function writeReleaseManifestFile(manifest, folder) {
    const path = (0,external_node_path_.join)(folder, `release-manifest-${manifest.sha}.json`);
    await (0,atomic_file/* writeFileAtomic */.Zf)(path, `${JSON.stringify(releaseManifestDocument(manifest), null, 2)}\n`);
    return path;
}
function releaseManifestDocument(manifest) {
    const images = {};
    for (const component of manifest.components)
        if (component.kind === 'image')
            images[component.name] = component.ref;
    const common = {
        schema: RELEASE_MANIFEST_FILE_SCHEMA,
        sha: manifest.sha,
        packageDigest: manifest.digest,
        packageSchema: manifest.schema,
        releaseId: manifest.release.id ?? null,
        description: manifest.release.description ?? null,
        commits: manifest.release.commits,
        featureFlags: manifest.release.featureFlags,
        components: manifest.components,
    };
    if (manifest.schema === release_package/* RELEASE_PACKAGE_SCHEMA_V1 */.j0) {
        return { ...common, resolutions: [], images, migrations: v1Migrations(manifest.release.migrations, manifest.repository) };
    }
    for (const [name, ref] of Object.entries(manifest.release.images))
        images[name] ??= ref;
    return { ...common, resolutions: manifest.release.resolutions, images, migrations: manifest.release.migrations };
}
/** v1's flat list: consecutive migrations of one repository (the package's, when none is named) are one entry. */
function v1Migrations(migrations, packageRepository) {
    const grouped = [];
    for (const { id, repository = packageRepository, description } of migrations) {
        const revision = description === undefined ? { id } : { id, description };
        const last = grouped.at(-1);
        if (last && last.repository === repository)
            last.revisions.push(revision);
        else
            grouped.push({ repository, kind: 'revisions', revisions: [revision] });
    }
    return grouped;
}

;// CONCATENATED MODULE: ./build/stages/release-manifest-env.js
// SHIPGATE_RELEASE_MANIFEST: deploy commands get the sealed package's release as a JSON file
// (release-manifest-file.ts: commits per repository at their SHAs, pinned images, migrations in
// order, feature flags, components, the package digest; the same shape from a v1 package), beside
// SHIPGATE_SHA, SHIPGATE_PACKAGE_DIGEST and SHIPGATE_REFS. It lives in a private temporary folder,
// removed when the command is done: a command that edits it changes nothing in the evidence.




const RELEASE_MANIFEST_VARIABLE = 'SHIPGATE_RELEASE_MANIFEST';
/** Runs work with { SHIPGATE_RELEASE_MANIFEST: <file> } holding the manifest; the file is gone afterwards. */
async function withManifestFile(manifest, work) {
    // RUNNER_TEMP is emptied by the runner after every job; tmpdir() off a runner.
    const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'shipgate-release-'));
    try {
        return await work({ [RELEASE_MANIFEST_VARIABLE]: await writeReleaseManifestFile(manifest, folder) });
    }
    finally {
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./build/stages/deploy.js
// deploy: hands the promoted refs, and only those, to the caller's deploy command. The package is
// verified again right before, so what is deployed is exactly what acceptance tested.





/** The environment a deploy, acceptance or verification command gets: the promoted package (and SHIPGATE_RELEASE_MANIFEST, see release-manifest-env.ts). */
function packageEnvironment(sha, packageDigest, refs) {
    return { SHIPGATE_SHA: sha, SHIPGATE_PACKAGE_DIGEST: packageDigest, SHIPGATE_REFS: JSON.stringify(refs) };
}
async function deployPackage(input, ports) {
    const promoted = await promote({ sha: input.sha, filesRoot: input.workspace }, ports);
    const packageDigest = promoted.manifest.digest;
    ports.logger.info(`Deploying ${packageDigest}: ${input.command}`);
    const result = await ports.logger.group(`deploy: ${input.command}`, () => withManifestFile(promoted.manifest, (manifestEnvironment) => ports.exec.shell(input.command, {
        cwd: input.workspace,
        env: { ...packageEnvironment(input.sha, packageDigest, promoted.refs), ...manifestEnvironment, ...input.extraEnvironment },
        echo: true,
    })));
    if (result.exitCode !== 0) {
        // The command's own output is in the log (echoed, masked by the runner); it stays out of this
        // message because the message is recorded in the deployment evidence, and a deploy's error
        // output is where a token ends up.
        throw new errors/* ConfigurationError */.j1(`deploy: '${input.command}' failed with exit code ${result.exitCode}; its output is in the log above`);
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
    const manifest = requireValid(await store.read('release-package', input.sha));
    const acceptance = requireValid(await store.read('acceptance', input.sha));
    const record = localDeploymentRecord({
        sha: input.sha,
        packageDigest: manifest.value.digest,
        environment: input.environment,
        replay: input.replay ?? false,
        order: 'commit',
        decidedAt,
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
        await store.write('deployment', input.sha, record('failed', `the deploy command failed: ${error.message}`));
        throw error;
    }
    await store.write('deployment', input.sha, record('deployed', 'deployed by the local pipeline (shipgate pipeline)', clock.now().toISOString()));
    return deployed;
}
/** The deployment record of a deploy outside deploy-gate (the local pipeline, a rollback): the outcome is filled in when it is known. */
function localDeploymentRecord(fields) {
    return (outcome, reason, deployedAt) => ({
        schema: DEPLOYMENT_SCHEMA,
        ...fields,
        outcome,
        previous: null,
        superseded: [],
        // The reason may carry a command's message; the record stays readable.
        reason: reason.slice(0, 2000),
        ...(deployedAt ? { deployedAt } : {}),
        runId: 'local',
    });
}
/** A path as recorded in evidence links: relative to the artifacts folder. */
function relativeEvidencePath(store, path) {
    const prefix = `${store.location.replace(/\/+$/, '')}/`;
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}


/***/ }),

/***/ 2029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ MAX_REASONS_PER_FILE),
/* harmony export */   CB: () => (/* binding */ acceptanceNoReasons),
/* harmony export */   CL: () => (/* binding */ judgePolicy),
/* harmony export */   e_: () => (/* binding */ judgeReleaseEvidence),
/* harmony export */   rn: () => (/* binding */ CLOCK_SKEW_MS)
/* harmony export */ });
/* unused harmony exports decisionEvidenceKinds, SINGLE_FLOW_ENVIRONMENT, DEFAULT_MAX_EVIDENCE_AGE_MS, cappedReasons, formatAge */
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8420);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1854);
/* harmony import */ var _contracts_acceptance_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(723);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2418);




/** The evidence a release decision reads, in the order it is shown. */
const decisionEvidenceKinds = ['release-package', 'commit-stage', 'acceptance', 'deployment', 'production', 'pipeline'];
/** The environment the single flow (no `environments:`) deploys to and verifies: deploy-gate's default, `shipgate pipeline`'s. */
const SINGLE_FLOW_ENVIRONMENT = 'production';
/** How many problems of one file a decision lists; the rest are counted in one more reason, so that a huge file gives a readable decision. */
const MAX_REASONS_PER_FILE = 20;
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
    for (const reason of reasons) {
        findings.blocking.push(reason);
        findings.faults.push(reason);
    }
}
/**
 * At most MAX_REASONS_PER_FILE of a file's problems, the rest counted in one last reason: a file
 * with 100,000 broken entries must give a decision a person can read (and no argument-list limit).
 */
function cappedReasons(file, problems) {
    const shown = problems.slice(0, MAX_REASONS_PER_FILE).map((problem) => ({ file, field: problem.field, message: problem.message }));
    if (problems.length > MAX_REASONS_PER_FILE)
        shown.push({ file, field: '(file)', message: `and ${problems.length - MAX_REASONS_PER_FILE} more problems in this file` });
    return shown;
}
/**
 * The release decision's judgement of acceptance alone: every reason it would give the acceptance
 * result a NO (missing, invalid, another SHA, package, environment or a shard's part, a summary its
 * checks contradict, out of time order). deploy-gate admits a package on this, so that it never
 * deploys on an acceptance the decision would call NO. Degradations are no reason: partial success is a YES.
 */
function acceptanceNoReasons(sha, reads, policy) {
    const findings = { blocking: [], faults: [], degradations: [] };
    const read = reads.acceptance;
    if (read.state === 'missing')
        return [{ file: read.path, field: '(file)', message: `missing: no acceptance evidence for this SHA (${WRITTEN_BY.acceptance} writes it)` }];
    fault(findings, presenceProblems(sha, read));
    const valid = validFor(sha, read);
    if (valid)
        judgeAcceptance(valid, { policy, manifest: validFor(sha, reads['release-package']), reads, findings });
    return findings.blocking;
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
        return cappedReasons(read.path, read.problems);
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
    fault(findings, (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .commitStageContradictions */ .uY)(value).map((problem) => ({ file: path, ...problem })));
    fault(findings, notInFuture(path, 'recordedAt', value.recordedAt, context.policy));
}
function judgeAcceptance(acceptance, context) {
    const { value, path } = acceptance;
    const { findings } = context;
    fault(findings, packageProblems(acceptance, context, 'tested'));
    environmentProblems(acceptance, context, 'acceptance');
    if (value.schema === _contracts_acceptance_result_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPTANCE_RESULT_SCHEMA_V2 */ .VG && value.shard) {
        // A merge writes the whole result without `shard`; a shard's part lists only its own checks.
        fault(findings, [{ file: path, field: 'shard', message: `is ${value.shard.index} of ${value.shard.total}: one shard's partial result (only its own checks) is not the acceptance of the release; merge the shards (acceptance with merge-shards) for the whole result` }]);
    }
    const derived = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .acceptanceVerdict */ .ze)(value.checks);
    if (value.decision !== 'YES') {
        findings.blocking.push({ file: path, field: 'decision', message: `is ${value.decision}: ${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .checksNotPassed */ .PF)(value.checks, true, ['fail']) || 'acceptance did not pass'}` });
    }
    else if (derived.decision !== 'YES') {
        fault(findings, [{
                file: path,
                field: 'decision',
                message: `is YES, but its checks say NO (${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .checksNotPassed */ .PF)(value.checks, true, ['fail']) || 'no check was run'}): the summary contradicts the checks`,
            }]);
    }
    if (value.degraded !== derived.degraded)
        fault(findings, [degradedContradiction(path, value.degraded, (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .checksNotPassed */ .PF)(value.checks, false, ['fail']))]);
    else if (value.degraded)
        findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .checksNotPassed */ .PF)(value.checks, false, ['fail'])}` });
    judgeRunTime(acceptance, context, 'acceptance');
}
function judgeDeployment(deployment, context) {
    const { value, path } = deployment;
    const { findings } = context;
    fault(findings, packageProblems(deployment, context, 'deployed'));
    environmentProblems(deployment, context, 'deploy-gate');
    for (const reason of restsOnAcceptance(deployment, context))
        findings.blocking.push(reason);
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
    environmentProblems(production, context, 'prod-verify');
    const manifest = context.manifest?.value;
    if (manifest && (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(value.deployedRefs) !== (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)((0,_contracts_release_package_js__WEBPACK_IMPORTED_MODULE_0__/* .componentRefs */ .CR)(manifest))) {
        fault(findings, [{ file: path, field: 'deployedRefs', message: `${describeRefs(value.deployedRefs)} are not the components of the release package (${describeRefs((0,_contracts_release_package_js__WEBPACK_IMPORTED_MODULE_0__/* .componentRefs */ .CR)(manifest))})` }]);
    }
    const derived = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .productionVerdict */ .db)(value.checks);
    if (value.verdict !== 'pass') {
        findings.blocking.push({ file: path, field: 'verdict', message: `is ${value.verdict}: ${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .checksNotPassed */ .PF)(value.checks, true) || 'production verification did not pass'}` });
    }
    else if (derived.verdict !== 'pass') {
        const why = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .checksNotPassed */ .PF)(value.checks, true) || (value.checks.length === 0 ? 'it holds no check at all' : 'no check passed');
        fault(findings, [{ file: path, field: 'verdict', message: `is pass, but its checks say fail (${why}): the summary contradicts the checks` }]);
    }
    if (value.degraded !== derived.degraded)
        fault(findings, [degradedContradiction(path, value.degraded, (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .checksNotPassed */ .PF)(value.checks, false))]);
    else if (value.degraded)
        findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .checksNotPassed */ .PF)(value.checks, false)}` });
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
        fault(findings, cappedReasons(read.path, read.problems));
        return;
    }
    const { value, path } = read;
    // The previous decision is judged again from its own evidence, not trusted as written: one edited
    // to YES, or whose evidence changed since, lets nothing through.
    fault(findings, promotion.unverified ?? []);
    fault(findings, (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .decisionContradictions */ .ZK)(value).map((problem) => ({ file: path, ...problem })));
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
/**
 * Evidence that names an environment must name the one decided for: a result copied from staging
 * proves nothing about production. In `environments:` a version that names none (v1, or v2 with
 * environment null) cannot say which environment it is for, so it proves none of them; the single
 * flow's own stages write such versions, so there they count. The single flow's environment is the
 * one its deployment is of (deploy-gate's environment input, production unless renamed): its
 * production result must be of the same one, and its acceptance, which the single flow runs for
 * no environment, of none.
 */
function environmentProblems(read, context, writer) {
    const { value, path } = read;
    const decidedFor = context.reads.environment;
    const named = 'environment' in value ? value.environment : undefined;
    if (decidedFor === undefined) {
        const expected = read.kind === 'acceptance' ? undefined : singleFlowEnvironment(context.reads);
        if (typeof named === 'string' && named !== expected) {
            const why = expected === undefined ? 'an acceptance result of an environments: entry, not of the single flow' : `but the single flow's deployment is of ${expected}: evidence of another environment proves nothing about this one`;
            fault(context.findings, [{ file: path, field: 'environment', message: `is ${named}, ${why}` }]);
        }
        return;
    }
    if (typeof named === 'string') {
        if (named !== decidedFor) {
            fault(context.findings, [{ file: path, field: 'environment', message: `is ${named}, but this decision is for ${decidedFor}: evidence of another environment proves nothing about this one` }]);
        }
    }
    else {
        context.findings.blocking.push({
            file: path,
            field: 'environment',
            message: `is ${named === null ? 'null' : 'absent'} (${value.schema}), so the file does not say which environment it is for and proves nothing about ${decidedFor}; run ${writer} for ${decidedFor} again`,
        });
    }
}
/** The environment the single flow deployed to: the deployment record's, else the production result's, else production. */
function singleFlowEnvironment(reads) {
    for (const kind of ['deployment', 'production']) {
        const read = reads[kind];
        if (read?.state === 'valid' && 'environment' in read.value && typeof read.value.environment === 'string')
            return read.value.environment;
    }
    return SINGLE_FLOW_ENVIRONMENT;
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


/***/ }),

/***/ 2418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ checksNotPassed),
/* harmony export */   ZK: () => (/* binding */ decisionContradictions),
/* harmony export */   db: () => (/* binding */ productionVerdict),
/* harmony export */   uY: () => (/* binding */ commitStageContradictions),
/* harmony export */   ze: () => (/* binding */ acceptanceVerdict)
/* harmony export */ });
/* unused harmony export PASSING_CONCLUSION */
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3021);

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
        problems.push({ field: 'drift.findings', message: `holds ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(evidence.drift.findings.length, 'finding')} with drift mode fail, but passed is true` });
    }
    return problems;
}
/** Names of checks of one kind (required or optional) that did not pass, for a reason. */
function checksNotPassed(checks, required, statuses = ['fail', 'skipped']) {
    const names = checks.filter((check) => check.required === required && statuses.includes(check.status)).map((check) => `${check.name} (${check.status})`);
    return names.length === 0 ? '' : `${required ? 'required' : 'optional'} checks not passed: ${names.join(', ')}`;
}
/**
 * Why a decision's own fields disagree: YES is success or partial_success, NO is failure; a clean
 * success gives no reason, a partial success or a NO gives at least one. Empty when they agree.
 */
function decisionContradictions(decision) {
    const { status, reasons } = decision;
    if (decision.decision === 'YES' && status === 'failure')
        return [{ field: 'status', message: 'is failure, but decision is YES: a failed decision is a NO' }];
    if (decision.decision === 'NO' && status !== 'failure')
        return [{ field: 'status', message: `is ${status}, but decision is NO` }];
    if (status === 'success' && reasons.length > 0)
        return [{ field: 'reasons', message: `holds ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(reasons.length, 'reason')}, but status is success: a clean YES has none` }];
    if (status !== 'success' && reasons.length === 0)
        return [{ field: 'reasons', message: `is empty, but status is ${status}: it must say why` }];
    return [];
}


/***/ })

};
