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
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(13021);
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
        // Everything logged during the run goes through the display's logger: at a terminal it keeps the bar apart.
        const display = (0,_delivery_progress_js__WEBPACK_IMPORTED_MODULE_9__/* .progressDisplay */ .m)(context.logger, () => context.clock.now().getTime());
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
        }, { logger: display.logger, clock: context.clock });
        const { result, resultPath, manifestPath } = await (0,_delivery_deliver_js__WEBPACK_IMPORTED_MODULE_0__/* .deliver */ .cK)({
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
                    ? `Delivered **v${result.version}** of ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .code */ .aY)(result.project)} (${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .plural */ .LS)(result.bytesUploaded, 'byte')} uploaded).`
                    : `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .code */ .aY)(result.project)} is unchanged: **v${result.version}** already holds these files; nothing uploaded.`,
                '',
                `Shared link (${result.shareStatus ?? 'none'}): ${result.shareUrl ?? 'none'}`,
                '',
                '| file | size | content hash |',
                '| --- | --- | --- |',
                ...result.files.map((file) => `| ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeCell */ .kq)(file.name)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .plural */ .LS)(file.size, 'byte')} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .codeCell */ .MZ)((0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .shortDigest */ .VK)(file.contentHash))} |`),
                '',
                ...(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .digestDetails */ .XH)(result.files.map((file) => [file.name, file.contentHash])),
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

/***/ 69530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e3: () => (/* binding */ terminalProgress),
/* harmony export */   m: () => (/* binding */ progressDisplay),
/* harmony export */   p1: () => (/* binding */ useProgress)
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
