export const id = 473;
export const ids = [473,2853];
export const modules = {

/***/ 20877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ shaInput),
/* harmony export */   Lp: () => (/* binding */ artifactsDirInput),
/* harmony export */   Wj: () => (/* binding */ WORKFLOW_TOKEN),
/* harmony export */   au: () => (/* binding */ tokenOrEnvironment),
/* harmony export */   xK: () => (/* binding */ configInput)
/* harmony export */ });
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7982);

const shaInput = {
    description: 'The commit SHA of the release (40 lowercase hex). Default: the SHA that triggered the workflow.',
};
const artifactsDirInput = {
    description: 'The folder that holds the evidence contracts.',
    default: _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ARTIFACTS_DIR */ .qx,
};
const configInput = {
    description: 'The shipgate config file. The default path may be absent; an explicit path must exist.',
};
/** The runner fills a token input with the job's GITHUB_TOKEN unless the workflow passes another. */
const WORKFLOW_TOKEN = '${{ github.token }}';
/** A token input, else the GITHUB_TOKEN environment variable, masked before any use. */
function tokenOrEnvironment(given, logger) {
    if (given)
        return given;
    const fromEnvironment = process.env.GITHUB_TOKEN || undefined;
    if (fromEnvironment)
        logger.secret(fromEnvironment);
    return fromEnvironment;
}


/***/ }),

/***/ 90509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_DESTINATION: () => (/* binding */ DEFAULT_DESTINATION),
/* harmony export */   deliverAction: () => (/* binding */ deliverAction)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92857);
/* harmony import */ var _delivery_deliver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44087);
/* harmony import */ var _delivery_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10495);
/* harmony import */ var _delivery_open_destination_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54552);
/* harmony import */ var _delivery_progress_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(69530);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77582);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38660);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48959);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20877);
/* harmony import */ var _dropbox_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40018);
// The deliver action: inputs -> deliver (Dropbox or a local folder) -> version, share-url, outcome.










const DEFAULT_DESTINATION = 'local:deliveries';
const deliverAction = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_3__/* .defineAction */ .QP)({
    name: 'deliver',
    description: 'Deliver final files to Dropbox or a local folder in versioned folders (v1, v2, ...): a new version only when the content changed, one stable shared link to the Final folder, and a delivery manifest of what is current and what every run did.',
    branding: { icon: 'send', color: 'blue' },
    inputs: {
        files: {
            description: 'The files to deliver: paths or globs, one per line, relative to the workspace. Only regular files inside the workspace are delivered: a path that leads out of it (../, an absolute path, a symlink or symlinked folder), a FIFO or a device is an error, and so is any symlink unless follow-symlinks is true.',
            required: true,
        },
        project: { description: 'The delivery container: a folder under the destination (e.g. acme-website).', required: true },
        destination: {
            description: 'dropbox:<path> (e.g. dropbox:/Clients/Acme) or local:<folder> (relative to the workspace, or absolute). The project folder is created under it.',
            default: DEFAULT_DESTINATION,
        },
        sha: _common_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .shaInput */ .FN,
        'artifacts-dir': _common_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactsDirInput */ .Lp,
        ..._dropbox_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .dropboxInputs */ .U,
        'refresh-share-link': { description: 'true: check that the stable shared link still exists and recreate it if it was revoked.', default: 'false' },
        'stable-folder': { description: 'The folder (inside the project) that holds the versions and carries the stable shared link.', default: _delivery_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultLayout */ .Md.stableFolder },
        'version-prefix': { description: 'Version folders are named <prefix><N> inside the stable folder.', default: _delivery_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultLayout */ .Md.versionPrefix },
        'manifest-file': { description: 'Where the delivery manifest is kept, inside the project.', default: _delivery_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultLayout */ .Md.manifestFile },
        timeout: { description: 'Seconds the whole transfer may take, retries and Retry-After waits included.', default: '3600' },
        'follow-symlinks': {
            description: 'true: deliver a symlink (or a file in a symlinked folder) as the file it points at, when that file is inside the workspace; a target outside the workspace is refused either way. false: a symlink is an error naming it.',
            default: 'false',
        },
    },
    outputs: {
        version: { description: 'The current version number after the run (N of v<N>).' },
        'share-url': { description: 'The stable shared link of the Final folder (file:// for a local destination).' },
        'share-status': { description: 'created, reused or recreated.' },
        outcome: { description: 'created (a new version) or unchanged (nothing uploaded).' },
        'manifest-path': { description: 'Where the delivery manifest is, at the destination.' },
        'result-path': { description: 'The delivery result contract under the artifacts folder.' },
    },
    settings: zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
        files: _platform_action_js__WEBPACK_IMPORTED_MODULE_3__/* .inputs */ .QL.list(),
        project: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
        destination: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
        sha: _platform_action_js__WEBPACK_IMPORTED_MODULE_3__/* .inputs */ .QL.sha(),
        'artifacts-dir': zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
        ..._dropbox_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .dropboxSettings */ .K,
        'refresh-share-link': _platform_action_js__WEBPACK_IMPORTED_MODULE_3__/* .inputs */ .QL.boolean(false),
        'stable-folder': zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
        'version-prefix': zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]*$/, 'may hold only letters, digits, _ . and -'),
        'manifest-file': zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
        timeout: _platform_action_js__WEBPACK_IMPORTED_MODULE_3__/* .inputs */ .QL.seconds(3600),
        'follow-symlinks': _platform_action_js__WEBPACK_IMPORTED_MODULE_3__/* .inputs */ .QL.boolean(false),
    }),
    async run(settings, context) {
        const sha = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveSha */ .vc)(settings.sha, context.environment);
        const envApiUrl = process.env.SHIPGATE_DROPBOX_API_URL || undefined;
        const masker = new _platform_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .SecretMasker */ .M2();
        for (const secret of [settings['dropbox-access-token'], settings['dropbox-refresh-token'], settings['dropbox-app-secret']])
            if (secret)
                masker.add(secret);
        const layout = {
            stableFolder: (0,_delivery_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .relativeDeliveryPath */ .MM)(settings['stable-folder'], 'stable-folder'),
            versionPrefix: settings['version-prefix'],
            manifestFile: (0,_delivery_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .relativeDeliveryPath */ .MM)(settings['manifest-file'], 'manifest-file'),
        };
        const destination = await (0,_delivery_open_destination_js__WEBPACK_IMPORTED_MODULE_2__/* .openDestination */ .x)({
            destination: settings.destination,
            project: settings.project,
            workspace: context.environment.workspace,
            dropboxAccessToken: settings['dropbox-access-token'],
            dropboxRefreshToken: settings['dropbox-refresh-token'],
            dropboxAppKey: settings['dropbox-app-key'],
            dropboxAppSecret: settings['dropbox-app-secret'],
            useApiRootFolder: settings['use-api-root-folder'],
            apiRootFolder: settings['api-root-folder'],
            dropboxApiUrl: settings['dropbox-api-url'] ?? envApiUrl,
            dropboxApiUrlSource: settings['dropbox-api-url'] ? 'input dropbox-api-url' : 'SHIPGATE_DROPBOX_API_URL',
            timeoutSeconds: settings.timeout,
        }, context);
        const { result, resultPath, manifestPath } = await (0,_delivery_deliver_js__WEBPACK_IMPORTED_MODULE_0__/* .deliver */ .cK)({
            sha,
            project: settings.project,
            files: settings.files,
            workspace: context.environment.workspace,
            layout,
            refreshShareLink: settings['refresh-share-link'],
            followSymlinks: settings['follow-symlinks'],
            destinationLabel: settings.destination,
        }, { destination, store: context.openStore(settings['artifacts-dir']), logger: context.logger, clock: context.clock, progress: (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_9__/* .progressSink */ .zv)(), mask: (text) => masker.mask(text) });
        if (result.outcome !== 'failed')
            context.logger.event(`delivery_${result.outcome}`, { sha, status: result.outcome, project: result.project, version: result.version, share_status: result.shareStatus, destination: result.destination.location, duration_ms: Date.parse(result.finishedAt) - Date.parse(result.startedAt) });
        return {
            outputs: {
                version: String(result.version ?? ''),
                'share-url': result.shareUrl ?? '',
                'share-status': result.shareStatus ?? '',
                outcome: result.outcome,
                'manifest-path': manifestPath,
                'result-path': resultPath,
            },
            summary: [
                '### deliver',
                '',
                result.outcome === 'created'
                    ? `Delivered **v${result.version}** of \`${result.project}\` (${result.bytesUploaded} bytes uploaded).`
                    : `\`${result.project}\` is unchanged: **v${result.version}** already holds these files; nothing uploaded.`,
                '',
                `Shared link (${result.shareStatus}): ${result.shareUrl}`,
                '',
                '| file | size | content hash |',
                '| --- | --- | --- |',
                ...result.files.map((file) => `| ${file.name.replace(/\|/g, '\\|')} | ${file.size} | \`${file.contentHash.slice(0, 16)}…\` |`),
                '',
            ].join('\n'),
        };
    },
});


/***/ }),

/***/ 40018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ dropboxSettings),
/* harmony export */   U: () => (/* binding */ dropboxInputs)
/* harmony export */ });
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77582);

const dropboxInputs = {
    'dropbox-access-token': { description: 'A Dropbox access token (short-lived). Prefer a refresh token for CI.', secret: true },
    'dropbox-refresh-token': { description: 'A Dropbox refresh token; needs dropbox-app-key and dropbox-app-secret.', secret: true },
    'dropbox-app-key': { description: 'The Dropbox app key, for refreshing the access token.' },
    'dropbox-app-secret': { description: 'The Dropbox app secret, for refreshing the access token.', secret: true },
    'use-api-root-folder': { description: 'true: put every delivery path under api-root-folder (bot-root mode).', default: 'false' },
    'api-root-folder': { description: 'The folder every Dropbox path goes under when use-api-root-folder is true (e.g. /Apps/shipgate-bot).' },
    'dropbox-api-url': {
        description: 'Send Dropbox API requests to this endpoint instead of api.dropboxapi.com and content.dropboxapi.com (tests, proxies). Also read from SHIPGATE_DROPBOX_API_URL.',
    },
};
/** The parsed form of dropboxInputs. */
const dropboxSettings = {
    'dropbox-access-token': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'dropbox-refresh-token': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'dropbox-app-key': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'dropbox-app-secret': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'use-api-root-folder': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.boolean(false),
    'api-root-folder': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'dropbox-api-url': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
};


/***/ }),

/***/ 90473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deliverCommand: () => (/* binding */ deliverCommand),
/* harmony export */   describeDelivery: () => (/* binding */ describeDelivery)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _actions_deliver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90509);
/* harmony import */ var _delivery_deliver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44087);
/* harmony import */ var _delivery_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10495);
/* harmony import */ var _delivery_open_destination_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54552);
/* harmony import */ var _delivery_progress_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(69530);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19473);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20152);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38660);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1973);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(32853);
// `shipgate deliver`: the deliver action on this machine (flags named as its inputs), with a
// progress bar on a terminal; `shipgate deliver show` prints the current delivery and recent runs.











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
async function deliverCommand(args, io) {
    if (args[0] === 'show')
        return showDelivery(args.slice(1), io);
    if (process.stderr.isTTY)
        (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .useProgress */ .p1)(() => (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .terminalProgress */ .e3)(process.stderr));
    try {
        return await (0,_run_js__WEBPACK_IMPORTED_MODULE_9__.runActionWithFlags)(_actions_deliver_js__WEBPACK_IMPORTED_MODULE_1__.deliverAction, withSwitches(args), io, 'shipgate deliver');
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
    const logger = new _platform_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .ConsoleLogger */ .Cr(io.env.SHIPGATE_DEBUG === '1', (line) => io.err(line), (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .logFormatOf */ .rQ)(io.env));
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
        // `manifest` is the delivery-manifest contract as stored, numbers and all; `currentVersion` is the label people read.
        if (values.json)
            io.out(JSON.stringify({ project: manifest.project, manifestPath: destination.displayPath(manifestFile), currentVersion: manifest.current ? `v${manifest.current.currentVersion}` : null, manifest }, null, 2));
        else
            io.out(describeDelivery(manifest, destination.displayPath(''), Number.isInteger(runs) && runs > 0 ? runs : 10));
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok;
    }
    catch (error) {
        const userError = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .userErrorOf */ .zb)(error);
        io.err(`shipgate deliver show: ${userError?.message ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
        return userError ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.usage : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.no;
    }
}


/***/ }),

/***/ 32853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionUsage: () => (/* binding */ actionUsage),
/* harmony export */   runActionWithFlags: () => (/* binding */ runActionWithFlags),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21956);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _platform_github_action_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38925);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1973);
/* harmony import */ var _local_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88092);
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
        const userError = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .userErrorOf */ .zb)(error);
        if (values.json)
            io.out(JSON.stringify({ action: definition.name, outputs: {}, failed: userError?.message ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error) }, null, 2));
        if (userError) {
            io.err(`${definition.name}: ${userError.message}`);
            return userError instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.no : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
        }
        io.err(`${definition.name}: unexpected error (a bug in shipgate): ${error.stack ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.no;
    }
}


/***/ }),

/***/ 69530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e3: () => (/* binding */ terminalProgress),
/* harmony export */   p1: () => (/* binding */ useProgress),
/* harmony export */   zv: () => (/* binding */ progressSink)
/* harmony export */ });
let factory;
/** Set by the command when stderr is a terminal; the action asks for a progress sink per run. */
function useProgress(make) {
    factory = make;
}
function progressSink() {
    return factory?.();
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
/** A one-line bar redrawn in place at most ten times a second. */
function terminalProgress(stream, now = Date.now) {
    let total = 0;
    let done = 0;
    let started = 0;
    let lastDraw = 0;
    let active = false;
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
            stream.write('\n');
            active = false;
        },
    };
}


/***/ })

};
