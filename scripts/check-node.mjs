#!/usr/bin/env node
// Refuses a Node.js older than package.json's `engines` (the lowest that every dependency needs) and names the one
// command that runs the project on the runtime it ships with (.nvmrc). Runs before `npm ci`, `npm start` and
// `npm test`, so an old runtime stops here instead of half-working. Kept to syntax that old runtimes parse.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const range = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;
const shipped = readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();
const parse = (version) => (/(\d+)\.(\d+)\.(\d+)/.exec(version) || [0, 0, 0, 0]).slice(1, 4).map(Number);
const [need, have] = [parse(range), parse(process.versions.node)];
const older = have[0] - need[0] || have[1] - need[1] || have[2] - need[2];

if (older < 0) {
  process.stderr.write(
    `This project needs Node.js ${range} and ships on Node ${shipped} (.nvmrc); this is ${process.version}.\n` +
      `Run any command on Node ${shipped} with:  bash scripts/with-node.sh npm ci   (then: bash scripts/with-node.sh npm start)\n` +
      `or put it first on this shell's PATH:     source scripts/with-node.sh\n`,
  );
  process.exit(1);
}
