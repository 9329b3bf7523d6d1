export const id = 2029;
export const ids = [2029];
export const modules = {

/***/ 72029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ MAX_REASONS_PER_FILE),
/* harmony export */   CB: () => (/* binding */ acceptanceNoReasons),
/* harmony export */   CL: () => (/* binding */ judgePolicy),
/* harmony export */   UI: () => (/* binding */ DEFAULT_MAX_EVIDENCE_AGE_MS),
/* harmony export */   e_: () => (/* binding */ judgeReleaseEvidence),
/* harmony export */   rn: () => (/* binding */ CLOCK_SKEW_MS)
/* harmony export */ });
/* unused harmony exports decisionEvidenceKinds, SINGLE_FLOW_ENVIRONMENT, cappedReasons, formatAge */
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28420);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41854);
/* harmony import */ var _contracts_acceptance_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50723);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32418);




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

/***/ 32418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ checksNotPassed),
/* harmony export */   ZK: () => (/* binding */ decisionContradictions),
/* harmony export */   db: () => (/* binding */ productionVerdict),
/* harmony export */   uY: () => (/* binding */ commitStageContradictions),
/* harmony export */   ze: () => (/* binding */ acceptanceVerdict)
/* harmony export */ });
/* unused harmony export PASSING_CONCLUSION */
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13021);

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
