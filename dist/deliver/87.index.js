export const id = 87;
export const ids = [87];
export const modules = {

/***/ 4087:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliver: () => (/* binding */ deliver)
});

// UNUSED EXPORTS: loadManifest, updateManifest

// EXTERNAL MODULE: ./build/contracts/delivery.js
var delivery = __webpack_require__(7822);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
// EXTERNAL MODULE: ./build/contracts/index.js + 6 modules
var contracts = __webpack_require__(8981);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/store.js + 1 modules
var store = __webpack_require__(3676);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/delivery/content-hash.js
var content_hash = __webpack_require__(1709);
// EXTERNAL MODULE: ./build/delivery/hash-pool.js
var hash_pool = __webpack_require__(6368);
;// CONCATENATED MODULE: ./build/delivery/destination.js
const silentProgress = { start: () => { }, advance: () => { }, finish: () => { } };

// EXTERNAL MODULE: ./build/delivery/layout.js
var layout = __webpack_require__(495);
// EXTERNAL MODULE: ./build/delivery/source-files.js
var source_files = __webpack_require__(1454);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(3021);
;// CONCATENATED MODULE: ./build/delivery/deliver.js
// The deliver stage: hash the files while reading them, compare with the current version, and
// either record an unchanged run or upload version N+1, verify it against the destination's
// content hashes, keep the one stable shared link, and only then switch the manifest to it.













const MANIFEST_WRITE_ATTEMPTS = 20;
/** Reads and validates the manifest; a manifest that fails its schema stops the run. */
async function loadManifest(destination, file) {
    const stored = await destination.readManifest(file);
    if (!stored)
        return { manifest: undefined, revision: undefined };
    const where = destination.displayPath(file);
    let json;
    try {
        json = JSON.parse(stored.text);
    }
    catch (error) {
        throw new errors/* EvidenceError */.oe(`${where}: the delivery manifest is not valid JSON (${(0,errors/* errorMessage */.gJ)(error)}); restore it from the destination's version history`, { file: where });
    }
    const parsed = delivery/* deliveryManifest */.kJ.safeParse(json);
    if (!parsed.success) {
        throw new errors/* EvidenceError */.oe(`${(0,store/* describeProblems */.yg)(where, (0,contracts/* schemaProblems */.Ic)(parsed.error))}\nrestore the delivery manifest from the destination's version history`, { file: where });
    }
    return { manifest: parsed.data, revision: stored.revision };
}
function emptyManifest(project) {
    return { schema: delivery/* DELIVERY_MANIFEST_SCHEMA */.jy, project, current: null, runs: [] };
}
function sameRun(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/**
 * Applies a change to the manifest as it is at the destination now, and writes it only at the
 * revision it read. A concurrent run that wrote in between makes the write a conflict: read again
 * and re-apply, so no run record is lost.
 */
async function updateManifest(destination, file, project, change, clock) {
    for (let attempt = 1;; attempt++) {
        const { manifest, revision } = await loadManifest(destination, file);
        const updated = change(structuredClone(manifest ?? emptyManifest(project)));
        const checked = delivery/* deliveryManifest */.kJ.parse(updated);
        const text = `${JSON.stringify(checked, null, 2)}\n`;
        if ((await destination.writeManifest(file, text, revision)) === 'written')
            return checked;
        if (attempt >= MANIFEST_WRITE_ATTEMPTS) {
            throw new errors/* EvidenceError */.oe(`${destination.displayPath(file)}: the delivery manifest kept changing under this run (${attempt} attempts); other deliveries to this project are running, run again`, { file: destination.displayPath(file) });
        }
        await clock.sleep(Math.min(50 * attempt, 1000) * (0.5 + Math.random()));
    }
}
function appendRun(manifest, run) {
    if (!manifest.runs.some((existing) => sameRun(existing, run)))
        manifest.runs.push(run);
    return manifest;
}
function sameFiles(a, b) {
    if (a.length !== b.length)
        return false;
    const hashes = new Map(a.map((file) => [file.name.toLowerCase(), file.contentHash]));
    return b.every((file) => file.contentHash !== undefined && hashes.get(file.name.toLowerCase()) === file.contentHash);
}
/** The claim on a pending version: a digest of the file names (case-folded) and content hashes. */
function contentDigestOf(items) {
    // A file name holds no '/', so each entry reads back unambiguously.
    return (0,canonical/* digestOf */.ol)(items.map((item) => `${item.name.toLowerCase()}/${knownHash(item)}`).sort());
}
function knownHash(item) {
    if (item.contentHash === undefined)
        throw new Error(`bug: ${item.name} has no content hash yet`);
    return item.contentHash;
}
/** Same names (case-folded) and sizes: all that can be told without reading the files. */
function sameSizes(a, b) {
    if (a.length !== b.length)
        return false;
    const sizes = new Map(a.map((file) => [file.name.toLowerCase(), file.size]));
    return b.every((file) => sizes.get(file.name.toLowerCase()) === file.size);
}
/**
 * Another run made a version current while this one was choosing or uploading its own: decide
 * again against the new current one. `abandoned` is this run's version folder when it can never be
 * made current (it is below the current one), to be removed. Thrown past the attempt limit, the
 * message is the user's to act on.
 */
class CurrentMoved extends errors/* EvidenceError */.oe {
    why;
    version;
    abandoned;
    constructor(why, version, abandoned) {
        super(`${why}; other deliveries kept making new versions current while this run was delivering, run again`);
        this.why = why;
        this.version = version;
        this.abandoned = abandoned;
    }
}
function remoteFiles(entries) {
    return (entries ?? []).filter((entry) => entry.kind === 'file');
}
async function deliver(input, ports) {
    const { destination, logger, clock } = ports;
    const progress = ports.progress ?? silentProgress;
    const startedAt = clock.now().toISOString();
    const manifestPath = destination.displayPath(input.layout.manifestFile);
    const stablePath = destination.displayPath(input.layout.stableFolder);
    // Everything the user can get wrong is checked before anything is written anywhere.
    const sources = await (0,source_files/* resolveSourceFiles */.V6)(input.files, input.workspace, { followSymlinks: input.followSymlinks });
    logger.info(`deliver: ${(0,markdown/* plural */.LS)(sources.length, 'file')} for project '${input.project}' to ${destination.describe()}`);
    // Each file is read once. Its size comes from stat; its content hash from hashing it first only
    // when an upload may not be needed (see the loop), else from the upload, which hashes the bytes
    // it sends. The stamps taken here tell whether a file was written to before it was all sent.
    const hashed = [];
    const stamps = new Map();
    for (const source of sources) {
        const info = await (0,promises_.stat)(source.localPath, { bigint: true });
        if (Number(info.dev) !== source.dev || Number(info.ino) !== source.ino) {
            throw new errors/* ConfigurationError */.j1(`files: ${source.localPath} was replaced after it was checked; nothing was delivered, run again`);
        }
        stamps.set(source.localPath, (0,source_files/* fileStamp */.a9)(info));
        hashed.push({ localPath: source.localPath, name: source.name, size: Number(info.size), identity: { dev: source.dev, ino: source.ino } });
    }
    // Whatever reads the files (hashing first, or a copy that hashes) finds its hashing threads started.
    const releaseHashers = (0,hash_pool/* warmBlockHashers */.P)(Math.max(0, ...hashed.map((item) => Math.ceil(item.size / content_hash/* CONTENT_HASH_BLOCK_SIZE */.vY))));
    let bytesUploaded = 0;
    let version = null;
    const resultOf = (fields) => ({
        schema: delivery/* DELIVERY_RESULT_SCHEMA */.L_,
        sha: input.sha,
        project: input.project,
        destination: { kind: destination.kind, location: input.destinationLabel },
        version,
        versionPath: version === null ? null : destination.displayPath((0,layout/* versionFolder */.pN)(input.layout, version)),
        stablePath,
        shareUrl: null,
        shareStatus: null,
        manifestPath,
        files: [],
        bytesUploaded,
        startedAt,
        finishedAt: clock.now().toISOString(),
        ...fields,
    });
    // Who a pending version belongs to: the files it is for. A run delivering exactly these files
    // (a rerun after a crash) may finish it, since it can only write the same bytes; any other run
    // takes the next version. Before the hashes are known (the upload hashes what it sends), the
    // digest is this run's own, so that no other run can finish the version; it is replaced by the
    // real one once the upload is done (settleUpload), so a rerun after a later crash can.
    let contentDigest = (0,canonical/* digestOf */.ol)(['files not hashed yet', input.sha, startedAt, (0,external_node_crypto_.randomBytes)(16).toString('hex')]);
    const hashesKnown = () => hashed.every((item) => item.contentHash !== undefined);
    const filesAt = (folder) => hashed.map((item) => ({ name: item.name, size: item.size, contentHash: knownHash(item), path: `${destination.displayPath(folder)}/${item.name}` }));
    try {
        for (let attempt = 1;; attempt++) {
            const { manifest } = await loadManifest(destination, input.layout.manifestFile);
            const current = manifest?.current ?? null;
            // Hash first when the upload is not certain: a current version with files of these names and
            // sizes may hold these very files (then nothing is uploaded), and a version another run left
            // pending may be for them (then it is finished). Otherwise the upload hashes the files.
            const pending = manifest?.pending;
            const otherClaim = pending !== undefined && pending.version > (current?.currentVersion ?? 0) && !ownClaim(pending);
            if (!hashesKnown() && (otherClaim || (current !== null && sameSizes(current.files, hashed))))
                await hashFirst();
            // Nothing more is read through the hashing threads unless the upload copies through them.
            if (!destination.uploadHashesOnWorkers)
                await releaseHashers();
            if (current && !inStableFolder(current)) {
                logger.warning(`deliver: the current v${current.currentVersion} is in ${current.stablePath}, not in ${stablePath} (stable-folder changed); delivering a new version there, with its own shared link`);
            }
            else if (current) {
                const currentFolder = (0,layout/* versionFolder */.pN)(input.layout, current.currentVersion);
                const confirmed = sameFiles(current.files, remoteFiles(await destination.listFolder(currentFolder)));
                if (!confirmed)
                    logger.warning(`deliver: ${destination.displayPath(currentFolder)} no longer holds the files the manifest lists; delivering a new version`);
                if (confirmed && sameFiles(current.files, hashed)) {
                    version = current.currentVersion;
                    const link = await destination.shareLink(input.layout.stableFolder, { known: current.stableShareUrl, refresh: input.refreshShareLink });
                    logger.info(`deliver: unchanged: v${version} already holds these files; nothing uploaded. Shared link (${link.status}) on ${stablePath}: ${link.url}`);
                    const run = { sha: input.sha, time: clock.now().toISOString(), version, outcome: 'unchanged', bytesUploaded: 0 };
                    await updateManifest(destination, input.layout.manifestFile, input.project, (latest) => {
                        if (latest.current && latest.current.currentVersion === version) {
                            latest.current.stableShareUrl = link.url;
                            latest.current.shareStatus = link.status;
                        }
                        // A claim this run made on an earlier attempt (its version was then dropped) goes with it.
                        if (latest.pending && ownClaim(latest.pending))
                            delete latest.pending;
                        return appendRun(latest, run);
                    }, clock);
                    const result = resultOf({ outcome: 'unchanged', shareUrl: link.url, shareStatus: link.status, files: current.files });
                    return { result, resultPath: (await ports.store.write('delivery', input.sha, result)).path, manifestPath };
                }
            }
            // Claim a version, decided on the manifest as it is when the claim is written: the pending
            // one if it is for these same files (or was left without a claim by an older shipgate), else
            // one past everything that exists or is claimed. If another run made a version current since
            // the read above, start over: that version may already hold these files.
            const existing = (await destination.listFolder(input.layout.stableFolder)) ?? [];
            const highestFolder = Math.max(0, ...existing.filter((entry) => entry.kind === 'folder').map((entry) => (0,layout/* versionOfFolder */.Ac)(input.layout, entry.name) ?? 0));
            const currentVersion = current?.currentVersion ?? 0;
            const claim = { finishing: false };
            let claimed;
            try {
                claimed = await updateManifest(destination, input.layout.manifestFile, input.project, (latest) => {
                    const latestCurrent = latest.current?.currentVersion ?? 0;
                    if (latestCurrent !== currentVersion)
                        throw new CurrentMoved(`${manifestPath}: another delivery made v${latestCurrent} current while this run was choosing its version`, latestCurrent);
                    const pending = latest.pending;
                    // Our own claim, written before its acknowledgement was lost: it stands as it was made.
                    const own = pending !== undefined && pending.version > latestCurrent && ownClaim(pending);
                    if (!own) {
                        // A claim made since the read above may be for these same files: hash first to know.
                        if (!hashesKnown() && pending !== undefined && pending.version > latestCurrent)
                            throw new CurrentMoved(`${manifestPath}: another delivery claimed v${pending.version} while this run was choosing its version`, latestCurrent);
                        claim.finishing = pending !== undefined && pending.version > latestCurrent && (pending.contentDigest === undefined || pending.contentDigest === contentDigest);
                    }
                    const claiming = (own || claim.finishing) && pending ? pending.version : Math.max(latestCurrent, highestFolder, pending?.version ?? 0) + 1;
                    latest.pending = { version: claiming, sha: input.sha, startedAt, contentDigest };
                    return latest;
                }, clock);
            }
            catch (error) {
                if (!(error instanceof CurrentMoved) || attempt >= MANIFEST_WRITE_ATTEMPTS)
                    throw error;
                logger.info(`deliver: ${error.why}; deciding again`);
                continue;
            }
            const targetVersion = claimed.pending.version;
            version = targetVersion;
            if (claim.finishing)
                logger.info(`deliver: finishing v${targetVersion}, which an earlier run with these same files left incomplete`);
            try {
                return await uploadAndSwitch(targetVersion, current);
            }
            catch (error) {
                // Overtaken: compare with the version that is current now, as at the start; this run's own
                // version, below it, can never be made current and goes.
                const moved = error instanceof CurrentMoved ? error : await overtakenBy(targetVersion, error);
                if (!moved || attempt >= MANIFEST_WRITE_ATTEMPTS)
                    throw moved ?? error;
                logger.info(`deliver: ${moved.why}; comparing with v${moved.version} again`);
                if (moved.abandoned !== undefined)
                    await removeVersion(moved.abandoned);
                continue;
            }
        }
    }
    catch (error) {
        await recordFailure(input, ports, error, version, bytesUploaded, resultOf);
        throw error;
    }
    finally {
        await releaseHashers();
    }
    /** Reads every file once to hash it, before deciding whether anything is uploaded. */
    async function hashFirst() {
        for (const item of hashed) {
            const { size, contentHash } = await (0,content_hash/* contentHashOfFile */.Pt)(item.localPath, item.identity);
            Object.assign(item, { size, contentHash });
            logger.debug(`deliver: ${item.name}: ${size} bytes, content_hash ${contentHash}`);
        }
        contentDigest = contentDigestOf(hashed);
    }
    /**
     * After the upload: every file sent must still be the file stat saw before it was read (else
     * what was sent is no version of it the user meant), and the hashes of what was sent become the
     * files' hashes. A claim made before they were known is then pinned to them.
     */
    async function settleUpload(sent, uploaded, targetVersion) {
        const byName = new Map(uploaded.map((file) => [file.name.toLowerCase(), file]));
        for (const item of sent) {
            const now = await (0,promises_.stat)(item.localPath, { bigint: true }).then(source_files/* fileStamp */.a9, () => 'gone');
            if (now !== stamps.get(item.localPath)) {
                throw new Error(`${item.localPath} changed while it was being delivered; v${targetVersion} is not made current. Run again once the file is complete`);
            }
            const file = byName.get(item.name.toLowerCase());
            if (!file || file.size !== item.size || (item.contentHash !== undefined && file.contentHash !== item.contentHash)) {
                throw new Error(`bug: the upload of ${item.name} reported ${file ? `${file.size} bytes, content_hash ${file.contentHash}` : 'nothing'}; expected ${item.size} bytes${item.contentHash ? `, ${item.contentHash}` : ''}`);
            }
            if (item.contentHash === undefined)
                logger.debug(`deliver: ${item.name}: ${file.size} bytes, content_hash ${file.contentHash} (hashed while uploading)`);
            item.contentHash = file.contentHash;
        }
        const provisional = contentDigest;
        const real = contentDigestOf(hashed);
        if (real === provisional)
            return;
        contentDigest = real;
        await updateManifest(destination, input.layout.manifestFile, input.project, (latest) => {
            const pending = latest.pending;
            if (pending && pending.version === targetVersion && pending.sha === input.sha && pending.startedAt === startedAt && pending.contentDigest === provisional)
                pending.contentDigest = real;
            return latest;
        }, clock);
    }
    /** Whether the current version is in this run's stable folder (Dropbox paths are case-insensitive). */
    function inStableFolder(current) {
        return destination.kind === 'dropbox' ? current.stablePath.toLowerCase() === stablePath.toLowerCase() : current.stablePath === stablePath;
    }
    /** Whether another run has claimed this version (since this run did, or instead). */
    function claimedByAnother(manifest, version) {
        return manifest.pending?.version === version && !ownClaim(manifest.pending);
    }
    function ownClaim(pending) {
        return pending.sha === input.sha && pending.startedAt === startedAt && pending.contentDigest === contentDigest;
    }
    /**
     * After a failure while uploading or verifying the version: if another run has made a newer
     * version current meanwhile (and perhaps removed this one), the failure is that race, not a fault.
     */
    async function overtakenBy(targetVersion, error) {
        try {
            const { manifest } = await loadManifest(destination, input.layout.manifestFile);
            const now = manifest?.current?.currentVersion ?? 0;
            if (!manifest)
                return undefined;
            if (now > targetVersion) {
                return new CurrentMoved(`${manifestPath}: another delivery made v${now} current while this run was uploading v${targetVersion} (${(0,errors/* errorMessage */.gJ)(error)})`, now, neverCurrent(manifest, targetVersion));
            }
            // A twin made its version current with these same files, and dropped the version this run
            // was finishing with it: the run is unchanged, which the next attempt finds.
            if (manifest.current && now !== targetVersion && hashesKnown() && sameFiles(manifest.current.files, hashed)) {
                // Its folder may be back (a Dropbox upload makes the folders it writes into): it goes, unless another run has claimed it since.
                return new CurrentMoved(`${manifestPath}: another delivery made v${now} current with these same files while this run was uploading v${targetVersion} (${(0,errors/* errorMessage */.gJ)(error)})`, now, claimedByAnother(manifest, targetVersion) ? undefined : neverCurrent(manifest, targetVersion));
            }
            return undefined;
        }
        catch {
            return undefined;
        }
    }
    /** The version, below the current one, if no run ever made it current (a twin run may have): it may go. */
    function neverCurrent(manifest, targetVersion) {
        return manifest.runs.some((entry) => entry.version === targetVersion && entry.outcome === 'created') ? undefined : targetVersion;
    }
    /** Removes a version folder that no run can make current any more; a failure only leaves it there. */
    async function removeVersion(abandoned) {
        const folder = (0,layout/* versionFolder */.pN)(input.layout, abandoned);
        try {
            await destination.deleteFolder(folder);
            logger.info(`deliver: removed ${destination.displayPath(folder)}: it was never made current, and no run can make it current now`);
        }
        catch (error) {
            logger.warning(`deliver: ${destination.displayPath(folder)} was never made current and is left there: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    async function uploadAndSwitch(targetVersion, current) {
        const folder = (0,layout/* versionFolder */.pN)(input.layout, targetVersion);
        // Files already in the folder with our content stay; others are replaced; strays removed.
        const there = remoteFiles(await destination.listFolder(folder));
        const wanted = new Map(hashed.map((item) => [item.name.toLowerCase(), item]));
        const toUpload = hashed.filter((item) => item.contentHash === undefined || !there.some((file) => file.name.toLowerCase() === item.name.toLowerCase() && file.contentHash === item.contentHash));
        for (const stray of there.filter((file) => !wanted.has(file.name.toLowerCase()))) {
            logger.info(`deliver: removing ${stray.name} from the incomplete v${targetVersion}`);
            await destination.deleteFile(`${folder}/${stray.name}`);
        }
        const total = toUpload.reduce((sum, item) => sum + item.size, 0);
        logger.info(`deliver: uploading ${(0,markdown/* plural */.LS)(toUpload.length, 'file')}, ${(0,markdown/* plural */.LS)(total, 'byte')}, to ${destination.displayPath(folder)}`);
        progress.start(total, toUpload.length);
        const counting = { ...progress, advance: (bytes) => { bytesUploaded += bytes; progress.advance(bytes); } };
        let uploaded;
        try {
            uploaded = await destination.upload(folder, toUpload, counting);
        }
        finally {
            progress.finish();
        }
        bytesUploaded = Math.min(bytesUploaded, total);
        await settleUpload(toUpload, uploaded, targetVersion);
        // Verified from the destination's own listing before anything points at the new version.
        const landed = remoteFiles(await destination.listFolder(folder));
        if (!sameFiles(hashed, landed)) {
            throw new errors/* EvidenceError */.oe(`${destination.displayPath(folder)}: after the upload the folder does not hold exactly the delivered files with our content hashes; run again to redo v${targetVersion}`, { file: destination.displayPath(folder) });
        }
        // The manifest's link is for the stable folder the current version is in, which may be another.
        const known = current && inStableFolder(current) ? current.stableShareUrl : undefined;
        const link = await destination.shareLink(input.layout.stableFolder, { known, refresh: input.refreshShareLink });
        const files = filesAt(folder);
        const finishedAt = clock.now().toISOString();
        const run = { sha: input.sha, time: finishedAt, version: targetVersion, outcome: 'created', bytesUploaded };
        // Made current only if no other run has a claim on it and nothing newer is current; a version
        // that is current is never replaced by another of the same number. A version current with
        // these same files (a twin run's) makes this run unchanged; anything else newer is a race that
        // the caller takes from the top (CurrentMoved).
        const switch_ = { toTwin: false, dropOwn: false };
        const switched = await updateManifest(destination, input.layout.manifestFile, input.project, (latest) => {
            switch_.toTwin = false;
            switch_.dropOwn = false;
            const now = latest.current;
            // Our own switch, written before its acknowledgement was lost: the run record is kept once.
            if (now && now.currentVersion === targetVersion && now.sha === input.sha && now.updatedAt === finishedAt)
                return appendRun(latest, run);
            if (now && now.currentVersion > targetVersion) {
                throw new CurrentMoved(`${manifestPath}: another delivery made v${now.currentVersion} current while this run was uploading v${targetVersion}`, now.currentVersion, neverCurrent(latest, targetVersion));
            }
            // The current version this attempt started from, found not to hold its files (else the run
            // was unchanged): its manifest entry may list our files, but it is what this run replaces.
            const damaged = now !== null && current !== null && now.currentVersion === current.currentVersion && now.updatedAt === current.updatedAt;
            if (now && !damaged && sameFiles(now.files, hashed)) {
                // A run with these same files made its version current first: this one or, when a third
                // run's claim came between theirs, a lower one. This run's version above it goes, with its
                // claim: it can never be made current (a current version holds its files), and a twin
                // still copying into it finds these files current when its copy fails (overtakenBy). Only
                // a version another run has claimed since stays: that run drops it when it gets here.
                switch_.toTwin = true;
                switch_.dropOwn = now.currentVersion < targetVersion && !claimedByAnother(latest, targetVersion);
                if (switch_.dropOwn && latest.pending?.version === targetVersion)
                    delete latest.pending;
            }
            else if (now && now.currentVersion === targetVersion) {
                throw new CurrentMoved(`${manifestPath}: another delivery made v${targetVersion} current with other files while this run was uploading it`, now.currentVersion);
            }
            else {
                if (latest.pending && latest.pending.version === targetVersion && latest.pending.contentDigest !== contentDigest) {
                    throw new CurrentMoved(`${manifestPath}: v${targetVersion} is now claimed by another delivery (SHA ${latest.pending.sha}, started ${latest.pending.startedAt})`, now?.currentVersion ?? 0);
                }
                latest.current = {
                    stablePath,
                    stableShareUrl: link.url,
                    shareStatus: link.status,
                    currentVersion: targetVersion,
                    versionPath: destination.displayPath(folder),
                    sha: input.sha,
                    updatedAt: finishedAt,
                    files,
                };
            }
            // A lower claim is left behind for good: its run will find a newer version current.
            const lowest = switch_.toTwin ? latest.current.currentVersion : targetVersion;
            if (latest.pending && latest.pending.version <= lowest)
                delete latest.pending;
            return appendRun(latest, switch_.toTwin ? { ...run, version: latest.current.currentVersion, outcome: 'unchanged' } : run);
        }, clock);
        if (switch_.toTwin && switched.current) {
            const by = switched.current;
            version = by.currentVersion;
            if (switch_.dropOwn)
                await removeVersion(targetVersion);
            // The link is the twin's, made before this run's switch: this run reused it.
            logger.info(`deliver: unchanged: another run with these same files made v${version} current first (SHA ${by.sha}); ${bytesUploaded} bytes uploaded. Shared link (reused) on ${stablePath}: ${by.stableShareUrl}`);
            const result = resultOf({ outcome: 'unchanged', shareUrl: by.stableShareUrl, shareStatus: 'reused', files: by.files });
            return { result, resultPath: (await ports.store.write('delivery', input.sha, result)).path, manifestPath };
        }
        logger.info(`deliver: created v${targetVersion} (${bytesUploaded} bytes uploaded). Shared link (${link.status}) on ${stablePath}: ${link.url}`);
        const result = resultOf({ outcome: 'created', shareUrl: link.url, shareStatus: link.status, files });
        return { result, resultPath: (await ports.store.write('delivery', input.sha, result)).path, manifestPath };
    }
}
/** A failed run is still recorded, as far as the destination and the store can take it. */
async function recordFailure(input, ports, error, version, bytesUploaded, resultOf) {
    const message = (ports.mask ?? ((text) => text))((0,errors/* errorMessage */.gJ)(error));
    const run = { sha: input.sha, time: ports.clock.now().toISOString(), version, outcome: 'failed', bytesUploaded, error: message.slice(0, 2000) };
    try {
        await updateManifest(ports.destination, input.layout.manifestFile, input.project, (latest) => appendRun(latest, run), ports.clock);
    }
    catch (recordError) {
        ports.logger.warning(`deliver: the failed run is not in the delivery manifest: ${(0,errors/* errorMessage */.gJ)(recordError)}`);
    }
    try {
        await ports.store.write('delivery', input.sha, resultOf({ outcome: 'failed', version, error: message.slice(0, 2000) }));
    }
    catch (recordError) {
        ports.logger.warning(`deliver: the delivery result was not written: ${(0,errors/* errorMessage */.gJ)(recordError)}`);
    }
}


/***/ })

};
