export const id = 642;
export const ids = [642,321];
export const modules = {

/***/ 1854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony exports canonicalJson, sha256Hex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
// Canonical JSON (RFC 8785, JCS) and the `sha256:<hex>` digests taken over it. The digest of a
// contract is the digest of its canonical form, so key order and whitespace never change it.

// In unicode mode a paired surrogate is one code point, so this matches lone surrogates only.
const LONE_SURROGATE = /\p{Surrogate}/u;
/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace,
 * numbers and strings as ECMAScript's JSON.stringify writes them (which is what RFC 8785 asks for).
 * Values JSON cannot hold (undefined in arrays, functions, NaN, Infinity, lone surrogates) throw.
 */
function canonicalJson(value) {
    if (value === null || typeof value === 'boolean')
        return JSON.stringify(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new TypeError(`canonical JSON cannot hold the number ${value}`);
        return JSON.stringify(value);
    }
    if (typeof value === 'string') {
        if (LONE_SURROGATE.test(value))
            throw new TypeError('canonical JSON cannot hold a string with a lone surrogate');
        return JSON.stringify(value);
    }
    if (Array.isArray(value)) {
        return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
    }
    if (typeof value === 'object') {
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) {
            // A Date, Map or class instance would silently become {} or a string: make the caller convert it.
            throw new TypeError(`canonical JSON holds plain objects only, not ${value.constructor?.name ?? 'this object'}`);
        }
        const entries = Object.entries(value)
            .filter(([, member]) => member !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, member]) => `${canonicalJson(key)}:${canonicalJson(member)}`).join(',')}}`;
    }
    throw new TypeError(`canonical JSON cannot hold a value of type ${typeof value}`);
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** `sha256:<64 hex>` of the canonical JSON of a value. */
function digestOf(value) {
    return `sha256:${sha256Hex(canonicalJson(value))}`;
}


/***/ }),

/***/ 7891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ PIPELINE_TIMING_SCHEMA_V2),
/* harmony export */   TV: () => (/* binding */ pipelineTiming),
/* harmony export */   aQ: () => (/* binding */ LEGACY_RUN_ID)
/* harmony export */ });
/* unused harmony exports PIPELINE_TIMING_SCHEMA, pipelineRun, stageTiming, pipelineClose, runStageTiming, runClose */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2318);
// Pipeline timing: every stage appends its run; release-decision closes it with the totals.
// v2 keeps the runs of one SHA apart: each stage names the run it was part of, and each run is
// closed on its own, so a second run neither doubles the chart nor stretches the first run's total.


const PIPELINE_TIMING_SCHEMA = 'shipgate.pipeline-timing/v1';
/** v2: every stage entry names its run (GitHub run id and attempt, or the local run), and every run has its own close. */
const PIPELINE_TIMING_SCHEMA_V2 = 'shipgate.pipeline-timing/v2';
/** The run id a v1 file's stages get when the file is upgraded: v1 did not record which run wrote them. */
const LEGACY_RUN_ID = 'legacy';
const pipelineRun = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .describe(`GITHUB_RUN_ID on GitHub; local-<n> for the nth local \`shipgate pipeline\` run for the SHA; '${LEGACY_RUN_ID}' for stages recorded by v1, which did not say.`),
    attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().describe('GITHUB_RUN_ATTEMPT on GitHub; 1 for a local or legacy run.'),
})
    .strict();
const stageTiming = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    stage: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    startedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    finishedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['success', 'failure', 'no', 'skipped']).describe('failure: the stage failed; no: it ran and said NO.'),
})
    .strict();
const pipelineClose = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    closedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    totalMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('From the first stage start to the close.'),
    commitTime: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE.nullable(),
    leadTimeMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().describe('From the commit time to the decision; null when the commit time is unknown.'),
})
    .strict();
const pipelineTimingV1 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PIPELINE_TIMING_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    stages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(stageTiming),
    closed: pipelineClose.nullable(),
})
    .strict();
const runStageTiming = stageTiming.extend({ run: pipelineRun }).strict();
const runClose = pipelineClose
    .extend({ run: pipelineRun, totalMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe("From the first start of the run's stages to its close.") })
    .strict();
const pipelineTimingV2 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PIPELINE_TIMING_SCHEMA_V2),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    stages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(runStageTiming).describe('Every stage run, in the order they were appended, each naming its run.'),
    closes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(runClose).describe('One close per run that reached a release decision; a run decided again replaces its own.'),
})
    .strict();
const pipelineTiming = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('schema', [pipelineTimingV1, pipelineTimingV2]);


/***/ }),

/***/ 698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   previousDeployment: () => (/* binding */ previousDeployment),
/* harmony export */   yU: () => (/* binding */ shipgateDeployments)
/* harmony export */ });
/* unused harmony exports shipgatePayload, currentDeployment, GitHubDeploymentLog, deployedRelease */
/* harmony import */ var _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3001);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8667);
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8420);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3676);
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
    if (typeof schema !== 'string' || !schema.startsWith(_contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_PAYLOAD_SCHEMA */ .LC.replace(/\/v\d+$/, '/')))
        return undefined;
    const where = `GitHub deployment ${deployment.id} of ${deployment.environment}`;
    const parsed = _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentPayload */ .mG.safeParse(payload);
    if (!parsed.success) {
        const problems = schema === _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_PAYLOAD_SCHEMA */ .LC ? (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaProblems */ .Ic)(parsed.error) : [{ field: 'schema', message: `is '${schema}', this shipgate reads ${_contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_PAYLOAD_SCHEMA */ .LC}` }];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(`${where}: ${problems.map((problem) => `payload.${problem.field}: ${problem.message}`).join('; ')}; it names itself a shipgate deployment, so what it deployed cannot be trusted`);
    }
    if (parsed.data.sha !== deployment.sha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(`${where}: payload.sha: names ${parsed.data.sha}, but the deployment is of ${deployment.sha}`);
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
        throw new ConfigurationError(`${where}: its package was built outside a workflow run (payload.packageRunId is null), so there is no run to read it from; build the runtime (runtime-changed: true)`);
    }
    const source = ports.openRun(runId);
    const read = await source.read('release-package', deployment.sha).catch((error) => {
        if (!isUserError(error))
            throw error;
        throw new EvidenceError(`${where}: cannot read the release package from run ${runId}: ${errorMessage(error)}`);
    });
    if (read.state === 'missing') {
        throw new EvidenceError(`${where}: run ${runId} has no release-package-${deployment.sha} artifact (artifacts expire after the retention days); build the runtime (runtime-changed: true)`);
    }
    const { value: manifest, path } = requireValid(read);
    if (manifest.sha !== deployment.sha || manifest.digest !== deployment.payload.packageDigest) {
        throw new EvidenceError(`${path}: the package in run ${runId} is ${manifest.digest} of ${manifest.sha}, but ${where} deployed ${deployment.payload.packageDigest}; it is not the package that runs there`, { file: path });
    }
    return { deployment, manifest };
}
function shortDigest(digest) {
    return digest.slice(0, 'sha256:'.length + 12);
}


/***/ }),

/***/ 5119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchReleasePackage: () => (/* binding */ fetchReleasePackage)
/* harmony export */ });
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8420);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3676);
/* harmony import */ var _environment_deployments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(698);
/* harmony import */ var _replay_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3213);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(`run ${input.runId} is no ${described}; a replay only takes a package the push pipeline built and released`);
    }
    if (sources.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(`no ${described}: there is no release package to replay; push the commit through the pipeline first (a replay never builds)`);
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
        const { value: manifest } = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__.requireValid)(read);
        if (manifest.sha !== input.sha) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(`${read.path}: sha: the manifest of run ${source.id} names ${manifest.sha}, but the replay asked for ${input.sha}`, { file: read.path });
        }
        if (source.deployment && source.deployment.packageDigest !== manifest.digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(`${read.path}: digest: run ${source.id} holds ${manifest.digest}, but GitHub deployment ${source.deployment.id} deployed ${source.deployment.packageDigest} from it; the package is not the one that was deployed`, { file: read.path });
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
            await ports.target.write('commit-stage', input.sha, (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__.requireValid)(commitStage).value);
            carried.push('commit-stage');
        }
        ports.logger.info(`Replaying ${manifest.digest} from run ${source.id}${source.url ? ` (${source.url})` : ''}, ${(0,_replay_source_js__WEBPACK_IMPORTED_MODULE_4__/* .describeReplaySource */ .S)(source)}.`);
        return { run: source, manifest, path: written.path, refs: (0,_contracts_release_package_js__WEBPACK_IMPORTED_MODULE_0__/* .componentRefs */ .CR)(manifest), carried };
    }
    if (passedOver.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(`release-package-${input.sha}: missing: no artifact of that name in ${missing.join(', ')}; artifacts expire (retention 1 to 90 days), so the package cannot be replayed`);
    }
    const reasons = [...passedOver, ...missing.map((run) => `${run}: no release-package-${input.sha} artifact (expired or never uploaded)`)];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(`no run holds a release package of ${input.sha} that can be replayed: ${reasons.join('; ')}`);
}
/** The runs that may hold the package, best first: named by a deployment, then push runs newest first. */
async function replaySources(input, ports, workflowFile) {
    const sources = [];
    const seen = new Set();
    if (input.environment) {
        if (!ports.deployments)
            throw new Error('bug: a replay from an environment\'s deployments without the deployments API');
        for await (const deployment of (0,_environment_deployments_js__WEBPACK_IMPORTED_MODULE_3__/* .shipgateDeployments */ .yU)(ports.deployments, { environment: input.environment, sha: input.sha })) {
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


/***/ })

};
