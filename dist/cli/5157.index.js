export const id = 5157;
export const ids = [5157];
export const modules = {

/***/ 55157:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stateRunCommand: () => (/* binding */ stateRunCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _mail_carried_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68008);
/* harmony import */ var _platform_github_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56826);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77582);
/* harmony import */ var _platform_actions_core_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63365);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1973);
// `shipgate mail state-run`: on a runner, finds the run whose artifact carries the scheduled send's
// mail state (see src/mail/carried-state.ts for which runs are trusted) and gives its id to the next step.






const NAME = 'shipgate mail state-run';
async function stateRunCommand(args, io) {
    const { values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)(NAME, args, {
        artifact: { type: 'string' },
        workflow: { type: 'string' },
        branch: { type: 'string' },
        output: { type: 'string' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.out(`Usage: ${NAME} --artifact NAME --workflow .github/workflows/FILE --branch BRANCH [--output NAME] [--limit 50]`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    }
    const missing = ['artifact', 'workflow', 'branch'].filter((flag) => !values[flag]);
    if (missing.length > 0) {
        io.err(`${NAME}: give ${missing.map((flag) => `--${flag}`).join(', ')} (the branch is usually the default branch: github.event.repository.default_branch)`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    }
    const limit = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_3__/* .plainWholeNumber */ .fW)(values.limit ?? '50');
    if (limit === undefined || limit < 1 || limit > 1000) {
        io.err(`${NAME}: --limit '${values.limit}' must be a whole number from 1 to 1000`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    }
    const repository = io.env.GITHUB_REPOSITORY;
    const token = io.env.GITHUB_TOKEN;
    if (!repository || !token) {
        io.err(`${NAME}: ${!repository ? 'GITHUB_REPOSITORY' : 'GITHUB_TOKEN'} is not set; run it in a workflow step with env GITHUB_TOKEN: \${{ github.token }} (the job needs actions: read)`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    }
    const workflowPath = values.workflow.replace(/^\.\//, '');
    try {
        const api = new _platform_github_api_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubRestApi */ .yK({ token, apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com', repository });
        const found = await (0,_mail_carried_state_js__WEBPACK_IMPORTED_MODULE_1__/* .findCarriedState */ .lI)({ repository, workflowPath, branch: values.branch, artifact: values.artifact, limit }, api, (line) => io.out(line));
        io.out(found
            ? `${values.artifact} of run ${found.runId} (${found.createdAt}) carries the state.`
            : `No ${values.artifact} artifact yet in a trusted run of ${workflowPath} on ${values.branch}: starting from none.`);
        if (values.output)
            (0,_platform_actions_core_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)(values.output, found ? String(found.runId) : '');
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        const userError = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .userErrorOf */ .zb)(error);
        if (!userError)
            throw error;
        io.err(`${NAME}: ${userError.message}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    }
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


/***/ })

};
