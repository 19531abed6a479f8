// `npm run docs:inputs`: rewrites the inputs and outputs tables of each entry point's page (the
// README for `./`, docs/<entry>.md for the others) from its action.yml and src/inputs/rules.ts,
// between the markers the page holds. Run it after changing an input, a rule or a description, and
// commit the pages; __tests__/contract/contract.test.ts fails while a page differs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_POINTS, ENTRY_ROOT, readPage, renderPage } from '../__fixtures__/entry-points.ts';

for (const entry of ENTRY_POINTS) {
  const text = readPage(entry);
  const rendered = renderPage(entry, text);
  if (rendered !== text) writeFileSync(join(ENTRY_ROOT, entry.page), rendered);
  console.log(`${entry.page}: ${rendered === text ? 'up to date' : 'rewritten'} (${entry.path})`);
}
