import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLifecycleDocument } from './lifecycle-doc';
import { WORK_ORDER_TRANSITIONS } from './lifecycle-transitions';

describe('docs/lifecycle.md', () => {
  const checkedIn = readFileSync(join(__dirname, '..', '..', 'docs', 'lifecycle.md'), 'utf8');

  it('is what the machine prints (regenerate with libs/domain/scripts/generate-lifecycle-doc.ts)', () => {
    expect(checkedIn).toBe(renderLifecycleDocument());
  });

  it('has a table row and a diagram edge for every step', () => {
    for (const transition of WORK_ORDER_TRANSITIONS) {
      expect(checkedIn).toContain(`| \`${transition.event}\` |`);
      expect(checkedIn).toContain(`: ${transition.event}\n`);
    }
    expect(checkedIn).toContain('stateDiagram-v2');
  });
});
