export const id = 509;
export const ids = [509];
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
        timeout: { description: 'Seconds (a plain decimal number, at least 1) the whole transfer may take, retries and Retry-After waits included.', default: '3600' },
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
        const layout = (0,_delivery_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .deliveryLayout */ .Hs)(settings['stable-folder'], settings['version-prefix'], settings['manifest-file']);
        // The destinations, the progress display and the delivery itself load once the inputs are known
        // good, so that a bad input fails fast.
        const { openDestination } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1130), __webpack_require__.e(4901), __webpack_require__.e(7450), __webpack_require__.e(4552)]).then(__webpack_require__.bind(__webpack_require__, 54552));
        const { progressDisplay } = await __webpack_require__.e(/* import() */ 9530).then(__webpack_require__.bind(__webpack_require__, 69530));
        const { deliver } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1130), __webpack_require__.e(7450), __webpack_require__.e(4087), __webpack_require__.e(3959)]).then(__webpack_require__.bind(__webpack_require__, 44087));
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

/***/ 10495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ versionOfFolder),
/* harmony export */   G2: () => (/* binding */ parseDestination),
/* harmony export */   Hs: () => (/* binding */ deliveryLayout),
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
/**
 * The layout from its three inputs, each checked, and checked against each other: the manifest
 * outside the stable folder (whose shared link would show it), and no name of shipgate's own
 * files in the project folder (`.shipgate-…`).
 */
function deliveryLayout(stableFolder, versionPrefix, manifestFile) {
    const layout = { stableFolder: relativeDeliveryPath(stableFolder, 'stable-folder'), versionPrefix, manifestFile: relativeDeliveryPath(manifestFile, 'manifest-file') };
    for (const [what, path] of [['stable-folder', layout.stableFolder], ['manifest-file', layout.manifestFile]]) {
        if (path.split('/').some((segment) => segment.toLowerCase().startsWith('.shipgate-'))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what} '${path}': names that start with .shipgate- are kept for shipgate's own files in the project folder; choose another name`);
        }
    }
    // Compared case-insensitively, as Dropbox compares paths.
    const within = (path, folder) => path.toLowerCase() === folder.toLowerCase() || path.toLowerCase().startsWith(`${folder.toLowerCase()}/`);
    if (within(layout.manifestFile, layout.stableFolder)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`manifest-file '${layout.manifestFile}' is inside stable-folder '${layout.stableFolder}', where the shared link would show it among the versions; keep it outside, e.g. ${DEFAULT_MANIFEST_FILE}`);
    }
    if (within(layout.stableFolder, layout.manifestFile)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`stable-folder '${layout.stableFolder}' is inside manifest-file '${layout.manifestFile}'; the manifest is a file, give them separate paths`);
    }
    return layout;
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
