// The runner's edge: the inputs it passes in, and the Reporter, the one way the action speaks back
// (log lines, groups, annotations, outputs, masks, the failure). Every step reaches the Reporter
// through the session; only this module and the step summary's writer call @actions/core.
import * as core from '@actions/core';
import type { Output } from './outputs.js';

export interface Reporter {
  info(line: string): void;
  debug(line: string): void;
  warning(message: string): void;
  /** A notice annotation with a title (shown on the run's page). */
  notice(message: string, title: string): void;
  /** Runs `work` inside a collapsible group of the log. */
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
  output(name: Output, value: string): void;
  /** Hides a value from the rest of the log. */
  mask(secret: string): void;
  /** Fails the step with this message (once per run: main.ts's one catch). */
  fail(message: string): void;
  /** Keeps a value for the entry point's `post:` step (core.saveState; read with readRunnerState). */
  saveState(name: string, value: string): void;
}

/** An input as the runner passes it: trimmed, '' when unset. */
export const readRunnerInput = (name: string): string => core.getInput(name);

/** What the main step saved for the `post:` step ('' when nothing). */
export const readRunnerState = (name: string): string => core.getState(name);

export const runnerReporter: Reporter = {
  info: (line) => core.info(line),
  debug: (line) => core.debug(line),
  warning: (message) => core.warning(message),
  notice: (message, title) => core.notice(message, { title }),
  group: (title, work) => core.group(title, work),
  output: (name, value) => core.setOutput(name, value),
  mask: (secret) => core.setSecret(secret),
  fail: (message) => core.setFailed(message),
  saveState: (name, value) => core.saveState(name, value),
};

/** The reporter, keeping besides the outputs set so far (what a failed run's summary says was done). */
export function keepingOutputs(
  report: Reporter,
): Reporter & { readonly outputs: () => Partial<Record<Output, string>> } {
  const kept: Partial<Record<Output, string>> = {};
  return {
    ...report,
    output: (name, value) => {
      kept[name] = value;
      report.output(name, value);
    },
    outputs: () => ({ ...kept }),
  };
}
