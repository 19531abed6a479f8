// src/index.ts's start of an entry point: a chunk that fails to load, or an error the entry lets
// escape (a throw from its summary writer), is a failed step, never an unhandled rejection.
import { describe, expect, it, jest } from '@jest/globals';
import { startEntry, unexpectedMessage } from '../../src/report/start.js';

function reporter() {
  return { fail: jest.fn(), warning: jest.fn(), debug: jest.fn() };
}
const notFound = Object.assign(new Error("Cannot find module './studio/main.js'"), {
  code: 'MODULE_NOT_FOUND',
});

describe('startEntry', () => {
  it('runs the entry and says nothing more when it succeeds', async () => {
    const report = reporter();
    const start = jest.fn(() => Promise.resolve());
    await startEntry('studio', start, report, () => false);
    expect(start).toHaveBeenCalledTimes(1);
    expect(report.fail).not.toHaveBeenCalled();
    expect(report.warning).not.toHaveBeenCalled();
  });

  it('fails the step when the entry chunk does not load', async () => {
    const report = reporter();
    await expect(
      startEntry(
        'studio',
        () => Promise.reject(notFound),
        report,
        () => false,
      ),
    ).resolves.toBeUndefined();
    expect(report.fail.mock.calls).toEqual([
      [
        `The action could not load its code for "studio" (Cannot find module './studio/main.js'): dist/ is incomplete or from another version of the action. Re-run; if it fails again, use a release tag or a full commit SHA of the action.`,
      ],
    ]);
  });

  it('fails the step once on an error the entry let escape', async () => {
    const report = reporter();
    const start = () =>
      Promise.reject(new TypeError("Cannot read properties of undefined (reading 'name')"));
    await startEntry('register', start, report, () => false);
    expect(report.fail.mock.calls).toEqual([
      [
        "The action stopped on an unexpected error: Cannot read properties of undefined (reading 'name'). This is a bug of the action: please report it with the step debug log (re-run with debug logging).",
      ],
    ]);
    expect(report.debug).toHaveBeenCalledWith(expect.stringContaining('TypeError'));
  });

  it('warns, without failing twice, when the summary writer throws after the entry failed', async () => {
    const report = reporter();
    const start = () => Promise.reject(new Error('EACCES: permission denied, open summary.md'));
    await startEntry('retire', start, report, () => true);
    expect(report.fail).not.toHaveBeenCalled();
    expect(report.warning.mock.calls).toEqual([
      [
        'After the failure above, the action also stopped on an unexpected error: EACCES: permission denied, open summary.md.',
      ],
    ]);
  });

  it('fails the step for an entry point the bundle does not hold', async () => {
    const report = reporter();
    await startEntry('compare', undefined, report, () => false);
    expect(report.fail.mock.calls).toEqual([
      [
        'This action\'s bundle has no entry point "compare": dist/ is incomplete or from another version of the action. Use a release tag or a full commit SHA of the action.',
      ],
    ]);
  });

  it('reads an earlier failure from the exit code by default', async () => {
    const report = reporter();
    const before = process.exitCode;
    process.exitCode = 1;
    try {
      await startEntry('register', () => Promise.reject(new Error('late')), report);
    } finally {
      process.exitCode = before;
    }
    expect(report.warning).toHaveBeenCalledTimes(1);
    expect(report.fail).not.toHaveBeenCalled();
  });
});

describe('unexpectedMessage', () => {
  it('tells a module that is not found by its ESM code too, and a value that is not an Error', () => {
    const esm = Object.assign(new Error('x'), { code: 'ERR_MODULE_NOT_FOUND' });
    expect(unexpectedMessage('studio', esm, false)).toMatch(/^The action could not load its code/);
    expect(unexpectedMessage('studio', 'boom', false)).toMatch(
      /^The action stopped on an unexpected error: boom\./,
    );
  });
});

describe('what tells a load failure from a bug', () => {
  const load = (cause: string) =>
    `The action could not load its code for "studio" (${cause}): dist/ is incomplete or from another version of the action. Re-run; if it fails again, use a release tag or a full commit SHA of the action.`;
  const bug = (cause: string) =>
    `The action stopped on an unexpected error: ${cause}. This is a bug of the action: please report it with the step debug log (re-run with debug logging).`;
  it.each([
    [
      'the CommonJS code alone',
      Object.assign(new Error('x'), { code: 'MODULE_NOT_FOUND' }),
      load('x'),
    ],
    [
      'the ESM code alone',
      Object.assign(new Error('y'), { code: 'ERR_MODULE_NOT_FOUND' }),
      load('y'),
    ],
    [
      'a message naming a missing module, no code',
      new Error("Cannot find module './a.js'"),
      load("Cannot find module './a.js'"),
    ],
    [
      'a message naming a chunk, no code',
      new Error('Loading chunk 7 failed'),
      load('Loading chunk 7 failed'),
    ],
    ['another code', Object.assign(new Error('z'), { code: 'ENOENT' }), bug('z')],
    [
      'those words further in the message',
      new Error("Reading x: Cannot find module './a.js'"),
      bug("Reading x: Cannot find module './a.js'"),
    ],
    ['a thrown null', null, bug('null')],
  ])('%s', (_, error, message) => {
    expect(unexpectedMessage('studio', error, false)).toBe(message);
  });

  it('logs the stack at debug only for an Error that has one, and fails once for anything thrown', async () => {
    const noStack = new Error('no stack');
    delete noStack.stack;
    const thrown: [unknown, string][] = [
      [null, 'null'],
      [{ stack: 'not an Error' }, '[object Object]'],
      [noStack, 'no stack'],
    ];
    for (const [error, cause] of thrown) {
      const report = reporter();
      await startEntry(
        'studio',
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what a dependency may throw
        () => Promise.reject(error),
        report,
        () => false,
      );
      expect(report.debug).not.toHaveBeenCalled();
      expect(report.fail.mock.calls).toStrictEqual([[bug(cause)]]);
    }
    const report = reporter();
    const withStack = new Error('has a stack');
    await startEntry(
      'studio',
      () => Promise.reject(withStack),
      report,
      () => false,
    );
    expect(report.debug.mock.calls).toStrictEqual([[withStack.stack]]);
  });
});

describe('src/index.ts', () => {
  it('fails the step, instead of leaving an unhandled rejection, when the entry throws past its catch', async () => {
    const core = await import('../../__fixtures__/core.js');
    jest.unstable_mockModule('@actions/core', () => core);
    jest.unstable_mockModule('../../src/register/main.js', () => ({
      run: () => Promise.reject(new Error('the summary writer threw')),
    }));
    core.reset({});
    const before = { argv: process.argv[1], exitCode: process.exitCode };
    process.argv[1] = '/home/runner/work/_actions/o/a/v1/dist/index.js';
    process.exitCode = undefined;
    try {
      await import('../../src/index.js');
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.argv[1] = before.argv ?? '';
      process.exitCode = before.exitCode;
    }
    expect(core.setFailed.mock.calls).toEqual([
      [
        expect.stringMatching(
          /^The action stopped on an unexpected error: the summary writer threw\./,
        ),
      ],
    ]);
  });
});
