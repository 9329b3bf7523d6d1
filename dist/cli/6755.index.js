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
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1973);
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
            const onlyVerify = ['partial', 'max-evidence-age'].find((flag) => parsed.values[flag] !== undefined);
            if (onlyVerify)
                throw new Error(`Unknown option '--${onlyVerify}'`);
        }
    }
    catch (error) {
        io.err(`${command}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}\n\n${usage}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.usage;
    }
    if (parsed.values.help) {
        io.out(usage);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok;
    }
    if (parsed.positionals.length !== 1) {
        io.err(`${command}: give exactly one commit SHA${parsed.positionals.length > 1 ? ` (got ${parsed.positionals.join(' ')})` : ''}\n\n${usage}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.usage;
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
        return { sha, store: new _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_5__/* .LocalEvidenceStore */ .un(location), json: parsed.values.json === true, partial: parsed.values.partial === true, maxEvidenceAgeMs };
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserError */ .iU)(error))
            throw error;
        io.err(`${command}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.usage;
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
            help: { type: 'boolean', short: 'h' },
        },
    });
}
const VERIFY_USAGE = `Usage: shipgate verify <sha> [--partial] [--max-evidence-age AGE] [--artifacts-dir DIR] [--json]

Checks the whole chain of evidence recorded for the commit: every contract is valid and names the
SHA; acceptance, the deployment, production and the decision name the manifest's package; every
verdict follows from its checks; the times are in order and none is in the future; the decision's
evidence digests match the files as they are now, and the decision still follows from them. The
release must be complete: no manifest, or no decision, is a failure.

Options:
  --partial               Check a release still in progress: a missing manifest or decision is
                          not a failure (what is there must still hold together).
  --max-evidence-age AGE  The max-evidence-age the decision was taken with (default 7d).
  --artifacts-dir DIR     Where the evidence lives (default ${_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_ARTIFACTS_DIR */ .qx}).
  --json                  Print the report as JSON.
  --help                  This help.

Exit status: 0 the evidence holds (a complete release, also one decided NO), 1 a failure or an
incomplete release, 2 a usage error.`;
async function verifyCommand(args, io) {
    const parsed = parseEvidenceCommandArgs(args, io, 'shipgate verify', VERIFY_USAGE, true);
    if (typeof parsed === 'number')
        return parsed;
    const report = await (0,_stages_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyEvidence */ .J)(parsed.store, parsed.sha, { partial: parsed.partial, maxEvidenceAgeMs: parsed.maxEvidenceAgeMs });
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
    return report.ok ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.no;
}


/***/ })

};
