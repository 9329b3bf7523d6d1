export const id = 3593;
export const ids = [3593];
export const modules = {

/***/ 73593:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROLLBACK_USAGE: () => (/* binding */ ROLLBACK_USAGE),
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 2 modules
var shipgate_config = __webpack_require__(87710);
// EXTERNAL MODULE: ./build/config/environments-config.js
var environments_config = __webpack_require__(56520);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
// EXTERNAL MODULE: ./build/evidence/store.js
var store = __webpack_require__(11549);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/evidence/scoped-store.js
var scoped_store = __webpack_require__(46174);
// EXTERNAL MODULE: ./build/stages/deploy-convergence.js
var deploy_convergence = __webpack_require__(30703);
;// CONCATENATED MODULE: ./build/stages/rollback.js
// rollback: which package goes back into an environment. The newest package older than what runs
// there now (by the time build-once sealed it) whose decision in that environment was YES, read
// from the evidence store alone: no workflow artifacts, so it works as long as the evidence is kept.



/**
 * environment: a name of `environments:` (its evidence is kept apart), or undefined for the single
 * flow's production. to: a SHA to go back to instead of the newest earlier YES.
 */
async function planRollback(root, options) {
    const name = options.environment ?? 'production';
    const store = (0,scoped_store/* scopedStore */.sy)(root, { environment: options.environment });
    const current = await (0,deploy_convergence/* recordedProduction */._B)(store, name);
    if (!current) {
        throw new errors/* EvidenceError */.oe(`${root.location}: no deployed record for ${name}: nothing is known to run there, so there is nothing to roll back from (is this the folder the evidence is kept in?)`);
    }
    const currentPackage = await root.read('release-package', current.sha);
    const currentCreatedAt = currentPackage.state === 'valid' ? currentPackage.value.createdAt : undefined;
    const candidates = [];
    const refused = [];
    for (const sha of await store.listShas('release')) {
        if (sha === current.sha)
            continue;
        const candidate = await yesIn(root, store, sha, options.environment);
        if (typeof candidate === 'string')
            refused.push(candidate);
        else
            candidates.push(candidate);
    }
    const older = candidates.filter((candidate) => currentCreatedAt === undefined || Date.parse(candidate.createdAt) < Date.parse(currentCreatedAt));
    older.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const target = options.to ? candidates.find((candidate) => candidate.sha === options.to) : older[0];
    if (!target) {
        const why = options.to
            ? `${options.to} has no YES decision for ${name} with a valid package${refused.some((line) => line.includes(options.to)) ? ` (${refused.find((line) => line.includes(options.to))})` : ''}`
            : `no package older than ${current.sha} has a YES decision for ${name}`;
        throw new errors/* ConfigurationError */.j1(`rollback: ${why}; \`shipgate show <sha>\` lists a release's evidence`);
    }
    return { environment: name, current: { ...current, ...(currentCreatedAt ? { createdAt: currentCreatedAt } : {}) }, target };
}
/** The package of sha if its decision in the environment is a valid YES for that very package; else why not. */
async function yesIn(root, store, sha, environment) {
    const decision = await store.read('release', sha);
    if (decision.state !== 'valid')
        return `${decision.path}: ${decision.state}`;
    const named = 'environment' in decision.value ? decision.value.environment : undefined;
    if (named !== environment)
        return `${decision.path}: environment: is ${named ?? 'none'}`;
    if (decision.value.decision !== 'YES')
        return `${decision.path}: decision: is ${decision.value.decision}`;
    const manifest = await root.read('release-package', sha);
    if (manifest.state !== 'valid')
        return `${manifest.path}: ${manifest.state}`;
    if (manifest.value.digest !== decision.value.packageDigest)
        return `${decision.path}: packageDigest: is not the package's`;
    return { sha, packageDigest: manifest.value.digest, createdAt: manifest.value.createdAt, decidedAt: decision.value.decidedAt };
}

// EXTERNAL MODULE: ./build/cli/io.js
var cli_io = __webpack_require__(1973);
// EXTERNAL MODULE: ./build/cli/commands/pipeline.js + 1 modules
var pipeline = __webpack_require__(15658);
;// CONCATENATED MODULE: ./build/cli/commands/rollback.js
// `shipgate rollback --environment NAME`: puts the newest earlier package with a YES in that
// environment back, as an explicit replay with evidence of its own (deploy, acceptance,
// verification and decision again), through `shipgate pipeline --replay`.








const ROLLBACK_USAGE = `Usage: shipgate rollback [--environment NAME] [--to SHA] [--dry-run] [--config FILE] [--artifacts-dir DIR]

Redeploys the newest package older than what runs in the environment whose decision there was
YES, read from the evidence alone, and deploys, accepts, verifies and decides it again as an
explicit replay (the deployment record says replay: true).

  --environment NAME   An environment of the config's environments: list (default: the last one,
                       production); without environments:, production.
  --to SHA             Go back to this release instead (it needs a YES in the environment).
  --dry-run            Print what would be rolled back, and to what; change nothing.
  --config FILE        The shipgate config (default shipgate.yml).
  --artifacts-dir DIR  Where the evidence is kept (default .artifacts). Rollback needs the earlier
                       release's evidence there: keep the evidence folder beyond the life of
                       workflow artifacts (see the README's "Rollback").

Exit status: 0 the rolled-back package is YES again, 1 NO, 2 a usage or configuration error.`;
async function rollbackCommand(args, io) {
    const { values } = (0,cli_io/* parseFlags */.bQ)('shipgate rollback', args, {
        environment: { type: 'string' },
        to: { type: 'string' },
        'dry-run': { type: 'boolean' },
        config: { type: 'string' },
        'artifacts-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.out(ROLLBACK_USAGE);
        return cli_io/* EXIT */.dc.ok;
    }
    const configPath = (0,external_node_path_.resolve)(io.cwd, values.config ?? 'shipgate.yml');
    const artifactsDir = values['artifacts-dir'] ?? local_store/* DEFAULT_ARTIFACTS_DIR */.qx;
    const { config } = await (0,shipgate_config.loadConfig)(configPath);
    const environments = config.environments;
    const environment = environments ? (values.environment ?? environments.at(-1).name) : undefined;
    if (environment !== undefined)
        (0,environments_config.environmentStep)(environments, environment, configPath, '--environment');
    else if (values.environment !== undefined && values.environment !== 'production') {
        throw new cli_io/* UsageError */.eb(`--environment: '${values.environment}': ${configPath} has no environments: list, so production is the only environment`, 'shipgate rollback');
    }
    const to = values.to === undefined ? undefined : (0,store/* assertSha */.B1)(values.to, '--to');
    const plan = await planRollback(new local_store/* LocalEvidenceStore */.un((0,external_node_path_.resolve)(io.cwd, artifactsDir)), { environment, to });
    io.out(`rollback of ${plan.environment}: ${plan.current.sha} runs there now; going back to ${plan.target.sha} ` +
        `(package ${plan.target.packageDigest}, built ${plan.target.createdAt}, YES there at ${plan.target.decidedAt})`);
    if (values['dry-run'])
        return cli_io/* EXIT */.dc.ok;
    return (0,pipeline.pipelineCommand)(['--config', configPath, '--sha', plan.target.sha, '--artifacts-dir', artifactsDir, '--replay', ...(environment ? ['--environment', environment] : [])], io);
}


/***/ })

};
