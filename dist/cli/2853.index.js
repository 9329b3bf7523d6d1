export const id = 2853;
export const ids = [2853];
export const modules = {

/***/ 32853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionUsage: () => (/* binding */ actionUsage),
/* harmony export */   outputsAsJson: () => (/* binding */ outputsAsJson),
/* harmony export */   runActionWithFlags: () => (/* binding */ runActionWithFlags),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21956);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _platform_github_action_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38925);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1973);
/* harmony import */ var _local_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88092);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4327);
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
const RUN_USAGE = `Usage: shipgate run <action> [--<input> value ...] [--json] [--summary FILE]

Runs one action on this machine with the same code as its bundle; inputs are flags named as the
action's inputs. --json prints {action, outputs, failed}: an output that is JSON text (counts,
refs, ...) is given as the JSON value it holds.

Actions: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .actionNames */ .B.join(', ')}
'shipgate run <action> --help' lists an action's inputs and outputs.`;
async function runCommand(args, io) {
    const [name, ...rest] = args;
    if (!name || name === '--help' || name === '-h') {
        io.out(RUN_USAGE);
        return name ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
    }
    const load = _actions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .actionLoaders */ .Z[name];
    if (!load) {
        const kind = name.startsWith('-') ? 'option' : 'action';
        const hint = kind === 'action' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .au)(name, _actions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .actionNames */ .B) : '';
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`unknown ${kind} '${name}'${hint || `; one of: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .actionNames */ .B.join(', ')}`}`, 'shipgate run');
    }
    return runActionWithFlags(await load(), rest, io, `shipgate run ${name}`);
}
/** An action's outputs for JSON: text that holds a JSON object or array is given as that value, not as a string of JSON. */
function outputsAsJson(outputs) {
    return Object.fromEntries(Object.entries(outputs).map(([name, value]) => {
        if (!/^\s*[[{]/.test(value))
            return [name, value];
        try {
            return [name, JSON.parse(value)];
        }
        catch {
            return [name, value];
        }
    }));
}
/**
 * Parses an action's flags and runs it; shared by `shipgate run` and the per-action commands.
 * `refuse` may turn a run the command line should not accept (a send with nobody to send to) into
 * an error, reported instead of the outputs.
 */
async function runActionWithFlags(definition, args, io, invocation, refuse) {
    const json = args.includes('--json');
    const jsonIo = { ...io, json: io.json || json };
    let values;
    try {
        values = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(invocation.replace(/ --out DIR$/, ''), args, {
            ...Object.fromEntries(Object.keys(definition.inputs).map((input) => [input, { type: 'string', multiple: true }])),
            input: { type: 'string', multiple: true },
            json: { type: 'boolean' },
            summary: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        }).values;
    }
    catch (error) {
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error) } : {});
    }
    if (values.help) {
        io.out(actionUsage(definition, invocation));
        return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    }
    const given = new Map();
    for (const pair of values.input ?? []) {
        const equals = pair.indexOf('=');
        const inputName = equals > 0 ? pair.slice(0, equals) : '';
        if (!(inputName in definition.inputs)) {
            const hint = inputName ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .au)(inputName, Object.keys(definition.inputs)) : '';
            const error = new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--input '${pair}': expected name=value with one of: ${Object.keys(definition.inputs).join(', ')}${hint}`, invocation);
            return (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: error.message } : {});
        }
        given.set(inputName, [...(given.get(inputName) ?? []), pair.slice(equals + 1)]);
    }
    for (const inputName of Object.keys(definition.inputs)) {
        const flagValues = values[inputName];
        if (flagValues)
            given.set(inputName, [...(given.get(inputName) ?? []), ...flagValues]);
    }
    const context = (0,_local_context_js__WEBPACK_IMPORTED_MODULE_5__/* .localContext */ .NV)(io.env, io.cwd);
    try {
        const run = await (0,_platform_github_action_js__WEBPACK_IMPORTED_MODULE_3__/* .executeAction */ .yn)(definition, (inputName) => given.get(inputName)?.join('\n'), context);
        const refused = refuse?.(run);
        if (refused)
            throw refused;
        if (values.summary && run.summary)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(values.summary, run.summary);
        if (json) {
            io.out(JSON.stringify({ action: definition.name, outputs: outputsAsJson(run.outputs), failed: run.failed ?? null }, null, 2));
        }
        else {
            for (const [output, value] of Object.entries(run.outputs))
                io.out(`${output}=${value}`);
            if (run.failed)
                io.err(`${definition.name}: ${run.failed}`);
        }
        return run.failed ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.no : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        // With --json the result's fields stay (outputs empty, failed the message) beside the error.
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .failureOf */ .g5)(error).message } : {});
    }
}


/***/ })

};
