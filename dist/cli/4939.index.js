export const id = 4939;
export const ids = [4939,2456];
export const modules = {

/***/ 36291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ evidenceLink),
/* harmony export */   SV: () => (/* binding */ scopeFlags),
/* harmony export */   Tx: () => (/* binding */ checkOutcome),
/* harmony export */   VE: () => (/* binding */ environmentName),
/* harmony export */   YR: () => (/* binding */ ENVIRONMENT_NAME),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   br: () => (/* binding */ digest),
/* harmony export */   gH: () => (/* binding */ PINNED_IMAGE_PATTERN),
/* harmony export */   mJ: () => (/* binding */ commitSha),
/* harmony export */   n1: () => (/* binding */ pinnedImageRef),
/* harmony export */   sx: () => (/* binding */ REPOSITORY_NAME_PATTERN),
/* harmony export */   vE: () => (/* binding */ timestamp),
/* harmony export */   xR: () => (/* binding */ decision),
/* harmony export */   yw: () => (/* binding */ SHA_PATTERN)
/* harmony export */ });
/* unused harmony export DIGEST_PATTERN */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64377);
// Field schemas shared by every contract, with messages that say what a valid value looks like.

const SHA_PATTERN = /^[0-9a-f]{40}$/;
const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
const PINNED_IMAGE_PATTERN = /^[^\s@]+@sha256:[0-9a-f]{64}$/;
const commitSha = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(SHA_PATTERN, 'must be a full 40-character lowercase hex commit SHA')
    .describe('A full commit SHA: 40 lowercase hex characters.');
const digest = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(DIGEST_PATTERN, 'must be a digest of the form sha256:<64 lowercase hex>')
    .describe('A digest: sha256: followed by 64 lowercase hex characters.');
const pinnedImageRef = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(PINNED_IMAGE_PATTERN, 'not pinned to a sha256 digest (expected registry/name@sha256:<64 hex>)')
    .describe('An image reference pinned to its digest: registry/name@sha256:<64 hex>.');
const timestamp = zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$({ offset: true }).describe('An RFC 3339 date-time.');
const decision = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['YES', 'NO']).describe('The one answer a gate gives.');
const REPOSITORY_NAME_PATTERN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const repositoryName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(REPOSITORY_NAME_PATTERN, 'must be owner/name')
    .describe('A GitHub repository as owner/name.');
/** A link from one contract to a piece of evidence it read. */
/** An environment of `environments:` (see src/evidence/scoped-store.ts, which keeps its evidence apart). */
const ENVIRONMENT_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const environmentName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(ENVIRONMENT_NAME, "must be 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit");
const evidenceLink = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The contract kind, e.g. release-package.'),
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Where the evidence was read, relative to the artifacts folder.'),
    digest: digest.describe('The digest of the canonical JSON of that evidence as it was read.'),
})
    .strict();
/** Which parts of the system a release changes. */
const scopeFlags = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    runtimeChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    infraChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    docsChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
})
    .strict();
/** One stage of a check list (acceptance, prod-verify): what ran and how it ended. */
const checkOutcome = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('http, command, auth-canary, probe, api-smoke, browser, ...'),
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'skipped']),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Why it failed or was skipped.'),
    attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    detail: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('A short detail: status code, the tail of the output; secrets masked.'),
})
    .strict();


/***/ }),

/***/ 94410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ processedJournalPath),
/* harmony export */   DJ: () => (/* binding */ isBouncedEntry),
/* harmony export */   Jv: () => (/* binding */ PROCESSED_JOURNAL),
/* harmony export */   L4: () => (/* binding */ appendBounced),
/* harmony export */   LS: () => (/* binding */ appendProcessed),
/* harmony export */   fA: () => (/* binding */ readProcessed),
/* harmony export */   kj: () => (/* binding */ readWholeSendLog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7982);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99876);
/* harmony import */ var _send_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36981);
// What bounce-scan keeps: `bounced` lines appended to send-mail's JSONL send log (history is never
// rewritten) and, beside it, a journal of the notices already handled, keyed by the notice's own
// Message-ID, which makes a second scan of the same mailbox a no-op.





function isBouncedEntry(entry) {
    return entry.status === 'bounced' && typeof entry.bounce === 'object';
}
/** The whole send log (lines that are not JSON skipped and counted). */
async function readWholeSendLog(path) {
    const { entries, unreadable, found } = await (0,_send_log_js__WEBPACK_IMPORTED_MODULE_4__/* .readSendLogTail */ .lE)(path, Number.MAX_SAFE_INTEGER);
    return { entries: entries, unreadable, found };
}
/** Appends bounced lines through send-mail's own writer (synchronous, masked). */
function appendBounced(path, masker, entries) {
    if (entries.length === 0)
        return;
    const log = new _send_log_js__WEBPACK_IMPORTED_MODULE_4__/* .SendLog */ .hb(path, masker);
    try {
        for (const entry of entries)
            log.append(entry);
    }
    finally {
        log.close();
    }
}
const PROCESSED_JOURNAL = 'bounces-processed.jsonl';
/** The journal of handled notices, kept beside the send log so a scheduled run carries both. */
function processedJournalPath(sendLogPath) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(sendLogPath), PROCESSED_JOURNAL);
}
async function readProcessed(path) {
    const processed = new Map();
    const text = (await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextIfPresent */ .Ge)(path)) ?? '';
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        try {
            const entry = JSON.parse(line);
            if (typeof entry.noticeMessageId === 'string')
                processed.set(entry.noticeMessageId, entry);
        }
        catch {
            // A torn last line from a killed run: the notice is simply handled again (idempotently).
        }
    }
    return processed;
}
function appendProcessed(path, masker, entries) {
    if (entries.length === 0)
        return;
    const fd = (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_3__/* .openForAppend */ .eq)(path);
    try {
        for (const entry of entries)
            (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_3__/* .appendJsonLine */ .fl)(fd, path, masker.mask(JSON.stringify(entry)));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 42456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultImapPortFor: () => (/* binding */ defaultImapPortFor),
/* harmony export */   i: () => (/* binding */ openImapMailbox)
/* harmony export */ });
/* unused harmony export describeImapFailure */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
// The IMAP side of bounce-scan behind a small port: list the unseen messages (headers only), fetch
// the few that may be notices, mark the handled ones \Seen. imapflow is loaded only when a scan
// really connects; its errors become messages that say what to fix (never with the password).


const defaultImapPortFor = { tls: 993, starttls: 143, none: 143 };
/** What went wrong, said for the person who set the inputs. */
function describeImapFailure(error, settings) {
    const failure = (error ?? {});
    const where = `${settings.host}:${settings.port} (${settings.security})`;
    const detail = failure.responseText ?? failure.message ?? String(error);
    if (failure.authenticationFailed) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`IMAP login to ${where} as '${settings.username}' failed (${detail}); check imap-username and imap-password`);
    }
    if (failure.mailboxMissing)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`IMAP mailbox '${settings.mailbox}' does not exist on ${where}; check imap-mailbox`);
    if (failure.tlsFailed || /certificate|self[- ]signed|TLS|SSL/i.test(failure.message ?? '')) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`IMAP TLS with ${where} failed (${detail}); check imap-security and imap-port, and give imap-ca for a private CA`);
    }
    if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'CONNECT_TIMEOUT', 'ETIMEDOUT', 'GREETING_TIMEOUT', 'NoConnection', 'ECONNRESET'].includes(failure.code ?? '')) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cannot reach the IMAP server ${where}: ${failure.code} ${detail}; check imap-host, imap-port and imap-timeout`);
    }
    return new Error(`IMAP ${where}: ${failure.code ? `${failure.code}: ` : ''}${detail}`);
}
async function openImapMailbox(settings) {
    const ca = settings.caFile
        ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(settings.caFile, 'utf8').catch((error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'imap-ca': cannot read ${settings.caFile} (${error.message})`, { file: settings.caFile });
        })
        : undefined;
    const { ImapFlow } = await Promise.all(/* import() */[__webpack_require__.e(3909), __webpack_require__.e(6726)]).then(__webpack_require__.bind(__webpack_require__, 46726));
    const client = new ImapFlow({
        host: settings.host,
        port: settings.port,
        secure: settings.security === 'tls',
        doSTARTTLS: settings.security === 'starttls' ? true : settings.security === 'none' ? false : undefined,
        auth: { user: settings.username, pass: settings.password },
        tls: ca ? { ca: [ca] } : undefined,
        logger: false,
        disableAutoIdle: true,
        connectionTimeout: settings.timeoutMs,
        greetingTimeout: settings.timeoutMs,
        socketTimeout: settings.timeoutMs,
    });
    // A dropped connection is reported by the command that was running; keep the event quiet.
    client.on('error', () => { });
    try {
        await client.connect();
    }
    catch (error) {
        client.close();
        throw describeImapFailure(error, settings);
    }
    let lock;
    try {
        lock = await client.getMailboxLock(settings.mailbox);
    }
    catch (error) {
        await client.logout().catch(() => client.close());
        throw describeImapFailure(error, settings);
    }
    const guard = async (work) => {
        try {
            return await work();
        }
        catch (error) {
            throw describeImapFailure(error, settings);
        }
    };
    return {
        unseen: () => guard(async () => {
            const uids = await client.search({ seen: false }, { uid: true });
            if (!uids || uids.length === 0)
                return [];
            const messages = await client.fetchAll(uids, { uid: true, headers: true, internalDate: true, size: true }, { uid: true });
            return messages
                .map((message) => ({
                uid: message.uid,
                receivedAt: message.internalDate === undefined ? undefined : new Date(message.internalDate),
                headers: message.headers ?? Buffer.alloc(0),
                size: message.size ?? 0,
            }))
                .sort((a, b) => a.uid - b.uid);
        }),
        sources: (uids) => guard(async () => {
            const sources = new Map();
            if (uids.length === 0)
                return sources;
            // imapflow fetches the source with BODY.PEEK[]: reading does not set \Seen.
            for (const message of await client.fetchAll(uids, { uid: true, source: true }, { uid: true })) {
                if (message.source)
                    sources.set(message.uid, message.source);
            }
            return sources;
        }),
        markSeen: (uids) => guard(async () => {
            if (uids.length > 0)
                await client.messageFlagsAdd(uids, ['\\Seen'], { uid: true });
        }),
        async close() {
            lock.release();
            await client.logout().catch(() => client.close());
        },
    };
}


/***/ }),

/***/ 36893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanBounces: () => (/* binding */ scanBounces)
});

// UNUSED EXPORTS: matchSend

// EXTERNAL MODULE: ./build/platform/logger.js
var platform_logger = __webpack_require__(38660);
// EXTERNAL MODULE: ./build/mail/send-log.js
var send_log = __webpack_require__(36981);
// EXTERNAL MODULE: ./build/mail/bounces/bounce-log.js
var bounce_log = __webpack_require__(94410);
// EXTERNAL MODULE: ./build/mail/bounces/mailbox.js
var bounces_mailbox = __webpack_require__(42456);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/mail/bounces/header-block.js
// Header blocks as delivery reports use them: the per-recipient fields of a message/delivery-status
// part (RFC 3464), the returned message's headers, and a header-only first look at a message. The
// MIME tree itself (multipart, transfer encodings, charsets) is mailparser's job (notice.ts).
/** Parses `Name: value` lines with continuation lines; stops at the end of the text. */
function parseHeaderBlock(text) {
    const fields = new Map();
    let current;
    const flush = () => {
        if (!current)
            return;
        const name = current.name.toLowerCase();
        fields.set(name, [...(fields.get(name) ?? []), current.value.replace(/\s+/g, ' ').trim()]);
        current = undefined;
    };
    for (const line of text.split(/\r?\n/)) {
        if (/^[ \t]/.test(line) && current) {
            current.value += ` ${line.trim()}`;
            continue;
        }
        flush();
        const colon = line.indexOf(':');
        if (colon > 0 && /^[!-9;-~]+$/.test(line.slice(0, colon).trimEnd()))
            current = { name: line.slice(0, colon).trimEnd(), value: line.slice(colon + 1) };
    }
    flush();
    return { fields };
}
function headerValue(block, name) {
    return block.fields.get(name.toLowerCase())?.[0];
}
/** Splits a message at the first empty line: the header text and the body. */
function splitMessage(raw) {
    const text = raw.toString('latin1');
    const match = /\r?\n\r?\n/.exec(text);
    if (!match)
        return { headerText: text, body: Buffer.alloc(0) };
    return { headerText: text.slice(0, match.index), body: raw.subarray(Buffer.byteLength(text.slice(0, match.index + match[0].length), 'latin1')) };
}

;// CONCATENATED MODULE: ./build/mail/bounces/notice.js
// What a delivery-failure notice says, read from the raw message: RFC 3464 delivery reports
// (multipart/report; report-type=delivery-status) exactly, and the common non-standard shapes
// (Exchange, Gmail with the original attached, qmail) on a best-effort basis, marked heuristic.


const STATUS_CODE = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/;
const ADDRESS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;
// The address named in a sentence: a domain ends with a letter or digit, so "to cat@example.co.uk."
// is read up to the .uk and not beyond (a lazy match stopped at the first dot: cat@example).
const NAMED_ADDRESS = `<?(${ADDRESS.source})>?`;
const NOT_DELIVERED_TO = new RegExp(`(?:wasn't|couldn't|could not|was not) be(?:en)? delivered to\\s+${NAMED_ADDRESS}|delivery to the following recipients? failed[^\\n]*\\n+\\s*${NAMED_ADDRESS}`, 'i');
const GMAIL_NOT_DELIVERED_TO = new RegExp(`wasn't delivered to\\s+${NAMED_ADDRESS}`, 'i');
const BOUNCE_SENDER = /mailer-daemon|postmaster|mail delivery (sub)?system|microsoftexchange/i;
const BOUNCE_SUBJECT = /undeliver|not delivered|delivery (status notification|failure|has failed|incomplete|delayed|report)|returned mail|failure notice|mail delivery failed|could not be delivered|couldn't be delivered|wasn't delivered|nondeliverable|non-delivery/i;
function messageIdsIn(value) {
    return [...(value ?? '').matchAll(/<([^<>\s]+)>/g)].map((match) => `<${match[1]}>`);
}
function firstMessageId(value) {
    return messageIdsIn(value)[0] ?? (value && /^\S+@\S+$/.test(value.trim()) ? `<${value.trim()}>` : undefined);
}
/** `rfc822; a@b` -> a@b (lower-cased). */
function addressField(value) {
    if (!value)
        return undefined;
    const address = value.includes(';') ? value.slice(value.indexOf(';') + 1) : value;
    const found = address.match(ADDRESS)?.[0];
    return found?.toLowerCase();
}
function kindOf(action, status) {
    const statusClass = status?.[0];
    if (action === 'delayed')
        return 'soft';
    if (action === 'failed')
        return statusClass === '4' ? 'soft' : 'hard';
    if (statusClass === '5')
        return 'hard';
    if (statusClass === '4')
        return 'soft';
    return undefined;
}
function originalFromHeaders(block) {
    return {
        messageId: firstMessageId(headerValue(block, 'message-id')),
        references: [...messageIdsIn(headerValue(block, 'in-reply-to')), ...messageIdsIn(headerValue(block, 'references'))],
        to: [...(headerValue(block, 'to') ?? '').matchAll(ADDRESS)].map((match) => match[0].toLowerCase()),
        subject: headerValue(block, 'subject'),
        event: headerValue(block, 'x-shipgate-event'),
    };
}
const RETURNED_MESSAGE = ['message/rfc822', 'message/global'];
const RETURNED_HEADERS = ['text/rfc822-headers', 'message/rfc822-headers', 'message/global-headers'];
const DELIVERY_STATUS = ['message/delivery-status', 'message/global-delivery-status'];
/** The returned message or its headers: a message/rfc822 or text/rfc822-headers part. */
function returnedHeaders(parts) {
    const part = parts.find((attachment) => RETURNED_MESSAGE.includes(attachment.contentType) || RETURNED_HEADERS.includes(attachment.contentType));
    return part && parseHeaderBlock(splitMessage(part.content).headerText);
}
/** The per-recipient blocks of a message/delivery-status part (the first block is per-message). */
function deliveryStatusRecipients(part) {
    const blocks = part.content.toString('utf8').split(/\r?\n[ \t]*\r?\n/).map(parseHeaderBlock);
    const recipients = [];
    for (const block of blocks) {
        const address = addressField(headerValue(block, 'final-recipient')) ?? addressField(headerValue(block, 'original-recipient'));
        if (!address)
            continue;
        const action = headerValue(block, 'action')?.toLowerCase().trim();
        const status = headerValue(block, 'status')?.match(STATUS_CODE)?.[0];
        const kind = kindOf(action, status);
        // delivered, relayed and expanded are reports of success: nothing bounced.
        if (!kind || (action !== undefined && action !== 'failed' && action !== 'delayed'))
            continue;
        const diagnostic = headerValue(block, 'diagnostic-code');
        recipients.push({
            address,
            originalAddress: addressField(headerValue(block, 'original-recipient')),
            action: kind === 'soft' && action !== 'failed' ? 'delayed' : 'failed',
            status,
            diagnostic: diagnostic?.includes(';') ? diagnostic.slice(diagnostic.indexOf(';') + 1).trim() : diagnostic,
            kind,
        });
    }
    return recipients;
}
// Auto-Submitted alone says nothing: bounces carry `auto-replied` too. The subject and the
// vacation headers tell an out-of-office answer apart.
function looksLikeAutoReply(headers, subject) {
    return (headerValue(headers, 'x-autoreply') !== undefined ||
        headerValue(headers, 'x-autorespond') !== undefined ||
        /^(automatic reply|auto(matic)?[- ]?reply|out of (the )?office|abwesenheit|réponse automatique)\b/i.test(subject));
}
/** Status code, diagnostic and kind from the words around an address in a free-text notice. */
function heuristicRecipient(address, text, wholeText) {
    const status = text.match(STATUS_CODE)?.[0] ?? wholeText.match(STATUS_CODE)?.[0];
    const diagnosticLine = /(?:remote server returned|remote host said|the response (?:from the remote server )?was|diagnostic[- ]code|said):?\s*'?([^\n']+)/i.exec(text)?.[1] ??
        /(?:remote server returned|remote host said|the response (?:from the remote server )?was|diagnostic[- ]code):?\s*'?([^\n']+)/i.exec(wholeText)?.[1];
    let kind = kindOf(undefined, status);
    if (!kind) {
        if (/permanent(ly)?|given up|giving up|does not exist|doesn't exist|couldn't be found|unknown user|no such user/i.test(wholeText))
            kind = 'hard';
        else
            kind = 'soft';
    }
    return { address, action: kind === 'hard' ? 'failed' : 'delayed', status, diagnostic: diagnosticLine?.trim(), kind };
}
function uniqueBy(items, key) {
    const seen = new Set();
    return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
function readHeuristically(headers, subject, text, exclude) {
    const from = headerValue(headers, 'from') ?? '';
    const failedHeader = headerValue(headers, 'x-failed-recipients');
    const fromSystem = BOUNCE_SENDER.test(from);
    const subjectSaysBounce = BOUNCE_SUBJECT.test(subject);
    if (!failedHeader && !fromSystem && !subjectSaysBounce)
        return undefined;
    const addresses = (found) => uniqueBy([...found].map((address) => address.toLowerCase()).filter((address) => !exclude.has(address)), (address) => address);
    // qmail: "<address>:" paragraphs, then "--- Below this line is a copy of the message."
    const qmailCopy = /^---\s*Below this line is a copy of the message\.?\s*$/im.exec(text);
    if (/qmail-send program|I'm afraid I wasn't able to deliver/i.test(text) || qmailCopy) {
        const report = qmailCopy ? text.slice(0, qmailCopy.index) : text;
        const paragraphs = report.split(/\n\s*\n/);
        const recipients = paragraphs.flatMap((paragraph) => {
            const match = /^<([^<>\s]+@[^<>\s]+)>:\s*$/m.exec(paragraph);
            return match ? [heuristicRecipient(match[1].toLowerCase(), paragraph, report)] : [];
        });
        const quoted = qmailCopy ? parseHeaderBlock(text.slice(qmailCopy.index + qmailCopy[0].length).replace(/^\s*\n/, '').split(/\n\s*\n/)[0] ?? '') : undefined;
        if (recipients.length > 0)
            return { format: 'qmail', recipients: uniqueBy(recipients, (item) => item.address), quotedHeaders: quoted };
    }
    // Exchange: "Delivery has failed to these recipients or groups:" ... "Original message headers:"
    const exchange = /Delivery has failed to these recipients or groups:|did not reach (some or all of )?the intended recipient|following recipient\(s\) cannot be reached/i.exec(text);
    if (exchange) {
        const headersAt = /^Original message headers:\s*$/im.exec(text);
        const report = text.slice(exchange.index, headersAt ? headersAt.index : undefined);
        const named = addresses(report.match(ADDRESS) ?? []);
        const quoted = headersAt ? parseHeaderBlock(text.slice(headersAt.index + headersAt[0].length).replace(/^\s*\n/, '')) : undefined;
        const quotedIds = new Set([...(quoted ? originalFromHeaders(quoted).to : [])]);
        const failed = named.filter((address) => quotedIds.size === 0 || quotedIds.has(address) || !headerAddresses(quoted).has(address));
        if (failed.length > 0)
            return { format: 'exchange', recipients: failed.map((address) => heuristicRecipient(address, paragraphAround(report, address), report)), quotedHeaders: quoted };
    }
    // Gmail and Exim name the failed addresses in X-Failed-Recipients, with the reason in the text.
    if (failedHeader) {
        const named = addresses(failedHeader.match(ADDRESS) ?? []);
        const format = /google|gmail/i.test(from) || /wasn't delivered to|couldn't be delivered to|address couldn't be found/i.test(text) ? 'gmail' : 'generic';
        if (named.length > 0)
            return { format, recipients: named.map((address) => heuristicRecipient(address, paragraphAround(text, address), text)) };
    }
    if ((fromSystem && subjectSaysBounce) || /wasn't delivered to|couldn't be delivered to|could not be delivered to|delivery to the following recipient(s)? failed/i.test(text)) {
        const match = NOT_DELIVERED_TO.exec(text);
        const gmailMatch = GMAIL_NOT_DELIVERED_TO.exec(text);
        const address = (gmailMatch?.[1] ?? match?.[1] ?? match?.[2])?.toLowerCase();
        if (address && !exclude.has(address)) {
            return { format: /google|gmail/i.test(from) || gmailMatch ? 'gmail' : 'generic', recipients: [heuristicRecipient(address, paragraphAround(text, address), text)] };
        }
    }
    return undefined;
}
function headerAddresses(block) {
    if (!block)
        return new Set();
    return new Set(['from', 'sender', 'return-path', 'reply-to'].flatMap((name) => [...(headerValue(block, name) ?? '').matchAll(ADDRESS)].map((match) => match[0].toLowerCase())));
}
function paragraphAround(text, address) {
    const at = text.toLowerCase().indexOf(address.toLowerCase());
    if (at < 0)
        return text;
    const start = text.lastIndexOf('\n\n', at);
    const end = text.indexOf('\n\n', at + address.length);
    // The reason often sits in the paragraph after the address (Exchange, Gmail).
    const after = end < 0 ? -1 : text.indexOf('\n\n', end + 2);
    return text.slice(start < 0 ? 0 : start, after < 0 ? (end < 0 ? undefined : text.length) : after);
}
// mailparser (the MIME tree, transfer encodings, charsets, encoded words, HTML-only notices) is
// loaded only when a scan reads mail. The report parts come back as attachments, whole: the
// delivery status (keepDeliveryStatus) and the returned message (ignoreEmbedded) are read here.
let mailparser;
/** Reads a raw message: a bounce notice, or why it is not one. Never throws for odd input. */
async function readNotice(raw) {
    mailparser ??= Promise.all(/* import() */[__webpack_require__.e(3909), __webpack_require__.e(8398)]).then(__webpack_require__.bind(__webpack_require__, 28398));
    const { simpleParser } = await mailparser;
    const parsed = await simpleParser(raw, {
        skipHtmlToText: false,
        skipTextToHtml: true,
        skipTextLinks: true,
        skipImageLinks: true,
        keepDeliveryStatus: true,
        ignoreEmbedded: true,
        checksumAlgo: false,
    });
    const headers = parseHeaderBlock(parsed.headerLines.map((header) => header.line).join('\n'));
    const noticeId = firstMessageId(headerValue(headers, 'message-id')) ?? `<sha256-${(0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex').slice(0, 32)}@bounce-scan.invalid>`;
    const subject = parsed.subject ?? headerValue(headers, 'subject') ?? '';
    const own = {
        references: [...messageIdsIn(headerValue(headers, 'in-reply-to')), ...messageIdsIn(headerValue(headers, 'references'))],
    };
    const base = { noticeId, date: parsed.date?.toISOString(), from: parsed.from?.text ?? headerValue(headers, 'from'), subject: subject || undefined };
    const parts = parsed.attachments.map((attachment) => ({ ...attachment, contentType: attachment.contentType.toLowerCase() }));
    const returned = returnedHeaders(parts);
    const original = (block) => {
        const fromBlock = block ? originalFromHeaders(block) : { references: [], to: [] };
        return { ...fromBlock, references: uniqueBy([...own.references, ...fromBlock.references], (id) => id) };
    };
    // A delivery-status part is only ever sent inside a multipart/report, wherever that sits.
    const statusPart = parts.find((part) => DELIVERY_STATUS.includes(part.contentType));
    if (statusPart) {
        const recipients = deliveryStatusRecipients(statusPart);
        if (recipients.length === 0)
            return { bounce: false, noticeId, reason: 'a delivery report without failed or delayed recipients' };
        return { bounce: true, notice: { ...base, format: 'rfc3464', heuristic: false, recipients, original: original(returned) } };
    }
    if (looksLikeAutoReply(headers, subject))
        return { bounce: false, noticeId, reason: 'an automatic reply, not a delivery failure' };
    const ownAddresses = new Set([...headerAddresses(headers), ...[...(headerValue(headers, 'to') ?? '').matchAll(ADDRESS)].map((match) => match[0].toLowerCase())]);
    const heuristic = readHeuristically(headers, subject, (parsed.text ?? '').replace(/\r\n/g, '\n'), ownAddresses);
    if (!heuristic) {
        const automatic = /^auto-replied/i.test(headerValue(headers, 'auto-submitted') ?? '');
        return { bounce: false, noticeId, reason: automatic ? 'an automatic reply, not a delivery failure' : 'no delivery report and no known bounce wording' };
    }
    return { bounce: true, notice: { ...base, format: heuristic.format, heuristic: true, recipients: heuristic.recipients, original: original(returned ?? heuristic.quotedHeaders) } };
}
/**
 * From the header block alone: could this be a notice? Cheap, generous filter so that only
 * candidates are downloaded whole; readNotice decides. Encoded subjects are let through.
 */
function mightBeNotice(headerText) {
    const headers = parseHeaderBlock(headerText);
    const contentType = headerValue(headers, 'content-type') ?? '';
    const subject = headerValue(headers, 'subject') ?? '';
    return (/multipart\/report/i.test(contentType) ||
        headerValue(headers, 'x-failed-recipients') !== undefined ||
        BOUNCE_SENDER.test(headerValue(headers, 'from') ?? '') ||
        BOUNCE_SENDER.test(headerValue(headers, 'return-path') ?? '') ||
        headerValue(headers, 'return-path')?.trim() === '<>' ||
        BOUNCE_SUBJECT.test(subject) ||
        subject.includes('=?'));
}

// EXTERNAL MODULE: ./build/mail/roster.js
var mail_roster = __webpack_require__(12631);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/evidence/atomic-file.js
var atomic_file = __webpack_require__(33910);
;// CONCATENATED MODULE: ./build/mail/bounces/roster-update.js
// Retires roster people whose mail bounces: status -> inactive and a note saying why. Only the
// rows that change are rewritten (every other byte stays as it was); the file is replaced
// atomically and the previous version kept as `<roster>.<time>.bak`.




function csvField(value) {
    return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/** Physical lines with their terminators, split as the roster parser counts lines. */
function physicalLines(text) {
    return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}
function backupPathFor(rosterPath, now) {
    return `${rosterPath}.${now.toISOString().replace(/[:.]/g, '-')}.bak`;
}
/** The new roster text, or undefined when nothing changes. Pure; checked by parsing it again. */
function retireInRosterText(text, path, retirements) {
    const roster = (0,mail_roster/* parseRoster */.Rh)(text, path);
    // A roster validate-roster rejects is never written back (scanBounces checks it up front too).
    (0,mail_roster/* requireNoRosterProblems */.kN)(roster, 'not rewritten');
    const byEmail = new Map(roster.people.map((person) => [person.email.toLowerCase(), person]));
    const update = { retired: [], notOnRoster: [], alreadyInactive: [] };
    const changes = new Map();
    for (const retirement of retirements) {
        const person = byEmail.get(retirement.email.toLowerCase());
        if (!person) {
            if (!update.notOnRoster.includes(retirement.email))
                update.notOnRoster.push(retirement.email);
        }
        else if (person.status === 'inactive' && !changes.has(person)) {
            if (!update.alreadyInactive.includes(person.email))
                update.alreadyInactive.push(person.email);
        }
        else if (!changes.has(person)) {
            changes.set(person, retirement.note);
        }
    }
    if (changes.size === 0)
        return { update };
    const { rows } = (0,mail_roster/* parseCsvRows */.$r)(text);
    const header = rows[0];
    const lines = physicalLines(text);
    const noteIndex = roster.columns.indexOf(mail_roster/* NOTE_COLUMN */.or);
    const addNoteColumn = noteIndex < 0;
    const statusIndex = roster.columns.indexOf('status');
    const lastLineOf = (row) => row.line + row.fields.reduce((count, field) => count + (field.match(/\n/g)?.length ?? 0), 0);
    const terminator = (line) => /(\r\n|\n|\r)$/.exec(line)?.[1] ?? '';
    const changedRows = new Map();
    for (const [person, note] of changes) {
        const row = rows.find((candidate) => candidate.line === person.line);
        const fields = [...row.fields];
        fields[statusIndex] = 'inactive';
        if (addNoteColumn)
            fields.push(note);
        else
            fields[noteIndex] = fields[noteIndex].trim() === '' ? note : `${fields[noteIndex].trim()}; ${note}`;
        changedRows.set(row.line, fields);
        update.retired.push({ email: person.email, name: person.name, note, line: person.line });
    }
    const output = [];
    for (const row of rows) {
        const first = row.line - 1;
        const last = lastLineOf(row) - 1;
        // Blank lines between rows and anything the parser skipped are copied as they are.
        while (output.length < first)
            output.push(lines[output.length] ?? '');
        const end = terminator(lines[last] ?? '');
        const replaced = changedRows.get(row.line);
        if (replaced) {
            output.push(replaced.map(csvField).join(',') + end);
        }
        else if (addNoteColumn) {
            const original = lines.slice(first, last + 1).join('');
            output.push(original.slice(0, original.length - end.length) + (row === header ? `,${mail_roster/* NOTE_COLUMN */.or}` : ',') + end);
        }
        else {
            output.push(lines.slice(first, last + 1).join(''));
        }
        for (let filler = first + 1; filler <= last; filler++)
            output.push('');
    }
    while (output.length < lines.length)
        output.push(lines[output.length]);
    const newText = output.join('');
    // Fail closed: the rewrite must change exactly the retired people and nothing else.
    const reread = (0,mail_roster/* parseRoster */.Rh)(newText, path);
    const retiredEmails = new Set(update.retired.map((person) => person.email.toLowerCase()));
    const same = reread.people.length === roster.people.length &&
        reread.people.every((person, index) => {
            const before = roster.people[index];
            if (person.email !== before.email || person.name !== before.name)
                return false;
            if (retiredEmails.has(person.email.toLowerCase()))
                return person.status === 'inactive';
            return person.status === before.status && Object.entries(before.columns).every(([name, value]) => person.columns[name] === value);
        });
    if (!same)
        throw new Error(`bug: the rewritten roster ${path} does not read back as the original with ${[...retiredEmails].join(', ')} inactive; not written`);
    return { text: newText, update };
}
/** Reads, rewrites and replaces the roster; keeps the previous version as a backup file. */
async function retireInRoster(path, retirements, now) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`input 'roster': cannot read ${path} (${error.message})`, { file: path });
    }
    const result = retireInRosterText(text, path, retirements);
    if (result.text === undefined)
        return result.update;
    const backupPath = backupPathFor(path, now);
    await (0,atomic_file/* writeFileAtomic */.Zf)(backupPath, text);
    await (0,atomic_file/* writeFileAtomic */.Zf)(await (0,mail_roster/* rosterTarget */.Xe)(path), result.text);
    return { ...result.update, backupPath };
}

// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
;// CONCATENATED MODULE: ./build/mail/bounces/scan.js








const normalizeId = (id) => id.trim().replace(/^<|>$/g, '').toLowerCase();
const recipientsOf = (entry) => entry.recipient.split(',').map((address) => address.trim().toLowerCase()).filter((address) => address !== '');
/** The send a bounced address answers: by the returned Message-ID, else the address's latest send. */
function matchSend(recipient, notice, sends) {
    const addresses = [recipient.address, recipient.originalAddress].filter((address) => Boolean(address));
    const ids = [notice.original.messageId, ...notice.original.references].filter((id) => Boolean(id)).map(normalizeId);
    for (const id of ids) {
        const candidates = sends.filter((send) => send.messageId !== null && normalizeId(send.messageId) === id);
        for (const send of candidates) {
            const address = recipientsOf(send).find((sent) => addresses.includes(sent));
            if (address)
                return { send, address, match: 'message-id' };
        }
        // Forwarded mail bounces for the forwarding target: a one-recipient send is still the one.
        const single = candidates.find((send) => recipientsOf(send).length === 1);
        if (single)
            return { send: single, address: recipientsOf(single)[0], match: 'message-id' };
    }
    for (let index = sends.length - 1; index >= 0; index--) {
        const send = sends[index];
        const address = recipientsOf(send).find((sent) => addresses.includes(sent));
        if (address)
            return { send, address, match: 'recipient-latest' };
    }
    const returned = notice.original.messageId ? `the returned Message-ID ${notice.original.messageId} is not in the send log, and ` : '';
    return { reason: `${returned}nothing was sent to ${recipient.address} according to the send log` };
}
function bounceNote(kind, recipient, day, softCount, windowDays) {
    const code = recipient.status ?? 'no status code';
    const diagnostic = recipient.diagnostic ? `: ${recipient.diagnostic.slice(0, 120)}` : '';
    return kind === 'hard'
        ? `bounced ${day} (hard, ${code}${diagnostic})`
        : `bounced ${day} (${softCount} soft bounces within ${windowDays} days, last ${code}${diagnostic})`;
}
async function scanBounces(request, ports) {
    const { logger, clock } = ports;
    const masker = new platform_logger/* SecretMasker */.M2();
    masker.add(request.imap.password);
    logger.secret(request.imap.password);
    const now = clock.now();
    const processedPath = (0,bounce_log/* processedJournalPath */.DD)(request.sendLog);
    // Before the mailbox or the send log is touched: a roster that cannot be read, or that
    // validate-roster rejects, would stop the scan halfway or be written back broken.
    if (request.roster)
        await (0,mail_roster/* requireValidRoster */.rp)(request.roster, 'nothing was scanned and nothing written');
    const log = await (0,bounce_log/* readWholeSendLog */.kj)(request.sendLog);
    if (!log.found)
        logger.warning(`bounce-scan: no send log at ${request.sendLog}; every bounce will be unmatched`);
    if (log.unreadable > 0)
        logger.warning(`bounce-scan: ${request.sendLog}: ${log.unreadable === 1 ? '1 line is' : `${log.unreadable} lines are`} not JSON and were skipped`);
    // An unconfirmed send (the connection dropped after the whole message went out) may well have
    // been delivered, and a bounce for it is the proof that it was.
    const sends = log.entries.filter((entry) => entry.status === 'sent' || entry.status === 'unconfirmed');
    const bouncedLines = log.entries.filter(bounce_log/* isBouncedEntry */.DJ);
    const processed = await (0,bounce_log/* readProcessed */.fA)(processedPath);
    const mailbox = await (ports.openMailbox ?? bounces_mailbox/* openImapMailbox */.i)(request.imap);
    const result = {
        scanned: 0,
        handled: 0,
        alreadyProcessed: 0,
        notBounces: 0,
        bounces: [],
        participantsUpdated: [],
        unmatched: [],
        notOnRoster: [],
        scanId: request.scanId,
        retired: [],
        sendLog: request.sendLog,
        processedJournal: processedPath,
        markedSeen: 0,
    };
    const toMarkSeen = [];
    const newBounced = [];
    const newProcessed = [];
    const retirements = [];
    const handledNow = new Set();
    try {
        const unseen = await mailbox.unseen();
        result.scanned = unseen.length;
        const candidates = unseen.filter((message) => mightBeNotice(message.headers.toString('latin1')));
        result.notBounces += unseen.length - candidates.length;
        const sources = await mailbox.sources(candidates.map((message) => message.uid));
        const windowStart = now.getTime() - request.softBounceWindowMs;
        const windowDays = Math.round((request.softBounceWindowMs / 86_400_000) * 10) / 10;
        const softTimes = new Map();
        for (const line of bouncedLines) {
            if (line.bounce.type !== 'soft')
                continue;
            const address = line.recipient.toLowerCase();
            softTimes.set(address, [...(softTimes.get(address) ?? []), Date.parse(line.bounce.noticeDate)]);
        }
        for (const message of candidates) {
            const raw = sources.get(message.uid);
            if (!raw)
                continue;
            const reading = await readNotice(raw);
            if (!reading.bounce) {
                result.notBounces++;
                logger.debug(`bounce-scan: UID ${message.uid} left alone: ${reading.reason}`);
                continue;
            }
            const notice = reading.notice;
            // A notice is handled once, by its Message-ID: also when the mailbox holds copies of it.
            if (processed.has(notice.noticeId) || handledNow.has(notice.noticeId)) {
                result.alreadyProcessed++;
                if (!request.keepUnseen)
                    toMarkSeen.push(message.uid);
                continue;
            }
            handledNow.add(notice.noticeId);
            const journaled = bouncedLines.filter((line) => line.bounce.noticeMessageId === notice.noticeId);
            if (journaled.length > 0) {
                // An earlier run recorded this notice in the send log and stopped before finishing it.
                logger.warning(`bounce-scan: ${notice.noticeId} was recorded by an earlier run that did not finish; completing it`);
                for (const line of journaled) {
                    if (line.bounce.retire)
                        retirements.push({ email: line.recipient, note: line.bounce.retireReason ?? `bounced (${line.bounce.type})`, noticeMessageId: notice.noticeId, date: line.bounce.noticeDate });
                    result.bounces.push(outcomeOf(line, undefined));
                }
                newProcessed.push(processedRecord(notice, now, 'bounced', journaled.map((line) => ({ address: line.bounce.finalRecipient, type: line.bounce.type, status: line.bounce.status, sendMessageId: line.messageId, reason: null }))));
                result.handled++;
                if (!request.keepUnseen)
                    toMarkSeen.push(message.uid);
                continue;
            }
            const noticeDate = message.receivedAt ?? (notice.date ? new Date(notice.date) : now);
            const day = noticeDate.toISOString().slice(0, 10);
            const recorded = [];
            for (const recipient of notice.recipients) {
                const found = matchSend(recipient, notice, sends);
                if ('reason' in found) {
                    result.unmatched.push({
                        address: recipient.address,
                        date: noticeDate.toISOString(),
                        type: recipient.kind,
                        status: recipient.status ?? null,
                        reason: found.reason,
                        noticeMessageId: notice.noticeId,
                        subject: notice.subject ?? null,
                        heuristic: notice.heuristic,
                    });
                    recorded.push({ address: recipient.address, type: recipient.kind, status: recipient.status ?? null, sendMessageId: null, reason: found.reason });
                    continue;
                }
                let retire = recipient.kind === 'hard';
                let softCount;
                if (recipient.kind === 'soft') {
                    const times = [...(softTimes.get(found.address) ?? []), noticeDate.getTime()];
                    softTimes.set(found.address, times);
                    softCount = times.filter((time) => time >= windowStart).length;
                    retire = softCount >= request.softBounceLimit;
                }
                const retireReason = retire ? bounceNote(recipient.kind, recipient, day, softCount ?? 0, windowDays) : null;
                const line = {
                    time: now.toISOString(),
                    event: found.send.event,
                    template: found.send.template,
                    recipient: found.address,
                    status: 'bounced',
                    response: recipient.diagnostic ?? null,
                    messageId: found.send.messageId,
                    error: `${recipient.kind} bounce${recipient.status ? ` ${recipient.status}` : ''}${recipient.diagnostic ? `: ${recipient.diagnostic}` : ''}`,
                    attempts: 0,
                    bounce: {
                        type: recipient.kind,
                        action: recipient.action,
                        status: recipient.status ?? null,
                        diagnostic: recipient.diagnostic ?? null,
                        finalRecipient: recipient.address,
                        noticeMessageId: notice.noticeId,
                        noticeDate: noticeDate.toISOString(),
                        format: notice.format,
                        heuristic: notice.heuristic,
                        match: found.match,
                        retire,
                        retireReason,
                    },
                };
                newBounced.push(line);
                if (retire)
                    retirements.push({ email: found.address, note: retireReason, noticeMessageId: notice.noticeId, date: noticeDate.toISOString() });
                result.bounces.push(outcomeOf(line, softCount));
                recorded.push({ address: recipient.address, type: recipient.kind, status: recipient.status ?? null, sendMessageId: found.send.messageId, reason: null });
                logger.info(`bounce-scan: ${recipient.kind} bounce for ${found.address} (${recipient.status ?? 'no status'}; matched by ${found.match}${notice.heuristic ? `; ${notice.format} format, heuristic` : ''})` +
                    (retire ? '; retiring the address' : softCount !== undefined ? `; ${softCount} of ${request.softBounceLimit} soft bounces within the window` : ''));
            }
            newProcessed.push(processedRecord(notice, now, recorded.every((entry) => entry.reason !== null) ? 'unmatched' : 'bounced', recorded));
            result.handled++;
            if (!request.keepUnseen)
                toMarkSeen.push(message.uid);
        }
        (0,bounce_log/* appendBounced */.L4)(request.sendLog, masker, newBounced);
        const alreadyRetired = new Set(log.entries.filter(send_log/* isRetirementEntry */.oA).map((entry) => entry.recipient.toLowerCase()));
        result.retired = appendRetired(request.sendLog, masker, retirements, alreadyRetired, request.scanId, now);
        if (retirements.length > 0) {
            if (request.roster) {
                const update = await retireInRoster(request.roster, retirements, now);
                result.participantsUpdated = update.retired.map((person) => ({ email: person.email, name: person.name, status: 'inactive', note: person.note, line: person.line }));
                result.notOnRoster = update.notOnRoster;
                result.rosterBackup = update.backupPath;
                if (update.backupPath)
                    logger.info(`bounce-scan: ${request.roster}: ${update.retired.length} set inactive; previous version kept as ${update.backupPath}`);
                if (update.notOnRoster.length > 0)
                    logger.info(`bounce-scan: not on the roster (recorded in the send log only): ${update.notOnRoster.join(', ')}`);
            }
            else {
                result.notOnRoster = [...new Set(retirements.map((retirement) => retirement.email))];
                logger.info(`bounce-scan: retired in the send log (no roster given to rewrite): ${result.notOnRoster.join(', ')}`);
            }
        }
        (0,bounce_log/* appendProcessed */.LS)(processedPath, masker, newProcessed);
        await mailbox.markSeen(toMarkSeen);
        result.markedSeen = toMarkSeen.length;
    }
    finally {
        await mailbox.close();
    }
    for (const unmatched of result.unmatched)
        logger.warning(`bounce-scan: unmatched ${unmatched.type} bounce for ${unmatched.address}: ${unmatched.reason} (notice ${unmatched.noticeMessageId})`);
    logger.info(`bounce-scan: ${(0,markdown/* plural */.LS)(result.scanned, 'unseen message')}, ${(0,markdown/* plural */.LS)(result.handled, 'notice')} handled, ${result.alreadyProcessed} already processed, ${result.notBounces} not bounces; ` +
        `${result.participantsUpdated.length} roster entr${result.participantsUpdated.length === 1 ? 'y' : 'ies'} set inactive, ${result.unmatched.length} unmatched`);
    return result;
}
/** One `retired` line per address not retired before; what this scan retired, for the alert. */
function appendRetired(path, masker, retirements, alreadyRetired, scanId, now) {
    const byAddress = new Map();
    for (const retirement of retirements) {
        const address = retirement.email.toLowerCase();
        if (alreadyRetired.has(address))
            continue;
        const known = byAddress.get(address);
        if (known)
            known.noticeMessageIds.push(...(retirement.noticeMessageId ? [retirement.noticeMessageId] : []));
        else
            byAddress.set(address, { retirement, noticeMessageIds: retirement.noticeMessageId ? [retirement.noticeMessageId] : [] });
    }
    if (byAddress.size === 0)
        return [];
    const scan = `bounce-scan:${scanId}`;
    const log = new send_log/* SendLog */.hb(path, masker);
    try {
        for (const { retirement, noticeMessageIds } of byAddress.values()) {
            const line = {
                time: now.toISOString(),
                event: scan,
                template: 'bounce-scan',
                recipient: retirement.email,
                status: 'retired',
                response: null,
                messageId: null,
                error: retirement.note,
                attempts: 0,
                retirement: { reason: retirement.note, scan, noticeMessageIds },
            };
            log.append(line);
        }
    }
    finally {
        log.close();
    }
    return [...byAddress.values()].map(({ retirement }) => ({ address: retirement.email, reason: retirement.note, date: retirement.date ?? now.toISOString() }));
}
function outcomeOf(line, softBounces) {
    return {
        address: line.recipient,
        type: line.bounce.type,
        status: line.bounce.status,
        diagnostic: line.bounce.diagnostic,
        match: line.bounce.match,
        heuristic: line.bounce.heuristic,
        format: line.bounce.format,
        sendMessageId: line.messageId,
        noticeMessageId: line.bounce.noticeMessageId,
        ...(softBounces === undefined ? {} : { softBounces }),
        retired: line.bounce.retire,
    };
}
function processedRecord(notice, now, outcome, recipients) {
    return { noticeMessageId: notice.noticeId, at: now.toISOString(), outcome, subject: notice.subject ?? null, recipients };
}


/***/ }),

/***/ 99876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ isCutShortRecord),
/* harmony export */   eq: () => (/* binding */ openForAppend),
/* harmony export */   fl: () => (/* binding */ appendJsonLine)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
// The JSONL files that runs share (the ledger journal, the send log, bounce-scan's processed
// journal): each record is one write to a file opened with O_APPEND, so records from several
// processes never interleave. A write cut short (a crash or a full disk mid-append) leaves the start
// of a record with no newline; the next writer starts its record on a new line, so the torn line is
// left on its own, where readers know it by its shape (a JSON object whose end is missing).


/** Opens a JSONL file for appending (and for reading its last byte), creating it and its folder. */
function openForAppend(path) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'a+');
}
/**
 * Appends one record in a single write, with a newline first when the file does not end with one
 * (a record cut short before). Another process may append between the check and the write: then
 * the newline is an empty line, which readers skip. A short write (a full disk) is an error, not a
 * record written.
 */
function appendJsonLine(fd, path, line) {
    const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    const last = Buffer.alloc(1);
    const torn = size > 0 && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
    const bytes = Buffer.from(`${torn ? '\n' : ''}${line}\n`, 'utf8');
    const written = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes);
    if (written !== bytes.length)
        throw new Error(`${path}: only ${written} of ${bytes.length} bytes of a record were written (is the disk full?)`);
}
class EndOfText extends Error {
}
class NotJson extends Error {
}
/**
 * Whether a line that is not JSON is a record cut short: the start of a JSON object, valid as far as
 * it goes, whose end is missing. A line with anything else wrong (edited by hand, or a torn record
 * with another written onto it) is not.
 */
function isCutShortRecord(line) {
    if (!line.startsWith('{'))
        return false;
    let at = 0;
    const peek = () => {
        if (at >= line.length)
            throw new EndOfText();
        return line[at];
    };
    const skipBlanks = () => {
        while (at < line.length && ' \t\r'.includes(line[at]))
            at++;
    };
    const take = (char) => {
        if (peek() !== char)
            throw new NotJson();
        at++;
    };
    const string = () => {
        take('"');
        for (;;) {
            const char = peek();
            at++;
            if (char === '"')
                return;
            if (char < ' ')
                throw new NotJson();
            if (char !== '\\')
                continue;
            const escaped = peek();
            at++;
            if (escaped === 'u') {
                for (let digit = 0; digit < 4; digit++, at++)
                    if (!/[0-9a-fA-F]/.test(peek()))
                        throw new NotJson();
            }
            else if (!'"\\/bfnrt'.includes(escaped)) {
                throw new NotJson();
            }
        }
    };
    const literal = () => {
        const rest = line.slice(at);
        const word = ['true', 'false', 'null'].find((candidate) => rest.startsWith(candidate) || candidate.startsWith(rest));
        if (!word)
            throw new NotJson();
        if (!rest.startsWith(word))
            throw new EndOfText();
        at += word.length;
    };
    const number = () => {
        const text = /^[-+0-9.eE]+/.exec(line.slice(at))[0];
        at += text.length;
        if (at >= line.length)
            throw new EndOfText();
        if (!/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/.test(text))
            throw new NotJson();
    };
    const members = (close, member) => {
        at++;
        skipBlanks();
        if (peek() === close)
            return void at++;
        for (;;) {
            skipBlanks();
            member();
            skipBlanks();
            const char = peek();
            at++;
            if (char === close)
                return;
            if (char !== ',')
                throw new NotJson();
        }
    };
    const value = () => {
        skipBlanks();
        const char = peek();
        if (char === '{') {
            members('}', () => {
                string();
                skipBlanks();
                take(':');
                value();
            });
        }
        else if (char === '[') {
            members(']', value);
        }
        else if (char === '"') {
            string();
        }
        else if (char === '-' || (char >= '0' && char <= '9')) {
            number();
        }
        else {
            literal();
        }
    };
    try {
        value();
        return false;
    }
    catch (error) {
        if (error instanceof EndOfText)
            return true;
        if (error instanceof NotJson)
            return false;
        throw error;
    }
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7982);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99876);
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
        this.fd ??= (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_2__/* .openForAppend */ .eq)(this.path);
        (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_2__/* .appendJsonLine */ .fl)(this.fd, this.path, this.masker.mask(JSON.stringify(entry)));
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * The last `limit` entries, newest last. Lines that are not JSON (a record cut short by a killed run
 * or a full disk, which the next append leaves on a line of its own) are skipped and counted, and do
 * not take the place of an entry.
 */
async function readSendLogTail(path, limit) {
    const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextIfPresent */ .Ge)(path);
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

/***/ 64377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
