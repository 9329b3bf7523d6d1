export const id = 411;
export const ids = [411,472];
export const modules = {

/***/ 1472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DropboxApi: () => (/* binding */ DropboxApi),
/* harmony export */   JR: () => (/* binding */ hintFor),
/* harmony export */   Xo: () => (/* binding */ DropboxApiError),
/* harmony export */   d4: () => (/* binding */ readDropboxError)
/* harmony export */ });
/* unused harmony exports DEFAULT_DROPBOX_API_URL, errorTag, redirectingFetch */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(152);
/* harmony import */ var _node_fetch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(963);



const DEFAULT_DROPBOX_API_URL = 'https://api.dropboxapi.com';
/** An API error after the retry rules gave up: the route, the status, the error union read as documented. */
class DropboxApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    route;
    status;
    tag;
    body;
    correctOffset;
    name = 'DropboxApiError';
    constructor(message, route, status, tag, body, 
    /** incorrect_offset's `correct_offset`: how many bytes the session holds. */
    correctOffset) {
        super(message);
        this.route = route;
        this.status = status;
        this.tag = tag;
        this.body = body;
        this.correctOffset = correctOffset;
    }
}
function isSdkError(error) {
    return typeof error === 'object' && error !== null && typeof error.status === 'number' && 'error' in error;
}
function isUnion(value) {
    return typeof value === 'object' && value !== null && typeof value['.tag'] === 'string';
}
/**
 * Reads `{error_summary, error}` as Dropbox serialises its unions: a member whose type is a union
 * nests it under the member's name (`{".tag":"lookup_failed","lookup_failed":{".tag":"closed"}}`);
 * a member whose type is a struct puts the struct's fields beside the tag, so UploadWriteFailed's
 * WriteError is in `reason` (`{".tag":"path","reason":{".tag":"conflict",...},"upload_session_id":..}`)
 * and UploadSessionOffsetError's `correct_offset` sits next to `incorrect_offset`. RateLimitError
 * (429) is a struct around its `reason` union. OAuth errors are `{"error":"invalid_grant"}`.
 */
function readDropboxError(body) {
    if (typeof body !== 'object' || body === null)
        return {};
    const error = body.error;
    if (typeof error === 'string')
        return { tag: error };
    let union = isUnion(error) ? error : error?.reason;
    const tags = [];
    let correctOffset;
    while (isUnion(union) && tags.length < 8) {
        const tag = union['.tag'];
        tags.push(tag);
        if (typeof union.correct_offset === 'number')
            correctOffset = union.correct_offset;
        const value = union[tag];
        union = isUnion(value) ? value : isUnion(union.reason) ? union.reason : undefined;
    }
    return { tag: tags.length > 0 ? tags.join('/') : undefined, correctOffset };
}
/** `path/conflict/file` from a Dropbox error body (see readDropboxError). */
function errorTag(body) {
    return readDropboxError(body).tag;
}
const HINTS = [
    [/^expired_access_token/, 'the access token expired: give dropbox-refresh-token with dropbox-app-key and dropbox-app-secret so that shipgate can refresh it'],
    [/^invalid_access_token/, 'the access token is invalid or revoked: generate a new one for the app, or use a refresh token'],
    [/^invalid_grant/, 'the refresh token was revoked or belongs to another app: check dropbox-app-key and create a new refresh token'],
    [/^invalid_client/, 'dropbox-app-key or dropbox-app-secret is wrong: copy them from the app console'],
    [/^missing_scope/, 'the app lacks a permission: enable files.content.write, files.content.read, files.metadata.read and sharing.write, then create a new token'],
    [/not_found/, 'the path does not exist: check destination, project and api-root-folder'],
    [/conflict/, 'something else is at that path: check that the delivery folders are not files (or the other way round)'],
    [/insufficient_space/, 'the Dropbox account is full'],
    [/no_write_permission/, "the token's account cannot write there: check the folder's sharing permissions"],
    [/malformed_path|disallowed_name/, 'Dropbox refuses that name: rename the file'],
    [/email_not_verified/, "verify the Dropbox account's email address before shared links can be made"],
    [/access_denied|shared_link_access_denied|settings_error/, 'the account may not create shared links there: check team sharing policies'],
    [/too_many_write_operations|too_many_requests/, 'Dropbox throttled the requests for longer than the deadline allowed: retry later or raise timeout'],
];
function hintFor(tag) {
    if (!tag)
        return 'check the request and the Dropbox status page';
    return HINTS.find(([pattern]) => pattern.test(tag))?.[1] ?? 'see the Dropbox API documentation for this error';
}
function describeBody(body) {
    if (typeof body === 'string')
        return body.slice(0, 300);
    const summary = body?.error_summary;
    return typeof summary === 'string' ? summary : JSON.stringify(body)?.slice(0, 300) ?? '';
}
// Checked by shape, not instanceof: fetch's errors may come from another realm (vm contexts).
function isNetworkError(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const { name, message, code, cause } = error;
    if (name === 'AbortError' || name === 'TimeoutError')
        return false;
    if (name === 'TypeError' && message === 'fetch failed')
        return true;
    return ['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'UND_ERR_SOCKET', 'ETIMEDOUT'].includes(cause?.code ?? code ?? '');
}
/** Builds a fetch that sends every SDK request to `apiUrl`, keeping the host it meant in a header. */
function redirectingFetch(apiUrl) {
    const base = new URL(apiUrl);
    const prefix = base.pathname.replace(/\/$/, '');
    return (input, init) => {
        const original = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
        const target = new URL(`${prefix}${original.pathname}${original.search}`, base);
        return (0,_node_fetch_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeHttpFetch */ .Xq)(target, { ...init, headers: { ...(0,_node_fetch_js__WEBPACK_IMPORTED_MODULE_2__/* .headerRecord */ .jP)(init?.headers), 'x-dropbox-host': original.host } });
    };
}
class DropboxApi {
    options;
    sdk;
    accessToken;
    refreshed = false;
    backoffMs;
    maxBackoffMs;
    maxAttempts;
    constructor(options) {
        this.options = options;
        this.backoffMs = options.backoffMs ?? 500;
        this.maxBackoffMs = options.maxBackoffMs ?? 16_000;
        this.maxAttempts = options.maxAttempts ?? 8;
        if (options.auth.mode === 'access-token')
            this.accessToken = options.auth.accessToken;
    }
    get deadline() {
        return this.options.deadline;
    }
    /** Calls one route with the retry rules; a 409 comes back as a DropboxApiError with its tag. */
    async call(route, request) {
        const sdk = await this.client();
        for (let attempt = 1;; attempt++) {
            const remaining = this.options.deadline - this.options.clock.now().getTime();
            if (remaining <= 0)
                throw this.deadlineError(route);
            try {
                // Under a deadline past what a timer holds (a large timeout input), a request has that long.
                return (await request(sdk, { signal: AbortSignal.timeout(Math.min(remaining, _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .LONGEST_TIMER_MS */ .M)) })).result;
            }
            catch (error) {
                const wait = await this.retryDelay(route, error, attempt);
                if (wait === undefined)
                    throw this.toError(route, error);
                if (wait > 0) {
                    if (this.options.clock.now().getTime() + wait > this.options.deadline)
                        throw this.deadlineError(route, error);
                    await this.options.clock.sleep(wait);
                }
            }
        }
    }
    /** Milliseconds to wait before retrying, 0 to retry at once, undefined to give up. */
    async retryDelay(route, error, attempt) {
        if (isSdkError(error)) {
            const tag = errorTag(error.error);
            if (error.status === 401 && tag?.startsWith('expired_access_token')) {
                const refresh = this.options.auth.refresh;
                if (!refresh || this.refreshed)
                    return undefined;
                this.options.logger.info(`dropbox: the access token expired during ${route}; refreshing it once`);
                this.refreshed = true;
                await this.refreshAccessToken(refresh);
                return 0;
            }
            if (error.status === 429) {
                const seconds = Number(error.headers?.get('retry-after'));
                const wait = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : this.backoff(attempt);
                this.options.logger.info(`dropbox: ${route} was throttled (${tag ?? 'too_many_requests'}); retrying after ${wait / 1000} s as Retry-After asks`);
                return wait;
            }
            // WriteError and UploadSessionFinishError say too_many_write_operations as a 409: "retry".
            if (error.status === 409 && tag?.endsWith('too_many_write_operations') && attempt < this.maxAttempts) {
                this.options.logger.info(`dropbox: ${route} met lock contention (${tag}); retrying (attempt ${attempt + 1} of ${this.maxAttempts})`);
                return this.backoff(attempt);
            }
            if (error.status >= 500 && attempt < this.maxAttempts) {
                this.options.logger.info(`dropbox: ${route} answered ${error.status}; retrying (attempt ${attempt + 1} of ${this.maxAttempts})`);
                return this.backoff(attempt);
            }
            return undefined;
        }
        if (isNetworkError(error) && attempt < this.maxAttempts) {
            this.options.logger.info(`dropbox: the connection dropped during ${route}; retrying (attempt ${attempt + 1} of ${this.maxAttempts})`);
            return this.backoff(attempt);
        }
        return undefined;
    }
    backoff(attempt) {
        return Math.min(this.backoffMs * 2 ** (attempt - 1), this.maxBackoffMs);
    }
    deadlineError(route, cause) {
        const status = isSdkError(cause) ? cause.status : undefined;
        const tag = isSdkError(cause) ? errorTag(cause.error) : undefined;
        return new DropboxApiError(`dropbox: ${route}: gave up at the deadline${tag ? ` (last error ${status} ${tag})` : ''}; ${tag ? hintFor(tag) : 'raise timeout or check the connection to Dropbox'}`, route, status, tag, undefined);
    }
    toError(route, error) {
        if (error instanceof DropboxApiError || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
            return error;
        if (isSdkError(error)) {
            const { tag, correctOffset } = readDropboxError(error.error);
            const what = error.status === 400 ? `400 bad request: ${describeBody(error.error)}` : `${error.status} ${tag ?? describeBody(error.error)}`;
            const expiredAgain = error.status === 401 && tag?.startsWith('expired_access_token') && this.refreshed;
            const hint = expiredAgain ? 'the token expired again right after a refresh: check the app key, secret and the machine clock' : error.status === 400 ? 'this is a bug in the request shipgate sent; please report it' : hintFor(tag);
            return new DropboxApiError(`dropbox: ${route}: ${what}; ${hint}`, route, error.status, tag, error.error, correctOffset);
        }
        if (error?.name === 'TimeoutError' || error?.name === 'AbortError')
            return this.deadlineError(route);
        if (isNetworkError(error)) {
            const cause = error.cause?.message;
            return new DropboxApiError(`dropbox: ${route}: cannot reach Dropbox (${cause ?? error.message}); check the network and dropbox-api-url`, route, undefined, undefined, undefined);
        }
        return error instanceof Error ? error : new Error(String(error));
    }
    async client() {
        if (this.sdk)
            return this.sdk;
        if (this.options.auth.mode === 'refresh-token')
            await this.refreshAccessToken(this.options.auth.refresh);
        const { Dropbox } = await __webpack_require__.e(/* import() */ 907).then(__webpack_require__.t.bind(__webpack_require__, 2288, 19));
        // The token is read at every request, so a refresh takes effect on the next retry.
        const accessToken = () => this.accessToken ?? '';
        const baseFetch = this.options.apiUrl ? redirectingFetch(this.options.apiUrl) : _node_fetch_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeHttpFetch */ .Xq;
        const authorisedFetch = (input, init) => {
            return baseFetch(input, { ...init, headers: { ...(0,_node_fetch_js__WEBPACK_IMPORTED_MODULE_2__/* .headerRecord */ .jP)(init?.headers), authorization: `Bearer ${accessToken()}` } });
        };
        this.sdk = new Dropbox({ accessToken: accessToken(), fetch: authorisedFetch, pathRoot: this.options.pathRoot });
        return this.sdk;
    }
    /** POST /oauth2/token with a form body: the refresh token and secret never go in a URL. */
    async refreshAccessToken(credentials) {
        const url = new URL('/oauth2/token', this.options.apiUrl ?? DEFAULT_DROPBOX_API_URL);
        if (this.options.apiUrl)
            url.pathname = `${new URL(this.options.apiUrl).pathname.replace(/\/$/, '')}/oauth2/token`;
        const body = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: credentials.refreshToken,
            client_id: credentials.appKey,
            client_secret: credentials.appSecret,
        });
        let response;
        for (let attempt = 1;; attempt++) {
            try {
                response = await (0,_node_fetch_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeHttpFetch */ .Xq)(url, {
                    method: 'POST',
                    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Dropbox-Host': 'api.dropboxapi.com' },
                    body,
                    signal: AbortSignal.timeout(Math.min(Math.max(1, this.options.deadline - this.options.clock.now().getTime()), _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .LONGEST_TIMER_MS */ .M)),
                });
                if (response.status < 500 || attempt >= this.maxAttempts)
                    break;
            }
            catch (error) {
                if (!isNetworkError(error) || attempt >= this.maxAttempts)
                    throw this.toError('oauth2/token', error);
            }
            await this.options.clock.sleep(this.backoff(attempt));
        }
        const text = await response.text();
        let json = {};
        try {
            json = JSON.parse(text);
        }
        catch {
            // A plain-text answer is described below.
        }
        if (!response.ok || typeof json.access_token !== 'string') {
            const tag = typeof json.error === 'string' ? json.error : undefined;
            throw new DropboxApiError(`dropbox: refreshing the access token failed: ${response.status} ${tag ?? text.slice(0, 200)}; ${hintFor(tag)}`, 'oauth2/token', response.status, tag, json);
        }
        this.options.logger.secret(json.access_token);
        this.accessToken = json.access_token;
    }
}


/***/ }),

/***/ 2792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DropboxDestination: () => (/* binding */ DropboxDestination)
/* harmony export */ });
/* unused harmony exports DEFAULT_SINGLE_UPLOAD_LIMIT, DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENT_SESSION_MIN, DEFAULT_CHUNKS_IN_FLIGHT */
/* harmony import */ var _content_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1709);
/* harmony import */ var _source_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1454);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1472);
/* harmony import */ var _node_fetch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(963);




const DEFAULT_SINGLE_UPLOAD_LIMIT = 8 * 1024 * 1024;
/** A multiple of 4 MiB, as concurrent sessions require and Dropbox recommends for any session. */
const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
/** Files this large go through a concurrent upload session; smaller ones through a sequential one. */
const DEFAULT_CONCURRENT_SESSION_MIN = 32 * 1024 * 1024;
/** Appends in flight at once in a concurrent session (Dropbox suggests a few; memory stays bounded). */
const DEFAULT_CHUNKS_IN_FLIGHT = 3;
/** One byte range of the file as a request body: read as it is sent, never held whole; a retry reads it again. */
function readRange(file, localPath, offset, length) {
    return length === 0 ? Buffer.alloc(0) : new _node_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .FileRange */ .U$(file.handle, localPath, offset, length, file.blocks);
}
/**
 * Runs a session's sending with the file open, then gives the session the content hash of the
 * bytes its chunks read (the last read of each block, as a retried chunk reads it again).
 */
async function withSource(item, send) {
    const handle = await (0,_source_files_js__WEBPACK_IMPORTED_MODULE_1__/* .openSourceFile */ .Qs)(item.localPath, item.identity);
    let session;
    let sent;
    try {
        const source = { handle, blocks: new _content_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .BlockDigests */ .pp(item.size) };
        session = await send(source);
        sent = source.blocks.digest();
    }
    finally {
        await handle.close();
    }
    // A block never read whole in one piece (a resume at an offset inside a block): hash the file.
    sent ??= (await (0,_content_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .contentHashOfFile */ .Pt)(item.localPath, item.identity)).contentHash;
    return { ...session, item: { ...item, contentHash: ourHash(item, sent) } };
}
/** The hash of what was read; a file hashed before must have given the same. */
function ourHash(item, sent) {
    if (item.contentHash !== undefined && item.contentHash !== sent) {
        throw new Error(`${item.localPath} changed after it was hashed (content_hash ${item.contentHash}, now ${sent}); run again once the file is complete`);
    }
    return sent;
}
function isTag(error, prefix) {
    return error instanceof _api_js__WEBPACK_IMPORTED_MODULE_2__/* .DropboxApiError */ .Xo && (error.tag ?? '').startsWith(prefix);
}
class DropboxDestination {
    api;
    options;
    kind = 'dropbox';
    /** Each chunk's blocks are hashed as they are sent; the other core is the server's while it stores them. */
    uploadHashesOnWorkers = false;
    singleUploadLimit;
    chunkSize;
    concurrentSessionMin;
    chunksInFlight;
    constructor(api, options) {
        this.api = api;
        this.options = options;
        this.singleUploadLimit = options.singleUploadLimit ?? DEFAULT_SINGLE_UPLOAD_LIMIT;
        this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
        this.concurrentSessionMin = options.concurrentSessionMin ?? DEFAULT_CONCURRENT_SESSION_MIN;
        this.chunksInFlight = options.chunksInFlight ?? DEFAULT_CHUNKS_IN_FLIGHT;
        if (this.chunkSize % (4 * 1024 * 1024) !== 0)
            throw new Error('bug: the upload chunk size must be a multiple of 4 MiB');
        if (!(this.chunksInFlight >= 1 && this.chunksInFlight <= 8))
            throw new Error('bug: chunksInFlight must be 1 to 8');
    }
    displayPath(relative) {
        return relative === '' ? this.options.root || '/' : `${this.options.root}/${relative}`;
    }
    describe() {
        return `Dropbox folder ${this.displayPath('')} (auth: ${this.options.authDescription})`;
    }
    async readManifest(relative) {
        try {
            const result = await this.api.call('files/download', (sdk, options) => sdk.filesDownload({ path: this.displayPath(relative) }, options));
            const binary = result.fileBinary;
            return { text: binary.toString('utf8'), revision: result.rev };
        }
        catch (error) {
            if (isTag(error, 'path/not_found'))
                return undefined;
            throw error;
        }
    }
    async writeManifest(relative, text, expectedRevision) {
        const contents = Buffer.from(text, 'utf8');
        const mode = expectedRevision === undefined ? { '.tag': 'add' } : { '.tag': 'update', update: expectedRevision };
        try {
            await this.api.call('files/upload', (sdk, options) => sdk.filesUpload({ path: this.displayPath(relative), mode, autorename: false, mute: true, strict_conflict: true, contents, content_hash: (0,_content_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .contentHashOf */ .pP)(contents) }, options));
            return 'written';
        }
        catch (error) {
            if (isTag(error, 'path/conflict'))
                return 'conflict';
            throw error;
        }
    }
    async listFolder(relative) {
        const path = this.displayPath(relative);
        const entries = [];
        let page;
        try {
            page = await this.api.call('files/list_folder', (sdk, options) => sdk.filesListFolder({ path }, options));
        }
        catch (error) {
            if (isTag(error, 'path/not_found'))
                return undefined;
            throw error;
        }
        for (;;) {
            for (const entry of page.entries) {
                if (entry['.tag'] === 'file')
                    entries.push({ kind: 'file', name: entry.name, size: entry.size, contentHash: entry.content_hash });
                else if (entry['.tag'] === 'folder')
                    entries.push({ kind: 'folder', name: entry.name });
            }
            if (!page.has_more)
                return entries;
            const cursor = page.cursor;
            try {
                page = await this.api.call('files/list_folder/continue', (sdk, options) => sdk.filesListFolderContinue({ cursor }, options));
            }
            catch (error) {
                // The cursor was reset (the folder changed under us): list again from the start.
                if (isTag(error, 'reset'))
                    return this.listFolder(relative);
                throw error;
            }
        }
    }
    async upload(folder, items, progress) {
        const uploaded = [];
        const sessions = [];
        for (const item of items) {
            const path = `${this.displayPath(folder)}/${item.name}`;
            if (item.size <= this.singleUploadLimit)
                uploaded.push(await this.uploadSmall(item, path, progress));
            else if (item.size >= this.concurrentSessionMin)
                sessions.push(await this.uploadConcurrentSession(item, path, progress));
            else
                sessions.push(await this.uploadSession(item, path, progress));
        }
        if (sessions.length === 1)
            uploaded.push(await this.finishOne(sessions[0]));
        else if (sessions.length > 1)
            uploaded.push(...(await this.finishBatch(sessions)));
        return uploaded;
    }
    async deleteFile(relative) {
        try {
            await this.api.call('files/delete_v2', (sdk, options) => sdk.filesDeleteV2({ path: this.displayPath(relative) }, options));
        }
        catch (error) {
            if (!isTag(error, 'path_lookup/not_found'))
                throw error;
        }
    }
    /** files/delete_v2 takes a folder with everything in it. */
    async deleteFolder(relative) {
        await this.deleteFile(relative);
    }
    async shareLink(folder, options) {
        if (options.known !== undefined && !options.refresh)
            return { url: options.known, status: 'reused' };
        const path = this.displayPath(folder);
        if (options.known !== undefined) {
            const existing = await this.existingLink(path);
            if (existing)
                return { url: existing, status: 'reused' };
        }
        try {
            const link = await this.api.call('sharing/create_shared_link_with_settings', (sdk, callOptions) => sdk.sharingCreateSharedLinkWithSettings({ path }, callOptions));
            return { url: link.url, status: options.known === undefined ? 'created' : 'recreated' };
        }
        catch (error) {
            if (!isTag(error, 'shared_link_already_exists'))
                throw error;
            const metadata = error.body?.error?.shared_link_already_exists?.metadata;
            const url = metadata?.url ?? (await this.existingLink(path));
            if (!url)
                throw new _api_js__WEBPACK_IMPORTED_MODULE_2__/* .DropboxApiError */ .Xo(`dropbox: a shared link for ${path} exists but cannot be listed; check the sharing.read scope`, 'sharing/list_shared_links', 409, error.tag, error.body);
            return { url, status: 'reused' };
        }
    }
    async existingLink(path) {
        const listed = await this.api.call('sharing/list_shared_links', (sdk, options) => sdk.sharingListSharedLinks({ path, direct_only: true }, options));
        return listed.links.find((link) => link.path_lower === undefined || link.path_lower === path.toLowerCase())?.url;
    }
    async uploadSmall(item, path, progress) {
        const handle = await (0,_source_files_js__WEBPACK_IMPORTED_MODULE_1__/* .openSourceFile */ .Qs)(item.localPath, item.identity);
        let contents;
        try {
            contents = Buffer.allocUnsafe(item.size);
            const { bytesRead } = await handle.read(contents, 0, item.size, 0);
            if (bytesRead !== item.size)
                throw new Error(`${item.localPath} changed size while it was being delivered; run again`);
        }
        finally {
            await handle.close();
        }
        const sent = { ...item, contentHash: ourHash(item, (0,_content_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .contentHashOf */ .pP)(contents)) };
        const metadata = await this.api.call('files/upload', (sdk, options) => sdk.filesUpload({ path, mode: { '.tag': 'overwrite' }, autorename: false, mute: true, contents, content_hash: sent.contentHash }, options));
        progress.advance(item.size);
        return this.verified(sent, metadata);
    }
    /**
     * Streams one file through a sequential session in chunks. Each chunk is its byte range of the
     * file, read as it is sent, so no chunk is held in memory and a retry or a resume re-reads it.
     */
    async uploadSession(item, path, progress) {
        return withSource(item, (file) => this.sendSequential(item, path, progress, file));
    }
    async sendSequential(item, path, progress, file) {
        const range = (offset, length) => readRange(file, item.localPath, offset, length);
        const start = await this.api.call('files/upload_session/start', (sdk, options) => sdk.filesUploadSessionStart({ close: false }, options));
        const sessionId = start.session_id;
        let offset = 0;
        let closed = false;
        while (!closed) {
            const length = Math.min(this.chunkSize, item.size - offset);
            const close = offset + length >= item.size;
            const cursorOffset = offset;
            try {
                await this.api.call('files/upload_session/append_v2', (sdk, options) => sdk.filesUploadSessionAppendV2({ cursor: { session_id: sessionId, offset: cursorOffset }, close, contents: range(cursorOffset, length) }, options));
                progress.advance(length);
                offset += length;
                closed = close;
            }
            catch (error) {
                // The closing append landed but its acknowledgement was lost: the retry finds the session
                // closed, which only this append does. The finish names the full offset, which the server
                // checks (incorrect_offset otherwise), and the committed file's content hash is checked.
                if (close && isTag(error, 'closed')) {
                    progress.advance(item.size - offset);
                    offset = item.size;
                    closed = true;
                    continue;
                }
                // The server has a different offset than we think: an acknowledgement was lost, or a
                // retried chunk had arrived. Continue from where the server is.
                const correct = isTag(error, 'incorrect_offset') ? error.correctOffset : undefined;
                if (correct === undefined || correct < 0 || correct > item.size || correct === cursorOffset)
                    throw error;
                if (correct > offset)
                    progress.advance(correct - offset);
                offset = correct;
            }
        }
        return this.sessionCommit(item, path, sessionId);
    }
    /**
     * Streams one file through a concurrent session: chunks (multiples of 4 MiB) appended by a few
     * workers at once, so that the next chunk is on the wire while the server stores the last one.
     * Each append is retried on its own (5xx, dropped connection, 429); a chunk sent twice is the same
     * bytes at the same offset, which the session keeps once. The closing append, the only one that
     * may be short, goes last, once every other chunk is acknowledged: a session takes no appends
     * after it is closed.
     */
    async uploadConcurrentSession(item, path, progress) {
        return withSource(item, (file) => this.sendConcurrent(item, path, progress, file));
    }
    async sendConcurrent(item, path, progress, file) {
        const start = await this.api.call('files/upload_session/start', (sdk, options) => sdk.filesUploadSessionStart({ close: false, session_type: { '.tag': 'concurrent' } }, options));
        const sessionId = start.session_id;
        const chunks = Math.max(1, Math.ceil(item.size / this.chunkSize));
        const append = async (index, close) => {
            const offset = index * this.chunkSize;
            const length = Math.min(this.chunkSize, item.size - offset);
            try {
                await this.api.call('files/upload_session/append_v2', (sdk, options) => sdk.filesUploadSessionAppendV2({ cursor: { session_id: sessionId, offset }, close, contents: readRange(file, item.localPath, offset, length) }, options));
            }
            catch (error) {
                // The closing append landed but its acknowledgement was lost: the retry finds the session
                // closed. Only this append closes it, and the finish checks the content hash.
                if (!(close && isTag(error, 'closed')))
                    throw error;
            }
            progress.advance(length);
        };
        let next = 0;
        let failure;
        const worker = async () => {
            while (failure === undefined && next < chunks - 1) {
                const index = next++;
                try {
                    await append(index, false);
                }
                catch (error) {
                    failure ??= { error };
                }
            }
        };
        await Promise.all(Array.from({ length: Math.min(this.chunksInFlight, chunks - 1) }, worker));
        if (failure)
            throw failure.error;
        await append(chunks - 1, true);
        return this.sessionCommit(item, path, sessionId);
    }
    sessionCommit(item, path, sessionId) {
        return {
            item,
            cursor: { session_id: sessionId, offset: item.size },
            commit: { path, mode: { '.tag': 'overwrite' }, autorename: false, mute: true },
        };
    }
    async finishOne(session) {
        try {
            const metadata = await this.api.call('files/upload_session/finish', (sdk, options) => sdk.filesUploadSessionFinish({ cursor: session.cursor, commit: session.commit, contents: Buffer.alloc(0) }, options));
            return this.verified(session.item, metadata);
        }
        catch (error) {
            // A finish whose acknowledgement was lost committed the file: its retry finds no session.
            if (isTag(error, 'lookup_failed'))
                return this.committedAnyway(session, error);
            throw error;
        }
    }
    async finishBatch(sessions) {
        const result = await this.api.call('files/upload_session/finish_batch_v2', (sdk, options) => sdk.filesUploadSessionFinishBatchV2({ entries: sessions.map(({ cursor, commit }) => ({ cursor, commit })) }, options));
        const uploaded = [];
        for (const [index, entry] of result.entries.entries()) {
            const session = sessions[index];
            if (entry['.tag'] === 'success')
                uploaded.push(this.verified(session.item, entry));
            else {
                // A failed entry is an UploadSessionFinishError, as a finish of its own would answer.
                const body = { error: entry.failure };
                const { tag, correctOffset } = (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .readDropboxError */ .d4)(body);
                // Lock contention on this entry: Dropbox asks for it to be committed again.
                if (tag?.endsWith('too_many_write_operations')) {
                    uploaded.push(await this.finishOne(session));
                    continue;
                }
                const failure = new _api_js__WEBPACK_IMPORTED_MODULE_2__/* .DropboxApiError */ .Xo(`dropbox: files/upload_session/finish_batch_v2: ${session.commit.path}: 409 ${tag ?? JSON.stringify(body.error)}; ${(0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .hintFor */ .JR)(tag)}`, 'files/upload_session/finish_batch_v2', 409, tag, body, correctOffset);
                uploaded.push(await this.committedAnyway(session, failure));
            }
        }
        return uploaded;
    }
    async committedAnyway(session, failure) {
        const metadata = await this.api.call('files/get_metadata', (sdk, options) => sdk.filesGetMetadata({ path: session.commit.path }, options)).catch(() => undefined);
        if (metadata?.['.tag'] === 'file' && metadata.content_hash === session.item.contentHash) {
            return this.verified(session.item, metadata);
        }
        throw failure;
    }
    /** `item` carries the content hash of what was sent. */
    verified(item, metadata) {
        if (item.contentHash === undefined)
            throw new Error(`bug: ${item.name} was committed before its content hash was known`);
        if (metadata.content_hash !== item.contentHash || metadata.size !== item.size) {
            throw new Error(`dropbox: ${metadata.path_display ?? item.name}: the server has content_hash ${metadata.content_hash} (${metadata.size} bytes), ours is ${item.contentHash} (${item.size} bytes); the local file changed during the upload, run again`);
        }
        return { name: item.name, size: item.size, contentHash: item.contentHash };
    }
}


/***/ }),

/***/ 963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ FileRange),
/* harmony export */   Xq: () => (/* binding */ nodeHttpFetch),
/* harmony export */   jP: () => (/* binding */ headerRecord)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var _content_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1709);



const httpAgent = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true });
const httpsAgent = new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true });
/**
 * A byte range of an open file, sent as a request body with its Content-Length; read afresh (by
 * positional reads, so ranges of one handle can be sent at once) by every attempt. The caller
 * owns the handle. With `blocks`, every whole content-hash block read is hashed as it is sent,
 * so the upload is the file's one read.
 */
class FileRange {
    file;
    path;
    offset;
    length;
    blocks;
    constructor(file, path, offset, length, blocks) {
        this.file = file;
        this.path = path;
        this.offset = offset;
        this.length = length;
        this.blocks = blocks;
    }
}
/**
 * Pieces a FileRange is read and written in: one content-hash block, so that a range starting on a
 * block boundary is read block by block.
 */
const PIECE = _content_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .CONTENT_HASH_BLOCK_SIZE */ .vY;
/** Buffers per request in use at once: one read ahead, one being hashed and written, one in the socket. */
const SLOTS = 3;
/** Piece buffers kept for the next requests: touched memory, no page faults, no garbage. */
const spare = [];
const MAX_SPARE = 9;
function takePiece() {
    return spare.pop() ?? Buffer.allocUnsafeSlow(PIECE);
}
/** Only once nothing can still read or fill it: its write and its read have completed or failed. */
function givePiece(buffer) {
    if (spare.length < MAX_SPARE)
        spare.push(buffer);
}
/**
 * Reads the range into a few buffers in turn and writes each piece to the request. The next
 * piece's read is handed to the thread pool before this one is hashed and written, so that reading
 * runs beside hashing; a buffer is read into again only once the socket has taken its previous
 * piece. Stops when the request closes early.
 */
async function sendFileRange(request, range) {
    let closed = false;
    const whenClosed = new Promise((done) => request.once('close', () => {
        closed = true;
        done(undefined);
    }));
    const handle = range.file;
    const buffers = Array.from({ length: SLOTS }, takePiece);
    const written = new Array(SLOTS).fill(undefined);
    // Whether a buffer's write is done, known without waiting for a promise to be seen fulfilled.
    const free = new Array(SLOTS).fill(true);
    const end = range.offset + range.length;
    let next = range.offset;
    const startRead = (turn) => {
        if (next >= end)
            return undefined;
        const slot = turn % SLOTS;
        const position = next;
        // Up to the next block boundary, so that a piece is a whole block whenever it can be.
        const length = Math.min(PIECE - (position % PIECE), end - position);
        next += length;
        const read = async () => {
            const bytes = buffers[slot].subarray(0, length);
            for (let filled = 0; filled < length;) {
                const { bytesRead } = await handle.read(bytes, filled, length - filled, position + filled);
                if (bytesRead === 0)
                    throw new Error(`${range.path} is shorter than when this run looked at it; run again`);
                filled += bytesRead;
            }
            return { position, bytes };
        };
        const previous = written[slot];
        return free[slot] || previous === undefined ? read() : previous.then(read);
    };
    let reading;
    try {
        reading = startRead(0);
        for (let turn = 0; reading && !closed; turn++) {
            const piece = await Promise.race([reading, whenClosed]);
            if (!piece || closed)
                break;
            reading = startRead(turn + 1);
            // Hashed before the socket takes it; the buffer is reused once the socket is done with it.
            if (range.blocks?.isBlock(piece.position, piece.bytes.length))
                range.blocks.add(piece.position, piece.bytes);
            const slot = turn % SLOTS;
            free[slot] = false;
            // A failed write is reported by the request's own error event; the promise only orders reuse.
            written[slot] = new Promise((done) => request.write(piece.bytes, () => done())).then(() => {
                free[slot] = true;
            });
        }
        if (!closed)
            await Promise.race([Promise.all(written), whenClosed]);
        if (!closed)
            request.end();
    }
    finally {
        // A buffer goes back once its write and any read still filling it are over; a write whose
        // callback never comes leaves the buffer to the garbage collector.
        const lastRead = reading;
        for (const [slot, buffer] of buffers.entries())
            void Promise.allSettled([written[slot], lastRead]).then(() => givePiece(buffer));
    }
}
function isReadable(body) {
    return typeof body === 'object' && body !== null && typeof body.pipe === 'function';
}
/** Request headers as a record with lower-case names, from a record, a list of pairs or a Headers. */
function headerRecord(headers) {
    const record = {};
    if (headers === undefined)
        return record;
    if (Array.isArray(headers)) {
        for (const [name, value] of headers)
            record[name.toLowerCase()] = value;
    }
    else if (typeof headers.forEach === 'function') {
        ;
        headers.forEach((value, name) => {
            record[name.toLowerCase()] = value;
        });
    }
    else {
        for (const [name, value] of Object.entries(headers))
            record[name.toLowerCase()] = String(value);
    }
    return record;
}
/** A response's headers as fetch reads them: by name in any case, repeated ones joined with ", ". */
class ReceivedHeaders {
    raw;
    constructor(raw) {
        this.raw = raw;
    }
    get(name) {
        const value = this.raw[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    }
    has(name) {
        return this.raw[name.toLowerCase()] !== undefined;
    }
    forEach(each) {
        for (const name of Object.keys(this.raw))
            each(this.get(name), name);
    }
}
/** What the SDK and this module read of a response: status, headers, and the body as text, JSON or bytes. */
class ReceivedResponse {
    status;
    statusText;
    body;
    ok;
    headers;
    constructor(status, statusText, headers, body) {
        this.status = status;
        this.statusText = statusText;
        this.body = body;
        this.ok = status >= 200 && status < 300;
        this.headers = new ReceivedHeaders(headers);
    }
    async text() {
        return this.body.toString('utf8');
    }
    async json() {
        return JSON.parse(this.body.toString('utf8'));
    }
    async arrayBuffer() {
        return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.length);
    }
}
const nodeHttpFetch = (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const secure = url.protocol === 'https:';
    const headers = headerRecord(init?.headers);
    const body = init?.body;
    if (body instanceof FileRange) {
        delete headers['transfer-encoding'];
        headers['content-length'] = String(body.length);
    }
    return new Promise((resolve, reject) => {
        const request = (secure ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, { method: init?.method ?? 'GET', headers, agent: secure ? httpsAgent : httpAgent, signal: init?.signal ?? undefined }, (message) => {
            const chunks = [];
            message.on('data', (chunk) => chunks.push(chunk));
            message.on('error', reject);
            message.on('end', () => {
                const status = message.statusCode ?? 500;
                resolve(new ReceivedResponse(status, message.statusMessage ?? '', message.headers, Buffer.concat(chunks)));
            });
        });
        request.on('error', reject);
        if (body instanceof FileRange) {
            sendFileRange(request, body).catch((error) => request.destroy(error));
        }
        else if (isReadable(body)) {
            body.on('error', (error) => request.destroy(error));
            body.pipe(request);
        }
        else if (body === undefined || body === null)
            request.end();
        else if (typeof body === 'string' || body instanceof Uint8Array)
            request.end(body);
        else if (body instanceof URLSearchParams)
            request.end(body.toString());
        else
            reject(new Error(`bug: nodeHttpFetch cannot send a body of type ${Object.prototype.toString.call(body)}`));
    });
};


/***/ })

};
