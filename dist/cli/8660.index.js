export const id = 8660;
export const ids = [8660];
export const modules = {

/***/ 19399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uH: () => (/* binding */ setOutput)
});

// UNUSED EXPORTS: annotationAt, appendSummary, debug, endGroup, error, getInput, info, isDebug, notice, setFailed, setSecret, startGroup, warning

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(70857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary_summary = (/* unused pure expression or super */ null && (_summary));
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./build/platform/actions-core.js





/**
 * Appends markdown to $GITHUB_STEP_SUMMARY through core's Summary. A Summary keeps the first path it
 * found for good, so each write takes a fresh one: a process that runs several steps (the command,
 * the tests) writes each to its own step's file.
 */
async function appendSummary(markdown, addEol) {
    const fresh = new summary.constructor();
    await fresh.addRaw(markdown, addEol).write();
}
/**
 * Annotation properties with only what is known: core writes `::error ::` (a stray space) for an
 * object whose properties are all undefined.
 */
function annotationAt(location) {
    const properties = {};
    if (location.title)
        properties.title = location.title;
    if (location.file)
        properties.file = location.file;
    if (location.line)
        properties.startLine = location.line;
    return properties;
}
/** core.getInput: INPUT_<NAME> (spaces as underscores, upper-cased), trimmed; '' when not given. */
function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
}
/** core.setOutput: a `name<<delimiter` block in $GITHUB_OUTPUT, the set-output command without it. */
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    process.stdout.write(external_node_os_.EOL);
    command_issueCommand('set-output', { name }, toCommandValue(value));
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + EOL);
}
function startGroup(name) {
    issue('group', name);
}
function endGroup() {
    issue('endgroup');
}
/** core.setFailed: an error annotation and exit code 1; it does not exit. The annotation may point at a file, as core.error's does. */
function setFailed(message, properties = {}) {
    process.exitCode = 1;
    error(message, properties);
}


/***/ }),

/***/ 38660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ ConsoleLogger),
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   mV: () => (/* binding */ HeldLogger),
/* harmony export */   p$: () => (/* binding */ smtpCredentialForms),
/* harmony export */   rQ: () => (/* binding */ logFormatOf)
/* harmony export */ });
/* unused harmony exports jsonLogLine, secretForms, RunnerLogger, RecordingLogger */
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19399);
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
/**
 * Holds what work running beside other work logs, and writes it in one fold when it is done
 * (release), so that concurrent checks do not mix their lines. Secrets and events go through at
 * once: a secret must be masked before it is first used.
 */
class HeldLogger {
    target;
    held = [];
    constructor(target) {
        this.target = target;
    }
    event(name, fields) {
        this.target.event(name, fields);
    }
    info(message) {
        this.held.push((logger) => logger.info(message));
    }
    warning(message, location) {
        this.held.push((logger) => logger.warning(message, location));
    }
    error(message, location) {
        this.held.push((logger) => logger.error(message, location));
    }
    debug(message) {
        this.held.push((logger) => logger.debug(message));
    }
    secret(value) {
        this.target.secret(value);
    }
    async group(title, fn) {
        this.info(title);
        return fn();
    }
    /** Writes what was held under the title, in one piece; nothing when nothing was logged. */
    async release(title) {
        const held = this.held.splice(0);
        if (held.length > 0)
            await this.target.group(title, () => held.forEach((write) => write(this.target)));
    }
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
/** Logs as a GitHub Actions step through @actions/core: annotations for warnings and errors, add-mask for secrets, folds for groups. */
class RunnerLogger {
    format;
    masker = new SecretMasker();
    /** Forms already sent to the runner: secrets overlap (a password and its AUTH blobs), the commands need not. */
    registered = new Set();
    inGroup = false;
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
            core.info(eventLine(this.masker, name, fields));
    }
    info(message) {
        core.info(this.format === 'json' ? jsonLogLine(this.masker, { event: 'log', level: 'info', message }) : this.masker.mask(message));
    }
    warning(message, location = {}) {
        this.jsonEcho('warning', message, location);
        core.warning(this.masker.mask(message), core.annotationAt(location));
    }
    error(message, location = {}) {
        this.jsonEcho('error', message, location);
        core.error(this.masker.mask(message), core.annotationAt(location));
    }
    jsonEcho(level, message, location) {
        if (this.format === 'json')
            core.info(jsonLogLine(this.masker, { event: 'log', level, message, file: location.file, line: location.line }));
    }
    debug(message) {
        if (core.isDebug())
            core.debug(this.masker.mask(message));
    }
    async group(title, fn) {
        // The runner has no nested folds: an inner group's lines stay in the outer one, under its title.
        if (this.inGroup) {
            this.info(title);
            return fn();
        }
        this.inGroup = true;
        core.startGroup(this.masker.mask(title));
        try {
            // No await for a synchronous fn: the fold closes before anything else can write.
            const result = fn();
            return result instanceof Promise ? await result : result;
        }
        finally {
            core.endGroup();
            this.inGroup = false;
        }
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
            // add-mask matches within a log line: a multi-line secret is masked line by line.
            for (const line of form.split(/\r?\n/))
                if (line.trim() !== '')
                    core.setSecret(line);
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
    /** No folds in a terminal: a header line says whose output follows. */
    async group(title, fn) {
        this.line('info', `--- ${title}`);
        return fn();
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
    /** The title of every group, in the order they were opened. */
    groups = [];
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
    async group(title, fn) {
        this.groups.push(this.masker.mask(title));
        return fn();
    }
    text() {
        return this.entries.map((entry) => `${entry.level}: ${entry.message}`).join('\n');
    }
}


/***/ })

};
