export const id = 952;
export const ids = [952,136];
export const modules = {

/***/ 473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deliverCommand: () => (/* binding */ deliverCommand),
/* harmony export */   describeDelivery: () => (/* binding */ describeDelivery)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _actions_deliver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(509);
/* harmony import */ var _delivery_deliver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(409);
/* harmony import */ var _delivery_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(495);
/* harmony import */ var _delivery_open_destination_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4552);
/* harmony import */ var _delivery_progress_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9530);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9473);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(152);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8660);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1973);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2853);
// `shipgate deliver`: the deliver action on this machine (flags named as its inputs), with a
// progress bar on a terminal; `shipgate deliver show` prints the current delivery and recent runs.











const SHOW_USAGE = `Usage: shipgate deliver show --project P [--destination D] [--runs N] [--json]
       [--dropbox-access-token T | --dropbox-refresh-token R --dropbox-app-key K --dropbox-app-secret S]
       [--dropbox-api-url URL] [--use-api-root-folder true --api-root-folder F]
       [--stable-folder F] [--manifest-file F]

Prints the current delivery of a project (version, stable link, files) and its last runs.
Exit status: 0 shown, 1 no delivery yet, 2 a usage or configuration error.`;
async function deliverCommand(args, io) {
    if (args[0] === 'show')
        return showDelivery(args.slice(1), io);
    if (process.stderr.isTTY)
        (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .useProgress */ .p1)(() => (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .terminalProgress */ .e3)(process.stderr));
    try {
        return await (0,_run_js__WEBPACK_IMPORTED_MODULE_9__.runActionWithFlags)(_actions_deliver_js__WEBPACK_IMPORTED_MODULE_1__.deliverAction, args, io, 'shipgate deliver');
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
        lines.push(`pending: v${manifest.pending.version} started ${manifest.pending.startedAt} by ${manifest.pending.sha.slice(0, 12)} (the next run finishes or redoes it)`);
    lines.push(`last runs (${Math.min(runs, manifest.runs.length)} of ${manifest.runs.length}):`);
    for (const run of manifest.runs.slice(-runs).reverse()) {
        const email = run.email ? `  email ${run.email.status}${run.email.reason ? ` (${run.email.reason})` : ''}` : '';
        lines.push(`  ${run.time}  ${run.sha.slice(0, 12)}  ${run.outcome.padEnd(9)}  ${run.version === null ? '-' : `v${run.version}`}  ${size(run.bytesUploaded)} uploaded${email}${run.error ? `  error: ${run.error.split('\n')[0]}` : ''}`);
    }
    return lines.join('\n');
}
async function showDelivery(args, io) {
    const text = { type: 'string' };
    let values;
    try {
        ;
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            strict: true,
            allowPositionals: false,
            options: {
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
            },
        }));
    }
    catch (error) {
        io.err(`shipgate deliver show: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}\n\n${SHOW_USAGE}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.usage;
    }
    if (values.help) {
        io.out(SHOW_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok;
    }
    const flag = (name) => (typeof values[name] === 'string' && values[name] !== '' ? values[name] : undefined);
    if (!flag('project')) {
        io.err(`shipgate deliver show: --project is required\n\n${SHOW_USAGE}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.usage;
    }
    const logger = new _platform_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .ConsoleLogger */ .Cr(io.env.SHIPGATE_DEBUG === '1', (line) => io.err(line));
    for (const secret of ['dropbox-access-token', 'dropbox-refresh-token', 'dropbox-app-secret']) {
        const value = flag(secret);
        if (value)
            logger.secret(value);
    }
    try {
        const destination = await (0,_delivery_open_destination_js__WEBPACK_IMPORTED_MODULE_4__/* .openDestination */ .x)({
            destination: flag('destination') ?? _actions_deliver_js__WEBPACK_IMPORTED_MODULE_1__.DEFAULT_DESTINATION,
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
        }, { logger, clock: _platform_clock_js__WEBPACK_IMPORTED_MODULE_6__/* .systemClock */ .m });
        const manifestFile = (0,_delivery_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeDeliveryPath */ .MM)(flag('manifest-file') ?? _delivery_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultLayout */ .Md.manifestFile, 'manifest-file');
        const { manifest } = await (0,_delivery_deliver_js__WEBPACK_IMPORTED_MODULE_2__/* .loadManifest */ .eY)(destination, manifestFile);
        if (!manifest) {
            if (values.json)
                io.out(JSON.stringify({ project: flag('project'), manifestPath: destination.displayPath(manifestFile), manifest: null }, null, 2));
            else
                io.err(`shipgate deliver show: no delivery yet: ${destination.displayPath(manifestFile)} does not exist`);
            return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.no;
        }
        const runs = Number(flag('runs') ?? 10);
        if (values.json)
            io.out(JSON.stringify({ project: manifest.project, manifestPath: destination.displayPath(manifestFile), manifest }, null, 2));
        else
            io.out(describeDelivery(manifest, destination.displayPath(''), Number.isInteger(runs) && runs > 0 ? runs : 10));
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok;
    }
    catch (error) {
        io.err(`shipgate deliver show: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isUserError */ .iU)(error) ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.usage : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.no;
    }
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


/***/ }),

/***/ 7582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   QL: () => (/* binding */ inputs),
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   rO: () => (/* binding */ withDefaults)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8532);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
// What an action is, independent of where it runs: its documented inputs and outputs, one zod
// schema that turns the raw inputs into a typed settings object, and a run function over ports.
// The GitHub adapter (github-action.ts) and the `shipgate` command both drive this.



function defineAction(definition) {
    return definition;
}
/** Raw inputs with defaults applied; empty means not given. */
function withDefaults(definition, given) {
    const raw = {};
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const value = given(name)?.trim();
        raw[name] = value ? value : spec.default || undefined;
    }
    return raw;
}
/** Parses the inputs with the action's schema; the error names the input and says what fits. */
function parseSettings(definition, raw, logger) {
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const value = raw[name];
        if (spec.secret && value)
            logger.secret(value);
    }
    for (const [name, spec] of Object.entries(definition.inputs)) {
        if (spec.required && !raw[name]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${name}' is required: ${spec.description}`);
        }
    }
    const parsed = definition.settings.safeParse(raw);
    if (!parsed.success) {
        const messages = parsed.error.issues.map((issue) => {
            const [inputName, ...rest] = issue.path;
            const where = rest.length > 0 ? `${String(inputName)} (${(0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(rest)})` : String(inputName ?? '(inputs)');
            return `input '${where}': ${issue.message}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(messages.join('; '));
    }
    return parsed.data;
}
// Input field parsers: the raw value is a string or undefined (not given).
const inputs = {
    /** An optional string. */
    text: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** true/false in the spellings the runner accepts (YAML 1.2 core schema). */
    boolean: (fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        ctx.addIssue({ code: 'custom', message: `'${value}' is not a boolean; use true or false` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    /** One item per line (blank lines and surrounding spaces dropped). */
    list: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value) => (value ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')),
    /** A full commit SHA, optional (the run's SHA is the usual default). */
    sha: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[0-9a-f]{40}$/, 'must be a full 40-character lowercase hex commit SHA')
        .optional(),
    /** A TCP port, 1 to 65535, optional. */
    port: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return undefined;
        const port = Number(value);
        if (!Number.isInteger(port) || port < 1 || port > 65535) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a port number (1-65535)` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return port;
    }),
    /** A positive duration in seconds. */
    seconds: (fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        const seconds = Number(value);
        if (!Number.isFinite(seconds) || seconds <= 0) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a positive number of seconds` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return seconds;
    }),
};


/***/ }),

/***/ 8959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Sf: () => (/* binding */ runEnvironmentFromEnv),
/* harmony export */   vc: () => (/* binding */ resolveSha)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
// What a stage knows about the run it is part of: the GITHUB_* variables on a runner, the local
// git checkout when run by the `shipgate` command.


function runEnvironmentFromEnv(env = process.env, mode = 'github') {
    return {
        sha: env.GITHUB_SHA || undefined,
        repository: env.GITHUB_REPOSITORY || undefined,
        workflow: env.GITHUB_WORKFLOW || 'local',
        runId: env.GITHUB_RUN_ID || 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        eventName: env.GITHUB_EVENT_NAME || 'local',
        ref: env.GITHUB_REF || '',
        eventPath: env.GITHUB_EVENT_PATH || undefined,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        mode,
    };
}
/** The webhook payload of the event that started the run, or undefined when there is none. */
function readEventPayload(environment) {
    if (!environment.eventPath)
        return undefined;
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(environment.eventPath, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GITHUB_EVENT_PATH ${environment.eventPath}: cannot read the event payload (${error.message})`);
    }
}
/** The SHA an input gave, else the run's; an error that says how to give one when neither is known. */
function resolveSha(given, environment) {
    const sha = given ?? environment.sha;
    if (!sha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("input 'sha': not given and GITHUB_SHA is not set; pass the commit SHA to release");
    return sha;
}
function resolveRepository(environment) {
    if (!environment.repository) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set; run inside GitHub Actions or set GITHUB_REPOSITORY=owner/name');
    }
    return environment.repository;
}


/***/ })

};
