export const id = 20;
export const ids = [20];
export const modules = {

/***/ 7020:
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
// EXTERNAL MODULE: ./build/config/acceptance-config.js
var acceptance_config = __webpack_require__(979);
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
    acceptance: acceptance_config/* acceptanceConfig */.e4
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

// EXTERNAL MODULE: ./build/contracts/index.js + 4 modules
var contracts = __webpack_require__(4448);
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
    acceptance: acceptance_config/* acceptanceConfig */.e4.default({ concurrency: 4, checks: [] }),
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
    return { config: await readYamlFile(configPath, shipgateConfig, 'shipgate config'), path: configPath, found: true };
}


/***/ })

};
