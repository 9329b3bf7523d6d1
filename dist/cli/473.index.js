export const id = 473;
export const ids = [473,4552,9530];
export const modules = {

/***/ 90473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deliverCommand: () => (/* binding */ deliverCommand),
/* harmony export */   deliverSubcommands: () => (/* binding */ deliverSubcommands),
/* harmony export */   describeDelivery: () => (/* binding */ describeDelivery)
/* harmony export */ });
/* harmony import */ var _actions_deliver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90509);
/* harmony import */ var _delivery_deliver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44087);
/* harmony import */ var _delivery_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10495);
/* harmony import */ var _delivery_open_destination_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54552);
/* harmony import */ var _delivery_progress_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(69530);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77582);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20152);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38660);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1973);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4327);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32853);
// `shipgate deliver`: the deliver action on this machine (flags named as its inputs), with a
// progress bar on a terminal (progress lines in the log elsewhere); `shipgate deliver show` prints
// the current delivery and recent runs.











const SHOW_USAGE = `Usage: shipgate deliver show --project P [--destination D] [--runs N] [--json]
       [--dropbox-access-token T | --dropbox-refresh-token R --dropbox-app-key K --dropbox-app-secret S]
       [--dropbox-api-url URL] [--use-api-root-folder true --api-root-folder F]
       [--stable-folder F] [--manifest-file F]

Prints the current delivery of a project (version, stable link, files) and its last runs, versions as
v<N>. --json prints {project, manifestPath, currentVersion: "v<N>", manifest}: manifest is the
delivery-manifest contract as stored (shipgate.delivery-manifest/v1), so its versions stay numbers.
Exit status: 0 shown, 1 no delivery yet, 2 a usage or configuration error.`;
// A switch reads better at a terminal than an input's `true`: a bare --follow-symlinks means true.
function withSwitches(args) {
    return args.map((arg, index) => (arg === '--follow-symlinks' && !['true', 'false'].includes(args[index + 1] ?? '') ? '--follow-symlinks=true' : arg));
}
const deliverSubcommands = ['show'];
async function deliverCommand(args, io) {
    if (args[0] === 'show')
        return showDelivery(args.slice(1), io);
    // The deliver action takes options only: a word first is a misspelt subcommand.
    if (args[0] !== undefined && !args[0].startsWith('-')) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`unknown subcommand '${args[0]}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_9__/* .didYouMean */ .au)(args[0], deliverSubcommands)}; 'shipgate deliver' takes options, 'shipgate deliver show' shows a delivery`, 'shipgate deliver');
    }
    // A bar only where a person watches in the text format; a pipe or a JSON log gets the plain progress lines.
    if (process.stderr.isTTY && (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .logFormatOf */ .rQ)(io.env) === 'text')
        (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .useProgress */ .p1)((logger, now) => (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .terminalProgress */ .e3)(process.stderr, logger, now));
    try {
        return await (0,_run_js__WEBPACK_IMPORTED_MODULE_8__.runActionWithFlags)(_actions_deliver_js__WEBPACK_IMPORTED_MODULE_0__.deliverAction, withSwitches(args), io, 'shipgate deliver');
    }
    finally {
        (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .useProgress */ .p1)(undefined);
    }
}
function size(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
function describeDelivery(manifest, where, runs) {
    const lines = [`${manifest.project} at ${where}`];
    const current = manifest.current;
    if (!current)
        lines.push('current: none yet (no version has been completed)');
    else {
        lines.push(`current: v${current.currentVersion} (sha ${current.sha.slice(0, 12)}, ${current.updatedAt})`, `version folder: ${current.versionPath}`, `stable link (${current.shareStatus}) on ${current.stablePath}:`, `  ${current.stableShareUrl}`, 'files:', ...current.files.map((file) => `  ${file.name}  ${size(file.size)}  ${file.contentHash.slice(0, 16)}`));
    }
    if (manifest.pending)
        lines.push(`pending: v${manifest.pending.version} started ${manifest.pending.startedAt} by ${manifest.pending.sha.slice(0, 12)} (a run with the same files finishes it; any other takes the next version)`);
    lines.push(`last runs (${Math.min(runs, manifest.runs.length)} of ${manifest.runs.length}):`);
    for (const run of manifest.runs.slice(-runs).reverse()) {
        const email = run.email ? `  email ${run.email.status}${run.email.reason ? ` (${run.email.reason})` : ''}` : '';
        lines.push(`  ${run.time}  ${run.sha.slice(0, 12)}  ${run.outcome.padEnd(9)}  ${run.version === null ? '-' : `v${run.version}`}  ${size(run.bytesUploaded)} uploaded${email}${run.error ? `  error: ${run.error.split('\n')[0]}` : ''}`);
    }
    return lines.join('\n');
}
async function showDelivery(args, io) {
    const text = { type: 'string' };
    const name = 'shipgate deliver show';
    const values = (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .bQ)(name, args, {
        project: text,
        destination: text,
        runs: text,
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        'dropbox-access-token': text,
        'dropbox-refresh-token': text,
        'dropbox-app-key': text,
        'dropbox-app-secret': text,
        'dropbox-api-url': text,
        'use-api-root-folder': text,
        'api-root-folder': text,
        'stable-folder': text,
        'manifest-file': text,
    }).values;
    if (values.help) {
        io.out(SHOW_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    }
    const flag = (name) => (typeof values[name] === 'string' && values[name] !== '' ? values[name] : undefined);
    if (!flag('project'))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--project is required', name);
    const runs = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_4__/* .plainWholeNumber */ .fW)(flag('runs') ?? '10');
    if (runs === undefined || runs < 1)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--runs '${flag('runs')}' must be a positive whole number`, name);
    const logger = new _platform_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .ConsoleLogger */ .Cr(io.env.SHIPGATE_DEBUG === '1', (line) => io.err(line), (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .logFormatOf */ .rQ)(io.env), io.masker);
    for (const secret of ['dropbox-access-token', 'dropbox-refresh-token', 'dropbox-app-secret']) {
        const value = flag(secret);
        if (value)
            logger.secret(value);
    }
    const destination = await (0,_delivery_open_destination_js__WEBPACK_IMPORTED_MODULE_3__.openDestination)({
        destination: flag('destination') ?? _actions_deliver_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_DESTINATION,
        project: flag('project'),
        workspace: io.cwd,
        dropboxAccessToken: flag('dropbox-access-token'),
        dropboxRefreshToken: flag('dropbox-refresh-token'),
        dropboxAppKey: flag('dropbox-app-key'),
        dropboxAppSecret: flag('dropbox-app-secret'),
        useApiRootFolder: flag('use-api-root-folder') === 'true',
        apiRootFolder: flag('api-root-folder'),
        dropboxApiUrl: flag('dropbox-api-url') ?? (io.env.SHIPGATE_DROPBOX_API_URL || undefined),
        dropboxApiUrlSource: flag('dropbox-api-url') ? '--dropbox-api-url' : 'SHIPGATE_DROPBOX_API_URL',
        timeoutSeconds: 300,
    }, { logger, clock: _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .systemClock */ .m });
    const manifestFile = (0,_delivery_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeDeliveryPath */ .MM)(flag('manifest-file') ?? _delivery_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultLayout */ .Md.manifestFile, 'manifest-file');
    const { manifest } = await (0,_delivery_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .loadManifest */ .e)(destination, manifestFile);
    if (!manifest) {
        if (values.json)
            io.out(JSON.stringify({ project: flag('project'), manifestPath: destination.displayPath(manifestFile), manifest: null }, null, 2));
        else
            io.err(`shipgate deliver show: no delivery yet: ${destination.displayPath(manifestFile)} does not exist`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.no;
    }
    // `manifest` is the delivery-manifest contract as stored, numbers and all; `currentVersion` is the label people read.
    if (values.json)
        io.out(JSON.stringify({ project: manifest.project, manifestPath: destination.displayPath(manifestFile), currentVersion: manifest.current ? `v${manifest.current.currentVersion}` : null, manifest }, null, 2));
    else
        io.out(describeDelivery(manifest, destination.displayPath(''), runs));
    return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
}


/***/ }),

/***/ 32853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionUsage: () => (/* binding */ actionUsage),
/* harmony export */   outputsAsJson: () => (/* binding */ outputsAsJson),
/* harmony export */   runActionWithFlags: () => (/* binding */ runActionWithFlags),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21956);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19473);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35562);
/* harmony import */ var _evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33910);
/* harmony import */ var _platform_github_action_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12410);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1973);
/* harmony import */ var _local_context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88092);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4327);
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

Actions: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .actionNames */ .B.join(', ')}
'shipgate run <action> --help' lists an action's inputs and outputs.`;
async function runCommand(args, io) {
    const [name, ...rest] = args;
    if (!name || name === '--help' || name === '-h') {
        io.out(RUN_USAGE);
        return name ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.usage;
    }
    const load = _actions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .actionLoaders */ .Z[name];
    if (!load) {
        const kind = name.startsWith('-') ? 'option' : 'action';
        const hint = kind === 'action' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_10__/* .didYouMean */ .au)(name, _actions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .actionNames */ .B) : '';
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`unknown ${kind} '${name}'${hint || `; one of: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .actionNames */ .B.join(', ')}`}`, 'shipgate run');
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
/** The values given for an action's secret inputs, as `--name value`, `--name=value` or `--input name=value`, read without parsing the rest. */
function secretFlagValues(definition, args) {
    const isSecret = (name) => definition.inputs[name]?.secret === true;
    const values = [];
    const afterEquals = (text) => text.slice(text.indexOf('=') + 1);
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '--')
            break;
        if (!arg.startsWith('--'))
            continue;
        const inline = arg.includes('=');
        const flag = inline ? arg.slice(2, arg.indexOf('=')) : arg.slice(2);
        const value = inline ? afterEquals(arg) : args[index + 1];
        if (value === undefined)
            continue;
        if (isSecret(flag))
            values.push(value);
        else if (flag === 'input' && value.includes('=') && isSecret(value.slice(0, value.indexOf('='))))
            values.push(afterEquals(value));
    }
    return values;
}
/**
 * Why an `--input` pair names no input, quoting no value: a misspelt name or a missing '=' is
 * exactly when a secret was not recognised as one, and so not masked.
 */
function inputPairProblem(pair, inputNames) {
    const equals = pair.indexOf('=');
    const name = equals > 0 ? pair.slice(0, equals) : '';
    const inputs = `one of: ${inputNames.join(', ')}`;
    // Only a name-shaped text is quoted; anything else may be part of the value.
    if (/^[a-z][a-z0-9_-]*$/i.test(name))
        return `--input ${name}=…: no input named '${name}'; ${inputs}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_10__/* .didYouMean */ .au)(name, inputNames)}`;
    const written = inputNames.filter((input) => pair.startsWith(input)).sort((a, b) => b.length - a.length)[0];
    const hint = written ? `; did you mean '--input ${written}=…'?` : '';
    return `--input needs name=value (what was given is not shown: it may be a secret); ${inputs}${hint}`;
}
/**
 * Parses an action's flags and runs it; shared by `shipgate run` and the per-action commands.
 * `refuse` may turn a run the command line should not accept (a send with nobody to send to) into
 * an error, reported instead of the outputs.
 */
async function runActionWithFlags(definition, args, givenIo, invocation, refuse) {
    const masked = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .maskedIo */ .WM)(givenIo);
    // Masked before the flags are parsed: a usage error may quote what was given.
    for (const value of secretFlagValues(definition, args))
        masked.masker.add(value);
    const io = masked;
    const json = args.includes('--json');
    const jsonIo = { ...io, json: io.json || json };
    let values;
    try {
        values = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .bQ)(invocation.replace(/ --out DIR$/, ''), args, {
            ...Object.fromEntries(Object.keys(definition.inputs).map((input) => [input, { type: 'string', multiple: true }])),
            input: { type: 'string', multiple: true },
            json: { type: 'boolean' },
            summary: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        }).values;
    }
    catch (error) {
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error) } : {});
    }
    if (values.help) {
        io.out(actionUsage(definition, invocation));
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    const given = new Map();
    for (const pair of values.input ?? []) {
        const equals = pair.indexOf('=');
        const inputName = equals > 0 ? pair.slice(0, equals) : '';
        if (!Object.hasOwn(definition.inputs, inputName)) {
            const error = new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(inputPairProblem(pair, Object.keys(definition.inputs)), invocation);
            return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: error.message } : {});
        }
        given.set(inputName, [...(given.get(inputName) ?? []), pair.slice(equals + 1)]);
    }
    for (const inputName of Object.keys(definition.inputs)) {
        const flagValues = values[inputName];
        if (flagValues)
            given.set(inputName, [...(given.get(inputName) ?? []), ...flagValues]);
    }
    const summaryPath = values.summary === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.summary);
    if (summaryPath !== undefined) {
        // Checked before the action runs: a bad path found after a delivery would lose its outputs.
        const problem = await summaryPathProblem(summaryPath);
        if (problem) {
            const error = new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--summary ${values.summary}: ${problem}`, invocation);
            return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: error.message } : {});
        }
    }
    const context = (0,_local_context_js__WEBPACK_IMPORTED_MODULE_9__/* .localContext */ .NV)(io.env, io.cwd, (0,_local_context_js__WEBPACK_IMPORTED_MODULE_9__/* .commandLogger */ .Ay)(io));
    try {
        const run = await (0,_platform_github_action_js__WEBPACK_IMPORTED_MODULE_7__/* .executeAction */ .yn)(definition, (inputName) => given.get(inputName)?.join('\n'), context);
        const refused = refuse?.(run);
        if (refused)
            throw refused;
        let summaryFailure;
        if (summaryPath !== undefined && run.summary) {
            await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(summaryPath, context.logger.mask(run.summary)).catch((error) => (summaryFailure = error));
        }
        if (summaryFailure !== undefined) {
            // The action has run: its outputs are reported beside the summary's problem, never lost to it.
            if (!json)
                for (const [output, value] of Object.entries(run.outputs))
                    io.out(`${output}=${value}`);
            return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(jsonIo, invocation, summaryFailure, json ? { action: definition.name, outputs: outputsAsJson(run.outputs), failed: run.failed ?? null } : {});
        }
        if (json) {
            io.out(JSON.stringify({ action: definition.name, outputs: outputsAsJson(run.outputs), failed: run.failed ?? null }, null, 2));
        }
        else {
            for (const [output, value] of Object.entries(run.outputs))
                io.out(`${output}=${value}`);
            if (run.failed)
                io.err(`${definition.name}: ${run.failed}`);
        }
        return run.failed ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.no : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        // With --json the result's fields stay (outputs empty, failed the message) beside the error.
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .failureOf */ .g5)(error).message } : {});
    }
}
/**
 * Why the summary cannot be written at `path`, or undefined: it must be a regular file or absent,
 * in a folder that exists and this user may write to (it is written beside and renamed over).
 */
async function summaryPathProblem(path) {
    try {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!target.isFile())
            return `is ${(0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFileType */ .wU)(target)}, not a file; give the path of a file to write the summary to`;
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return `cannot be checked (${code ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}); give the path of a file in a folder you can write to`;
    }
    // A file that is there or not (yet): the summary is written beside it and renamed over it.
    return writableFolderProblem((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
}
async function writableFolderProblem(folder) {
    const parent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(folder).catch(() => undefined);
    if (!parent)
        return `the folder ${folder} does not exist; create it or give another path`;
    if (!parent.isDirectory())
        return `${folder} is ${(0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFileType */ .wU)(parent)}, not a folder; give another path`;
    const writable = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(folder, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK).then(() => true, () => false);
    return writable ? undefined : `the folder ${folder} cannot be written to by this user; give another path`;
}


/***/ }),

/***/ 28111:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ LocalDestination)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(92857);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41854);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7982);
/* harmony import */ var _evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33910);
/* harmony import */ var _content_hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(31709);
/* harmony import */ var _source_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(41454);
// The local-folder destination: the same layout and manifest as Dropbox, in a folder on this
// machine. The stable link is the stable folder's file:// URL; the manifest revision is its hash.
// The project folder keeps the content hashes of the files it wrote (.shipgate-content-hashes.json,
// outside the shared folder), so that a later run lists them without reading them again.











const LOCK_STALE_MS = 30_000;
/** In the project folder, beside the folders it names (its listing skips `.shipgate-` names). */
const HASHES_FILE = '.shipgate-content-hashes.json';
/**
 * Copies are written here, in the project folder, and renamed into their version folder once
 * whole: a killed copy never leaves part of a file in a folder the shared link shows.
 */
const PARTIAL_FOLDER = '.shipgate-partial';
/** A partial copy this old belongs to no running copy (which writes to it all the time). */
const PARTIAL_STALE_MS = 10 * 60 * 1000;
/**
 * What the hash file holds: for each file written (by its path under the project folder), its stamp
 * after the write (device, inode, size, mtime and ctime; any write, replacement or touch changes
 * it) and the content hash of what was written. A file whose stamp differs is hashed again; a hash file that does not parse is
 * no hash file. Only a process that can write the folder can write it, and such a process could
 * change the manifest as well.
 */
const FolderHashes = zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_10__/* .literal */ .euz('shipgate.local-content-hashes/v1'),
    files: zod__WEBPACK_IMPORTED_MODULE_10__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({ stamp: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), contentHash: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) })),
});
function hashKey(folder, name) {
    return folder === '' ? name : `${folder}/${name}`;
}
async function readHashes(root) {
    const empty = { schema: 'shipgate.local-content-hashes/v1', files: {} };
    let text;
    try {
        text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readTextIfPresent */ .Ge)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, HASHES_FILE));
    }
    catch {
        return empty;
    }
    if (text === undefined)
        return empty;
    try {
        const parsed = FolderHashes.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : empty;
    }
    catch {
        return empty;
    }
}
/**
 * A file this destination wrote is not read again to list it: its hash is the one taken while
 * copying, as long as the file is still the one written (its stamp is unchanged). Anything else
 * is hashed from the disk.
 */
async function contentHashOf(path, info, known) {
    if (known && known.stamp === (0,_source_files_js__WEBPACK_IMPORTED_MODULE_9__/* .fileStamp */ .a9)(info))
        return known.contentHash;
    return (await (0,_content_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .contentHashOfFile */ .Pt)(path)).contentHash;
}
/** Undefined for a path that is gone (ENOENT); any other failure stands. */
function ifGone(error) {
    if (error.code === 'ENOENT')
        return undefined;
    throw error;
}
/**
 * Writes at most this much per call. A 1 GiB copy written 4 MiB per call took 2.1-3.6 s of kernel
 * time on a VM whose freed memory goes back to its host (each large page-cache folio then costs a
 * fault on the host); 64-128 KiB per call took 0.4-0.7 s there, as a `cp` does (measured with
 * plain writes of 1 GiB in 64 KiB to 4 MiB pieces). On other machines the extra calls cost little.
 */
const WRITE_PIECE = 128 * 1024;
/**
 * Writes all of `data` at `position`, a piece per call, on this thread: one block's writes are
 * then no chain of round trips to the thread pool (8192 of them for 1 GiB, which set the pace of
 * the copy while the hashing ran on worker threads).
 */
function writeFully(file, data, position) {
    for (let written = 0; written < data.length;)
        written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(file.fd, data, written, Math.min(WRITE_PIECE, data.length - written), position + written);
}
class LocalDestination {
    clock;
    kind = 'local';
    /** The copy hashes each block it reads on the block hashers. */
    uploadHashesOnWorkers = true;
    root;
    /** `projectFolder` is `<folder>/<project>`, already checked to hold no `..`. */
    constructor(projectFolder, clock) {
        this.clock = clock;
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(projectFolder);
    }
    displayPath(relative) {
        return relative === '' ? this.root : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, relative);
    }
    describe() {
        return `local folder ${this.root}`;
    }
    async readManifest(relative) {
        const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readTextIfPresent */ .Ge)(this.displayPath(relative));
        return text === undefined ? undefined : { text, revision: (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(text) };
    }
    async writeManifest(relative, text, expectedRevision) {
        const path = this.displayPath(relative);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, '..'), { recursive: true });
        const release = await this.lock(`${path}.lock`);
        try {
            const current = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readTextIfPresent */ .Ge)(path);
            const revision = current === undefined ? undefined : (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(current);
            if (revision !== expectedRevision)
                return 'conflict';
            await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(path, text);
            return 'written';
        }
        finally {
            await release();
        }
    }
    async listFolder(relative) {
        const folder = this.displayPath(relative);
        const names = await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__/* .namesInFolder */ .OS)(folder);
        if (!names)
            return undefined;
        const known = await readHashes(this.root);
        const entries = [];
        for (const name of names.sort()) {
            // shipgate's own files live in the project folder; anywhere else such a name is a stray.
            if (relative === '' && name.startsWith('.shipgate-'))
                continue;
            // An entry another run removes while this one lists the folder is not there.
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name), { bigint: true }).catch(ifGone);
            if (info?.isDirectory())
                entries.push({ kind: 'folder', name });
            else if (info?.isFile()) {
                const contentHash = await contentHashOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name), info, known.files[hashKey(relative, name)]).catch(ifGone);
                if (contentHash !== undefined)
                    entries.push({ kind: 'file', name, size: Number(info.size), contentHash });
            }
        }
        return entries;
    }
    async upload(folder, items, progress) {
        const target = this.displayPath(folder);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(target, { recursive: true });
        const partial = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, PARTIAL_FOLDER);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(partial, { recursive: true });
        await this.removeStalePartials(partial);
        const uploaded = [];
        const written = {};
        for (const item of items) {
            // Copy to a hidden name outside the shared folders, hashing what is read as it is written,
            // then rename: a crash leaves no half file where the link shows it.
            const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(partial, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.randomBytes)(6).toString('hex')}.tmp`);
            const destination = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, item.name);
            const copy = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, 'wx');
            let copied;
            try {
                try {
                    // One block's writes after another's: writes to one file queue on its inode lock anyway,
                    // and side by side they spin on it (a tenth of the copy's time in kernel profiles).
                    copied = await (0,_content_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .readHashedBlocks */ .id)(item.localPath, async (block, offset) => {
                        writeFully(copy, block, offset);
                        progress.advance(block.length);
                    }, item.identity);
                }
                finally {
                    await copy.close();
                }
                if (copied.size !== item.size || (item.contentHash !== undefined && copied.contentHash !== item.contentHash)) {
                    throw new Error(`${item.localPath} changed while it was being delivered (${copied.size} bytes, content_hash ${copied.contentHash}; expected ${item.size} bytes${item.contentHash === undefined ? '' : `, ${item.contentHash}`}); run again`);
                }
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, destination);
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
                throw error;
            }
            written[hashKey(folder, item.name)] = { stamp: (0,_source_files_js__WEBPACK_IMPORTED_MODULE_9__/* .fileStamp */ .a9)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(destination, { bigint: true })), contentHash: copied.contentHash };
            uploaded.push({ name: item.name, size: copied.size, contentHash: copied.contentHash });
        }
        // The hash file only saves a later run a read: failing to write it fails no delivery.
        await this.rememberHashes(written).catch(() => undefined);
        return uploaded;
    }
    /** Partial copies left by killed runs; a failure to remove one only leaves it. */
    async removeStalePartials(partial) {
        const now = this.clock.now().getTime();
        for (const name of (await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__/* .namesInFolder */ .OS)(partial)) ?? []) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(partial, name);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
            if (info?.isFile() && now - info.mtimeMs > PARTIAL_STALE_MS)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true }).catch(() => undefined);
        }
    }
    /**
     * Adds what was written to the hash file and drops the entries of files that are gone, under the
     * manifest's lock: a run that loses a race loses only hashes, which are taken again from the
     * disk. A crash before this leaves files without hashes, which are read again.
     */
    async rememberHashes(written) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, HASHES_FILE);
        const release = await this.lock(`${path}.lock`);
        try {
            const hashes = await readHashes(this.root);
            for (const key of Object.keys(hashes.files)) {
                if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, key)).then((info) => info.isFile(), () => false)))
                    delete hashes.files[key];
            }
            Object.assign(hashes.files, written);
            await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(path, `${JSON.stringify(hashes, null, 2)}\n`);
        }
        finally {
            await release();
        }
    }
    async deleteFile(relative) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.displayPath(relative), { force: true });
    }
    async deleteFolder(relative) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.displayPath(relative), { recursive: true, force: true });
    }
    async shareLink(folder, options) {
        const path = this.displayPath(folder);
        const url = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(path).href;
        if (options.known === undefined)
            return { url, status: 'created' };
        if (!options.refresh)
            return { url: options.known, status: 'reused' };
        // A local link is "revoked" when the manifest's link no longer names the stable folder (the
        // folder moved, or the manifest came from elsewhere): it is replaced by the folder's URL.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(path, { recursive: true });
        return options.known === url ? { url, status: 'reused' } : { url, status: 'recreated' };
    }
    /** An exclusive lock file; a lock older than LOCK_STALE_MS is from a crashed run and is taken over. */
    async lock(path) {
        for (let attempt = 0;; attempt++) {
            try {
                const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx');
                await handle.close();
                return async () => {
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path).catch(() => undefined);
                };
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then((info) => this.clock.now().getTime() - info.mtimeMs, () => 0);
                if (age > LOCK_STALE_MS)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path).catch(() => undefined);
                else
                    await this.clock.sleep(Math.min(20 * (attempt + 1), 200));
            }
        }
    }
}


/***/ }),

/***/ 54552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openDestination: () => (/* binding */ openDestination)
/* harmony export */ });
/* unused harmony export dropboxAuth */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10495);
/* harmony import */ var _local_destination_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28111);
// Turns the deliver settings into a destination: a local folder, or a Dropbox folder with the auth
// mode the inputs give. Says which auth mode and where it came from, never the token.




function dropboxAuth(settings) {
    const refreshGiven = [settings.dropboxRefreshToken, settings.dropboxAppKey, settings.dropboxAppSecret];
    const refresh = settings.dropboxRefreshToken && settings.dropboxAppKey && settings.dropboxAppSecret
        ? { refreshToken: settings.dropboxRefreshToken, appKey: settings.dropboxAppKey, appSecret: settings.dropboxAppSecret }
        : undefined;
    if (!refresh && refreshGiven.some((value) => value)) {
        const missing = ['dropbox-refresh-token', 'dropbox-app-key', 'dropbox-app-secret'].filter((_, index) => !refreshGiven[index]);
        if (!settings.dropboxAccessToken)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`a Dropbox refresh token needs all three inputs; missing: ${missing.join(', ')}`);
    }
    if (settings.dropboxAccessToken) {
        return {
            mode: 'access-token',
            accessToken: settings.dropboxAccessToken,
            refresh,
            source: refresh ? "access token from input 'dropbox-access-token', refreshed with 'dropbox-refresh-token' + 'dropbox-app-key' + 'dropbox-app-secret' when it expires" : "access token from input 'dropbox-access-token' (no refresh: it fails when the token expires)",
        };
    }
    if (refresh)
        return { mode: 'refresh-token', refresh, source: "refresh token from inputs 'dropbox-refresh-token' + 'dropbox-app-key' + 'dropbox-app-secret'" };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`destination '${settings.destination}' needs Dropbox credentials: give dropbox-access-token, or dropbox-refresh-token with dropbox-app-key and dropbox-app-secret (as secrets)`);
}
async function openDestination(settings, ports) {
    const spec = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDestination */ .G2)(settings.destination);
    const project = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeDeliveryPath */ .MM)(settings.project, 'project');
    // A local folder is the user's own choice of place: relative to the workspace, or absolute.
    if (spec.kind === 'local')
        return new _local_destination_js__WEBPACK_IMPORTED_MODULE_3__/* .LocalDestination */ .Y((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(settings.workspace, spec.folder), project), ports.clock);
    const auth = dropboxAuth(settings);
    let root = spec.path;
    if (settings.useApiRootFolder) {
        if (!settings.apiRootFolder)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("use-api-root-folder is true: give api-root-folder, the folder every delivery path goes under (e.g. /Apps/shipgate-bot)");
        root = `/${(0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeDeliveryPath */ .MM)(settings.apiRootFolder.replace(/^\/+/, ''), 'api-root-folder')}${root}`;
    }
    root = `${root}/${project}`;
    let apiUrl;
    if (settings.dropboxApiUrl) {
        const url = URL.canParse(settings.dropboxApiUrl) ? new URL(settings.dropboxApiUrl) : undefined;
        if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${settings.dropboxApiUrlSource ?? 'dropbox-api-url'}: '${settings.dropboxApiUrl}' is not an http:// or https:// URL; give e.g. http://127.0.0.1:8080`);
        }
        apiUrl = url.href;
    }
    const { DropboxApi } = await __webpack_require__.e(/* import() */ 1472).then(__webpack_require__.bind(__webpack_require__, 1472));
    const { DropboxDestination } = await __webpack_require__.e(/* import() */ 2792).then(__webpack_require__.bind(__webpack_require__, 32792));
    const api = new DropboxApi({
        auth,
        apiUrl,
        deadline: ports.clock.now().getTime() + settings.timeoutSeconds * 1000,
        clock: ports.clock,
        logger: ports.logger,
        backoffMs: settings.backoffMs,
    });
    const where = apiUrl ? `${apiUrl} (from ${settings.dropboxApiUrlSource ?? 'dropbox-api-url'})` : 'api.dropboxapi.com';
    ports.logger.info(`dropbox: auth mode ${auth.mode}: ${auth.source}; endpoint ${where}${settings.useApiRootFolder ? `; API root folder ${settings.apiRootFolder}` : ''}`);
    return new DropboxDestination(api, { root, authDescription: auth.mode, singleUploadLimit: settings.singleUploadLimit, chunkSize: settings.chunkSize });
}


/***/ }),

/***/ 69530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e3: () => (/* binding */ terminalProgress),
/* harmony export */   p1: () => (/* binding */ useProgress),
/* harmony export */   progressDisplay: () => (/* binding */ progressDisplay)
/* harmony export */ });
/* unused harmony export logProgress */
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13021);

let factory;
/** Set by the command when stderr is a terminal; undefined puts the plain lines back. */
function useProgress(make) {
    factory = make;
}
/** The display of one run: the command's bar when it installed one, else plain lines through the logger. */
function progressDisplay(logger, now = Date.now) {
    return factory?.(logger, now) ?? { progress: logProgress(logger, now), logger };
}
/** 512 B, 90.0 MiB, 286 MiB: three significant digits from KiB up. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${Math.round(bytes)} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 100 ? 1 : 0)} ${units[unit]}`;
}
/** `41.2 MiB/s`, or undefined before any time has passed. */
function rate(bytes, ms) {
    return ms > 0 ? `${formatBytes((bytes * 1000) / ms)}/s` : undefined;
}
/** A log line at each tenth of the bytes, or after this long without one, whichever comes first. */
const LINE_STEPS = 10;
const LINE_EVERY_MS = 10_000;
/**
 * `uploading: 30% (90.0 MiB of 286 MiB, 41.2 MiB/s)` through the logger at every 10% of the bytes
 * or every 10 s, whichever comes first, then one line on how it ended. The lines are written as
 * bytes are reported, so a stall shows as a gap (and the retry messages that explain it). An
 * upload of no bytes writes nothing: the line before it already says 0 bytes.
 */
function logProgress(logger, now = Date.now) {
    let total = 0;
    let done = 0;
    let started = 0;
    let lastLine = 0;
    let lastStep = 0;
    let active = false;
    const percent = () => Math.floor((done * 100) / total);
    return {
        start(totalBytes) {
            total = totalBytes;
            done = 0;
            started = lastLine = now();
            lastStep = 0;
            active = totalBytes > 0;
        },
        advance(bytes) {
            done += bytes;
            // The last step is the final line's to report.
            if (!active || done >= total)
                return;
            const time = now();
            const step = Math.floor((done * LINE_STEPS) / total);
            if (step <= lastStep && time - lastLine < LINE_EVERY_MS)
                return;
            lastStep = step;
            lastLine = time;
            logger.info(`uploading: ${percent()}% (${[`${formatBytes(done)} of ${formatBytes(total)}`, rate(done, time - started)].filter(Boolean).join(', ')})`);
        },
        finish() {
            if (!active)
                return;
            active = false;
            const elapsed = now() - started;
            const speed = rate(total, elapsed);
            if (done >= total)
                logger.info(`uploaded: ${formatBytes(total)} in ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(elapsed)}${speed ? ` (${speed})` : ''}`);
            else
                logger.info(`upload stopped at ${percent()}% (${formatBytes(done)} of ${formatBytes(total)})`);
        },
    };
}
/** A one-line bar redrawn in place at most ten times a second. */
function terminalBar(stream, now) {
    let total = 0;
    let done = 0;
    let started = 0;
    let lastDraw = 0;
    let active = false;
    /** The bar is on the current line, which has no newline yet. */
    let lineOpen = false;
    const draw = (force) => {
        const time = now();
        if (!force && time - lastDraw < 100)
            return;
        lastDraw = time;
        const fraction = total === 0 ? 1 : Math.min(1, done / total);
        const seconds = Math.max((time - started) / 1000, 0.001);
        const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 50));
        const filled = Math.round(fraction * width);
        stream.write(`\r  uploading [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${formatBytes(done)} / ${formatBytes(total)} ${formatBytes(done / seconds)}/s`);
        lineOpen = true;
    };
    const endLine = () => {
        if (lineOpen)
            stream.write('\n');
        lineOpen = false;
    };
    return {
        start(totalBytes) {
            total = totalBytes;
            done = 0;
            started = now();
            active = totalBytes > 0;
            if (active)
                draw(true);
        },
        advance(bytes) {
            done += bytes;
            if (active)
                draw(false);
        },
        finish() {
            if (!active)
                return;
            draw(true);
            endLine();
            active = false;
        },
        aside(write) {
            endLine();
            write();
            if (active)
                draw(true);
        },
    };
}
/**
 * The bar on `stream` (stderr), and a logger that ends the bar's line before each line it logs
 * and redraws the bar after it, so that a retry message is not glued to the bar. The logger given
 * must write to the same stream, in the text log format: its events write nothing, and go straight
 * through. A debug line that a quiet logger drops still ends the bar's line: the bar as it was
 * stays above the redrawn one.
 */
function terminalProgress(stream, logger, now = Date.now) {
    const bar = terminalBar(stream, now);
    return {
        progress: bar,
        logger: {
            event: (name, fields) => logger.event(name, fields),
            info: (message) => bar.aside(() => logger.info(message)),
            warning: (message, location) => bar.aside(() => logger.warning(message, location)),
            error: (message, location) => bar.aside(() => logger.error(message, location)),
            debug: (message) => bar.aside(() => logger.debug(message)),
            secret: (value) => logger.secret(value),
            mask: (text) => logger.mask(text),
            group(title, fn) {
                // The header is written when group is called; what fn logs later comes through this logger.
                let folded;
                bar.aside(() => {
                    folded = logger.group(title, fn);
                });
                return folded;
            },
        },
    };
}


/***/ })

};
