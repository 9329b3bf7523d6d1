export const id = 530;
export const ids = [530];
export const modules = {

/***/ 9530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   progressDisplay: () => (/* binding */ progressDisplay)
/* harmony export */ });
/* unused harmony exports useProgress, logProgress, terminalProgress */
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3021);

let factory;
/** Set by the command when stderr is a terminal; undefined puts the plain lines back. */
function useProgress(make) {
    factory = make;
}
/** The display of one run: the command's bar when it installed one, else plain lines through the logger. */
function progressDisplay(logger, now = Date.now) {
    return factory?.(logger, now) ?? { progress: logProgress(logger, now), logger };
}
/** 512 B, 90.0 MiB, 286 MiB: three significant digits from KiB up. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${Math.round(bytes)} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 100 ? 1 : 0)} ${units[unit]}`;
}
/** `41.2 MiB/s`, or undefined before any time has passed. */
function rate(bytes, ms) {
    return ms > 0 ? `${formatBytes((bytes * 1000) / ms)}/s` : undefined;
}
/** A log line at each tenth of the bytes, or after this long without one, whichever comes first. */
const LINE_STEPS = 10;
const LINE_EVERY_MS = 10_000;
/**
 * `uploading: 30% (90.0 MiB of 286 MiB, 41.2 MiB/s)` through the logger at every 10% of the bytes
 * or every 10 s, whichever comes first, then one line on how it ended. The lines are written as
 * bytes are reported, so a stall shows as a gap (and the retry messages that explain it). An
 * upload of no bytes writes nothing: the line before it already says 0 bytes.
 */
function logProgress(logger, now = Date.now) {
    let total = 0;
    let done = 0;
    let started = 0;
    let lastLine = 0;
    let lastStep = 0;
    let active = false;
    const percent = () => Math.floor((done * 100) / total);
    return {
        start(totalBytes) {
            total = totalBytes;
            done = 0;
            started = lastLine = now();
            lastStep = 0;
            active = totalBytes > 0;
        },
        advance(bytes) {
            done += bytes;
            // The last step is the final line's to report.
            if (!active || done >= total)
                return;
            const time = now();
            const step = Math.floor((done * LINE_STEPS) / total);
            if (step <= lastStep && time - lastLine < LINE_EVERY_MS)
                return;
            lastStep = step;
            lastLine = time;
            logger.info(`uploading: ${percent()}% (${[`${formatBytes(done)} of ${formatBytes(total)}`, rate(done, time - started)].filter(Boolean).join(', ')})`);
        },
        finish() {
            if (!active)
                return;
            active = false;
            const elapsed = now() - started;
            const speed = rate(total, elapsed);
            if (done >= total)
                logger.info(`uploaded: ${formatBytes(total)} in ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .UU)(elapsed)}${speed ? ` (${speed})` : ''}`);
            else
                logger.info(`upload stopped at ${percent()}% (${formatBytes(done)} of ${formatBytes(total)})`);
        },
    };
}
/** A one-line bar redrawn in place at most ten times a second. */
function terminalBar(stream, now) {
    let total = 0;
    let done = 0;
    let started = 0;
    let lastDraw = 0;
    let active = false;
    /** The bar is on the current line, which has no newline yet. */
    let lineOpen = false;
    const draw = (force) => {
        const time = now();
        if (!force && time - lastDraw < 100)
            return;
        lastDraw = time;
        const fraction = total === 0 ? 1 : Math.min(1, done / total);
        const seconds = Math.max((time - started) / 1000, 0.001);
        const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 50));
        const filled = Math.round(fraction * width);
        stream.write(`\r  uploading [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${formatBytes(done)} / ${formatBytes(total)} ${formatBytes(done / seconds)}/s`);
        lineOpen = true;
    };
    const endLine = () => {
        if (lineOpen)
            stream.write('\n');
        lineOpen = false;
    };
    return {
        start(totalBytes) {
            total = totalBytes;
            done = 0;
            started = now();
            active = totalBytes > 0;
            if (active)
                draw(true);
        },
        advance(bytes) {
            done += bytes;
            if (active)
                draw(false);
        },
        finish() {
            if (!active)
                return;
            draw(true);
            endLine();
            active = false;
        },
        aside(write) {
            endLine();
            write();
            if (active)
                draw(true);
        },
    };
}
/**
 * The bar on `stream` (stderr), and a logger that ends the bar's line before each line it logs
 * and redraws the bar after it, so that a retry message is not glued to the bar. The logger given
 * must write to the same stream, in the text log format: its events write nothing, and go straight
 * through. A debug line that a quiet logger drops still ends the bar's line: the bar as it was
 * stays above the redrawn one.
 */
function terminalProgress(stream, logger, now = Date.now) {
    const bar = terminalBar(stream, now);
    return {
        progress: bar,
        logger: {
            event: (name, fields) => logger.event(name, fields),
            info: (message) => bar.aside(() => logger.info(message)),
            warning: (message, location) => bar.aside(() => logger.warning(message, location)),
            error: (message, location) => bar.aside(() => logger.error(message, location)),
            debug: (message) => bar.aside(() => logger.debug(message)),
            secret: (value) => logger.secret(value),
            mask: (text) => logger.mask(text),
            group(title, fn) {
                // The header is written when group is called; what fn logs later comes through this logger.
                let folded;
                bar.aside(() => {
                    folded = logger.group(title, fn);
                });
                return folded;
            },
        },
    };
}


/***/ })

};
