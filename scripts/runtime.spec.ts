import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The runtime the image ships (.nvmrc) is the one CI tests on and the one every entry point asks for.
const root = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const shippedMajor = Number(read('.nvmrc').trim());

type Version = [number, number, number];
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The lowest version an engines range admits, e.g. "^18.19.0 || >=20.6.0" → 18.19.0. */
function lowestAdmitted(range: string): Version {
  const alternatives = range.split('||').map((alternative) => {
    const bounds = [...alternative.matchAll(/(?:>=?|\^|~)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/g)].map((m): Version => [
      Number(m[1]),
      Number(m[2] ?? 0),
      Number(m[3] ?? 0),
    ]);
    return bounds.sort(compare).pop() ?? ([0, 0, 0] as Version);
  });
  return alternatives.sort(compare)[0];
}

describe('the supported Node.js runtime', () => {
  it('.nvmrc names an even (LTS) major of at least 24', () => {
    expect(shippedMajor).toBeGreaterThanOrEqual(24);
    expect(shippedMajor % 2).toBe(0);
  });

  it("every stage of deploy/Dockerfile builds on .nvmrc's major", () => {
    const bases = [...read('deploy/Dockerfile').matchAll(/^FROM\s+node:(\d+)[-\w.]*/gm)].map((m) => Number(m[1]));
    expect(bases.length).toBeGreaterThanOrEqual(2);
    expect(new Set(bases)).toEqual(new Set([shippedMajor]));
  });

  it("scripts/with-node.sh provisions a release of .nvmrc's major, and .ci/run runs the tests through it", () => {
    const pinned = /HOTLINE_NODE_VERSION:-(\d+)\.\d+\.\d+/.exec(read('scripts/with-node.sh'));
    expect(Number(pinned?.[1])).toBe(shippedMajor);
    const ci = read('.ci/run');
    expect(ci.indexOf('scripts/with-node.sh')).toBeGreaterThanOrEqual(0);
    expect(ci.indexOf('scripts/with-node.sh')).toBeLessThan(ci.indexOf('npm ci'));
    expect(ci).toMatch(/npm test/);
  });

  it("package.json's engines is the lowest Node that every locked dependency admits", () => {
    const engines = lowestAdmitted(JSON.parse(read('package.json')).engines.node);
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } }> };
    const needs = Object.entries(lock.packages)
      .filter(([name, meta]) => name !== '' && typeof meta.engines?.node === 'string')
      .map(([name, meta]) => ({ name, lowest: lowestAdmitted(meta.engines?.node as string) }));
    const highest = needs.reduce((a, b) => (compare(a.lowest, b.lowest) >= 0 ? a : b));
    expect(needs.filter((need) => compare(need.lowest, engines) > 0)).toEqual([]);
    expect(engines).toEqual(highest.lowest);
    expect(engines[0]).toBeLessThanOrEqual(shippedMajor);
  });

  it('the Node check refuses an older runtime and names the command that runs the shipped one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-node-'));
    try {
      mkdirSync(path.join(dir, 'scripts'));
      copyFileSync(path.join(root, 'scripts/check-node.mjs'), path.join(dir, 'scripts/check-node.mjs'));
      writeFileSync(path.join(dir, '.nvmrc'), `${shippedMajor}\n`);
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ engines: { node: '>=999.0.0' } }));
      const refused = spawnSync(process.execPath, ['scripts/check-node.mjs'], { cwd: dir, encoding: 'utf8' });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`ships on Node ${shippedMajor}`);
      expect(refused.stderr).toContain('bash scripts/with-node.sh npm ci');

      writeFileSync(
        path.join(dir, 'package.json'),
        JSON.stringify({ engines: { node: `>=${process.versions.node}` } }),
      );
      const accepted = spawnSync(process.execPath, ['scripts/check-node.mjs'], { cwd: dir, encoding: 'utf8' });
      expect(accepted.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
