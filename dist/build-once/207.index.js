export const id = 207;
export const ids = [207];
export const modules = {

/***/ 9207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_PATH, buildConfig, shipgateConfig

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

;// CONCATENATED MODULE: ./build/mail/addresses.js
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
        throw new ConfigurationError(`${where}: '${address}' is not a mail address (expected name@example.com)`);
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
        throw new ConfigurationError(`input 'allowed-from': not given; list the sender addresses (or @domain) that may send, e.g. allowed-from: ${from} (or mail.allowedFrom in shipgate.yml)`);
    }
    const address = from.toLowerCase();
    const allowed = allowedFrom.some((entry) => {
        const rule = entry.trim().toLowerCase();
        return rule.startsWith('@') ? domainOf(address) === rule.slice(1) : rule === address;
    });
    if (!allowed) {
        throw new ConfigurationError(`input 'from': '${from}' is not in allowed-from (${allowedFrom.join(', ')}); use an allowed sender or add it to allowed-from`);
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

;// CONCATENATED MODULE: ./build/mail/period.js
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

;// CONCATENATED MODULE: ./build/config/mail-config.js
// shipgate.yml `mail`: who gets the pipeline's mail and who sends it, so that workflows need not
// repeat it; send-mail's inputs override each key. No secrets here: passwords stay inputs.



const address = schemas/* string */.YjP().refine(isValidAddress, 'must be a mail address such as name@example.com (no display name)');
const senderRule = schemas/* string */.YjP()
    .refine((rule) => (rule.startsWith('@') ? isValidAddress(`x${rule}`) : isValidAddress(rule)), 'must be a mail address or @domain, e.g. @example.com');
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
    period: schemas/* enum */.k5n(PERIODS).optional().describe("A roster send's period (daily or weekly), when the 'period' input is empty; default daily."),
    timeZone: schemas/* string */.YjP()
        .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin or UTC')
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


/***/ })

};
