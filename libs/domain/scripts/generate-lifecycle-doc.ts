// Prints the lifecycle machine into libs/domain/docs/lifecycle.md:
//   node -r ./libs/domain/scripts/ts-register.cjs libs/domain/scripts/generate-lifecycle-doc.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLifecycleDocument } from '../src/index';

const target = join(__dirname, '..', 'docs', 'lifecycle.md');
writeFileSync(target, renderLifecycleDocument());
process.stdout.write('wrote libs/domain/docs/lifecycle.md\n');
