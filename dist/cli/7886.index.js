export const id = 7886;
export const ids = [7886,1670];
export const modules = {

/***/ 46174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ph: () => (/* binding */ SCOPED_KINDS),
/* harmony export */   YR: () => (/* reexport safe */ _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__.YR),
/* harmony export */   sy: () => (/* binding */ scopedStore),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   vC: () => (/* binding */ assertEnvironmentName)
/* harmony export */ });
/* unused harmony export scopeSegments */
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what}: '${text}' is not i/n with 1 <= i <= n <= 256; give for example 2/3 for the second of three shards`);
    }
    return { index, total };
}
function assertEnvironmentName(name, what = 'environment') {
    if (!_contracts_common_js__WEBPACK_IMPORTED_MODULE_0__/* .ENVIRONMENT_NAME */ .YR.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what}: '${name}' is not an environment name; use 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit`);
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


/***/ }),

/***/ 41670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isValidAddress),
/* harmony export */   Ow: () => (/* binding */ domainOf),
/* harmony export */   c3: () => (/* binding */ requireAddress),
/* harmony export */   tM: () => (/* binding */ assertAllowedFrom)
/* harmony export */ });
/* unused harmony export parseAddressList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
// Mail addresses as shipgate accepts them: plain addr-spec only (no display names, no comments),
// checked before anything is rendered or sent, and the from-address allowlist.

// Deliberately narrower than RFC 5322: what real relays accept and what cannot smuggle headers.
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
function isValidAddress(address) {
    return address.length <= 254 && ADDRESS.test(address) && !address.includes('..');
}
/** The address checked, or a ConfigurationError that names where it came from. */
function requireAddress(address, where) {
    const trimmed = address.trim();
    if (!isValidAddress(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: '${address}' is not a mail address (expected name@example.com)`);
    return trimmed;
}
/** Splits a list input: one address per line or separated by commas. */
function parseAddressList(value, where) {
    const addresses = (value ?? []).flatMap((line) => line.split(',')).map((item) => item.trim()).filter((item) => item !== '');
    return addresses.map((address) => requireAddress(address, where));
}
function domainOf(address) {
    return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
/** `allowed-from` holds addresses and `@domain` entries; the comparison ignores case. */
function assertAllowedFrom(from, allowedFrom) {
    if (allowedFrom.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'allowed-from': not given; list the sender addresses (or @domain) that may send, e.g. allowed-from: ${from} (or mail.allowedFrom in shipgate.yml)`);
    }
    const address = from.toLowerCase();
    const allowed = allowedFrom.some((entry) => {
        const rule = entry.trim().toLowerCase();
        return rule.startsWith('@') ? domainOf(address) === rule.slice(1) : rule === address;
    });
    if (!allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'from': '${from}' is not in allowed-from (${allowedFrom.join(', ')}); use an allowed sender or add it to allowed-from`);
    }
}


/***/ }),

/***/ 14181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ periodLengthMs),
/* harmony export */   gw: () => (/* binding */ sendPeriod),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   nR: () => (/* binding */ PERIODS)
/* harmony export */ });
/* unused harmony exports localDate, isoWeek */
// The period a digest belongs to: a local date or an ISO week in a time zone. A roster send's event
// key carries it instead of the SHA, so each period gets one digest whatever the commit.
const PERIODS = ['daily', 'weekly'];
const DAY_MS = 24 * 60 * 60 * 1000;
const PERIOD_MS = { daily: DAY_MS, weekly: 7 * DAY_MS };
/** Whether Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** The calendar date of an instant in a time zone. */
function localDate(now, timeZone) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
    const part = (type) => Number(parts.find((each) => each.type === type).value);
    return { year: part('year'), month: part('month'), day: part('day') };
}
const pad = (value, width = 2) => String(value).padStart(width, '0');
/** The ISO 8601 week of a calendar date: weeks start on Monday, week 1 holds the year's first Thursday. */
function isoWeek(date) {
    const day = new Date(Date.UTC(date.year, date.month - 1, date.day));
    const weekday = day.getUTCDay() || 7;
    // The Thursday of the same week decides the week's year.
    day.setUTCDate(day.getUTCDate() + 4 - weekday);
    const year = day.getUTCFullYear();
    const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
    return { year, week };
}
function sendPeriod(now, period, timeZone) {
    const local = localDate(now, timeZone);
    const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
    if (period === 'daily')
        return { period, timeZone, key: `daily:${date}`, date };
    const week = isoWeek(local);
    return { period, timeZone, key: `weekly:${week.year}-W${pad(week.week)}`, date };
}
/** How far back "the last period" reaches when no earlier digest of the series was sent. */
function periodLengthMs(period) {
    return PERIOD_MS[period];
}


/***/ }),

/***/ 30703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ GitAncestryOrder),
/* harmony export */   U_: () => (/* binding */ CreatedAtOrder),
/* harmony export */   Ve: () => (/* binding */ acceptedCandidate),
/* harmony export */   XY: () => (/* binding */ convergeDeploy),
/* harmony export */   _B: () => (/* binding */ recordedProduction)
/* harmony export */ });
/* unused harmony export acceptanceGate */
/* harmony import */ var _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3001);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11549);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55139);
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
/** The single flow's gate: acceptance said YES for exactly this package. */
function acceptanceGate(store) {
    return {
        requirement: 'acceptance said YES',
        candidates: () => store.listShas('acceptance'),
        async admit(sha, manifest) {
            const acceptanceRead = await store.read('acceptance', sha);
            if (acceptanceRead.state === 'missing')
                return { reason: `${acceptanceRead.path}: missing: acceptance has not run` };
            const acceptance = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValid */ .AK)(acceptanceRead);
            if (acceptance.value.packageDigest !== manifest.digest) {
                return { reason: `${acceptance.path}: packageDigest: acceptance tested ${acceptance.value.packageDigest}, the package is ${manifest.digest}` };
            }
            if (acceptance.value.decision !== 'YES')
                return { reason: `${acceptance.path}: decision: is ${acceptance.value.decision}` };
            return { kind: 'acceptance', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeEvidencePath */ .PC)(store, acceptance.path), digest: acceptance.digest };
        },
    };
}
/** The package of a SHA if the gate admits exactly that package; else why not. */
async function acceptedCandidate(store, sha, gate = acceptanceGate(store)) {
    const manifestRead = await store.read('release-package', sha);
    if (manifestRead.state === 'missing')
        return { sha, reason: `${manifestRead.path}: missing: no release package` };
    const { value: manifest, path: manifestPath } = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValid */ .AK)(manifestRead);
    if (manifest.sha !== sha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(`${manifestPath}: sha: the manifest names ${manifest.sha}, not ${sha}`, { file: manifestPath });
    const admitted = await gate.admit(sha, manifest);
    if (admitted && 'reason' in admitted)
        return { sha, reason: admitted.reason };
    return { sha, manifest, manifestPath, ...(admitted ? { admittedBy: admitted } : {}) };
}
/** The newest `deployed` record of an environment in the evidence, by deployedAt. */
async function recordedProduction(store, environment) {
    let newest;
    for (const sha of await store.listShas('deployment')) {
        const read = await store.read('deployment', sha);
        if (read.state !== 'valid')
            continue;
        const record = read.value;
        if (record.environment !== environment || record.outcome !== 'deployed' || !record.deployedAt)
            continue;
        if (!newest || Date.parse(record.deployedAt) > Date.parse(newest.deployedAt))
            newest = record;
    }
    return newest ? { sha: newest.sha, packageDigest: newest.packageDigest, from: store.pathOf('deployment', newest.sha) } : undefined;
}
async function convergeDeploy(input, ports) {
    const { store, logger, order } = ports;
    const decidedAt = ports.clock.now().toISOString();
    // A log that knows of no deploy yet (the first one through it) leaves the evidence to say.
    const production = input.production ?? (await ports.deployments?.production(input.environment)) ?? (await recordedProduction(store, input.environment));
    if (production && !production.createdAt) {
        const known = await store.read('release-package', production.sha);
        if (known.state === 'valid')
            production.createdAt = known.value.createdAt;
    }
    const gate = ports.gate ?? acceptanceGate(store);
    const requested = await acceptedCandidate(store, input.sha, gate);
    if (!('manifest' in requested)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .oe(`refusing to deploy ${input.sha} to ${input.environment}: ${requested.reason}; only a package whose ${gate.requirement} is deployed there`);
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
    const previous = production ? { sha: production.sha, ...(production.packageDigest ? { packageDigest: production.packageDigest } : {}) } : null;
    const base = {
        schema: _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_SCHEMA */ .s$,
        environment: input.environment,
        replay: input.replay,
        order: order.basis,
        previous,
        decidedAt,
        runId: input.runId,
    };
    const evidenceOf = (candidate) => [
        { kind: 'release-package', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeEvidencePath */ .PC)(store, candidate.manifestPath), digest: candidate.manifest.digest },
        ...(candidate.admittedBy ? [candidate.admittedBy] : []),
    ];
    const records = [];
    if (production && !input.replay) {
        const versusProduction = target.sha === production.sha ? 0 : await order.compare(orderOf(target), { sha: production.sha, createdAt: production.createdAt });
        if (versusProduction < 0) {
            const reason = `${target.sha} is older than ${production.sha}, which is in ${input.environment}; production never moves back to an older SHA unless the run is an explicit replay (replay: true)`;
            if (!input.dryRun) {
                records.push((await store.write('deployment', requested.sha, { ...base, sha: requested.sha, packageDigest: requested.manifest.digest, outcome: 'refused', superseded: [], reason, evidence: evidenceOf(requested) })).path);
            }
            return { decision: 'refused', production, superseded: [], reason, records };
        }
        if (versusProduction === 0) {
            const reason = `${target.sha} (${target.manifest.digest}) is already in ${input.environment}`;
            logger.info(reason);
            return { decision: 'already-deployed', target, production, superseded: [], reason, records };
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
    if (input.dryRun) {
        return { decision: 'planned', target, production, superseded: superseded.map((candidate) => candidate.sha), reason, records };
    }
    if (!input.command)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('no deploy command: give the command input or deploy.command in shipgate.yml (or dry-run: true to only decide)');
    // Recorded before the command runs: a deploy that cannot be recorded does not happen.
    const tracked = await ports.deployments?.start({ sha: target.sha, manifest: target.manifest, environment: input.environment, replay: input.replay });
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
    records.push((await store.write('deployment', target.sha, {
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
        records.push((await store.write('deployment', candidate.sha, {
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
    return { decision: 'deployed', target, production, superseded: superseded.map((candidate) => candidate.sha), reason, records, refs };
}


/***/ }),

/***/ 55139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PC: () => (/* binding */ relativeEvidencePath),
/* harmony export */   Uc: () => (/* binding */ deployAndRecord),
/* harmony export */   Uv: () => (/* binding */ packageEnvironment),
/* harmony export */   Yq: () => (/* binding */ localDeploymentRecord),
/* harmony export */   kW: () => (/* binding */ deployPackage)
/* harmony export */ });
/* harmony import */ var _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3001);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11549);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98822);
/* harmony import */ var _release_manifest_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43092);
// deploy: hands the promoted refs, and only those, to the caller's deploy command. The package is
// verified again right before, so what is deployed is exactly what acceptance tested.





/** The environment a deploy, acceptance or verification command gets: the promoted package (and SHIPGATE_RELEASE_MANIFEST, see release-manifest-env.ts). */
function packageEnvironment(sha, packageDigest, refs) {
    return { SHIPGATE_SHA: sha, SHIPGATE_PACKAGE_DIGEST: packageDigest, SHIPGATE_REFS: JSON.stringify(refs) };
}
async function deployPackage(input, ports) {
    const promoted = await (0,_promote_js__WEBPACK_IMPORTED_MODULE_3__/* .promote */ .p)({ sha: input.sha, filesRoot: input.workspace }, ports);
    const packageDigest = promoted.manifest.digest;
    ports.logger.info(`Deploying ${packageDigest}: ${input.command}`);
    const result = await ports.logger.group(`deploy: ${input.command}`, () => (0,_release_manifest_env_js__WEBPACK_IMPORTED_MODULE_4__/* .withManifestFile */ .u)(promoted.manifest, (manifestEnvironment) => ports.exec.shell(input.command, {
        cwd: input.workspace,
        env: { ...packageEnvironment(input.sha, packageDigest, promoted.refs), ...manifestEnvironment, ...input.extraEnvironment },
        echo: true,
    })));
    if (result.exitCode !== 0) {
        // The command's own output is in the log (echoed, masked by the runner); it stays out of this
        // message because the message is recorded in the deployment evidence, and a deploy's error
        // output is where a token ends up.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`deploy: '${input.command}' failed with exit code ${result.exitCode}; its output is in the log above`);
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
    const manifest = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValid */ .AK)(await store.read('release-package', input.sha));
    const acceptance = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValid */ .AK)(await store.read('acceptance', input.sha));
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
        schema: _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_SCHEMA */ .s$,
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

/***/ 44379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YB: () => (/* binding */ deployToEnvironment),
/* harmony export */   dA: () => (/* binding */ environmentGate)
/* harmony export */ });
/* unused harmony export PromotionRefused */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46174);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11549);
/* harmony import */ var _deploy_convergence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30703);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55139);
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
            // The deploy rests on this YES, so it is kept with the deploy's evidence: a rollback's gate reads
            // it from the run that built the package (SHIPGATE_EVIDENCE_RUN_ID), and this environment's
            // decision, in this run, must find it here. Writing what is already here changes nothing.
            await previousStore.write('release', sha, value);
            return { kind: 'release', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeEvidencePath */ .PC)(root, path), digest };
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
    const manifest = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValid */ .AK)(await root.read('release-package', input.sha));
    const candidate = await (0,_deploy_convergence_js__WEBPACK_IMPORTED_MODULE_3__/* .acceptedCandidate */ .Ve)(root, input.sha, environmentGate(root, input.previous));
    const record = (0,_deploy_js__WEBPACK_IMPORTED_MODULE_4__/* .localDeploymentRecord */ .Yq)({
        sha: input.sha,
        packageDigest: manifest.value.digest,
        environment: input.environment,
        replay: input.replay ?? false,
        order: 'created-at',
        decidedAt,
        evidence: [
            { kind: 'release-package', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeEvidencePath */ .PC)(root, manifest.path), digest: manifest.value.digest },
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
        deployed = await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_4__/* .deployPackage */ .kW)({ sha: input.sha, command: input.command, workspace: input.workspace, extraEnvironment }, { store: root, exec: ports.exec, logger: ports.logger });
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

/***/ 8787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveInside),
/* harmony export */   h: () => (/* binding */ fileDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
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

/***/ 98822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28420);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11549);
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


/***/ }),

/***/ 43092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ withManifestFile)
});

// UNUSED EXPORTS: RELEASE_MANIFEST_VARIABLE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(28420);
// EXTERNAL MODULE: ./build/evidence/atomic-file.js
var atomic_file = __webpack_require__(33910);
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


/***/ })

};
