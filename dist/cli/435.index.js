export const id = 435;
export const ids = [435];
export const modules = {

/***/ 20435:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stateStampCommand: () => (/* binding */ stateStampCommand),
/* harmony export */   stateVerifyCommand: () => (/* binding */ stateVerifyCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _mail_carried_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68008);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20152);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13021);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1973);
// `shipgate mail state-verify` and `shipgate mail state-stamp`: on a runner, refuse a downloaded mail
// state that is not this repository's own before anything is sent, and stamp the state a run keeps
// (state.json: schema, repository, workflow, run id, time). See src/mail/carried-state.ts.





const VERIFY = 'shipgate mail state-verify';
const STAMP = 'shipgate mail state-stamp';
function parse(name, args) {
    return (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(name, args, { dir: { type: 'string' }, repository: { type: 'string' }, workflow: { type: 'string' }, 'run-id': { type: 'string' }, help: { type: 'boolean', short: 'h' } }).values;
}
async function stateVerifyCommand(args, io) {
    const values = parse(VERIFY, args);
    if (values.help) {
        io.out(`Usage: ${VERIFY} --dir FOLDER [--repository OWNER/NAME]   (default: GITHUB_REPOSITORY)`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    const repository = values.repository || io.env.GITHUB_REPOSITORY;
    if (!values.dir || !repository) {
        io.err(`${VERIFY}: give --dir (the downloaded state's folder) and --repository (or run it where GITHUB_REPOSITORY is set)`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    }
    try {
        const { stamp, lines, warnings } = await (0,_mail_carried_state_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyCarriedState */ .xD)(values.dir, repository);
        for (const warning of warnings)
            io.out(io.env.GITHUB_ACTIONS === 'true' ? `::warning::${warning}` : `warning: ${warning}`);
        const whose = stamp ? `the mail state of ${stamp.repository}, kept by run ${stamp.runId} of ${stamp.workflow} at ${stamp.writtenAt}` : 'an unstamped mail state';
        io.out(`${values.dir}: ${whose}; ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(lines, 'line')} checked.`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        const userError = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .userErrorOf */ .zb)(error);
        if (!userError)
            throw error;
        io.err(`${VERIFY}: refusing the carried mail state, nothing is sent: ${userError.message}. ` +
            `To recover: if this state is not yours, delete that run's mail-ledger artifact (Actions → the run → Artifacts, or gh api -X DELETE repos/${repository}/actions/artifacts/ID) and start the workflow again: the next older trusted state is taken; ` +
            `if it is yours but damaged, download it, repair or remove the named line, and upload it from a run by hand, or delete it to start from an empty ledger (then the day's digest may go out again to whoever already had it).`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    }
}
async function stateStampCommand(args, io) {
    const values = parse(STAMP, args);
    if (values.help) {
        io.out(`Usage: ${STAMP} --dir FOLDER [--repository OWNER/NAME] [--workflow PATH] [--run-id ID]   (defaults: GITHUB_REPOSITORY, the workflow file of GITHUB_WORKFLOW_REF, GITHUB_RUN_ID)`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    const repository = values.repository || io.env.GITHUB_REPOSITORY;
    // GITHUB_WORKFLOW_REF is owner/repo/.github/workflows/file.yml@ref.
    const workflow = values.workflow || /^[^/]+\/[^/]+\/(.+?)@/.exec(io.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
    const runId = values['run-id'] || io.env.GITHUB_RUN_ID;
    if (!values.dir || !repository || !workflow || !runId) {
        io.err(`${STAMP}: give --dir, and --repository, --workflow and --run-id unless GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF and GITHUB_RUN_ID are set`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    }
    try {
        const stamp = await (0,_mail_carried_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stampCarriedState */ .lF)(values.dir, { repository, workflow, runId, writtenAt: _platform_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m.now().toISOString() });
        io.out(`${values.dir}: stamped as the mail state of ${stamp.repository}, run ${stamp.runId} of ${stamp.workflow}.`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        const userError = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .userErrorOf */ .zb)(error);
        if (userError) {
            io.err(`${STAMP}: ${userError.message}`);
            return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
        }
        if (error instanceof Error && error.name === 'ZodError') {
            io.err(`${STAMP}: --repository '${repository}', --workflow '${workflow}', --run-id '${runId}': ${error.message}`);
            return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
        }
        throw error;
    }
}


/***/ })

};
