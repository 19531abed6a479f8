// A cancel as the runner sends it (SIGINT, then SIGTERM 7.5 s later): the first signal prints the
// commands that remove what the test made and starts the clean-up at once; the second only says the
// clean-up goes on; the step then fails, naming whatever the clean-up could not remove.
import { EventEmitter } from 'node:events';
import { describe, expect, it, jest } from '@jest/globals';
import { cancelOnSignals, type SignalSource } from '../../src/launch-test/signals.js';
import { LaunchCancelled, LaunchTestFailure, type LaunchRun } from '../../src/launch-test/step.js';
import type { CleanupProblem } from '../../src/launch-test/messages.js';

const DELETE_APP =
  'aws sagemaker delete-app --region eu-west-1 --domain-id d-ci --space-name s --app-type JupyterLab --app-name default';

function fakeRun(problems: CleanupProblem[] = []): LaunchRun & { cancels: number } {
  const run = {
    cancels: 0,
    plan: {} as LaunchRun['plan'],
    result: new Promise<never>(() => undefined),
    cancel: () => {
      run.cancels++;
      return Promise.resolve(problems);
    },
    commands: () => [DELETE_APP],
  };
  return run;
}

const reporter = () => ({
  info: jest.fn<(line: string) => void>(),
  warning: jest.fn<(line: string) => void>(),
});

describe('cancelOnSignals', () => {
  it('prints the commands and cleans up at the first signal; the second only says it goes on', async () => {
    const source = new EventEmitter() as EventEmitter & SignalSource;
    const run = fakeRun();
    const report = reporter();
    const cancellation = cancelOnSignals(run, report, source);
    source.emit('SIGINT', 'SIGINT');
    source.emit('SIGTERM', 'SIGTERM');
    const error = await cancellation.cancelled.catch((e: unknown) => e);

    expect(run.cancels).toBe(1);
    expect(report.warning.mock.calls[0]?.[0]).toBe(
      'Launch test cancelled (SIGINT): removing what it made now. Should this be cut short, the post step removes it; failing that, these commands do:\n' +
        `  ${DELETE_APP}`,
    );
    expect(report.info).toHaveBeenCalledWith(
      'Launch test: SIGTERM received; still removing what the test made.',
    );
    expect(error).toBeInstanceOf(LaunchCancelled);
    expect((error as Error).message).toBe(
      'Launch test cancelled (SIGINT). It removed everything it had made.',
    );
    cancellation.stop();
    expect(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM')).toBe(0);
  });

  it('fails naming what the clean-up could not remove, with the command', async () => {
    const source = new EventEmitter() as EventEmitter & SignalSource;
    const problem = {
      what: 'the JupyterLab app default (s)',
      reason: 'denied',
      command: DELETE_APP,
    };
    const { cancelled } = cancelOnSignals(fakeRun([problem]), reporter(), source);
    source.emit('SIGTERM', 'SIGTERM');
    const error = await cancelled.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LaunchTestFailure);
    expect((error as LaunchTestFailure).cleanupProblems).toStrictEqual([problem]);
    expect((error as Error).message).toContain(`  ${DELETE_APP}\nLaunch test cancelled (SIGTERM).`);
  });

  it('says so when the test had made nothing yet', async () => {
    const source = new EventEmitter() as EventEmitter & SignalSource;
    const run = { ...fakeRun(), commands: () => [] };
    const report = reporter();
    const { cancelled } = cancelOnSignals(run, report, source);
    source.emit('SIGINT', 'SIGINT');
    await cancelled.catch(() => undefined);
    expect(report.warning.mock.calls).toStrictEqual([
      ['Launch test cancelled (SIGINT): it had made nothing yet.'],
    ]);
  });
});
