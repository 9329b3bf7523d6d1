export const id = 1197;
export const ids = [1197];
export const modules = {

/***/ 21197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   smokeCommand: () => (/* binding */ smokeCommand)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(92857);
/* harmony import */ var _config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87710);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7982);
/* harmony import */ var _mail_addresses_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41670);
/* harmony import */ var _mail_mail_defaults_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(97030);
/* harmony import */ var _mail_paths_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(80758);
/* harmony import */ var _mail_transport_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15871);
/* harmony import */ var _actions_smtp_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(98862);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(77582);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(38660);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1973);
// `shipgate mail smoke --to ADDRESS`: one short test message through the configured relay, to check
// the SMTP settings before a live send. No SHA, no evidence and no git checkout are needed; nothing
// is recorded in the ledger (a smoke test is not an event), and --dry-run true writes an .eml instead.















const NAME = 'shipgate mail smoke';
const USAGE = `Usage: shipgate mail smoke --to ADDRESS [--from ADDRESS] [--smtp-host H] [--smtp-port P]
       [--smtp-security starttls|tls|none] [--smtp-username U] [--smtp-password P] [--smtp-ca FILE]
       [--smtp-timeout SECONDS] [--dry-run true] [--outbox DIR] [--config FILE]

Sends one short test message to ADDRESS through the SMTP relay, to check the settings before a live
send. Needs no commit SHA and no git checkout; nothing is recorded in the ledger, so every run sends.
Defaults come from shipgate.yml's mail section (from, smtp.host, smtp.port, smtp.security). The
password may also come from SHIPGATE_SMTP_PASSWORD, to keep it out of the shell history.
--dry-run true writes the message as an .eml file to --outbox (default ${_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_ARTIFACTS_DIR */ .qx}/${_mail_paths_js__WEBPACK_IMPORTED_MODULE_12__/* .NOTIFICATIONS_FOLDER */ .q}/outbox).

Exit status: 0 the relay accepted the message (or the .eml was written), 1 it did not, 2 a usage or
configuration error.`;
const FLAGS = ['to', 'from', 'smtp-host', 'smtp-port', 'smtp-security', 'smtp-username', 'smtp-password', 'smtp-ca', 'smtp-timeout', 'dry-run', 'outbox', 'config'];
const smokeSettings = zod__WEBPACK_IMPORTED_MODULE_13__/* .object */ .Ikc({
    to: zod__WEBPACK_IMPORTED_MODULE_13__/* .string */ .YjP({ message: 'the address to send the test message to is required' }),
    from: _platform_action_js__WEBPACK_IMPORTED_MODULE_9__/* .inputs */ .QL.text(),
    ..._actions_smtp_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .smtpSettings */ .W,
    'dry-run': _platform_action_js__WEBPACK_IMPORTED_MODULE_9__/* .inputs */ .QL.boolean(false),
    outbox: _platform_action_js__WEBPACK_IMPORTED_MODULE_9__/* .inputs */ .QL.text(),
    config: _platform_action_js__WEBPACK_IMPORTED_MODULE_9__/* .inputs */ .QL.text(),
});
async function smokeCommand(args, givenIo) {
    const io = (0,_io_js__WEBPACK_IMPORTED_MODULE_11__/* .maskedIo */ .WM)(givenIo);
    const options = { ...Object.fromEntries(FLAGS.map((flag) => [flag, { type: 'string' }])), help: { type: 'boolean', short: 'h' } };
    const values = (0,_io_js__WEBPACK_IMPORTED_MODULE_11__/* .parseFlags */ .bQ)(NAME, args, options).values;
    if (values.help) {
        io.out(USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .dc.ok;
    }
    const raw = Object.fromEntries(FLAGS.map((flag) => [flag, typeof values[flag] === 'string' && values[flag] !== '' ? values[flag] : undefined]));
    raw['smtp-password'] ??= io.env.SHIPGATE_SMTP_PASSWORD || undefined;
    // Masked before anything can echo it: the relay's reply to a failed AUTH may carry what was sent.
    if (raw['smtp-password'])
        for (const form of (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_10__/* .smtpCredentialForms */ .p$)(raw['smtp-username'], raw['smtp-password']))
            io.masker.add(form);
    const parsed = smokeSettings.safeParse(raw);
    if (!parsed.success)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .eb(parsed.error.issues.map((issue) => `--${String(issue.path[0])}: ${issue.message}`).join('; '), NAME);
    const settings = parsed.data;
    const { config } = await (0,_config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_3__.loadConfig)(settings.config === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, settings.config));
    const mail = (0,_mail_mail_defaults_js__WEBPACK_IMPORTED_MODULE_14__/* .withMailConfig */ .y)({ to: [], ops: [], from: settings.from, allowedFrom: [], smtpHost: settings['smtp-host'], smtpPort: settings['smtp-port'], smtpSecurity: settings['smtp-security'] }, config.mail, { rosterSend: false });
    const to = (0,_mail_addresses_js__WEBPACK_IMPORTED_MODULE_6__/* .requireAddress */ .c3)(settings.to, '--to');
    if (!mail.from)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('--from: the sender address is required (or mail.from in shipgate.yml)');
    const from = (0,_mail_addresses_js__WEBPACK_IMPORTED_MODULE_6__/* .requireAddress */ .c3)(mail.from, '--from');
    const sentAt = new Date();
    const message = {
        event: `smoke-${sentAt.toISOString().replace(/[:.]/g, '-').toLowerCase()}`,
        from,
        to: [to],
        cc: [],
        bcc: [],
        subject: 'shipgate SMTP smoke test',
        text: `This is a test message from shipgate mail smoke, sent ${sentAt.toISOString()} from ${(0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)()}.\nIf you can read it, the relay accepts mail from ${from}. Nothing needs doing.\n`,
        messageId: `<smoke.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}@${(0,_mail_addresses_js__WEBPACK_IMPORTED_MODULE_6__/* .domainOf */ .Ow)(from)}>`,
    };
    if (settings['dry-run']) {
        const outbox = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, settings.outbox ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_ARTIFACTS_DIR */ .qx, _mail_paths_js__WEBPACK_IMPORTED_MODULE_12__/* .NOTIFICATIONS_FOLDER */ .q, 'outbox'));
        const transport = await (0,_mail_transport_js__WEBPACK_IMPORTED_MODULE_7__/* .createOutboxTransport */ .Hz)(outbox);
        try {
            const receipt = await transport.send(message);
            io.out(`dry run: the test message to ${to} is written to ${receipt.emlPath}; nothing was sent`);
            return _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .dc.ok;
        }
        finally {
            transport.close();
        }
    }
    if (!mail.smtpHost)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('--smtp-host: the SMTP relay is required to send (or mail.smtp.host in shipgate.yml); --dry-run true writes an .eml instead');
    const port = mail.smtpPort ?? _mail_transport_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultPortFor */ .eq[mail.smtpSecurity];
    const transport = await (0,_mail_transport_js__WEBPACK_IMPORTED_MODULE_7__/* .createSmtpTransport */ .c8)({
        host: mail.smtpHost,
        port,
        security: mail.smtpSecurity,
        username: settings['smtp-username'],
        password: settings['smtp-password'],
        timeoutMs: settings['smtp-timeout'] * 1000,
        caFile: settings['smtp-ca'] === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, settings['smtp-ca']),
        pool: false,
    });
    try {
        const receipt = await transport.send(message);
        io.out(`sent: ${mail.smtpHost}:${port} (${mail.smtpSecurity}) accepted ${message.messageId} for ${receipt.accepted.join(', ') || to}: ${receipt.response}`);
        return receipt.accepted.length > 0 ? _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .dc.no;
    }
    catch (error) {
        // The relay's own reply is what to take to its admin.
        io.err(`shipgate mail smoke: not sent via ${mail.smtpHost}:${port} (${mail.smtpSecurity}): ${(0,_mail_transport_js__WEBPACK_IMPORTED_MODULE_7__/* .describeFailure */ .Ic)(error)}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .dc.no;
    }
    finally {
        transport.close();
    }
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
