export const id = 473;
export const ids = [473,4552,9530];
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
/* harmony import */ var _evidence_artifacts_dir_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32597);

const shaInput = {
    description: 'The commit SHA of the release (40 lowercase hex). Default: the SHA that triggered the workflow.',
};
const artifactsDirInput = {
    description: 'The folder that holds the evidence contracts.',
    default: _evidence_artifacts_dir_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ARTIFACTS_DIR */ .q,
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92857);
/* harmony import */ var _delivery_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10495);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77582);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13021);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38660);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48959);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20877);
/* harmony import */ var _dropbox_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40018);
// The deliver action: inputs -> deliver (Dropbox or a local folder) -> version, share-url, outcome.








const DEFAULT_DESTINATION = 'local:deliveries';
const deliverAction = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .defineAction */ .QP)({
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
        sha: _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .shaInput */ .FN,
        'artifacts-dir': _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactsDirInput */ .Lp,
        ..._dropbox_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .dropboxInputs */ .U,
        'refresh-share-link': { description: 'true: check that the stable shared link still exists and recreate it if it was revoked.', default: 'false' },
        'stable-folder': { description: 'The folder (inside the project) that holds the versions and carries the stable shared link.', default: _delivery_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultLayout */ .Md.stableFolder },
        'version-prefix': { description: 'Version folders are named <prefix><N> inside the stable folder.', default: _delivery_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultLayout */ .Md.versionPrefix },
        'manifest-file': { description: 'Where the delivery manifest is kept, inside the project.', default: _delivery_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultLayout */ .Md.manifestFile },
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
    settings: zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
        files: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.list(),
        project: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
        destination: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
        sha: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.sha(),
        'artifacts-dir': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
        ..._dropbox_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .dropboxSettings */ .K,
        'refresh-share-link': _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.boolean(false),
        'stable-folder': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
        'version-prefix': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]*$/, 'may hold only letters, digits, _ . and -'),
        'manifest-file': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
        timeout: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.seconds(3600),
        'follow-symlinks': _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.boolean(false),
    }),
    async run(settings, context) {
        const sha = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveSha */ .vc)(settings.sha, context.environment);
        const envApiUrl = process.env.SHIPGATE_DROPBOX_API_URL || undefined;
        const masker = new _platform_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretMasker */ .M2();
        for (const secret of [settings['dropbox-access-token'], settings['dropbox-refresh-token'], settings['dropbox-app-secret']])
            if (secret)
                masker.add(secret);
        const layout = {
            stableFolder: (0,_delivery_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .relativeDeliveryPath */ .MM)(settings['stable-folder'], 'stable-folder'),
            versionPrefix: settings['version-prefix'],
            manifestFile: (0,_delivery_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .relativeDeliveryPath */ .MM)(settings['manifest-file'], 'manifest-file'),
        };
        // The destinations, the progress display and the delivery itself load once the inputs are known
        // good, so that a bad input fails fast.
        const { openDestination } = await Promise.all(/* import() */[__webpack_require__.e(9996), __webpack_require__.e(1130), __webpack_require__.e(4901), __webpack_require__.e(3660), __webpack_require__.e(4552)]).then(__webpack_require__.bind(__webpack_require__, 54552));
        const { progressDisplay } = await __webpack_require__.e(/* import() */ 9530).then(__webpack_require__.bind(__webpack_require__, 69530));
        const { deliver } = await Promise.all(/* import() */[__webpack_require__.e(9996), __webpack_require__.e(1130), __webpack_require__.e(3660), __webpack_require__.e(4087), __webpack_require__.e(3959)]).then(__webpack_require__.bind(__webpack_require__, 44087));
        // Everything logged during the run goes through the display's logger: at a terminal it keeps the bar apart.
        const display = progressDisplay(context.logger, () => context.clock.now().getTime());
        const destination = await openDestination({
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
        }, { logger: display.logger, clock: context.clock });
        const { result, resultPath, manifestPath } = await deliver({
            sha,
            project: settings.project,
            files: settings.files,
            workspace: context.environment.workspace,
            layout,
            refreshShareLink: settings['refresh-share-link'],
            followSymlinks: settings['follow-symlinks'],
            destinationLabel: settings.destination,
        }, { destination, store: context.openStore(settings['artifacts-dir']), logger: display.logger, clock: context.clock, progress: display.progress, mask: (text) => masker.mask(text) });
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
                    ? `Delivered **v${result.version}** of ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(result.project)} (${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(result.bytesUploaded, 'byte')} uploaded).`
                    : `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(result.project)} is unchanged: **v${result.version}** already holds these files; nothing uploaded.`,
                '',
                `Shared link (${result.shareStatus ?? 'none'}): ${result.shareUrl ?? 'none'}`,
                '',
                '| file | size | content hash |',
                '| --- | --- | --- |',
                ...result.files.map((file) => `| ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeCell */ .kq)(file.name)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(file.size, 'byte')} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .codeCell */ .MZ)((0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .shortDigest */ .VK)(file.contentHash))} |`),
                '',
                ...(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .digestDetails */ .XH)(result.files.map((file) => [file.name, file.contentHash])),
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
/* harmony export */   deliverSubcommands: () => (/* binding */ deliverSubcommands),
/* harmony export */   describeDelivery: () => (/* binding */ describeDelivery)
/* harmony export */ });
/* harmony import */ var _actions_deliver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90509);
/* harmony import */ var _delivery_deliver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44087);
/* harmony import */ var _delivery_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10495);
/* harmony import */ var _delivery_open_destination_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54552);
/* harmony import */ var _delivery_progress_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(69530);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20152);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38660);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1973);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4327);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32853);
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
        throw new _io_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`unknown subcommand '${args[0]}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_8__/* .didYouMean */ .au)(args[0], deliverSubcommands)}; 'shipgate deliver' takes options, 'shipgate deliver show' shows a delivery`, 'shipgate deliver');
    }
    // A bar only where a person watches in the text format; a pipe or a JSON log gets the plain progress lines.
    if (process.stderr.isTTY && (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .logFormatOf */ .rQ)(io.env) === 'text')
        (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_9__/* .useProgress */ .p1)((logger, now) => (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_9__/* .terminalProgress */ .e3)(process.stderr, logger, now));
    try {
        return await (0,_run_js__WEBPACK_IMPORTED_MODULE_7__.runActionWithFlags)(_actions_deliver_js__WEBPACK_IMPORTED_MODULE_0__.deliverAction, withSwitches(args), io, 'shipgate deliver');
    }
    finally {
        (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_9__/* .useProgress */ .p1)(undefined);
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
    const values = (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFlags */ .bQ)(name, args, {
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
        return _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
    }
    const flag = (name) => (typeof values[name] === 'string' && values[name] !== '' ? values[name] : undefined);
    if (!flag('project'))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--project is required', name);
    const runs = Number(flag('runs') ?? 10);
    if (!Number.isInteger(runs) || runs < 1)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--runs '${flag('runs')}' must be a positive whole number`, name);
    const logger = new _platform_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .ConsoleLogger */ .Cr(io.env.SHIPGATE_DEBUG === '1', (line) => io.err(line), (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .logFormatOf */ .rQ)(io.env));
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
    }, { logger, clock: _platform_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .systemClock */ .m });
    const manifestFile = (0,_delivery_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeDeliveryPath */ .MM)(flag('manifest-file') ?? _delivery_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultLayout */ .Md.manifestFile, 'manifest-file');
    const { manifest } = await (0,_delivery_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .loadManifest */ .e)(destination, manifestFile);
    if (!manifest) {
        if (values.json)
            io.out(JSON.stringify({ project: flag('project'), manifestPath: destination.displayPath(manifestFile), manifest: null }, null, 2));
        else
            io.err(`shipgate deliver show: no delivery yet: ${destination.displayPath(manifestFile)} does not exist`);
        return _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.no;
    }
    // `manifest` is the delivery-manifest contract as stored, numbers and all; `currentVersion` is the label people read.
    if (values.json)
        io.out(JSON.stringify({ project: manifest.project, manifestPath: destination.displayPath(manifestFile), currentVersion: manifest.current ? `v${manifest.current.currentVersion}` : null, manifest }, null, 2));
    else
        io.out(describeDelivery(manifest, destination.displayPath(''), runs));
    return _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
}


/***/ }),

/***/ 10495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ versionOfFolder),
/* harmony export */   G2: () => (/* binding */ parseDestination),
/* harmony export */   MM: () => (/* binding */ relativeDeliveryPath),
/* harmony export */   Md: () => (/* binding */ defaultLayout),
/* harmony export */   SY: () => (/* binding */ deliveryFileName),
/* harmony export */   pN: () => (/* binding */ versionFolder)
/* harmony export */ });
/* unused harmony exports DEFAULT_STABLE_FOLDER, DEFAULT_VERSION_PREFIX, DEFAULT_MANIFEST_FILE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
// Where a delivery goes: the destination (a Dropbox path or a local folder) and the layout under
// `<destination>/<project>/`, every part of it checked so that nothing derived from input escapes.

const DEFAULT_STABLE_FOLDER = '01_Deliverables/Final';
const DEFAULT_VERSION_PREFIX = 'v';
const DEFAULT_MANIFEST_FILE = '00_Admin/.shipgate/manifest/delivery_manifest.json';
const defaultLayout = {
    stableFolder: DEFAULT_STABLE_FOLDER,
    versionPrefix: DEFAULT_VERSION_PREFIX,
    manifestFile: DEFAULT_MANIFEST_FILE,
};
/** `dropbox:/Clients/Acme` or `local:deliveries`; the error says which forms are accepted. */
function parseDestination(value) {
    const colon = value.indexOf(':');
    const scheme = colon > 0 ? value.slice(0, colon) : '';
    const rest = value.slice(colon + 1).trim();
    if (scheme === 'dropbox') {
        const segments = rest.split('/').filter((segment) => segment !== '');
        for (const segment of segments)
            checkSegment(segment, `destination '${value}'`);
        return { kind: 'dropbox', path: segments.length === 0 ? '' : `/${segments.join('/')}` };
    }
    if (scheme === 'local') {
        if (rest === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`destination '${value}': give a folder after local:, e.g. local:deliveries`);
        return { kind: 'local', folder: rest };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`destination '${value}': expected dropbox:<path> (e.g. dropbox:/Clients/Acme) or local:<folder> (e.g. local:deliveries)`);
}
function checkSegment(segment, what) {
    if (segment === '..' || segment === '.') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what}: '${segment}' is not allowed; a delivery path must stay inside the destination`);
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\\]/.test(segment)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what}: '${segment}' holds a control character or a backslash; use plain names separated by /`);
    }
}
/** A relative path of plain segments: no `..`, no `.`, no leading slash, nothing empty. */
function relativeDeliveryPath(value, what) {
    const trimmed = value.trim();
    if (trimmed === '' || trimmed.startsWith('/')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what}: '${value}' must be a relative path inside the destination, e.g. ${what === 'project' ? 'acme-website' : DEFAULT_STABLE_FOLDER}`);
    }
    const segments = trimmed.split('/').filter((segment) => segment !== '');
    for (const segment of segments)
        checkSegment(segment, `${what} '${value}'`);
    return segments.join('/');
}
/** A file name inside a version folder: one plain segment. */
function deliveryFileName(name, source) {
    if (name.includes('/') || name === '' || name === '.' || name === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`files: '${source}' gives the file name '${name}', which cannot be delivered; rename the file`);
    }
    checkSegment(name, `files '${source}'`);
    return name;
}
function versionFolder(layout, version) {
    return `${layout.stableFolder}/${layout.versionPrefix}${version}`;
}
/** The version number of a folder name in the stable folder, or undefined for any other name. */
function versionOfFolder(layout, name) {
    if (!name.toLowerCase().startsWith(layout.versionPrefix.toLowerCase()))
        return undefined;
    const digits = name.slice(layout.versionPrefix.length);
    return /^[1-9][0-9]{0,8}$/.test(digits) ? Number(digits) : undefined;
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
/* harmony import */ var _content_hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15297);
/* harmony import */ var _source_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(41454);
// The local-folder destination: the same layout and manifest as Dropbox, in a folder on this
// machine. The stable link is the stable folder's file:// URL; the manifest revision is its hash.
// The project folder keeps the content hashes of the files it wrote (.shipgate-content-hashes.json,
// outside the shared folder), so that a later run lists them without reading them again.











const LOCK_STALE_MS = 30_000;
/** In the project folder, beside the folders it names (listings skip `.shipgate-` names). */
const HASHES_FILE = '.shipgate-content-hashes.json';
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
            if (name.startsWith('.shipgate-'))
                continue;
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name), { bigint: true });
            if (info.isDirectory())
                entries.push({ kind: 'folder', name });
            else if (info.isFile())
                entries.push({ kind: 'file', name, size: Number(info.size), contentHash: await contentHashOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name), info, known.files[hashKey(relative, name)]) });
        }
        return entries;
    }
    async upload(folder, items, progress) {
        const target = this.displayPath(folder);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(target, { recursive: true });
        const uploaded = [];
        const written = {};
        for (const item of items) {
            // Copy to a hidden name, hashing what is read as it is written, then rename: a crash leaves
            // no half file. Blocks are written at their offsets, so a write need not wait for the last.
            const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, `.shipgate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.randomBytes)(6).toString('hex')}.tmp`);
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
        await this.rememberHashes(written);
        return uploaded;
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
        try {
            apiUrl = new URL(settings.dropboxApiUrl).href;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${settings.dropboxApiUrlSource ?? 'dropbox-api-url'}: '${settings.dropboxApiUrl}' is not a URL; give e.g. http://127.0.0.1:8080`);
        }
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


/***/ }),

/***/ 13021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   OB: () => (/* binding */ hasFullDigest),
/* harmony export */   UU: () => (/* binding */ humanDuration),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   XH: () => (/* binding */ digestDetails),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fQ: () => (/* binding */ shortenDigests),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony export failureSummary */
// Markdown for job summaries, which GitHub renders as it renders any Markdown: table cells that a
// pipe, a newline or an angle bracket cannot break, digests short enough to read, durations in words,
// and the summary a step writes when it fails by throwing.
function statusIcon(status) {
    return { success: '✅', partial_success: '⚠️', failure: '❌' }[status];
}
/**
 * Text as Markdown shows it literally: `<abc@x>` stays text (not a tag, not a mailto link), and
 * `*`, `_`, `[`, backticks and backslashes do not turn into formatting.
 */
function escapeText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]])/g, '\\$1');
}
/** A table cell: escaped text on one line, with `|` escaped so it does not split the cell. */
function escapeCell(text) {
    return escapeText(text).replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}
/** Inline code in prose; a fence longer than any backtick run inside, so none ends it early. */
function code(text) {
    const oneLine = text.replace(/\r?\n|\r/g, ' ');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Inline code in a table cell: GitHub reads `\|` as a pipe even inside a code span. */
function codeCell(text) {
    return code(text).replace(/\|/g, '\\|');
}
const DIGEST_HEX = /\b[0-9a-f]{64}\b/g;
/** `sha256:` and the first 12 hex characters of a digest (a bare 64-hex value keeps 12); anything else as it is. */
function shortDigest(digest) {
    return digest.replace(DIGEST_HEX, (hex) => hex.slice(0, 12));
}
/** Text with every 64-hex digest in it cut to 12 characters; the full values belong in digestDetails. */
function shortenDigests(text) {
    return shortDigest(text);
}
/** True when the text holds a digest that shortDigest would cut. */
function hasFullDigest(text) {
    return new RegExp(DIGEST_HEX.source).test(text);
}
/**
 * The full digests, collapsed: one `<details>` block for the end of a summary, so the page shows
 * short digests and a reader who needs a full one can open it. Empty when there is nothing to show.
 */
function digestDetails(entries) {
    const shown = entries.filter(([, digest]) => digest !== '');
    if (shown.length === 0)
        return [];
    return [
        '<details><summary>Full digests</summary>',
        '',
        '| of | digest |',
        '| --- | --- |',
        ...shown.map(([label, digest]) => `| ${escapeCell(label)} | ${codeCell(digest)} |`),
        '',
        '</details>',
        '',
    ];
}
/** 850 ms, 4.2s, 2m 5s, 3h 54m, 8d 3h 54m: the units that matter, largest first, zero parts left out. */
function humanDuration(ms) {
    if (!Number.isFinite(ms))
        return 'unknown';
    if (ms < 0)
        return `-${humanDuration(-ms)}`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 10_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600)
        return joinUnits([[Math.floor(seconds / 60), 'm'], [seconds % 60, 's']]);
    const minutes = Math.round(ms / 60_000);
    if (minutes < 24 * 60)
        return joinUnits([[Math.floor(minutes / 60), 'h'], [minutes % 60, 'm']]);
    return joinUnits([[Math.floor(minutes / 1440), 'd'], [Math.floor((minutes % 1440) / 60), 'h'], [minutes % 60, 'm']]);
}
function joinUnits(parts) {
    return parts
        .filter(([value]) => value > 0)
        .map(([value, unit]) => `${value}${unit}`)
        .join(' ');
}
/** `1 component`, `2 components`; the plural form when adding an s does not make it. */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
const BUG_PREFIX = 'unexpected error (a bug in shipgate)';
/**
 * The job summary of a step that failed by throwing: what failed, where, and what to do about it.
 * The message is the error as the user is told it (a ConfigurationError's says what and how to fix);
 * a bug's stack trace is kept, collapsed.
 */
function failureSummary(actionName, message, location) {
    const [firstLine = '', ...rest] = message.split(/\r?\n/);
    const isBug = message.startsWith(BUG_PREFIX);
    const lines = [`## ${statusIcon('failure')} ${escapeText(actionName)} failed`, '', escapeText(shortenDigests(firstLine.trim() || 'failed without a message')), ''];
    if (location?.file) {
        lines.push(`**Where:** ${code(location.file)}${location.line === undefined ? '' : ` line ${location.line}`}`, '');
    }
    lines.push(isBug
        ? '**What to do:** this is a bug in shipgate, not in your inputs: re-run the step, and if it fails again report it with the details below.'
        : `**What to fix:** the ${location?.file ? 'file' : 'input or file'} the message names, as it says; then re-run the step.`, '');
    if (rest.length > 0 || hasFullDigest(firstLine)) {
        lines.push('<details><summary>Full message</summary>', '', '```text', message.replace(/```/g, '`\u200b``'), '```', '', '</details>', '');
    }
    return lines.join('\n');
}


/***/ })

};
