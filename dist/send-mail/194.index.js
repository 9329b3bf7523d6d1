export const id = 194;
export const ids = [194];
export const modules = {

/***/ 7745:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  buildConfig: () => (/* binding */ buildConfig),
  loadConfig: () => (/* binding */ loadConfig),
  shipgateConfig: () => (/* binding */ shipgateConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./build/stages/checks/json-pointer.js
// JSON Pointer (RFC 6901): finds the value a pointer such as `/items/0/name` names in a JSON document.
/** Splits a pointer into its reference tokens, `~1` -> `/` and `~0` -> `~` (in that order). */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new SyntaxError(`JSON pointer '${pointer}' must be empty or start with '/'`);
    return pointer
        .slice(1)
        .split('/')
        .map((token) => {
        if (/~[^01]|~$/.test(token))
            throw new SyntaxError(`JSON pointer '${pointer}' has an invalid escape in '${token}' (only ~0 and ~1)`);
        return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}
function resolvePointer(document, pointer) {
    let current = document;
    let at = '';
    for (const token of parsePointer(pointer)) {
        at += `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (Array.isArray(current)) {
            // RFC 6901: an array index is 0 or digits without a leading zero; '-' names no element.
            if (!/^(0|[1-9][0-9]*)$/.test(token))
                return { found: false, reason: `${at}: '${token}' is not an array index` };
            const index = Number(token);
            if (index >= current.length)
                return { found: false, reason: `${at}: index ${index} is past the end of an array of ${current.length}` };
            current = current[index];
        }
        else if (current !== null && typeof current === 'object') {
            if (!Object.prototype.hasOwnProperty.call(current, token))
                return { found: false, reason: `${at}: no member '${token}'` };
            current = current[token];
        }
        else {
            return { found: false, reason: `${at}: cannot look into ${current === null ? 'null' : typeof current}` };
        }
    }
    return { found: true, value: current };
}

;// CONCATENATED MODULE: ./build/config/acceptance-config.js
// shipgate.yml `acceptance`: the checks a release must pass before production, by scope, and the
// command that starts what they test.


const scopeName = schemas/* enum */.k5n(['runtime', 'infra', 'docs', 'always']);
const checkBase = {
    name: schemas/* string */.YjP().min(1),
    scopes: schemas/* array */.YOg(scopeName)
        .min(1)
        .default(['always'])
        .describe('Run when the release changes one of these; always: every release.'),
    required: schemas/* boolean */.zMY().default(true).describe('A required check failing makes the decision NO; an optional one makes it YES, degraded.'),
    timeoutSeconds: schemas/* number */.aig().positive().default(30).describe('The deadline for the check, all attempts included.'),
};
const ENV_NOTE = '${env:NAME} is replaced by the environment variable NAME.';
const httpCheck = schemas/* object */.Ikc({
    ...checkBase,
    type: schemas/* literal */.euz('http'),
    method: schemas/* string */.YjP()
        .regex(/^[A-Za-z]+$/, 'must be an HTTP method such as GET or POST')
        .default('GET')
        .transform((method) => method.toUpperCase()),
    url: schemas/* string */.YjP().min(1).describe(`The URL to call. ${ENV_NOTE}`),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}).describe(`Request headers. ${ENV_NOTE} Values of secret-looking variables are masked.`),
    body: schemas/* string */.YjP().optional().describe(`The request body. ${ENV_NOTE}`),
    expectStatus: schemas/* number */.aig().int().min(100).max(599).default(200),
    bodyContains: schemas/* string */.YjP().optional().describe('Text the response body must contain.'),
    jsonPointer: schemas/* object */.Ikc({
        pointer: schemas/* string */.YjP().refine((pointer) => {
            try {
                parsePointer(pointer);
                return true;
            }
            catch {
                return false;
            }
        }, 'must be an RFC 6901 JSON pointer: empty, or /-separated tokens with ~0 for ~ and ~1 for /'),
        equals: schemas/* json */.Pq9().describe('The JSON value the pointer must name (compared as canonical JSON).'),
    })
        .strict()
        .optional()
        .describe('The response must be JSON, and the value at the pointer must equal `equals`.'),
    attempts: schemas/* number */.aig().int().positive().default(5).describe('Tries within the deadline, with exponential backoff.'),
})
    .strict();
const commandCheck = schemas/* object */.Ikc({
    ...checkBase,
    type: schemas/* literal */.euz('command'),
    run: schemas/* string */.YjP()
        .min(1)
        .describe('A bash command; passes on exit 0. SHIPGATE_REFS (JSON), SHIPGATE_SHA and SHIPGATE_PACKAGE_DIGEST are in its environment.'),
})
    .strict();
const acceptanceCheck = schemas/* discriminatedUnion */.gMt('type', [httpCheck, commandCheck]);
const acceptanceConfig = schemas/* object */.Ikc({
    concurrency: schemas/* number */.aig().int().positive().default(4).describe('How many checks may run at once.'),
    setup: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('A bash command started in the background before the checks (e.g. start the package on 127.0.0.1) with the same SHIPGATE_* environment, and stopped (its whole process group) after them, also on failure.'),
    checks: schemas/* array */.YOg(acceptanceCheck)
        .default([])
        .refine((checks) => new Set(checks.map((check) => check.name)).size === checks.length, 'check names must be unique'),
})
    .strict();
/** The scopes a release changes. */
function changedScopes(scope) {
    const changed = [];
    if (scope.runtimeChanged)
        changed.push('runtime');
    if (scope.infraChanged)
        changed.push('infra');
    if (scope.docsChanged)
        changed.push('docs');
    return changed;
}
/** Why a check does not apply to a release of this scope, or undefined when it runs. */
function scopeSkipReason(check, scope) {
    if (check.scopes.includes('always'))
        return undefined;
    const changed = changedScopes(scope);
    if (check.scopes.some((name) => changed.includes(name)))
        return undefined;
    return `scope: runs when ${check.scopes.join(' or ')} changed; this release changes ${changed.length > 0 ? changed.join(', ') : 'none of runtime, infra, docs'}`;
}

;// CONCATENATED MODULE: ./build/config/commit-stage-config.js
// shipgate.yml `commitStage` and `scope`: the required check, the local stand-in for it, and how
// changed paths are classified (runtime, infra, docs) and checked for docs drift.

const globs = schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]);
const commitStageConfig = schemas/* object */.Ikc({
    requiredCheck: schemas/* string */.YjP().min(1).default('commit-stage').describe('The check (run or status) name that proves the commit stage passed.'),
    localCommand: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('Run when no GitHub API is available (the local command); the evidence records that it came from here.'),
})
    .strict();
const scopeConfig = schemas/* object */.Ikc({
    runtime: globs.describe('Globs of paths whose change means the runtime must be rebuilt.'),
    infra: globs,
    docs: globs,
    drift: schemas/* enum */.k5n(['warn', 'fail']).default('warn'),
    watches: schemas/* array */.YOg(schemas/* object */.Ikc({
        doc: schemas/* string */.YjP().min(1).describe('The document that describes the watched paths (its source of truth).'),
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('Globs of the paths the doc describes; a change to them without a change to the doc is drift.'),
    })
        .strict())
        .default([]),
})
    .strict();

// EXTERNAL MODULE: ./build/contracts/common.js + 1 modules
var common = __webpack_require__(2318);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/config/prod-verify-config.js
// shipgate.yml `deploy` and `prodVerify`: how the package reaches production, and how production
// is verified afterwards (auth canary, probe freshness, API smoke, browser smoke).

const source = schemas/* object */.Ikc({
    url: schemas/* string */.YjP().optional().describe('Fetched with GET; must answer 2xx with JSON.'),
    file: schemas/* string */.YjP().optional().describe('A local JSON file, relative to the working directory.'),
})
    .strict()
    .refine((value) => (value.url === undefined) !== (value.file === undefined), 'give exactly one of url or file');
const jsonPointer = schemas/* string */.YjP().regex(/^(\/.*)?$/, "must be a JSON pointer: '' or starting with '/'");
const fetchTimeout = schemas/* number */.aig().positive().default(10).describe('How long to wait for a URL source, in seconds.');
const deployConfig = schemas/* object */.Ikc({
    command: schemas/* string */.YjP().min(1).describe('The deploy command; it gets the promoted refs in SHIPGATE_REFS (JSON), SHIPGATE_SHA and SHIPGATE_PACKAGE_DIGEST.'),
    stop: schemas/* string */.YjP().min(1).optional().describe('Run at the end of a local `shipgate pipeline`, also on failure, to stop what the deploy started.'),
})
    .strict();
const authCanaryConfig = schemas/* object */.Ikc({
    source,
    pointer: jsonPointer.default('/lastSuccess').describe('JSON pointer to the last success time (RFC 3339, or epoch seconds or milliseconds).'),
    maxAgeSeconds: schemas/* number */.aig().positive().describe('Fail when the last success is older than this.'),
    timeoutSeconds: fetchTimeout,
    required: schemas/* boolean */.zMY().default(true),
})
    .strict();
const probeConfig = schemas/* object */.Ikc({
    source,
    shaPointer: jsonPointer.default('/sha').describe('JSON pointer to the commit SHA the probe checked; must be the SHA being released.'),
    timePointer: jsonPointer.default('/checkedAt').describe('JSON pointer to when the probe ran.'),
    maxAgeSeconds: schemas/* number */.aig().positive().describe('Fail when the probe report is older than this.'),
    timeoutSeconds: fetchTimeout,
    required: schemas/* boolean */.zMY().default(true),
})
    .strict();
const apiSmokeConfig = schemas/* object */.Ikc({
    issuer: schemas/* string */.YjP()
        .optional()
        .describe('Discover the token endpoint from <issuer>/.well-known/openid-configuration; {tenantId} is replaced by the client\'s tenant id.'),
    tokenUrl: schemas/* string */.YjP().optional().describe('The token endpoint, when not discovered; {tenantId} is replaced by the client\'s tenant id.'),
    clientAuthentication: schemas/* enum */.k5n(['client_secret_post', 'client_secret_basic'])
        .default('client_secret_post')
        .describe('How the client id and secret are sent to the token endpoint.'),
    audience: schemas/* string */.YjP().optional().describe('Sent as `audience` in the token request, for providers that want one.'),
    endpoints: schemas/* array */.YOg(schemas/* object */.Ikc({
        method: schemas/* string */.YjP().default('GET'),
        url: schemas/* string */.YjP().min(1),
        expectStatus: schemas/* number */.aig().int().min(100).max(599).default(200).describe('What the allowed client must get.'),
    })
        .strict())
        .min(1),
    deniedExpectedStatus: schemas/* number */.aig()
        .int()
        .min(100)
        .max(599)
        .refine((code) => code < 200 || code >= 300, 'must not be a 2xx: the denied client must be refused')
        .default(403)
        .describe('Exactly what the denied client must get from every endpoint.'),
    timeoutSeconds: schemas/* number */.aig().positive().default(30).describe('The deadline of each request.'),
    required: schemas/* boolean */.zMY().default(true),
})
    .strict()
    .refine((value) => value.issuer !== undefined || value.tokenUrl !== undefined, 'give tokenUrl, or issuer to discover it');
const browserPageConfig = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1).optional().describe('Shown in the result; default: the URL.'),
    url: schemas/* string */.YjP().min(1),
    waitForSelector: schemas/* string */.YjP().optional(),
    waitForText: schemas/* string */.YjP().optional(),
    timeoutSeconds: schemas/* number */.aig().positive().default(30),
})
    .strict();
const browserConfig = schemas/* object */.Ikc({
    executable: schemas/* string */.YjP().optional().describe('Chrome or Chromium; default: the browser-path input, else chromium, chromium-browser or google-chrome on PATH.'),
    required: schemas/* boolean */.zMY().default(false),
    pages: schemas/* array */.YOg(browserPageConfig).min(1),
})
    .strict();
const prodVerifyConfig = schemas/* object */.Ikc({
    authCanary: authCanaryConfig.optional(),
    probe: probeConfig.optional(),
    apiSmoke: apiSmokeConfig.optional(),
    browser: browserConfig.optional(),
})
    .strict();

;// CONCATENATED MODULE: ./build/config/environments-config.js
// shipgate.yml `environments:`: the ordered stages one package moves through (dev, staging,
// production), each with its own deploy, acceptance checks (run against what was deployed there),
// verification (the prod-verify kinds) and promotion rule. The last one is production: its
// decision is the release's. Without the list the single acceptance → production flow applies.





const environmentConfig = schemas/* object */.Ikc({
    name: common/* environmentName */.VE.describe('The environment, as evidence and commands name it (dev, staging, production).'),
    githubEnvironment: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('The GitHub environment whose secrets and required reviewers guard the deploy; default: the name.'),
    promotion: schemas/* enum */.k5n(['auto', 'manual'])
        .default('auto')
        .describe('auto: deployed as soon as the previous environment says YES; manual: waits for the GitHub environment\'s reviewers (in workflows) or for `shipgate promote-to` (locally).'),
    deploy: deployConfig.describe('How the package is deployed to this environment.'),
    acceptance: acceptanceConfig
        .default({ concurrency: 4, checks: [] })
        .describe('Checks run against this environment after its deploy; all required ones must pass for its YES.'),
    verify: prodVerifyConfig.default({}).describe('The prod-verify kinds (auth canary, probe, API and browser smoke) run after the acceptance checks.'),
})
    .strict();
const environmentsConfig = schemas/* array */.YOg(environmentConfig)
    .min(1, 'list at least one environment, or leave environments out for the single acceptance → production flow')
    .superRefine((list, context) => {
    const seen = new Map();
    list.forEach((environment, index) => {
        const first = seen.get(environment.name);
        if (first !== undefined)
            context.addIssue({ code: 'custom', path: [index, 'name'], message: `'${environment.name}' is already environments[${first}]; each environment is listed once` });
        else
            seen.set(environment.name, index);
    });
})
    .describe('The ordered environments a package moves through; the last one is production.');
/**
 * The entry of `environments:` an `environment` input or `--environment` names, or a configuration
 * error that names the input, the config file and the environments there are.
 */
function environmentStep(environments, name, configPath, what = 'environment') {
    if (!environments) {
        throw new ConfigurationError(`${what}: '${name}' given, but ${configPath} has no environments: list; add one, or leave ${what} out for the single acceptance → production flow`, { file: configPath });
    }
    const index = environments.findIndex((environment) => environment.name === name);
    if (index < 0) {
        throw new ConfigurationError(`${what}: '${name}' is not in ${configPath}'s environments (${environments.map((environment) => environment.name).join(', ')})`, { file: configPath });
    }
    return { environment: environments[index], index, previous: index > 0 ? environments[index - 1].name : null, final: index === environments.length - 1 };
}
/** The evidence an environment's decision needs: acceptance and verification where checks are configured. */
function environmentRequires(environment) {
    const { verify } = environment;
    return {
        requireAcceptance: environment.acceptance.checks.length > 0,
        requireProduction: Boolean(verify.authCanary || verify.probe || verify.apiSmoke || verify.browser),
    };
}

// EXTERNAL MODULE: ./build/mail/addresses.js
var addresses = __webpack_require__(1670);
// EXTERNAL MODULE: ./build/mail/period.js
var period = __webpack_require__(4181);
;// CONCATENATED MODULE: ./build/config/mail-config.js
// shipgate.yml `mail`: who gets the pipeline's mail and who sends it, so that workflows need not
// repeat it; send-mail's inputs override each key. No secrets here: passwords stay inputs.



const address = schemas/* string */.YjP().refine(addresses/* isValidAddress */.$m, 'must be a mail address such as name@example.com (no display name)');
const senderRule = schemas/* string */.YjP()
    .refine((rule) => (rule.startsWith('@') ? (0,addresses/* isValidAddress */.$m)(`x${rule}`) : (0,addresses/* isValidAddress */.$m)(rule)), 'must be a mail address or @domain, e.g. @example.com');
const mailSmtpConfig = schemas/* object */.Ikc({
    host: schemas/* string */.YjP().min(1).optional().describe('The SMTP relay, when the smtp-host input is empty.'),
    port: schemas/* number */.aig().int().min(1).max(65535).optional().describe('The SMTP port, when the smtp-port input is empty.'),
    security: schemas/* enum */.k5n(['starttls', 'tls', 'none']).optional().describe('starttls, tls or none, when the smtp-security input is empty.'),
})
    .strict();
const mailConfig = schemas/* object */.Ikc({
    owners: schemas/* array */.YOg(address).default([]).describe("Who gets release completed/failed mail (and template mail) when the 'to' input is empty."),
    ops: schemas/* array */.YOg(address).default([]).describe("Who gets ops alerts when the 'ops' input is empty."),
    from: address.optional().describe("The sender, when the 'from' input is empty; must be in allowedFrom."),
    allowedFrom: schemas/* array */.YOg(senderRule).default([]).describe("The senders allowed (addresses and @domain entries), when the 'allowed-from' input is empty."),
    replyTo: address.optional().describe("The Reply-To address, when the 'reply-to' input is empty."),
    smtp: mailSmtpConfig.default({}).describe('SMTP defaults; the user name and password are inputs (secrets), never config.'),
    roster: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("The roster CSV that 'shipgate mail roster' changes when --roster is not given (send-mail's roster input never defaults to it: a roster send is asked for by name)."),
    period: schemas/* enum */.k5n(period/* PERIODS */.nR).optional().describe("A roster send's period (daily or weekly), when the 'period' input is empty; default daily."),
    timeZone: schemas/* string */.YjP()
        .refine(period/* isTimeZone */.kQ, 'must be an IANA time zone such as Europe/Berlin or UTC')
        .optional()
        .describe("The time zone of the period and of the date variable, when the 'time-zone' input is empty; default UTC."),
})
    .strict();

// EXTERNAL MODULE: ./build/config/yaml-file.js + 1 modules
var yaml_file = __webpack_require__(1065);
;// CONCATENATED MODULE: ./build/config/shipgate-config.js
// shipgate.yml: what a repository tells shipgate about itself. Each stage reads its own section;
// unknown keys are errors so that a misspelt key never silently does nothing.








const DEFAULT_CONFIG_PATH = 'shipgate.yml';
const componentName = schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, dot, dash or underscore');
const buildConfig = schemas/* object */.Ikc({
    commands: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Shell commands that build the runtime, run in order when it changed.'),
    images: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: componentName,
        metadataFile: schemas/* string */.YjP().min(1).describe('The JSON file `docker buildx build --metadata-file` wrote.'),
        repository: schemas/* string */.YjP().min(1).optional().describe('registry/name; default: image.name from the metadata file.'),
    })
        .strict())
        .default([]),
    files: schemas/* array */.YOg(schemas/* object */.Ikc({ name: componentName, path: schemas/* string */.YjP().min(1) }).strict())
        .default([]),
    releaseManifest: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("The multi-repo release manifest, relative to this file's folder; build-once's release-manifest input, when given, wins."),
})
    .strict();
const shipgateConfig = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1).default(1),
    commitStage: commitStageConfig.default({ requiredCheck: 'commit-stage' }),
    scope: scopeConfig.default({ runtime: [], infra: [], docs: [], drift: 'warn', watches: [] }),
    build: buildConfig.default({ commands: [], images: [], files: [] }),
    acceptance: acceptanceConfig.default({ concurrency: 4, checks: [] }),
    deploy: deployConfig.optional(),
    prodVerify: prodVerifyConfig.default({}),
    environments: environmentsConfig.optional(),
    mail: mailConfig.default({ owners: [], ops: [], allowedFrom: [], smtp: {} }),
})
    .strict()
    .superRefine((config, context) => {
    // With environments: each one has its own deploy and verification; the single flow's would do nothing.
    if (!config.environments)
        return;
    if (config.deploy)
        context.addIssue({ code: 'custom', path: ['deploy'], message: 'is the single flow\'s deploy; with environments: give each environment its deploy: instead' });
    const { authCanary, probe, apiSmoke, browser } = config.prodVerify;
    if (authCanary || probe || apiSmoke || browser) {
        context.addIssue({ code: 'custom', path: ['prodVerify'], message: 'is the single flow\'s verification; with environments: give each environment its verify: instead' });
    }
});
/** Loads shipgate.yml; the default path may be absent (empty config), an explicit one may not. */
async function loadConfig(path) {
    const configPath = path ?? DEFAULT_CONFIG_PATH;
    if (path === undefined) {
        try {
            await (0,promises_.access)(configPath);
        }
        catch {
            return { config: shipgateConfig.parse({}), path: configPath, found: false };
        }
    }
    return { config: await (0,yaml_file/* readYamlFile */.kv)(configPath, shipgateConfig, 'shipgate config'), path: configPath, found: true };
}


/***/ }),

/***/ 1065:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kv: () => (/* binding */ readYamlFile)
});

// UNUSED EXPORTS: CONFIG_SIZE_LIMIT, parseYaml

// EXTERNAL MODULE: ./build/contracts/index.js + 6 modules
var contracts = __webpack_require__(8981);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/encodable-json.js
var encodable_json = __webpack_require__(1130);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(5562);
;// CONCATENATED MODULE: ./build/cli/suggest.js
// "Did you mean": the closest of the names a command, an option or a config key could have been,
// for a misspelt one. Shared by the `shipgate` command and the shipgate.yml reader.
/**
 * The edit distance with adjacent transpositions (optimal string alignment): `--artifact-dir` is
 * one edit from `--artifacts-dir`, `pipeilne` one from `pipeline`.
 */
function editDistance(from, to) {
    const rows = from.length + 1;
    const columns = to.length + 1;
    const distance = Array.from({ length: rows }, (_, row) => Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
    for (let row = 1; row < rows; row++) {
        for (let column = 1; column < columns; column++) {
            const cost = from[row - 1] === to[column - 1] ? 0 : 1;
            let best = Math.min(distance[row - 1][column] + 1, distance[row][column - 1] + 1, distance[row - 1][column - 1] + cost);
            if (row > 1 && column > 1 && from[row - 1] === to[column - 2] && from[row - 2] === to[column - 1])
                best = Math.min(best, distance[row - 2][column - 2] + 1);
            distance[row][column] = best;
        }
    }
    return distance[from.length][to.length];
}
/**
 * The candidate the given name most likely meant, or undefined when none is close: at most a third
 * of the name's letters may differ (at least one, at most three), case aside; a name that is the
 * start of a longer candidate, give or take those edits, counts one edit more (`--artefacts` for
 * `--artifacts-dir`). Ties go to the candidate listed first.
 */
function closestName(given, candidates) {
    const wanted = given.toLowerCase();
    const allowed = Math.min(3, Math.max(1, Math.floor(wanted.replace(/^-+/, '').length / 3)));
    let best;
    for (const candidate of candidates) {
        if (candidate === given)
            continue;
        const name = candidate.toLowerCase();
        const whole = editDistance(wanted, name);
        const distance = name.length > wanted.length ? Math.min(whole, editDistance(wanted, name.slice(0, wanted.length)) + 1) : whole;
        if (distance <= allowed && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    return best?.name;
}
/** "; did you mean 'x'?" for the closest candidate, or '' when none is close. */
function didYouMean(given, candidates) {
    const closest = closestName(given, candidates);
    return closest === undefined ? '' : `; did you mean '${closest}'?`;
}

;// CONCATENATED MODULE: ./build/config/yaml-file.js





/** A config file is read as text up to this size; anything bigger is not a config. */
const CONFIG_SIZE_LIMIT = 16 * 1024 * 1024;
async function readYamlFile(path, schema, what) {
    // Never blocks: a FIFO or a device in place of the file is refused, not waited on.
    const read = await (0,evidence_file/* readRegularFile */.XF)(path, CONFIG_SIZE_LIMIT, `a ${what}`, true);
    if (read.state !== 'read') {
        const reason = read.state === 'missing' ? 'file not found' : read.reason;
        throw new errors/* ConfigurationError */.j1(`${path}: ${reason}; check the ${what} path`, { file: path });
    }
    return parseYaml(read.bytes.toString('utf8'), path, schema, what);
}
async function parseYaml(text, path, schema, what) {
    const { LineCounter, parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const line = first.linePos?.[0]?.line;
        throw new errors/* ConfigurationError */.j1(`${path}${line ? `:${line}` : ''}: not valid YAML: ${first.message.split('\n')[0]}`, { file: path, line });
    }
    let json;
    try {
        json = document.toJS();
    }
    catch (error) {
        // The yaml package refuses an alias bomb ("billion laughs") here, with a ReferenceError.
        throw new errors/* ConfigurationError */.j1(`${path}: not valid YAML: ${(0,errors/* errorMessage */.gJ)(error)}`, { file: path });
    }
    // Refused here, with the field named, rather than where a contract made from it is digested.
    const unencodable = (0,encodable_json/* unencodableJsonProblems */.z)(json);
    if (unencodable.length > 0) {
        const messages = unencodable.map((problem) => `${problem.field}: ${problem.message}`);
        throw new errors/* ConfigurationError */.j1(`${path}: invalid ${what}: ${messages.join('; ')}`, { file: path });
    }
    // zod's issue for an unknown key does not say which keys the map takes; its error map sees the
    // schema that refused it, so the allowed keys are noted there for the "did you mean".
    const allowedKeys = new Map();
    const parsed = schema.safeParse(json ?? {}, {
        error: (issue) => {
            if (issue.code === 'unrecognized_keys') {
                const shape = issue.inst?._zod?.def?.shape;
                allowedKeys.set(JSON.stringify(issue.path ?? []), Object.keys(shape ?? {}));
            }
            return undefined;
        },
    });
    if (parsed.success)
        return parsed.data;
    const lineOf = (where) => lineOfField(document, where, (offset) => lineCounter.linePos(offset).line);
    // One problem per unknown key, each on its own line: a misspelt key is found on its own line, not
    // on the first line of the map that holds it. A required key it was meant to be is then not also
    // reported as missing: the misspelling is the one thing to fix.
    const meant = new Set();
    const unknownKeys = parsed.error.issues.flatMap((issue) => {
        if (issue.code !== 'unrecognized_keys')
            return [];
        const allowed = allowedKeys.get(JSON.stringify(issue.path)) ?? [];
        return issue.keys.map((key) => {
            const where = [...issue.path, key];
            const closest = closestName(key, allowed);
            if (closest !== undefined)
                meant.add(JSON.stringify([...issue.path, closest]));
            const hint = closest !== undefined ? ` (did you mean '${closest}'?)` : allowed.length > 0 ? ` (the keys here are ${allowed.join(', ')})` : '';
            return { field: (0,contracts/* fieldPath */.cn)(where), message: `unknown key${hint}`, line: lineOf(where) };
        });
    });
    const others = parsed.error.issues
        .filter((issue) => issue.code !== 'unrecognized_keys' && !(issue.code === 'invalid_type' && issue.input === undefined && meant.has(JSON.stringify(issue.path))))
        .map((issue) => ({ field: (0,contracts/* fieldPath */.cn)(issue.path), message: issue.message, line: lineOf(issue.path) }));
    // The file is read top to bottom, so the first problem in it is where the reader goes first.
    const problems = [...unknownKeys, ...others].sort((left, right) => (left.line ?? Number.MAX_SAFE_INTEGER) - (right.line ?? Number.MAX_SAFE_INTEGER));
    const line = problems[0]?.line;
    const messages = problems.map((problem) => `${problem.field}: ${problem.message}${problems.length > 1 && problem.line && problem.line !== line ? ` (line ${problem.line})` : ''}`);
    throw new errors/* ConfigurationError */.j1(`${path}${line ? `:${line}` : ''}: invalid ${what}: ${messages.join('; ')}`, { file: path, line });
}
/**
 * The line a field is on: a map entry's key line (the value of `deploy:` starts on the next line
 * when it is a block), an item's own line in a list; the nearest enclosing field's when the field
 * itself is absent (a required key that is missing).
 */
function lineOfField(document, path, lineAt) {
    for (let depth = path.length; depth >= 0; depth--) {
        const parent = (depth === 0 ? undefined : document.getIn(path.slice(0, depth - 1), true));
        const last = path[depth - 1];
        const pair = typeof last === 'string' ? parent?.items?.find((item) => item.key?.value === last) : undefined;
        const keyRange = pair?.key?.range;
        if (keyRange)
            return lineAt(keyRange[0]);
        const node = (depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true));
        if (node?.range)
            return lineAt(node.range[0]);
    }
    return undefined;
}


/***/ }),

/***/ 1854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony export canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
// Canonical JSON (RFC 8785, JCS) and the `sha256:<hex>` digests taken over it. The digest of a
// contract is the digest of its canonical form, so key order and whitespace never change it.

// In unicode mode a paired surrogate is one code point, so this matches lone surrogates only.
const LONE_SURROGATE = /\p{Surrogate}/u;
/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace,
 * numbers and strings as ECMAScript's JSON.stringify writes them (which is what RFC 8785 asks for).
 * Values JSON cannot hold (undefined in arrays, functions, NaN, Infinity, lone surrogates) throw.
 */
function canonicalJson(value) {
    if (value === null || typeof value === 'boolean')
        return JSON.stringify(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new TypeError(`canonical JSON cannot hold the number ${value}`);
        return JSON.stringify(value);
    }
    if (typeof value === 'string') {
        if (LONE_SURROGATE.test(value))
            throw new TypeError('canonical JSON cannot hold a string with a lone surrogate');
        return JSON.stringify(value);
    }
    if (Array.isArray(value)) {
        return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
    }
    if (typeof value === 'object') {
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) {
            // A Date, Map or class instance would silently become {} or a string: make the caller convert it.
            throw new TypeError(`canonical JSON holds plain objects only, not ${value.constructor?.name ?? 'this object'}`);
        }
        const entries = Object.entries(value)
            .filter(([, member]) => member !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, member]) => `${canonicalJson(key)}:${canonicalJson(member)}`).join(',')}}`;
    }
    throw new TypeError(`canonical JSON cannot hold a value of type ${typeof value}`);
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** `sha256:<64 hex>` of the canonical JSON of a value. */
function digestOf(value) {
    return `sha256:${sha256Hex(canonicalJson(value))}`;
}


/***/ }),

/***/ 7891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ PIPELINE_TIMING_SCHEMA_V2),
/* harmony export */   TV: () => (/* binding */ pipelineTiming),
/* harmony export */   aQ: () => (/* binding */ LEGACY_RUN_ID)
/* harmony export */ });
/* unused harmony exports PIPELINE_TIMING_SCHEMA, pipelineRun, stageTiming, pipelineClose, runStageTiming, runClose */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2318);
// Pipeline timing: every stage appends its run; release-decision closes it with the totals.
// v2 keeps the runs of one SHA apart: each stage names the run it was part of, and each run is
// closed on its own, so a second run neither doubles the chart nor stretches the first run's total.


const PIPELINE_TIMING_SCHEMA = 'shipgate.pipeline-timing/v1';
/** v2: every stage entry names its run (GitHub run id and attempt, or the local run), and every run has its own close. */
const PIPELINE_TIMING_SCHEMA_V2 = 'shipgate.pipeline-timing/v2';
/** The run id a v1 file's stages get when the file is upgraded: v1 did not record which run wrote them. */
const LEGACY_RUN_ID = 'legacy';
const pipelineRun = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .describe(`GITHUB_RUN_ID on GitHub; local-<n> for the nth local \`shipgate pipeline\` run for the SHA; '${LEGACY_RUN_ID}' for stages recorded by v1, which did not say.`),
    attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().describe('GITHUB_RUN_ATTEMPT on GitHub; 1 for a local or legacy run.'),
})
    .strict();
const stageTiming = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    stage: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    startedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    finishedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['success', 'failure', 'no', 'skipped']).describe('failure: the stage failed; no: it ran and said NO.'),
})
    .strict();
const pipelineClose = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    closedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    totalMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('From the first stage start to the close.'),
    commitTime: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE.nullable(),
    leadTimeMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().describe('From the commit time to the decision; null when the commit time is unknown.'),
})
    .strict();
const pipelineTimingV1 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PIPELINE_TIMING_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    stages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(stageTiming),
    closed: pipelineClose.nullable(),
})
    .strict();
const runStageTiming = stageTiming.extend({ run: pipelineRun }).strict();
const runClose = pipelineClose
    .extend({ run: pipelineRun, totalMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe("From the first start of the run's stages to its close.") })
    .strict();
const pipelineTimingV2 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PIPELINE_TIMING_SCHEMA_V2),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    stages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(runStageTiming).describe('Every stage run, in the order they were appended, each naming its run.'),
    closes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(runClose).describe('One close per run that reached a release decision; a run decided again replaces its own.'),
})
    .strict();
const pipelineTiming = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('schema', [pipelineTimingV1, pipelineTimingV2]);


/***/ }),

/***/ 5562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readEvidenceFile),
/* harmony export */   Vf: () => (/* binding */ readUserTextFile),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   wU: () => (/* binding */ describeFileType)
/* harmony export */ });
/* unused harmony exports EVIDENCE_SIZE_LIMIT, realPathOfOpenFile, openRegularFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
// The one way evidence is read from disk: a regular file inside the artifacts folder, no bigger
// than a limit, in UTF-8. Anything else (a FIFO that would block the reader forever, a device, a
// folder, a symlink leading out of the folder) is a problem with the file, never a hang or a throw.




/** No contract comes near this; a file this big is not evidence, and reading it would only cost memory. */
const EVIDENCE_SIZE_LIMIT = 16 * 1024 * 1024;
/** What a file that is not a regular file is, in words. */
function describeFileType(stats) {
    if (stats.isFile())
        return 'a file';
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isDirectory())
        return 'a folder';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSymbolicLink())
        return 'a symbolic link';
    return 'of an unknown type';
}
function refused(message) {
    return { state: 'refused', problem: { field: '(file)', message } };
}
function errnoOf(error) {
    return error?.code;
}
/**
 * Reads `path`, which lies under `root` (the artifacts folder). Missing when the file (or its
 * `<kind>` or `<sha>` folder, or the root) does not exist. Throws only a ConfigurationError, and
 * only when the root itself exists but is not a folder: that is a wrong `--artifacts-dir`, not bad
 * evidence. Symlinks are followed as long as they end inside the root's real path.
 */
async function readEvidenceFile(root, path, limit = EVIDENCE_SIZE_LIMIT) {
    const lexical = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path));
    if (lexical === '' || lexical.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(lexical))
        throw new Error(`bug: evidence file ${path} is not under ${root}`);
    let realRoot;
    try {
        realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        if (errnoOf(error) === 'ENOTDIR')
            throw notAFolder(root, 'a part of its path is a file');
        return refused(`cannot be read: the artifacts folder ${root}: ${error.message}`);
    }
    const rootStats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(realRoot).catch(() => undefined);
    if (rootStats && !rootStats.isDirectory())
        throw notAFolder(root, `it is ${describeFileType(rootStats)}`);
    let realFile;
    try {
        realFile = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        if (errnoOf(error) === 'ENOTDIR')
            return refused(`cannot be read: ${await blockingAncestor(root, path)} is not a folder`);
        if (errnoOf(error) === 'ELOOP')
            return refused('is a symlink loop, not a regular file');
        return refused(`cannot be read (${error.message})`);
    }
    const inside = (real) => real.startsWith(realRoot.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? realRoot : `${realRoot}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
    if (!inside(realFile))
        return refused(`is a symlink that resolves outside the artifacts folder (to ${realFile})`);
    // The check above is of a path: a folder on the way can be swapped for a symlink out of the root
    // before the open. So the file actually opened is checked too, and read from the same descriptor.
    const opened = await openRegularFile(realFile, false);
    if (opened.state !== 'open')
        return opened.state === 'missing' ? opened : refused(opened.reason);
    let read;
    try {
        const openedAt = await realPathOfOpenFile(opened.handle, realFile);
        if (openedAt === undefined)
            return refused('changed while it was read: the file opened is no longer at its path inside the artifacts folder');
        if (!inside(openedAt))
            return refused(`changed while it was read: a folder on its path was swapped for a symlink, and the file opened is outside the artifacts folder (${openedAt})`);
        read = await readOpenFile(opened.handle, opened.stats, limit, 'evidence');
    }
    finally {
        await opened.handle.close();
    }
    if (read.state !== 'read')
        return read.state === 'missing' ? read : refused(read.reason);
    try {
        // ignoreBOM keeps a byte-order mark in the text, where JSON.parse refuses it, as it always has.
        return { state: 'read', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(read.bytes) };
    }
    catch {
        return refused('is not valid UTF-8 text');
    }
}
/**
 * Where the file open at handle (opened by the path `path`) really is, every symlink resolved, or
 * undefined when that cannot be told. On Linux the kernel says it: /proc/self/fd/<fd> is a link to
 * the path the descriptor was opened at, with no symlink in it (it is read, not resolved again,
 * since resolving it would walk the folders as they are now). Elsewhere (no /proc): the real path
 * of `path` now, only if it still leads to the very file opened (same device and inode); that leaves
 * a narrower race, a swap after the open and before the realpath, which the /proc answer does not.
 */
async function realPathOfOpenFile(handle, path, descriptorFolder = '/proc/self/fd') {
    try {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(`${descriptorFolder}/${handle.fd}`);
        // Anything else ('pipe:[…]', 'anon_inode:…') is no file in a folder.
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(target) ? target : undefined;
    }
    catch {
        // No /proc, or not readable here (Node's permission model refuses it): the path's real path.
    }
    try {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
        const [now, opened] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real), handle.stat()]);
        return now.dev === opened.dev && now.ino === opened.ino ? real : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Opens a path that must be a regular file without ever blocking: O_NONBLOCK makes opening a FIFO
 * return at once (a FIFO then fails the fstat check). Without followSymlinks, O_NOFOLLOW refuses a
 * final symlink: the evidence reader passes the real path it has checked, so a link swapped in
 * after that check is refused rather than followed out of the folder. Reads at most limit + 1
 * bytes. `what` names the file's role in the size message.
 */
async function readRegularFile(path, limit, what, followSymlinks = false) {
    const opened = await openRegularFile(path, followSymlinks);
    if (opened.state !== 'open')
        return opened;
    try {
        return await readOpenFile(opened.handle, opened.stats, limit, what);
    }
    finally {
        await opened.handle.close();
    }
}
/**
 * Opens path without blocking (see readRegularFile) and keeps it open only if it is a regular file;
 * the caller reads from the handle (never the path again) and closes it.
 */
async function openRegularFile(path, followSymlinks) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY | (followSymlinks ? 0 : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW));
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        // Swapped for a symlink between realpath and open.
        if (errnoOf(error) === 'ELOOP')
            return { state: 'refused', reason: 'is a symbolic link that changed while it was read' };
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
    try {
        const stats = await handle.stat();
        if (stats.isFile())
            return { state: 'open', handle, stats };
        await handle.close();
        return { state: 'refused', reason: `is ${describeFileType(stats)}, not a regular file` };
    }
    catch (error) {
        await handle.close();
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
}
/** Reads an open regular file whose fstat gave stats, refusing it past limit bytes. */
async function readOpenFile(handle, stats, limit, what) {
    try {
        if (stats.size > limit)
            return { state: 'refused', reason: tooBig(stats.size, limit, what) };
        // Read on to the end, not to the size fstat saw: a file that grows meanwhile is still measured.
        const chunks = [];
        let total = 0;
        let chunk = Buffer.alloc(stats.size + 1);
        let filled = 0;
        for (;;) {
            const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, total);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
            total += bytesRead;
            if (total > limit)
                return { state: 'refused', reason: tooBig(total, limit, what) };
            if (filled === chunk.length) {
                chunks.push(chunk);
                chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
                filled = 0;
            }
        }
        chunks.push(chunk.subarray(0, filled));
        return { state: 'read', bytes: Buffer.concat(chunks, total) };
    }
    catch (error) {
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
}
function tooBig(size, limit, what) {
    return `is ${size} bytes, more than the ${limit}-byte limit for ${what}`;
}
function notAFolder(root, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${root}: the artifacts folder is not a folder (${why}); give --artifacts-dir (the artifacts-dir input) the path of a folder`);
}
/** The first folder on the way from the root to the file that is not a folder, relative to the root. */
async function blockingAncestor(root, path) {
    const ancestors = [];
    for (let folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path); (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder) !== '' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder).startsWith('..'); folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder))
        ancestors.unshift(folder);
    for (const folder of ancestors) {
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(folder).catch(() => undefined);
        if (stats && !stats.isDirectory())
            return `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder)} (${describeFileType(stats)})`;
    }
    return 'a part of its path';
}
/**
 * A text file the user names (a roster, a template, a probe report, buildx metadata), read the way
 * evidence is: a FIFO or a device is refused instead of waited on, and nothing past the limit is
 * read. Throws an Error whose message says why, for the caller to put in its own words.
 */
async function readUserTextFile(path, what, limit = EVIDENCE_SIZE_LIMIT) {
    const read = await readRegularFile(path, limit, what, true);
    if (read.state === 'missing')
        throw new Error('file not found');
    if (read.state === 'refused')
        throw new Error(read.reason);
    return read.bytes.toString('utf8');
}


/***/ }),

/***/ 1670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isValidAddress),
/* harmony export */   Ow: () => (/* binding */ domainOf),
/* harmony export */   c3: () => (/* binding */ requireAddress),
/* harmony export */   hE: () => (/* binding */ distinctRecipients),
/* harmony export */   tM: () => (/* binding */ assertAllowedFrom)
/* harmony export */ });
/* unused harmony export parseAddressList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
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
/**
 * Each address once, with case aside on the whole address (as the event key and the roster compare
 * them), in its first spelling: an address in `to` and `cc` is sent once, in `to` (to, then cc,
 * then bcc). The event key and the headers are made from this, so the same people listed
 * differently are one event and one message.
 */
function distinctRecipients(recipients) {
    const seen = new Set();
    const once = (list) => list.filter((address) => {
        const key = address.trim().toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return { to: once(recipients.to), cc: once(recipients.cc), bcc: once(recipients.bcc) };
}


/***/ })

};
