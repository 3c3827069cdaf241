/**
 * `npm run security:scan`: Electronegativity, Doyensec's scanner for
 * misconfigured Electron apps, over main/ and renderer/ together (its global
 * checks, such as the Content-Security-Policy and the permission handler,
 * need the main process and the page in one scan). It prints every finding,
 * then fails (exit code 1) on any finding not reviewed in docs/security.md and
 * on any file it could not read, so a new finding or an unscanned file is
 * never mistaken for a clean scan.
 *
 * It runs offline. The scanner looks two things up on the internet: its
 * translations, and the list of Electron releases for its "security fixes
 * available" check. Here those requests fail at once (it then uses its own
 * English texts), and that check is left out: `npm outdated electron` answers
 * it (docs/security.md, item 16).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Findings reviewed in docs/security.md ("What the scan reports"), by check and file,
 * with the number of times each is expected. Anything else fails the scan.
 */
const REVIEWED = new Map([
  // The scanner reads webPreferences only when they are written inside `new BrowserWindow({...})`;
  // ours come from secureWebPreferences() in main/electron/window.ts, for both windows.
  ['CONTEXT_ISOLATION_JS_CHECK main/electron/window.ts', 1],
  ['CONTEXT_ISOLATION_JS_CHECK main/electron/projector-window.ts', 1],
  ['SANDBOX_JS_CHECK main/electron/window.ts', 1],
  ['SANDBOX_JS_CHECK main/electron/projector-window.ts', 1],
  // A middle-click asks for a new window like window.open, and every window open handler denies it.
  ['AUXCLICK_JS_CHECK main/electron/window.ts', 1],
  ['AUXCLICK_JS_CHECK main/electron/projector-window.ts', 1],
  // The CSP evaluator's note on script-src 'self': we serve no JSONP, no Angular, no uploaded files.
  ['CSP_GLOBAL_CHECK renderer/index.html', 1],
]);

const SCANNED = ['main', 'renderer'];
const LEFT_OUT = ['AvailableSecurityFixesGlobalCheck'];

// Answer the scanner's internet look-ups with an error, without a connection.
const offline = () => Promise.reject(new Error('Journey Room runs this scan offline.'));
offline.head = offline;
offline.get = offline;
const scannerDir = `${sep}@doyensec${sep}electronegativity${sep}`;
const load = Module._load;
Module._load = function loadOffline(request, parent, isMain) {
  if (request === 'got' && parent?.filename?.includes(scannerDir)) return offline;
  return load.call(this, request, parent, isMain);
};

const run = require('@doyensec/electronegativity');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

// One folder with both parts, so the global checks see them together.
const folder = mkdtempSync(join(tmpdir(), 'journey-room-scan-'));
let result;
try {
  for (const part of SCANNED) cpSync(part, join(folder, part), { recursive: true });
  result = await run({
    input: folder,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: LEFT_OUT,
    severitySet: 'informational',
    confidenceSet: 'tentative',
    parserPlugins: [],
  });
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const key = (issue) => `${issue.id} ${issue.file.split(sep).join('/')}`;
const counts = new Map();
for (const issue of result.issues) counts.set(key(issue), (counts.get(key(issue)) ?? 0) + 1);

console.log(`Electronegativity: ${result.globalChecks + result.atomicChecks} checks over ${SCANNED.join('/ and ')}/ as Electron ${electronVersion}.`);
for (const issue of result.issues) {
  const reviewed = REVIEWED.has(key(issue)) ? 'reviewed' : 'NEW';
  console.log(
    `${reviewed.padEnd(8)} ${issue.id} ${issue.severity.name}/${issue.confidence.name} ${key(issue).slice(issue.id.length + 1)}:${issue.location.line}:${issue.location.column} — ${issue.description}`,
  );
}

const problems = [];
for (const error of result.errors) {
  const file = error.file.slice(folder.length + 1);
  // A tolerable error is the parser's warning about a file it still read whole.
  if (error.tolerable) console.log(`Note on ${file}: ${error.message}`);
  else problems.push(`Could not read ${file}: ${error.message}`);
}
for (const [found, count] of counts) {
  const expected = REVIEWED.get(found);
  if (expected === undefined) problems.push(`Not reviewed: ${found} (${count}×). Fix it, or explain it in docs/security.md and list it in scripts/security-scan.mjs.`);
  else if (count !== expected) problems.push(`${found}: found ${count}×, reviewed ${expected}×.`);
}
for (const [reviewed] of REVIEWED) {
  if (!counts.has(reviewed)) problems.push(`No longer found: ${reviewed}. Take it out of scripts/security-scan.mjs and docs/security.md.`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(`${result.issues.length} findings, all reviewed in docs/security.md; every file read.`);
