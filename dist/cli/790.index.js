export const id = 790;
export const ids = [790];
export const modules = {

/***/ 85790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveUnconfirmed: () => (/* binding */ resolveUnconfirmed)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _contracts_notification_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38025);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7982);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40765);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93037);
// Settles an unconfirmed message on an operator's word (`shipgate mail resolve`): it arrived (sent:
// no run sends it again) or it did not (resend: the next run sends it). Only an unconfirmed message
// can be resolved, and not while a run is sending it.







async function resolveUnconfirmed(request, clock) {
    if (!_contracts_notification_js__WEBPACK_IMPORTED_MODULE_2__/* .EVENT_NAME_PATTERN */ .Q0.test(request.event)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`event '${request.event}': not an event name (e.g. daily-digest-0123456789abcdef); copy it from the run's log or the send log`);
    }
    const sha = request.sha ?? (await shaOfEvent(request));
    const recordsFolder = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_6__/* .notificationsFolder */ .TM)(request.artifactsDir, sha);
    const journal = request.ledger ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(recordsFolder, _ledger_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_JOURNAL */ .QQ);
    const ledger = await _ledger_js__WEBPACK_IMPORTED_MODULE_6__/* .NotificationLedger */ .zw.open(recordsFolder, journal);
    try {
        const record = await ledger.readRecord(request.event);
        const entry = await ledger.lastEntryFor(request.event);
        const eventKey = record?.eventKey ?? entry?.eventKey;
        if (!eventKey)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`event '${request.event}': not in ${journal} nor ${ledger.recordPath(request.event)}; check the event, --sha and --ledger or --artifacts-dir`, { file: journal });
        const recipients = recipientsOf(record, eventKey);
        if (recipients && normalized(recipients) !== normalized(request.recipient.split(','))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`recipient '${request.recipient}': event '${request.event}' is for ${recipients.join(',')}; copy both from the same line of the run's log`);
        }
        const known = await ledger.previous(request.event, eventKey);
        if (known.state !== 'unconfirmed') {
            // The same decision again (a re-run of a workflow that resolved it) changes nothing and is no error:
            // sent stays sent; a resend is in effect once the message is failed (to be sent) or sent again.
            const inEffect = known.state === 'sent' || (request.decision === 'resend' && known.state === 'failed');
            if (inEffect)
                return { sha, messageId: known.messageId, journal, alreadySettled: known.state };
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`event '${request.event}' (${request.recipient}): nothing to resolve, it is not unconfirmed: the next run sends it anyway`);
        }
        const holder = await new _claims_js__WEBPACK_IMPORTED_MODULE_5__/* .MessageClaims */ .N((0,_ledger_js__WEBPACK_IMPORTED_MODULE_6__/* .claimsFolderOf */ .t4)(journal)).liveHolder(eventKey, clock);
        if (holder)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`event '${request.event}' (${request.recipient}): ${holder} is sending it right now; wait for that run to end`);
        const at = clock.now().toISOString();
        const settled = settledBy(request.decision);
        if (record) {
            await ledger.record({ ...record, ...settled, settledAt: at });
        }
        else {
            ledger.recordInJournal({ eventKey, event: request.event, sha, state: settled.state, messageId: known.messageId, at });
        }
        return { sha, messageId: known.messageId, journal, record: record ? ledger.recordPath(request.event) : undefined };
    }
    finally {
        ledger.close();
    }
}
function settledBy(decision) {
    return decision === 'sent'
        ? { state: 'sent', response: 'recorded as sent by shipgate mail resolve --sent (an operator checked it arrived)', error: null }
        : { state: 'failed', response: null, error: 'unconfirmed; shipgate mail resolve --resend: not delivered, the next run sends it' };
}
/** The recipients as the record names them, else as the event key does (a roster send's key ends with the address). */
function recipientsOf(record, eventKey) {
    if (record)
        return [...record.recipients.to, ...record.recipients.cc, ...record.recipients.bcc];
    const last = eventKey.split('|').at(-1) ?? '';
    return last.includes('@') ? last.split(',') : undefined;
}
function normalized(addresses) {
    return addresses.map((address) => address.trim().toLowerCase()).filter((address) => address !== '').sort().join(',');
}
/** The release whose records, or journal, name the event: the carried journal first, then the artifacts folder. */
async function shaOfEvent(request) {
    if (request.ledger) {
        const entry = await (await _ledger_js__WEBPACK_IMPORTED_MODULE_6__/* .NotificationLedger */ .zw.open(request.artifactsDir, request.ledger)).lastEntryFor(request.event);
        if (entry)
            return entry.sha;
    }
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.artifactsDir, _ledger_js__WEBPACK_IMPORTED_MODULE_6__/* .NOTIFICATIONS_FOLDER */ .qk);
    const shas = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(folder).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    });
    const found = [];
    for (const sha of shas.filter((name) => /^[0-9a-f]{40}$/.test(name)).sort()) {
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, sha)).catch(() => []);
        const journal = names.includes(_ledger_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_JOURNAL */ .QQ) ? ((await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextIfPresent */ .Ge)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, sha, _ledger_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_JOURNAL */ .QQ))) ?? '') : '';
        if (names.includes(`${request.event}.json`) || journal.includes(`"event":"${request.event}"`))
            found.push(sha);
    }
    if (found.length === 1)
        return found[0];
    const where = request.ledger ? `${request.ledger} or ${folder}` : folder;
    if (found.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`event '${request.event}': not found in ${where}; check the event and --ledger or --artifacts-dir`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`event '${request.event}': found for ${found.length} releases (${found.join(', ')}); give --sha`);
}


/***/ })

};
