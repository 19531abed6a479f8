// The committed dist/: every script the runner may load has a source map beside it that points
// into src/ (Node uses them when step debug logging is on; see src/index.ts).
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../__fixtures__/run-action.ts';

const DIST = join(ROOT, 'dist');
const scripts = readdirSync(DIST).filter((file) => file.endsWith('.js'));

describe('dist/', () => {
  it('has a source map beside each script, named at its end, without the sources text', () => {
    for (const script of scripts) {
      expect(readFileSync(join(DIST, script), 'utf8')).toMatch(
        new RegExp(`//# sourceMappingURL=${script.replace(/\./g, '\\.')}\\.map\\s*$`),
      );
      const map = JSON.parse(readFileSync(join(DIST, `${script}.map`), 'utf8')) as {
        sources: string[];
        sourcesContent?: unknown;
      };
      expect(map.sourcesContent).toBeUndefined();
    }
  });

  it('maps the action’s own code to files in src/ that exist', () => {
    const sources = scripts.flatMap(
      (script) =>
        (JSON.parse(readFileSync(join(DIST, `${script}.map`), 'utf8')) as { sources: string[] })
          .sources,
    );
    const ours = sources.filter((source) => source.startsWith('../src/'));
    expect(ours).toContain('../src/register/main.ts');
    for (const source of ours) expect(existsSync(join(DIST, source))).toBe(true);
  });
});
