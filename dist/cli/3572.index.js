export const id = 3572;
export const ids = [3572];
export const modules = {

/***/ 20877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ shaInput),
/* harmony export */   Lp: () => (/* binding */ artifactsDirInput),
/* harmony export */   Wj: () => (/* binding */ WORKFLOW_TOKEN),
/* harmony export */   au: () => (/* binding */ tokenOrEnvironment),
/* harmony export */   xK: () => (/* binding */ configInput)
/* harmony export */ });
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7982);

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
/** The runner fills a token input with the job's GITHUB_TOKEN unless the workflow passes another. */
const WORKFLOW_TOKEN = '${{ github.token }}';
/** A token input, else the GITHUB_TOKEN environment variable, masked before any use. */
function tokenOrEnvironment(given, logger) {
    if (given)
        return given;
    const fromEnvironment = process.env.GITHUB_TOKEN || undefined;
    if (fromEnvironment)
        logger.secret(fromEnvironment);
    return fromEnvironment;
}


/***/ }),

/***/ 63572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteAction: () => (/* binding */ promoteAction),
/* harmony export */   promoteSummary: () => (/* binding */ promoteSummary)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92857);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77582);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13021);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48959);
/* harmony import */ var _stages_promote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98822);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20877);
// The promote action: inputs -> promote -> package-digest, refs.






const promoteAction = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'promote',
    description: 'Load and verify the exact release package build-once made for a SHA (contract, digests, SHA); never rebuilds, so a replay of an older SHA promotes the same bytes.',
    branding: { icon: 'arrow-up-circle', color: 'blue' },
    inputs: {
        sha: { description: 'The commit SHA whose package to promote; a replay passes an older SHA. Default: the SHA that triggered the workflow.' },
        'artifacts-dir': _common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .artifactsDirInput */ .Lp,
        'files-root': {
            description: 'Where file components are looked for to check their sha256; files not present there are not checked.',
            default: '.',
        },
    },
    outputs: {
        'package-digest': { description: 'The verified package digest.' },
        refs: { description: 'JSON object: component name -> pinned image ref or sha256:<hex> file digest.' },
        'manifest-path': { description: 'The path of the verified manifest.' },
    },
    settings: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ sha: _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.sha(), 'artifacts-dir': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), 'files-root': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
    timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSha */ .vc)(settings.sha, context.environment) }),
    async run(settings, context) {
        const sha = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSha */ .vc)(settings.sha, context.environment);
        const result = await (0,_stages_promote_js__WEBPACK_IMPORTED_MODULE_2__/* .promote */ .p)({ sha, filesRoot: settings['files-root'] }, { store: context.openStore(settings['artifacts-dir']), logger: context.logger });
        return {
            outputs: { 'package-digest': result.manifest.digest, refs: JSON.stringify(result.refs), 'manifest-path': result.path },
            summary: promoteSummary(sha, result.manifest.digest, result.refs, result.checkedFiles.length),
        };
    },
});
/** The job summary: the verified package and each component's pin, digests short with the full ones collapsed. */
function promoteSummary(sha, packageDigest, refs, rehashedFiles) {
    return [
        '### promote',
        '',
        `Verified package ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)((0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shortDigest */ .VK)(packageDigest))} for ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(sha)} (contract, digest, SHA, pins${rehashedFiles ? `, ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(rehashedFiles, 'file')} rehashed` : ''}).`,
        '',
        '| component | ref |',
        '| --- | --- |',
        ...Object.entries(refs).map(([name, ref]) => `| ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeCell */ .kq)(name)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .codeCell */ .MZ)((0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .shortDigest */ .VK)(ref))} |`),
        '',
        ...(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .digestDetails */ .XH)([['package', packageDigest], ...Object.entries(refs)]),
    ].join('\n');
}


/***/ }),

/***/ 13021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   OB: () => (/* binding */ hasFullDigest),
/* harmony export */   UU: () => (/* binding */ humanDuration),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   XH: () => (/* binding */ digestDetails),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fQ: () => (/* binding */ shortenDigests),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony export failureSummary */
// Markdown for job summaries, which GitHub renders as it renders any Markdown: table cells that a
// pipe, a newline or an angle bracket cannot break, digests short enough to read, durations in words,
// and the summary a step writes when it fails by throwing.
function statusIcon(status) {
    return { success: '✅', partial_success: '⚠️', failure: '❌' }[status];
}
/**
 * Text as Markdown shows it literally: `<abc@x>` stays text (not a tag, not a mailto link), and
 * `*`, `_`, `[`, backticks and backslashes do not turn into formatting.
 */
function escapeText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]])/g, '\\$1');
}
/** A table cell: escaped text on one line, with `|` escaped so it does not split the cell. */
function escapeCell(text) {
    return escapeText(text).replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}
/** Inline code in prose; a fence longer than any backtick run inside, so none ends it early. */
function code(text) {
    const oneLine = text.replace(/\r?\n|\r/g, ' ');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Inline code in a table cell: GitHub reads `\|` as a pipe even inside a code span. */
function codeCell(text) {
    return code(text).replace(/\|/g, '\\|');
}
const DIGEST_HEX = /\b[0-9a-f]{64}\b/g;
/** `sha256:` and the first 12 hex characters of a digest (a bare 64-hex value keeps 12); anything else as it is. */
function shortDigest(digest) {
    return digest.replace(DIGEST_HEX, (hex) => hex.slice(0, 12));
}
/** Text with every 64-hex digest in it cut to 12 characters; the full values belong in digestDetails. */
function shortenDigests(text) {
    return shortDigest(text);
}
/** True when the text holds a digest that shortDigest would cut. */
function hasFullDigest(text) {
    return new RegExp(DIGEST_HEX.source).test(text);
}
/**
 * The full digests, collapsed: one `<details>` block for the end of a summary, so the page shows
 * short digests and a reader who needs a full one can open it. Empty when there is nothing to show.
 */
function digestDetails(entries) {
    const shown = entries.filter(([, digest]) => digest !== '');
    if (shown.length === 0)
        return [];
    return [
        '<details><summary>Full digests</summary>',
        '',
        '| of | digest |',
        '| --- | --- |',
        ...shown.map(([label, digest]) => `| ${escapeCell(label)} | ${codeCell(digest)} |`),
        '',
        '</details>',
        '',
    ];
}
/** 850 ms, 4.2s, 2m 5s, 3h 54m, 8d 3h 54m: the units that matter, largest first, zero parts left out. */
function humanDuration(ms) {
    if (!Number.isFinite(ms))
        return 'unknown';
    if (ms < 0)
        return `-${humanDuration(-ms)}`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 10_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600)
        return joinUnits([[Math.floor(seconds / 60), 'm'], [seconds % 60, 's']]);
    const minutes = Math.round(ms / 60_000);
    if (minutes < 24 * 60)
        return joinUnits([[Math.floor(minutes / 60), 'h'], [minutes % 60, 'm']]);
    return joinUnits([[Math.floor(minutes / 1440), 'd'], [Math.floor((minutes % 1440) / 60), 'h'], [minutes % 60, 'm']]);
}
function joinUnits(parts) {
    return parts
        .filter(([value]) => value > 0)
        .map(([value, unit]) => `${value}${unit}`)
        .join(' ');
}
/** `1 component`, `2 components`; the plural form when adding an s does not make it. */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
const BUG_PREFIX = 'unexpected error (a bug in shipgate)';
/**
 * The job summary of a step that failed by throwing: what failed, where, and what to do about it.
 * The message is the error as the user is told it (a ConfigurationError's says what and how to fix);
 * a bug's stack trace is kept, collapsed.
 */
function failureSummary(actionName, message, location) {
    const [firstLine = '', ...rest] = message.split(/\r?\n/);
    const isBug = message.startsWith(BUG_PREFIX);
    const lines = [`## ${statusIcon('failure')} ${escapeText(actionName)} failed`, '', escapeText(shortenDigests(firstLine.trim() || 'failed without a message')), ''];
    if (location?.file) {
        lines.push(`**Where:** ${code(location.file)}${location.line === undefined ? '' : ` line ${location.line}`}`, '');
    }
    lines.push(isBug
        ? '**What to do:** this is a bug in shipgate, not in your inputs: re-run the step, and if it fails again report it with the details below.'
        : `**What to fix:** the ${location?.file ? 'file' : 'input or file'} the message names, as it says; then re-run the step.`, '');
    if (rest.length > 0 || hasFullDigest(firstLine)) {
        lines.push('<details><summary>Full message</summary>', '', '```text', message.replace(/```/g, '`\u200b``'), '```', '', '</details>', '');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 8787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveInside),
/* harmony export */   h: () => (/* binding */ fileDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
// The sha256 and size of a file, read as a stream so that a large package never sits in memory.




async function fileDigest(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
/** Resolves a path the user gave inside a root folder, refusing anything that leaves it. */
function resolveInside(root, path, what) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path);
    const fromRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), absolute);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) || fromRoot.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(fromRoot)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${what}: '${path}' is outside ${root}; give a path relative to the repository root`);
    }
    return absolute;
}


/***/ }),

/***/ 98822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28420);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11549);
/* harmony import */ var _file_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8787);
// promote: loads the exact package build-once made for a SHA and proves it is untouched: the
// contract, its own digest, the SHA, the digest pins and the files present here. Never builds.





async function promote(input, ports) {
    const read = await ports.store.read('release-package', input.sha);
    if (read.state === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${read.path}: missing: there is no release package for ${input.sha}; build-once must run for this SHA first (promote never builds)`, { file: read.path });
    }
    const { value: manifest, path } = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_3__/* .requireValid */ .AK)(read);
    if (manifest.sha !== input.sha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${path}: sha: the manifest names ${manifest.sha}, but it was loaded for ${input.sha}`, { file: path });
    }
    const checkedFiles = [];
    const absentFiles = [];
    for (const [index, component] of manifest.components.entries()) {
        if (component.kind !== 'file')
            continue;
        const where = `${path}: components[${index}]`;
        const local = (0,_file_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .L)(input.filesRoot, component.path, where);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(local);
        }
        catch {
            absentFiles.push(component.path);
            continue;
        }
        const actual = await (0,_file_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .fileDigest */ .h)(local);
        if (actual.sha256 !== component.sha256) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${where}.sha256: ${component.path} has sha256 ${actual.sha256}, the package records ${component.sha256}; the file changed after build-once`, { file: path });
        }
        if (actual.size !== component.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${where}.size: ${component.path} is ${actual.size} bytes, the package records ${component.size}`, { file: path });
        }
        checkedFiles.push(component.path);
    }
    if (absentFiles.length > 0)
        ports.logger.info(`Not present here, so not checked: ${absentFiles.join(', ')}`);
    ports.logger.info(`Promoting ${manifest.digest} (${manifest.components.length} components, runtime ${manifest.runtime.mode}).`);
    return { manifest, path, refs: (0,_contracts_release_package_js__WEBPACK_IMPORTED_MODULE_1__/* .componentRefs */ .CR)(manifest), checkedFiles, absentFiles };
}


/***/ })

};
