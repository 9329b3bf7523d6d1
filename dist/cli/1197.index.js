export const id = 1197;
export const ids = [1197];
export const modules = {

/***/ 21197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   smokeCommand: () => (/* binding */ smokeCommand)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(92857);
/* harmony import */ var _config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33210);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7982);
/* harmony import */ var _mail_addresses_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41670);
/* harmony import */ var _mail_mail_defaults_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(97030);
/* harmony import */ var _mail_paths_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(80758);
/* harmony import */ var _mail_transport_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15871);
/* harmony import */ var _actions_smtp_inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(98862);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(77582);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(38660);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1973);
// `shipgate mail smoke --to ADDRESS`: one short test message through the configured relay, to check
// the SMTP settings before a live send. No SHA, no evidence and no git checkout are needed; nothing
// is recorded in the ledger (a smoke test is not an event), and --dry-run true writes an .eml instead.
















const USAGE = `Usage: shipgate mail smoke --to ADDRESS [--from ADDRESS] [--smtp-host H] [--smtp-port P]
       [--smtp-security starttls|tls|none] [--smtp-username U] [--smtp-password P] [--smtp-ca FILE]
       [--smtp-timeout SECONDS] [--dry-run true] [--outbox DIR] [--config FILE]

Sends one short test message to ADDRESS through the SMTP relay, to check the settings before a live
send. Needs no commit SHA and no git checkout; nothing is recorded in the ledger, so every run sends.
Defaults come from shipgate.yml's mail section (from, smtp.host, smtp.port, smtp.security). The
password may also come from SHIPGATE_SMTP_PASSWORD, to keep it out of the shell history.
--dry-run true writes the message as an .eml file to --outbox (default ${_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_ARTIFACTS_DIR */ .qx}/${_mail_paths_js__WEBPACK_IMPORTED_MODULE_13__/* .NOTIFICATIONS_FOLDER */ .q}/outbox).

Exit status: 0 the relay accepted the message (or the .eml was written), 1 it did not, 2 a usage or
configuration error.`;
const FLAGS = ['to', 'from', 'smtp-host', 'smtp-port', 'smtp-security', 'smtp-username', 'smtp-password', 'smtp-ca', 'smtp-timeout', 'dry-run', 'outbox', 'config'];
const smokeSettings = zod__WEBPACK_IMPORTED_MODULE_14__/* .object */ .Ikc({
    to: zod__WEBPACK_IMPORTED_MODULE_14__/* .string */ .YjP({ message: 'the address to send the test message to is required' }),
    from: _platform_action_js__WEBPACK_IMPORTED_MODULE_10__/* .inputs */ .QL.text(),
    ..._actions_smtp_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .smtpSettings */ .W,
    'dry-run': _platform_action_js__WEBPACK_IMPORTED_MODULE_10__/* .inputs */ .QL.boolean(false),
    outbox: _platform_action_js__WEBPACK_IMPORTED_MODULE_10__/* .inputs */ .QL.text(),
    config: _platform_action_js__WEBPACK_IMPORTED_MODULE_10__/* .inputs */ .QL.text(),
});
async function smokeCommand(args, io) {
    let values;
    try {
        ;
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({ args, strict: true, allowPositionals: false, options: { ...Object.fromEntries(FLAGS.map((flag) => [flag, { type: 'string' }])), help: { type: 'boolean', short: 'h' } } }));
    }
    catch (error) {
        io.err(`shipgate mail smoke: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}\n\n${USAGE}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.usage;
    }
    if (values.help) {
        io.out(USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.ok;
    }
    const raw = Object.fromEntries(FLAGS.map((flag) => [flag, typeof values[flag] === 'string' && values[flag] !== '' ? values[flag] : undefined]));
    raw['smtp-password'] ??= io.env.SHIPGATE_SMTP_PASSWORD || undefined;
    const masker = new _platform_logger_js__WEBPACK_IMPORTED_MODULE_11__/* .SecretMasker */ .M2();
    // Masked before anything can echo it: the relay's reply to a failed AUTH may carry what was sent.
    if (raw['smtp-password'])
        for (const form of (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_11__/* .smtpCredentialForms */ .p$)(raw['smtp-username'], raw['smtp-password']))
            masker.add(form);
    const parsed = smokeSettings.safeParse(raw);
    if (!parsed.success) {
        io.err(`shipgate mail smoke: ${parsed.error.issues.map((issue) => `--${String(issue.path[0])}: ${issue.message}`).join('; ')}\n\n${USAGE}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.usage;
    }
    const settings = parsed.data;
    const { config } = await (0,_config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_4__.loadConfig)(settings.config === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, settings.config));
    const mail = (0,_mail_mail_defaults_js__WEBPACK_IMPORTED_MODULE_15__/* .withMailConfig */ .y)({ to: [], ops: [], from: settings.from, allowedFrom: [], smtpHost: settings['smtp-host'], smtpPort: settings['smtp-port'], smtpSecurity: settings['smtp-security'] }, config.mail, { rosterSend: false });
    const to = (0,_mail_addresses_js__WEBPACK_IMPORTED_MODULE_7__/* .requireAddress */ .c3)(settings.to, '--to');
    if (!mail.from)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('--from: the sender address is required (or mail.from in shipgate.yml)');
    const from = (0,_mail_addresses_js__WEBPACK_IMPORTED_MODULE_7__/* .requireAddress */ .c3)(mail.from, '--from');
    const sentAt = new Date();
    const message = {
        event: `smoke-${sentAt.toISOString().replace(/[:.]/g, '-').toLowerCase()}`,
        from,
        to: [to],
        cc: [],
        bcc: [],
        subject: 'shipgate SMTP smoke test',
        text: `This is a test message from shipgate mail smoke, sent ${sentAt.toISOString()} from ${(0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)()}.\nIf you can read it, the relay accepts mail from ${from}. Nothing needs doing.\n`,
        messageId: `<smoke.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}@${(0,_mail_addresses_js__WEBPACK_IMPORTED_MODULE_7__/* .domainOf */ .Ow)(from)}>`,
    };
    if (settings['dry-run']) {
        const outbox = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, settings.outbox ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_ARTIFACTS_DIR */ .qx, _mail_paths_js__WEBPACK_IMPORTED_MODULE_13__/* .NOTIFICATIONS_FOLDER */ .q, 'outbox'));
        const transport = await (0,_mail_transport_js__WEBPACK_IMPORTED_MODULE_8__/* .createOutboxTransport */ .Hz)(outbox);
        try {
            const receipt = await transport.send(message);
            io.out(`dry run: the test message to ${to} is written to ${receipt.emlPath}; nothing was sent`);
            return _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.ok;
        }
        finally {
            transport.close();
        }
    }
    if (!mail.smtpHost)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('--smtp-host: the SMTP relay is required to send (or mail.smtp.host in shipgate.yml); --dry-run true writes an .eml instead');
    const port = mail.smtpPort ?? _mail_transport_js__WEBPACK_IMPORTED_MODULE_8__/* .defaultPortFor */ .eq[mail.smtpSecurity];
    const transport = await (0,_mail_transport_js__WEBPACK_IMPORTED_MODULE_8__/* .createSmtpTransport */ .c8)({
        host: mail.smtpHost,
        port,
        security: mail.smtpSecurity,
        username: settings['smtp-username'],
        password: settings['smtp-password'],
        timeoutMs: settings['smtp-timeout'] * 1000,
        caFile: settings['smtp-ca'] === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, settings['smtp-ca']),
        pool: false,
    });
    try {
        const receipt = await transport.send(message);
        io.out(masker.mask(`sent: ${mail.smtpHost}:${port} (${mail.smtpSecurity}) accepted ${message.messageId} for ${receipt.accepted.join(', ') || to}: ${receipt.response}`));
        return receipt.accepted.length > 0 ? _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.ok : _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.no;
    }
    catch (error) {
        // The relay's own reply is what to take to its admin.
        io.err(masker.mask(`shipgate mail smoke: not sent via ${mail.smtpHost}:${port} (${mail.smtpSecurity}): ${(0,_mail_transport_js__WEBPACK_IMPORTED_MODULE_8__/* .describeFailure */ .Ic)(error)}`));
        return _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.no;
    }
    finally {
        transport.close();
    }
}


/***/ }),

/***/ 33210:
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
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./build/stages/checks/json-pointer.js
var json_pointer = __webpack_require__(6558);
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
                (0,json_pointer/* parsePointer */.v)(pointer);
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

// EXTERNAL MODULE: ./build/mail/addresses.js
var addresses = __webpack_require__(41670);
// EXTERNAL MODULE: ./build/mail/period.js
var period = __webpack_require__(14181);
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

// EXTERNAL MODULE: ./build/config/yaml-file.js
var yaml_file = __webpack_require__(11919);
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
    mail: mailConfig.default({ owners: [], ops: [], allowedFrom: [], smtp: {} }),
})
    .strict();
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

/***/ 11919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kv: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* unused harmony exports CONFIG_SIZE_LIMIT, parseYaml */
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _evidence_encodable_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21130);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35562);




/** A config file is read as text up to this size; anything bigger is not a config. */
const CONFIG_SIZE_LIMIT = 16 * 1024 * 1024;
async function readYamlFile(path, schema, what) {
    // Never blocks: a FIFO or a device in place of the file is refused, not waited on.
    const read = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(path, CONFIG_SIZE_LIMIT, `a ${what}`, true);
    if (read.state !== 'read') {
        const reason = read.state === 'missing' ? 'file not found' : read.reason;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: ${reason}; check the ${what} path`, { file: path });
    }
    return parseYaml(read.bytes.toString('utf8'), path, schema, what);
}
async function parseYaml(text, path, schema, what) {
    const { LineCounter, parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const line = first.linePos?.[0]?.line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}${line ? `:${line}` : ''}: not valid YAML: ${first.message.split('\n')[0]}`, { file: path, line });
    }
    let json;
    try {
        json = document.toJS();
    }
    catch (error) {
        // The yaml package refuses an alias bomb ("billion laughs") here, with a ReferenceError.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { file: path });
    }
    // Refused here, with the field named, rather than where a contract made from it is digested.
    const unencodable = (0,_evidence_encodable_json_js__WEBPACK_IMPORTED_MODULE_2__/* .unencodableJsonProblems */ .z)(json);
    if (unencodable.length > 0) {
        const messages = unencodable.map((problem) => `${problem.field}: ${problem.message}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: invalid ${what}: ${messages.join('; ')}`, { file: path });
    }
    const parsed = schema.safeParse(json ?? {});
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    // A misspelt key is found on its own line, not on the first line of the map that holds it.
    const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const node = document.getIn(where, true);
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const messages = parsed.error.issues.map((each) => `${(0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(each.path)}: ${each.message}`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}${line ? `:${line}` : ''}: invalid ${what}: ${messages.join('; ')}`, { file: path, line });
}


/***/ }),

/***/ 15871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ sendWithRetries),
/* harmony export */   Hz: () => (/* binding */ createOutboxTransport),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Jc: () => (/* binding */ isAuthenticationFailure),
/* harmony export */   c8: () => (/* binding */ createSmtpTransport),
/* harmony export */   dJ: () => (/* binding */ SendFailure),
/* harmony export */   eq: () => (/* binding */ defaultPortFor),
/* harmony export */   vc: () => (/* binding */ UnconfirmedDelivery)
/* harmony export */ });
/* unused harmony export isTransientFailure */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7982);
// How a message leaves: SMTP through nodemailer (loaded only when a message is really sent), or the
// dry-run outbox that writes each message as an .eml file. Both behind one MailTransport port,
// with the retry policy for transient SMTP failures (4xx replies; dropped connections and timeouts
// before the whole message was handed over, never after: the relay may already have queued it).




const defaultPortFor = { starttls: 587, tls: 465, none: 25 };
function nodemailerMessage(mail) {
    return {
        from: mail.from,
        replyTo: mail.replyTo,
        to: mail.to,
        cc: mail.cc,
        bcc: mail.bcc,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { 'X-Shipgate-Event': mail.event },
    };
}
// nodemailer costs start-up time: load it only on the path that sends or writes a message.
async function loadNodemailer() {
    return await __webpack_require__.e(/* import() */ 6739).then(__webpack_require__.bind(__webpack_require__, 16739));
}
/**
 * The whole message went to the server, and then the connection dropped or the answer never came
 * (nodemailer reports both with command 'CONN', as it does before the envelope, so the client tracks
 * the body itself). The relay may have queued the message: it is not sent again.
 */
class UnconfirmedDelivery extends Error {
    failure;
    constructor(failure) {
        super(`${describeFailure(failure)} after the whole message was handed to the server; it may have been delivered`);
        this.failure = failure;
        this.name = 'UnconfirmedDelivery';
    }
}
async function createSmtpTransport(settings) {
    const { createTransport } = await loadNodemailer();
    const ca = settings.caFile ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(settings.caFile, 'utf8').catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input 'smtp-ca': cannot read ${settings.caFile} (${error.message})`, { file: settings.caFile });
    }) : undefined;
    const options = {
        host: settings.host,
        port: settings.port,
        secure: settings.security === 'tls',
        requireTLS: settings.security === 'starttls',
        ignoreTLS: settings.security === 'none',
        tls: ca ? { ca: [ca] } : undefined,
        auth: settings.username ? { user: settings.username, pass: settings.password ?? '' } : undefined,
        connectionTimeout: settings.timeoutMs,
        greetingTimeout: settings.timeoutMs,
        socketTimeout: settings.timeoutMs,
        logger: false,
        debug: false,
        disableFileAccess: true,
        disableUrlAccess: true,
    };
    const transporter = settings.pool
        ? createTransport({ ...options, pool: true, maxConnections: settings.maxConnections ?? 5, maxMessages: Infinity })
        : createTransport(options);
    // Per message in flight (by Message-ID): whether its body was read to the end, i.e. handed to the
    // connection with the end-of-data mark right behind it, and who to tell when the connection takes
    // it. The body stream is only piped after the server's 354, so an error before that point is known
    // to have left nothing at the server.
    const inFlight = new Map();
    transporter.use('stream', (message, done) => {
        const messageId = message.data.messageId;
        const flight = typeof messageId === 'string' ? inFlight.get(messageId) : undefined;
        if (flight) {
            message.message.processFunc((body) => {
                // pipe() resumes the body: the connection takes the message, before its first byte goes out.
                body.once('resume', () => {
                    try {
                        flight.onHandover?.();
                    }
                    catch (error) {
                        body.destroy(error);
                    }
                });
                body.once('end', () => (flight.bodySent = true));
                return body;
            });
        }
        done();
    });
    return {
        async send(mail, onHandover) {
            const flight = { bodySent: false, onHandover };
            inFlight.set(mail.messageId, flight);
            try {
                const info = await transporter.sendMail(nodemailerMessage(mail));
                return {
                    messageId: info.messageId,
                    accepted: info.accepted.map(String),
                    rejected: info.rejected.map(String),
                    response: info.response,
                };
            }
            catch (error) {
                // A reply (4xx, 5xx) after the body is the server's answer; silence or a drop is not.
                if (flight.bodySent && typeof error.responseCode !== 'number')
                    throw new UnconfirmedDelivery(error);
                throw error;
            }
            finally {
                inFlight.delete(mail.messageId);
            }
        },
        close: () => transporter.close(),
    };
}
/** Dry run: the exact message, written to `<outbox>/<event>.eml` instead of being sent. */
async function createOutboxTransport(outbox) {
    const { createTransport } = await loadNodemailer();
    const transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix', disableFileAccess: true, disableUrlAccess: true });
    return {
        async send(mail) {
            const info = await transporter.sendMail(nodemailerMessage(mail));
            const emlPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outbox, `${mail.event}.eml`);
            await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(emlPath, info.message);
            return { messageId: info.messageId, accepted: [...mail.to, ...mail.cc, ...mail.bcc], rejected: [], response: `dry run: written to ${emlPath}`, emlPath };
        },
        close: () => transporter.close(),
    };
}
/**
 * SMTP failures worth another attempt: a 4xx reply, or a dropped or timed-out connection before the
 * message body was handed over. After the body only a reply counts: see UnconfirmedDelivery.
 */
/** Node's words for a TLS certificate it refuses (expired, self-signed, unknown issuer, wrong name). */
const CERTIFICATE_FAILURE = /certificate|self[- ]signed|unable to verify|Hostname\/IP does not match/i;
function isTransientFailure(error) {
    if (error instanceof UnconfirmedDelivery)
        return false;
    const failure = error;
    if (failure.code === 'EAUTH' || failure.code === 'ENOAUTH' || failure.code === 'ETLS' || failure.code === 'ECONFIG')
        return false;
    if (typeof failure.responseCode === 'number')
        return failure.responseCode >= 400 && failure.responseCode < 500;
    // nodemailer reports a refused TLS certificate as ESOCKET too; the next attempt meets the same certificate.
    if (failure.code === 'ESOCKET' && CERTIFICATE_FAILURE.test(failure.message ?? ''))
        return false;
    return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS'].includes(failure.code ?? '');
}
/** Authentication failures end a roster send: every further message would fail the same way. */
function isAuthenticationFailure(error) {
    const code = error.code;
    return code === 'EAUTH' || code === 'ENOAUTH';
}
/**
 * The failure as the send log, the record and the user see it: the server's own reply when it gave
 * one (`550 5.1.1 <bob@…>: Recipient address rejected` is what an operator takes to the relay's
 * admin), else nodemailer's code, then its message (a refused connection, a timeout, a certificate).
 */
function describeFailure(error) {
    const failure = error;
    const reply = typeof failure.response === 'string' ? failure.response.trim() : '';
    if (reply !== '')
        return reply;
    const message = failure.message ?? String(error);
    return failure.code && !message.startsWith(failure.code) ? `${failure.code}: ${message}` : message;
}
class SendFailure extends Error {
    failure;
    attempts;
    constructor(failure, attempts) {
        super(describeFailure(failure));
        this.failure = failure;
        this.attempts = attempts;
    }
    get response() {
        return this.failure.response ?? null;
    }
    get rejected() {
        return this.failure.rejected ?? [];
    }
}
/** Sends, retrying transient failures with exponential backoff while the deadline allows. */
async function sendWithRetries(transport, mail, policy, clock, onRetry = () => { }, onHandover) {
    let delay = policy.firstDelayMs;
    for (let attempt = 1;; attempt++) {
        try {
            return { receipt: await transport.send(mail, onHandover), attempts: attempt };
        }
        catch (error) {
            if (!isTransientFailure(error) || clock.now().getTime() + delay > policy.deadline)
                throw new SendFailure(error, attempt);
            onRetry(attempt, error, delay);
            await clock.sleep(delay);
            delay = Math.min(delay * 2, policy.maxDelayMs);
        }
    }
}


/***/ }),

/***/ 6558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ resolvePointer),
/* harmony export */   v: () => (/* binding */ parsePointer)
/* harmony export */ });
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


/***/ })

};
