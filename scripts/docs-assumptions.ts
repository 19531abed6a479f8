// Rewrites the probe entries of docs/aws-assumptions.md from the probe definitions
// (scripts/probes/page.ts). `node scripts/docs-assumptions.ts --check` only says whether the page
// is current (exit 1 if not); __tests__/probes/definitions.test.ts checks the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PROBE_SECTIONS } from './probes/definitions.ts';
import { renderEntries, withEntries } from './probes/page.ts';

const path = fileURLToPath(new URL('../docs/aws-assumptions.md', import.meta.url));
const page = readFileSync(path, 'utf8');
const next = withEntries(page, renderEntries(PROBE_SECTIONS));
if (next === undefined) {
  console.error('docs/aws-assumptions.md has lost its markers of the generated entries.');
  process.exit(1);
} else if (next === page) {
  console.log('docs/aws-assumptions.md is current.');
} else if (process.argv.includes('--check')) {
  console.error('docs/aws-assumptions.md is not current: run `npm run docs:assumptions`.');
  process.exit(1);
} else {
  writeFileSync(path, next);
  console.log('docs/aws-assumptions.md: probe entries rewritten.');
}
