export const id = 4391;
export const ids = [4391,1900];
export const modules = {

/***/ 94391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_USAGE: () => (/* binding */ REPORT_USAGE),
  reportCommand: () => (/* binding */ reportCommand),
  reportWindow: () => (/* binding */ reportWindow)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/rfc3339.js
var rfc3339 = __webpack_require__(57453);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./build/report/dora.js
const DAY_MS = 24 * 60 * 60 * 1000;
const DORA_DEFINITIONS = {
    productionDeployment: 'A production deployment is a release whose release decision can be read and whose package reached production: ' +
        "production's deployment record says deployed or failed (or cannot be read), or production was verified for it. " +
        'It happened at the decision\'s decidedAt; it is in the window when since <= decidedAt <= until. A SHA counts once, with its latest decision.',
    success: 'A production deployment succeeded when its decision is YES and its evidence still holds (shipgate verify: every contract valid, every digest link intact); ' +
        'every other one failed: a NO, a failure status, or evidence that is invalid or was changed after the decision, which never counts as a YES.',
    deploymentFrequency: 'Successful production deployments in the window, divided by the window\'s length in days (per day) and times 7 (per week).',
    leadTime: 'For each successful production deployment in the window whose commit time is known (the closed pipeline timing\'s commitTime): ' +
        'from the commit time to the release decision\'s decidedAt. The figure is the median (the mean of the two middle values for an even count).',
    changeFailureRate: 'Failed production deployments in the window divided by all production deployments in the window.',
    timeToRestore: 'An incident is a run of consecutive failed production deployments (in decidedAt order); it starts at the first failure and is restored by the next ' +
        'successful production deployment decided no later than the window\'s end. For incidents that start in the window: the median time from start to restore. ' +
        'Incidents not restored by the end of the window are listed as open and left out of the median.',
};
function median(values) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function succeeded(release) {
    return release.trustedYes && release.status !== 'failure';
}
function failureReason(release) {
    if (release.decision !== 'YES')
        return `decision ${release.decision ?? 'unknown'} (${release.status ?? 'no status'})`;
    if (!release.evidenceHolds)
        return 'decision YES, but the evidence does not hold (invalid or changed after the decision)';
    return `status ${release.status ?? 'unknown'}`;
}
/** The production deployments of all time, oldest first (a tie in time by SHA). */
function productionDeployments(releases) {
    return releases
        .filter((release) => release.decidedAt !== null && release.production.deployed)
        .map((release) => ({
        release,
        at: Date.parse(release.decidedAt),
        ref: { sha: release.sha, decidedAt: release.decidedAt, files: [release.decisionPath, ...release.production.files] },
        succeeded: succeeded(release),
    }))
        .sort((a, b) => a.at - b.at || a.release.sha.localeCompare(b.release.sha));
}
function utcDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
function computeDora(releases, window) {
    const since = window.since.getTime();
    const until = window.until.getTime();
    if (!(until > since))
        throw new Error(`bug: the report window ends (${window.until.toISOString()}) before it starts (${window.since.toISOString()})`);
    const days = (until - since) / DAY_MS;
    const all = productionDeployments(releases);
    const inWindow = all.filter((deployment) => deployment.at >= since && deployment.at <= until);
    const successes = inWindow.filter((deployment) => deployment.succeeded);
    const failures = inWindow.filter((deployment) => !deployment.succeeded);
    const byDay = [];
    for (let day = Date.parse(`${utcDay(since)}T00:00:00.000Z`); day <= until; day += DAY_MS) {
        const of = inWindow.filter((deployment) => utcDay(deployment.at) === utcDay(day));
        byDay.push({ day: utcDay(day), successes: of.filter((deployment) => deployment.succeeded).length, failures: of.filter((deployment) => !deployment.succeeded).length });
    }
    const samples = successes
        .filter((deployment) => deployment.release.commitTime !== null)
        .map((deployment) => ({ ...deployment.ref, commitTime: deployment.release.commitTime, leadTimeMs: deployment.at - Date.parse(deployment.release.commitTime) }));
    const incidents = [];
    let open;
    for (const deployment of all.filter((each) => each.at <= until)) {
        if (!deployment.succeeded) {
            if (open)
                open.failures.push(deployment.release.sha);
            else
                open = { failedSha: deployment.release.sha, failedAt: deployment.ref.decidedAt, failures: [deployment.release.sha], restoredSha: null, restoredAt: null, restoreMs: null };
        }
        else if (open) {
            incidents.push({ ...open, restoredSha: deployment.release.sha, restoredAt: deployment.ref.decidedAt, restoreMs: deployment.at - Date.parse(open.failedAt) });
            open = undefined;
        }
    }
    if (open)
        incidents.push(open);
    const windowIncidents = incidents.filter((incident) => Date.parse(incident.failedAt) >= since);
    const notCounted = releases
        .filter((release) => release.decidedAt === null || !release.production.deployed)
        .map((release) => ({
        sha: release.sha,
        why: release.decisionState === 'missing'
            ? 'no release decision yet'
            : release.decisionState === 'invalid'
                ? `the release decision ${release.decisionPath} cannot be read, so the release has no time to count it at`
                : `never reached production: ${failureReason(release)}`,
    }));
    return {
        window: { since: window.since.toISOString(), until: window.until.toISOString(), days },
        deploymentFrequency: { deployments: successes.length, perDay: successes.length / days, perWeek: (successes.length / days) * 7, byDay, counted: successes.map((deployment) => deployment.ref) },
        leadTime: {
            medianMs: median(samples.map((sample) => sample.leadTimeMs)),
            samples,
            withoutCommitTime: successes.filter((deployment) => deployment.release.commitTime === null).map((deployment) => deployment.release.sha),
        },
        changeFailureRate: {
            deployments: inWindow.length,
            failures: failures.length,
            rate: inWindow.length === 0 ? null : failures.length / inWindow.length,
            failed: failures.map((deployment) => ({ ...deployment.ref, why: failureReason(deployment.release) })),
            counted: inWindow.map((deployment) => deployment.ref),
        },
        timeToRestore: {
            medianMs: median(windowIncidents.flatMap((incident) => (incident.restoreMs === null ? [] : [incident.restoreMs]))),
            incidents: windowIncidents,
        },
        notCounted,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/contracts/index.js
var contracts = __webpack_require__(11920);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(35562);
// EXTERNAL MODULE: ./build/evidence/github-artifact-store.js
var github_artifact_store = __webpack_require__(81900);
// EXTERNAL MODULE: ./build/evidence/scoped-store.js
var scoped_store = __webpack_require__(46174);
;// CONCATENATED MODULE: ./build/report/evidence-folder.js
// The evidence the report reads, in either layout: an artifacts folder as the stages write it
// (`<kind>/<sha>/<file>`, `environments/<name>/…`), or a folder of evidence artifacts downloaded
// from GitHub, one folder per artifact named as the github-artifact backend names them
// (`release-<sha>`, `pipeline-<sha>-r3`, `environments.production.release-<sha>`), possibly one
// folder deeper per run. Downloaded artifacts are laid out as a store in a scratch folder, the
// newest revision of each, so that the store's validated reads judge them like any evidence.









// `environments.<name>.` before the kind: the artifacts of one environment (see scoped-store.ts).
const ENVIRONMENT_PREFIX = /^environments\.([a-z0-9][a-z0-9_-]{0,39})\./;
function parseArtifactFolder(name) {
    const environment = ENVIRONMENT_PREFIX.exec(name)?.[1];
    const parsed = (0,github_artifact_store/* parseEvidenceArtifactName */.oT)(name, environment === undefined ? '' : `environments.${environment}.`);
    if (!parsed || (environment !== undefined && !scoped_store/* ENVIRONMENT_NAME */.YR.test(environment)))
        return undefined;
    return { name, environment: environment ?? null, ...parsed };
}
async function subfolders(folder) {
    const entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}
/** The evidence artifacts in the folder and, for a download per run, in its subfolders. */
async function findArtifacts(root) {
    const found = [];
    const storeFolders = new Set([...contracts/* contractKinds */.Ym.map((kind) => contracts/* contracts */.Mh[kind].kind), 'environments']);
    const visit = async (folder, depth) => {
        for (const name of await subfolders(folder)) {
            const path = (0,external_node_path_.join)(folder, name);
            const parsed = parseArtifactFolder(name);
            if (parsed)
                found.push({ ...parsed, folder: path, modifiedMs: (await (0,promises_.stat)(path)).mtimeMs });
            else if (depth > 0 && !storeFolders.has(name))
                await visit(path, depth - 1);
        }
    };
    await visit(root, 1);
    return found;
}
/** Opens the evidence folder the user gave; close() removes the scratch copy of downloaded artifacts. */
async function openEvidenceFolder(given) {
    const stats = await (0,promises_.stat)(given).catch(() => undefined);
    if (!stats?.isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`${given}: ${stats ? 'is not a folder' : 'no such folder'}; give --artifacts-dir the artifacts folder (.artifacts) or a folder of evidence artifacts downloaded from GitHub`);
    }
    const artifacts = await findArtifacts(given);
    if (artifacts.length === 0) {
        return { given, layout: 'artifacts-folder', store: new local_store/* LocalEvidenceStore */.un(given), artifactOf: new Map(), skipped: [], close: async () => undefined };
    }
    // The newest revision of each contract: the highest -r<n>, then the folder written last.
    const newest = new Map();
    for (const artifact of artifacts) {
        const key = `${artifact.environment ?? ''}/${artifact.kind}/${artifact.sha}`;
        const current = newest.get(key);
        if (!current || artifact.revision > current.revision || (artifact.revision === current.revision && artifact.modifiedMs > current.modifiedMs)) {
            newest.set(key, artifact);
        }
    }
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipgate-report-'));
    try {
        const store = new local_store/* LocalEvidenceStore */.un(scratch);
        const artifactOf = new Map();
        const skipped = [];
        for (const artifact of newest.values()) {
            const inner = (0,external_node_path_.join)(contracts/* contracts */.Mh[artifact.kind].kind, artifact.sha, contracts/* contracts */.Mh[artifact.kind].file);
            const source = (0,external_node_path_.join)(artifact.folder, inner);
            const read = await (0,evidence_file/* readEvidenceFile */.M)(artifact.folder, source);
            if (read.state !== 'read') {
                skipped.push(`${(0,external_node_path_.relative)(given, source)}: ${read.state === 'missing' ? 'missing from the artifact' : read.problem.message}`);
                continue;
            }
            const target = artifact.environment === null ? (0,external_node_path_.join)(scratch, inner) : (0,external_node_path_.join)(scratch, 'environments', artifact.environment, inner);
            await (0,local_store/* writeFileAtomic */.Zf)(target, read.text);
            artifactOf.set((0,external_node_path_.relative)(scratch, target), artifact.name);
        }
        return { given, layout: 'downloaded-artifacts', store, artifactOf, skipped, close: () => (0,promises_.rm)(scratch, { recursive: true, force: true }) };
    }
    catch (error) {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./build/cli/commands/show.js
var show = __webpack_require__(48915);
// EXTERNAL MODULE: ./build/contracts/release-decision.js
var release_decision = __webpack_require__(59084);
;// CONCATENATED MODULE: ./build/report/escape.js
// Every string from the evidence reaches a page through here: text and attribute values alike.
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(value) {
    return value.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

;// CONCATENATED MODULE: ./build/report/charts.js


const COLOURS = { success: '#2f855a', failure: '#c53030', axis: '#4a5568', grid: '#e2e8f0', bar: '#3182ce', no: '#dd6b20', skipped: '#a0aec0' };
function svg(width, height, label, body) {
    return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${body.join('')}</svg>`;
}
function charts_text(x, y, content, anchor = 'start', extra = '') {
    return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" font-size="11" fill="${COLOURS.axis}"${extra}>${escapeHtml(content)}</text>`;
}
/** Production deployments per UTC day, successes and failures stacked. */
function deploymentsPerDayChart(byDay) {
    const width = 760;
    const height = 220;
    const left = 34;
    const bottom = 34;
    const plotWidth = width - left - 10;
    const plotHeight = height - bottom - 12;
    const top = Math.max(1, ...byDay.map((day) => day.successes + day.failures));
    const slot = plotWidth / Math.max(1, byDay.length);
    const barWidth = Math.max(2, Math.min(28, slot * 0.7));
    const y = (count) => 12 + plotHeight - (count / top) * plotHeight;
    const body = [];
    for (let tick = 0; tick <= top; tick += Math.max(1, Math.ceil(top / 4))) {
        body.push(`<line x1="${left}" x2="${width - 10}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="${COLOURS.grid}"/>`, charts_text(left - 6, y(tick) + 4, String(tick), 'end'));
    }
    const labelEvery = Math.max(1, Math.ceil(byDay.length / 10));
    byDay.forEach((day, index) => {
        const x = left + index * slot + (slot - barWidth) / 2;
        const successTop = y(day.successes);
        if (day.successes > 0) {
            body.push(`<rect x="${x.toFixed(1)}" y="${successTop.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(y(0) - successTop).toFixed(1)}" fill="${COLOURS.success}"><title>${escapeHtml(`${day.day}: ${day.successes} successful`)}</title></rect>`);
        }
        if (day.failures > 0) {
            const failureTop = y(day.successes + day.failures);
            body.push(`<rect x="${x.toFixed(1)}" y="${failureTop.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(successTop - failureTop).toFixed(1)}" fill="${COLOURS.failure}"><title>${escapeHtml(`${day.day}: ${day.failures} failed`)}</title></rect>`);
        }
        if (index % labelEvery === 0 || index === byDay.length - 1)
            body.push(charts_text(left + index * slot + slot / 2, height - bottom + 16, day.day.slice(5), 'middle'));
    });
    body.push(`<line x1="${left}" x2="${width - 10}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="${COLOURS.axis}"/>`);
    body.push(`<rect x="${left}" y="${height - 12}" width="10" height="10" fill="${COLOURS.success}"/>`, charts_text(left + 14, height - 3, 'successful'), `<rect x="${left + 90}" y="${height - 12}" width="10" height="10" fill="${COLOURS.failure}"/>`, charts_text(left + 104, height - 3, 'failed'));
    return svg(width, height, 'Production deployments per day (UTC)', body);
}
/** One horizontal bar per labelled duration (lead times, times to restore). */
function durationBarsChart(label, bars) {
    const rowHeight = 22;
    const left = 90;
    const width = 760;
    const height = Math.max(1, bars.length) * rowHeight + 10;
    const longest = Math.max(1, ...bars.map((bar) => bar.ms));
    const scale = (width - left - 110) / longest;
    const body = bars.map((bar, index) => {
        const y = 5 + index * rowHeight;
        const rect = `<rect x="${left}" y="${y + 3}" width="${Math.max(1, bar.ms * scale).toFixed(1)}" height="${rowHeight - 8}" fill="${COLOURS.bar}"><title>${escapeHtml(`${bar.label}: ${(0,show.formatDuration)(bar.ms)}`)}</title></rect>`;
        const name = charts_text(left - 6, y + rowHeight / 2 + 3, bar.label, 'end', ' font-family="monospace"');
        const value = charts_text(left + bar.ms * scale + 6, y + rowHeight / 2 + 3, (0,show.formatDuration)(bar.ms));
        return bar.href ? `<a href="${escapeHtml(bar.href)}">${name}${rect}</a>${value}` : `${name}${rect}${value}`;
    });
    if (bars.length === 0)
        body.push(charts_text(left, 20, 'nothing to show in this window'));
    return svg(width, height, label, body);
}
/** The pipeline's stages on one time axis, from the first start to the last finish. */
function timelineChart(stages) {
    const rowHeight = 22;
    const left = 170;
    const width = 760;
    const height = stages.length * rowHeight + 30;
    const start = Math.min(...stages.map((stage) => Date.parse(stage.startedAt)));
    const end = Math.max(start + 1, ...stages.map((stage) => Date.parse(stage.finishedAt)));
    const scale = (width - left - 100) / (end - start);
    const body = stages.map((stage, index) => {
        const y = 5 + index * rowHeight;
        const x = left + (Date.parse(stage.startedAt) - start) * scale;
        const barWidth = Math.max(2, stage.durationMs * scale);
        const colour = stage.outcome === 'success' ? COLOURS.success : stage.outcome === 'no' ? COLOURS.no : stage.outcome === 'failure' ? COLOURS.failure : COLOURS.skipped;
        return (charts_text(left - 6, y + rowHeight / 2 + 3, stage.stage, 'end') +
            `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${barWidth.toFixed(1)}" height="${rowHeight - 8}" fill="${colour}"><title>${escapeHtml(`${stage.stage}: ${(0,show.formatDuration)(stage.durationMs)}, ${stage.outcome} (${stage.startedAt} to ${stage.finishedAt})`)}</title></rect>` +
            charts_text(x + barWidth + 6, y + rowHeight / 2 + 3, `${(0,show.formatDuration)(stage.durationMs)} ${stage.outcome}`));
    });
    body.push(`<line x1="${left}" x2="${width - 100}" y1="${height - 22}" y2="${height - 22}" stroke="${COLOURS.axis}"/>`, charts_text(left, height - 8, '0'), charts_text(width - 100, height - 8, `+${(0,show.formatDuration)(end - start)}`, 'end'));
    return svg(width, height, 'Stage timings', body);
}

;// CONCATENATED MODULE: ./build/report/html.js
// The dashboard's pages as HTML strings: self-contained (inline CSS and SVG, no script, font, image
// or stylesheet from anywhere), every evidence string escaped.





const STYLE = `
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a202c;background:#f7fafc}
header{background:#1a365d;color:#fff;padding:14px 28px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#bee3f8}
header a{color:#bee3f8}main{padding:18px 28px;max-width:1180px}h2{font-size:17px;margin:26px 0 10px}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(250px,1fr));gap:14px}
.figure{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:12px 14px}
.figure h3{margin:0;font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#4a5568}
.figure .value{font-size:26px;font-weight:600;margin:6px 0 2px}.figure .sub{color:#4a5568;margin:0 0 6px}
.definition{color:#4a5568;font-size:12px}details{margin:4px 0}summary{cursor:pointer;color:#2b6cb0}summary.mono{white-space:nowrap}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #e2e8f0}
th,td{text-align:left;padding:6px 9px;border-bottom:1px solid #edf2f7;vertical-align:top}td.detail{overflow-wrap:anywhere}th{background:#edf2f7;font-size:12px;color:#4a5568}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;overflow-wrap:anywhere}
.badge{display:inline-block;border-radius:4px;padding:1px 7px;font-weight:600;font-size:12px}
.yes{background:#c6f6d5;color:#22543d}.no{background:#fed7d7;color:#822727}.pending{background:#e2e8f0;color:#2d3748}
.partial{background:#feebc8;color:#7b341e}.untrusted{background:#822727;color:#fff}
.warning{background:#fff5f5;border:1px solid #feb2b2;border-radius:8px;padding:10px 14px;margin:12px 0}
.chart{max-width:100%;height:auto;background:#fff;border:1px solid #e2e8f0;border-radius:8px}
ul.evidence{margin:4px 0;padding-left:18px;font-size:12px}dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0}
dl.facts dt{color:#4a5568}dl.facts dd{margin:0}a{color:#2b6cb0}
`;
function page(title, header, body, root) {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1>${header}</header>
<main>
${body}
</main>
<footer><p class="definition" style="padding:0 28px 20px">Generated by <a href="${root}index.html">shipgate report</a>.</p></footer>
</body>
</html>
`;
}
const shortSha = (sha) => sha.slice(0, 7);
const shortDigest = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
/** The file name of a release's page, under releases/; the SHA is checked hex, so it is a safe name. */
function releasePageName(sha) {
    return `${sha}.html`;
}
function decisionBadge(release) {
    if (release.decisionState === 'invalid')
        return '<span class="badge untrusted" data-decision="unreadable">decision unreadable</span>';
    if (release.decision === null)
        return '<span class="badge pending" data-decision="none">no decision</span>';
    const badge = `<span class="badge ${release.decision === 'YES' ? 'yes' : 'no'}" data-decision="${release.decision}">${release.decision}</span>`;
    return release.evidenceHolds ? badge : `${badge} <span class="badge untrusted" data-untrusted="true" title="The evidence does not hold: never counted as YES">evidence does not hold</span>`;
}
function statusBadge(release) {
    if (release.status === null)
        return '—';
    const kind = release.status === 'success' ? 'yes' : release.status === 'partial_success' ? 'partial' : 'no';
    return `<span class="badge ${kind}">${escapeHtml(release.status)}</span>`;
}
function time(iso) {
    return iso === null ? '—' : `<time datetime="${escapeHtml(iso)}">${escapeHtml(iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'))}</time>`;
}
function duration(ms) {
    return ms === null ? '—' : escapeHtml((0,show.formatDuration)(ms));
}
function releaseLink(sha, prefix) {
    return `<a class="mono" href="${prefix}${releasePageName(sha)}">${escapeHtml(shortSha(sha))}</a>`;
}
function evidenceList(refs, extra = () => '') {
    if (refs.length === 0)
        return '<p class="definition">No releases.</p>';
    return `<ul class="evidence">${refs.map((ref) => `<li>${releaseLink(ref.sha, 'releases/')} ${time(ref.decidedAt)}${extra(ref)}: ${ref.files.map((file) => `<code>${escapeHtml(file)}</code>`).join(', ')}</li>`).join('')}</ul>`;
}
function figureCard(id, title, value, dataValue, sub, definition, evidence) {
    return `<section class="figure" id="${id}">
<h3>${escapeHtml(title)}</h3>
<p class="value" data-value="${escapeHtml(dataValue)}">${value}</p>
<p class="sub">${sub}</p>
<p class="definition">${escapeHtml(definition)}</p>
<details><summary>Evidence</summary>${evidence}</details>
</section>`;
}
/** `<span data-count="1">1</span> deployment`: the count marked so that it can be read off the page, the noun agreeing with it. */
function counted(count, singular, pluralForm = `${singular}s`, attribute = 'data-count') {
    return `<span ${attribute}="${count}">${count}</span> ${count === 1 ? singular : pluralForm}`;
}
function dataNumber(value) {
    return value === null ? '' : String(value);
}
function renderIndex(pages) {
    const { figures, releases } = pages;
    const frequency = figures.deploymentFrequency;
    const lead = figures.leadTime;
    const failure = figures.changeFailureRate;
    const restore = figures.timeToRestore;
    const leadById = new Map(lead.samples.map((sample) => [sample.sha, sample]));
    const cards = [
        figureCard('deployment-frequency', 'Deployment frequency', `${frequency.perDay.toFixed(2)} / day`, String(frequency.perDay), `${counted(frequency.deployments, 'successful production deployment')}; ${frequency.perWeek.toFixed(2)} / week`, DORA_DEFINITIONS.deploymentFrequency, evidenceList(frequency.counted)),
        figureCard('lead-time', 'Lead time for changes', lead.medianMs === null ? 'no data' : duration(lead.medianMs), dataNumber(lead.medianMs), `median of ${counted(lead.samples.length, 'deployment')}${lead.withoutCommitTime.length > 0 ? `; ${lead.withoutCommitTime.length} without a commit time left out` : ''}`, DORA_DEFINITIONS.leadTime, evidenceList(lead.samples, (ref) => ` (committed ${time(leadById.get(ref.sha).commitTime)}, ${duration(leadById.get(ref.sha).leadTimeMs)})`)),
        figureCard('change-failure-rate', 'Change failure rate', failure.rate === null ? 'no data' : `${(failure.rate * 100).toFixed(1)}%`, dataNumber(failure.rate), `<span data-count="${failure.failures}">${failure.failures}</span> failed of ${counted(failure.deployments, 'production deployment', undefined, 'data-total')}`, DORA_DEFINITIONS.changeFailureRate, `<p class="definition">Failed:</p>${evidenceList(failure.failed, (ref) => ` (${escapeHtml(ref.why)})`)}<p class="definition">All counted:</p>${evidenceList(failure.counted)}`),
        figureCard('time-to-restore', 'Time to restore service', restore.medianMs === null ? 'no data' : duration(restore.medianMs), dataNumber(restore.medianMs), `median of ${counted(restore.incidents.filter((incident) => incident.restoreMs !== null).length, 'restored incident')}; ${restore.incidents.filter((incident) => incident.restoreMs === null).length} open`, DORA_DEFINITIONS.timeToRestore, restore.incidents.length === 0
            ? '<p class="definition">No incidents.</p>'
            : `<ul class="evidence">${restore.incidents
                .map((incident) => `<li>failed ${incident.failures.map((sha) => releaseLink(sha, 'releases/')).join(', ')} from ${time(incident.failedAt)}; ${incident.restoredSha === null ? 'open' : `restored by ${releaseLink(incident.restoredSha, 'releases/')} at ${time(incident.restoredAt)} after ${duration(incident.restoreMs)}`}</li>`)
                .join('')}</ul>`),
    ];
    const rows = releases.map((release) => `<tr data-sha="${release.sha}">
<td>${decisionBadge(release)}</td><td>${statusBadge(release)}</td><td>${environmentText(release, '—')}</td>
<td>${releaseLink(release.sha, 'releases/')}</td><td>${time(release.decidedAt)}</td><td>${duration(release.leadTimeMs)}</td>
<td>${release.production.deployed ? 'yes' : 'no'}</td></tr>`);
    const header = `<p>Evidence from <code>${escapeHtml(pages.source)}</code>; DORA window ${time(figures.window.since)} to ${time(figures.window.until)} (${figures.window.days.toFixed(1)} days); generated ${time(pages.generatedAt.toISOString())}.</p>`;
    const body = `
<h2>DORA figures</h2>
<div class="figures">${cards.join('\n')}</div>
<p class="definition">${escapeHtml(DORA_DEFINITIONS.productionDeployment)} ${escapeHtml(DORA_DEFINITIONS.success)}</p>
<h2>Production deployments per day</h2>
${deploymentsPerDayChart(frequency.byDay)}
<h2>Lead time per deployment</h2>
${durationBarsChart('Lead time for changes per successful production deployment', lead.samples.map((sample) => ({ label: shortSha(sample.sha), ms: sample.leadTimeMs, href: `releases/${releasePageName(sample.sha)}` })))}
<h2>Releases</h2>
<table id="releases"><thead><tr><th>Decision</th><th>Status</th><th>Environment</th><th>SHA</th><th>Decided</th><th>Lead time</th><th>Reached production</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="7">No evidence in this folder.</td></tr>'}</tbody></table>
${figures.notCounted.length > 0
        ? `<h2>Not in the DORA figures</h2><ul class="evidence">${figures.notCounted.map((entry) => `<li>${releaseLink(entry.sha, 'releases/')}: ${escapeHtml(entry.why)}</li>`).join('')}</ul>`
        : ''}`;
    return page('shipgate releases', header, body, '');
}
/** The environment the decision is for, and where the release stopped before it. */
function environmentText(release, none) {
    if (release.environment === null)
        return escapeHtml(none);
    const stopped = release.stoppedAt === null ? '' : ` <span class="definition" data-stopped-at="${escapeHtml(release.stoppedAt)}">(stopped at ${escapeHtml(release.stoppedAt)})</span>`;
    return `${escapeHtml(release.environment)}${stopped}`;
}
function renderRelease(release) {
    const facts = `<dl class="facts">
<dt>SHA</dt><dd class="mono">${escapeHtml(release.sha)}</dd>
<dt>Repository</dt><dd>${escapeHtml(release.repository ?? '—')}</dd>
<dt>Decision</dt><dd>${decisionBadge(release)} ${statusBadge(release)}</dd>
<dt>Environment</dt><dd>${environmentText(release, '— (single flow)')}</dd>
<dt>Decided</dt><dd>${time(release.decidedAt)}</dd>
<dt>Commit time</dt><dd>${time(release.commitTime)}</dd>
<dt>Lead time</dt><dd>${duration(release.leadTimeMs)}</dd>
<dt>Reached production</dt><dd>${release.production.deployed ? `yes (${release.production.files.map((file) => `<code>${escapeHtml(file)}</code>`).join(', ')})` : 'no'}</dd>
</dl>`;
    const warning = release.evidenceHolds
        ? ''
        : `<div class="warning" id="evidence-failures"><strong>The evidence does not hold</strong>: this release is never counted as a YES.<ul class="evidence">${release.evidenceFailures
            .map((failure) => `<li><code>${escapeHtml(failure.file)}</code>: ${escapeHtml(failure.field)}: ${escapeHtml(failure.message)}</li>`)
            .join('')}</ul></div>`;
    const reasons = release.reasons.length === 0 ? '' : `<h2>Reasons</h2><ul class="evidence" id="reasons">${release.reasons.map((reason) => `<li>${escapeHtml((0,release_decision/* formatReason */.K9)(reason))}</li>`).join('')}</ul>`;
    // A file verify names (changed after the decision, a broken link) is marked even when its own schema holds.
    const failing = new Set(release.evidenceFailures.map((failure) => failure.file));
    const chainRows = release.chain.map((entry) => `<tr data-kind="${escapeHtml(entry.kind)}" data-state="${entry.state}"${failing.has(entry.path) ? ' data-holds="false"' : ''}>
<td>${escapeHtml(entry.title)}</td><td>${escapeHtml(entry.environment ?? '—')}</td>
<td><code>${escapeHtml(entry.path)}</code>${entry.artifact ? `<br><span class="definition">artifact ${escapeHtml(entry.artifact)}</span>` : ''}</td>
<td><code>${escapeHtml(entry.schema ?? '—')}</code></td>
<td>${entry.digest ? `<details><summary class="mono">${escapeHtml(shortDigest(entry.digest))}</summary><code>${escapeHtml(entry.digest)}</code></details>` : '—'}</td>
<td>${entry.state === 'valid' ? `<span class="badge yes">valid</span>${failing.has(entry.path) ? ' <span class="badge untrusted">does not hold</span>' : ''}` : `<span class="badge no">invalid</span><ul class="evidence">${entry.problems.map((problem) => `<li>${escapeHtml(problem.field)}: ${escapeHtml(problem.message)}</li>`).join('')}</ul>`}</td></tr>`);
    const checkRows = release.checks.map(({ environment, stage, check }) => `<tr data-status="${escapeHtml(check.status)}">
<td>${escapeHtml(environment ?? '—')}</td><td>${escapeHtml(stage)}</td><td>${escapeHtml(check.name)}</td><td>${escapeHtml(check.type)}</td>
<td>${check.required ? 'required' : 'optional'}</td><td><span class="badge ${check.status === 'pass' ? 'yes' : check.status === 'fail' ? 'no' : 'pending'}">${escapeHtml(check.status)}</span></td>
<td class="detail">${escapeHtml(check.reason ?? check.detail ?? '')}</td><td>${duration(check.durationMs)}</td></tr>`);
    const timeline = release.timeline.state === 'valid' && release.timeline.stages.length > 0
        ? `${timelineChart(release.timeline.stages)}<p class="definition">Shown: ${escapeHtml(release.timeline.run)}${release.timeline.otherRuns.length > 0 ? ` (also recorded: ${escapeHtml(release.timeline.otherRuns.join(', '))})` : ''}. ${release.timeline.closed
            ? `Closed ${time(release.timeline.closed.closedAt)}: total ${duration(release.timeline.closed.totalMs)}, lead time ${duration(release.timeline.closed.leadTimeMs)}.`
            : 'Open: no release decision has closed it yet.'}</p>`
        : `<p class="definition">${release.timeline.state === 'invalid' ? `The timing cannot be read: ${escapeHtml(release.timeline.problem)}` : 'No timing recorded.'}</p>`;
    const body = `${warning}
${facts}
${reasons}
<h2>Evidence chain</h2>
<table id="chain"><thead><tr><th>Contract</th><th>Environment</th><th>Path</th><th>Schema</th><th>Digest</th><th>State</th></tr></thead>
<tbody>${chainRows.join('\n')}</tbody></table>
<h2>Checks</h2>
${checkRows.length === 0 ? '<p class="definition">No checks recorded.</p>' : `<table id="checks"><thead><tr><th>Environment</th><th>Stage</th><th>Check</th><th>Type</th><th></th><th>Status</th><th>Reason or detail</th><th>Duration</th></tr></thead><tbody>${checkRows.join('\n')}</tbody></table>`}
<h2>Timeline</h2>
${timeline}`;
    return page(`Release ${shortSha(release.sha)}`, `<p><a href="../index.html">All releases</a></p>`, body, '../');
}

// EXTERNAL MODULE: ./build/evidence/atomic-file.js
var atomic_file = __webpack_require__(33910);
// EXTERNAL MODULE: ./build/stages/timing.js
var stages_timing = __webpack_require__(8810);
// EXTERNAL MODULE: ./build/stages/verify.js
var verify = __webpack_require__(73445);
;// CONCATENATED MODULE: ./build/report/read-releases.js
// Reads the evidence of every SHA in an evidence folder into the report's model: each contract
// through the store's validated read, the timing through the timing stage's loader, and whether
// the chain still holds through `shipgate verify`'s own check, so that tampered evidence shows.







/** The order a release goes through, which is the order its chain is shown in. */
const CHAIN_ORDER = ['commit-stage', 'release-package', 'acceptance', 'deployment', 'production', 'release', 'pipeline', 'delivery'];
async function environmentsIn(store) {
    return ((await (0,atomic_file/* namesInFolder */.OS)((0,external_node_path_.join)(store.location, 'environments'))) ?? []).filter((name) => scoped_store/* ENVIRONMENT_NAME */.YR.test(name)).sort();
}
async function shasIn(store, environments) {
    const shas = new Set();
    for (const kind of contracts/* contractKinds */.Ym)
        for (const sha of await store.listShas(kind))
            shas.add(sha);
    for (const environment of environments) {
        const scoped = (0,scoped_store/* scopedStore */.sy)(store, { environment });
        for (const kind of scoped_store/* SCOPED_KINDS */.Ph)
            for (const sha of await scoped.listShas(kind))
                shas.add(sha);
    }
    return [...shas].sort();
}
function chainEntry(folder, read, environment) {
    if (read.state === 'missing')
        return undefined;
    const path = (0,external_node_path_.relative)(folder.store.location, read.path);
    return {
        kind: read.kind,
        title: contracts/* contracts */.Mh[read.kind].title,
        environment,
        path,
        artifact: folder.artifactOf.get(path) ?? null,
        state: read.state,
        schema: read.state === 'valid' ? read.value.schema : null,
        digest: read.state === 'valid' ? read.digest : null,
        problems: read.state === 'invalid' ? read.problems : [],
    };
}
function checksOf(read, environment) {
    if (read.state !== 'valid')
        return [];
    if (read.kind === 'acceptance')
        return read.value.checks.map((check) => ({ environment, stage: 'acceptance', check }));
    if (read.kind === 'production')
        return read.value.checks.map((check) => ({ environment, stage: 'prod-verify', check }));
    return [];
}
/**
 * The earliest time the evidence of one environment records for the SHA, so that the environments
 * are shown in the order the release went through them (dev, staging, production), which their
 * names do not tell; an environment with nothing readable comes last.
 */
function firstRecordedAt(reads) {
    const times = reads.flatMap((read) => {
        if (read.state !== 'valid')
            return [];
        const value = read.value;
        return [value.startedAt, value.decidedAt].filter((time) => time !== undefined).map((time) => Date.parse(time));
    });
    return times.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...times);
}
/** The timing of the run that the decision closed (else the run under way at the decision, else the latest). */
async function timelineOf(store, sha, present, decidedAt) {
    if (!present)
        return { state: 'missing' };
    try {
        const timing = await (0,stages_timing/* loadTiming */.r)(store, sha);
        const runs = (0,stages_timing/* runsOf */.ky)(timing);
        const shown = (decidedAt === undefined ? undefined : (runs.find((entry) => entry.closed?.closedAt === decidedAt) ?? (0,stages_timing/* runAt */.D)(runs, decidedAt))) ?? (0,stages_timing/* latestRun */.hH)(timing);
        if (!shown)
            return { state: 'valid', run: 'none', stages: [], closed: null, otherRuns: [] };
        return {
            state: 'valid',
            run: (0,stages_timing/* runLabel */.Az)(shown.run),
            stages: shown.stages,
            closed: shown.closed,
            otherRuns: runs.filter((entry) => entry !== shown).map((entry) => (0,stages_timing/* runLabel */.Az)(entry.run)),
        };
    }
    catch (error) {
        if (!(error instanceof errors/* EvidenceError */.oe))
            throw error;
        return { state: 'invalid', problem: (0,errors/* errorMessage */.gJ)(error) };
    }
}
/**
 * Whether the package reached the environment: its deployment record says deployed or failed (or
 * cannot be read, and then it is not trusted either way), or it was verified there, which only
 * happens after a deploy (where the deploy is the user's own step, without a deployment record).
 */
async function productionDeployment(folder, sha, environment) {
    const store = (0,scoped_store/* scopedStore */.sy)(folder.store, environment === null ? {} : { environment });
    const [deployment, production] = await Promise.all([store.read('deployment', sha), store.read('production', sha)]);
    const files = [];
    if (deployment.state === 'invalid' || (deployment.state === 'valid' && (deployment.value.outcome === 'deployed' || deployment.value.outcome === 'failed'))) {
        files.push((0,external_node_path_.relative)(folder.store.location, deployment.path));
    }
    if (production.state !== 'missing')
        files.push((0,external_node_path_.relative)(folder.store.location, production.path));
    return { deployed: files.length > 0, files };
}
/**
 * Where the release stopped: the first environment other than the one the release's decision is
 * for whose own decision is a valid NO. That environment is skipped rather than ending the search:
 * after a rerun its older evidence can sort it before the environment that stopped this run.
 */
function stoppedBefore(environmentReads, decidedFor) {
    for (const { environment, reads } of environmentReads) {
        if (environment === decidedFor)
            continue;
        const own = reads.find((read) => read.kind === 'release');
        if (own?.state === 'valid' && own.value.decision === 'NO')
            return environment;
    }
    return null;
}
/** Every release in the folder, newest decision first, releases without a decision last. */
async function readReleases(folder) {
    const root = folder.store;
    const environments = await environmentsIn(root);
    const records = [];
    for (const sha of await shasIn(root, environments)) {
        const rootReads = await Promise.all(CHAIN_ORDER.map((kind) => root.read(kind, sha)));
        const environmentReads = (await Promise.all(environments.map(async (environment) => {
            const scoped = (0,scoped_store/* scopedStore */.sy)(root, { environment });
            const kinds = CHAIN_ORDER.filter((kind) => scoped_store/* SCOPED_KINDS */.Ph.includes(kind));
            return { environment, reads: await Promise.all(kinds.map((kind) => scoped.read(kind, sha))) };
        }))).sort((a, b) => firstRecordedAt(a.reads) - firstRecordedAt(b.reads) || a.environment.localeCompare(b.environment));
        const chain = [
            ...rootReads.map((read) => chainEntry(folder, read, null)),
            ...environmentReads.flatMap(({ environment, reads }) => reads.map((read) => chainEntry(folder, read, environment))),
        ].filter((entry) => entry !== undefined);
        const checks = [...rootReads.flatMap((read) => checksOf(read, null)), ...environmentReads.flatMap(({ environment, reads }) => reads.flatMap((read) => checksOf(read, environment)))];
        const decisionRead = rootReads[CHAIN_ORDER.indexOf('release')];
        const decision = decisionRead.state === 'valid' ? decisionRead.value : undefined;
        const timeline = await timelineOf(root, sha, rootReads[CHAIN_ORDER.indexOf('pipeline')].state !== 'missing', decision?.decidedAt);
        const verified = await (0,verify/* verifyEvidence */.J)(root, sha, { partial: decisionRead.state === 'missing' });
        const commitTime = timeline.state === 'valid' ? (timeline.closed?.commitTime ?? null) : null;
        const environment = decision && 'environment' in decision ? decision.environment : null;
        const stoppedAt = decision?.decision === 'NO' ? stoppedBefore(environmentReads, environment) : null;
        records.push({
            sha,
            repository: decision?.repository ?? null,
            decision: decision?.decision ?? null,
            status: decision?.status ?? null,
            decisionState: decisionRead.state,
            decisionPath: (0,external_node_path_.relative)(root.location, decisionRead.path),
            environment,
            stoppedAt,
            decidedAt: decision?.decidedAt ?? null,
            commitTime,
            leadTimeMs: decision && commitTime !== null ? Date.parse(decision.decidedAt) - Date.parse(commitTime) : null,
            reasons: decision?.reasons ?? [],
            evidenceHolds: verified.ok,
            evidenceFailures: verified.failures.map((failure) => ({ ...failure, file: failure.file.startsWith(root.location) ? (0,external_node_path_.relative)(root.location, failure.file) : failure.file })),
            trustedYes: decision?.decision === 'YES' && verified.ok,
            chain,
            checks,
            timeline,
            production: { deployed: false, files: [] },
            // Known only from a readable decision; settled below for the others.
            productionEnvironment: decision ? environment : undefined,
        });
    }
    // A release whose decision cannot be read is looked for in the environment the other releases'
    // decisions are for (the last of environments:), so that its deploy still counts as a failure.
    const named = records.map((record) => record.productionEnvironment).filter((name) => name !== undefined);
    const usual = mostCommon(named);
    for (const record of records) {
        const environment = record.productionEnvironment === undefined ? usual : record.productionEnvironment;
        delete record.productionEnvironment;
        record.production = await productionDeployment(folder, record.sha, environment);
    }
    return records.sort(newestFirst);
}
function mostCommon(names) {
    const counts = new Map();
    for (const name of names)
        counts.set(name, (counts.get(name) ?? 0) + 1);
    let best = null;
    let bestCount = 0;
    for (const [name, count] of counts)
        if (count > bestCount)
            [best, bestCount] = [name, count];
    return best;
}
function newestFirst(a, b) {
    if (a.decidedAt !== null && b.decidedAt !== null)
        return Date.parse(b.decidedAt) - Date.parse(a.decidedAt) || a.sha.localeCompare(b.sha);
    if (a.decidedAt !== null)
        return -1;
    if (b.decidedAt !== null)
        return 1;
    return a.sha.localeCompare(b.sha);
}

;// CONCATENATED MODULE: ./build/report/site.js
// `shipgate report`'s work: the evidence folder read into releases, the DORA figures over the
// window, and the static site written (index.html and releases/<sha>.html, nothing else).






async function buildReport(artifactsDir, window, generatedAt) {
    const folder = await openEvidenceFolder(artifactsDir);
    try {
        const releases = await readReleases(folder);
        return { source: artifactsDir, layout: folder.layout, generatedAt, releases, figures: computeDora(releases, window), skipped: folder.skipped };
    }
    finally {
        await folder.close();
    }
}
/** Writes the site; returns the files written. */
async function writeReportSite(outDir, report) {
    await (0,promises_.mkdir)((0,external_node_path_.join)(outDir, 'releases'), { recursive: true });
    const written = [];
    const put = async (path, html) => {
        await (0,promises_.writeFile)(path, html);
        written.push(path);
    };
    await put((0,external_node_path_.join)(outDir, 'index.html'), renderIndex(report));
    for (const release of report.releases)
        await put((0,external_node_path_.join)(outDir, 'releases', releasePageName(release.sha)), renderRelease(release));
    return written;
}

// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
// EXTERNAL MODULE: ./build/cli/io.js
var cli_io = __webpack_require__(1973);
;// CONCATENATED MODULE: ./build/cli/commands/report.js
// `shipgate report`: a static HTML dashboard of the releases in an evidence folder and the four
// DORA figures over a window, or (--json) the figures alone.








const REPORT_USAGE = `Usage: shipgate report --out DIR [--artifacts-dir DIR] [--window 30d | --since WHEN] [--until WHEN] [--json]

Builds a static HTML dashboard (DIR/index.html, one page per release under DIR/releases/) from the
evidence of every SHA: each release's decision, status, evidence chain, checks and stage timings,
and the four DORA figures over the window (deployment frequency, lead time for changes, change
failure rate, time to restore service), each with its definition and the evidence it counts.
Nothing is fetched from the network and the pages load nothing from elsewhere. Releases whose
evidence does not hold (invalid, or changed after the decision) are shown, marked, and never
counted as a YES.

Options:
  --out DIR            Where the site is written (created if needed).
  --artifacts-dir DIR  The evidence: an artifacts folder as the stages write it, or a folder of
                       evidence artifacts downloaded from GitHub, one folder per artifact
                       (gh run download, actions/download-artifact without merge-multiple);
                       default ${local_store/* DEFAULT_ARTIFACTS_DIR */.qx}.
  --window AGE         The DORA window's length, ending at --until (default 30d; a number with
                       d, h, m or s: 90d, 36h).
  --since WHEN         The window's start instead (2025-01-01 or an RFC 3339 time).
  --until WHEN         The window's end (default now).
  --json               Print the figures as JSON (the site is still written when --out is given).
  --help               This help.

Exit status: 0 the report was made, 2 a usage error.`;
function parseWhen(text, flag) {
    const reading = (0,rfc3339/* parseRfc3339 */.T)(text, { dateOnly: true });
    if ('problem' in reading)
        throw new errors/* ConfigurationError */.j1(`${flag}: '${text}' is not a date or time: ${reading.problem}`);
    return reading.time;
}
/** The window from the flags; `now` ends it when --until is not given. */
function reportWindow(flags, now) {
    if (flags.window !== undefined && flags.since !== undefined)
        throw new errors/* ConfigurationError */.j1('give --window or --since, not both: --since starts the window where --window would');
    const until = flags.until === undefined ? now : parseWhen(flags.until, '--until');
    let since;
    if (flags.since !== undefined) {
        since = parseWhen(flags.since, '--since');
    }
    else {
        const windowMs = (0,action/* parseDurationMs */.yi)(flags.window ?? '30d');
        if (windowMs === undefined)
            throw new errors/* ConfigurationError */.j1(`--window: '${flags.window}' is not a duration; ${action/* DURATION_RULE */.Qb}`);
        since = new Date(until.getTime() - windowMs);
    }
    if (since.getTime() >= until.getTime())
        throw new errors/* ConfigurationError */.j1(`the window starts (${since.toISOString()}) at or after its end (${until.toISOString()}); give an earlier --since or a later --until`);
    return { since, until };
}
async function reportCommand(args, io) {
    const { values } = (0,cli_io/* parseFlags */.bQ)('shipgate report', args, {
        out: { type: 'string' },
        'artifacts-dir': { type: 'string' },
        window: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    });
    if (!values.help && values.out === undefined && !values.json)
        throw new cli_io/* UsageError */.eb('give --out DIR for the site, or --json for the figures', 'shipgate report');
    if (values.help) {
        io.out(REPORT_USAGE);
        return cli_io/* EXIT */.dc.ok;
    }
    const window = reportWindow(values, new Date());
    // Relative to the command's folder, shown relative to the process's, as the other commands do.
    const artifactsDir = (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(io.cwd, values['artifacts-dir'] ?? local_store/* DEFAULT_ARTIFACTS_DIR */.qx)) || '.';
    const report = await buildReport(artifactsDir, window, new Date());
    for (const skipped of report.skipped)
        io.err(`shipgate report: skipped ${skipped}`);
    if (values.out !== undefined) {
        const outDir = (0,external_node_path_.resolve)(io.cwd, values.out);
        const written = await writeReportSite(outDir, report);
        if (!values.json) {
            const untrusted = report.releases.filter((release) => !release.evidenceHolds).length;
            io.out(`Wrote ${(0,markdown/* plural */.LS)(written.length, 'page')} for ${(0,markdown/* plural */.LS)(report.releases.length, 'release')} to ${outDir}${untrusted > 0 ? ` (${untrusted} with evidence that does not hold)` : ''}; open ${(0,external_node_path_.resolve)(outDir, 'index.html')}`);
        }
    }
    if (values.json)
        io.out(JSON.stringify(report.figures, null, 2));
    return cli_io/* EXIT */.dc.ok;
}


/***/ }),

/***/ 81900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h_: () => (/* binding */ GitHubArtifactStore),
/* harmony export */   oT: () => (/* binding */ parseEvidenceArtifactName),
/* harmony export */   otherRunEvidence: () => (/* binding */ otherRunEvidence)
/* harmony export */ });
/* unused harmony exports evidenceArtifactName, latestEvidenceArtifact, requireArtifactRuntime */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36291);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(19473);
/* harmony import */ var _evidence_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(35562);
/* harmony import */ var _local_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7982);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(11549);
// The GitHub-artifact evidence backend: the local folder stays the working copy, every contract a
// stage writes is uploaded as one artifact per kind and SHA, and a read first downloads the newest
// artifact of that kind and SHA (this run's, else the source run's for a replay) into the folder,
// where the store's validated read checks it (schema, SHA, the manifest's own digest).
// @actions/artifact is loaded on the first transfer, never at start-up.











/** Characters GitHub refuses in an artifact name. */
const FORBIDDEN_NAME_CHARACTERS = /[":<>|*?\\/]/;
/**
 * The artifact of a kind and SHA: `<kind>-<sha>` (the release package: `release-package-<sha>`).
 * Artifacts are immutable and a name is unique within a run, so a later revision of a contract that
 * changes (the pipeline timing every stage appends to) is uploaded as `<kind>-<sha>-r<n>`.
 */
function evidenceArtifactName(kind, sha, revision = 0, namePrefix = '') {
    const name = `${namePrefix}${_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].kind}-${(0,_store_js__WEBPACK_IMPORTED_MODULE_10__/* .assertSha */ .B1)(sha)}${revision > 0 ? `-r${revision}` : ''}`;
    if (FORBIDDEN_NAME_CHARACTERS.test(name))
        throw new Error(`bug: artifact name ${name} has a character GitHub refuses`);
    return name;
}
/** The kind, SHA and revision an evidence artifact's name stands for; undefined for other artifacts. */
function parseEvidenceArtifactName(name, namePrefix = '') {
    for (const kind of _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contractKinds */ .Ym) {
        const prefix = `${namePrefix}${_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].kind}-`;
        if (!name.startsWith(prefix))
            continue;
        const match = /^([0-9a-f]{40})(?:-r([1-9][0-9]*))?$/.exec(name.slice(prefix.length));
        if (match)
            return { kind, sha: match[1], revision: match[2] ? Number(match[2]) : 0 };
    }
    return undefined;
}
/** The newest revision of a kind and SHA among a run's artifacts (the highest id breaks a tie). */
function latestEvidenceArtifact(artifacts, kind, sha, namePrefix = '') {
    let latest;
    for (const artifact of artifacts) {
        const parsed = parseEvidenceArtifactName(artifact.name, namePrefix);
        if (!parsed || parsed.kind !== kind || parsed.sha !== sha)
            continue;
        if (!latest || parsed.revision > latest.revision || (parsed.revision === latest.revision && artifact.id > latest.id)) {
            latest = { ...artifact, revision: parsed.revision };
        }
    }
    return latest;
}
/** Fails with what to do when the step has no artifact service (not a JavaScript action step on a runner). */
function requireArtifactRuntime(env = process.env) {
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name]);
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`evidence backend github-artifact: ${missing.join(' and ')} not set; the runner gives them to JavaScript action steps. ` +
            'Run the action as a step of a GitHub Actions job, or use the local backend (SHIPGATE_EVIDENCE_BACKEND=local)');
    }
}
class GitHubArtifactStore {
    options;
    local;
    client;
    pulled = new Map();
    /** Kind/SHA pairs whose current content is known to be in an artifact of this run. */
    uploaded = new Set();
    constructor(options, client, sharedClient) {
        this.options = options;
        this.local = new _local_store_js__WEBPACK_IMPORTED_MODULE_9__/* .LocalEvidenceStore */ .un(options.location);
        if (options.sourceOnly && !options.source)
            throw new Error('bug: sourceOnly without a source run');
        if (client)
            this.client = Promise.resolve(client);
        else if (sharedClient)
            this.client = sharedClient;
        if (options.retentionDays !== undefined && !(Number.isInteger(options.retentionDays) && options.retentionDays >= 1 && options.retentionDays <= 90)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`artifact retention: ${options.retentionDays} days is not a whole number from 1 to 90`);
        }
    }
    get location() {
        return this.local.location;
    }
    get namePrefix() {
        return this.options.namePrefix ?? '';
    }
    /** A store for a subfolder whose artifacts carry the segments in their names; it shares this one's client. */
    within(segments) {
        const client = this.client;
        return new GitHubArtifactStore({ ...this.options, location: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.location, ...segments), namePrefix: `${this.namePrefix}${segments.join('.')}.` }, undefined, client);
    }
    pathOf(kind, sha) {
        return this.local.pathOf(kind, sha);
    }
    async read(kind, sha) {
        const path = this.pathOf(kind, sha);
        let pulled;
        try {
            pulled = await this.pull(kind, sha);
        }
        catch (error) {
            // Evidence that cannot be fetched is evidence that cannot be trusted: a NO with the reason,
            // so a release decision is still written (and the workflow can still notify).
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe))
                throw error;
            return { state: 'invalid', kind, path, problems: [{ field: '(artifact)', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error) }] };
        }
        if (pulled.problems.length > 0)
            return { state: 'invalid', kind, path, problems: pulled.problems };
        const read = await this.local.read(kind, sha);
        if (read.state === 'invalid' && pulled.origin) {
            return { ...read, problems: read.problems.map((problem) => ({ ...problem, message: `${problem.message} (downloaded from ${pulled.origin})` })) };
        }
        return read;
    }
    async write(kind, sha, value) {
        // An immutable contract already uploaded in this run must be compared, not uploaded twice.
        await this.pull(kind, sha);
        const written = await this.local.write(kind, sha, value);
        const key = keyOf(kind, sha);
        if (written.written || !this.uploaded.has(key)) {
            await this.upload(kind, sha);
            this.uploaded.add(key);
        }
        return written;
    }
    /** The working copy's lock: jobs on other runners have working copies of their own. */
    exclusively(kind, sha, wait, work) {
        return this.local.exclusively(kind, sha, wait, work);
    }
    async listShas(kind) {
        const shas = new Set(await this.local.listShas(kind));
        const client = await this.artifactClient();
        const runs = [...(this.options.sourceOnly ? [] : [undefined]), ...(this.options.source ? [this.options.source] : [])];
        for (const run of runs) {
            for (const artifact of await this.list(client, run)) {
                const parsed = parseEvidenceArtifactName(artifact.name, this.namePrefix);
                if (parsed?.kind === kind && _contracts_common_js__WEBPACK_IMPORTED_MODULE_5__/* .SHA_PATTERN */ .yw.test(parsed.sha))
                    shas.add(parsed.sha);
            }
        }
        return [...shas].sort();
    }
    pull(kind, sha) {
        const key = keyOf(kind, (0,_store_js__WEBPACK_IMPORTED_MODULE_10__/* .assertSha */ .B1)(sha));
        let pulled = this.pulled.get(key);
        if (!pulled) {
            pulled = this.download(kind, sha);
            this.pulled.set(key, pulled);
        }
        return pulled;
    }
    /** Brings the newest artifact of a kind and SHA into the working copy; the local read then validates it. */
    async download(kind, sha) {
        const client = await this.artifactClient();
        let run;
        let found = this.options.sourceOnly ? undefined : latestEvidenceArtifact(await this.list(client, undefined), kind, sha, this.namePrefix);
        if (!found && this.options.source) {
            run = this.options.source;
            found = latestEvidenceArtifact(await this.list(client, run), kind, sha, this.namePrefix);
        }
        if (!found)
            return { problems: [] };
        const origin = `artifact ${found.name} of ${run ? `run ${run.runId}` : 'this run'}`;
        const relative = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].kind, sha, _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].file);
        const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'shipgate-artifact-'));
        try {
            let digestMismatch;
            try {
                ;
                ({ digestMismatch } = await client.downloadArtifact(found.id, {
                    path: scratch,
                    ...(found.digest ? { expectedHash: found.digest.startsWith('sha256:') ? found.digest : `sha256:${found.digest}` } : {}),
                    ...(run ? { findBy: findByOf(run) } : {}),
                }));
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`${this.pathOf(kind, sha)}: cannot download ${origin}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`, { file: this.pathOf(kind, sha) });
            }
            if (digestMismatch) {
                return { origin, problems: [{ field: '(artifact)', message: `${origin}: the downloaded archive does not match the digest recorded at upload; it changed in storage` }] };
            }
            const downloaded = await (0,_evidence_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readEvidenceFile */ .M)(scratch, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, relative));
            if (downloaded.state === 'missing') {
                return { origin, problems: [{ field: '(file)', message: `${origin} holds no ${relative}` }] };
            }
            if (downloaded.state === 'refused') {
                return { origin, problems: [{ field: '(file)', message: `${relative} in ${origin} ${downloaded.problem.message}` }] };
            }
            const text = downloaded.text;
            const path = this.pathOf(kind, sha);
            const working = await (0,_evidence_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readEvidenceFile */ .M)(this.location, path);
            const current = working.state === 'read' ? working.text : undefined;
            if (_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].immutable && working.state !== 'missing' && current !== text) {
                return { origin, problems: [{ field: '(file)', message: `the working copy differs from ${origin}; a ${kind} must not change once written` }] };
            }
            if (current !== text)
                await (0,_local_store_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(path, text);
            if (!run)
                this.uploaded.add(keyOf(kind, sha));
            this.options.logger.debug(`Downloaded ${origin} into ${path}`);
            return { origin, problems: [] };
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
        }
    }
    async upload(kind, sha) {
        const client = await this.artifactClient();
        const path = this.pathOf(kind, sha);
        const immutable = _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].immutable;
        const latest = latestEvidenceArtifact(await this.list(client, undefined), kind, sha, this.namePrefix);
        if (immutable && latest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`${path}: this run already has ${latest.name} and a ${kind} must not change once written`, { file: path });
        }
        let revision = latest ? latest.revision + 1 : 0;
        // Another job of the run may take the same revision at the same moment: then take the next.
        for (let attempt = 0;; attempt++) {
            const name = evidenceArtifactName(kind, sha, revision, this.namePrefix);
            try {
                const uploaded = await client.uploadArtifact(name, [path], this.location, this.options.retentionDays ? { retentionDays: this.options.retentionDays } : {});
                this.options.logger.info(`Uploaded ${path} as artifact ${name}${uploaded.digest ? ` (sha256:${uploaded.digest})` : ''}`);
                return;
            }
            catch (error) {
                const conflict = /409|already exists/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error));
                if (!conflict || immutable || attempt >= 4) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`${path}: cannot upload artifact ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`, { file: path });
                }
                revision++;
            }
        }
    }
    async list(client, run) {
        try {
            return (await client.listArtifacts(run ? { findBy: findByOf(run) } : {})).artifacts;
        }
        catch (error) {
            const where = run ? `run ${run.runId} of ${run.repository} (the token needs actions: read)` : 'this run';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`cannot list the artifacts of ${where}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    artifactClient() {
        this.client ??= (async () => {
            requireArtifactRuntime();
            const { DefaultArtifactClient } = await loadArtifactPackage();
            return new DefaultArtifactClient();
        })();
        return this.client;
    }
}
/**
 * Another run's evidence, read-only: its artifacts land in a scratch copy, so only what a stage
 * verifies and writes reaches this run's evidence (a replay's package, a captured runtime).
 */
function otherRunEvidence(source, logger) {
    // Under RUNNER_TEMP, which the runner empties after every job; tmpdir() only off a runner, where
    // nothing else would: the copy is this process's alone, so it goes when the process does.
    const location = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `shipgate-run-${source.runId}-`));
    process.once('exit', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(location, { recursive: true, force: true }));
    return new GitHubArtifactStore({ location, source, sourceOnly: true, logger });
}
// Bundled, @actions/artifact is 5 MB: rather than every action's bundle carrying a copy, dist/ has
// one shared bundle of it (dist/artifact-client, built from src/entrypoints/artifact-client.ts)
// that an action loads from beside its own folder. From source, the package is imported as it is.
const SHARED_ARTIFACT_BUNDLE = '../artifact-client/index.js';
async function loadArtifactPackage() {
    const shared = new URL(SHARED_ARTIFACT_BUNDLE, import.meta.url);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(shared)))
        return (await import(/* webpackIgnore: true */ shared.href));
    return import(/* webpackIgnore: true */ '@actions/artifact');
}
function keyOf(kind, sha) {
    return `${kind}/${sha}`;
}
function findByOf(run) {
    const [repositoryOwner, repositoryName] = run.repository.split('/');
    if (!repositoryOwner || !repositoryName)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`evidence source repository '${run.repository}' is not owner/name`);
    return { token: run.token, workflowRunId: run.runId, repositoryOwner, repositoryName };
}


/***/ }),

/***/ 57453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseRfc3339)
/* harmony export */ });
// RFC 3339 times as people and reporters write them, read field by field: a date that does not
// exist (2026-11-31, 2025-02-29, T24:00) is refused with the field named, where `new Date` would
// roll it over into the next day or month.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|([+-])(\d{2}):(\d{2})))?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function daysInMonth(year, month) {
    if (month === 2)
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/**
 * An RFC 3339 date-time with its offset (seconds and a fraction optional), or with `dateOnly` also
 * a date alone, read as its midnight UTC. Every field must exist on the calendar and the clock.
 */
function parseRfc3339(text, options = {}) {
    const fields = DATE_TIME.exec(text);
    if (!fields || (fields[4] === undefined && !options.dateOnly)) {
        return { problem: `not in the form ${options.dateOnly ? '2025-01-31 or ' : ''}2025-01-31T12:00:00Z (or with an offset such as +01:00)` };
    }
    const [year, month, day, hour = 0, minute = 0, second = 0] = fields.slice(1, 7).map((field) => (field === undefined ? undefined : Number(field)));
    const [, , , , , , , fraction, , sign, offsetHour, offsetMinute] = fields;
    if (month < 1 || month > 12)
        return { problem: `month ${fields[2]} does not exist (01 to 12)` };
    const days = daysInMonth(year, month);
    if (day < 1 || day > days)
        return { problem: `day ${fields[3]} does not exist in ${MONTHS[month - 1]} ${fields[1]} (01 to ${days})` };
    if (hour > 23)
        return { problem: `hour ${fields[4]} does not exist (00 to 23; midnight is the next day's T00:00)` };
    if (minute > 59)
        return { problem: `minute ${fields[5]} does not exist (00 to 59)` };
    if (second > 59)
        return { problem: `second ${fields[6]} does not exist (00 to 59; leap seconds are not read)` };
    if (sign !== undefined && (Number(offsetHour) > 23 || Number(offsetMinute) > 59))
        return { problem: `offset ${sign}${offsetHour}:${offsetMinute} does not exist (at most ±23:59)` };
    const utc = new Date(0);
    utc.setUTCFullYear(year, month - 1, day);
    utc.setUTCHours(hour, minute, second, fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0);
    const offsetMs = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHour) * 60 + Number(offsetMinute)) * 60_000;
    return { time: new Date(utc.getTime() - offsetMs) };
}


/***/ })

};
