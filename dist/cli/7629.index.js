export const id = 7629;
export const ids = [7629];
export const modules = {

/***/ 27629:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployGateAction: () => (/* binding */ deployGateAction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(92857);
/* harmony import */ var _config_environments_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56520);
/* harmony import */ var _config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87710);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46174);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77582);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(13021);
/* harmony import */ var _platform_github_api_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56826);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48959);
/* harmony import */ var _stages_deploy_convergence_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30703);
/* harmony import */ var _stages_environment_deployments_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(70698);
/* harmony import */ var _stages_environment_promotion_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(44379);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(20877);
// The deploy-gate action: inputs -> convergeDeploy -> decision, deploy-sha, package-digest, refs.
// With a token, every deploy is also a GitHub deployment of the environment, and production is read
// back from those; without one (the local command) the evidence's deployment records are all there is.













const deployGateAction = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_4__/* .defineAction */ .QP)({
    name: 'deploy-gate',
    description: 'Deploy under the production lock and converge: deploy the newest release package whose acceptance said YES (older queued ones are recorded as superseded), never move production to an older SHA than the environment\'s live GitHub deployment unless replay is true, run the deploy command with only the promoted refs, and record what was deployed, as evidence and as a GitHub deployment of the environment.',
    branding: { icon: 'git-merge', color: 'blue' },
    inputs: {
        sha: _common_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .shaInput */ .FN,
        'artifacts-dir': _common_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .artifactsDirInput */ .Lp,
        config: _common_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .configInput */ .xK,
        command: {
            description: 'The deploy command; it gets SHIPGATE_SHA, SHIPGATE_PACKAGE_DIGEST and SHIPGATE_REFS (JSON) and runs in the workspace. Default: deploy.command in the config.',
        },
        environment: {
            description: 'The environment deployed to; deployment records and the production state are kept per environment. When the config has an environments: list and this names one of them, the package must have the previous environment\'s YES (the first takes any sealed package), the command defaults to that environment\'s deploy.command, the evidence is kept under environments/<name>/, and the GitHub deployment is of its githubEnvironment.',
            default: 'production',
        },
        replay: { description: 'true for an explicit replay: deploy exactly this SHA, even when it is older than production.', default: 'false' },
        candidates: {
            description: 'Other SHAs whose packages are queued, one per line; the newest with a YES acceptance wins. Default: every SHA with acceptance evidence in the artifacts folder.',
        },
        'production-sha': {
            description: 'The SHA in production now, overriding what the deployments say. Default: the SHA of the environment\'s newest deploy-gate deployment on GitHub whose latest status is success (with github-token), else the newest deployed record of the environment in the evidence; with neither, nothing is known to be in production.',
        },
        'github-token': {
            description: 'A token with `deployments: write`: each deploy is recorded as a GitHub deployment of the environment (statuses in_progress, then success or failure), and what runs there is read back from those. Without one (the local command): the evidence\'s deployment records are the only record.',
            runnerDefault: _common_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .WORKFLOW_TOKEN */ .Wj,
            secret: true,
        },
        order: {
            description: 'How older and newer are decided: commit (git ancestry in the checkout; needs fetch-depth: 0) or created-at (the packages\' build time).',
            default: 'commit',
        },
        'dry-run': { description: 'true to decide and report without deploying or recording.', default: 'false' },
    },
    outputs: {
        decision: { description: 'deployed, planned (dry run), already-deployed, or refused.' },
        'deploy-sha': { description: 'The SHA deployed (or that would be, in a dry run); empty when refused.' },
        'package-digest': { description: 'The package digest of deploy-sha.' },
        refs: { description: 'JSON object: component name -> pinned ref, of what was deployed.' },
        superseded: { description: 'JSON array of the older accepted SHAs recorded as superseded.' },
        'previous-sha': { description: 'What was in production before; empty when unknown.' },
        'record-path': { description: 'The deployment record written for deploy-sha (or for the refused SHA).' },
    },
    settings: zod__WEBPACK_IMPORTED_MODULE_11__/* .object */ .Ikc({
        sha: _platform_action_js__WEBPACK_IMPORTED_MODULE_4__/* .inputs */ .QL.sha(),
        'artifacts-dir': zod__WEBPACK_IMPORTED_MODULE_11__/* .string */ .YjP(),
        config: _platform_action_js__WEBPACK_IMPORTED_MODULE_4__/* .inputs */ .QL.text(),
        command: _platform_action_js__WEBPACK_IMPORTED_MODULE_4__/* .inputs */ .QL.text(),
        environment: zod__WEBPACK_IMPORTED_MODULE_11__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]+$/, 'must be an environment name (letters, digits, _ . -)'),
        replay: _platform_action_js__WEBPACK_IMPORTED_MODULE_4__/* .inputs */ .QL.boolean(false),
        candidates: _platform_action_js__WEBPACK_IMPORTED_MODULE_4__/* .inputs */ .QL.list().pipe(zod__WEBPACK_IMPORTED_MODULE_11__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_11__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/, 'must be full 40-character lowercase hex commit SHAs'))),
        'production-sha': _platform_action_js__WEBPACK_IMPORTED_MODULE_4__/* .inputs */ .QL.sha(),
        'github-token': _platform_action_js__WEBPACK_IMPORTED_MODULE_4__/* .inputs */ .QL.text(),
        order: zod__WEBPACK_IMPORTED_MODULE_11__/* ["enum"] */ .k5n(['commit', 'created-at'], { message: "must be 'commit' or 'created-at'" }),
        'dry-run': _platform_action_js__WEBPACK_IMPORTED_MODULE_4__/* .inputs */ .QL.boolean(false),
    }),
    timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveSha */ .vc)(settings.sha, context.environment) }),
    async run(settings, context) {
        const sha = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveSha */ .vc)(settings.sha, context.environment);
        const loaded = await (0,_config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(settings.config);
        const step = loaded.config.environments?.some((environment) => environment.name === settings.environment)
            ? (0,_config_environments_config_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentStep */ .wt)(loaded.config.environments, settings.environment, loaded.path)
            : undefined;
        const workspace = loaded.found && !settings.command ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(loaded.path)) : context.environment.workspace;
        const root = context.openStore(settings['artifacts-dir']);
        const store = step ? (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment: step.environment.name }) : root;
        const githubEnvironment = step?.environment.githubEnvironment ?? settings.environment;
        const result = await (0,_stages_deploy_convergence_js__WEBPACK_IMPORTED_MODULE_7__/* .convergeDeploy */ .XY)({
            sha,
            candidates: settings.candidates.length > 0 ? settings.candidates : undefined,
            environment: githubEnvironment,
            replay: settings.replay,
            production: settings['production-sha'] ? { sha: settings['production-sha'], from: "input 'production-sha'" } : undefined,
            command: settings.command ?? (step ? step.environment.deploy.command : loaded.config.deploy?.command),
            workspace,
            dryRun: settings['dry-run'],
            runId: context.environment.runId,
        }, {
            store,
            exec: context.exec,
            logger: context.logger,
            clock: context.clock,
            order: settings.order === 'commit' ? new _stages_deploy_convergence_js__WEBPACK_IMPORTED_MODULE_7__/* .GitAncestryOrder */ .I4(context.exec, context.environment.workspace) : new _stages_deploy_convergence_js__WEBPACK_IMPORTED_MODULE_7__/* .CreatedAtOrder */ .U_(),
            deployments: settings['github-token'] ? deploymentLog(settings['github-token'], context.environment, context.logger) : undefined,
            ...(step
                ? { gate: (0,_stages_environment_promotion_js__WEBPACK_IMPORTED_MODULE_9__/* .environmentGate */ .dA)(root, step.previous), deployEnvironment: async () => ({ SHIPGATE_ENVIRONMENT: step.environment.name }) }
                : {}),
        });
        const target = result.decision === 'refused' ? undefined : result.target;
        return {
            outputs: {
                decision: result.decision,
                'deploy-sha': target?.sha ?? '',
                'package-digest': target?.manifest.digest ?? '',
                refs: JSON.stringify(result.refs ?? {}),
                superseded: JSON.stringify(result.superseded),
                'previous-sha': result.production?.sha ?? '',
                'record-path': result.records[0] ?? '',
            },
            summary: [
                '### deploy-gate',
                '',
                `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .statusIcon */ .I8)(result.decision === 'refused' ? 'failure' : 'success')} **${result.decision}** in ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .code */ .aY)(settings.environment)}${target ? `: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .code */ .aY)(target.sha)} (${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .code */ .aY)((0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .shortDigest */ .VK)(target.manifest.digest))})` : ''}. ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeText */ .X1)((0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .shortenDigests */ .fQ)(result.reason))}.`,
                '',
                `Production before: ${result.production ? `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .code */ .aY)(result.production.sha)}${result.production.from ? ` (from ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeText */ .X1)(result.production.from)})` : ''}` : 'unknown'}; order by ${settings.order}${settings.replay ? '; explicit replay' : ''}.`,
                ...(result.superseded.length ? ['', `Superseded: ${result.superseded.map((superseded) => (0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .code */ .aY)(superseded)).join(', ')}`] : []),
                ...(result.records.length ? ['', `Records: ${result.records.map((path) => (0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .code */ .aY)(path)).join(', ')}`] : []),
                '',
                ...(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .digestDetails */ .XH)([...(target ? [['package', target.manifest.digest]] : []), ...((0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .hasFullDigest */ .OB)(result.reason) ? [['reason', result.reason]] : [])]),
            ].join('\n'),
            ...(result.decision === 'refused' ? { failure: { message: result.reason, file: result.records[0] }, outcome: 'no' } : {}),
        };
    },
});
/** GitHub deployments of this repository, with this run as each status's log. */
function deploymentLog(token, environment, logger) {
    const repository = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveRepository */ .BN)(environment);
    const inRun = environment.mode === 'github' && /^[1-9][0-9]*$/.test(environment.runId);
    return new _stages_environment_deployments_js__WEBPACK_IMPORTED_MODULE_8__/* .GitHubDeploymentLog */ .fh(new _platform_github_api_js__WEBPACK_IMPORTED_MODULE_5__/* .GitHubRestApi */ .yK({ token, apiUrl: environment.apiUrl, repository }), { runId: environment.runId, runAttempt: environment.runAttempt, logUrl: inRun ? `${environment.serverUrl}/${repository}/actions/runs/${environment.runId}` : undefined }, logger);
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


/***/ })

};
