// The phone page in a real browser (issue 22): headless Debian chromium, driven by
// playwright-core, acts as the phone against zkgrad-transfer-testhost on 127.0.0.1: opens the
// page from the QR code's URL, sets the photo on the file input, uploads, and checks that the
// host received exactly the original bytes (SHA-256) and that the photo pipeline fits them.
//   node phone_upload.mjs --host <zkgrad-transfer-testhost> --mode webcrypto|noble --work <dir>
//     [--lang zh|en] [--screenshots <dir>]
// --mode noble tells the page it is not a secure context (as on a phone over plain http on a
// LAN), so it encrypts with @noble/ciphers instead of WebCrypto.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const mode = args.mode || 'webcrypto';
const lang = args.lang || 'zh';
const work = resolve(args.work || join(process.cwd(), 'browser-work'));
const source = process.env.ZKGRAD_SOURCE_DIR || resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const chromiumPath = process.env.ZKGRAD_CHROMIUM || '/usr/bin/chromium';
const started = Date.now();

function fail(message) {
  console.error('FAIL: ' + message);
  process.exit(1);
}
if (!args.host) fail('--host <zkgrad-transfer-testhost> is required');
if (!existsSync(chromiumPath)) fail(`${chromiumPath} not found: install chromium (scripts/setup.sh)`);
let chromium;
try {
  ({ chromium } = createRequire(join(source, 'web/phone/package.json'))('playwright-core'));
} catch (e) {
  fail('playwright-core is missing: run scripts/setup.sh (npm ci in web/phone)');
}
mkdirSync(work, { recursive: true });

// The host's lines, awaited by prefix.
const host = spawn(args.host, [work, lang], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = [];
const waiters = [];
let hostExit = null;
const exited = new Promise((done) => host.on('exit', (code) => { hostExit = code; done(code); }));
readline.createInterface({ input: host.stdout }).on('line', (line) => {
  console.log('host: ' + line.replace(/#.*/, '#<key>'));
  lines.push(line);
  for (const w of waiters.splice(0)) w();
});
async function waitFor(prefix) {
  for (;;) {
    const line = lines.find((l) => l.startsWith(prefix));
    if (line) return line.slice(prefix.length);
    if (hostExit !== null) fail(`host exited (${hostExit}) before "${prefix.trim()}"`);
    await new Promise((done) => { waiters.push(done); exited.then(done); });
  }
}

let browser;
try {
  const [filePath, fileSha] = (await waitFor('FILE ')).split(' ');
  const url = await waitFor('URL ');
  const origin = new URL(url).origin;
  if (createHash('sha256').update(readFileSync(filePath)).digest('hex') !== fileSha) fail('photo file changed');

  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Root in CI containers: chromium's sandbox needs user namespaces it may not have.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    timeout: 30000,
  });
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: lang === 'en' ? 'en-US' : 'zh-CN',
  });
  if (mode === 'noble') {
    await context.addInitScript(() => Object.defineProperty(window, 'isSecureContext', { get: () => false }));
  }
  // The page must be self-contained: anything not for the listener is refused and counted.
  const external = [];
  const served = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin + '/')) {
      served.push(new URL(u).pathname);
      return route.continue();
    }
    external.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  if (args.screenshots) {
    mkdirSync(args.screenshots, { recursive: true });
    await page.screenshot({ path: join(args.screenshots, `phone-page-${lang}-before.png`) });
  }
  await page.setInputFiles('#pick', filePath);
  await page.waitForSelector('body[data-result]', { timeout: 20000 });
  const result = await page.evaluate(() => document.body.dataset.result);
  const status = (await page.textContent('#status')).trim();
  if (args.screenshots) await page.screenshot({ path: join(args.screenshots, `phone-page-${lang}-after.png`) });
  if (result !== 'done') fail(`page says "${status}"`);
  const expected = lang === 'en' ? 'Delivered to the computer. Please confirm it on the computer.' : '已送达电脑，请在电脑上确认';
  if (status !== expected) fail(`status "${status}", expected "${expected}"`);

  const [receivedSha, receivedBytes] = (await waitFor('RECEIVED ')).split(' ');
  if (receivedSha !== fileSha) fail(`received SHA-256 ${receivedSha} != sent ${fileSha}`);
  const fitted = await waitFor('FITTED ');
  host.stdin.end(); // the page has its answer: the host may go
  if ((await exited) !== 0) fail('host did not fit the received photo');
  if (external.length) fail('the page made requests outside the listener: ' + external.join(', '));
  const usedNoble = served.some((p) => p.endsWith('/aes.js'));
  if (mode === 'noble' && !usedNoble) fail('the noble path did not load aes.js');
  if (mode === 'webcrypto' && usedNoble) fail('a secure context should not load aes.js');
  if (consoleErrors.length) fail('console errors: ' + consoleErrors.join(' | '));

  // The code is spent: the port is closed, so opening the link again fails to connect.
  // (A new tab: the same URL in the same tab would only move to the fragment.)
  let reopened = 'answered';
  try {
    await (await context.newPage()).goto(url, { timeout: 10000 });
  } catch (e) {
    reopened = /ERR_CONNECTION_REFUSED/.test(String(e)) ? '' : String(e);
  }
  if (reopened) fail('the listener still answers after the upload: ' + reopened);

  console.log(`PASS ${mode}/${lang}: ${receivedBytes} bytes, SHA-256 equal, fitted ${fitted}, ` +
    `requests ${served.join(' ')}, ${Date.now() - started} ms`);
} finally {
  if (browser) await browser.close();
  if (hostExit === null) host.kill();
}
