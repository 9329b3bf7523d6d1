export const id = 5756;
export const ids = [5756];
export const modules = {

/***/ 40765:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ MessageClaims)
/* harmony export */ });
/* unused harmony export MessageClaim */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var _platform_process_holder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72030);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41854);
/* harmony import */ var _evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33910);
// One claim per message, across every process that shares a ledger: of the runs that want to send
// the same event at once, exactly one holds its claim and sends; the others wait for its outcome.
// A claim is a file `<ledger>.claims/<event-key hash>/<generation>`, created whole or not at all;
// the highest generation is the claim. A holder that was killed cannot wedge it: the next run takes
// it over by creating the next generation, which of two such runs only one can do. A claim whose
// message is sent is removed: sent is final, and whoever claims it next reads that in the ledger.








const POLL_MS = 100;
/** A claim this run holds. Its marks are synchronous appends: they survive the process being killed. */
class MessageClaim {
    path;
    constructor(path) {
        this.path = path;
    }
    /**
     * Done with the message. Once it is known sent (the ledger says so before this is called) the
     * claim is removed, so that a carried ledger folder does not keep one file per message ever sent.
     */
    release(at, outcome) {
        if (outcome !== 'sent' && outcome !== 'duplicate')
            return this.mark({ state: 'released', at, outcome });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.path, { force: true });
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.dirname)(this.path));
        }
        catch {
            // Not empty (another run's claim is being created there) or gone: either is fine.
        }
    }
    mark(line) {
        let fd;
        try {
            // No O_CREAT: a claim taken over and removed is not brought back.
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_APPEND);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return;
            throw error;
        }
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, `${JSON.stringify(line)}\n`);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
}
class MessageClaims {
    folder;
    constructor(folder) {
        this.folder = folder;
    }
    /** Claims the message, waiting while a run that still runs holds it; takes over a dead holder's claim. */
    async claim(eventKey, messageId, wait) {
        const folder = this.folderOf(eventKey);
        let told = false;
        for (;;) {
            const top = await readTopClaim(folder);
            if (top === 'vanished')
                continue;
            if (top && holderRuns(top, wait.clock)) {
                const holder = describeHolder(top.holder);
                if (wait.clock.now().getTime() >= wait.until)
                    return { state: 'held', holder };
                if (!told)
                    wait.onWait?.(holder);
                told = true;
                await wait.clock.sleep(POLL_MS);
                continue;
            }
            const generation = (top?.generation ?? 0) + 1;
            const now = wait.clock.now();
            const holder = {
                pid: process.pid,
                hostname: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)(),
                messageId,
                claimedAt: now.toISOString(),
                leaseUntil: new Date(now.getTime() + wait.leaseMs).toISOString(),
                token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(8).toString('hex'),
            };
            if (await createExclusive((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, String(generation)), `${JSON.stringify(holder)}\n`)) {
                // The older generations are nobody's any more; the newest is never removed, so numbers only grow.
                for (let older = generation - 1; older >= 1 && (await removeIfPresent((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, String(older)))); older--)
                    ;
                return { state: 'claimed', claim: new MessageClaim((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, String(generation))) };
            }
        }
    }
    /** Who holds the message's claim right now, if a run that still runs does. */
    async liveHolder(eventKey, clock) {
        for (;;) {
            const top = await readTopClaim(this.folderOf(eventKey));
            if (top === 'vanished')
                continue;
            return top && holderRuns(top, clock) ? describeHolder(top.holder) : undefined;
        }
    }
    folderOf(eventKey) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.folder, (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Hex */ .fg)(eventKey).slice(0, 32));
    }
}
// The key's folder may be removed between the create's mkdir and its write (a sent claim released): try again.
async function createExclusive(path, content) {
    for (;;) {
        try {
            return await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__/* .createFileExclusive */ .Dn)(path, content);
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
        }
    }
}
async function removeIfPresent(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
/** The highest generation, or 'vanished' when it was removed between listing and reading (read again). */
async function readTopClaim(folder) {
    const names = await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__/* .namesInFolder */ .OS)(folder);
    if (!names)
        return undefined;
    const generation = Math.max(0, ...names.filter((name) => /^[1-9][0-9]*$/.test(name)).map(Number));
    if (generation === 0)
        return undefined;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, String(generation)), 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return 'vanished';
        throw error;
    }
    const [first, ...marks] = text.split('\n').filter((line) => line.trim() !== '');
    return { generation, holder: parseJson(first), states: marks.map((line) => parseJson(line)?.state ?? '') };
}
function parseJson(line) {
    try {
        return line === undefined ? undefined : JSON.parse(line);
    }
    catch {
        return undefined;
    }
}
/**
 * Whether the claim's holder may still be sending: not released, and its process runs here (kill 0
 * finds it), or it runs on another machine and its lease has not ended. A file that is no claim is nobody's.
 */
function holderRuns(claim, clock) {
    const holder = claim.holder;
    if (!holder || !Number.isSafeInteger(holder.pid) || claim.states.includes('released'))
        return false;
    const state = (0,_platform_process_holder_js__WEBPACK_IMPORTED_MODULE_4__/* .holderProcessState */ .H)(holder);
    return state === 'elsewhere' ? clock.now().getTime() < Date.parse(holder.leaseUntil) : state === 'alive';
}
function describeHolder(holder) {
    return holder ? `process ${holder.pid} on ${holder.hostname} (since ${holder.claimedAt})` : 'an unreadable claim';
}


/***/ }),

/***/ 53375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SENDING_DISABLED: () => (/* binding */ SENDING_DISABLED),
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
// EXTERNAL MODULE: ./build/mail/addresses.js
var addresses = __webpack_require__(41670);
// EXTERNAL MODULE: ./build/mail/claims.js
var claims = __webpack_require__(40765);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
// EXTERNAL MODULE: ./build/mail/transport.js
var mail_transport = __webpack_require__(15871);
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
        const { receipt, attempts } = await (0,mail_transport/* sendWithRetries */.HI)(context.transport, planned.mail, context.retry, clock, (attempt, error, delayMs) => logger.warning(`${label}: attempt ${attempt} failed (${masker.mask((0,mail_transport/* describeFailure */.Ic)(error))}); retrying in ${delayMs} ms`), onHandover);
        const response = masker.mask(receipt.response);
        await ledger.record({ ...intent, state: 'sent', accepted: receipt.accepted, rejected: receipt.rejected, response, attempts, settledAt: settledAt() });
        const refusals = Object.fromEntries(receipt.rejected.map((recipient) => [recipient, masker.mask(receipt.refusals?.[recipient] ?? 'refused by the server')]));
        if (receipt.rejected.length > 0)
            logger.warning(`send-mail: ${planned.template}: the server refused ${receipt.rejected.map((recipient) => `${recipient} (${refusals[recipient]})`).join(', ')}`);
        return { status: 'sent', accepted: receipt.accepted, rejected: receipt.rejected, refusals, response, error: null, attempts };
    }
    catch (error) {
        if (!(error instanceof mail_transport/* SendFailure */.dJ))
            throw error;
        const reason = masker.mask(error.message);
        if (error.failure instanceof mail_transport/* UnconfirmedDelivery */.vc) {
            // Recorded as unconfirmed: every later run reports it, and sends it only after `mail resolve --resend`.
            await ledger.record({ ...intent, state: 'unconfirmed', error: reason, attempts: error.attempts, settledAt: settledAt() });
            logger.error(`${label}: unconfirmed after ${(0,markdown/* plural */.LS)(error.attempts, 'attempt')}: ${reason}; not sent again. ` +
                `Check with the relay or the recipient, then: ${context.resolveCommand(planned)} --sent (it arrived) or --resend (the next run sends it)`);
            return { ...nothing, status: 'unconfirmed', error: reason, attempts: error.attempts };
        }
        const response = error.response === null ? null : masker.mask(error.response);
        await ledger.record({ ...intent, state: 'failed', rejected: error.rejected, response, error: reason, attempts: error.attempts, settledAt: settledAt() });
        logger.error(`${label}: not sent after ${(0,markdown/* plural */.LS)(error.attempts, 'attempt')}: ${reason}`);
        const fatal = (0,mail_transport/* isAuthenticationFailure */.Jc)(error.failure) ? `SMTP authentication failed (${reason}); check smtp-username and smtp-password` : undefined;
        return { status: 'failed', accepted: [], rejected: error.rejected, response, error: reason, attempts: error.attempts, fatal };
    }
}

// EXTERNAL MODULE: ./build/mail/ledger.js
var mail_ledger = __webpack_require__(93037);
// EXTERNAL MODULE: ./build/mail/plan.js + 1 modules
var mail_plan = __webpack_require__(10315);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
;// CONCATENATED MODULE: ./build/mail/preview.js
// Preview: what would be sent, written as preview.html, preview.txt and preview.json (headers,
// recipients, variables) to a folder, without opening any connection.


function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);
}
/**
 * Writes the preview of one message; `recipients` lists everyone a roster send would reach. The
 * message itself holds no secret (planMail refuses one that does), but preview.json lists every
 * variable, used or not: each file is masked as it is written.
 */
async function writePreview(folder, mail, recipients, secrets) {
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
    await (0,local_store/* writeFileAtomic */.Zf)(paths[0], secrets.mask(html));
    await (0,local_store/* writeFileAtomic */.Zf)(paths[1], secrets.mask(mail.mail.text ?? ''));
    await (0,local_store/* writeFileAtomic */.Zf)(paths[2], secrets.mask(`${JSON.stringify(description, null, 2)}\n`));
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
/** How many failed recipients the run's reason names with their server replies. */
const SHOWN_FAILURES = 3;
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
/** The reason of a run with enabled: false, the one skip that is asked for. */
const SENDING_DISABLED = 'email sending disabled';
async function sendMail(request, ports) {
    const { logger, clock } = ports;
    if (!request.enabled) {
        logger.info('send-mail: email sending disabled (enabled: false); nothing sent');
        return { status: 'skipped', reason: SENDING_DISABLED, outcomes: [], counts: emptyCounts(), rosterSend: Boolean(request.roster), previewPaths: [] };
    }
    const startedAt = clock.now().getTime();
    const masker = new platform_logger/* SecretMasker */.M2();
    // A relay may echo what AUTH sent (base64 of user and password) in its reply: mask that too.
    for (const credential of request.smtp.password ? (0,platform_logger/* smtpCredentialForms */.p$)(request.smtp.username, request.smtp.password) : []) {
        masker.add(credential);
        logger.secret(credential);
    }
    // The same people listed twice (in another case, or in to and cc) are one event and one message.
    const distinct = { ...(0,addresses/* distinctRecipients */.hE)(request), ops: (0,addresses/* distinctRecipients */.hE)({ to: request.ops, cc: [], bcc: [] }).to };
    // A message that would carry any of the run's secrets is refused here, before anything is written.
    const plan = await (0,mail_plan/* planMail */.Nk)({ ...request, ...distinct }, ports.store, clock.now().toISOString().slice(0, 10), logger);
    for (const skipped of plan.skipped ?? [])
        logger.info(`send-mail: ${skipped.recipient}: skipped, ${skipped.reason}`);
    if (request.previewDir) {
        const previewPaths = [];
        const recipients = plan.mails.map((mail) => mail.recipient);
        const shown = plan.rosterSend ? plan.mails.slice(0, 1) : plan.mails;
        for (const mail of shown) {
            const folder = shown.length > 1 ? (0,external_node_path_.join)(request.previewDir, mail.template) : request.previewDir;
            previewPaths.push(...(await writePreview(folder, mail, plan.rosterSend ? recipients : [mail.recipient], logger)));
        }
        logger.info(`send-mail: preview of ${(0,markdown/* plural */.LS)(shown.length, 'message')} for ${(0,markdown/* plural */.LS)(recipients.length, 'recipient')} written to ${request.previewDir}`);
        return { status: 'dry-run', reason: plan.emptyReason, outcomes: [], counts: emptyCounts(), rosterSend: plan.rosterSend, previewPaths };
    }
    if (plan.mails.length === 0) {
        logger.info(`send-mail: ${plan.emptyReason}`);
        return { status: 'skipped', reason: plan.emptyReason, outcomes: [], counts: emptyCounts(), rosterSend: plan.rosterSend, previewPaths: [] };
    }
    const dryRun = request.dryRun ?? plan.rosterSend;
    let transport;
    if (dryRun) {
        transport = await (0,mail_transport/* createOutboxTransport */.Hz)(request.outbox);
    }
    else {
        if (!request.smtp.host) {
            throw new errors/* ConfigurationError */.j1("input 'smtp-host': required to send mail (email is enabled); set smtp-host, or dry-run: true to write .eml files, or enabled: false");
        }
        const settings = {
            host: request.smtp.host,
            port: request.smtp.port ?? mail_transport/* defaultPortFor */.eq[request.smtp.security],
            security: request.smtp.security,
            username: request.smtp.username,
            password: request.smtp.password,
            timeoutMs: request.smtp.timeoutMs,
            caFile: request.smtp.caFile,
            pool: plan.rosterSend,
            maxConnections: ROSTER_CONNECTIONS,
        };
        transport = await (ports.openSmtp ?? mail_transport/* createSmtpTransport */.c8)(settings);
    }
    const recordsFolder = (0,mail_ledger/* notificationsFolder */.TM)(request.artifactsDir, request.sha);
    const journalPath = request.ledger ?? (0,external_node_path_.join)(recordsFolder, mail_ledger/* DEFAULT_JOURNAL */.QQ);
    const ledger = await mail_ledger/* NotificationLedger */.zw.open(recordsFolder, journalPath, (message) => logger.warning(`send-mail: ${message}`, { file: journalPath }));
    const sendLog = new send_log/* SendLog */.hb(request.sendLog, masker);
    const outcomes = new Array(plan.mails.length);
    const counts = emptyCounts();
    counts.skipped = plan.skipped?.length ?? 0;
    let fatal;
    const settle = (index, planned, { fatal: _fatal, ...outcome }) => {
        const full = { event: planned.mail.event, template: planned.template, recipient: planned.recipient, messageId: planned.mail.messageId, ...outcome };
        outcomes[index] = full;
        counts[full.status]++;
        // One event per recipient: a message the server took for some and refused for others is
        // mail_sent for each taken and mail_failed, with the server's reply, for each refused.
        const fields = { sha: request.sha, template: full.template, event_key: planned.eventKey, message_id: full.messageId, attempts: full.attempts };
        if (full.status === 'sent') {
            for (const recipient of full.accepted)
                logger.event('mail_sent', { ...fields, status: 'sent', recipient });
            for (const recipient of full.rejected)
                logger.event('mail_failed', { ...fields, status: 'failed', recipient, reason: full.refusals?.[recipient] ?? 'refused by the server' });
        }
        else if (full.status === 'failed' || full.status === 'unconfirmed') {
            for (const recipient of full.recipient.split(','))
                logger.event('mail_failed', { ...fields, status: full.status, recipient: recipient.trim(), reason: full.error ?? undefined });
        }
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
    // The server's reply is the reason an operator acts on; the send log has the rest of a long list.
    const failures = attempted.filter((outcome) => outcome.status === 'failed');
    const failureReplies = failures.slice(0, SHOWN_FAILURES).map((outcome) => `${outcome.recipient}: ${outcome.error ?? outcome.response ?? 'not sent'}`);
    const problems = [
        ...(failures.length > 0
            ? [`${(0,markdown/* plural */.LS)(failures.length, 'message')} not sent: ${failureReplies.join('; ')}${failures.length > SHOWN_FAILURES ? `; ${failures.length - SHOWN_FAILURES} more in ${request.sendLog}` : ''}`]
            : []),
        ...(counts.unconfirmed > 0
            ? [`${(0,markdown/* plural */.LS)(counts.unconfirmed, 'message')} unconfirmed: handed to the server but no answer came, so they may have been delivered and are not sent again until resolved with shipgate mail resolve (the command is in the log)`]
            : []),
    ];
    const reason = fatal ?? (problems.length > 0 ? problems.join('; ') : undefined);
    return { status, reason: reason && notAttempted ? `${reason}; ${(0,markdown/* plural */.LS)(notAttempted, 'message')} not attempted` : reason, outcomes: attempted, counts, rosterSend: plan.rosterSend, previewPaths: [], sendLog: request.sendLog };
}


/***/ }),

/***/ 15871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ sendWithRetries),
/* harmony export */   Hz: () => (/* binding */ createOutboxTransport),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Jc: () => (/* binding */ isAuthenticationFailure),
/* harmony export */   c8: () => (/* binding */ createSmtpTransport),
/* harmony export */   dJ: () => (/* binding */ SendFailure),
/* harmony export */   eq: () => (/* binding */ defaultPortFor),
/* harmony export */   vc: () => (/* binding */ UnconfirmedDelivery)
/* harmony export */ });
/* unused harmony export isTransientFailure */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7982);
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
    return await __webpack_require__.e(/* import() */ 6739).then(__webpack_require__.bind(__webpack_require__, 16739));
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
    const ca = settings.caFile ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(settings.caFile, 'utf8').catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input 'smtp-ca': cannot read ${settings.caFile} (${error.message})`, { file: settings.caFile });
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
                    refusals: Object.fromEntries((info.rejectedErrors ?? []).map((refusal) => [String(refusal.recipient), refusal.response ?? refusal.message])),
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
/**
 * Dry run: the exact message, written to `<outbox>/<event>.eml` instead of being sent. nodemailer's
 * stream transport keeps a Bcc header in what it writes; the message a relay gets never has one.
 */
async function createOutboxTransport(outbox) {
    const { createTransport } = await loadNodemailer();
    const transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix', disableFileAccess: true, disableUrlAccess: true });
    return {
        async send(mail) {
            const info = await transporter.sendMail({ ...nodemailerMessage(mail), bcc: undefined });
            const emlPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outbox, `${mail.event}.eml`);
            await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(emlPath, info.message);
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
/**
 * The failure as the send log, the record and the user see it: the server's own reply when it gave
 * one (`550 5.1.1 <bob@…>: Recipient address rejected` is what an operator takes to the relay's
 * admin), else nodemailer's code, then its message (a refused connection, a timeout, a certificate).
 */
function describeFailure(error) {
    const failure = error;
    const reply = typeof failure.response === 'string' ? failure.response.trim() : '';
    if (reply !== '')
        return reply;
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


/***/ })

};
