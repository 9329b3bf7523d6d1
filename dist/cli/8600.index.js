export const id = 8600;
export const ids = [8600,1670];
export const modules = {

/***/ 37549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMIT_GATE_INPUTS: () => (/* binding */ COMMIT_GATE_INPUTS),
  COMMIT_GATE_OUTPUTS: () => (/* binding */ COMMIT_GATE_OUTPUTS),
  commitGateAction: () => (/* binding */ commitGateAction),
  commitGateSummary: () => (/* binding */ commitGateSummary)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 2 modules
var shipgate_config = __webpack_require__(87710);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
// EXTERNAL MODULE: ./build/platform/github-api.js
var github_api = __webpack_require__(56826);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(48959);
// EXTERNAL MODULE: ./build/contracts/commit-stage.js
var commit_stage = __webpack_require__(72828);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./build/stages/change-scope.js
// What a release changes: the changed paths sorted into runtime, infra and docs by the config's
// globs, and docs drift (a watched path changed while the doc that describes it did not).

/**
 * A matcher for a list of globs: a path matches when it matches a plain glob and no `!` glob.
 * Dotfiles match (`.github/**`), as a change there is a change like any other.
 */
function globMatcher(globs) {
    const include = globs.filter((glob) => !glob.startsWith('!'));
    const exclude = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
    if (include.length === 0)
        return () => false;
    const included = picomatch(include, { dot: true });
    const excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
    return (path) => included(path) && !excluded(path);
}
/** Sorts paths into the classes; a path may be in several, and `other` holds those in none. */
function classifyChanges(paths, scope) {
    const classes = {
        runtime: globMatcher(scope.runtime),
        infra: globMatcher(scope.infra),
        docs: globMatcher(scope.docs),
    };
    const sorted = [...new Set(paths)].sort();
    const pick = (matches) => {
        const matched = sorted.filter(matches);
        return { changed: matched.length > 0, paths: matched };
    };
    return {
        runtime: pick(classes.runtime),
        infra: pick(classes.infra),
        docs: pick(classes.docs),
        other: sorted.filter((path) => !classes.runtime(path) && !classes.infra(path) && !classes.docs(path)),
    };
}
/** One finding per watch whose paths changed while its doc did not. */
function findDocsDrift(paths, watches) {
    const changed = new Set(paths);
    const findings = [];
    for (const watch of watches) {
        const watched = [...changed].filter(globMatcher(watch.paths)).sort();
        if (watched.length === 0 || changed.has(watch.doc))
            continue;
        const shown = watched.slice(0, 5).join(', ') + (watched.length > 5 ? ` and ${watched.length - 5} more` : '');
        findings.push({
            doc: watch.doc,
            watched,
            message: `${shown} changed but ${watch.doc}, which describes ${watch.paths.join(', ')}, did not; update the doc in the same change`,
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./build/stages/release-history.js
var release_history = __webpack_require__(4510);
;// CONCATENATED MODULE: ./build/stages/commit-gate.js
// commit-gate: proof that a SHA passed the required commit-stage check (from GitHub's check runs and
// commit statuses, following a squash merge to its pull request's head; or, with no GitHub API,
// from running the configured command locally), and what the change touches. It fails closed:
// a failed, missing or still-pending check is recorded as passed: false, never as a pass.






async function commitGate(input, ports) {
    const { logger } = ports;
    const startedAt = ports.clock.now();
    const outcome = input.mode === 'github' ? await awaitRequiredCheck(input, ports) : await runLocalCommand(input, ports);
    const base = await resolveBase(input, ports);
    const paths = await changedPaths(base, input.sha, ports);
    const scope = classifyChanges(paths, input.scope);
    const findings = findDocsDrift(paths, input.scope.watches);
    logger.info(`Changes since ${base ?? 'the root'}: ${(0,markdown/* plural */.LS)(paths.length, 'path')}; runtime ${scope.runtime.changed ? 'changed' : 'unchanged'}, ` +
        `infra ${scope.infra.changed ? 'changed' : 'unchanged'}, docs ${scope.docs.changed ? 'changed' : 'unchanged'}.`);
    for (const finding of findings) {
        const message = `docs drift: ${finding.message}`;
        if (input.scope.drift === 'fail')
            logger.error(message, { file: input.configPath });
        else
            logger.warning(message, { file: input.configPath });
    }
    const failures = [];
    if (outcome.failure)
        failures.push(outcome.failure);
    if (findings.length > 0 && input.scope.drift === 'fail') {
        failures.push(`docs drift on ${input.sha} (scope.drift: fail in ${input.configPath}): ${findings.map((finding) => finding.message).join('; ')}`);
    }
    const evidence = {
        schema: commit_stage/* COMMIT_STAGE_SCHEMA */.v,
        sha: input.sha,
        repository: input.repository,
        event: input.event,
        passed: failures.length === 0,
        check: outcome.check,
        base,
        scope,
        drift: { mode: input.scope.drift, findings },
        recordedAt: ports.clock.now().toISOString(),
    };
    const written = await ports.store.write('commit-stage', input.sha, evidence);
    const seconds = ((ports.clock.now().getTime() - startedAt.getTime()) / 1000).toFixed(1);
    logger.info(`Commit-stage evidence (passed: ${evidence.passed}) written to ${written.path} after ${seconds}s.`);
    return { evidence, path: written.path, failure: failures.length > 0 ? failures.join('; ') : undefined };
}
const PASSING = 'success';
/** Polls the check (and, when the SHA has none, its pull request's head) until it completes or the deadline. */
async function awaitRequiredCheck(input, ports) {
    const { clock, logger } = ports;
    const checks = ports.checks;
    if (!checks)
        throw new Error('bug: commit-gate in github mode without the GitHub API port');
    const deadline = clock.now().getTime() + input.timeoutMs;
    const name = input.requiredCheck;
    let observation = { state: 'missing' };
    let apiTrouble;
    for (let poll = 1;; poll++) {
        try {
            observation = await observe(input, checks, logger);
            apiTrouble = undefined;
        }
        catch (error) {
            if (!(error instanceof github_api/* TransientApiError */.RJ))
                throw error;
            apiTrouble = error.message;
            logger.warning(`${error.message}; asking again at the next poll`);
        }
        if (observation.state === 'success' || observation.state === 'failure')
            break;
        // The commit stage runs on pull requests and in the merge queue, never on the push itself: by
        // the time a commit reaches main its check is done or was never made. Waiting cannot help.
        if (observation.state === 'missing' && !apiTrouble && input.event === 'push') {
            return { check: missingCheck(input), failure: missingOnPush(input) };
        }
        const remaining = deadline - clock.now().getTime();
        if (remaining <= 0)
            break;
        const what = observation.state === 'pending' ? `is ${observation.check.conclusion} on ${observation.check.checkedSha} (attempt ${observation.check.attempt})` : `is not on ${input.sha} yet`;
        logger.info(`Required check '${name}' ${what}; poll ${poll}, waiting ${Math.ceil(remaining / 1000)}s more at most.`);
        await clock.sleep(Math.min(input.pollIntervalMs, remaining));
    }
    const waited = `${Math.round(input.timeoutMs / 1000)}s`;
    if (observation.state === 'missing') {
        return {
            check: missingCheck(input),
            failure: `required check '${name}' not found for ${input.sha} after ${waited}: no check run or commit status of that name on the commit or on the head of a pull request it came from; ` +
                'a gate never passes on "no checks found": check the required-check name and that the commit-stage workflow ran for this commit' +
                (apiTrouble ? ` (the last request failed: ${apiTrouble})` : ''),
        };
    }
    const { check } = observation;
    const where = `${check.checkedSha}${check.via === 'pull-request-head' ? ` (head of pull request #${check.pullRequest}, which ${input.sha} came from)` : ''}`;
    if (observation.state === 'pending') {
        return { check, failure: `required check '${name}' is still ${check.conclusion} on ${where} after ${waited} (attempt ${check.attempt}); raise the timeout input or re-run when it completes${urlNote(check)}` };
    }
    if (observation.state === 'failure') {
        return { check, failure: `required check '${name}' concluded ${check.conclusion} on ${where} (attempt ${check.attempt})${urlNote(check)}` };
    }
    logger.info(`Required check '${name}' passed on ${where} (attempt ${check.attempt}).`);
    return { check };
}
function missingCheck(input) {
    return { name: input.requiredCheck, source: 'check-run', conclusion: 'missing', url: null, attempt: 0, checkedSha: input.sha, via: 'direct', pullRequest: null };
}
function missingOnPush(input) {
    return (`required check '${input.requiredCheck}' does not exist for ${input.sha}, nor on a pull request it was merged from, and it never runs on a push: ` +
        'this commit reached the branch without a pull request that ran the commit stage (for instance the push that adds the workflows, or a direct push). ' +
        `Merge through a pull request whose '${input.requiredCheck}' check passes, or check that required-check names that check`);
}
function urlNote(check) {
    return check.url ? `: ${check.url}` : '';
}
/** One look: the SHA's own check, else the check of the pull request head it was merged from. */
async function observe(input, checks, logger) {
    const direct = await observeRef(input.sha, input.requiredCheck, checks);
    if (direct.state !== 'missing')
        return direct;
    const pulls = await checks.pullRequestsForCommit(input.sha);
    // Only the pull request this commit is the merge result of (squash, or the last commit of a
    // rebase): any other commit of a merged pull request is a tree the check never saw.
    const pull = pulls.find((each) => each.merged && each.mergeCommitSha === input.sha);
    if (!pull || pull.headSha === input.sha)
        return direct;
    logger.debug(`${input.sha} has no '${input.requiredCheck}' of its own; looking at pull request #${pull.number} head ${pull.headSha}.`);
    const viaPull = await observeRef(pull.headSha, input.requiredCheck, checks);
    if (viaPull.state === 'missing')
        return viaPull;
    return { state: viaPull.state, check: { ...viaPull.check, via: 'pull-request-head', pullRequest: pull.number } };
}
async function observeRef(sha, name, checks) {
    const runs = (await checks.checkRuns(sha, name)).filter((run) => run.name === name);
    const latest = latestAttempt(runs);
    if (latest) {
        const completed = latest.run.status === 'completed';
        return {
            state: !completed ? 'pending' : latest.run.conclusion === PASSING ? 'success' : 'failure',
            check: {
                name,
                source: 'check-run',
                conclusion: completed ? (latest.run.conclusion ?? 'unknown') : latest.run.status,
                url: latest.run.url,
                attempt: latest.attempt,
                checkedSha: sha,
                via: 'direct',
                pullRequest: null,
            },
        };
    }
    const status = (await checks.combinedStatuses(sha)).find((each) => each.context === name);
    if (!status)
        return { state: 'missing' };
    return {
        state: status.state === 'pending' ? 'pending' : status.state === PASSING ? 'success' : 'failure',
        // The combined status holds only the latest status per context: one attempt as far as it shows.
        check: { name, source: 'status', conclusion: status.state, url: status.url, attempt: 1, checkedSha: sha, via: 'direct', pullRequest: null },
    };
}
/**
 * The run that counts: in the newest check suite (a re-triggered suite supersedes the older ones),
 * its newest run; the attempt is the run's position among that suite's runs of the check.
 */
function latestAttempt(runs) {
    if (runs.length === 0)
        return undefined;
    const newestSuite = Math.max(...runs.map((run) => run.suiteId ?? 0));
    const inSuite = runs.filter((run) => (run.suiteId ?? 0) === newestSuite).sort((a, b) => a.id - b.id);
    return { run: inSuite[inSuite.length - 1], attempt: inSuite.length };
}
/** Local mode: the configured command is the commit stage; it must run on the SHA being gated. */
async function runLocalCommand(input, ports) {
    const { logger } = ports;
    const proof = (conclusion) => ({
        name: input.requiredCheck,
        source: 'local-command',
        conclusion,
        url: null,
        attempt: 1,
        checkedSha: input.sha,
        via: 'local-command',
        pullRequest: null,
    });
    if (!input.localCommand) {
        return {
            check: { ...proof('missing'), attempt: 0 },
            failure: `no GitHub API for the required check '${input.requiredCheck}' on ${input.sha} and no commitStage.localCommand in ${input.configPath}: ` +
                'set commitStage.localCommand to the command that runs the commit stage (e.g. npm test), or give github-token to read the check from GitHub',
        };
    }
    const head = await ports.exec.run('git', ['rev-parse', 'HEAD'], { cwd: input.workspace });
    if (head.exitCode !== 0 || head.stdout.trim() !== input.sha) {
        const found = head.exitCode === 0 ? `HEAD is ${head.stdout.trim()}` : `not a git checkout (${head.stderr.trim() || `exit ${head.exitCode}`})`;
        return {
            check: { ...proof('not-run'), attempt: 0 },
            failure: `the local command for '${input.requiredCheck}' would test ${input.workspace}, but ${found}, not ${input.sha}; check out ${input.sha} first`,
        };
    }
    const dirty = await ports.exec.run('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: input.workspace });
    if (dirty.exitCode === 0 && dirty.stdout.trim() !== '') {
        logger.warning(`the checkout at ${input.workspace} has uncommitted changes; the local command tests them too, not exactly ${input.sha}`);
    }
    logger.info(`No GitHub API: running commitStage.localCommand for '${input.requiredCheck}' on ${input.sha}: ${input.localCommand}`);
    const result = await logger.group(`${input.requiredCheck}: ${input.localCommand}`, () => ports.exec.shell(input.localCommand, { cwd: input.workspace, echo: true, env: { SHIPGATE_SHA: input.sha } }));
    if (result.exitCode === 0)
        return { check: proof(PASSING) };
    return {
        check: proof('failure'),
        failure: `required check '${input.requiredCheck}' (local command '${input.localCommand}') failed on ${input.sha} with exit code ${result.exitCode}${tail(result.stderr || result.stdout)}`,
    };
}
/** The explicit or event base, else the newest YES release, else the first parent. */
async function resolveBase(input, ports) {
    if (input.base)
        return input.base;
    const released = await (0,release_history/* newestYesRelease */.p)(ports.store, { excludeSha: input.sha });
    if (released) {
        ports.logger.info(`Base: ${released.sha}, the newest release with a YES decision.`);
        return released.sha;
    }
    const parent = await ports.history.firstParent(input.sha);
    ports.logger.info(parent ? `Base: ${parent}, the first parent (no YES release is known yet).` : `Base: none (${input.sha} is a root commit).`);
    return parent;
}
async function changedPaths(base, sha, ports) {
    if (base === sha)
        return [];
    try {
        return await ports.history.changedFiles(base, sha);
    }
    catch (error) {
        if (!(error instanceof github_api/* ChangeListTruncatedError */.p_) || !ports.fallbackHistory)
            throw error;
        ports.logger.info(`${(0,errors/* errorMessage */.gJ)(error)}; listing the changes with git in the checkout instead.`);
        try {
            return await ports.fallbackHistory.changedFiles(base, sha);
        }
        catch (fallbackError) {
            throw new errors/* ConfigurationError */.j1(`${(0,errors/* errorMessage */.gJ)(error)}, and git could not list them (${(0,errors/* errorMessage */.gJ)(fallbackError)}); check out the repository with fetch-depth: 0 so the scope is complete`);
        }
    }
}
function tail(text) {
    const lines = text.trim().split('\n').slice(-5).join('\n');
    return lines ? `:\n${lines}` : '';
}

// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(20877);
;// CONCATENATED MODULE: ./build/actions/commit-gate.js
// The commit-gate action: inputs -> commitGate -> scope outputs, the evidence path and a job summary.
// A gate that did not pass still writes its evidence and outputs, then fails the step.









const COMMIT_GATE_INPUTS = {
    sha: 'sha',
    artifactsDir: 'artifacts-dir',
    config: 'config',
    requiredCheck: 'required-check',
    base: 'base',
    timeout: 'timeout',
    pollInterval: 'poll-interval',
    githubToken: 'github-token',
    mode: 'mode',
};
const COMMIT_GATE_OUTPUTS = {
    scope: 'scope',
    runtimeChanged: 'runtime-changed',
    infraChanged: 'infra-changed',
    docsDrift: 'docs-drift',
    evidencePath: 'evidence-path',
    passed: 'passed',
};
const I = COMMIT_GATE_INPUTS;
const O = COMMIT_GATE_OUTPUTS;
const settings = schemas/* object */.Ikc({
    [I.sha]: action/* inputs */.QL.sha(),
    [I.artifactsDir]: schemas/* string */.YjP(),
    [I.config]: action/* inputs */.QL.text(),
    [I.requiredCheck]: action/* inputs */.QL.text(),
    [I.base]: action/* inputs */.QL.sha(),
    [I.timeout]: action/* inputs */.QL.seconds(600),
    [I.pollInterval]: action/* inputs */.QL.seconds(10),
    [I.githubToken]: action/* inputs */.QL.text(),
    [I.mode]: schemas/* enum */.k5n(['auto', 'github', 'local'], { message: "must be auto, github or local" }).default('auto'),
})
    .transform((raw) => ({
    sha: raw.sha,
    artifactsDir: raw['artifacts-dir'],
    config: raw.config,
    requiredCheck: raw['required-check'],
    base: raw.base,
    timeoutMs: raw.timeout * 1000,
    pollIntervalMs: raw['poll-interval'] * 1000,
    githubToken: raw['github-token'],
    mode: raw.mode,
}));
function commitUnderTest(environment) {
    if (environment.eventName !== 'pull_request' && environment.eventName !== 'merge_group')
        return {};
    const payload = (0,run_environment/* readEventPayload */.N5)(environment);
    if (environment.eventName === 'pull_request') {
        const pull = payload?.pull_request;
        return { sha: pull?.head?.sha, base: pull?.base?.sha };
    }
    const group = payload?.merge_group;
    return { sha: group?.head_sha, base: group?.base_sha };
}
function gateSha(given, environment) {
    return (0,run_environment/* resolveSha */.vc)(given.sha ?? commitUnderTest(environment).sha, environment);
}
const commitGateAction = (0,action/* defineAction */.QP)({
    name: 'commit-gate',
    description: 'Proves the release SHA passed the required commit-stage check (check runs or statuses, following a squash merge to its pull request head; or the local command without GitHub) and records which parts changed and any docs drift.',
    branding: { icon: 'git-commit', color: 'blue' },
    inputs: {
        [I.sha]: { description: `${common_inputs/* shaInput */.FN.description} In pull_request and merge_group events: the head commit under test.` },
        [I.artifactsDir]: common_inputs/* artifactsDirInput */.Lp,
        [I.config]: common_inputs/* configInput */.xK,
        [I.requiredCheck]: { description: 'The check run or commit status name that proves the commit stage passed. Default: commitStage.requiredCheck in the config, else commit-stage.' },
        [I.base]: {
            description: 'The commit to compare with for the scope. Default: the base of the pull request or merge group; else the newest release with a YES decision; else the first parent.',
        },
        [I.timeout]: { description: 'How long to wait, in seconds, for a pending or not yet reported check before failing.', default: '600' },
        [I.pollInterval]: { description: 'Seconds between looks at a pending check.', default: '10' },
        [I.githubToken]: {
            description: 'A token that can read checks, statuses, pull requests and contents (on a runner: the github.token of the workflow). Default: the GITHUB_TOKEN environment variable.',
            secret: true,
        },
        [I.mode]: {
            description: 'github (read the check from the GitHub API), local (run commitStage.localCommand), or auto: github on a runner or when a token is given, else local.',
            default: 'auto',
        },
    },
    outputs: {
        [O.scope]: { description: 'The scope as JSON: {runtime, infra, docs: {changed, paths}, other}.' },
        [O.runtimeChanged]: { description: 'true when a runtime path changed.' },
        [O.infraChanged]: { description: 'true when an infra path changed.' },
        [O.docsDrift]: { description: 'true when a watched path changed and the doc that describes it did not.' },
        [O.evidencePath]: { description: 'The path of the commit-stage evidence.json.' },
        [O.passed]: { description: 'true when the gate passed; the step fails otherwise.' },
    },
    settings,
    timing: (given, context) => ({ store: context.openStore(given.artifactsDir), sha: gateSha(given, context.environment) }),
    async run(given, context) {
        const { environment, logger } = context;
        const sha = gateSha(given, environment);
        const repository = (0,run_environment/* resolveRepository */.BN)(environment);
        const { config, path: configPath } = await (0,shipgate_config.loadConfig)(given.config);
        const environmentToken = process.env.GITHUB_TOKEN || undefined;
        // The input was masked when it was parsed; a token from the environment is masked here, before any use.
        if (!given.githubToken && environmentToken)
            logger.secret(environmentToken);
        const token = given.githubToken ?? environmentToken;
        const mode = given.mode === 'auto' ? (process.env.GITHUB_ACTIONS === 'true' || token ? 'github' : 'local') : given.mode;
        const localHistory = new github_api/* LocalGitHistory */._6(context.exec, environment.workspace);
        const api = mode === 'github' ? githubApi(token, environment, repository) : undefined;
        if (sha !== environment.sha && environment.eventName !== 'push')
            logger.info(`Gating ${sha}, the commit under test in this ${environment.eventName} event.`);
        const result = await commitGate({
            sha,
            repository,
            event: environment.eventName,
            requiredCheck: given.requiredCheck ?? config.commitStage.requiredCheck,
            mode,
            base: given.base ?? commitUnderTest(environment).base,
            timeoutMs: given.timeoutMs,
            pollIntervalMs: given.pollIntervalMs,
            scope: config.scope,
            localCommand: config.commitStage.localCommand,
            configPath,
            workspace: environment.workspace,
        }, {
            store: context.openStore(given.artifactsDir),
            clock: context.clock,
            logger,
            exec: context.exec,
            checks: api,
            history: api ?? localHistory,
            fallbackHistory: api ? localHistory : undefined,
        });
        const { evidence } = result;
        return {
            outputs: {
                [O.scope]: JSON.stringify(evidence.scope),
                [O.runtimeChanged]: String(evidence.scope.runtime.changed),
                [O.infraChanged]: String(evidence.scope.infra.changed),
                [O.docsDrift]: String(evidence.drift.findings.length > 0),
                [O.evidencePath]: result.path,
                [O.passed]: String(evidence.passed),
            },
            summary: commitGateSummary(evidence, result.path),
            failure: result.failure ? { message: result.failure, file: result.path } : undefined,
        };
    },
});
function githubApi(token, environment, repository) {
    if (!token) {
        throw new errors/* ConfigurationError */.j1("mode github needs a token: pass the github-token input (e.g. ${{ github.token }}) or set GITHUB_TOKEN; or use mode: local to run commitStage.localCommand");
    }
    return new github_api/* GitHubRestApi */.yK({ token, apiUrl: environment.apiUrl, repository });
}
function commitGateSummary(evidence, path) {
    const { check, scope } = evidence;
    const proof = check.source === 'local-command'
        ? 'the local command (no GitHub API)'
        : `${(0,markdown/* escapeText */.X1)(check.source)} on ${(0,markdown/* code */.aY)(check.checkedSha)}${check.via === 'pull-request-head' ? ` (head of pull request #${check.pullRequest})` : ''}`;
    const row = (name, paths, changed) => `| ${name} | ${changed ? 'changed' : 'unchanged'} | ${paths.slice(0, 10).map((changedPath) => (0,markdown/* codeCell */.MZ)(changedPath)).join(', ')}${paths.length > 10 ? ` and ${paths.length - 10} more` : ''} |`;
    return [
        `### commit-gate: ${evidence.passed ? `${(0,markdown/* statusIcon */.I8)('success')} passed` : `${(0,markdown/* statusIcon */.I8)('failure')} NOT passed`}`,
        '',
        `Required check **${(0,markdown/* escapeText */.X1)(check.name)}**: ${(0,markdown/* escapeText */.X1)(check.conclusion)} (attempt ${check.attempt}) from ${proof}${check.url ? ` - [details](${check.url})` : ''}.`,
        '',
        `Changes in ${(0,markdown/* code */.aY)(evidence.sha)} since ${evidence.base ? (0,markdown/* code */.aY)(evidence.base) : 'the root'}:`,
        '',
        '| class | | paths |',
        '| --- | --- | --- |',
        row('runtime', scope.runtime.paths, scope.runtime.changed),
        row('infra', scope.infra.paths, scope.infra.changed),
        row('docs', scope.docs.paths, scope.docs.changed),
        row('other', scope.other, scope.other.length > 0),
        '',
        ...evidence.drift.findings.map((finding) => `- docs drift (${evidence.drift.mode}): ${(0,markdown/* escapeText */.X1)(finding.message)}`),
        '',
        `Evidence: ${(0,markdown/* code */.aY)(path)}`,
        '',
    ].join('\n');
}


/***/ }),

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

/***/ 14181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ periodLengthMs),
/* harmony export */   gw: () => (/* binding */ sendPeriod),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   nR: () => (/* binding */ PERIODS)
/* harmony export */ });
/* unused harmony exports localDate, isoWeek */
// The period a digest belongs to: a local date or an ISO week in a time zone. A roster send's event
// key carries it instead of the SHA, so each period gets one digest whatever the commit.
const PERIODS = ['daily', 'weekly'];
const DAY_MS = 24 * 60 * 60 * 1000;
const PERIOD_MS = { daily: DAY_MS, weekly: 7 * DAY_MS };
/** Whether Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** The calendar date of an instant in a time zone. */
function localDate(now, timeZone) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
    const part = (type) => Number(parts.find((each) => each.type === type).value);
    return { year: part('year'), month: part('month'), day: part('day') };
}
const pad = (value, width = 2) => String(value).padStart(width, '0');
/** The ISO 8601 week of a calendar date: weeks start on Monday, week 1 holds the year's first Thursday. */
function isoWeek(date) {
    const day = new Date(Date.UTC(date.year, date.month - 1, date.day));
    const weekday = day.getUTCDay() || 7;
    // The Thursday of the same week decides the week's year.
    day.setUTCDate(day.getUTCDate() + 4 - weekday);
    const year = day.getUTCFullYear();
    const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
    return { year, week };
}
function sendPeriod(now, period, timeZone) {
    const local = localDate(now, timeZone);
    const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
    if (period === 'daily')
        return { period, timeZone, key: `daily:${date}`, date };
    const week = isoWeek(local);
    return { period, timeZone, key: `weekly:${week.year}-W${pad(week.week)}`, date };
}
/** How far back "the last period" reaches when no earlier digest of the series was sent. */
function periodLengthMs(period) {
    return PERIOD_MS[period];
}


/***/ }),

/***/ 56826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RJ: () => (/* binding */ TransientApiError),
/* harmony export */   _6: () => (/* binding */ LocalGitHistory),
/* harmony export */   p_: () => (/* binding */ ChangeListTruncatedError),
/* harmony export */   yK: () => (/* binding */ GitHubRestApi)
/* harmony export */ });
/* unused harmony export COMPARE_FILE_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
// The GitHub REST API as shipgate needs it: check runs, commit statuses, the pull requests of a
// commit and changed files (the commit gate), workflow runs and their artifacts (the replay, carried
// mail state), and deployments with their statuses (what runs in an environment); plus the same
// "what changed" questions answered by a local git checkout; and the tags of a repository (the
// release manifest's commits). Octokit (@actions/github) is loaded
// only when the first request is made.

/** GitHub's compare endpoint lists at most this many files, on its first page. */
const COMPARE_FILE_LIMIT = 300;
/**
 * A request failure worth retrying on the next poll (server error, rate limit, network). Not the
 * user's mistake, but its message is what they need when it outlasts the wait, so it is reported as one.
 */
class TransientApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'TransientApiError';
}
/** The permissions each group of requests needs, for the message of a 403. */
const PERMISSIONS = {
    commitChecks: '`checks: read`, `statuses: read`, `pull-requests: read` and `contents: read`',
    runs: '`actions: read`',
    readDeployments: '`deployments: read`',
    writeDeployments: '`deployments: write`',
    contents: '`contents: read` on that repository (a token of the job reads only its own repository: for another, pass a token that can read it)',
};
function runRecord(run) {
    return { id: run.id, headSha: run.head_sha, event: run.event, conclusion: run.conclusion ?? null, path: run.path ?? '', createdAt: run.created_at, url: run.html_url ?? null };
}
function newestRunFirst(a, b) {
    return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}
class GitHubRestApi {
    options;
    octokit;
    owner;
    repo;
    perPage;
    constructor(options) {
        this.options = options;
        const [owner, repo] = options.repository.split('/');
        if (!owner || !repo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`repository '${options.repository}' is not owner/name`);
        this.owner = owner;
        this.repo = repo;
        this.perPage = options.perPage ?? 100;
    }
    async checkRuns(ref, checkName) {
        const runs = (await this.call('check runs', ref, (octokit) => octokit.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
            ...this.repoParameters(),
            ref,
            check_name: checkName,
            filter: 'all',
            per_page: this.perPage,
        })));
        return runs.map((run) => ({
            id: run.id,
            name: run.name,
            status: run.status,
            conclusion: run.conclusion ?? null,
            url: run.html_url ?? null,
            suiteId: run.check_suite?.id ?? null,
        }));
    }
    async combinedStatuses(ref) {
        const statuses = [];
        await this.pages('commit statuses', ref, 'GET /repos/{owner}/{repo}/commits/{ref}/status', { ref }, (data) => {
            const page = data.statuses ?? [];
            statuses.push(...page.map((status) => ({ context: status.context, state: status.state, url: status.target_url ?? null })));
            return page.length;
        });
        return statuses;
    }
    async pullRequestsForCommit(sha) {
        const pulls = (await this.call('pull requests', sha, (octokit) => octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...this.repoParameters(), commit_sha: sha, per_page: this.perPage })));
        return pulls.map((pull) => ({
            number: pull.number,
            headSha: pull.head.sha,
            mergeCommitSha: pull.merge_commit_sha ?? null,
            merged: Boolean(pull.merged_at),
        }));
    }
    async completedPushRuns(sha) {
        const runs = [];
        await this.pages('workflow runs', sha, 'GET /repos/{owner}/{repo}/actions/runs', { head_sha: sha, event: 'push', status: 'completed' }, (data) => {
            const page = data.workflow_runs ?? [];
            runs.push(...page.filter((run) => (run.status ?? 'completed') === 'completed').map(runRecord));
            return page.length;
        }, PERMISSIONS.runs);
        // The filter is the server's; a run that is not what was asked for is never a replay source.
        return runs.filter((run) => run.headSha === sha && run.event === 'push').sort(newestRunFirst);
    }
    async createDeployment(deployment) {
        const response = await this.call('create deployment', `${deployment.ref} in ${deployment.environment}`, (octokit) => octokit.request('POST /repos/{owner}/{repo}/deployments', {
            ...this.repoParameters(),
            ref: deployment.ref,
            environment: deployment.environment,
            description: deployment.description,
            payload: deployment.payload,
            auto_merge: deployment.autoMerge,
            required_contexts: deployment.requiredContexts,
            transient_environment: deployment.transientEnvironment,
            production_environment: deployment.productionEnvironment,
        }), PERMISSIONS.writeDeployments);
        const created = response.data;
        // A 202 (GitHub merged the default branch into the ref first) has a message and no deployment.
        if (typeof created.id !== 'number') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub API (${this.options.apiUrl}): create deployment of ${deployment.ref}: no deployment was created (${created.message ?? 'no id in the answer'})`);
        }
        return deploymentOf(created);
    }
    async createDeploymentStatus(deploymentId, status) {
        const response = await this.call(`${status.state} status`, `deployment ${deploymentId}`, (octokit) => octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            ...this.repoParameters(),
            deployment_id: deploymentId,
            state: status.state,
            description: status.description.slice(0, 140),
            ...(status.logUrl ? { log_url: status.logUrl } : {}),
            auto_inactive: status.autoInactive,
        }), PERMISSIONS.writeDeployments);
        return deploymentStatusOf(response.data);
    }
    async *deployments(filter) {
        const described = [filter.environment ? `environment ${filter.environment}` : '', filter.sha ?? ''].filter(Boolean).join(', ') || 'all';
        for (let page = 1;; page++) {
            const response = await this.call('deployments', described, (octokit) => octokit.request('GET /repos/{owner}/{repo}/deployments', {
                ...this.repoParameters(),
                ...(filter.environment ? { environment: filter.environment } : {}),
                ...(filter.sha ? { sha: filter.sha } : {}),
                per_page: this.perPage,
                page,
            }), PERMISSIONS.readDeployments);
            const deployments = response.data;
            for (const deployment of deployments)
                yield deploymentOf(deployment);
            if (deployments.length === 0 || !/rel="next"/.test(String(response.headers.link ?? '')))
                return;
        }
    }
    async deploymentStatuses(deploymentId) {
        const statuses = [];
        await this.pages('deployment statuses', `deployment ${deploymentId}`, 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { deployment_id: deploymentId }, (data) => {
            const page = data;
            statuses.push(...page.map(deploymentStatusOf));
            return page.length;
        }, PERMISSIONS.readDeployments);
        // GitHub lists newest first; the ids say so too, whatever the order of the pages.
        return statuses.sort((a, b) => b.id - a.id);
    }
    async completedRuns(workflowPath, branch, limit) {
        const runs = [];
        // The workflow's own listing: on a busy branch the newest runs of all workflows may hold none of it.
        const workflowId = workflowPath.split('/').pop();
        await this.pages(`runs of ${workflowId}`, branch, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { workflow_id: workflowId, branch, status: 'completed' }, (data) => {
            const page = data.workflow_runs ?? [];
            runs.push(...page.map((run) => ({ ...runRecord(run), headBranch: run.head_branch ?? null, headRepository: run.head_repository?.full_name ?? null })));
            return runs.length >= limit ? 0 : page.length;
        }, PERMISSIONS.runs);
        return runs.sort(newestRunFirst).slice(0, limit);
    }
    async runArtifacts(runId, name) {
        const response = await this.call('artifacts', `run ${runId}`, (octokit) => octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { ...this.repoParameters(), run_id: runId, name, per_page: this.perPage }), PERMISSIONS.runs);
        const artifacts = response.data.artifacts ?? [];
        return artifacts.filter((artifact) => artifact.name === name).map((artifact) => ({ id: artifact.id, name: artifact.name, expired: artifact.expired === true }));
    }
    async tagRef(tag) {
        const response = await this.call('tag', tag, (octokit) => octokit.request('GET /repos/{owner}/{repo}/git/ref/tags/{tag}', { ...this.repoParameters(), tag }).catch(nullWhenNotFound), PERMISSIONS.contents);
        // An exact ref answers with one object; a list would be refs that merely start with the name.
        if (!response || Array.isArray(response.data))
            return null;
        return this.gitObject(response.data.object, `tag ${tag}`);
    }
    async tagObject(sha) {
        const response = await this.call('tag object', sha, (octokit) => octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...this.repoParameters(), tag_sha: sha }), PERMISSIONS.contents);
        return this.gitObject(response.data.object, `tag object ${sha}`);
    }
    async firstParent(sha) {
        const commit = await this.commit(sha);
        return commit.parents[0]?.sha ?? null;
    }
    async changedFiles(base, head) {
        let files;
        if (base === null) {
            files = (await this.commit(head)).files ?? [];
        }
        else {
            const response = await this.call('compare', `${base}...${head}`, (octokit) => octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...this.repoParameters(), basehead: `${base}...${head}`, per_page: 1 }));
            files = response.data.files ?? [];
        }
        if (files.length >= COMPARE_FILE_LIMIT) {
            throw new ChangeListTruncatedError(`GitHub lists at most ${COMPARE_FILE_LIMIT} changed files between ${base ?? '(root)'} and ${head}; the change list is incomplete`);
        }
        // A rename moves a path out of one class and into another: both ends count as changed.
        return uniqueSorted(files.flatMap((file) => (file.previous_filename ? [file.previous_filename, file.filename] : [file.filename])));
    }
    async commit(sha) {
        const response = await this.call('commit', sha, (octokit) => octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...this.repoParameters(), ref: sha }));
        return response.data;
    }
    gitObject(object, what) {
        const { type, sha } = (object ?? {});
        if (typeof type !== 'string' || typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub API (${this.options.apiUrl}): ${what} in ${this.options.repository}: the answer names no git object (type and 40-hex sha)`);
        }
        return { type, sha };
    }
    repoParameters() {
        return { owner: this.owner, repo: this.repo };
    }
    /** Pages through a listing that Octokit's paginate cannot normalise; `take` returns the page size. */
    async pages(what, ref, route, parameters, take, permission = PERMISSIONS.commitChecks) {
        for (let page = 1;; page++) {
            const response = await this.call(what, ref, (octokit) => octokit.request(route, { ...this.repoParameters(), ...parameters, per_page: this.perPage, page }), permission);
            const count = take(response.data);
            const link = String(response.headers.link ?? '');
            if (count === 0 || !/rel="next"/.test(link))
                return;
        }
    }
    async call(what, ref, request, permission = PERMISSIONS.commitChecks) {
        this.octokit ??= (async () => {
            const { getOctokit } = await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 92413));
            return getOctokit(this.options.token, { baseUrl: this.options.apiUrl.replace(/\/+$/, '') });
        })();
        try {
            return await request(await this.octokit);
        }
        catch (error) {
            throw describeApiError(error, `${what} for ${ref} in ${this.options.repository}`, this.options.apiUrl, permission);
        }
    }
}
/** The compare endpoint's file list was cut off; the caller must find the changes another way. */
class ChangeListTruncatedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'ChangeListTruncatedError';
}
/** A 404 answer as null: for a tag, not being there is an answer, not a failure. */
function nullWhenNotFound(error) {
    if (error.status === 404)
        return null;
    throw error;
}
function deploymentOf(raw) {
    return { id: raw.id, sha: raw.sha, ref: raw.ref, task: raw.task ?? 'deploy', environment: raw.environment, payload: raw.payload ?? null, createdAt: raw.created_at };
}
function deploymentStatusOf(raw) {
    return { id: raw.id, state: raw.state, description: raw.description ?? '', logUrl: raw.log_url ?? raw.target_url ?? null, createdAt: raw.created_at };
}
/** The user's part of an API failure: what was refused and what to give the job; an outage or a rate limit is transient. */
function describeApiError(error, what, apiUrl, permission) {
    const status = error.status;
    const reason = error.message ?? String(error);
    if (typeof status !== 'number' || status >= 500 || status === 429) {
        return new TransientApiError(`GitHub API (${apiUrl}): ${what}: ${reason}`);
    }
    if (status === 403 && /rate limit/i.test(reason))
        return new TransientApiError(`GitHub API (${apiUrl}): ${what}: ${reason}`);
    const hint = status === 401
        ? 'the token was rejected; pass a valid github-token'
        : status === 403
            ? `the token lacks permission; give the job ${permission} (permissions: in the workflow) and pass its token as github-token`
            : status === 404 || (status === 422 && /no (commit|ref) found/i.test(reason))
                ? 'not found; check GITHUB_REPOSITORY and that the SHA is pushed to it'
                : 'the request was refused';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub API (${apiUrl}): ${what}: HTTP ${status}: ${hint} (${reason})`);
}
/** The same history questions answered by `git` in a local checkout, through the Exec port. */
class LocalGitHistory {
    exec;
    cwd;
    constructor(exec, cwd) {
        this.exec = exec;
        this.cwd = cwd;
    }
    async firstParent(sha) {
        await this.requireCommit(sha);
        const parent = await this.exec.run('git', ['rev-parse', '--verify', '--quiet', `${sha}^1`], { cwd: this.cwd });
        return parent.exitCode === 0 ? parent.stdout.trim() : null;
    }
    async changedFiles(base, head) {
        await this.requireCommit(head);
        if (base !== null)
            await this.requireCommit(base);
        const args = base === null
            ? ['diff-tree', '--no-commit-id', '--name-only', '--no-renames', '-r', '--root', '-z', head]
            : ['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`];
        const diff = await this.exec.run('git', args, { cwd: this.cwd });
        if (diff.exitCode !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`git ${args.join(' ')} failed in ${this.cwd} (exit ${diff.exitCode}): ${diff.stderr.trim()}`);
        }
        return uniqueSorted(diff.stdout.split('\0').filter((path) => path !== ''));
    }
    async requireCommit(sha) {
        const found = await this.exec.run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: this.cwd });
        if (found.exitCode !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`commit ${sha} is not in the git checkout at ${this.cwd}; fetch it (actions/checkout with fetch-depth: 0) or run from the repository`);
        }
    }
}
function uniqueSorted(paths) {
    return [...new Set(paths)].sort();
}


/***/ }),

/***/ 4510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ newestYesRelease)
/* harmony export */ });
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73445);

/**
 * The newest release (by decision time) with a valid YES decision whose manifest is valid and is
 * the package the decision names, and which `shipgate verify` holds (the decision still follows
 * from its evidence). Broken or forged evidence is passed over, never trusted.
 */
async function newestYesRelease(store, options = {}) {
    const candidates = [];
    for (const sha of await store.listShas('release')) {
        if (sha === options.excludeSha)
            continue;
        const decision = await store.read('release', sha);
        if (decision.state !== 'valid' || decision.value.decision !== 'YES')
            continue;
        const manifest = await store.read('release-package', sha);
        if (manifest.state !== 'valid' || manifest.value.digest !== decision.value.packageDigest)
            continue;
        // A file that says YES is not a release: the evidence under it must still hold the decision.
        if (!(await (0,_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyEvidence */ .J)(store, sha)).ok)
            continue;
        candidates.push({ sha, manifest: manifest.value, decidedAt: decision.value.decidedAt });
    }
    candidates.sort((a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt));
    return candidates[0];
}


/***/ }),

/***/ 73445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ verifyEvidence)
/* harmony export */ });
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11920);
/* harmony import */ var _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59084);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46174);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72029);
// verify: re-validates every contract recorded for a SHA and every link between them, so that
// evidence changed after the fact, or a decision that no longer follows from it, shows; and says
// whether the release is complete (a manifest and a decision), which is a failure unless partial.





// Named when the chain is incomplete, so that the reader knows which step has not run.
const COMPLETES_THE_CHAIN = [
    ['release-package', 'build-once'],
    ['release', 'release-decision'],
];
async function verifyEvidence(root, sha, options = {}) {
    // A release decided in environments: is checked on the evidence of the environment it decides for.
    const releaseRead = options.environment === undefined ? await root.read('release', sha) : undefined;
    const environment = options.environment ?? (releaseRead?.state === 'valid' && 'environment' in releaseRead.value ? releaseRead.value.environment : undefined);
    const store = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment });
    const reads = Object.fromEntries(await Promise.all(_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map(async (kind) => [kind, await store.read(kind, sha)])));
    const decisionRead = reads.release;
    const promotedFrom = decisionRead.state === 'valid' && 'promotedFrom' in decisionRead.value ? decisionRead.value.promotedFrom : null;
    if (promotedFrom)
        reads.promotion = { from: promotedFrom, read: await (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment: promotedFrom }).read('release', sha) };
    const checked = _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map((kind) => {
        const read = reads[kind];
        return { kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null };
    });
    const complete = COMPLETES_THE_CHAIN.every(([kind]) => reads[kind].state !== 'missing');
    const failures = [];
    if (checked.every((contract) => contract.state === 'missing')) {
        failures.push({ file: store.location, field: '(sha)', message: `no evidence at all for ${sha}` });
        return { sha, ok: false, complete, failures, checked };
    }
    if (!options.partial) {
        for (const [kind, writer] of COMPLETES_THE_CHAIN) {
            if (reads[kind].state !== 'missing')
                continue;
            failures.push({
                file: reads[kind].path,
                field: '(file)',
                message: `missing: no ${_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contracts */ .Mh[kind].title.toLowerCase()} (${writer} writes it), so the release is not complete; give --partial to check a release still in progress`,
            });
        }
    }
    for (const kind of _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym) {
        const read = reads[kind];
        if (read.state === 'invalid') {
            for (const problem of read.problems)
                failures.push({ file: read.path, field: problem.field, message: problem.message });
        }
        else if (read.state === 'valid' && read.value.sha !== sha) {
            failures.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not ${sha}` });
        }
    }
    failures.push(...packageFailures(reads));
    const decision = reads.release;
    if (decision.state === 'valid') {
        failures.push(...decisionFailures(sha, decision.path, decision.value, reads, options));
    }
    else {
        // No decision to hold the chain to: what there is must still hold together, now.
        const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false });
        failures.push(...(0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy).faults.map(asFailure));
    }
    const unique = [...new Map(failures.map((failure) => [`${failure.file}\n${failure.field}\n${failure.message}`, failure])).values()];
    return { sha, ok: unique.length === 0, complete, failures: unique, checked };
}
function asFailure(reason) {
    return { file: reason.file ?? '', field: reason.field ?? '', message: reason.message };
}
/** The decision must name the package in the manifest, and every contract that names a package needs a manifest to name. */
function packageFailures(reads) {
    const manifest = reads['release-package'];
    // The package digest is the one the manifest seals itself with, not the digest of the file.
    const manifestDigest = manifest.state === 'valid' ? manifest.value.digest : null;
    const failures = [];
    for (const read of [reads.acceptance, reads.deployment, reads.production, reads.release]) {
        if (read.state !== 'valid')
            continue;
        const recorded = read.value.packageDigest;
        if (manifestDigest === null && recorded !== null) {
            failures.push({ file: read.path, field: 'packageDigest', message: `names ${recorded}, but there is no valid release package manifest at ${manifest.path}` });
        }
        else if (read.kind === 'release' && recorded !== manifestDigest) {
            // The judge holds the others to the manifest; the decision is verify's own to check.
            failures.push({ file: read.path, field: 'packageDigest', message: `is ${recorded}, but ${manifest.path} has ${manifestDigest}` });
        }
    }
    return failures;
}
/** The decision must match the files it was taken on, and must still follow from them. */
function decisionFailures(sha, path, decision, reads, options) {
    const failures = [];
    decision.evidence.forEach((entry, index) => {
        if (!_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.includes(entry.kind)) {
            failures.push({ file: path, field: `evidence[${index}].kind`, message: `'${entry.kind}' is not a contract kind` });
            return;
        }
        // The previous environment's decision, which let the package in, is the one `release` link.
        const current = entry.kind === 'release' && reads.promotion ? reads.promotion.read : reads[entry.kind];
        const digestNow = current.state === 'valid' ? current.digest : null;
        if (digestNow !== entry.digest || current.state !== entry.state) {
            failures.push({
                file: current.path,
                field: '(file)',
                message: `changed after the release decision: ${path} evidence[${index}] recorded ${entry.state} ${entry.digest ?? '(no digest)'}, now ${current.state} ${digestNow ?? '(no digest)'}`,
            });
        }
    });
    // The judgement again, at the time the decision was taken and with the deployment record
    // required as the decision required it: a decision edited by hand, or one taken on evidence that
    // was swapped for other evidence with the same digest links, no longer follows.
    const required = (kind) => decision.evidence.some((entry) => entry.kind === kind && entry.required);
    const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) });
    const judgement = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy);
    failures.push(...judgement.faults.map(asFailure));
    const sameVerdict = judgement.decision === decision.decision && judgement.status === decision.status;
    if (sameVerdict && !sameReasons(judgement.reasons, decision, reads['release-package'].path)) {
        failures.push({ file: path, field: 'reasons', message: `are not the reasons the evidence gives now: ${describeReasons(judgement.reasons)}` });
    }
    if (!sameVerdict) {
        const why = judgement.reasons[0];
        failures.push({
            file: path,
            field: judgement.decision !== decision.decision ? 'decision' : 'status',
            message: `is ${decision.decision} (${decision.status}), but the evidence now says ${judgement.decision} (${judgement.status})` +
                (why ? `: ${why.file ?? ''}: ${why.field ?? ''}: ${why.message}` : ''),
        });
    }
    return failures;
}
/**
 * The recorded reasons, word for word, with the artifacts folder the decision was taken in read as
 * the one verify reads: the same evidence verified from another folder gives the same reasons.
 */
function sameReasons(now, decision, manifestPathNow) {
    const manifestEntry = decision.evidence.find((entry) => entry.kind === 'release-package');
    const suffix = `release-package/${decision.sha}/`;
    const folderThen = manifestEntry?.path.slice(0, Math.max(0, manifestEntry.path.lastIndexOf(suffix)));
    const folderNow = manifestPathNow.slice(0, Math.max(0, manifestPathNow.lastIndexOf(suffix)));
    const relative = (reasons, folder) => reasons.map((reason) => folder
        ? { ...reason, file: reason.file?.split(folder).join(''), message: reason.message.split(folder).join('') }
        : reason);
    return (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(decision.reasons, folderThen)) === (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(now, folderNow));
}
function describeReasons(reasons) {
    if (reasons.length === 0)
        return 'none';
    return reasons.map(_contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReason */ .K9).join('; ');
}


/***/ })

};
