// The hostile corpus (__fixtures__/hostile-corpus.ts) through the committed bundle as a runner runs it,
// one row per category: each value is rejected before any request, with one error naming the
// input, and nothing it holds becomes an output, a mask or an annotation. Every row of the corpus
// goes through the parser in __tests__/inputs/hostile-inputs.test.ts; here, what the runner adds
// (the environment, the workflow commands, the outputs file) is checked once per kind of value.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ROWS, VALID, inputsFor } from '../../__fixtures__/hostile-corpus.ts';
import { runAction } from '../../__fixtures__/run-action.ts';
import { startSageMakerServer, type SageMakerServer } from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';

describe('the bundle, given hostile values', () => {
  let server: SageMakerServer;
  beforeAll(async () => {
    server = await startSageMakerServer({ images: ['my-image'], ecr: ANY_IMAGE });
  });
  afterAll(async () => {
    await server.close();
  });

  it('rejects one value of each category before any request, with one error naming the input and nothing else', async () => {
    const failures: string[] = [];
    const queue = onePerCategory(ROWS);
    expect(queue.map(([, category]) => category)).toStrictEqual([
      ...new Set(ROWS.map(([, category]) => category)),
    ]);
    const worker = async (): Promise<void> => {
      for (let row = queue.shift(); row !== undefined; row = queue.shift()) {
        const [input, category, value] = row;
        const result = await runAction({ inputs: inputsFor(input, value), endpoint: server.url });
        const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
        const problems = [
          result.exitCode === 1 ? '' : `exit ${result.exitCode}`,
          commands.length === 1 && commands[0]?.startsWith('::error::')
            ? ''
            : `commands ${JSON.stringify(commands)}`,
          commands[0]?.includes(`\`${input}\``) ? '' : 'error does not name the input',
          Object.keys(result.outputs).length === 0
            ? ''
            : `outputs ${JSON.stringify(result.outputs)}`,
        ].filter(Boolean);
        if (problems.length > 0)
          failures.push(`${input} (${category}) ${JSON.stringify(value)}: ${problems.join('; ')}`);
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(failures).toEqual([]);
    expect(server.requests).toHaveLength(0);
  }, 60_000);

  it('logs free text that holds command-like words on one line, issuing nothing', async () => {
    const result = await runAction({
      inputs: {
        ...VALID,
        'release-notes': '::error::not a command ::set-output name=x::y',
        'dry-run': 'true',
      },
      endpoint: server.url,
    });
    expect(result.exitCode).toBe(0);
    const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands.filter((line) => /^::(error|warning|set-output|add-mask)/.test(line))).toEqual(
      [],
    );
    // A dry run outputs the version it would create (PLANNED), so later steps can plan too.
    expect(Object.keys(result.outputs).sort()).toEqual([
      'client-token',
      'created',
      'image-arn',
      'image-version',
      'image-version-arn',
      'image-version-status',
    ]);
    expect(result.outputs['image-version-status']).toBe('PLANNED');
    expect(Object.values(result.outputs).join('\n')).not.toContain('::');
  });
});

/**
 * The first row of each category that a process environment can carry (none can hold a NUL
 * byte: the parser's test covers those), in the corpus's order.
 */
function onePerCategory(rows: typeof ROWS): (typeof ROWS)[number][] {
  const picked = new Map<string, (typeof ROWS)[number]>();
  for (const row of rows) {
    const [, category, value] = row;
    if (!picked.has(category) && !value.includes('\u0000')) picked.set(category, row);
  }
  return [...picked.values()];
}
