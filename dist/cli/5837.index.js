export const id = 5837;
export const ids = [5837];
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

/***/ 70698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ deployedRelease),
/* harmony export */   fh: () => (/* binding */ GitHubDeploymentLog),
/* harmony export */   j_: () => (/* binding */ previousDeployment),
/* harmony export */   yU: () => (/* binding */ shipgateDeployments)
/* harmony export */ });
/* unused harmony exports shipgatePayload, currentDeployment */
/* harmony import */ var _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3001);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11920);
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28420);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11549);
// What runs in an environment, kept in GitHub deployments: deploy-gate records every deploy as a
// deployment of the release SHA with a shipgate payload (then in_progress, and success or failure),
// and later runs read it back from there instead of from a variable someone must keep current.
// GitHub also records a deployment of its own for every job that names an environment, with the
// run's commit (for a replay not the release's); those carry no shipgate payload and are passed over.





/**
 * The shipgate payload of a deployment; undefined for a deployment shipgate did not make. A payload
 * that names itself shipgate's but does not parse is an error: what runs there is then unknown.
 */
function shipgatePayload(deployment) {
    let payload = deployment.payload;
    if (typeof payload === 'string') {
        try {
            payload = JSON.parse(payload);
        }
        catch {
            return undefined;
        }
    }
    const schema = payload?.schema;
    if (typeof schema !== 'string' || !schema.startsWith(_contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_PAYLOAD_SCHEMA */ .LC.replace(/\/v\d+$/, '/')))
        return undefined;
    const where = `GitHub deployment ${deployment.id} of ${deployment.environment}`;
    const parsed = _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentPayload */ .mG.safeParse(payload);
    if (!parsed.success) {
        const problems = schema === _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_PAYLOAD_SCHEMA */ .LC ? (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaProblems */ .Ic)(parsed.error) : [{ field: 'schema', message: `is '${schema}', this shipgate reads ${_contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_PAYLOAD_SCHEMA */ .LC}` }];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(`${where}: ${problems.map((problem) => `payload.${problem.field}: ${problem.message}`).join('; ')}; it names itself a shipgate deployment, so what it deployed cannot be trusted`);
    }
    if (parsed.data.sha !== deployment.sha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(`${where}: payload.sha: names ${parsed.data.sha}, but the deployment is of ${deployment.sha}`);
    }
    return parsed.data;
}
/** shipgate's deployments, newest first, read lazily so that a reader can stop early. */
async function* shipgateDeployments(api, filter) {
    for await (const deployment of api.deployments(filter)) {
        const payload = shipgatePayload(deployment);
        if (payload)
            yield { id: deployment.id, sha: deployment.sha, environment: deployment.environment, createdAt: deployment.createdAt, payload };
    }
}
/**
 * What runs in an environment: the newest shipgate deployment whose latest status is success. A
 * success that GitHub later marked inactive still counts when no newer shipgate deployment
 * succeeded: GitHub's auto_inactive also fires for the deployment it records for any later job that
 * names a non-production environment, which deploys nothing.
 */
async function currentDeployment(api, environment, logger) {
    for await (const deployment of shipgateDeployments(api, { environment })) {
        const statuses = await api.deploymentStatuses(deployment.id);
        if (isLive(statuses))
            return deployment;
        logger.info(`GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment} is not live (latest status: ${statuses[0]?.state ?? 'none'}).`);
    }
    return undefined;
}
/** Statuses newest first: the latest is success, or a success GitHub later marked inactive. */
function isLive(statuses) {
    const latest = statuses[0]?.state;
    return latest === 'success' || (latest === 'inactive' && statuses.some((status) => status.state === 'success'));
}
/**
 * A rollback's target, read from the environment's deployments alone: what runs there now (as
 * currentDeployment reads it) and, deployed before it, the newest shipgate deployment that succeeded
 * of a package built before the current one (so a second rollback goes further back, as `shipgate
 * rollback` does, instead of returning to what the first one replaced). Undefined when nothing runs
 * there; `previous` undefined when nothing earlier qualifies.
 */
async function previousDeployment(api, environment, logger) {
    let current;
    for await (const deployment of shipgateDeployments(api, { environment })) {
        const statuses = await api.deploymentStatuses(deployment.id);
        if (!current) {
            if (isLive(statuses))
                current = deployment;
            continue;
        }
        const succeeded = statuses.some((status) => status.state === 'success');
        if (succeeded && deployment.sha !== current.sha && Date.parse(deployment.payload.packageCreatedAt) < Date.parse(current.payload.packageCreatedAt)) {
            return { current, previous: deployment };
        }
        logger.info(`GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment} is no rollback target (${succeeded ? 'the same or a newer package than what runs there' : 'it never succeeded'}).`);
    }
    return current ? { current, previous: undefined } : undefined;
}
/** Deploys recorded as GitHub deployments of the environment, and production read back from them. */
class GitHubDeploymentLog {
    api;
    run;
    logger;
    constructor(api, run, logger) {
        this.api = api;
        this.run = run;
        this.logger = logger;
    }
    async production(environment) {
        const current = await currentDeployment(this.api, environment, this.logger);
        if (!current)
            return undefined;
        return {
            sha: current.sha,
            packageDigest: current.payload.packageDigest,
            createdAt: current.payload.packageCreatedAt,
            from: `GitHub deployment ${current.id}`,
        };
    }
    async start(deploy) {
        const { manifest } = deploy;
        const payload = {
            schema: _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_PAYLOAD_SCHEMA */ .LC,
            sha: deploy.sha,
            packageDigest: manifest.digest,
            packageCreatedAt: manifest.createdAt,
            refs: (0,_contracts_release_package_js__WEBPACK_IMPORTED_MODULE_2__/* .componentRefs */ .CR)(manifest),
            environment: deploy.environment,
            replay: deploy.replay,
            runId: this.run.runId,
            runAttempt: this.run.runAttempt,
            // The manifest names the run that built it, whose artifacts hold it; a replay carries the same manifest.
            packageRunId: /^[1-9][0-9]*$/.test(manifest.source.runId) ? Number(manifest.source.runId) : null,
        };
        const deployment = await this.api.createDeployment({
            ref: deploy.sha,
            environment: deploy.environment,
            description: `shipgate: ${shortDigest(manifest.digest)} of ${deploy.sha.slice(0, 12)}${deploy.replay ? ' (explicit replay)' : ''}`,
            payload: _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentPayload */ .mG.parse(payload),
            // The release SHA exactly: no merge of the default branch into it, no commit-status gate (the evidence is the gate).
            autoMerge: false,
            requiredContexts: [],
            transientEnvironment: false,
            // GitHub's own default for an environment's name.
            productionEnvironment: deploy.environment === 'production',
        });
        this.logger.info(`Recorded GitHub deployment ${deployment.id} of ${deploy.sha} to ${deploy.environment}.`);
        await this.status(deployment.id, 'in_progress', `Deploying ${shortDigest(manifest.digest)}`);
        return {
            id: deployment.id,
            finish: async (outcome) => {
                if (outcome === 'success') {
                    await this.status(deployment.id, 'success', `Deployed ${shortDigest(manifest.digest)}`);
                    return;
                }
                await this.status(deployment.id, 'failure', 'The deploy failed; see the run log');
            },
        };
    }
    async status(deploymentId, state, description) {
        await this.api.createDeploymentStatus(deploymentId, { state, description, logUrl: this.run.logUrl, autoInactive: true });
    }
}
/**
 * The package of the environment's current deployment, read from the artifacts of the run its payload
 * names and checked against the payload (SHA and digest). Undefined when nothing was deployed there.
 */
async function deployedRelease(environment, ports) {
    const deployment = await currentDeployment(ports.deployments, environment, ports.logger);
    if (!deployment)
        return undefined;
    const where = `GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment}`;
    const runId = deployment.payload.packageRunId;
    if (runId === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where}: its package was built outside a workflow run (payload.packageRunId is null), so there is no run to read it from; build the runtime (runtime-changed: true)`);
    }
    const source = ports.openRun(runId);
    const read = await source.read('release-package', deployment.sha).catch((error) => {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserError */ .iU)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(`${where}: cannot read the release package from run ${runId}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    });
    if (read.state === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(`${where}: run ${runId} has no release-package-${deployment.sha} artifact (artifacts expire after the retention days); build the runtime (runtime-changed: true)`);
    }
    const { value: manifest, path } = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__/* .requireValid */ .AK)(read);
    if (manifest.sha !== deployment.sha || manifest.digest !== deployment.payload.packageDigest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(`${path}: the package in run ${runId} is ${manifest.digest} of ${manifest.sha}, but ${where} deployed ${deployment.payload.packageDigest}; it is not the package that runs there`, { file: path });
    }
    return { deployment, manifest };
}
function shortDigest(digest) {
    return digest.slice(0, 'sha256:'.length + 12);
}


/***/ })

};
