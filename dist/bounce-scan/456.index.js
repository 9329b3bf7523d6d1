export const id = 456;
export const ids = [456];
export const modules = {

/***/ 2456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultImapPortFor: () => (/* binding */ defaultImapPortFor),
/* harmony export */   i: () => (/* binding */ openImapMailbox)
/* harmony export */ });
/* unused harmony export describeImapFailure */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
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
    const { ImapFlow } = await Promise.all(/* import() */[__webpack_require__.e(909), __webpack_require__.e(726)]).then(__webpack_require__.bind(__webpack_require__, 6726));
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


/***/ })

};
