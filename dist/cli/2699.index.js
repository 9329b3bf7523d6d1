export const id = 2699;
export const ids = [2699,1670];
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

/***/ 41670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isValidAddress),
/* harmony export */   Ow: () => (/* binding */ domainOf),
/* harmony export */   c3: () => (/* binding */ requireAddress),
/* harmony export */   tM: () => (/* binding */ assertAllowedFrom)
/* harmony export */ });
/* unused harmony export parseAddressList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
// Mail addresses as shipgate accepts them: plain addr-spec only (no display names, no comments),
// checked before anything is rendered or sent, and the from-address allowlist.

// Deliberately narrower than RFC 5322: what real relays accept and what cannot smuggle headers.
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
function isValidAddress(address) {
    return address.length <= 254 && ADDRESS.test(address) && !address.includes('..');
}
/** The address checked, or a ConfigurationError that names where it came from. */
function requireAddress(address, where) {
    const trimmed = address.trim();
    if (!isValidAddress(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: '${address}' is not a mail address (expected name@example.com)`);
    return trimmed;
}
/** Splits a list input: one address per line or separated by commas. */
function parseAddressList(value, where) {
    const addresses = (value ?? []).flatMap((line) => line.split(',')).map((item) => item.trim()).filter((item) => item !== '');
    return addresses.map((address) => requireAddress(address, where));
}
function domainOf(address) {
    return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
/** `allowed-from` holds addresses and `@domain` entries; the comparison ignores case. */
function assertAllowedFrom(from, allowedFrom) {
    if (allowedFrom.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'allowed-from': not given; list the sender addresses (or @domain) that may send, e.g. allowed-from: ${from} (or mail.allowedFrom in shipgate.yml)`);
    }
    const address = from.toLowerCase();
    const allowed = allowedFrom.some((entry) => {
        const rule = entry.trim().toLowerCase();
        return rule.startsWith('@') ? domainOf(address) === rule.slice(1) : rule === address;
    });
    if (!allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'from': '${from}' is not in allowed-from (${allowedFrom.join(', ')}); use an allowed sender or add it to allowed-from`);
    }
}


/***/ }),

/***/ 80758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ NOTIFICATIONS_FOLDER)
/* harmony export */ });
// Where send-mail keeps its records under the artifacts folder. A module of its own so that an
// action can name the folder without loading the ledger and its schemas at start-up.
const NOTIFICATIONS_FOLDER = 'notifications';


/***/ }),

/***/ 12631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ parseCsvRows),
/* harmony export */   DC: () => (/* binding */ formatCsvRows),
/* harmony export */   Rh: () => (/* binding */ parseRoster),
/* harmony export */   kf: () => (/* binding */ rosterProblemLines),
/* harmony export */   ks: () => (/* binding */ readRoster),
/* harmony export */   or: () => (/* binding */ NOTE_COLUMN),
/* harmony export */   rp: () => (/* binding */ requireValidRoster)
/* harmony export */ });
/* unused harmony export REQUIRED_ROSTER_COLUMNS */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25175);
/* harmony import */ var csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96789);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35562);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41670);
// The roster of a scheduled send: a CSV file (RFC 4180) with email, name and status columns and any
// further columns, which templates can use. Validation reports every problem with its line number.





const REQUIRED_ROSTER_COLUMNS = ['email', 'name', 'status'];
/** Why a person's status is what it is: written by roster care and by the bounce scan. */
const NOTE_COLUMN = 'note';
/** The line each byte offset of the text is on: line breaks are \r\n and \n, or \r alone in a file with no \n. */
function lineCounter(bytes, lineBreak) {
    const breaks = [];
    for (let index = 0; index < bytes.length; index++)
        if (bytes[index] === lineBreak)
            breaks.push(index);
    return (offset) => {
        // Binary search: the number of line breaks before the offset.
        let low = 0;
        let high = breaks.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (breaks[middle] < offset)
                low = middle + 1;
            else
                high = middle;
        }
        return low + 1;
    };
}
const CSV_ERROR_MESSAGES = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed (a " is missing)',
    CSV_INVALID_CLOSING_QUOTE: 'a quoted field is followed by more text before the next comma; quote the whole field',
};
/**
 * Splits CSV text into rows with the line each starts on; quoted fields may hold commas, quotes
 * and newlines. Lines with nothing on them are left out. csv-parse counts a \r\n inside a quoted
 * field as two lines, so the line of a row is found from its byte offset instead.
 */
function parseCsvRows(text) {
    const bytes = Buffer.from(text, 'utf8');
    const macLineBreaks = !text.includes('\n') && text.includes('\r');
    const lineAt = lineCounter(bytes, macLineBreaks ? 0x0d : 0x0a);
    const rows = [];
    const problems = [];
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(bytes, {
            bom: true,
            info: true,
            relax_column_count: true,
            // A quote inside an unquoted field is kept as it is, as spreadsheets write them.
            relax_quotes: true,
            record_delimiter: macLineBreaks ? ['\r'] : ['\r\n', '\n'],
            skip_records_with_error: true,
            on_skip: (error) => {
                if (!error)
                    return;
                problems.push({ line: lineAt(error.bytes ?? 0), message: CSV_ERROR_MESSAGES[error.code ?? ''] ?? `not readable as CSV (${error.message})` });
            },
        });
    }
    catch (error) {
        const { bytes: offset } = error;
        return { rows, problems: [...problems, { line: lineAt(offset ?? 0), message: `not readable as CSV (${error.message})` }] };
    }
    let start = 0;
    for (const { record, info } of records) {
        const line = lineAt(start);
        start = info.bytes;
        if (record.length === 1 && record[0].trim() === '')
            continue;
        rows.push({ line, fields: record });
    }
    return { rows, problems };
}
/** Writes rows as CSV, quoting only the fields that need it; the inverse of parseCsvRows. */
function formatCsvRows(rows, lineBreak = '\n') {
    // A field with a \r or surrounding blanks is quoted too, so that it reads back as it was.
    return (0,csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .A)(rows, { record_delimiter: lineBreak === '\r\n' ? 'windows' : 'unix', quoted_match: /\r|^\s|\s$/ });
}
/** Parses and checks a roster; never throws for bad content, the problems say what and where. */
function parseRoster(text, path, rules = {}) {
    const required = rules.requiredColumns ?? REQUIRED_ROSTER_COLUMNS;
    const { rows, problems } = parseCsvRows(text);
    const [header, ...body] = rows;
    if (!header)
        return { path, columns: [], people: [], problems: [...problems, { line: 1, message: `empty roster: expected a header line with ${required.join(',')}` }] };
    const columns = header.fields.map((name) => name.trim().toLowerCase());
    const missing = required.filter((name) => !columns.includes(name));
    if (missing.length > 0) {
        problems.push({ line: header.line, message: `missing column(s) ${missing.join(', ')} in the header (found: ${columns.join(', ') || 'none'})` });
        return { path, columns, people: [], problems };
    }
    const repeated = columns.filter((name, position) => name === '' || columns.indexOf(name) !== position);
    if (repeated.length > 0)
        problems.push({ line: header.line, message: `empty or repeated column name(s) in the header: ${repeated.map((name) => `'${name}'`).join(', ')}` });
    const people = [];
    const firstLineOf = new Map();
    for (const row of body) {
        if (row.fields.length !== columns.length) {
            problems.push({ line: row.line, message: `has ${row.fields.length} field(s), the header has ${columns.length}: missing or extra columns` });
            continue;
        }
        const values = Object.fromEntries(columns.map((name, position) => [name, row.fields[position].trim()]));
        const email = values.email;
        // An import may leave status out (the roster's is kept); a roster never does.
        const status = values.status?.toLowerCase();
        let valid = true;
        if (!(0,_addresses_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidAddress */ .$m)(email)) {
            problems.push({ line: row.line, message: email === '' ? 'email is empty' : `email '${email}' is not a mail address` });
            valid = false;
        }
        if (status !== undefined && status !== 'active' && status !== 'inactive') {
            problems.push({ line: row.line, message: `status '${values.status}' must be active or inactive` });
            valid = false;
        }
        const key = email.toLowerCase();
        const first = firstLineOf.get(key);
        if (first !== undefined && email !== '') {
            problems.push({ line: row.line, message: `duplicate email '${email}' (first on line ${first})` });
            valid = false;
        }
        else if (email !== '') {
            firstLineOf.set(key, row.line);
        }
        if (valid)
            people.push({ email, name: values.name ?? '', status: (status ?? 'active'), columns: values, line: row.line });
    }
    return { path, columns, people, problems: problems.sort((a, b) => a.line - b.line) };
}
async function readRoster(path) {
    let text;
    try {
        text = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readUserTextFile */ .Vf)(path, 'a roster');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input 'roster': cannot read ${path} (${error.message})`, { file: path });
    }
    return parseRoster(text, path);
}
/** Every problem of a roster as `file:line: message`, one a line. */
function rosterProblemLines(roster) {
    return roster.problems.map((problem) => `${roster.path}:${problem.line}: ${problem.message}`).join('\n');
}
/** The roster, or a ConfigurationError listing every problem as file:line; nothing is sent from a broken roster. */
async function requireValidRoster(path) {
    const roster = await readRoster(path);
    if (roster.problems.length > 0) {
        const first = roster.problems[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`roster ${path} has ${roster.problems.length} problem(s); nothing was sent. Fix them (shipgate mail validate-roster --roster ${path}):\n` + rosterProblemLines(roster), { file: path, line: first.line });
    }
    return roster;
}


/***/ }),

/***/ 36981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ sendLogLine),
/* harmony export */   KL: () => (/* binding */ retiredAddresses),
/* harmony export */   SM: () => (/* binding */ reinstateAddress),
/* harmony export */   hb: () => (/* binding */ SendLog),
/* harmony export */   lE: () => (/* binding */ readSendLogTail),
/* harmony export */   oA: () => (/* binding */ isRetirementEntry)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7982);
// The JSONL send log: one line per recipient and attempt outcome (time, status, SMTP response,
// Message-ID, error), appended as each send settles and read back by `shipgate mail status`;
// bounce-scan adds its `bounced` lines and one `retired` line per address it retires, which every
// later roster send skips until `shipgate mail reinstate` writes a `reinstated` line for it.




/**
 * One line of the send log, as any writer leaves it: a send outcome, a `bounced` line (the send it
 * answers plus the bounce) or a `retired` line. Checked when the carried state is verified.
 */
const sendLogLine = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    time: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    event: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    template: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    recipient: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['sent', 'failed', 'unconfirmed', 'duplicate', 'skipped', 'dry-run', 'bounced', 'retired', 'reinstated']),
    response: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    messageId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    error: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    attempts: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0),
    emlPath: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    bounce: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['hard', 'soft']), noticeMessageId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), retire: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY() }).optional(),
    retirement: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ reason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), scan: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), noticeMessageIds: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()) }).optional(),
    reinstatement: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ note: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }).optional(),
})
    .refine((line) => (line.status === 'retired') === (line.retirement !== undefined), { message: "a 'retired' line, and only that, carries 'retirement'", path: ['retirement'] })
    .refine((line) => line.status !== 'bounced' || line.bounce !== undefined, { message: "a 'bounced' line carries 'bounce'", path: ['bounce'] })
    .refine((line) => (line.status === 'reinstated') === (line.reinstatement !== undefined), { message: "a 'reinstated' line, and only that, carries 'reinstatement'", path: ['reinstatement'] });
function isRetirementEntry(entry) {
    return entry.status === 'retired' && typeof entry.retirement === 'object' && entry.retirement !== null;
}
/**
 * Addresses (lower-cased) the send log says bounce-scan retired, with the reason of the latest
 * retirement; a `reinstated` line after it gives the address back.
 */
async function retiredAddresses(path) {
    const { entries } = await readSendLogTail(path, Number.MAX_SAFE_INTEGER);
    const retired = new Map();
    for (const entry of entries) {
        const address = entry.recipient.toLowerCase();
        if (isRetirementEntry(entry))
            retired.set(address, entry.retirement.reason);
        else if (entry.status === 'reinstated')
            retired.delete(address);
    }
    return retired;
}
/**
 * Gives a retired address back to roster sends (the person's mailbox works again): appends a
 * `reinstated` line. 'not-retired' when the send log does not hold it retired (nothing written).
 */
async function reinstateAddress(path, address, note, now, masker) {
    if (!(await retiredAddresses(path)).has(address.toLowerCase()))
        return 'not-retired';
    const log = new SendLog(path, masker);
    try {
        log.append({ time: now.toISOString(), event: 'reinstate', template: '', recipient: address, status: 'reinstated', response: null, messageId: null, error: null, attempts: 0, reinstatement: { note } });
    }
    finally {
        log.close();
    }
    return 'reinstated';
}
class SendLog {
    path;
    masker;
    fd;
    constructor(path, masker) {
        this.path = path;
        this.masker = masker;
    }
    /**
     * Synchronous, so a line is on disk before the next message is handed to the server. bounce-scan
     * appends its `bounced` lines (the send they answer, plus the bounce) through here too.
     */
    append(entry) {
        if (this.fd === undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(this.path), { recursive: true });
            this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.path, 'a');
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, `${this.masker.mask(JSON.stringify(entry))}\n`);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * The last `limit` entries, newest last. Lines that are not JSON (a line torn by a killed run) are
 * skipped and counted, and do not take the place of an entry.
 */
async function readSendLogTail(path, limit) {
    const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextIfPresent */ .Ge)(path);
    if (text === undefined)
        return { entries: [], unreadable: 0, found: false };
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const entries = [];
    let unreadable = 0;
    for (let index = lines.length - 1; index >= 0 && entries.length < limit; index--) {
        try {
            entries.push(JSON.parse(lines[index]));
        }
        catch {
            unreadable++;
        }
    }
    return { entries: entries.reverse(), unreadable, found: true };
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
