export const id = 289;
export const ids = [289];
export const modules = {

/***/ 53289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bounceScanAction: () => (/* binding */ bounceScanAction),
  bounceScanOutputs: () => (/* binding */ bounceScanOutputs),
  bounceScanSummary: () => (/* binding */ bounceScanSummary)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
;// CONCATENATED MODULE: ./build/mail/bounces/mailbox.js
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
        return new errors/* ConfigurationError */.j1(`IMAP login to ${where} as '${settings.username}' failed (${detail}); check imap-username and imap-password`);
    }
    if (failure.mailboxMissing)
        return new errors/* ConfigurationError */.j1(`IMAP mailbox '${settings.mailbox}' does not exist on ${where}; check imap-mailbox`);
    if (failure.tlsFailed || /certificate|self[- ]signed|TLS|SSL/i.test(failure.message ?? '')) {
        return new errors/* ConfigurationError */.j1(`IMAP TLS with ${where} failed (${detail}); check imap-security and imap-port, and give imap-ca for a private CA`);
    }
    if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'CONNECT_TIMEOUT', 'ETIMEDOUT', 'GREETING_TIMEOUT', 'NoConnection', 'ECONNRESET'].includes(failure.code ?? '')) {
        return new errors/* ConfigurationError */.j1(`cannot reach the IMAP server ${where}: ${failure.code} ${detail}; check imap-host, imap-port and imap-timeout`);
    }
    return new Error(`IMAP ${where}: ${failure.code ? `${failure.code}: ` : ''}${detail}`);
}
async function openImapMailbox(settings) {
    const ca = settings.caFile
        ? await (0,promises_.readFile)(settings.caFile, 'utf8').catch((error) => {
            throw new errors/* ConfigurationError */.j1(`input 'imap-ca': cannot read ${settings.caFile} (${error.message})`, { file: settings.caFile });
        })
        : undefined;
    const { ImapFlow } = await Promise.all(/* import() */[__webpack_require__.e(909), __webpack_require__.e(726)]).then(__webpack_require__.bind(__webpack_require__, 46726));
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

// EXTERNAL MODULE: ./build/platform/logger.js
var platform_logger = __webpack_require__(38660);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/evidence/local-store.js
var local_store = __webpack_require__(13387);
// EXTERNAL MODULE: ./build/mail/send-log.js
var send_log = __webpack_require__(36981);
;// CONCATENATED MODULE: ./build/mail/bounces/bounce-log.js
// What bounce-scan keeps: `bounced` lines appended to send-mail's JSONL send log (history is never
// rewritten) and, beside it, a journal of the notices already handled, keyed by the notice's own
// Message-ID, which makes a second scan of the same mailbox a no-op.




function isBouncedEntry(entry) {
    return entry.status === 'bounced' && typeof entry.bounce === 'object';
}
/** The whole send log (lines that are not JSON skipped and counted). */
async function readWholeSendLog(path) {
    const { entries, unreadable, found } = await (0,send_log/* readSendLogTail */.l)(path, Number.MAX_SAFE_INTEGER);
    return { entries: entries, unreadable, found };
}
/** Appends bounced lines through send-mail's own writer (synchronous, masked). */
function appendBounced(path, masker, entries) {
    if (entries.length === 0)
        return;
    const log = new send_log/* SendLog */.h(path, masker);
    try {
        // SendStatus does not list 'bounced' yet; the line shape is SendLogEntry plus `bounce`.
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
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(sendLogPath), PROCESSED_JOURNAL);
}
async function readProcessed(path) {
    const processed = new Map();
    const text = (await (0,local_store/* readTextIfPresent */.Ge)(path)) ?? '';
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
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const fd = (0,external_node_fs_.openSync)(path, 'a');
    try {
        for (const entry of entries)
            (0,external_node_fs_.writeSync)(fd, `${masker.mask(JSON.stringify(entry))}\n`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/mail/bounces/mime.js
// Just enough MIME to read delivery reports: header blocks (unfolded), Content-Type parameters,
// multipart bodies split on their boundary, and transfer encodings undone. Human-readable text
// (subjects, charsets) is mailparser's job; this keeps the report parts apart, which it merges.
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
/** `type/subtype; a=b; c="d"` -> the lower-case type and its parameters. */
function parseContentType(value) {
    if (!value)
        return { contentType: 'text/plain', params: {} };
    const [type, ...rest] = splitOutsideQuotes(value, ';');
    const params = {};
    for (const item of rest) {
        const equals = item.indexOf('=');
        if (equals <= 0)
            continue;
        const name = item.slice(0, equals).trim().toLowerCase();
        let parameter = item.slice(equals + 1).trim();
        if (parameter.startsWith('"') && parameter.endsWith('"') && parameter.length >= 2)
            parameter = parameter.slice(1, -1).replace(/\\(.)/g, '$1');
        params[name] = parameter;
    }
    return { contentType: (type ?? '').trim().toLowerCase() || 'text/plain', params };
}
function splitOutsideQuotes(value, separator) {
    const items = [];
    let item = '';
    let quoted = false;
    for (let index = 0; index < value.length; index++) {
        const char = value[index];
        if (char === '\\' && quoted) {
            item += char + (value[++index] ?? '');
            continue;
        }
        if (char === '"')
            quoted = !quoted;
        if (char === separator && !quoted) {
            items.push(item);
            item = '';
        }
        else {
            item += char;
        }
    }
    items.push(item);
    return items;
}
function decodeQuotedPrintable(text) {
    const bytes = [];
    const source = text.replace(/=\r?\n/g, '');
    for (let index = 0; index < source.length; index++) {
        const char = source[index];
        const hex = source.slice(index + 1, index + 3);
        if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
            bytes.push(parseInt(hex, 16));
            index += 2;
        }
        else {
            bytes.push(source.charCodeAt(index) & 0xff);
        }
    }
    return Buffer.from(bytes);
}
function decodeBody(body, encoding) {
    switch ((encoding ?? '').trim().toLowerCase()) {
        case 'base64':
            return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
        case 'quoted-printable':
            return decodeQuotedPrintable(body.toString('latin1'));
        default:
            return body;
    }
}
const MAX_DEPTH = 8;
/** The MIME tree of a message; message/rfc822 parts are parsed one level further as well. */
function parseMime(raw, depth = 0) {
    const { headerText, body } = splitMessage(raw);
    const headers = parseHeaderBlock(headerText);
    const { contentType, params } = parseContentType(headerValue(headers, 'content-type'));
    const decoded = decodeBody(body, headerValue(headers, 'content-transfer-encoding'));
    const part = { headers, contentType, params, body: decoded, parts: [] };
    if (depth >= MAX_DEPTH)
        return part;
    if (contentType.startsWith('multipart/') && params.boundary) {
        part.parts = splitMultipart(decoded, params.boundary).map((child) => parseMime(child, depth + 1));
    }
    else if (contentType === 'message/rfc822' || contentType === 'message/global') {
        part.parts = [parseMime(decoded, depth + 1)];
    }
    return part;
}
function splitMultipart(body, boundary) {
    const text = body.toString('latin1');
    const delimiter = `--${boundary}`;
    const pieces = [];
    let position = text.startsWith(delimiter) ? 0 : text.indexOf(`\n${delimiter}`);
    while (position >= 0) {
        const lineStart = text[position] === '\n' ? position + 1 : position;
        const afterDelimiter = lineStart + delimiter.length;
        if (text.startsWith('--', afterDelimiter))
            break;
        const contentStart = text.indexOf('\n', afterDelimiter);
        if (contentStart < 0)
            break;
        const next = text.indexOf(`\n${delimiter}`, contentStart);
        const end = next < 0 ? text.length : next > 0 && text[next - 1] === '\r' ? next - 1 : next;
        pieces.push(Buffer.from(text.slice(contentStart + 1, end), 'latin1'));
        position = next;
    }
    return pieces;
}
/** Every part of the tree, depth first, the root included. */
function allParts(root) {
    return [root, ...root.parts.flatMap(allParts)];
}
/** A part's text in its charset (utf-8 unless said; unknown charsets read as latin1). */
function partText(part) {
    const charset = (part.params.charset ?? 'utf-8').toLowerCase();
    try {
        return new TextDecoder(charset).decode(part.body);
    }
    catch {
        return part.body.toString('latin1');
    }
}

;// CONCATENATED MODULE: ./build/mail/bounces/notice.js
// What a delivery-failure notice says, read from the raw message: RFC 3464 delivery reports
// (multipart/report; report-type=delivery-status) exactly, and the common non-standard shapes
// (Exchange, Gmail with the original attached, qmail) on a best-effort basis, marked heuristic.


const STATUS_CODE = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/;
const ADDRESS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;
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
/** The returned message or its headers: a message/rfc822 or text/rfc822-headers part. */
function returnedHeaders(root) {
    for (const part of allParts(root).slice(1)) {
        if ((part.contentType === 'message/rfc822' || part.contentType === 'message/global') && part.parts[0])
            return part.parts[0].headers;
        if (part.contentType === 'text/rfc822-headers' || part.contentType === 'message/rfc822-headers' || part.contentType === 'message/global-headers') {
            return parseHeaderBlock(splitMessage(part.body).headerText);
        }
    }
    return undefined;
}
/** The per-recipient blocks of a message/delivery-status part (the first block is per-message). */
function deliveryStatusRecipients(part) {
    const blocks = part.body.toString('utf8').split(/\r?\n[ \t]*\r?\n/).map(parseHeaderBlock);
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
function looksLikeAutoReply(headers, subject) {
    const autoSubmitted = headerValue(headers, 'auto-submitted')?.toLowerCase() ?? '';
    return (autoSubmitted.startsWith('auto-replied') ||
        headerValue(headers, 'x-autoreply') !== undefined ||
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
        const match = /(?:wasn't|couldn't|could not|was not) be(?:en)? delivered to\s+<?([^\s<>]+@[^\s<>]+?)>?[\s.,:]|delivery to the following recipients? failed[^\n]*\n+\s*<?([^\s<>]+@[^\s<>]+?)>?\s/i.exec(`${text}\n`);
        const gmailMatch = /wasn't delivered to\s+<?([^\s<>]+@[^\s<>]+?)>?[\s.,:]/i.exec(`${text}\n`);
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
// mailparser (charsets, encoded words, HTML-only notices) is loaded only when a scan reads mail.
let mailparser;
/** Reads a raw message: a bounce notice, or why it is not one. Never throws for odd input. */
async function readNotice(raw) {
    mailparser ??= Promise.all(/* import() */[__webpack_require__.e(909), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 28398));
    const { simpleParser } = await mailparser;
    const parsed = await simpleParser(raw, { skipHtmlToText: false, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
    const root = parseMime(raw);
    const headers = root.headers;
    const noticeId = firstMessageId(headerValue(headers, 'message-id')) ?? `<sha256-${(0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex').slice(0, 32)}@bounce-scan.invalid>`;
    const subject = parsed.subject ?? headerValue(headers, 'subject') ?? '';
    const own = {
        references: [...messageIdsIn(headerValue(headers, 'in-reply-to')), ...messageIdsIn(headerValue(headers, 'references'))],
    };
    const base = { noticeId, date: parsed.date?.toISOString(), from: parsed.from?.text ?? headerValue(headers, 'from'), subject: subject || undefined };
    const returned = returnedHeaders(root);
    const original = (block) => {
        const fromBlock = block ? originalFromHeaders(block) : { references: [], to: [] };
        return { ...fromBlock, references: uniqueBy([...own.references, ...fromBlock.references], (id) => id) };
    };
    const report = allParts(root).find((part) => part.contentType === 'multipart/report' && (part.params['report-type'] ?? '').toLowerCase() === 'delivery-status');
    const statusPart = report && allParts(report).find((part) => part.contentType === 'message/delivery-status' || part.contentType === 'message/global-delivery-status');
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
    if (!heuristic)
        return { bounce: false, noticeId, reason: 'no delivery report and no known bounce wording' };
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
;// CONCATENATED MODULE: ./build/mail/bounces/roster-update.js
// Retires roster people whose mail bounces: status -> inactive and a note saying why. Only the
// rows that change are rewritten (every other byte stays as it was); the file is replaced
// atomically and the previous version kept as `<roster>.<time>.bak`.




const NOTE_COLUMN = 'note';
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
    const noteIndex = roster.columns.indexOf(NOTE_COLUMN);
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
            output.push(original.slice(0, original.length - end.length) + (row === header ? `,${NOTE_COLUMN}` : ',') + end);
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
    await (0,local_store/* writeFileAtomic */.Zf)(backupPath, text);
    await (0,local_store/* writeFileAtomic */.Zf)(path, result.text);
    return { ...result.update, backupPath };
}

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
    const processedPath = processedJournalPath(request.sendLog);
    const log = await readWholeSendLog(request.sendLog);
    if (!log.found)
        logger.warning(`bounce-scan: no send log at ${request.sendLog}; every bounce will be unmatched`);
    if (log.unreadable > 0)
        logger.warning(`bounce-scan: ${request.sendLog}: ${log.unreadable} line(s) are not JSON and were skipped`);
    const sends = log.entries.filter((entry) => entry.status === 'sent');
    const bouncedLines = log.entries.filter(isBouncedEntry);
    const processed = await readProcessed(processedPath);
    const mailbox = await (ports.openMailbox ?? openImapMailbox)(request.imap);
    const result = {
        scanned: 0,
        handled: 0,
        alreadyProcessed: 0,
        notBounces: 0,
        bounces: [],
        participantsUpdated: [],
        unmatched: [],
        notOnRoster: [],
        sendLog: request.sendLog,
        processedJournal: processedPath,
        markedSeen: 0,
    };
    const toMarkSeen = [];
    const newBounced = [];
    const newProcessed = [];
    const retirements = [];
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
            if (processed.has(notice.noticeId)) {
                result.alreadyProcessed++;
                if (!request.keepUnseen)
                    toMarkSeen.push(message.uid);
                continue;
            }
            const journaled = bouncedLines.filter((line) => line.bounce.noticeMessageId === notice.noticeId);
            if (journaled.length > 0) {
                // An earlier run recorded this notice in the send log and stopped before finishing it.
                logger.warning(`bounce-scan: ${notice.noticeId} was recorded by an earlier run that did not finish; completing it`);
                for (const line of journaled) {
                    if (line.bounce.retire)
                        retirements.push({ email: line.recipient, note: line.bounce.retireReason ?? `bounced (${line.bounce.type})` });
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
                    retirements.push({ email: found.address, note: retireReason });
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
        appendBounced(request.sendLog, masker, newBounced);
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
                logger.warning(`bounce-scan: no roster given; ${result.notOnRoster.join(', ')} recorded as bounced in the send log only`);
            }
        }
        appendProcessed(processedPath, masker, newProcessed);
        await mailbox.markSeen(toMarkSeen);
        result.markedSeen = toMarkSeen.length;
    }
    finally {
        await mailbox.close();
    }
    for (const unmatched of result.unmatched)
        logger.warning(`bounce-scan: unmatched ${unmatched.type} bounce for ${unmatched.address}: ${unmatched.reason} (notice ${unmatched.noticeMessageId})`);
    logger.info(`bounce-scan: ${result.scanned} unseen message(s), ${result.handled} notice(s) handled, ${result.alreadyProcessed} already processed, ${result.notBounces} not bounces; ` +
        `${result.participantsUpdated.length} roster entr${result.participantsUpdated.length === 1 ? 'y' : 'ies'} set inactive, ${result.unmatched.length} unmatched`);
    return result;
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

// EXTERNAL MODULE: ./build/mail/ledger.js
var ledger = __webpack_require__(93037);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(20877);
;// CONCATENATED MODULE: ./build/actions/bounce-scan.js
// The bounce-scan action: inputs -> scanBounces -> scanned, participants-updated, unmatched.







const portInput = schemas/* string */.YjP()
    .optional()
    .transform((value, ctx) => {
    if (value === undefined)
        return undefined;
    const port = Number(value);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        ctx.addIssue({ code: 'custom', message: `'${value}' is not a port number (1-65535)` });
        return core/* NEVER */.tm;
    }
    return port;
});
const positiveInteger = (fallback) => schemas/* string */.YjP()
    .optional()
    .transform((value, ctx) => {
    if (value === undefined)
        return fallback;
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1) {
        ctx.addIssue({ code: 'custom', message: `'${value}' is not a whole number of 1 or more` });
        return core/* NEVER */.tm;
    }
    return count;
});
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `7d`, `48h`, `90m`, `3600s` or plain seconds, in milliseconds. */
const durationInput = (fallback) => schemas/* string */.YjP()
    .optional()
    .transform((value, ctx) => {
    const text = (value ?? fallback).trim();
    const match = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/i.exec(text);
    if (!match || Number(match[1]) <= 0) {
        ctx.addIssue({ code: 'custom', message: `'${text}' is not a duration; use e.g. 7d, 48h, 90m or seconds` });
        return core/* NEVER */.tm;
    }
    return Number(match[1]) * UNIT_MS[(match[2] || 's').toLowerCase()];
});
const bounceScanAction = (0,action/* defineAction */.QP)({
    name: 'bounce-scan',
    description: 'Read delivery-failure notices from an IMAP mailbox, match them to the sends in the send log, record them there, and set bouncing addresses inactive in the roster (hard bounces at once, soft ones after a limit).',
    branding: { icon: 'inbox', color: 'blue' },
    inputs: {
        'imap-host': { description: 'The IMAP server that receives the bounces (the Return-Path / envelope sender mailbox).', required: true },
        'imap-port': { description: 'The IMAP port. Default: 993 for tls, 143 for starttls and none.' },
        'imap-security': { description: 'tls (implicit TLS), starttls (required STARTTLS), or none (plain text; only when set explicitly).', default: 'tls' },
        'imap-username': { description: 'The IMAP user name.', required: true },
        'imap-password': { description: 'The IMAP password.', required: true, secret: true },
        'imap-mailbox': { description: 'The mailbox (folder) to scan.', default: 'INBOX' },
        'imap-ca': { description: 'A PEM file of CA certificates to trust for the server, for a private CA.' },
        'imap-timeout': { description: 'Seconds to wait for a connection, the greeting, or any reply.', default: '30' },
        roster: { description: 'The roster CSV to retire bouncing addresses from (status inactive and a note; the previous version is kept as <roster>.<time>.bak). Without it, bounces are only recorded.' },
        'send-log': { description: 'The JSONL send log that send-mail writes and bounced lines are appended to. Default: <artifacts-dir>/notifications/send-log.jsonl.' },
        'keep-unseen': { description: 'true: leave the \\Seen flag of handled messages alone (a second scan still changes nothing).', default: 'false' },
        'soft-bounce-limit': { description: 'How many soft bounces (4.x.x, delayed) within soft-bounce-window retire an address.', default: '3' },
        'soft-bounce-window': { description: 'The window soft bounces are counted in: 7d, 48h, 90m or seconds.', default: '7d' },
        'artifacts-dir': common_inputs/* artifactsDirInput */.Lp,
    },
    outputs: {
        scanned: { description: 'How many unseen messages were looked at.' },
        'participants-updated': { description: 'JSON list of the roster entries set inactive: email, name, status, note, line.' },
        unmatched: { description: 'JSON list of bounces that match no send, for manual triage: address, type, status, reason, noticeMessageId, subject.' },
        bounces: { description: 'JSON list of every bounce handled: address, type (hard/soft), status, match (message-id or recipient-latest), heuristic, retired.' },
        'roster-backup': { description: 'The backup of the roster taken before it was rewritten (empty when it was not).' },
        'send-log': { description: 'The send log read and appended to.' },
    },
    settings: schemas/* object */.Ikc({
        'imap-host': schemas/* string */.YjP(),
        'imap-port': portInput,
        'imap-security': schemas/* enum */.k5n(['tls', 'starttls', 'none'], { message: 'use tls, starttls or none' }),
        'imap-username': schemas/* string */.YjP(),
        'imap-password': schemas/* string */.YjP(),
        'imap-mailbox': schemas/* string */.YjP(),
        'imap-ca': action/* inputs */.QL.text(),
        'imap-timeout': action/* inputs */.QL.seconds(30),
        roster: action/* inputs */.QL.text(),
        'send-log': action/* inputs */.QL.text(),
        'keep-unseen': action/* inputs */.QL.boolean(false),
        'soft-bounce-limit': positiveInteger(3),
        'soft-bounce-window': durationInput('7d'),
        'artifacts-dir': schemas/* string */.YjP(),
    }),
    async run(settings, context) {
        if (settings['imap-security'] === 'none' && settings['imap-host'] !== '127.0.0.1' && settings['imap-host'] !== 'localhost') {
            context.logger.warning(`bounce-scan: imap-security none: the password goes to ${settings['imap-host']} in plain text`);
        }
        const result = await scanBounces({
            imap: {
                host: settings['imap-host'],
                port: settings['imap-port'] ?? defaultImapPortFor[settings['imap-security']],
                security: settings['imap-security'],
                username: settings['imap-username'],
                password: settings['imap-password'],
                mailbox: settings['imap-mailbox'],
                timeoutMs: settings['imap-timeout'] * 1000,
                caFile: settings['imap-ca'],
            },
            roster: settings.roster,
            sendLog: settings['send-log'] ?? (0,external_node_path_.join)(settings['artifacts-dir'], ledger/* NOTIFICATIONS_FOLDER */.qk, 'send-log.jsonl'),
            keepUnseen: settings['keep-unseen'],
            softBounceLimit: settings['soft-bounce-limit'],
            softBounceWindowMs: settings['soft-bounce-window'],
        }, { logger: context.logger, clock: context.clock });
        return { outputs: bounceScanOutputs(result), summary: bounceScanSummary(result) };
    },
});
function bounceScanOutputs(result) {
    return {
        scanned: String(result.scanned),
        'participants-updated': JSON.stringify(result.participantsUpdated),
        unmatched: JSON.stringify(result.unmatched),
        bounces: JSON.stringify(result.bounces),
        'roster-backup': result.rosterBackup ?? '',
        'send-log': result.sendLog,
    };
}
const cell = (text) => (text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 160);
function bounceScanSummary(result) {
    const retired = new Set(result.participantsUpdated.map((person) => person.email.toLowerCase()));
    return [
        '### bounce-scan',
        '',
        `${result.scanned} unseen message(s) scanned: ${result.handled} notice(s) handled, ${result.alreadyProcessed} already processed, ${result.notBounces} not bounces left alone.`,
        '',
        ...(result.bounces.length > 0 || result.unmatched.length > 0
            ? [
                '| address | bounce | status | matched by | roster | detail |',
                '| --- | --- | --- | --- | --- | --- |',
                ...result.bounces.map((bounce) => `| ${cell(bounce.address)} | ${bounce.type}${bounce.heuristic ? ` (${bounce.format}, heuristic)` : ''} | ${cell(bounce.status)} | ${bounce.match} | ${retired.has(bounce.address.toLowerCase()) ? 'set inactive' : bounce.retired ? 'not on roster / already inactive' : bounce.softBounces !== undefined ? `${bounce.softBounces} soft within window` : ''} | ${cell(bounce.diagnostic)} |`),
                ...result.unmatched.map((bounce) => `| ${cell(bounce.address)} | ${bounce.type}${bounce.heuristic ? ' (heuristic)' : ''} | ${cell(bounce.status)} | **unmatched** | | ${cell(bounce.reason)} |`),
                '',
            ]
            : []),
        ...(result.rosterBackup ? [`Roster rewritten; previous version: \`${result.rosterBackup}\``, ''] : []),
    ].join('\n');
}


/***/ }),

/***/ 20877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ shaInput),
/* harmony export */   Lp: () => (/* binding */ artifactsDirInput),
/* harmony export */   xK: () => (/* binding */ configInput)
/* harmony export */ });
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13387);

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


/***/ }),

/***/ 38025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qp: () => (/* binding */ NOTIFICATION_SCHEMA),
/* harmony export */   TA: () => (/* binding */ notificationRecord),
/* harmony export */   fs: () => (/* binding */ notificationState)
/* harmony export */ });
/* unused harmony exports EVENT_NAME_PATTERN, notificationContract */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// The notification record: one per mail event at `.artifacts/notifications/<sha>/<event>.json`,
// the deliver-once ledger of send-mail. Written first as an intent (with the Message-ID), then
// settled once the server answered, so a retry after a crash never sends the same event twice.


const NOTIFICATION_SCHEMA = 'shipgate.notification/v1';
/** The file stem of an event: letters, digits, dot, dash, underscore; nothing that leaves the folder. */
const EVENT_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,127}$/;
const notificationState = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['intent', 'sent', 'failed', 'unconfirmed'])
    .describe('intent: recorded before the message was handed to the server; sent: the server accepted it; failed: the server refused it ' +
    'or it could not be delivered in time (a retry may send it); unconfirmed: an intent left by a run that stopped before the ' +
    'answer was recorded, never sent again automatically.');
const notificationRecord = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(NOTIFICATION_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    repository: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR,
    event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(EVENT_NAME_PATTERN, 'must be a lowercase file stem (letters, digits, . _ -)').describe('The file stem of this record.'),
    eventKey: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('What makes the event unique: by default repository, SHA, template and recipients.'),
    template: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('The built-in template name, or "custom" for template files.'),
    state: notificationState,
    messageId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^<[^<>\s]+@[^<>\s]+>$/, 'must be a Message-ID in angle brackets').describe('The Message-ID the message carries.'),
    subject: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    from: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    recipients: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ to: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), cc: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), bcc: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) })
        .strict()
        .describe('The envelope recipients, by header.'),
    accepted: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('The recipients the server accepted.'),
    rejected: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('The recipients the server refused.'),
    response: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe("The server's last reply, or null before it answered."),
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('Why the send failed, or null.'),
    attempts: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    intentAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE.describe('When the intent was recorded, before the message was handed to the server.'),
    settledAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE.nullable().describe('When the outcome was recorded; null while only the intent is known.'),
})
    .strict();
/** Published with the other contracts' schemas; the record is not in the evidence store's registry
 * because its file name is per event, so src/mail keeps its own validated reads and writes. */
const notificationContract = {
    kind: 'notifications',
    file: '<event>.json',
    id: NOTIFICATION_SCHEMA,
    title: 'Notification record',
    description: 'One mail event sent by send-mail (release completed or failed, ops alert, delivery ready, a roster recipient): the intent recorded before sending, then what the server answered. The deliver-once ledger.',
    schema: notificationRecord,
    immutable: false,
};


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

/***/ 93037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QQ: () => (/* binding */ DEFAULT_JOURNAL),
/* harmony export */   TM: () => (/* binding */ notificationsFolder),
/* harmony export */   qk: () => (/* binding */ NOTIFICATIONS_FOLDER),
/* harmony export */   zw: () => (/* binding */ NotificationLedger)
/* harmony export */ });
/* unused harmony exports ledgerEntry, parseNotificationRecord, readNotificationRecord, writeNotificationRecord */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92857);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21345);
/* harmony import */ var _contracts_notification_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38025);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13387);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11549);
// The deliver-once ledger: one notification record per event under
// `<artifacts-dir>/notifications/<sha>/<event>.json` (validated, atomic writes), and optionally a
// JSONL journal file that scheduled runs carry between runs. An intent with its Message-ID is
// recorded before a message is handed to the server and settled after the answer, so a run that
// stops in between never causes a second send: the next run reconciles the intent instead.









const NOTIFICATIONS_FOLDER = 'notifications';
/** One line of the ledger journal. */
const ledgerEntry = zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
    eventKey: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1),
    event: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1),
    sha: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    state: _contracts_notification_js__WEBPACK_IMPORTED_MODULE_4__/* .notificationState */ .fs,
    messageId: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1),
    at: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
})
    .strict();
function notificationsFolder(artifactsDir, sha) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(artifactsDir, NOTIFICATIONS_FOLDER, sha);
}
/** The journal kept beside the records when no ledger file is given. */
const DEFAULT_JOURNAL = 'ledger.jsonl';
/** Parses a notification record; the problems name the file and the field. */
function parseNotificationRecord(text, path) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EvidenceError */ .oe(`${path}: (root): not valid JSON (${error.message})`, { file: path });
    }
    const schemaField = json?.schema;
    if (typeof schemaField === 'string' && schemaField !== _contracts_notification_js__WEBPACK_IMPORTED_MODULE_4__/* .NOTIFICATION_SCHEMA */ .Qp) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EvidenceError */ .oe(`${path}: schema: is '${schemaField}', expected '${_contracts_notification_js__WEBPACK_IMPORTED_MODULE_4__/* .NOTIFICATION_SCHEMA */ .Qp}'`, { file: path });
    }
    const parsed = _contracts_notification_js__WEBPACK_IMPORTED_MODULE_4__/* .notificationRecord */ .TA.safeParse(json);
    if (!parsed.success)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EvidenceError */ .oe((0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_7__/* .describeProblems */ .yg)(path, (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaProblems */ .Ic)(parsed.error)), { file: path });
    return parsed.data;
}
async function readNotificationRecord(path) {
    const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readTextIfPresent */ .Ge)(path);
    return text === undefined ? undefined : parseNotificationRecord(text, path);
}
/** Validates before writing: send-mail never writes a record that fails its own schema. */
async function writeNotificationRecord(path, record) {
    const checked = _contracts_notification_js__WEBPACK_IMPORTED_MODULE_4__/* .notificationRecord */ .TA.safeParse(record);
    if (!checked.success)
        throw new Error(`bug: refusing to write a notification record that fails its schema:\n${(0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_7__/* .describeProblems */ .yg)(path, (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaProblems */ .Ic)(checked.error))}`);
    await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(path, `${JSON.stringify(checked.data, null, 2)}\n`);
}
class NotificationLedger {
    folder;
    journalPath;
    journal = new Map();
    sentMessageIds = new Set();
    recordFiles = new Set();
    journalFd;
    constructor(folder, journalPath) {
        this.folder = folder;
        this.journalPath = journalPath;
    }
    /** Reads what earlier runs recorded: the record files present and the journal, if given. */
    static async open(folder, journalPath) {
        const ledger = new NotificationLedger(folder, journalPath);
        try {
            ledger.recordFiles = new Set((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder)).filter((name) => name.endsWith('.json')));
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
        }
        if (journalPath) {
            const text = (await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readTextIfPresent */ .Ge)(journalPath)) ?? '';
            text.split('\n').forEach((line, index) => {
                if (line.trim() === '')
                    return;
                let json;
                try {
                    json = JSON.parse(line);
                }
                catch (error) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EvidenceError */ .oe(`${journalPath}:${index + 1}: not valid JSON (${error.message}); the ledger must not be edited by hand`, { file: journalPath, line: index + 1 });
                }
                const parsed = ledgerEntry.safeParse(json);
                if (!parsed.success) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EvidenceError */ .oe(`${journalPath}:${index + 1}: ${(0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaProblems */ .Ic)(parsed.error).map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`, { file: journalPath, line: index + 1 });
                }
                ledger.remember(parsed.data);
            });
        }
        return ledger;
    }
    recordPath(event) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.folder, `${event}.json`);
    }
    /** What is known about an event; an unsettled intent is reconciled by its Message-ID. */
    async previous(event, eventKey) {
        const path = this.recordPath(event);
        const record = this.recordFiles.has(`${event}.json`) ? await readNotificationRecord(path) : undefined;
        if (record && record.eventKey !== eventKey) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EvidenceError */ .oe(`${path}: eventKey: is '${record.eventKey}', expected '${eventKey}' (two events share a file name; give a different event-key)`, { file: path });
        }
        const fromJournal = this.journal.get(eventKey);
        const known = [record, fromJournal].filter((entry) => entry !== undefined);
        if (known.length === 0)
            return { state: 'new' };
        const sent = known.find((entry) => entry.state === 'sent' || this.sentMessageIds.has(entry.messageId));
        if (sent)
            return { state: 'sent', messageId: sent.messageId };
        const open = known.find((entry) => entry.state === 'intent' || entry.state === 'unconfirmed');
        if (open)
            return { state: 'unconfirmed', messageId: open.messageId };
        return { state: 'failed', messageId: known[0].messageId };
    }
    /** Writes the record and appends to the journal; an intent goes to the record first, an outcome to the journal first. */
    async record(record, options = {}) {
        const entry = {
            eventKey: record.eventKey,
            event: record.event,
            sha: record.sha,
            state: record.state,
            messageId: record.messageId,
            at: record.settledAt ?? record.intentAt,
        };
        if (record.state === 'intent') {
            // A roster send keeps intents in the journal alone (one append each); the record file follows with the outcome.
            if (!options.journalOnly)
                await writeNotificationRecord(this.recordPath(record.event), record);
            this.appendJournal(entry);
            if (options.journalOnly)
                return;
        }
        else {
            this.appendJournal(entry);
            await writeNotificationRecord(this.recordPath(record.event), record);
        }
        this.recordFiles.add(`${record.event}.json`);
    }
    close() {
        if (this.journalFd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.journalFd);
        this.journalFd = undefined;
    }
    remember(entry) {
        this.journal.set(entry.eventKey, entry);
        if (entry.state === 'sent')
            this.sentMessageIds.add(entry.messageId);
    }
    // A synchronous append: once it returns, the line survives the process being killed.
    appendJournal(entry) {
        this.remember(entry);
        if (!this.journalPath)
            return;
        if (this.journalFd === undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(this.journalPath), { recursive: true });
            this.journalFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.journalPath, 'a');
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.journalFd, `${JSON.stringify(entry)}\n`);
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
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
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13387);
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
    /** Synchronous, so a line is on disk before the next message is handed to the server. */
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

/***/ 77582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   QL: () => (/* binding */ inputs),
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   rO: () => (/* binding */ withDefaults)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88532);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21345);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
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

/***/ 38660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ ConsoleLogger),
/* harmony export */   M2: () => (/* binding */ SecretMasker)
/* harmony export */ });
/* unused harmony exports RunnerLogger, RecordingLogger */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32854);
// The Logger seam: stages log through it; the action writes annotations, the command writes to
// stderr, tests record. Every implementation masks the secrets it was given.

/** Replaces every registered secret in a text; used for anything written out, not only logs. */
class SecretMasker {
    secrets = new Set();
    add(value) {
        if (value.length >= 3)
            this.secrets.add(value);
    }
    mask(text) {
        let masked = text;
        for (const secret of this.secrets)
            masked = masked.split(secret).join('***');
        return masked;
    }
}
/** Logs as a GitHub Actions step: annotations for warnings and errors, add-mask for secrets. */
class RunnerLogger {
    masker = new SecretMasker();
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
        maskSecret(value);
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

/* unused harmony exports getRunnerInput, issueCommand, annotate, maskSecret, setRunnerOutput, appendStepSummary */
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
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
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
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('bug: output collides with its delimiter');
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
function appendStepSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (file)
        appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
}


/***/ })

};
