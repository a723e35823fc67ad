// A class session end to end: the real window under Xvfb runs a class vote with phones on, a real
// browser (Debian's Chromium through puppeteer-core) and 60 simulated phones vote, the trainer's
// keys lock and reveal, and the class debrief the program saves holds the exact tallies.
//   node class_session.test.js FRONTLINE WORKDIR SCENARIOS
// Run under an X server (tests/browser/class_session.sh starts one). Exit 0 only when all of it
// was seen; the reveal is saved as WORKDIR/class-session-reveal.xwd for a person to look at.
'use strict';
const { spawn, execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const readline = require('readline');

const [frontlinePath, workDir, scenarios] = process.argv.slice(2);
const puppeteer = require(path.resolve(workDir, 'node_modules', 'puppeteer-core'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const STEP_MS = 15000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Starts the window on the class vote and resolves with the loopback join address it prints.
function startWindow(port, home) {
  const child = spawn(frontlinePath, ['--scenarios', scenarios, '--screen', 'class-vote',
    '--scenario', 'brightmart.faulty-kettle', '--size', '1280x720', '--port', String(port),
    '--no-presenter'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, XDG_DATA_HOME: path.join(home, 'data'),
           XDG_CONFIG_HOME: path.join(home, 'config') },
  });
  const printed = [];
  const address = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(
      `the window printed no join address in ${STEP_MS} ms; it printed: ${printed.join(' | ')}`)),
      STEP_MS);
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      printed.push(line);
      const m = line.match(/phones join at (http:\/\/127\.0\.0\.1:\d+\/\?room=([A-Z]{4}))/);
      if (m) { clearTimeout(timer); resolve({ url: m[1], room: m[2], printed }); }
    });
    child.once('exit', (code) => reject(new Error(`the window exited (${code}) before phones could join`)));
  });
  return { child, address };
}

function xdotool(...args) {
  return execFileSync('xdotool', args, { encoding: 'utf8' }).trim();
}

function press(window, key) {
  xdotool('windowfocus', '--sync', window);
  xdotool('key', '--window', window, key);
}

async function phoneVotes(base, room, decision, counts) {
  const votes = [];
  counts.forEach((count, option) => {
    for (let i = 0; i < count; ++i) {
      const token = crypto.randomBytes(16).toString('hex');
      votes.push(fetch(`${base}/api/vote`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ room, token, decision, option }),
      }).then((r) => r.status));
    }
  });
  const statuses = await Promise.all(votes);
  const refused = statuses.filter((s) => s !== 200);
  expect(refused.length === 0, `phones' votes refused: ${refused.join(', ')}`);
}

function savedDebrief(home) {
  const folder = path.join(home, 'data', 'frontline', 'class-debriefs');
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.md')) : [];
  return files.length ? fs.readFileSync(path.join(folder, files[0]), 'utf8') : null;
}

async function main() {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-class-session-'));
  const port = await freePort();
  const { child, address } = startWindow(port, home);
  let browser;
  try {
    const { url, room } = await address;
    console.log(`the window printed the join address ${url}`);
    const base = url.slice(0, url.indexOf('/?'));
    const window = xdotool('search', '--sync', '--onlyvisible', '--pid', String(child.pid),
                           '--name', '^Frontline$').split('\n')[0];

    // A real phone: the page from the QR code's address, a tap on B.
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('#options button[data-option="1"]:not([disabled])', { timeout: STEP_MS });
    await page.click('#options button[data-option="1"]');
    await page.waitForFunction(() => document.getElementById('status').textContent.includes('Vote received'),
                               { timeout: STEP_MS });
    console.log('the browser voted B and sees "Vote received"');

    // 60 simulated phones: 30 for A, 20 for B, 10 for C.
    const ballot = await (await fetch(`${base}/api/ballot?room=${room}&token=${'0'.repeat(32)}`)).json();
    await phoneVotes(base, room, ballot.decision, [30, 20, 10]);
    console.log(`60 phones voted on decision ${ballot.decision}`);
    await sleep(500); // their votes wake the window's loop, which takes them into the tally

    press(window, 'Next'); // lock
    await page.waitForFunction(() => document.getElementById('status').textContent.includes('closed'),
                               { timeout: STEP_MS });
    console.log('the lock reached the browser: "Votes are closed"');
    await sleep(800); // past the clicker's debounce
    press(window, 'Next'); // reveal
    await sleep(800);
    execFileSync('sh', ['-c', `xwd -silent -id ${window} > "${path.join(workDir, 'class-session-reveal.xwd')}"`]);
    press(window, 'ctrl+e');
    await sleep(300);
    press(window, 'y'); // ends the class: the debrief is saved as it opens
    let debrief = null;
    for (let i = 0; i < 50 && debrief === null; ++i) {
      await sleep(100);
      debrief = savedDebrief(home);
    }
    expect(debrief !== null, 'no class debrief was saved');
    // The screen driver keyed a show of hands too: phones and hands must add up exactly.
    const rows = [...debrief.matchAll(/^- ([A-C])\. .* — (\d+) votes? \(\d+%\): (\d+) by hand, (\d+) by phone/gm)];
    const tallies = rows.map((m) => `${m[1]} ${m[2]} = ${m[3]} by hand + ${m[4]} by phone`);
    console.log(`the saved debrief: ${tallies.join(', ')}`);
    expect(rows.map((m) => m[4]).join(',') === '30,21,10',
           `the phones' tallies are not exact: ${tallies.join(', ')}\n${debrief}`);
    expect(rows.every((m) => Number(m[2]) === Number(m[3]) + Number(m[4])),
           `phones and hands do not add up: ${tallies.join(', ')}`);
    console.log('class-session: OK');
  } finally {
    if (browser) await browser.close();
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited; // before the X server goes
    }
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`class-session: FAILED: ${e.message}`);
  process.exit(1);
});
