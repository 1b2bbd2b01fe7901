#!/usr/bin/env node
// Browser test of the `skillmatch serve` web page: starts the server on a free port,
// drives Debian's headless chromium with playwright-core, uploads a sample resume and a
// posting, presses Match, checks the score (against the API's own answer) and the
// highlighted skills, tries a role, and saves screenshots at laptop and phone widths.
//
// node match_page.test.js --cli build/skillmatch --source . --out build/serve-browser
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

function option(name, fallback) {
  const at = process.argv.indexOf('--' + name);
  return at > 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

const source = path.resolve(option('source', path.join(__dirname, '..', '..', '..')));
const cli = path.resolve(option('cli', path.join(source, 'build', 'skillmatch')));
const out = path.resolve(option('out', path.join(source, 'build', 'serve-browser')));
const chromiumPath = option('chromium', process.env.CHROMIUM || '/usr/bin/chromium');
const resumePath = path.join(source, 'samples/resumes/ml-engineer-priya.txt');
const postingPath = path.join(source, 'samples/postings/posting-senior-ml-engineer.txt');

let failures = 0;
function check(condition, message) {
  console.log((condition ? 'ok   ' : 'FAIL ') + message);
  if (!condition) failures += 1;
}

// Starts `skillmatch serve --port 0` and resolves with its base URL once it listens.
function startServer() {
  return new Promise((resolve, reject) => {
    const server = spawn(cli, ['serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + stderr)), 20000);
    server.stderr.on('data', (chunk) => {
      stderr += chunk;
      const found = /serving (http:\/\/[^\s]+\/)/.exec(stderr);
      if (found) {
        clearTimeout(timer);
        resolve({ server, url: found[1] });
      }
    });
    server.on('exit', (code) => reject(new Error('server exited with ' + code + ': ' + stderr)));
  });
}

async function apiMatch(url) {
  const form = new FormData();
  form.append('resume', new Blob([fs.readFileSync(resumePath)]), path.basename(resumePath));
  form.append('posting', new Blob([fs.readFileSync(postingPath)]), path.basename(postingPath));
  const response = await fetch(url + 'api/match', { method: 'POST', body: form });
  return response.json();
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const started = Date.now();
  const { server, url } = await startServer();
  const origin = new URL(url).origin;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'skillmatch-chromium-'));
  let context;
  try {
    const expected = await apiMatch(url);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-proxy-server'],
      viewport: { width: 1280, height: 900 },
    });
    const page = context.pages()[0] || await context.newPage();
    const foreign = [], consoleErrors = [];
    page.on('request', (request) => {
      const requestUrl = request.url();
      if (!requestUrl.startsWith(origin) && !requestUrl.startsWith('data:')) foreign.push(requestUrl);
    });
    // The browser logs every 4xx response it receives; the bad-file step expects one.
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 422/.test(message.text())) consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));

    await page.goto(url);
    check(await page.title() === 'skillmatch: how does my resume match this job?', 'the page loads');
    await page.waitForFunction(() => document.querySelectorAll('#role-select option').length > 5);

    // Upload a resume and a posting, press Match.
    await page.setInputFiles('#resume-file', resumePath);
    await page.setInputFiles('#posting-file', postingPath);
    check((await page.textContent('#resume-name')).includes('ml-engineer-priya.txt'), 'the chosen resume is named');
    await page.click('#match-button');
    await page.waitForFunction(() => document.querySelector('#score').textContent !== '–', null, { timeout: 20000 });
    const score = Number(await page.textContent('#score'));
    check(score >= 0 && score <= 100, 'the score is 0-100: ' + score);
    check(score === expected.score, 'the page shows the API score (' + expected.score + ')');
    check((await page.textContent('#status')).includes('Done'), 'the status says done');

    // Highlighted skills in the resume text.
    const marks = await page.$$eval('#resume-text mark.skill', (nodes) => nodes.map((n) => ({
      skill: n.dataset.skill, text: n.textContent, className: n.className })));
    check(marks.length >= 20, marks.length + ' skill mentions highlighted');
    for (const skill of ['python', 'pytorch', 'kubernetes']) {
      check(marks.some((m) => m.skill === skill), skill + ' is highlighted');
    }
    check(marks.some((m) => m.className.includes('s-demonstrated')), 'some skills are marked as shown in work');
    check(marks.some((m) => m.className.includes('asked')), 'skills the posting asks for are marked');
    const resumeText = fs.readFileSync(resumePath, 'utf8').replace(/\r\n/g, '\n');
    const shown = await page.textContent('#resume-text pre');
    check(shown.trim() === resumeText.trim(), 'the resume text is shown whole, highlights at the right places');
    for (const m of marks.slice(0, 40)) {
      if (m.text.toLowerCase().replace(/[^a-z0-9+#.]/g, '').length === 0) check(false, 'empty highlight for ' + m.skill);
    }

    // Hover and keyboard focus both show the skill's details.
    await page.hover('#resume-text mark[data-skill="pytorch"]');
    const tip = await page.textContent('#tip');
    check(/PyTorch/.test(tip) && /evidence:/.test(tip) && /months:/.test(tip), 'hovering shows skill, evidence and months: ' + tip.replace(/\s+/g, ' ').slice(0, 120));
    await page.mouse.move(0, 0);
    await page.focus('#resume-text mark[data-skill="python"]');
    check(await page.isVisible('#tip'), 'keyboard focus on a skill shows its details');
    check((await page.getAttribute('#resume-text mark[data-skill="python"]', 'aria-describedby')) === 'tip', 'the details describe the focused skill');

    // Lists and suggestions.
    const requiredMet = await page.$$eval('#required-met li', (n) => n.length);
    const requiredMissing = await page.$$eval('#required-missing li', (n) => n.length);
    check(requiredMet === expected.required.met, 'required met: ' + requiredMet);
    check(requiredMissing === expected.required.total - expected.required.met, 'required missing: ' + requiredMissing);
    check(await page.$$eval('#suggestions li', (n) => n.length) === expected.suggestions.length, 'every suggestion is listed');
    await page.screenshot({ path: path.join(out, 'serve-match-laptop.png'), fullPage: true });

    // Keyboard only: the form is reachable in a sensible order.
    await page.goto(url);
    const order = [];
    for (let i = 0; i < 8; ++i) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.name || document.activeElement.tagName));
    }
    const at = (id) => order.indexOf(id);
    check(at('resume-file') >= 0 && at('resume-file') < at('posting-file') && at('posting-file') < at('posting-text') &&
          at('posting-text') < at('match-button'), 'tab order: resume, posting, text, Match (' + order.join(' > ') + ')');

    // A role instead of a posting, at a phone's width.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.setInputFiles('#resume-file', resumePath);
    await page.check('input[name="target"][value="role"]');
    await page.selectOption('#role-select', 'ml-engineer');
    await page.click('#match-button');
    await page.waitForFunction(() => document.querySelector('#score').textContent !== '–' &&
                                     document.querySelector('#target-name').textContent.includes('role'));
    check(await page.$$eval('#breakdown tbody tr', (n) => n.length) > 0, 'a role match shows its group breakdown');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 1, 'no horizontal scrolling at 390 px (overflow ' + overflow + ')');
    await page.screenshot({ path: path.join(out, 'serve-match-phone.png'), fullPage: true });

    // A bad file: the one-line message, and the page keeps working.
    const bad = path.join(profile, 'broken.pdf');
    fs.writeFileSync(bad, '%PDF-1.7\nthis is not a pdf');
    await page.setInputFiles('#resume-file', bad);
    await page.click('#match-button');
    await page.waitForFunction(() => document.querySelector('#status').classList.contains('error'));
    check((await page.textContent('#status')).startsWith('broken.pdf: '), 'a bad file shows the CLI message: ' + await page.textContent('#status'));

    check(foreign.length === 0, 'no request leaves the server (' + foreign.join(', ') + ')');
    check(consoleErrors.length === 0, 'no console errors (' + consoleErrors.join(' | ') + ')');
  } finally {
    if (context) await context.close();
    server.kill('SIGTERM');
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log('screenshots: ' + path.join(out, 'serve-match-laptop.png') + ', ' + path.join(out, 'serve-match-phone.png'));
  console.log((failures ? failures + ' check(s) failed' : 'all checks passed') + ' in ' + ((Date.now() - started) / 1000).toFixed(1) + ' s');
  process.exit(failures ? 1 : 0);
}

main().catch((error) => {
  console.error('FAIL ' + (error.stack || error));
  process.exit(1);
});
