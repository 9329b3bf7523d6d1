export const id = 1979;
export const ids = [1979];
export const modules = {

/***/ 21979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployGateAction: () => (/* binding */ deployGateAction)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 4 modules
var shipgate_config = __webpack_require__(33210);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/github-api.js
var github_api = __webpack_require__(56826);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(48959);
// EXTERNAL MODULE: ./build/contracts/deployment.js
var deployment = __webpack_require__(3001);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/evidence/store.js
var evidence_store = __webpack_require__(11549);
// EXTERNAL MODULE: ./build/stages/deploy.js
var deploy = __webpack_require__(55139);
;// CONCATENATED MODULE: ./build/stages/deploy-convergence.js
// deploy convergence: whatever order queued deploy runs arrive in, production ends at the newest
// release package whose acceptance said YES and never moves back to an older SHA, unless the run is
// an explicit replay. Every decision is recorded as a deployment record (shipgate.deployment/v1);
// with a deployment log (GitHub deployments), each deploy is recorded there too, and production is
// read back from it.
//
// "Older" is commit order by default: A is older than B when A is an ancestor of B
// (`git merge-base --is-ancestor`, needs the history: actions/checkout with fetch-depth: 0). Commits
// on diverged histories cannot be ordered and are refused. The alternative is the packages' createdAt
// (build time), for checkouts without history; it trusts the build clocks.




class GitAncestryOrder {
    exec;
    cwd;
    basis = 'commit';
    constructor(exec, cwd) {
        this.exec = exec;
        this.cwd = cwd;
    }
    async compare(a, b) {
        if (a.sha === b.sha)
            return 0;
        if (await this.isAncestor(a.sha, b.sha))
            return -1;
        if (await this.isAncestor(b.sha, a.sha))
            return 1;
        throw new errors/* ConfigurationError */.j1(`${a.sha} and ${b.sha} are on diverged histories (neither is an ancestor of the other), so neither is newer; deploy one of them with replay: true`);
    }
    async isAncestor(older, newer) {
        const result = await this.exec.run('git', ['merge-base', '--is-ancestor', older, newer], { cwd: this.cwd });
        if (result.exitCode === 0)
            return true;
        if (result.exitCode === 1)
            return false;
        throw new errors/* ConfigurationError */.j1(`git merge-base --is-ancestor ${older} ${newer} failed in ${this.cwd} (exit ${result.exitCode}): ${result.stderr.trim()}; ` +
            'deploy convergence orders commits by history: check out with fetch-depth: 0, or use order: created-at');
    }
}
class CreatedAtOrder {
    basis = 'created-at';
    async compare(a, b) {
        if (a.sha === b.sha)
            return 0;
        if (!a.createdAt || !b.createdAt)
            throw new errors/* ConfigurationError */.j1(`order created-at: no package createdAt known for ${!a.createdAt ? a.sha : b.sha}; give production-sha of a package in the evidence, or use order: commit`);
        const difference = Date.parse(a.createdAt) - Date.parse(b.createdAt);
        if (difference === 0)
            throw new errors/* ConfigurationError */.j1(`order created-at: the packages of ${a.sha} and ${b.sha} were created at the same time, so neither is newer; use order: commit`);
        return difference;
    }
}
/** The package of a SHA if its acceptance said YES for exactly that package; else why not. */
async function acceptedCandidate(store, sha) {
    const manifestRead = await store.read('release-package', sha);
    if (manifestRead.state === 'missing')
        return { sha, reason: `${manifestRead.path}: missing: no release package` };
    const { value: manifest, path: manifestPath } = (0,evidence_store/* requireValid */.AK)(manifestRead);
    if (manifest.sha !== sha)
        throw new errors/* EvidenceError */.oe(`${manifestPath}: sha: the manifest names ${manifest.sha}, not ${sha}`, { file: manifestPath });
    const acceptanceRead = await store.read('acceptance', sha);
    if (acceptanceRead.state === 'missing')
        return { sha, reason: `${acceptanceRead.path}: missing: acceptance has not run` };
    const acceptance = (0,evidence_store/* requireValid */.AK)(acceptanceRead);
    if (acceptance.value.packageDigest !== manifest.digest) {
        return { sha, reason: `${acceptance.path}: packageDigest: acceptance tested ${acceptance.value.packageDigest}, the package is ${manifest.digest}` };
    }
    if (acceptance.value.decision !== 'YES')
        return { sha, reason: `${acceptance.path}: decision: is ${acceptance.value.decision}` };
    return { sha, manifest, manifestPath, acceptancePath: acceptance.path, acceptanceDigest: acceptance.digest };
}
/** The newest `deployed` record of an environment in the evidence, by deployedAt. */
async function recordedProduction(store, environment) {
    let newest;
    for (const sha of await store.listShas('deployment')) {
        const read = await store.read('deployment', sha);
        if (read.state !== 'valid')
            continue;
        const record = read.value;
        if (record.environment !== environment || record.outcome !== 'deployed' || !record.deployedAt)
            continue;
        if (!newest || Date.parse(record.deployedAt) > Date.parse(newest.deployedAt))
            newest = record;
    }
    return newest ? { sha: newest.sha, packageDigest: newest.packageDigest, from: store.pathOf('deployment', newest.sha) } : undefined;
}
async function convergeDeploy(input, ports) {
    const { store, logger, order } = ports;
    const decidedAt = ports.clock.now().toISOString();
    // A log that knows of no deploy yet (the first one through it) leaves the evidence to say.
    const production = input.production ?? (await ports.deployments?.production(input.environment)) ?? (await recordedProduction(store, input.environment));
    if (production && !production.createdAt) {
        const known = await store.read('release-package', production.sha);
        if (known.state === 'valid')
            production.createdAt = known.value.createdAt;
    }
    const requested = await acceptedCandidate(store, input.sha);
    if (!('manifest' in requested)) {
        throw new errors/* EvidenceError */.oe(`refusing to deploy ${input.sha}: ${requested.reason}; only a package whose acceptance said YES is deployed`);
    }
    const others = new Set(input.candidates ?? (await store.listShas('acceptance')));
    others.delete(input.sha);
    const accepted = [requested];
    for (const sha of [...others].sort()) {
        // Another release's broken evidence makes it no candidate; it must not block this deploy.
        const candidate = await acceptedCandidate(store, sha).catch((error) => ({ sha, reason: (0,errors/* errorMessage */.gJ)(error) }));
        if ('manifest' in candidate)
            accepted.push(candidate);
        else
            logger.info(`Not a candidate: ${candidate.reason}`);
    }
    const orderOf = (candidate) => ({ sha: candidate.sha, createdAt: candidate.manifest.createdAt });
    let target = requested;
    if (!input.replay) {
        for (const candidate of accepted)
            if ((await order.compare(orderOf(candidate), orderOf(target))) > 0)
                target = candidate;
    }
    const previous = production ? { sha: production.sha, ...(production.packageDigest ? { packageDigest: production.packageDigest } : {}) } : null;
    const base = {
        schema: deployment/* DEPLOYMENT_SCHEMA */.s$,
        environment: input.environment,
        replay: input.replay,
        order: order.basis,
        previous,
        decidedAt,
        runId: input.runId,
    };
    const evidenceOf = (candidate) => [
        { kind: 'release-package', path: (0,deploy/* relativeEvidencePath */.PC)(store, candidate.manifestPath), digest: candidate.manifest.digest },
        { kind: 'acceptance', path: (0,deploy/* relativeEvidencePath */.PC)(store, candidate.acceptancePath), digest: candidate.acceptanceDigest },
    ];
    const records = [];
    if (production && !input.replay) {
        const versusProduction = target.sha === production.sha ? 0 : await order.compare(orderOf(target), { sha: production.sha, createdAt: production.createdAt });
        if (versusProduction < 0) {
            const reason = `${target.sha} is older than ${production.sha}, which is in ${input.environment}; production never moves back to an older SHA unless the run is an explicit replay (replay: true)`;
            if (!input.dryRun) {
                records.push((await store.write('deployment', requested.sha, { ...base, sha: requested.sha, packageDigest: requested.manifest.digest, outcome: 'refused', superseded: [], reason, evidence: evidenceOf(requested) })).path);
            }
            return { decision: 'refused', production, superseded: [], reason, records };
        }
        if (versusProduction === 0) {
            const reason = `${target.sha} (${target.manifest.digest}) is already in ${input.environment}`;
            logger.info(reason);
            return { decision: 'already-deployed', target, production, superseded: [], reason, records };
        }
    }
    const superseded = [];
    for (const candidate of accepted) {
        if (candidate.sha === target.sha)
            continue;
        if (input.replay && candidate.sha !== input.sha)
            continue;
        const newerThanProduction = !production || (candidate.sha !== production.sha && (await order.compare(orderOf(candidate), { sha: production.sha, createdAt: production.createdAt })) > 0);
        if (newerThanProduction)
            superseded.push(candidate);
    }
    const reason = input.replay
        ? `explicit replay of ${target.sha}${production ? ` (production was at ${production.sha})` : ''}`
        : `the newest package whose acceptance said YES${superseded.length ? `; supersedes ${superseded.map((candidate) => candidate.sha).join(', ')}` : ''}`;
    if (input.dryRun) {
        return { decision: 'planned', target, production, superseded: superseded.map((candidate) => candidate.sha), reason, records };
    }
    if (!input.command)
        throw new errors/* ConfigurationError */.j1('no deploy command: give the command input or deploy.command in shipgate.yml (or dry-run: true to only decide)');
    // Recorded before the command runs: a deploy that cannot be recorded does not happen.
    const tracked = await ports.deployments?.start({ sha: target.sha, manifest: target.manifest, environment: input.environment, replay: input.replay });
    let refs;
    try {
        ;
        ({ refs } = await (0,deploy/* deployPackage */.kW)({ sha: target.sha, command: input.command, workspace: input.workspace }, { store, exec: ports.exec, logger }));
    }
    catch (error) {
        // The deploy's own error is what the user needs; a status that cannot be set must not hide it.
        await tracked?.finish('failure').catch((statusError) => logger.warning(`GitHub deployment ${tracked.id} not marked failed: ${(0,errors/* errorMessage */.gJ)(statusError)}`));
        await store.write('deployment', target.sha, {
            ...base,
            sha: target.sha,
            packageDigest: target.manifest.digest,
            outcome: 'failed',
            superseded: [],
            reason: `the deploy command failed: ${error.message}`.slice(0, 2000),
            evidence: evidenceOf(target),
        });
        throw error;
    }
    const deployedAt = ports.clock.now().toISOString();
    records.push((await store.write('deployment', target.sha, {
        ...base,
        sha: target.sha,
        packageDigest: target.manifest.digest,
        outcome: 'deployed',
        superseded: superseded.map((candidate) => candidate.sha),
        reason,
        deployedAt,
        evidence: evidenceOf(target),
    })).path);
    if (tracked) {
        try {
            await tracked.finish('success');
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${target.sha} is deployed to ${input.environment}, but GitHub deployment ${tracked.id} could not be marked success (${(0,errors/* errorMessage */.gJ)(error)}); ` +
                'until it is, later runs do not see it as what runs there: re-run this job');
        }
    }
    for (const candidate of superseded) {
        records.push((await store.write('deployment', candidate.sha, {
            ...base,
            sha: candidate.sha,
            packageDigest: candidate.manifest.digest,
            outcome: 'superseded',
            supersededBy: target.sha,
            superseded: [],
            reason: `${target.sha} is newer and its acceptance said YES; it was deployed instead`,
            evidence: evidenceOf(candidate),
        })).path);
    }
    return { decision: 'deployed', target, production, superseded: superseded.map((candidate) => candidate.sha), reason, records, refs };
}

// EXTERNAL MODULE: ./build/stages/environment-deployments.js
var environment_deployments = __webpack_require__(70698);
// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(20877);
;// CONCATENATED MODULE: ./build/actions/deploy-gate.js
// The deploy-gate action: inputs -> convergeDeploy -> decision, deploy-sha, package-digest, refs.
// With a token, every deploy is also a GitHub deployment of the environment, and production is read
// back from those; without one (the local command) the evidence's deployment records are all there is.









const deployGateAction = (0,action/* defineAction */.QP)({
    name: 'deploy-gate',
    description: 'Deploy under the production lock and converge: deploy the newest release package whose acceptance said YES (older queued ones are recorded as superseded), never move production to an older SHA than the environment\'s live GitHub deployment unless replay is true, run the deploy command with only the promoted refs, and record what was deployed, as evidence and as a GitHub deployment of the environment.',
    branding: { icon: 'git-merge', color: 'blue' },
    inputs: {
        sha: common_inputs/* shaInput */.FN,
        'artifacts-dir': common_inputs/* artifactsDirInput */.Lp,
        config: common_inputs/* configInput */.xK,
        command: {
            description: 'The deploy command; it gets SHIPGATE_SHA, SHIPGATE_PACKAGE_DIGEST and SHIPGATE_REFS (JSON) and runs in the workspace. Default: deploy.command in the config.',
        },
        environment: { description: 'The environment deployed to; deployment records and the production state are kept per environment.', default: 'production' },
        replay: { description: 'true for an explicit replay: deploy exactly this SHA, even when it is older than production.', default: 'false' },
        candidates: {
            description: 'Other SHAs whose packages are queued, one per line; the newest with a YES acceptance wins. Default: every SHA with acceptance evidence in the artifacts folder.',
        },
        'production-sha': {
            description: 'The SHA in production now, overriding what the deployments say. Default: the SHA of the environment\'s newest deploy-gate deployment on GitHub whose latest status is success (with github-token), else the newest deployed record of the environment in the evidence; with neither, nothing is known to be in production.',
        },
        'github-token': {
            description: 'A token with `deployments: write`: each deploy is recorded as a GitHub deployment of the environment (statuses in_progress, then success or failure), and what runs there is read back from those. Without one (the local command): the evidence\'s deployment records are the only record.',
            runnerDefault: common_inputs/* WORKFLOW_TOKEN */.Wj,
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
    settings: schemas/* object */.Ikc({
        sha: action/* inputs */.QL.sha(),
        'artifacts-dir': schemas/* string */.YjP(),
        config: action/* inputs */.QL.text(),
        command: action/* inputs */.QL.text(),
        environment: schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+$/, 'must be an environment name (letters, digits, _ . -)'),
        replay: action/* inputs */.QL.boolean(false),
        candidates: action/* inputs */.QL.list().pipe(schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/, 'must be full 40-character lowercase hex commit SHAs'))),
        'production-sha': action/* inputs */.QL.sha(),
        'github-token': action/* inputs */.QL.text(),
        order: schemas/* enum */.k5n(['commit', 'created-at'], { message: "must be 'commit' or 'created-at'" }),
        'dry-run': action/* inputs */.QL.boolean(false),
    }),
    timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: (0,run_environment/* resolveSha */.vc)(settings.sha, context.environment) }),
    async run(settings, context) {
        const sha = (0,run_environment/* resolveSha */.vc)(settings.sha, context.environment);
        const loaded = settings.command ? undefined : await (0,shipgate_config.loadConfig)(settings.config);
        const workspace = loaded?.found ? (0,external_node_path_.dirname)((0,external_node_path_.resolve)(loaded.path)) : context.environment.workspace;
        const store = context.openStore(settings['artifacts-dir']);
        const result = await convergeDeploy({
            sha,
            candidates: settings.candidates.length > 0 ? settings.candidates : undefined,
            environment: settings.environment,
            replay: settings.replay,
            production: settings['production-sha'] ? { sha: settings['production-sha'], from: "input 'production-sha'" } : undefined,
            command: settings.command ?? loaded?.config.deploy?.command,
            workspace,
            dryRun: settings['dry-run'],
            runId: context.environment.runId,
        }, {
            store,
            exec: context.exec,
            logger: context.logger,
            clock: context.clock,
            order: settings.order === 'commit' ? new GitAncestryOrder(context.exec, context.environment.workspace) : new CreatedAtOrder(),
            deployments: settings['github-token'] ? deploymentLog(settings['github-token'], context.environment, context.logger) : undefined,
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
                `**${result.decision}** in \`${settings.environment}\`${target ? `: \`${target.sha}\` (\`${target.manifest.digest}\`)` : ''}. ${result.reason}.`,
                '',
                `Production before: ${result.production ? `\`${result.production.sha}\`${result.production.from ? ` (from ${result.production.from})` : ''}` : 'unknown'}; order by ${settings.order}${settings.replay ? '; explicit replay' : ''}.`,
                ...(result.superseded.length ? ['', `Superseded: ${result.superseded.map((superseded) => `\`${superseded}\``).join(', ')}`] : []),
                ...(result.records.length ? ['', `Records: ${result.records.map((path) => `\`${path}\``).join(', ')}`] : []),
                '',
            ].join('\n'),
            ...(result.decision === 'refused' ? { failure: { message: result.reason, file: result.records[0] }, outcome: 'no' } : {}),
        };
    },
});
/** GitHub deployments of this repository, with this run as each status's log. */
function deploymentLog(token, environment, logger) {
    const repository = (0,run_environment/* resolveRepository */.BN)(environment);
    const inRun = environment.mode === 'github' && /^[1-9][0-9]*$/.test(environment.runId);
    return new environment_deployments/* GitHubDeploymentLog */.fh(new github_api/* GitHubRestApi */.yK({ token, apiUrl: environment.apiUrl, repository }), { runId: environment.runId, runAttempt: environment.runAttempt, logUrl: inRun ? `${environment.serverUrl}/${repository}/actions/runs/${environment.runId}` : undefined }, logger);
}


/***/ })

};
