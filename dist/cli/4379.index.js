export const id = 4379;
export const ids = [4379,8810];
export const modules = {

/***/ 30703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CreatedAtOrder: () => (/* binding */ CreatedAtOrder),
/* harmony export */   GitAncestryOrder: () => (/* binding */ GitAncestryOrder),
/* harmony export */   Ve: () => (/* binding */ acceptedCandidate),
/* harmony export */   _B: () => (/* binding */ recordedProduction),
/* harmony export */   convergeDeploy: () => (/* binding */ convergeDeploy)
/* harmony export */ });
/* unused harmony export acceptanceGate */
/* harmony import */ var _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3001);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11549);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55139);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72029);
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

/***/ 44379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ deployToEnvironment),
/* harmony export */   environmentGate: () => (/* binding */ environmentGate)
/* harmony export */ });
/* unused harmony export PromotionRefused */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46174);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11549);
/* harmony import */ var _deploy_convergence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30703);
/* harmony import */ var _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59084);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32418);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73445);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55139);
// Promotion through `environments:`: a package enters environment N only with a YES from
// environment N-1 for the same package (the first environment takes any sealed package), and its
// deploy there is recorded with the decision that let it in, in that environment's evidence.








/** The gate of an environment: the previous one's YES, or for the first a sealed package. */
function environmentGate(root, previous) {
    if (previous === null) {
        return { requirement: 'package is sealed', candidates: () => root.listShas('release-package'), admit: async () => undefined };
    }
    const previousStore = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_1__/* .scopedStore */ .sy)(root, { environment: previous });
    return {
        requirement: `${previous} said YES`,
        candidates: () => previousStore.listShas('release'),
        async admit(sha, manifest) {
            const read = await previousStore.read('release', sha);
            if (read.state === 'missing')
                return { reason: `${read.path}: missing: ${previous} has no decision for ${sha}; it must be deployed, accepted and verified in ${previous} first` };
            if (read.state === 'invalid')
                return { reason: read.problems.map((problem) => `${read.path}: ${problem.field}: ${problem.message}`).join('; ') };
            const { value, path, digest } = read;
            const named = 'environment' in value ? value.environment : undefined;
            if (named !== previous)
                return { reason: `${path}: environment: is ${named ?? 'absent (a v1 decision)'}, not ${previous}` };
            if (value.decision !== 'YES')
                return { reason: `${path}: decision: is ${value.decision} for ${previous}` };
            if (value.packageDigest !== manifest.digest)
                return { reason: `${path}: packageDigest: ${previous} said YES for ${value.packageDigest}, the package is ${manifest.digest}` };
            const contradictions = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_7__/* .decisionContradictions */ .ZK)(value);
            if (contradictions.length > 0)
                return { reason: contradictions.map((problem) => `${path}: ${problem.field}: ${problem.message}`).join('; ') };
            // Checked as `shipgate verify --environment <previous>` checks it: a YES written by hand, or
            // one its evidence no longer gives, lets nothing in.
            const unverified = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .previousDecisionProblems */ .A)(root, sha, previous);
            if (unverified.length > 0)
                return { reason: unverified.map(_contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReason */ .K9).join('; ') };
            // The deploy rests on this YES, so it is kept with the deploy's evidence: a rollback's gate reads
            // it from the run that built the package (SHIPGATE_EVIDENCE_RUN_ID), and this environment's
            // decision, in this run, must find it here. Writing what is already here changes nothing.
            await previousStore.write('release', sha, value);
            return { kind: 'release', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_6__/* .relativeEvidencePath */ .PC)(root, path), digest };
        },
    };
}
/**
 * The local deploy to one environment (`shipgate pipeline`, `shipgate rollback`): refused, with the
 * missing evidence named and a `refused` record written, unless the gate admits the package; else
 * deployed and recorded as deployed or failed, in the environment's own evidence.
 */
async function deployToEnvironment(input, ports) {
    const root = ports.store;
    const store = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_1__/* .scopedStore */ .sy)(root, { environment: input.environment });
    const decidedAt = ports.clock.now().toISOString();
    const manifest = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__.requireValid)(await root.read('release-package', input.sha));
    const candidate = await (0,_deploy_convergence_js__WEBPACK_IMPORTED_MODULE_3__/* .acceptedCandidate */ .Ve)(root, input.sha, environmentGate(root, input.previous));
    const record = (0,_deploy_js__WEBPACK_IMPORTED_MODULE_6__/* .localDeploymentRecord */ .Yq)({
        sha: input.sha,
        packageDigest: manifest.value.digest,
        environment: input.environment,
        replay: input.replay ?? false,
        order: 'created-at',
        decidedAt,
        evidence: [
            { kind: 'release-package', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_6__/* .relativeEvidencePath */ .PC)(root, manifest.path), digest: manifest.value.digest },
            ...('admittedBy' in candidate && candidate.admittedBy ? [candidate.admittedBy] : []),
        ],
    });
    if (!('manifest' in candidate)) {
        const written = await store.write('deployment', input.sha, record('refused', `not promoted to ${input.environment}: ${candidate.reason}`));
        throw new PromotionRefused(`refusing to deploy ${input.sha} to ${input.environment}: ${candidate.reason}`, written.path);
    }
    const extraEnvironment = { SHIPGATE_ENVIRONMENT: input.environment };
    let deployed;
    try {
        deployed = await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_6__/* .deployPackage */ .kW)({ sha: input.sha, command: input.command, workspace: input.workspace, extraEnvironment }, { store: root, exec: ports.exec, logger: ports.logger });
    }
    catch (error) {
        await store.write('deployment', input.sha, record('failed', `the deploy command failed: ${error.message}`));
        throw error;
    }
    const how = input.replay ? `rolled back to ${input.sha} by shipgate rollback` : `deployed by the local pipeline (shipgate pipeline)`;
    const written = await store.write('deployment', input.sha, record('deployed', `${how} in ${input.environment}`, ports.clock.now().toISOString()));
    return { ...deployed, recordPath: written.path };
}
/** A package the previous environment did not admit: a NO with the evidence named, not a crash. */
class PromotionRefused extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceError */ .oe {
    name = 'PromotionRefused';
    constructor(message, file) {
        super(message, { file });
    }
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
/* harmony export */   cD: () => (/* binding */ timingFinishedBy),
/* harmony export */   hH: () => (/* binding */ latestRun),
/* harmony export */   ky: () => (/* binding */ runsOf),
/* harmony export */   lm: () => (/* binding */ TIMING_LOCK_WAIT),
/* harmony export */   pipelineRunOf: () => (/* binding */ pipelineRunOf),
/* harmony export */   r: () => (/* binding */ loadTiming),
/* harmony export */   recordStageTiming: () => (/* binding */ recordStageTiming),
/* harmony export */   xO: () => (/* binding */ timingAsDecided)
/* harmony export */ });
/* unused harmony exports resolveRun, stageTiming, upgradeTiming */
/* harmony import */ var _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47891);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41854);
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
    // The store's checks (and every contract's schema) load only here, so that the summaries' run helpers above stay light.
    const { requireValid } = await Promise.all(/* import() */[__webpack_require__.e(1130), __webpack_require__.e(1549)]).then(__webpack_require__.bind(__webpack_require__, 11549));
    return upgradeTiming(requireValid(read).value);
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
    // A loop, not Math.min(...): a timing may hold more stages than a call takes arguments.
    const firstStart = stages.filter((stage) => sameRun(stage.run, run)).reduce((earliest, stage) => Math.min(earliest, Date.parse(stage.startedAt)), Infinity);
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
        entry.startedAt = new Date((starts.length > 0 ? starts : ends).reduce((earliest, start) => Math.min(earliest, start), Infinity)).toISOString();
        entry.finishedAt = new Date(ends.reduce((latest, end) => Math.max(latest, end), -Infinity)).toISOString();
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
/** How many earlier states of a timing timingAsDecided tries before it gives up (a bound on the work for a huge file). */
const TIMING_STATES_TRIED = 1024;
/**
 * The timing as a decision read it, when the file has only grown since: the timing is shared by
 * every stage of the SHA, so the stages of later environments append to it after an earlier
 * environment's decision. That is the file as it is now cut back to the stages and closes it had
 * then, found by the digest the decision recorded; undefined when no such state gives that digest
 * (the recorded stages or closes were changed, not appended to). A decision taken without a timing
 * file gives the missing read.
 */
function timingAsDecided(read, recorded, decidedAt, clockSkewMs) {
    if (read.state !== 'valid')
        return undefined;
    if (recorded.state === 'missing')
        return { state: 'missing', kind: 'pipeline', path: read.path };
    if (recorded.state !== 'valid' || recorded.digest === read.digest)
        return undefined;
    const timing = read.value;
    // What was there at the decision had finished by then: only the cuts before the first later entry are tried.
    const latest = Date.parse(decidedAt) + clockSkewMs;
    const before = (times) => {
        const later = times.findIndex((time) => Date.parse(time) > latest);
        return later < 0 ? times.length : later;
    };
    const maxStages = before(timing.stages.map((stage) => stage.finishedAt));
    const maxCloses = timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk ? before(timing.closes.map((close) => close.closedAt)) : timing.closed && Date.parse(timing.closed.closedAt) <= latest ? 1 : 0;
    let tried = 0;
    for (let stages = maxStages; stages >= 0; stages--) {
        for (let closes = maxCloses; closes >= 0; closes--) {
            if (++tried > TIMING_STATES_TRIED)
                return undefined;
            const then = timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk
                ? { ...timing, stages: timing.stages.slice(0, stages), closes: timing.closes.slice(0, closes) }
                : { ...timing, stages: timing.stages.slice(0, stages), closed: closes > 0 ? timing.closed : null };
            const digest = (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(then);
            if (digest === recorded.digest)
                return { state: 'valid', kind: 'pipeline', path: read.path, value: then, digest };
        }
    }
    return undefined;
}
/**
 * The timing as far as it had got by a decision: the stages and closes finished by then (with the
 * clock skew allowed), in their order. For checking a previous environment's decision while this
 * run appends to the timing, where the file it recorded cannot be had again (a close replaced).
 */
function timingFinishedBy(read, decidedAt, clockSkewMs) {
    const latest = Date.parse(decidedAt) + clockSkewMs;
    const by = (time) => Date.parse(time) <= latest;
    const timing = read.value;
    const then = timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk
        ? { ...timing, stages: timing.stages.filter((stage) => by(stage.finishedAt)), closes: timing.closes.filter((close) => by(close.closedAt)) }
        : { ...timing, stages: timing.stages.filter((stage) => by(stage.finishedAt)), closed: timing.closed && by(timing.closed.closedAt) ? timing.closed : null };
    return { state: 'valid', kind: 'pipeline', path: read.path, value: then, digest: (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(then) };
}


/***/ }),

/***/ 73445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ previousDecisionProblems),
/* harmony export */   J: () => (/* binding */ verifyEvidence)
/* harmony export */ });
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11920);
/* harmony import */ var _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59084);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46174);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72029);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8810);
// verify: re-validates every contract recorded for a SHA and every link between them, so that
// evidence changed after the fact, or a decision that no longer follows from it, shows; and says
// whether the release is complete (a manifest and a decision), which is a failure unless partial.






// Named when the chain is incomplete, so that the reader knows which step has not run.
const COMPLETES_THE_CHAIN = [
    ['release-package', 'build-once'],
    ['release', 'release-decision'],
];
async function verifyEvidence(root, sha, options = {}) {
    return verifyChain(root, sha, options, []);
}
/**
 * What is wrong with the decision of environment `from`, checked as `shipgate verify --environment
 * from` checks it (its evidence, its digests, the decision following from them, and so on back to
 * the first environment): the next environment rests on that decision, so it is not taken as
 * written. Empty when it holds. At most MAX_REASONS_PER_FILE reasons, the rest counted.
 */
async function previousDecisionProblems(root, sha, from, options = {}, checking = []) {
    const path = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment: from }).pathOf('release', sha);
    if (checking.includes(from)) {
        return [{ file: path, field: 'promotedFrom', message: `leads back to ${from} (${[...checking, from].join(' → ')}): promotion cannot go round in a circle` }];
    }
    const report = await verifyChain(root, sha, { environment: from, promotionCheck: true, ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) }, checking);
    const reasons = report.failures
        .slice(0, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl)
        .map((failure) => ({ file: failure.file, field: failure.field, message: `${failure.message} (so the ${from} decision ${path} does not hold)` }));
    if (report.failures.length > _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl)
        reasons.push({ file: path, field: '(file)', message: `and ${report.failures.length - _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl} more problems with the ${from} decision` });
    return reasons;
}
async function verifyChain(root, sha, options, checking) {
    // A release decided in environments: is checked on the evidence of the environment it decides for.
    const releaseRead = options.environment === undefined ? await root.read('release', sha) : undefined;
    const environment = options.environment ?? (releaseRead?.state === 'valid' && 'environment' in releaseRead.value ? releaseRead.value.environment : undefined);
    const store = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment });
    const reads = Object.fromEntries(await Promise.all(_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map(async (kind) => [kind, await store.read(kind, sha)])));
    if (environment !== undefined)
        reads.environment = environment;
    const decisionRead = reads.release;
    const promotedFrom = decisionRead.state === 'valid' && 'promotedFrom' in decisionRead.value ? decisionRead.value.promotedFrom : null;
    if (promotedFrom) {
        const read = await (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment: promotedFrom }).read('release', sha);
        const unverified = read.state === 'valid' ? await previousDecisionProblems(root, sha, promotedFrom, options, [...checking, environment ?? '']) : [];
        reads.promotion = { from: promotedFrom, read, unverified };
    }
    const checked = _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map((kind) => {
        const read = reads[kind];
        return { kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null };
    });
    const complete = COMPLETES_THE_CHAIN.every(([kind]) => reads[kind].state !== 'missing');
    const failures = [];
    // A loop, not push(...): a file may hold more problems than a call takes arguments.
    const add = (more) => {
        for (const failure of more)
            failures.push(failure);
    };
    if (checked.every((contract) => contract.state === 'missing')) {
        failures.push({ file: store.location, field: '(sha)', message: `no evidence at all for ${sha}` });
        return { sha, ok: false, complete, failures, checked };
    }
    if (!options.partial && !options.promotionCheck) {
        for (const [kind, writer] of COMPLETES_THE_CHAIN) {
            if (reads[kind].state !== 'missing')
                continue;
            failures.push({
                file: reads[kind].path,
                field: '(file)',
                message: `missing: no ${_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contracts */ .Mh[kind].title.toLowerCase()} (${writer} writes it), so the release is not complete; give --partial to check a release still in progress`,
            });
        }
    }
    // The release's decision, when it names an environment, is that environment's: the same file.
    if (releaseRead?.state === 'valid' && environment !== undefined)
        add(releaseDecisionFailures(releaseRead, reads.release, options));
    for (const kind of _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym) {
        const read = reads[kind];
        if (read.state === 'invalid') {
            add(cappedFailures(read.path, read.problems));
        }
        else if (read.state === 'valid' && read.value.sha !== sha) {
            failures.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not ${sha}` });
        }
    }
    add(packageFailures(reads));
    const decision = reads.release;
    if (decision.state === 'valid') {
        add(decisionFailures(sha, decision.path, decision.value, reads, options));
    }
    else {
        // No decision to hold the chain to: what there is must still hold together, now.
        const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false });
        add((0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy).faults.map(asFailure));
    }
    const unique = [...new Map(failures.map((failure) => [`${failure.file}\n${failure.field}\n${failure.message}`, failure])).values()];
    return { sha, ok: unique.length === 0, complete, failures: unique, checked };
}
/** At most MAX_REASONS_PER_FILE of one file's problems, the rest counted. */
function cappedFailures(file, problems) {
    const shown = problems.slice(0, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl).map((problem) => ({ file, field: problem.field, message: problem.message }));
    if (problems.length > _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl)
        shown.push({ file, field: '(file)', message: `and ${problems.length - _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl} more problems in this file` });
    return shown;
}
/**
 * release/<sha>/decision.json, when it names an environment, must be that environment's own
 * decision, byte for byte, so that everything verify checks of the one holds of the other; and,
 * when shipgate.yml says which environment is last, that one's.
 */
function releaseDecisionFailures(release, own, options) {
    const named = 'environment' in release.value ? release.value.environment : undefined;
    if (named === undefined)
        return [];
    const failures = [];
    if (options.finalEnvironment !== undefined && named !== options.finalEnvironment) {
        failures.push({ file: release.path, field: 'environment', message: `is ${named}, but the release is decided by ${options.finalEnvironment}, the last of environments:; only its decision is the release's` });
    }
    if (own.state !== 'valid' || own.digest !== release.digest) {
        failures.push({
            file: release.path,
            field: '(file)',
            message: `is ${release.digest}, but ${named}'s own decision ${own.path} is ${own.state === 'valid' ? own.digest : own.state}: the release's decision must be the same file as the decision of the environment it names`,
        });
    }
    return failures;
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
function decisionFailures(sha, path, decision, readsNow, options) {
    const failures = [];
    // For a promotion, evidence the decision had that is not here at all is in another run's artifacts.
    const elsewhere = (entry, read) => options.promotionCheck === true && entry.state === 'valid' && read.state === 'missing';
    // The timing is shared: the stages after this decision (a later environment's) append to it. The
    // decision is held to the file as it was then, which must still be there, unchanged.
    const timingEntry = decision.evidence.find((entry) => entry.kind === 'pipeline');
    let timingThen = timingEntry ? (0,_timing_js__WEBPACK_IMPORTED_MODULE_5__/* .timingAsDecided */ .xO)(readsNow.pipeline, timingEntry, decision.decidedAt, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .CLOCK_SKEW_MS */ .rn) : undefined;
    // Checked for a promotion, the timing has moved on by design: this very run's stages (deploy-gate,
    // the next decision) append to it first, and a decision taken again replaces its run's close,
    // which no cut of the file gives back. The decision is then judged on the stages finished by it.
    const timingMoved = options.promotionCheck === true && timingThen === undefined && timingEntry?.state === 'valid' && readsNow.pipeline.state === 'valid';
    if (timingMoved && readsNow.pipeline.state === 'valid')
        timingThen = (0,_timing_js__WEBPACK_IMPORTED_MODULE_5__/* .timingFinishedBy */ .cD)(readsNow.pipeline, decision.decidedAt, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .CLOCK_SKEW_MS */ .rn);
    const reads = timingThen ? { ...readsNow, pipeline: timingThen } : readsNow;
    decision.evidence.forEach((entry, index) => {
        if (!_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.includes(entry.kind)) {
            failures.push({ file: path, field: `evidence[${index}].kind`, message: `'${entry.kind}' is not a contract kind` });
            return;
        }
        if (timingMoved && entry.kind === 'pipeline')
            return;
        // The previous environment's decision, which let the package in, is the one `release` link.
        const current = entry.kind === 'release' && reads.promotion ? reads.promotion.read : reads[entry.kind];
        if (elsewhere(entry, current))
            return;
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
    if (decision.evidence.some((entry) => _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.includes(entry.kind) && elsewhere(entry, reads[entry.kind])))
        return failures;
    const required = (kind) => decision.evidence.some((entry) => entry.kind === kind && entry.required);
    const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) });
    const judgement = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy);
    for (const reason of judgement.faults)
        failures.push(asFailure(reason));
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
    return (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(decision.reasons, folderThen)) === (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(now, folderNow));
}
function describeReasons(reasons) {
    if (reasons.length === 0)
        return 'none';
    return reasons.map(_contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReason */ .K9).join('; ');
}


/***/ })

};
