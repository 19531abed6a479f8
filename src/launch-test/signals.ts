// A cancelled run cleans up at once. The runner cancels a step with SIGINT, then SIGTERM 7.5 s
// later, then kills it: on the first signal the launch test stops creating, says what it made as
// the commands that remove it, and removes it (the same clean-up a finished test runs, once). A kill
// before that ends leaves the rest to the post step, which reads what the step saved.
import type { Reporter } from '../report/runner.js';
import { cancelledMessage, cleanupFailureMessage } from './messages.js';
import { LaunchCancelled, LaunchTestFailure, type LaunchRun } from './step.js';

/** Where signals come from (the process; an EventEmitter in tests). */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface Cancellation {
  /** Rejects once a signal's clean-up is done (never settles without a signal). */
  readonly cancelled: Promise<never>;
  /** Stops listening. */
  stop(): void;
}

export function cancelOnSignals(
  launch: LaunchRun,
  report: Pick<Reporter, 'info' | 'warning'>,
  source: SignalSource = process,
): Cancellation {
  let first: NodeJS.Signals | undefined;
  let reject: (error: Error) => void = () => undefined;
  const cancelled = new Promise<never>((_, no) => (reject = no));
  const listener = (signal: NodeJS.Signals): void => {
    if (first !== undefined) {
      report.info(`Launch test: ${signal} received; still removing what the test made.`);
      return;
    }
    first = signal;
    report.warning(cancelledMessage(signal, launch.commands()));
    void launch.cancel().then((problems) => {
      const says = `Launch test cancelled (${signal}).`;
      reject(
        problems.length === 0
          ? new LaunchCancelled(`${says} It removed everything it had made.`)
          : new LaunchTestFailure(cleanupFailureMessage(problems, says), 0, problems),
      );
    });
  };
  source.on('SIGINT', listener);
  source.on('SIGTERM', listener);
  return {
    cancelled,
    stop: () => {
      source.off('SIGINT', listener);
      source.off('SIGTERM', listener);
    },
  };
}
