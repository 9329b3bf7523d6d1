export const id = 6755;
export const ids = [6755];
export const modules = {

/***/ 16755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_USAGE: () => (/* binding */ VERIFY_USAGE),
/* harmony export */   parseEvidenceCommandArgs: () => (/* binding */ parseEvidenceCommandArgs),
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77582);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7982);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11549);
/* harmony import */ var _stages_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73445);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46174);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1973);
// `shipgate verify <sha>`: re-validates the evidence for a SHA and the digest links between its
// contracts; exit 0 only when every one holds.










/**
 * Parses `<sha> [--artifacts-dir DIR] [--json] [--help]`, shared by verify and show. Returns the
 * exit code instead when the command is done (help printed, or a usage error reported).
 */
function parseEvidenceCommandArgs(args, io, command, usage, verifyFlags = false) {
    let parsed;
    try {
        parsed = parseEvidenceFlags(args);
        if (!verifyFlags) {
            const onlyVerify = ['partial', 'max-evidence-age', 'environment'].find((flag) => parsed.values[flag] !== undefined);
            if (onlyVerify)
                throw new Error(`Unknown option '--${onlyVerify}'`);
        }
    }
    catch (error) {
        io.err(`${command}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}\n\n${usage}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.usage;
    }
    if (parsed.values.help) {
        io.out(usage);
        return _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.ok;
    }
    if (parsed.positionals.length !== 1) {
        io.err(`${command}: give exactly one commit SHA${parsed.positionals.length > 1 ? ` (got ${parsed.positionals.join(' ')})` : ''}\n\n${usage}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.usage;
    }
    try {
        const sha = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_6__/* .assertSha */ .B1)(parsed.positionals[0]);
        // Relative to the command's folder, shown relative to the process's, so paths read as `.artifacts/...`.
        const location = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, parsed.values['artifacts-dir'])) || '.';
        const ageText = parsed.values['max-evidence-age'];
        const maxEvidenceAgeMs = ageText === undefined ? undefined : (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDurationMs */ .yi)(ageText);
        if (ageText !== undefined && maxEvidenceAgeMs === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--max-evidence-age: '${ageText}' is not a duration; give a positive number with a unit: 7d, 36h, 90m or 600s`);
        }
        const environment = parsed.values.environment === undefined ? undefined : (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_8__/* .assertEnvironmentName */ .vC)(parsed.values.environment, '--environment');
        return { sha, store: new _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_5__/* .LocalEvidenceStore */ .un(location), json: parsed.values.json === true, partial: parsed.values.partial === true, maxEvidenceAgeMs, ...(environment ? { environment } : {}) };
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserError */ .iU)(error))
            throw error;
        io.err(`${command}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.usage;
    }
}
function parseEvidenceFlags(args) {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
        args,
        strict: true,
        allowPositionals: true,
        options: {
            'artifacts-dir': { type: 'string', default: _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_ARTIFACTS_DIR */ .qx },
            json: { type: 'boolean' },
            partial: { type: 'boolean' },
            'max-evidence-age': { type: 'string' },
            environment: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
}
const VERIFY_USAGE = `Usage: shipgate verify <sha> [--environment NAME] [--partial] [--max-evidence-age AGE] [--artifacts-dir DIR] [--json]

Checks the whole chain of evidence recorded for the commit: every contract is valid and names the
SHA; acceptance, the deployment, production and the decision name the manifest's package; every
verdict follows from its checks; the times are in order and none is in the future; the decision's
evidence digests match the files as they are now, and the decision still follows from them. The
release must be complete: no manifest, or no decision, is a failure.

Options:
  --partial               Check a release still in progress: a missing manifest or decision is
                          not a failure (what is there must still hold together).
  --max-evidence-age AGE  The max-evidence-age the decision was taken with (default 7d).
  --environment NAME      With environments: in shipgate.yml, check that environment's decision
                          and evidence (default: the environment the release decision names).
  --artifacts-dir DIR     Where the evidence lives (default ${_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_ARTIFACTS_DIR */ .qx}).
  --json                  Print the report as JSON.
  --help                  This help.

Exit status: 0 the evidence holds (a complete release, also one decided NO), 1 a failure or an
incomplete release, 2 a usage error.`;
async function verifyCommand(args, io) {
    const parsed = parseEvidenceCommandArgs(args, io, 'shipgate verify', VERIFY_USAGE, true);
    if (typeof parsed === 'number')
        return parsed;
    const report = await (0,_stages_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyEvidence */ .J)(parsed.store, parsed.sha, { partial: parsed.partial, maxEvidenceAgeMs: parsed.maxEvidenceAgeMs, environment: parsed.environment });
    if (parsed.json) {
        io.out(JSON.stringify(report, null, 2));
    }
    else {
        for (const failure of report.failures)
            io.out(`${failure.file}: ${failure.field}: ${failure.message}`);
        const failedFiles = new Set(report.failures.map((failure) => failure.file));
        for (const contract of report.checked) {
            if (contract.state === 'missing')
                io.out(`-  ${contract.path}: not present (${_contracts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .contracts */ .Mh[contract.kind].title.toLowerCase()})`);
            else if (contract.state === 'valid' && !failedFiles.has(contract.path))
                io.out(`OK ${contract.path}: ${contract.digest}`);
        }
        io.out(report.ok
            ? `verified: the evidence for ${report.sha} holds${report.complete ? '' : ' so far (partial: the release is not complete)'}`
            : `FAILED: ${report.failures.length} problem${report.failures.length === 1 ? '' : 's'} in the evidence for ${report.sha}`);
    }
    return report.ok ? _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.ok : _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.no;
}


/***/ }),

/***/ 73445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ verifyEvidence)
/* harmony export */ });
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11920);
/* harmony import */ var _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59084);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46174);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72029);
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
    const store = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment });
    const reads = Object.fromEntries(await Promise.all(_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map(async (kind) => [kind, await store.read(kind, sha)])));
    const decisionRead = reads.release;
    const promotedFrom = decisionRead.state === 'valid' && 'promotedFrom' in decisionRead.value ? decisionRead.value.promotedFrom : null;
    if (promotedFrom)
        reads.promotion = { from: promotedFrom, read: await (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment: promotedFrom }).read('release', sha) };
    const checked = _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map((kind) => {
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
                message: `missing: no ${_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contracts */ .Mh[kind].title.toLowerCase()} (${writer} writes it), so the release is not complete; give --partial to check a release still in progress`,
            });
        }
    }
    for (const kind of _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym) {
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
        const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false });
        failures.push(...(0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy).faults.map(asFailure));
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
        if (!_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.includes(entry.kind)) {
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
    const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) });
    const judgement = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy);
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
    return (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(decision.reasons, folderThen)) === (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(now, folderNow));
}
function describeReasons(reasons) {
    if (reasons.length === 0)
        return 'none';
    return reasons.map(_contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReason */ .K9).join('; ');
}


/***/ })

};
