import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const buf = join(root, 'node_modules', '.bin', 'buf');
const generated = join(root, 'libs', 'partner-contracts', 'src', 'gen');

function runBuf(...args: string[]): string {
  return execFileSync(buf, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

describe('the partner contracts in proto/ (R10.1, R10.2)', () => {
  it('pass buf lint (STANDARD rules)', () => {
    expect(runBuf('lint', 'proto')).toBe('');
  });

  it('break nothing of the last released contracts (proto/released.binpb)', () => {
    expect(runBuf('breaking', 'proto', '--against', 'proto/released.binpb')).toBe('');
  });

  it('have generated TypeScript that matches them (npm run proto:generate)', () => {
    const out = mkdtempSync(join(tmpdir(), 'partner-contracts-'));
    try {
      runBuf('generate', 'proto', '--template', 'proto/buf.gen.yaml', '--output', out);
      const fresh = filesUnder(join(out, 'libs', 'partner-contracts', 'src', 'gen'));
      const committed = filesUnder(generated);
      expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
      for (const [path, text] of fresh) expect({ path, text: committed.get(path) }).toEqual({ path, text });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
