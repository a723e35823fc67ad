// The peer: random play-throughs of the generated ink story with inkjs, the same work
// frontline_bench's engine command does with a Frontline session. Prints one JSON object.
// Usage: node inkjs_bench.js STORY.ink NODE_MODULES_PARENT SECONDS [SEED]
'use strict';
const fs = require('fs');
const path = require('path');

const [, , inkFile, modulesParent, secondsArg, seedArg] = process.argv;
const inkjs = require(require.resolve('inkjs/full', { paths: [modulesParent] }));
const version = JSON.parse(
  fs.readFileSync(path.join(modulesParent, 'node_modules', 'inkjs', 'package.json'), 'utf8'),
).version;

// mulberry32: a small seeded generator, so a run can be repeated.
let seed = Number(seedArg || 7) >>> 0;
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const compiler = new inkjs.Compiler(fs.readFileSync(inkFile, 'utf8'));
const story = compiler.Compile();
if (compiler.errors && compiler.errors.length) {
  console.error(compiler.errors.join('\n'));
  process.exit(1);
}

function playOnce() {
  story.ResetState();
  let choices = 0;
  let lines = 0;
  for (;;) {
    while (story.canContinue) {
      story.Continue();
      lines += 1;
    }
    const offered = story.currentChoices.length;
    if (offered === 0) break;
    story.ChooseChoiceIndex(Math.floor(random() * offered));
    choices += 1;
  }
  return { choices, lines };
}

for (let i = 0; i < 20; i += 1) playOnce(); // warm the JIT, as the engine warms its caches
const seconds = Number(secondsArg || 3);
const start = process.hrtime.bigint();
let elapsed = 0;
let playthroughs = 0;
let choices = 0;
let lines = 0;
while (elapsed < seconds) {
  const played = playOnce();
  playthroughs += 1;
  choices += played.choices;
  lines += played.lines;
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
}
console.log(JSON.stringify({
  inkjs: {
    version,
    node: process.version,
    seconds: elapsed,
    playthroughs,
    choices,
    playthroughs_per_s: playthroughs / elapsed,
    choices_per_s: choices / elapsed,
    choices_per_playthrough: choices / playthroughs,
    lines_per_playthrough: lines / playthroughs,
  },
}));
