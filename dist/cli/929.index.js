export const id = 929;
export const ids = [929];
export const modules = {

/***/ 7929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mailCommand: () => (/* binding */ mailCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var _actions_send_mail_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(385);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3387);
/* harmony import */ var _mail_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3037);
/* harmony import */ var _mail_roster_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2631);
/* harmony import */ var _mail_send_log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6981);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1973);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2853);
// `shipgate mail send | preview | validate-roster | status`: the send-mail action's code with flags
// named as its inputs; preview and validate-roster never open a connection.









const USAGE = `Usage: shipgate mail <send|preview|validate-roster|status|bounces-scan> [options]

  send [--<input> value ...]            Send (or with --dry-run true, write .eml files); flags are the
                                        send-mail inputs: shipgate mail send --help lists them.
  preview --out DIR [--<input> ...]     Write preview.html, preview.txt and preview.json; send nothing.
  validate-roster --roster FILE         Check a roster CSV; every problem with its line number.
  status [--limit 20] [--send-log FILE] [--artifacts-dir DIR] [--json]
                                        The most recent sends from the send log.
  bounces-scan [--<input> value ...]    Read bounces over IMAP and retire bad roster addresses; flags
                                        are the bounce-scan inputs: shipgate mail bounces-scan --help.`;
async function mailCommand(args, io) {
    const [sub, ...rest] = args;
    const definition = _actions_send_mail_js__WEBPACK_IMPORTED_MODULE_2__.sendMailAction;
    switch (sub) {
        case 'send':
            return (0,_run_js__WEBPACK_IMPORTED_MODULE_8__.runActionWithFlags)(definition, rest, io, 'shipgate mail send');
        case 'preview':
            return previewCommand(definition, rest, io);
        case 'validate-roster':
            return validateRosterCommand(rest, io);
        case 'status':
            return statusCommand(rest, io);
        case 'bounces-scan':
            return (await __webpack_require__.e(/* import() */ 469).then(__webpack_require__.bind(__webpack_require__, 8469))).bouncesScanCommand(rest, io);
        case '--help':
        case '-h':
        case 'help':
            io.out(USAGE);
            return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
        default:
            io.err(sub ? `shipgate mail: unknown subcommand '${sub}'\n\n${USAGE}` : USAGE);
            return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
}
/** `--out DIR` is the action's preview-dir; everything else is passed on as inputs. */
async function previewCommand(definition, args, io) {
    const forwarded = [];
    let out;
    for (let index = 0; index < args.length; index++) {
        if (args[index] === '--out')
            out = args[++index];
        else if (args[index]?.startsWith('--out='))
            out = args[index].slice('--out='.length);
        else
            forwarded.push(args[index]);
    }
    if (forwarded.includes('--help') || forwarded.includes('-h'))
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_8__.runActionWithFlags)(definition, ['--help'], io, 'shipgate mail preview --out DIR');
    if (!out) {
        io.err('shipgate mail preview: --out DIR is required (where preview.html, preview.txt and preview.json go)');
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_8__.runActionWithFlags)(definition, [...forwarded, '--preview-dir', out], io, 'shipgate mail preview');
}
async function validateRosterCommand(args, io) {
    let values;
    let positionals;
    try {
        ;
        ({ values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args, allowPositionals: true, options: { roster: { type: 'string' }, json: { type: 'boolean' } } }));
    }
    catch (error) {
        io.err(`shipgate mail validate-roster: ${error.message}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    const path = values.roster ?? positionals[0];
    if (!path) {
        io.err('shipgate mail validate-roster: give the roster: --roster FILE');
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    let roster;
    try {
        roster = await (0,_mail_roster_js__WEBPACK_IMPORTED_MODULE_5__/* .readRoster */ .ks)(path);
    }
    catch (error) {
        io.err(`shipgate mail validate-roster: ${error.message}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    const active = roster.people.filter((person) => person.status === 'active').length;
    if (values.json) {
        io.out(JSON.stringify({ roster: path, valid: roster.problems.length === 0, active, inactive: roster.people.length - active, columns: roster.columns, problems: roster.problems }, null, 2));
    }
    else {
        for (const problem of roster.problems)
            io.err(`${path}:${problem.line}: ${problem.message}`);
        io.out(roster.problems.length === 0
            ? `${path}: valid: ${active} active, ${roster.people.length - active} inactive; columns: ${roster.columns.join(', ')}`
            : `${path}: ${roster.problems.length} problem(s)`);
    }
    return roster.problems.length === 0 ? _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok : _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.no;
}
async function statusCommand(args, io) {
    let values;
    try {
        ;
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args, options: { limit: { type: 'string' }, 'send-log': { type: 'string' }, 'artifacts-dir': { type: 'string' }, json: { type: 'boolean' } } }));
    }
    catch (error) {
        io.err(`shipgate mail status: ${error.message}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    const limit = Number(values.limit ?? '20');
    if (!Number.isInteger(limit) || limit < 1) {
        io.err(`shipgate mail status: --limit '${values.limit}' must be a positive whole number`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    const path = values['send-log'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ARTIFACTS_DIR */ .qx, _mail_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .NOTIFICATIONS_FOLDER */ .qk, 'send-log.jsonl');
    const { entries, unreadable, found } = await (0,_mail_send_log_js__WEBPACK_IMPORTED_MODULE_6__/* .readSendLogTail */ .l)(path, limit);
    if (values.json) {
        io.out(JSON.stringify({ sendLog: path, found, entries, unreadable }, null, 2));
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
    }
    if (!found) {
        io.out(`${path}: no send log yet (nothing was sent from here)`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
    }
    for (const entry of entries) {
        const detail = entry.error ?? entry.response ?? entry.emlPath ?? '';
        io.out(`${entry.time}  ${entry.status.padEnd(9)}  ${entry.recipient}  ${entry.template}  ${entry.messageId ?? ''}  ${detail}`.trimEnd());
    }
    if (unreadable > 0)
        io.err(`${path}: ${unreadable} line(s) are not JSON and were skipped`);
    return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
}


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionUsage: () => (/* binding */ actionUsage),
/* harmony export */   runActionWithFlags: () => (/* binding */ runActionWithFlags),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1956);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
/* harmony import */ var _platform_github_action_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8925);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1973);
/* harmony import */ var _local_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8092);
// `shipgate run <action>`: any action, locally, with the same code as its bundle. Inputs come as
// `--input name=value` or as `--name value`; a repeated flag makes a newline-separated list.







function actionUsage(definition, invocation) {
    const width = Math.max(...Object.keys(definition.inputs).map((name) => name.length)) + 4;
    return [
        `Usage: ${invocation} [--<input> value ...] [--json] [--summary FILE]`,
        '',
        definition.description,
        '',
        'Inputs (as --name value, or --input name=value; repeat a flag for a list):',
        ...Object.entries(definition.inputs).map(([name, spec]) => `  --${name.padEnd(width)}${spec.description}${spec.default ? ` Default: '${spec.default}'.` : ''}${spec.required ? ' Required.' : ''}`),
        '',
        'Outputs:',
        ...Object.entries(definition.outputs).map(([name, spec]) => `  ${name.padEnd(width + 2)}${spec.description}`),
        '',
        'Exit status: 0 done, 1 the step failed (a NO, or evidence that does not hold), 2 a usage or configuration error.',
    ].join('\n');
}
async function runCommand(args, io) {
    const [name, ...rest] = args;
    if (!name || name === '--help' || name === '-h') {
        io.out(`Usage: shipgate run <action> [--<input> value ...] [--json]\n\nActions: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .actionNames */ .B.join(', ')}\nshipgate run <action> --help lists an action's inputs.`);
        return name ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
    }
    const load = _actions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .actionLoaders */ .Z[name];
    if (!load) {
        io.err(`shipgate run: unknown action '${name}'; one of: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .actionNames */ .B.join(', ')}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
    }
    return runActionWithFlags(await load(), rest, io, `shipgate run ${name}`);
}
/** Parses an action's flags and runs it; shared by `shipgate run` and the per-action commands. */
async function runActionWithFlags(definition, args, io, invocation) {
    let values;
    try {
        ;
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            strict: true,
            allowPositionals: false,
            options: {
                ...Object.fromEntries(Object.keys(definition.inputs).map((input) => [input, { type: 'string', multiple: true }])),
                input: { type: 'string', multiple: true },
                json: { type: 'boolean' },
                summary: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        }));
    }
    catch (error) {
        io.err(`${invocation}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}\n\n${actionUsage(definition, invocation)}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
    }
    if (values.help) {
        io.out(actionUsage(definition, invocation));
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    }
    const given = new Map();
    for (const pair of values.input ?? []) {
        const equals = pair.indexOf('=');
        const inputName = equals > 0 ? pair.slice(0, equals) : '';
        if (!(inputName in definition.inputs)) {
            io.err(`${invocation}: --input '${pair}': expected name=value with one of: ${Object.keys(definition.inputs).join(', ')}`);
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
        }
        given.set(inputName, [...(given.get(inputName) ?? []), pair.slice(equals + 1)]);
    }
    for (const inputName of Object.keys(definition.inputs)) {
        const flagValues = values[inputName];
        if (flagValues)
            given.set(inputName, [...(given.get(inputName) ?? []), ...flagValues]);
    }
    const context = (0,_local_context_js__WEBPACK_IMPORTED_MODULE_6__/* .localContext */ .NV)(io.env, io.cwd);
    try {
        const run = await (0,_platform_github_action_js__WEBPACK_IMPORTED_MODULE_4__/* .executeAction */ .yn)(definition, (inputName) => given.get(inputName)?.join('\n'), context);
        if (values.summary && run.summary)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(values.summary, run.summary);
        if (values.json) {
            io.out(JSON.stringify({ action: definition.name, outputs: run.outputs, failed: run.failed ?? null }, null, 2));
        }
        else {
            for (const [output, value] of Object.entries(run.outputs))
                io.out(`${output}=${value}`);
            if (run.failed)
                io.err(`${definition.name}: ${run.failed}`);
        }
        return run.failed ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.no : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    }
    catch (error) {
        if (values.json)
            io.out(JSON.stringify({ action: definition.name, outputs: {}, failed: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error) }, null, 2));
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserError */ .iU)(error)) {
            io.err(`${definition.name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
            return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.no : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
        }
        io.err(`${definition.name}: unexpected error (a bug in shipgate): ${error.stack ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.no;
    }
}


/***/ })

};
