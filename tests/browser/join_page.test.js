// The join page in a real browser: Debian's Chromium, headless, driven by puppeteer-core.
//   node join_page.test.js PEER WORKDIR
// PEER is frontline_join_peer (a join server with a three-option ballot); WORKDIR holds
// node_modules/puppeteer-core (tests/browser/join_page.sh installs it there).
// A phone opens the page over the WebSocket path, votes B, reloads and still has B; a second
// phone whose WebSocket is blocked falls back to polling and votes C; the peer's tally is exact;
// after the lock both pages say votes are closed. Exit 0 only when all of that was seen.
'use strict';
const { spawn } = require('child_process');
const path = require('path');
const readline = require('readline');

const [peerPath, workDir] = process.argv.slice(2);
const puppeteer = require(path.resolve(workDir, 'node_modules', 'puppeteer-core'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const STEP_MS = 10000;

function startPeer() {
  const child = spawn(peerPath, [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = [];
  const waiting = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (waiting.length) waiting.shift()(line); else lines.push(line);
  });
  const next = () => new Promise((resolve, reject) => {
    if (lines.length) { resolve(lines.shift()); return; }
    const timer = setTimeout(() => reject(new Error('the peer did not answer')), STEP_MS);
    waiting.push((line) => { clearTimeout(timer); resolve(line); });
  });
  return {
    child,
    next,
    command: (text) => { child.stdin.write(text + '\n'); return next(); },
  };
}

async function statusOf(page) {
  return page.$eval('#status', (node) => node.textContent);
}

async function waitForStatus(page, text, what) {
  try {
    await page.waitForFunction(
      (wanted) => document.getElementById('status').textContent.includes(wanted),
      { timeout: STEP_MS }, text);
  } catch (e) {
    throw new Error(`${what}: expected the page to say "${text}", it says "${await statusOf(page)}"`);
  }
}

async function tapOption(page, index) {
  await page.waitForSelector(`#options button[data-option="${index}"]:not([disabled])`,
                             { timeout: STEP_MS });
  await page.click(`#options button[data-option="${index}"]`);
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function main() {
  const peer = startPeer();
  const url = await peer.next();
  expect(/^http:\/\/127\.0\.0\.1:\d+\/\?room=[A-Z]{4}$/.test(url), `join address "${url}"`);

  const args = ['--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'];
  if (process.getuid && process.getuid() === 0) args.push('--no-sandbox');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args });
  const problems = [];
  try {
    // Phone 1: the WebSocket path.
    const phone = await browser.newPage();
    phone.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    phone.on('pageerror', (error) => problems.push(String(error)));
    const response = await phone.goto(url, { waitUntil: 'load' });
    const csp = response.headers()['content-security-policy'] || '';
    expect(csp.includes("default-src 'none'") && csp.includes("script-src 'self'"),
           `Content-Security-Policy header: "${csp}"`);
    expect(response.headers()['x-content-type-options'] === 'nosniff', 'nosniff header');
    await phone.waitForSelector('body[data-transport="websocket"]', { timeout: STEP_MS });
    await waitForStatus(phone, 'Tap your choice', 'before voting');
    const optionB = await phone.$eval('#options button[data-option="1"]', (b) => b.textContent);
    expect(optionB.includes('<b>No receipt</b>'), `option B shown as text: "${optionB}"`);
    expect(await phone.$('#options b') === null, 'option text became markup');

    await tapOption(phone, 1);
    await waitForStatus(phone, 'Vote received: B', 'after tapping B');
    await phone.reload({ waitUntil: 'load' });
    await waitForStatus(phone, 'Vote received: B', 'after a reload');
    const chosen = await phone.$eval('#options button.chosen', (b) => b.getAttribute('data-option'));
    expect(chosen === '1', `the chosen button after a reload is ${chosen}`);
    let tally = JSON.parse(await peer.command('tally'));
    expect(JSON.stringify(tally.room) === '[0,1,0]', `tally after B: ${JSON.stringify(tally)}`);
    expect(tally.voted === 1, `voted after B: ${tally.voted}`);

    // Phone 2: its own storage (another token), WebSocket blocked: polling must take over.
    const context = await browser.createBrowserContext();
    const polling = await context.newPage();
    polling.on('pageerror', (error) => problems.push(String(error)));
    await polling.evaluateOnNewDocument(() => {
      window.WebSocket = function () { throw new Error('WebSocket blocked by the test'); };
    });
    await polling.goto(url, { waitUntil: 'load' });
    await polling.waitForSelector('body[data-transport="polling"]', { timeout: STEP_MS });
    await tapOption(polling, 2);
    await waitForStatus(polling, 'Vote received: C', 'polling phone after tapping C');
    tally = JSON.parse(await peer.command('tally'));
    expect(JSON.stringify(tally.room) === '[0,1,1]', `tally after C: ${JSON.stringify(tally)}`);
    expect(tally.joined === 2, `phones joined: ${tally.joined}`);

    // The lock reaches both: pushed over the WebSocket, polled within 2 s.
    expect(await peer.command('lock') === 'locked', 'peer lock');
    await waitForStatus(phone, 'Votes are closed', 'WebSocket phone after the lock');
    await waitForStatus(polling, 'Votes are closed', 'polling phone after the lock');
    expect(await phone.$('#options button:not([disabled])') === null, 'buttons still enabled');

    // The next decision clears the vote.
    expect(await peer.command('next') === 'next', 'peer next');
    await waitForStatus(phone, 'Tap your choice', 'WebSocket phone at the next decision');
    tally = JSON.parse(await peer.command('tally'));
    expect(tally.decision === 2 && tally.voted === 0, `tally at decision 2: ${JSON.stringify(tally)}`);
    expect(problems.length === 0, `page problems: ${problems.join('; ')}`);
    const refused = tally.refused;
    expect(refused.badRequest === 0 && refused.notFound === 0 && refused.rateLimited === 0,
           `refusals from an ordinary browser: ${JSON.stringify(refused)}`);
  } finally {
    await browser.close();
    peer.child.stdin.end('quit\n');
  }
  console.log('browser.join-page: passed');
}

const deadline = setTimeout(() => {
  console.error('browser.join-page: FAILED: took over 55 s');
  process.exit(1);
}, 55000);
main().then(() => clearTimeout(deadline)).catch((error) => {
  console.error('browser.join-page: FAILED: ' + (error && error.message ? error.message : error));
  process.exit(1);
});
