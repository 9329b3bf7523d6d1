export const id = 3355;
export const ids = [3355];
export const modules = {

/***/ 13355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reinstateCommand: () => (/* binding */ reinstateCommand)
/* harmony export */ });
/* harmony import */ var _mail_addresses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41670);
/* harmony import */ var _mail_send_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36981);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20152);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38660);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1973);
// `shipgate mail reinstate EMAIL --send-log FILE [--note TEXT]`: gives an address bounce-scan retired
// back to roster sends once its mailbox works again, by a `reinstated` line in the send log (the
// carried state on a runner, where the scheduled workflow's reinstate input runs this).





const NAME = 'shipgate mail reinstate';
const USAGE = `Usage: shipgate mail reinstate EMAIL --send-log FILE [--note TEXT]

Gives an address that bounce-scan retired back to roster sends (its mailbox works again): appends a
'reinstated' line to the send log, after which roster sends write to it again if the roster says
active. An address the send log does not hold retired is left alone (exit 0, nothing written).`;
async function reinstateCommand(args, io) {
    const parsed = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(NAME, args, { 'send-log': { type: 'string' }, note: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
    if (parsed.values.help) {
        io.out(USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    }
    const [email, ...extra] = parsed.positionals;
    const sendLog = parsed.values['send-log'];
    if (!email || extra.length > 0 || !sendLog)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('give one EMAIL and --send-log FILE', NAME);
    const address = (0,_mail_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .requireAddress */ .c3)(email, 'EMAIL');
    const outcome = await (0,_mail_send_log_js__WEBPACK_IMPORTED_MODULE_1__/* .reinstateAddress */ .SM)(sendLog, address, parsed.values.note ?? '', _platform_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m.now(), new _platform_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .SecretMasker */ .M2());
    io.out(outcome === 'reinstated' ? `${address}: reinstated in ${sendLog}; roster sends write to it again while the roster says active` : `${address}: not retired in ${sendLog}; nothing written`);
    return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}


/***/ })

};
