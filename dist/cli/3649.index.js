export const id = 3649;
export const ids = [3649];
export const modules = {

/***/ 73649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deliveryEmailOutcome: () => (/* binding */ deliveryEmailOutcome),
/* harmony export */   deliveryVariables: () => (/* binding */ deliveryVariables),
/* harmony export */   openDeliveryManifest: () => (/* binding */ openDeliveryManifest),
/* harmony export */   recordDeliveryEmail: () => (/* binding */ recordDeliveryEmail)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _delivery_deliver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44087);
/* harmony import */ var _delivery_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10495);
/* harmony import */ var _delivery_local_destination_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28111);
/* harmony import */ var _delivery_open_destination_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54552);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11549);
// The delivery email: "your delivery is ready" from the deliver stage's result, and the outcome
// written back into the delivery manifest's run for the SHA (email.status sent | failed | skipped).







/** The delivery result for the SHA (it must exist and be valid) and the template variables it gives. */
async function deliveryVariables(store, sha) {
    const { value: result } = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_6__/* .requireValid */ .AK)(await store.read('delivery', sha));
    return {
        result,
        variables: {
            project: result.project,
            version: result.version === null ? 'unknown' : String(result.version),
            shareLink: result.shareUrl ?? 'unknown',
            files: result.files.map((file) => ({ name: file.name, size: file.size })),
            deliveryOutcome: result.outcome,
        },
    };
}
/** How a send-mail run ends up in the manifest: a duplicate went out earlier, a dry run did not. */
function deliveryEmailOutcome(result) {
    switch (result.status) {
        case 'sent':
            return { status: 'sent' };
        case 'duplicate':
            return { status: 'sent', reason: 'sent by an earlier run' };
        case 'failed':
            return { status: 'failed', reason: result.reason ?? 'not sent' };
        case 'dry-run':
            return { status: 'skipped', reason: 'dry run: written to the outbox, not sent' };
        default:
            return { status: 'skipped', reason: result.reason ?? 'nothing sent' };
    }
}
/**
 * Opens the destination that holds the delivery manifest the result names. A local manifest is
 * where the result says; a Dropbox one needs the deliver action's destination and credentials,
 * and they must lead to the same manifest (else the outcome would land in another project).
 */
async function openDeliveryManifest(delivery, settings, ports) {
    const label = settings.destination ?? delivery.destination.location;
    const kind = (0,_delivery_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDestination */ .G2)(label).kind;
    if (kind !== delivery.destination.kind) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`input 'destination': '${label}' is a ${kind} destination, but the delivery for ${delivery.sha} went to ${delivery.destination.kind} (${delivery.destination.location}); give the destination the deliver step used`);
    }
    if (kind === 'local') {
        return { destination: new _delivery_local_destination_js__WEBPACK_IMPORTED_MODULE_3__/* .LocalDestination */ .Y((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(delivery.manifestPath), ports.clock), file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(delivery.manifestPath) };
    }
    const destination = await (0,_delivery_open_destination_js__WEBPACK_IMPORTED_MODULE_4__/* .openDestination */ .x)({ ...settings, destination: label, project: delivery.project }, ports);
    const root = `${destination.displayPath('')}/`;
    // Dropbox paths ignore case.
    if (!delivery.manifestPath.toLowerCase().startsWith(root.toLowerCase())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`the delivery manifest ${delivery.manifestPath} is not under ${root} (from destination '${label}'${settings.useApiRootFolder ? ` and api-root-folder '${settings.apiRootFolder}'` : ''}); give send-mail the destination, use-api-root-folder and api-root-folder the deliver step used`);
    }
    return { destination, file: delivery.manifestPath.slice(root.length) };
}
/**
 * Writes the email outcome into the manifest's latest run for the SHA through deliver's own
 * conditional update (re-read and re-apply on a conflict), at a local folder or in Dropbox.
 */
async function recordDeliveryEmail(delivery, email, { destination, file }, ports) {
    if (!(await destination.readManifest(file))) {
        ports.logger.warning(`send-mail: ${delivery.manifestPath}: no delivery manifest; the email outcome is not recorded there`);
        return 'not-recorded';
    }
    let found = false;
    let keptSent = false;
    await (0,_delivery_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .updateManifest */ .xA)(destination, file, delivery.project, (manifest) => {
        const run = manifest.runs.findLast((candidate) => candidate.sha === delivery.sha);
        found = run !== undefined;
        // A recorded sent is final: a later run with mail disabled, or one that sent nothing, does not undo it.
        keptSent = run?.email?.status === 'sent' && email.status !== 'sent';
        if (run && !keptSent)
            run.email = email.reason ? { status: email.status, reason: email.reason } : { status: email.status };
        return manifest;
    }, ports.clock);
    if (!found)
        ports.logger.warning(`send-mail: ${delivery.manifestPath}: no run for ${delivery.sha}; the email outcome is not recorded there`);
    if (keptSent)
        ports.logger.info(`send-mail: ${delivery.manifestPath}: the delivery email for ${delivery.sha} is recorded as sent; this run's ${email.status} does not replace it`);
    return found && !keptSent ? 'recorded' : 'not-recorded';
}


/***/ })

};
