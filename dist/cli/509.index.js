export const id = 509;
export const ids = [509,8959];
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


/***/ }),

/***/ 38660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ ConsoleLogger),
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   p$: () => (/* binding */ smtpCredentialForms),
/* harmony export */   rQ: () => (/* binding */ logFormatOf)
/* harmony export */ });
/* unused harmony exports jsonLogLine, secretForms, RunnerLogger, RecordingLogger */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32854);
// The Logger seam: stages log through it; the action writes annotations, the command writes to
// stderr, tests record. Every implementation masks the secrets it was given. Structured events
// (logger.event) are written only in the JSON log format, one object per line.

/** The log format an environment asks for: SHIPGATE_LOG_FORMAT=json, else text (anything else is refused by whoever reads the flag). */
function logFormatOf(env) {
    return env.SHIPGATE_LOG_FORMAT?.trim().toLowerCase() === 'json' ? 'json' : 'text';
}
/**
 * One JSON line: the fields given (undefined left out), every string masked before it is
 * serialised (the masker knows each secret's JSON-escaped, URL and base64 forms), and the line
 * masked once more as written.
 */
function jsonLogLine(masker, fields) {
    const masked = Object.fromEntries(Object.entries(fields)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => [name, typeof value === 'string' ? masker.mask(value) : value]));
    return masker.mask(JSON.stringify(masked));
}
function eventLine(masker, name, fields) {
    return jsonLogLine(masker, { event: name, time: new Date().toISOString(), ...fields });
}
/** Shorter secrets are not masked: masking every "ab" would garble the log and hide nothing. */
const MIN_SECRET_LENGTH = 3;
/** A base64 fragment shorter than this could turn up by chance; the whole encodings are kept at any length. */
const MIN_FRAGMENT_LENGTH = 8;
function urlSafe(base64) {
    return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
/** base64 of a text, standard and URL-safe, each with and without its padding. */
function base64Forms(text) {
    const base64 = Buffer.from(text, 'utf8').toString('base64');
    const padding = base64.slice(base64.replace(/=+$/, '').length);
    return [base64, base64.slice(0, base64.length - padding.length), urlSafe(base64), `${urlSafe(base64)}${padding}`];
}
/**
 * The part of base64(prefix + value + suffix) that depends on the value alone, for a prefix of
 * `shift` bytes (0, 1 or 2 modulo 3): the characters that also carry bits of the prefix or the
 * suffix are cut off. This is how a secret looks inside a longer encoded string, such as a basic
 * auth header or a SASL blob, whatever surrounds it.
 */
function base64Fragment(bytes, shift) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64').replace(/=+$/, '');
    const head = [0, 2, 3][shift];
    const tail = [0, 1, 1][(shift + bytes.length) % 3];
    return encoded.slice(head, encoded.length - tail);
}
/**
 * Every form a secret takes in what shipgate writes or a server echoes: itself, JSON-escaped,
 * URL-encoded (encodeURIComponent and form encoding), base64 (standard and URL-safe, padded or
 * not) and the value's base64 inside a longer base64 string at each of the three alignments.
 * Longest first; none when the value is too short to mask. SecretMasker and the runner's
 * add-mask both take their forms from here.
 */
function secretForms(value) {
    if (value.length < MIN_SECRET_LENGTH)
        return [];
    const bytes = Buffer.from(value, 'utf8');
    // encodeURIComponent refuses a lone surrogate; every encoder writes one as U+FFFD, and so does URLSearchParams.
    const wellFormed = value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
    const forms = new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(wellFormed), new URLSearchParams({ v: value }).toString().slice(2), ...base64Forms(value)]);
    for (const shift of [0, 1, 2]) {
        const fragment = base64Fragment(bytes, shift);
        if (fragment.length < MIN_FRAGMENT_LENGTH)
            continue;
        forms.add(fragment);
        forms.add(urlSafe(fragment));
    }
    return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}
/**
 * What SMTP authentication puts on the wire for a username and password, each a secret of its
 * own (register every one; its encodings come with it): AUTH PLAIN's base64 of
 * `authzid\0user\0password` with an empty authzid, the user as authzid, or neither, in standard
 * and URL-safe base64, and AUTH LOGIN's base64 of the username and of the password.
 */
function smtpCredentialForms(username, password) {
    const forms = new Set([password, ...base64Forms(password)]);
    if (username) {
        for (const sent of [username, `\0${username}\0${password}`, `${username}\0${username}\0${password}`, `${username}\0${password}`]) {
            for (const form of base64Forms(sent))
                forms.add(form);
        }
    }
    return [...forms];
}
/**
 * Replaces every registered secret, in all its forms, in a text; used for anything written out,
 * not only logs. Every character any form covers is masked, whatever the order the forms were
 * added in: a shorter form masked first cannot leave the rest of a longer one readable.
 */
class SecretMasker {
    forms = new Set();
    add(value) {
        for (const form of secretForms(value))
            this.forms.add(form);
    }
    mask(text) {
        let covered;
        for (const form of this.forms) {
            for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1))
                (covered ??= new Uint8Array(text.length)).fill(1, at, at + form.length);
        }
        if (!covered)
            return text;
        let masked = '';
        for (let index = 0; index < text.length;) {
            const start = index;
            const hidden = covered[index];
            while (index < text.length && covered[index] === hidden)
                index++;
            masked += hidden ? '***' : text.slice(start, index);
        }
        return masked;
    }
}
/** Logs as a GitHub Actions step: annotations for warnings and errors, add-mask for secrets. */
class RunnerLogger {
    format;
    masker = new SecretMasker();
    /** Forms already sent to the runner: secrets overlap (a password and its AUTH blobs), the commands need not. */
    registered = new Set();
    /**
     * json: events and info lines are JSON objects on stdout, one a line; warnings and errors stay
     * workflow commands (::warning::, ::error::), which the runner turns into annotations and does
     * not show as such, and are also written as a JSON log line so a reader of the log sees them.
     */
    constructor(format = 'text') {
        this.format = format;
    }
    event(name, fields) {
        if (this.format === 'json')
            process.stdout.write(`${eventLine(this.masker, name, fields)}\n`);
    }
    info(message) {
        process.stdout.write(`${this.format === 'json' ? jsonLogLine(this.masker, { event: 'log', level: 'info', message }) : this.masker.mask(message)}\n`);
    }
    warning(message, location = {}) {
        this.jsonEcho('warning', message, location);
        annotate('warning', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
    }
    error(message, location = {}) {
        this.jsonEcho('error', message, location);
        annotate('error', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
    }
    jsonEcho(level, message, location) {
        if (this.format === 'json')
            process.stdout.write(`${jsonLogLine(this.masker, { event: 'log', level, message, file: location.file, line: location.line })}\n`);
    }
    debug(message) {
        if (process.env.RUNNER_DEBUG === '1')
            issueCommand('debug', {}, this.masker.mask(message));
    }
    secret(value) {
        this.masker.add(value);
        // The runner masks only what it was told, from the next line on: every form, before first use;
        // the value itself first, as the runner's own add-mask of an input would be.
        const forms = secretForms(value);
        for (const form of forms.includes(value) ? [value, ...forms.filter((other) => other !== value)] : forms) {
            if (this.registered.has(form))
                continue;
            this.registered.add(form);
            maskSecret(form);
        }
    }
}
/** Logs for a person at a terminal: plain lines on stderr, so stdout stays for results. */
class ConsoleLogger {
    verbose;
    write;
    format;
    masker = new SecretMasker();
    constructor(verbose = false, write = (line) => process.stderr.write(`${line}\n`), 
    /** json: every line on the log stream (stderr) is a JSON object, events included; stdout keeps the results. */
    format = 'text') {
        this.verbose = verbose;
        this.write = write;
        this.format = format;
    }
    event(name, fields) {
        if (this.format === 'json')
            this.write(eventLine(this.masker, name, fields));
    }
    info(message) {
        this.line('info', message);
    }
    warning(message, location = {}) {
        this.line('warning', message, location);
    }
    error(message, location = {}) {
        this.line('error', message, location);
    }
    debug(message) {
        if (this.verbose)
            this.line('debug', message);
    }
    line(level, message, location = {}) {
        if (this.format === 'json')
            this.write(jsonLogLine(this.masker, { event: 'log', level, message, file: location.file, line: location.line }));
        else
            this.write(`${level === 'info' ? '' : `${level}: `}${this.where(location)}${this.masker.mask(message)}`);
    }
    secret(value) {
        this.masker.add(value);
    }
    where(location) {
        if (!location.file)
            return '';
        return location.line ? `${location.file}:${location.line}: ` : `${location.file}: `;
    }
}
/** Keeps every entry, masked, for tests to read back. */
class RecordingLogger {
    entries = [];
    /** Each event as the JSON log format writes it, masked. */
    events = [];
    masker = new SecretMasker();
    event(name, fields) {
        this.events.push(eventLine(this.masker, name, fields));
    }
    info(message) {
        this.entries.push({ level: 'info', message: this.masker.mask(message) });
    }
    warning(message, location) {
        this.entries.push({ level: 'warning', message: this.masker.mask(message), location });
    }
    error(message, location) {
        this.entries.push({ level: 'error', message: this.masker.mask(message), location });
    }
    debug(message) {
        this.entries.push({ level: 'debug', message: this.masker.mask(message) });
    }
    secret(value) {
        this.masker.add(value);
    }
    text() {
        return this.entries.map((entry) => `${entry.level}: ${entry.message}`).join('\n');
    }
}


/***/ }),

/***/ 48959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Sf: () => (/* binding */ runEnvironmentFromEnv),
/* harmony export */   vc: () => (/* binding */ resolveSha)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
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


/***/ }),

/***/ 32854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WW: () => (/* binding */ setRunnerOutput)
/* harmony export */ });
/* unused harmony exports getRunnerInput, issueCommand, annotate, maskSecret, appendStepSummary */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
// The runner's side of the GitHub Actions protocol: inputs from INPUT_* variables, outputs and the
// job summary through the files the runner names, and workflow commands for annotations and masks.
// @actions/core does the same but loads its OIDC client (undici) eagerly, which doubles the start
// time of every action (bench/startup); this module keeps to the documented protocol only.



/** The raw value of an input as the runner passes it: trimmed, '' when not given. */
function getRunnerInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Writes one workflow command (`::name key=value::message`) to stdout. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function annotate(level, message, properties = {}) {
    issueCommand(level, { title: properties.title, file: properties.file, line: properties.startLine }, message);
}
function maskSecret(value) {
    for (const line of value.split(/\r?\n/))
        if (line.trim() !== '')
            issueCommand('add-mask', {}, line);
}
/** Appends `name<<delimiter` blocks to $GITHUB_OUTPUT, the runner's multi-line-safe format. */
function setRunnerOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file) {
        issueCommand('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('bug: output collides with its delimiter');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}
function appendStepSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (file)
        appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
}


/***/ })

};
