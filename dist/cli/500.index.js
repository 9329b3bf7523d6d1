export const id = 500;
export const ids = [500];
export const modules = {

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

/***/ 12631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ parseCsvRows),
/* harmony export */   Rh: () => (/* binding */ parseRoster),
/* harmony export */   ks: () => (/* binding */ readRoster),
/* harmony export */   rp: () => (/* binding */ requireValidRoster)
/* harmony export */ });
/* unused harmony export REQUIRED_ROSTER_COLUMNS */
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35562);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41670);
// The roster of a scheduled send: a CSV file (RFC 4180) with email, name and status columns and any
// further columns, which templates can use. Validation reports every problem with its line number.



const REQUIRED_ROSTER_COLUMNS = ['email', 'name', 'status'];
/** Splits CSV text into rows with the line each starts on; quoted fields may hold commas and newlines. */
function parseCsvRows(text) {
    const rows = [];
    const problems = [];
    let line = 1;
    let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (index < text.length) {
        const startLine = line;
        const fields = [];
        let field = '';
        let quoted = false;
        let atFieldStart = true;
        let rowDone = false;
        while (index < text.length && !rowDone) {
            const char = text[index];
            if (quoted) {
                if (char === '"' && text[index + 1] === '"') {
                    field += '"';
                    index += 2;
                }
                else if (char === '"') {
                    quoted = false;
                    index++;
                }
                else {
                    if (char === '\n')
                        line++;
                    field += char;
                    index++;
                }
            }
            else if (char === '"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
                index++;
            }
            else if (char === ',') {
                fields.push(field);
                field = '';
                atFieldStart = true;
                index++;
            }
            else if (char === '\n' || char === '\r') {
                index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
                line++;
                rowDone = true;
            }
            else {
                field += char;
                atFieldStart = false;
                index++;
            }
        }
        if (quoted)
            problems.push({ line: startLine, message: 'a quoted field is not closed (a " is missing)' });
        fields.push(field);
        if (fields.length === 1 && fields[0].trim() === '')
            continue;
        rows.push({ line: startLine, fields });
    }
    return { rows, problems };
}
/** Parses and checks a roster; never throws for bad content, the problems say what and where. */
function parseRoster(text, path) {
    const { rows, problems } = parseCsvRows(text);
    const [header, ...body] = rows;
    if (!header)
        return { path, columns: [], people: [], problems: [...problems, { line: 1, message: `empty roster: expected a header line with ${REQUIRED_ROSTER_COLUMNS.join(',')}` }] };
    const columns = header.fields.map((name) => name.trim().toLowerCase());
    const missing = REQUIRED_ROSTER_COLUMNS.filter((name) => !columns.includes(name));
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
        const status = values.status.toLowerCase();
        let valid = true;
        if (!(0,_addresses_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidAddress */ .$m)(email)) {
            problems.push({ line: row.line, message: email === '' ? 'email is empty' : `email '${email}' is not a mail address` });
            valid = false;
        }
        if (status !== 'active' && status !== 'inactive') {
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
            people.push({ email, name: values.name, status: status, columns: values, line: row.line });
    }
    return { path, columns, people, problems: problems.sort((a, b) => a.line - b.line) };
}
async function readRoster(path) {
    let text;
    try {
        text = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readUserTextFile */ .Vf)(path, 'a roster');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'roster': cannot read ${path} (${error.message})`, { file: path });
    }
    return parseRoster(text, path);
}
/** The roster, or a ConfigurationError listing every problem as file:line; nothing is sent from a broken roster. */
async function requireValidRoster(path) {
    const roster = await readRoster(path);
    if (roster.problems.length > 0) {
        const first = roster.problems[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`roster ${path} has ${roster.problems.length} problem(s); nothing was sent. Fix them (shipgate mail validate-roster --roster ${path}):\n` +
            roster.problems.map((problem) => `${path}:${problem.line}: ${problem.message}`).join('\n'), { file: path, line: first.line });
    }
    return roster;
}


/***/ }),

/***/ 36981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ SendLog),
/* harmony export */   l: () => (/* binding */ readSendLogTail)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7982);
// The JSONL send log: one line per recipient and attempt outcome (time, status, SMTP response,
// Message-ID, error), appended as each send settles and read back by `shipgate mail status`.



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

/***/ 23500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sendMail: () => (/* binding */ sendMail)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/contracts/notification.js
var notification = __webpack_require__(38025);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/platform/logger.js
var platform_logger = __webpack_require__(38660);
// EXTERNAL MODULE: ./build/mail/claims.js
var claims = __webpack_require__(40765);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
;// CONCATENATED MODULE: ./build/mail/transport.js
// How a message leaves: SMTP through nodemailer (loaded only when a message is really sent), or the
// dry-run outbox that writes each message as an .eml file. Both behind one MailTransport port,
// with the retry policy for transient SMTP failures (4xx replies; dropped connections and timeouts
// before the whole message was handed over, never after: the relay may already have queued it).




const defaultPortFor = { starttls: 587, tls: 465, none: 25 };
function nodemailerMessage(mail) {
    return {
        from: mail.from,
        replyTo: mail.replyTo,
        to: mail.to,
        cc: mail.cc,
        bcc: mail.bcc,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { 'X-Shipgate-Event': mail.event },
    };
}
// nodemailer costs start-up time: load it only on the path that sends or writes a message.
async function loadNodemailer() {
    return await __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 16739));
}
/**
 * The whole message went to the server, and then the connection dropped or the answer never came
 * (nodemailer reports both with command 'CONN', as it does before the envelope, so the client tracks
 * the body itself). The relay may have queued the message: it is not sent again.
 */
class UnconfirmedDelivery extends Error {
    failure;
    constructor(failure) {
        super(`${describeFailure(failure)} after the whole message was handed to the server; it may have been delivered`);
        this.failure = failure;
        this.name = 'UnconfirmedDelivery';
    }
}
async function createSmtpTransport(settings) {
    const { createTransport } = await loadNodemailer();
    const ca = settings.caFile ? await (0,promises_.readFile)(settings.caFile, 'utf8').catch((error) => {
        throw new errors/* ConfigurationError */.j1(`input 'smtp-ca': cannot read ${settings.caFile} (${error.message})`, { file: settings.caFile });
    }) : undefined;
    const options = {
        host: settings.host,
        port: settings.port,
        secure: settings.security === 'tls',
        requireTLS: settings.security === 'starttls',
        ignoreTLS: settings.security === 'none',
        tls: ca ? { ca: [ca] } : undefined,
        auth: settings.username ? { user: settings.username, pass: settings.password ?? '' } : undefined,
        connectionTimeout: settings.timeoutMs,
        greetingTimeout: settings.timeoutMs,
        socketTimeout: settings.timeoutMs,
        logger: false,
        debug: false,
        disableFileAccess: true,
        disableUrlAccess: true,
    };
    const transporter = settings.pool
        ? createTransport({ ...options, pool: true, maxConnections: settings.maxConnections ?? 5, maxMessages: Infinity })
        : createTransport(options);
    // Per message in flight (by Message-ID): whether its body was read to the end, i.e. handed to the
    // connection with the end-of-data mark right behind it, and who to tell when the connection takes
    // it. The body stream is only piped after the server's 354, so an error before that point is known
    // to have left nothing at the server.
    const inFlight = new Map();
    transporter.use('stream', (message, done) => {
        const messageId = message.data.messageId;
        const flight = typeof messageId === 'string' ? inFlight.get(messageId) : undefined;
        if (flight) {
            message.message.processFunc((body) => {
                // pipe() resumes the body: the connection takes the message, before its first byte goes out.
                body.once('resume', () => {
                    try {
                        flight.onHandover?.();
                    }
                    catch (error) {
                        body.destroy(error);
                    }
                });
                body.once('end', () => (flight.bodySent = true));
                return body;
            });
        }
        done();
    });
    return {
        async send(mail, onHandover) {
            const flight = { bodySent: false, onHandover };
            inFlight.set(mail.messageId, flight);
            try {
                const info = await transporter.sendMail(nodemailerMessage(mail));
                return {
                    messageId: info.messageId,
                    accepted: info.accepted.map(String),
                    rejected: info.rejected.map(String),
                    response: info.response,
                };
            }
            catch (error) {
                // A reply (4xx, 5xx) after the body is the server's answer; silence or a drop is not.
                if (flight.bodySent && typeof error.responseCode !== 'number')
                    throw new UnconfirmedDelivery(error);
                throw error;
            }
            finally {
                inFlight.delete(mail.messageId);
            }
        },
        close: () => transporter.close(),
    };
}
/** Dry run: the exact message, written to `<outbox>/<event>.eml` instead of being sent. */
async function createOutboxTransport(outbox) {
    const { createTransport } = await loadNodemailer();
    const transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix', disableFileAccess: true, disableUrlAccess: true });
    return {
        async send(mail) {
            const info = await transporter.sendMail(nodemailerMessage(mail));
            const emlPath = (0,external_node_path_.join)(outbox, `${mail.event}.eml`);
            await (0,local_store/* writeFileAtomic */.Zf)(emlPath, info.message);
            return { messageId: info.messageId, accepted: [...mail.to, ...mail.cc, ...mail.bcc], rejected: [], response: `dry run: written to ${emlPath}`, emlPath };
        },
        close: () => transporter.close(),
    };
}
/**
 * SMTP failures worth another attempt: a 4xx reply, or a dropped or timed-out connection before the
 * message body was handed over. After the body only a reply counts: see UnconfirmedDelivery.
 */
/** Node's words for a TLS certificate it refuses (expired, self-signed, unknown issuer, wrong name). */
const CERTIFICATE_FAILURE = /certificate|self[- ]signed|unable to verify|Hostname\/IP does not match/i;
function isTransientFailure(error) {
    if (error instanceof UnconfirmedDelivery)
        return false;
    const failure = error;
    if (failure.code === 'EAUTH' || failure.code === 'ENOAUTH' || failure.code === 'ETLS' || failure.code === 'ECONFIG')
        return false;
    if (typeof failure.responseCode === 'number')
        return failure.responseCode >= 400 && failure.responseCode < 500;
    // nodemailer reports a refused TLS certificate as ESOCKET too; the next attempt meets the same certificate.
    if (failure.code === 'ESOCKET' && CERTIFICATE_FAILURE.test(failure.message ?? ''))
        return false;
    return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS'].includes(failure.code ?? '');
}
/** Authentication failures end a roster send: every further message would fail the same way. */
function isAuthenticationFailure(error) {
    const code = error.code;
    return code === 'EAUTH' || code === 'ENOAUTH';
}
/** The failure as the send log and the user see it: nodemailer's code, then its message. */
function describeFailure(error) {
    const failure = error;
    const message = failure.message ?? String(error);
    return failure.code && !message.startsWith(failure.code) ? `${failure.code}: ${message}` : message;
}
class SendFailure extends Error {
    failure;
    attempts;
    constructor(failure, attempts) {
        super(describeFailure(failure));
        this.failure = failure;
        this.attempts = attempts;
    }
    get response() {
        return this.failure.response ?? null;
    }
    get rejected() {
        return this.failure.rejected ?? [];
    }
}
/** Sends, retrying transient failures with exponential backoff while the deadline allows. */
async function sendWithRetries(transport, mail, policy, clock, onRetry = () => { }, onHandover) {
    let delay = policy.firstDelayMs;
    for (let attempt = 1;; attempt++) {
        try {
            return { receipt: await transport.send(mail, onHandover), attempts: attempt };
        }
        catch (error) {
            if (!isTransientFailure(error) || clock.now().getTime() + delay > policy.deadline)
                throw new SendFailure(error, attempt);
            onRetry(attempt, error, delay);
            await clock.sleep(delay);
            delay = Math.min(delay * 2, policy.maxDelayMs);
        }
    }
}

;// CONCATENATED MODULE: ./build/mail/deliver-once.js

const nothing = { accepted: [], rejected: [], response: null, attempts: 0 };
async function deliverOnce(planned, context) {
    const { ledger, logger } = context;
    const label = `send-mail: ${planned.template} to ${planned.recipient}`;
    // Sent is final: no claim is needed to say so.
    const known = await ledger.previous(planned.mail.event, planned.eventKey);
    if (known.state === 'sent')
        return duplicate(label, known.messageId, logger);
    if (context.dryRun)
        return known.state === 'unconfirmed' ? unconfirmedEarlier(planned, known.messageId, label, context) : await writeEml(planned, context.transport);
    const attempt = await context.claims.claim(planned.eventKey, planned.mail.messageId, {
        clock: context.clock,
        until: context.waitUntil,
        leaseMs: context.claimLeaseMs,
        onWait: (holder) => logger.info(`${label}: ${holder} is sending it right now; waiting for its outcome`),
    });
    if (attempt.state === 'held') {
        const message = `${attempt.holder} was still sending it when this run stopped waiting; its outcome is not known here: see that run, then run this one again`;
        logger.error(`${label}: unconfirmed: ${message}`);
        return { ...nothing, status: 'unconfirmed', error: message };
    }
    const { claim } = attempt;
    let outcome;
    try {
        // Read again with the claim held: another run may have settled it in the meantime.
        const now = await ledger.previous(planned.mail.event, planned.eventKey);
        if (now.state === 'sent')
            outcome = duplicate(label, now.messageId, logger);
        else if (now.state === 'unconfirmed')
            outcome = unconfirmedEarlier(planned, now.messageId, label, context);
        else
            outcome = await sendClaimed(planned, label, context);
        return outcome;
    }
    finally {
        claim.release(context.clock.now().toISOString(), outcome?.status ?? 'abandoned');
    }
}
async function writeEml(planned, outbox) {
    const receipt = await outbox.send(planned.mail);
    return { status: 'dry-run', accepted: receipt.accepted, rejected: [], response: null, error: null, attempts: 0, emlPath: receipt.emlPath };
}
function duplicate(label, messageId, logger) {
    logger.info(`${label}: already sent as ${messageId}; not sent again`);
    return { ...nothing, status: 'duplicate', error: null };
}
function unconfirmedEarlier(planned, messageId, label, context) {
    const message = `an earlier run handed ${messageId} to the server and recorded no answer; it may have been delivered, so it is not sent again. ` +
        `Check with the relay or the recipient, then: ${context.resolveCommand(planned)} --sent (it arrived) or --resend (the next run sends it)`;
    context.logger.error(`${label}: unconfirmed: ${message}`);
    return { ...nothing, status: 'unconfirmed', error: message };
}
async function sendClaimed(planned, label, context) {
    const { ledger, clock, logger, masker } = context;
    const intent = context.intentRecord(planned);
    let handedOver = false;
    // The ledger, not the claim, says a message was handed over: a claim is only who may send it.
    const onHandover = () => {
        if (handedOver)
            return;
        intent.intentAt = clock.now().toISOString();
        ledger.recordHandover(intent);
        handedOver = true;
    };
    const settledAt = () => clock.now().toISOString();
    try {
        const { receipt, attempts } = await sendWithRetries(context.transport, planned.mail, context.retry, clock, (attempt, error, delayMs) => logger.warning(`${label}: attempt ${attempt} failed (${masker.mask(describeFailure(error))}); retrying in ${delayMs} ms`), onHandover);
        const response = masker.mask(receipt.response);
        await ledger.record({ ...intent, state: 'sent', accepted: receipt.accepted, rejected: receipt.rejected, response, attempts, settledAt: settledAt() });
        if (receipt.rejected.length > 0)
            logger.warning(`send-mail: ${planned.template}: the server refused ${receipt.rejected.join(', ')}`);
        return { status: 'sent', accepted: receipt.accepted, rejected: receipt.rejected, response, error: null, attempts };
    }
    catch (error) {
        if (!(error instanceof SendFailure))
            throw error;
        const reason = masker.mask(error.message);
        if (error.failure instanceof UnconfirmedDelivery) {
            // Recorded as unconfirmed: every later run reports it, and sends it only after `mail resolve --resend`.
            await ledger.record({ ...intent, state: 'unconfirmed', error: reason, attempts: error.attempts, settledAt: settledAt() });
            logger.error(`${label}: unconfirmed after ${error.attempts} attempt(s): ${reason}; not sent again. ` +
                `Check with the relay or the recipient, then: ${context.resolveCommand(planned)} --sent (it arrived) or --resend (the next run sends it)`);
            return { ...nothing, status: 'unconfirmed', error: reason, attempts: error.attempts };
        }
        const response = error.response === null ? null : masker.mask(error.response);
        await ledger.record({ ...intent, state: 'failed', rejected: error.rejected, response, error: reason, attempts: error.attempts, settledAt: settledAt() });
        logger.error(`${label}: not sent after ${error.attempts} attempt(s): ${reason}`);
        const fatal = isAuthenticationFailure(error.failure) ? `SMTP authentication failed (${reason}); check smtp-username and smtp-password` : undefined;
        return { status: 'failed', accepted: [], rejected: error.rejected, response, error: reason, attempts: error.attempts, fatal };
    }
}

// EXTERNAL MODULE: ./build/mail/ledger.js
var mail_ledger = __webpack_require__(93037);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(41854);
// EXTERNAL MODULE: ./build/evidence/store.js
var evidence_store = __webpack_require__(11549);
// EXTERNAL MODULE: ./build/mail/addresses.js
var addresses = __webpack_require__(41670);
// EXTERNAL MODULE: ./build/mail/roster.js
var mail_roster = __webpack_require__(12631);
// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(88508);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(35562);
;// CONCATENATED MODULE: ./build/mail/templates.js
// Mail templates: the built-in ones and user files, rendered with Handlebars in strict mode so a
// missing variable is an error rather than an empty string. HTML parts escape every value; text
// parts and subjects do not (they are not HTML).



const REASONS_TEXT = '{{#each reasons}}- {{message}}{{#if file}} ({{file}}{{#if field}}: {{field}}{{/if}}){{/if}}\n{{/each}}';
const REASONS_HTML = '<ul>{{#each reasons}}<li>{{message}}{{#if file}} (<code>{{file}}</code>{{#if field}}: <code>{{field}}</code>{{/if}}){{/if}}</li>{{/each}}</ul>';
const EVIDENCE_TEXT = '{{#each evidence}}- {{kind}}: {{path}} ({{state}})\n{{/each}}';
const EVIDENCE_HTML = '<ul>{{#each evidence}}<li>{{kind}}: <code>{{path}}</code> ({{state}})</li>{{/each}}</ul>';
const BUILT_IN = {
    'release-completed': {
        subject: '[{{repository}}] release {{shortSha}} completed',
        text: [
            'The release of {{repository}} at {{sha}} completed.',
            '',
            'Package: {{packageDigest}}',
            'Decision: {{decision}} ({{status}})',
            'Lead time: {{leadTime}}',
            'Run: {{runUrl}}',
            '',
        ].join('\n'),
        html: [
            '<p>The release of <strong>{{repository}}</strong> at <code>{{sha}}</code> completed.</p>',
            '<table><tr><th align="left">Package</th><td><code>{{packageDigest}}</code></td></tr>',
            '<tr><th align="left">Decision</th><td>{{decision}} ({{status}})</td></tr>',
            '<tr><th align="left">Lead time</th><td>{{leadTime}}</td></tr></table>',
            '<p><a href="{{runUrl}}">The pipeline run</a></p>',
        ].join('\n'),
    },
    'release-failed': {
        subject: '[{{repository}}] release {{shortSha}} failed',
        text: ['The release of {{repository}} at {{sha}} failed.', '', 'Why:', REASONS_TEXT, 'Run: {{runUrl}}', ''].join('\n'),
        html: [
            '<p>The release of <strong>{{repository}}</strong> at <code>{{sha}}</code> failed.</p>',
            '<p>Why:</p>',
            REASONS_HTML,
            '<p><a href="{{runUrl}}">The pipeline run</a></p>',
        ].join('\n'),
    },
    'ops-alert': {
        subject: '[{{repository}}] ops alert: release {{shortSha}} {{status}}',
        text: [
            'Release {{sha}} of {{repository}} ended with status {{status}} (decision {{decision}}).',
            '',
            'Reasons:',
            REASONS_TEXT,
            'Evidence:',
            EVIDENCE_TEXT,
            'Run: {{runUrl}}',
            '',
        ].join('\n'),
        html: [
            '<p>Release <code>{{sha}}</code> of <strong>{{repository}}</strong> ended with status <strong>{{status}}</strong> (decision {{decision}}).</p>',
            '<p>Reasons:</p>',
            REASONS_HTML,
            '<p>Evidence:</p>',
            EVIDENCE_HTML,
            '<p><a href="{{runUrl}}">The pipeline run</a></p>',
        ].join('\n'),
    },
    'delivery-ready': {
        subject: '{{project}}: version {{version}} is ready',
        text: [
            'Version {{version}} of {{project}} is ready.',
            '',
            'Download: {{shareLink}}',
            '',
            'Files:',
            '{{#each files}}- {{name}} ({{size}} bytes)\n{{/each}}',
        ].join('\n'),
        html: [
            '<p>Version {{version}} of <strong>{{project}}</strong> is ready.</p>',
            '<p><a href="{{shareLink}}">Download</a></p>',
            '<ul>{{#each files}}<li>{{name}} ({{size}} bytes)</li>{{/each}}</ul>',
        ].join('\n'),
    },
    'daily-digest': {
        subject: '{{repository}} daily digest, {{date}}',
        text: ['Hello {{name}},', '', 'The digest for {{repository}} on {{date}}:', '{{#each items}}- {{this}}\n{{/each}}'].join('\n'),
        html: ['<p>Hello {{name}},</p>', '<p>The digest for <strong>{{repository}}</strong> on {{date}}:</p>', '<ul>{{#each items}}<li>{{this}}</li>{{/each}}</ul>'].join('\n'),
    },
};
const builtInTemplateNames = Object.keys(BUILT_IN);
function builtInTemplate(name) {
    const template = BUILT_IN[name];
    if (!template) {
        throw new errors/* ConfigurationError */.j1(`input 'template': '${name}' is not a built-in template; use one of ${builtInTemplateNames.join(', ')}, or template-text/template-html files`);
    }
    return { name, ...template, sources: { subject: `template ${name} (subject)`, text: `template ${name} (text)`, html: `template ${name} (html)` } };
}
async function readTemplateFile(path, input) {
    try {
        return await (0,evidence_file/* readUserTextFile */.Vf)(path, 'a template');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`input '${input}': cannot read ${path} (${error.message})`, { file: path });
    }
}
/** A user template from files; the subject comes from the `subject` input. */
async function fileTemplate(files, subject) {
    if (!subject)
        throw new errors/* ConfigurationError */.j1("input 'subject': required with template-text/template-html (the subject line, which may use {{variables}})");
    return {
        name: 'custom',
        subject,
        text: files.text ? await readTemplateFile(files.text, 'template-text') : undefined,
        html: files.html ? await readTemplateFile(files.html, 'template-html') : undefined,
        sources: { subject: "input 'subject'", text: files.text, html: files.html },
    };
}
const engine = lib.create();
const compiled = new Map();
function compile(source, escape) {
    const key = `${escape ? 'h' : 't'}:${source}`;
    let template = compiled.get(key);
    if (!template) {
        template = engine.compile(source, { strict: true, noEscape: !escape });
        compiled.set(key, template);
    }
    return template;
}
function renderPart(source, variables, where, escape) {
    try {
        return compile(source, escape)(variables);
    }
    catch (error) {
        const message = error.message;
        const missing = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(message);
        if (missing) {
            const known = Object.keys(variables).sort().join(', ');
            throw new errors/* ConfigurationError */.j1(`${where}: unknown variable '${missing[1]}' at line ${missing[2]}, column ${Number(missing[3]) + 1}; the variables are: ${known}`, {
                file: where.startsWith('template ') || where.startsWith('input ') ? undefined : where,
                line: Number(missing[2]),
            });
        }
        throw new errors/* ConfigurationError */.j1(`${where}: not a valid template (${message.split('\n')[0]})`);
    }
}
/** Renders every part of a template; any unknown variable is a ConfigurationError naming the part. */
function renderTemplate(template, variables, subjectOverride) {
    const subjectSource = subjectOverride ?? template.subject;
    const subject = renderPart(subjectSource, variables, subjectOverride ? "input 'subject'" : template.sources.subject, false).replace(/[\r\n]+/g, ' ').trim();
    return {
        subject,
        text: template.text === undefined ? undefined : renderPart(template.text, variables, template.sources.text ?? 'text', false),
        html: template.html === undefined ? undefined : renderPart(template.html, variables, template.sources.html ?? 'html', true),
    };
}

;// CONCATENATED MODULE: ./build/mail/plan.js
// What a send-mail run would send: which templates to whom (status semantics, roster or explicit
// recipients), the variables each message is rendered with, and the event key that makes each
// message unique. Everything is rendered here, before anything is sent, so a bad template or
// roster fails the run with nothing sent.






function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, char) => char.toUpperCase());
}
function formatDuration(ms) {
    if (ms === null || ms === undefined)
        return 'unknown';
    const minutes = Math.floor(ms / 60000);
    const seconds = Math.round((ms % 60000) / 1000);
    return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
}
/** Variables from the release decision and the pipeline timing, when they exist for the SHA. */
async function releaseVariables(store, sha, needDecision) {
    const decisionRead = await store.read('release', sha);
    if (decisionRead.state === 'invalid' || (needDecision && decisionRead.state === 'missing')) {
        if (decisionRead.state === 'missing') {
            throw new errors/* ConfigurationError */.j1(`${decisionRead.path}: missing: no release decision for ${sha}; give 'status' (success, failure, partial_success) or a 'template'`, { file: decisionRead.path });
        }
        (0,evidence_store/* requireValid */.AK)(decisionRead);
    }
    const timingRead = await store.read('pipeline', sha);
    const timing = timingRead.state === 'valid' ? timingRead.value.closed : null;
    const variables = {
        decision: 'unknown',
        reasons: [],
        evidence: [],
        packageDigest: 'unknown',
        decidedAt: 'unknown',
        leadTime: formatDuration(timing?.leadTimeMs),
        totalTime: formatDuration(timing?.totalMs),
    };
    if (decisionRead.state !== 'valid')
        return { variables };
    const decision = decisionRead.value;
    return {
        status: decision.status,
        variables: {
            ...variables,
            decision: decision.decision,
            reasons: decision.reasons.map((reason) => ({ message: reason.message, file: reason.file ?? null, field: reason.field ?? null })),
            evidence: decision.evidence.map((item) => ({ kind: item.kind, path: item.path, state: item.state, digest: item.digest })),
            packageDigest: decision.packageDigest ?? 'unknown',
            decidedAt: decision.decidedAt,
        },
    };
}
/** The event key: what makes a message unique; repository, SHA, template and recipients unless given. */
function eventKeyFor(request, template, addressing, qualify) {
    const recipients = [...addressing.to, ...addressing.cc, ...addressing.bcc].map((address) => address.toLowerCase()).sort().join(',');
    if (!request.eventKey)
        return [request.repository, request.sha, template, recipients].join('|');
    return [request.eventKey, ...(qualify.template ? [template] : []), ...(qualify.recipient ? [recipients] : [])].join('|');
}
function eventNameFor(template, eventKey) {
    return `${template}-${(0,canonical/* sha256Hex */.fg)(eventKey).slice(0, 16)}`;
}
function messageIdFor(eventKey, from) {
    return `<${(0,canonical/* sha256Hex */.fg)(eventKey).slice(0, 32)}.shipgate@${(0,addresses/* domainOf */.Ow)(from)}>`;
}
async function chosenTemplate(request, fallback) {
    if (request.templateText || request.templateHtml) {
        if (request.template)
            throw new errors/* ConfigurationError */.j1("inputs 'template' and 'template-text'/'template-html': give a built-in template or template files, not both");
        return fileTemplate({ text: request.templateText, html: request.templateHtml }, request.subject);
    }
    const name = request.template ?? fallback;
    return name ? builtInTemplate(name) : undefined;
}
async function planMail(request, store, today) {
    if (!request.from)
        throw new errors/* ConfigurationError */.j1("input 'from': required; the sender address (or mail.from in shipgate.yml), which must be in allowed-from");
    const from = (0,addresses/* requireAddress */.c3)(request.from, "input 'from'");
    (0,addresses/* assertAllowedFrom */.tM)(from, request.allowedFrom);
    const replyTo = request.replyTo ? (0,addresses/* requireAddress */.c3)(request.replyTo, "input 'reply-to'") : undefined;
    const address = (list, input) => list.map((item) => (0,addresses/* requireAddress */.c3)(item, `input '${input}'`));
    const given = { to: address(request.to, 'to'), cc: address(request.cc, 'cc'), bcc: address(request.bcc, 'bcc') };
    const ops = address(request.ops, 'ops');
    const statusDriven = !request.roster && !request.template && !request.templateText && !request.templateHtml;
    const release = await releaseVariables(store, request.sha, statusDriven && !request.status);
    const status = request.status ?? release.status;
    const inputs = Object.fromEntries(Object.entries(request.inputVariables).map(([name, value]) => [camelCase(name), value]));
    const base = {
        ...release.variables,
        ...inputs,
        ...request.evidenceVariables,
        ...request.variables,
        status: status ?? 'unknown',
        date: today,
        runUrl: request.runUrl,
        sha: request.sha,
        shortSha: request.sha.slice(0, 7),
        repository: request.repository,
    };
    const render = (template, addressing, variables, eventKey, recipient) => {
        const rendered = renderTemplate(template, variables, template.name === 'custom' ? undefined : request.subject);
        const event = eventNameFor(template.name, eventKey);
        return {
            template: template.name,
            eventKey,
            recipient,
            variables,
            mail: { event, from, replyTo, ...addressing, ...rendered, messageId: messageIdFor(eventKey, from) },
        };
    };
    if (request.roster) {
        if (given.to.length + given.cc.length + given.bcc.length > 0) {
            throw new errors/* ConfigurationError */.j1("inputs 'to', 'cc', 'bcc' cannot be combined with 'roster': a roster send writes to each active person on the roster");
        }
        const roster = await (0,mail_roster/* requireValidRoster */.rp)(request.roster);
        const template = (await chosenTemplate(request, 'daily-digest'));
        const active = roster.people.filter((person) => person.status === 'active');
        const mails = active.map((person) => {
            const addressing = { to: [person.email], cc: [], bcc: [] };
            const variables = { ...base, ...person.columns, recipient: person.columns, sha: request.sha, repository: request.repository };
            return render(template, addressing, variables, eventKeyFor(request, template.name, addressing, { template: false, recipient: true }), person.email);
        });
        return {
            mails,
            rosterSend: true,
            inactive: roster.people.length - active.length,
            emptyReason: mails.length === 0 ? `no active person on the roster ${request.roster}` : undefined,
        };
    }
    const explicit = await chosenTemplate(request);
    const targets = [];
    if (explicit) {
        if (given.to.length === 0)
            throw new errors/* ConfigurationError */.j1("input 'to': required; who gets the message (one address per line or comma-separated), or mail.owners in shipgate.yml");
        targets.push({ template: explicit, addressing: given });
    }
    else if (status === 'success') {
        targets.push({ template: builtInTemplate('release-completed'), addressing: given });
    }
    else if (status === 'failure') {
        targets.push({ template: builtInTemplate('release-failed'), addressing: given });
        targets.push({ template: builtInTemplate('ops-alert'), addressing: { to: ops, cc: [], bcc: [] } });
    }
    else if (status === 'partial_success') {
        targets.push({ template: builtInTemplate('ops-alert'), addressing: { to: ops, cc: [], bcc: [] } });
    }
    const addressed = targets.filter((target) => target.addressing.to.length + target.addressing.cc.length + target.addressing.bcc.length > 0);
    const mails = addressed.map(({ template, addressing }) => render(template, addressing, base, eventKeyFor(request, template.name, addressing, { template: targets.length > 1, recipient: false }), [...addressing.to, ...addressing.cc, ...addressing.bcc].join(',')));
    const missing = targets.filter((target) => !addressed.includes(target)).map((target) => (target.template.name === 'ops-alert' ? "ops (input 'ops' or mail.ops)" : "owners (input 'to' or mail.owners)"));
    return {
        mails,
        rosterSend: false,
        inactive: 0,
        emptyReason: mails.length === 0 ? `nothing to send for status ${status}: no recipients for ${missing.join(' and ')}` : undefined,
    };
}

;// CONCATENATED MODULE: ./build/mail/preview.js
// Preview: what would be sent, written as preview.html, preview.txt and preview.json (headers,
// recipients, variables) to a folder, without opening any connection.


function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);
}
/** Writes the preview of one message; `recipients` lists everyone a roster send would reach. */
async function writePreview(folder, mail, recipients) {
    const html = mail.mail.html ?? `<pre>${escapeHtml(mail.mail.text ?? '')}</pre>`;
    const description = {
        template: mail.template,
        event: mail.mail.event,
        eventKey: mail.eventKey,
        headers: {
            'Message-ID': mail.mail.messageId,
            From: mail.mail.from,
            'Reply-To': mail.mail.replyTo ?? null,
            To: mail.mail.to,
            Cc: mail.mail.cc,
            Bcc: mail.mail.bcc,
            Subject: mail.mail.subject,
        },
        recipients,
        parts: { text: mail.mail.text !== undefined, html: mail.mail.html !== undefined },
        variables: mail.variables,
    };
    const paths = [(0,external_node_path_.join)(folder, 'preview.html'), (0,external_node_path_.join)(folder, 'preview.txt'), (0,external_node_path_.join)(folder, 'preview.json')];
    await (0,local_store/* writeFileAtomic */.Zf)(paths[0], html);
    await (0,local_store/* writeFileAtomic */.Zf)(paths[1], mail.mail.text ?? '');
    await (0,local_store/* writeFileAtomic */.Zf)(paths[2], `${JSON.stringify(description, null, 2)}\n`);
    return paths;
}

// EXTERNAL MODULE: ./build/mail/send-log.js
var send_log = __webpack_require__(36981);
;// CONCATENATED MODULE: ./build/mail/send.js
// The send-mail stage: plan and render every message, then preview, write .eml files (dry run) or
// send over SMTP, once per event (deliver-once.ts: the ledger, the message's claim across runs), and
// every outcome goes to the JSONL send log.











const RETRY_FIRST_DELAY_MS = 250;
const RETRY_MAX_DELAY_MS = 8000;
const ROSTER_CONNECTIONS = 8;
/** A claim made here is taken for abandoned by a run on another machine after the retry deadline and this many SMTP timeouts. */
const CLAIM_LEASE_TIMEOUTS = 10;
function emptyCounts() {
    return { sent: 0, failed: 0, unconfirmed: 0, duplicate: 0, skipped: 0, 'dry-run': 0 };
}
// An unconfirmed message is not known to be sent: the run fails, so that someone checks.
function runStatus(counts, dryRun) {
    if (counts.failed > 0 || counts.unconfirmed > 0)
        return 'failed';
    if (counts.sent > 0)
        return 'sent';
    if (dryRun && counts['dry-run'] > 0)
        return 'dry-run';
    if (counts.duplicate > 0)
        return 'duplicate';
    return 'skipped';
}
/** The record of a message as its intent, before the server answered. */
function intentRecord(request, planned, clock) {
    return {
        schema: notification/* NOTIFICATION_SCHEMA */.Qp,
        sha: request.sha,
        repository: request.repository,
        event: planned.mail.event,
        eventKey: planned.eventKey,
        template: planned.template,
        state: 'intent',
        messageId: planned.mail.messageId,
        subject: planned.mail.subject,
        from: planned.mail.from,
        recipients: { to: planned.mail.to, cc: planned.mail.cc, bcc: planned.mail.bcc },
        accepted: [],
        rejected: [],
        response: null,
        error: null,
        attempts: 0,
        intentAt: clock.now().toISOString(),
        settledAt: null,
    };
}
function shellWord(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
/** What an operator runs to settle an unconfirmed message, as this run found it (add --sent or --resend). */
function resolveCommand(request, planned) {
    const where = request.ledger ? ['--ledger', request.ledger] : ['--artifacts-dir', request.artifactsDir];
    return ['shipgate', 'mail', 'resolve', planned.mail.event, planned.recipient, '--sha', request.sha, ...where].map(shellWord).join(' ');
}
async function sendMail(request, ports) {
    const { logger, clock } = ports;
    if (!request.enabled) {
        logger.info('send-mail: email sending disabled (enabled: false); nothing sent');
        return { status: 'skipped', reason: 'email sending disabled', outcomes: [], counts: emptyCounts(), rosterSend: Boolean(request.roster), previewPaths: [] };
    }
    const startedAt = clock.now().getTime();
    const masker = new platform_logger/* SecretMasker */.M2();
    // A relay may echo what AUTH sent (base64 of user and password) in its reply: mask that too.
    for (const credential of request.smtp.password ? (0,platform_logger/* smtpCredentialForms */.p$)(request.smtp.username, request.smtp.password) : []) {
        masker.add(credential);
        logger.secret(credential);
    }
    const plan = await planMail(request, ports.store, clock.now().toISOString().slice(0, 10));
    if (request.previewDir) {
        const previewPaths = [];
        const recipients = plan.mails.map((mail) => mail.recipient);
        const shown = plan.rosterSend ? plan.mails.slice(0, 1) : plan.mails;
        for (const mail of shown) {
            const folder = shown.length > 1 ? (0,external_node_path_.join)(request.previewDir, mail.template) : request.previewDir;
            previewPaths.push(...(await writePreview(folder, mail, plan.rosterSend ? recipients : [mail.recipient])));
        }
        logger.info(`send-mail: preview of ${shown.length} message(s) for ${recipients.length} recipient(s) written to ${request.previewDir}`);
        return { status: 'dry-run', reason: plan.emptyReason, outcomes: [], counts: emptyCounts(), rosterSend: plan.rosterSend, previewPaths };
    }
    if (plan.mails.length === 0) {
        logger.info(`send-mail: ${plan.emptyReason}`);
        return { status: 'skipped', reason: plan.emptyReason, outcomes: [], counts: emptyCounts(), rosterSend: plan.rosterSend, previewPaths: [] };
    }
    const dryRun = request.dryRun ?? plan.rosterSend;
    let transport;
    if (dryRun) {
        transport = await createOutboxTransport(request.outbox);
    }
    else {
        if (!request.smtp.host) {
            throw new errors/* ConfigurationError */.j1("input 'smtp-host': required to send mail (email is enabled); set smtp-host, or dry-run: true to write .eml files, or enabled: false");
        }
        const settings = {
            host: request.smtp.host,
            port: request.smtp.port ?? defaultPortFor[request.smtp.security],
            security: request.smtp.security,
            username: request.smtp.username,
            password: request.smtp.password,
            timeoutMs: request.smtp.timeoutMs,
            caFile: request.smtp.caFile,
            pool: plan.rosterSend,
            maxConnections: ROSTER_CONNECTIONS,
        };
        transport = await (ports.openSmtp ?? createSmtpTransport)(settings);
    }
    const recordsFolder = (0,mail_ledger/* notificationsFolder */.TM)(request.artifactsDir, request.sha);
    const journalPath = request.ledger ?? (0,external_node_path_.join)(recordsFolder, mail_ledger/* DEFAULT_JOURNAL */.QQ);
    const ledger = await mail_ledger/* NotificationLedger */.zw.open(recordsFolder, journalPath);
    const sendLog = new send_log/* SendLog */.h(request.sendLog, masker);
    const outcomes = new Array(plan.mails.length);
    const counts = emptyCounts();
    let fatal;
    const settle = (index, planned, { fatal: _fatal, ...outcome }) => {
        const full = { event: planned.mail.event, template: planned.template, recipient: planned.recipient, messageId: planned.mail.messageId, ...outcome };
        outcomes[index] = full;
        counts[full.status]++;
        sendLog.append({
            time: clock.now().toISOString(),
            event: full.event,
            template: full.template,
            recipient: full.recipient,
            status: full.status,
            response: full.response,
            messageId: full.messageId,
            error: full.error,
            attempts: full.attempts,
            ...(full.emlPath ? { emlPath: full.emlPath } : {}),
        });
    };
    const once = {
        dryRun,
        ledger,
        claims: new claims/* MessageClaims */.N((0,mail_ledger/* claimsFolderOf */.t4)(journalPath)),
        transport,
        clock,
        logger,
        masker,
        retry: { deadline: startedAt + request.retryDeadlineMs, firstDelayMs: RETRY_FIRST_DELAY_MS, maxDelayMs: RETRY_MAX_DELAY_MS },
        // Another run's last attempt may start at its retry deadline and take a few SMTP timeouts.
        waitUntil: startedAt + request.retryDeadlineMs + 2 * request.smtp.timeoutMs,
        claimLeaseMs: request.retryDeadlineMs + CLAIM_LEASE_TIMEOUTS * request.smtp.timeoutMs,
        intentRecord: (planned) => intentRecord(request, planned, clock),
        resolveCommand: (planned) => resolveCommand(request, planned),
    };
    const deliver = async (index, planned) => {
        const outcome = await deliverOnce(planned, once);
        settle(index, planned, outcome);
        if (outcome.fatal)
            fatal = outcome.fatal;
    };
    try {
        // A roster send keeps the pool busy with a few messages in flight per connection.
        const workers = plan.rosterSend && !dryRun ? ROSTER_CONNECTIONS * 2 : plan.rosterSend ? 8 : 1;
        let next = 0;
        await Promise.all(Array.from({ length: Math.min(workers, plan.mails.length) }, async () => {
            while (fatal === undefined && next < plan.mails.length) {
                const index = next++;
                await deliver(index, plan.mails[index]);
            }
        }));
    }
    finally {
        transport.close();
        ledger.close();
        sendLog.close();
    }
    const attempted = outcomes.filter((outcome) => outcome !== undefined);
    const notAttempted = plan.mails.length - attempted.length;
    const summary = Object.entries(counts).filter(([, count]) => count > 0).map(([status, count]) => `${count} ${status}`).join(', ');
    logger.info(`send-mail: ${summary}${notAttempted ? `, ${notAttempted} not attempted` : ''}${plan.inactive ? ` (${plan.inactive} inactive on the roster)` : ''}`);
    const status = fatal ? 'failed' : runStatus(counts, dryRun);
    const problems = [
        ...(counts.failed > 0 ? [`${counts.failed} message(s) not sent`] : []),
        ...(counts.unconfirmed > 0
            ? [`${counts.unconfirmed} message(s) unconfirmed: handed to the server but no answer came, so they may have been delivered and are not sent again until resolved with shipgate mail resolve (the command is in the log)`]
            : []),
    ];
    const reason = fatal ?? (problems.length > 0 ? `${problems.join('; ')}; see ${request.sendLog}` : undefined);
    return { status, reason: reason && notAttempted ? `${reason}; ${notAttempted} message(s) not attempted` : reason, outcomes: attempted, counts, rosterSend: plan.rosterSend, previewPaths: [], sendLog: request.sendLog };
}


/***/ }),

/***/ 38660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ ConsoleLogger),
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   p$: () => (/* binding */ smtpCredentialForms)
/* harmony export */ });
/* unused harmony exports secretForms, RunnerLogger, RecordingLogger */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32854);
// The Logger seam: stages log through it; the action writes annotations, the command writes to
// stderr, tests record. Every implementation masks the secrets it was given.

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
    masker = new SecretMasker();
    /** Forms already sent to the runner: secrets overlap (a password and its AUTH blobs), the commands need not. */
    registered = new Set();
    info(message) {
        process.stdout.write(`${this.masker.mask(message)}\n`);
    }
    warning(message, location = {}) {
        annotate('warning', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
    }
    error(message, location = {}) {
        annotate('error', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
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
    masker = new SecretMasker();
    constructor(verbose = false, write = (line) => process.stderr.write(`${line}\n`)) {
        this.verbose = verbose;
        this.write = write;
    }
    info(message) {
        this.write(this.masker.mask(message));
    }
    warning(message, location = {}) {
        this.write(`warning: ${this.where(location)}${this.masker.mask(message)}`);
    }
    error(message, location = {}) {
        this.write(`error: ${this.where(location)}${this.masker.mask(message)}`);
    }
    debug(message) {
        if (this.verbose)
            this.write(`debug: ${this.masker.mask(message)}`);
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
    masker = new SecretMasker();
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
