export const id = 205;
export const ids = [205,549];
export const modules = {

/***/ 3910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ createFileExclusive),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export namesInFolder */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
// Files written whole or not at all: the primitives the evidence store, its locks and the mail and
// delivery state are written with.



/** Writes a file so that readers see the old content or the new, never half of either. */
async function writeFileAtomic(path, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, content, { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        throw error;
    }
}
/**
 * Creates a file with its whole content only if nothing is there yet: of two concurrent writers
 * exactly one wins. Returns false when the path already existed (the file is left as it was).
 */
async function createFileExclusive(path, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, content, { flag: 'wx' });
        // link() fails with EEXIST instead of replacing, which rename() would do.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temporary, path);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
    }
}
/** The names in a folder, or undefined when there is no such folder (yet, or any more). */
async function namesInFolder(folder) {
    try {
        return await readdir(folder);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 1549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ assertSha),
/* harmony export */   requireValid: () => (/* binding */ requireValid),
/* harmony export */   vf: () => (/* binding */ parseEvidence),
/* harmony export */   wN: () => (/* binding */ serializeEvidence),
/* harmony export */   yg: () => (/* binding */ describeProblems)
/* harmony export */ });
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1854);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2318);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4448);
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
 * Parses text as a contract of the given kind: JSON (each key once in its object, every value one
 * canonical JSON can encode), then the schema, then the contract's own checks (the manifest
 * digest). Never throws for bad content; the problems name the field.
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
    const jsonProblems = [...(0,_encodable_json_js__WEBPACK_IMPORTED_MODULE_4__/* .duplicateKeyProblems */ .T)(text), ...(0,_encodable_json_js__WEBPACK_IMPORTED_MODULE_4__/* .unencodableJsonProblems */ .z)(json)];
    if (jsonProblems.length > 0)
        return { ok: false, problems: jsonProblems };
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

/***/ 8205:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OQ: () => (/* binding */ EVIDENCE_CHECK_TYPE),
/* harmony export */   mergeAcceptanceShards: () => (/* binding */ mergeAcceptanceShards),
/* harmony export */   nA: () => (/* binding */ checksOfShard),
/* harmony export */   rJ: () => (/* binding */ assertShardsFit)
/* harmony export */ });
/* unused harmony export shardOfCheck */
/* harmony import */ var _config_acceptance_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(979);
/* harmony import */ var _contracts_acceptance_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(723);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9473);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6174);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1549);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5139);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3979);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2418);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3021);
// Acceptance over several runners: which configured checks each shard runs, and the merge of the
// shards' partial results (environments/<env>/shards/<i>-of-<n>/) into the one acceptance result.









/** The type of the outcomes a run or a merge adds for evidence it could not accept (no configured check has it). */
const EVIDENCE_CHECK_TYPE = 'evidence';
/**
 * The shard (1-based) that runs configured check `checkIndex` (0-based, in config order): round
 * robin over the whole list, before the scope filter, so that every shard and the merge agree on it
 * whatever scope each of them sees. A check the scope skips is recorded as skipped by its shard.
 */
function shardOfCheck(checkIndex, total) {
    return (checkIndex % total) + 1;
}
/** The configured checks one shard runs, in config order. */
function checksOfShard(checks, shard) {
    return checks.filter((_check, index) => shardOfCheck(index, shard.total) === shard.index);
}
/** Refuses more shards than checks: a shard with nothing to run could only say NO. */
function assertShardsFit(checkCount, total, where) {
    if (checkCount > 0 && total > checkCount) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${total} shards for ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(checkCount, 'check')} in ${where.configPath} (${where.configField}.checks): a shard would have no check to run; use at most ${checkCount} shards`, { file: where.configPath });
    }
}
/**
 * Reads the n partial results of a SHA and writes the one result of the environment: the union of
 * their checks, NO when a shard is missing, invalid, NO, of another split, SHA or package, ran
 * other checks than its own (so the union covers every configured check exactly once), or ran them
 * configured otherwise than `input.config` says.
 */
async function mergeAcceptanceShards(input, ports) {
    const { logger, clock } = ports;
    const startedAt = clock.now();
    assertShardsFit(input.config.checks.length, input.shards, input);
    const store = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(ports.store, { environment: input.environmentName });
    const promoted = await (0,_promote_js__WEBPACK_IMPORTED_MODULE_6__/* .promote */ .p)({ sha: input.sha, filesRoot: input.filesRoot }, { store, logger });
    const manifestPath = promoted.path;
    const packageDigest = promoted.manifest.digest;
    const reads = [];
    for (let index = 1; index <= input.shards; index++) {
        reads.push(await readShard(input, ports.store, { index, total: input.shards }, { manifestPath, packageDigest }));
    }
    const firstValid = reads.find((read) => read.result)?.result;
    for (const read of reads) {
        if (read.result && firstValid && !sameScope(read.result.scope, firstValid.scope)) {
            read.problems.push(`${read.path}: scope: is ${scopeJson(read.result.scope)}, but the first shard's is ${scopeJson(firstValid.scope)}: the shards tested different releases`);
        }
    }
    const problems = [];
    if (input.expectedPackageDigest !== undefined && input.expectedPackageDigest !== packageDigest) {
        problems.push(failed('package digest', `the package-digest input is ${input.expectedPackageDigest}, but ${manifestPath} has ${packageDigest}: refusing to accept a package other than the one asked for`));
    }
    for (const read of reads) {
        if (read.problems.length > 0)
            problems.push(failed(`shard ${read.shard.index}/${read.shard.total}`, read.problems.join('; ')));
    }
    for (const problem of problems)
        logger.error(`${problem.name}: ${problem.reason}`);
    const valid = reads.filter((read) => read.result !== undefined);
    const checks = [...problems, ...unionOfChecks(input.config, valid)];
    const verdict = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_8__/* .acceptanceVerdict */ .ze)(checks);
    const times = valid.map((read) => read.result);
    const result = (0,_contracts_acceptance_result_js__WEBPACK_IMPORTED_MODULE_1__/* .versionedAcceptanceResult */ .YX)({
        sha: input.sha,
        packageDigest,
        decision: verdict.decision,
        degraded: verdict.degraded,
        scope: firstValid?.scope ?? { runtimeChanged: true, infraChanged: true, docsChanged: true },
        startedAt: earliest([startedAt.toISOString(), ...times.map((each) => each.startedAt)]),
        finishedAt: latest([clock.now().toISOString(), ...times.map((each) => each.finishedAt)]),
        checks,
        evidence: [
            { kind: 'release-package', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeEvidencePath */ .PC)(store, manifestPath), digest: promoted.manifest.digest },
            ...uniqueLinks(valid.flatMap((read) => read.result.evidence.filter((link) => link.kind === 'commit-stage'))),
            ...valid.map((read) => ({ kind: 'acceptance', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeEvidencePath */ .PC)(ports.store, read.path), digest: read.digest })),
        ],
    }, { environment: input.environmentName });
    const written = await store.write('acceptance', input.sha, result);
    logger.info(`Merged ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(input.shards, 'acceptance shard')}: ${result.decision}${result.degraded ? ' (degraded)' : ''} for ${packageDigest}. Result: ${written.path}`);
    return { result, path: written.path };
}
/** One shard's partial result with everything that keeps it out of the merge, each naming its file. */
async function readShard(input, store, shard, release) {
    const read = await (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(store, { environment: input.environmentName, shard }).read('acceptance', input.sha);
    const label = `shard ${shard.index}/${shard.total}`;
    if (read.state === 'missing')
        return { shard, path: read.path, problems: [`${read.path}: missing: ${label} wrote no acceptance result (did its job run and upload it?)`] };
    if (read.state === 'invalid')
        return { shard, path: read.path, problems: [(0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__/* .describeProblems */ .yg)(read.path, read.problems).replace(/\n/g, '; ')] };
    const { value, path } = read;
    const problems = [];
    if (value.schema !== _contracts_acceptance_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_RESULT_SCHEMA_V2 */ .VG || value.shard === undefined) {
        return { shard, path, problems: [`${path}: shard: is absent: this is not a shard's partial result`] };
    }
    if (value.shard.total !== shard.total)
        problems.push(`${path}: shard.total: is ${value.shard.total}, but merge-shards is ${shard.total}: it was split another way`);
    if (value.shard.index !== shard.index)
        problems.push(`${path}: shard.index: is ${value.shard.index}, but this is the file of ${label}`);
    if (value.environment !== (input.environmentName ?? null))
        problems.push(`${path}: environment: is ${value.environment ?? 'null'}, expected ${input.environmentName ?? 'null'}`);
    if (value.sha !== input.sha)
        problems.push(`${path}: sha: names ${value.sha}, not ${input.sha}`);
    // Each shard must name the manifest's digest, so they also name the same one as each other.
    if (value.packageDigest !== release.packageDigest) {
        problems.push(`${path}: packageDigest: is ${value.packageDigest}, but ${release.manifestPath} has ${release.packageDigest}: this shard tested another package`);
    }
    if (value.decision !== 'YES')
        problems.push(`${path}: decision: is ${value.decision}: ${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_8__/* .checksNotPassed */ .PF)(value.checks, true, ['fail']) || 'the shard did not pass'}`);
    for (const problem of checkProblems(input, shard, value, path))
        problems.push(problem);
    return { shard, path, problems, result: value, digest: read.digest };
}
/**
 * The checks a shard lists against the ones the merge's configuration gives it: none missing, none
 * of another shard's, and each one as configured (type, required, run or skipped by its scopes for
 * the release's scope). A shard run with another configuration answered another question.
 */
function checkProblems(input, shard, result, path) {
    const configured = input.config.checks.map((check) => check.name);
    const own = new Set(checksOfShard(configured, shard));
    const problems = [];
    const seen = new Set();
    result.checks.forEach((check, at) => {
        if (check.type === EVIDENCE_CHECK_TYPE)
            return;
        const { name } = check;
        if (seen.has(name))
            problems.push(`${path}: checks: lists '${name}' twice`);
        seen.add(name);
        const index = configured.indexOf(name);
        if (own.has(name)) {
            for (const problem of configurationProblems(input, index, check, result.scope))
                problems.push(`${path}: checks[${at}].${problem}`);
            return;
        }
        problems.push(index < 0
            ? `${path}: checks: lists '${name}', which is not a configured check`
            : `${path}: checks: lists '${name}', which is shard ${shardOfCheck(index, shard.total)}'s: the shard ran the wrong checks`);
    });
    for (const name of own)
        if (!seen.has(name))
            problems.push(`${path}: checks: does not list '${name}', one of its checks`);
    return problems;
}
/** How a shard's outcome of configured check `index` differs from that check in the merge's configuration, field first. */
function configurationProblems(input, index, outcome, scope) {
    const check = input.config.checks[index];
    const where = `${input.configPath} (${input.configField}.checks[${index}])`;
    const otherConfig = 'the shard ran with another configuration';
    const problems = [];
    if (outcome.type !== check.type)
        problems.push(`type: is ${outcome.type}, but ${where} has '${check.name}' of type ${check.type}: ${otherConfig}`);
    if (outcome.required !== check.required) {
        problems.push(`required: is ${outcome.required}, but ${where} has '${check.name}' ${check.required ? 'required' : 'optional (required: false)'}: ${otherConfig}`);
    }
    const skipReason = (0,_config_acceptance_config_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeSkipReason */ .yI)(check, scope);
    if (outcome.status === 'skipped' && skipReason === undefined) {
        problems.push(`status: is skipped, but ${where} runs '${check.name}' for this release (scopes ${check.scopes.join(', ')}): ${otherConfig}`);
    }
    else if (outcome.status !== 'skipped' && skipReason !== undefined) {
        problems.push(`status: is ${outcome.status}, but ${where} skips '${check.name}' for this release (${skipReason}): ${otherConfig}`);
    }
    return problems;
}
/**
 * Every configured check once, in config order, from the shard that ran it, required as the
 * configuration says (a shard that says otherwise is a NO of its own, see checkProblems); then what
 * a shard recorded about evidence it could not accept, named with its shard.
 */
function unionOfChecks(config, shards) {
    const byName = new Map();
    const others = [];
    for (const { shard, result } of shards) {
        for (const check of result.checks) {
            if (check.type === EVIDENCE_CHECK_TYPE)
                others.push({ ...check, name: `shard ${shard.index}/${shard.total}: ${check.name}` });
            else if (!byName.has(check.name))
                byName.set(check.name, check);
        }
    }
    const configured = config.checks.flatMap((check) => {
        const outcome = byName.get(check.name);
        return outcome ? [{ ...outcome, required: check.required }] : [];
    });
    const unknown = [...byName.values()].filter((check) => !config.checks.some((each) => each.name === check.name));
    return [...configured, ...unknown, ...others];
}
function failed(name, reason) {
    return { name, type: EVIDENCE_CHECK_TYPE, required: true, status: 'fail', reason, attempts: 0, durationMs: 0 };
}
function sameScope(a, b) {
    return a.runtimeChanged === b.runtimeChanged && a.infraChanged === b.infraChanged && a.docsChanged === b.docsChanged;
}
function scopeJson(scope) {
    return JSON.stringify({ runtimeChanged: scope.runtimeChanged, infraChanged: scope.infraChanged, docsChanged: scope.docsChanged });
}
function uniqueLinks(links) {
    const seen = new Set();
    return links.filter((link) => {
        const key = `${link.kind} ${link.path} ${link.digest}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function earliest(times) {
    return times.reduce((first, time) => (Date.parse(time) < Date.parse(first) ? time : first));
}
function latest(times) {
    return times.reduce((last, time) => (Date.parse(time) > Date.parse(last) ? time : last));
}


/***/ }),

/***/ 5139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PC: () => (/* binding */ relativeEvidencePath),
/* harmony export */   Uv: () => (/* binding */ packageEnvironment)
/* harmony export */ });
/* unused harmony exports deployPackage, deployAndRecord, localDeploymentRecord */
/* harmony import */ var _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3001);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1549);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3979);
/* harmony import */ var _release_manifest_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3092);
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
        throw new ConfigurationError(`deploy: '${input.command}' failed with exit code ${result.exitCode}; its output is in the log above`);
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

/***/ 3979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ promote)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(8420);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(5562);
// EXTERNAL MODULE: ./build/evidence/store.js
var store = __webpack_require__(1549);
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


/***/ }),

/***/ 3092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ withManifestFile)
});

// UNUSED EXPORTS: RELEASE_MANIFEST_VARIABLE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(8420);
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


/***/ }),

/***/ 2418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ checksNotPassed),
/* harmony export */   ze: () => (/* binding */ acceptanceVerdict)
/* harmony export */ });
/* unused harmony exports productionVerdict, PASSING_CONCLUSION, commitStageContradictions, decisionContradictions */

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
        problems.push({ field: 'drift.findings', message: `holds ${plural(evidence.drift.findings.length, 'finding')} with drift mode fail, but passed is true` });
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
        return [{ field: 'reasons', message: `holds ${plural(reasons.length, 'reason')}, but status is success: a clean YES has none` }];
    if (status !== 'success' && reasons.length === 0)
        return [{ field: 'reasons', message: `is empty, but status is ${status}: it must say why` }];
    return [];
}


/***/ })

};
