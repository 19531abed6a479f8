// A Reporter that records what the action said: info lines, warnings, notices, groups, outputs
// and masks. For tests of one step, which get it through their session.
import { jest } from '@jest/globals';
import type { Output } from '../src/report/outputs.js';
import type { Reporter } from '../src/report/runner.js';

export interface RecordingReporter extends Reporter {
  readonly info: jest.Mock<Reporter['info']>;
  readonly warning: jest.Mock<Reporter['warning']>;
  readonly notice: jest.Mock<Reporter['notice']>;
  readonly output: jest.Mock<Reporter['output']>;
  readonly mask: jest.Mock<Reporter['mask']>;
  readonly fail: jest.Mock<Reporter['fail']>;
  readonly saveState: jest.Mock<Reporter['saveState']>;
  /** What was saved for the post step (the last value of each). */
  state(): Record<string, string>;
  /** The info lines so far. */
  lines(): string[];
  /** The group titles so far, in the order they were opened. */
  groups(): string[];
  /** The outputs set so far (the last value of each). */
  outputs(): Partial<Record<Output, string>>;
}

export function recordingReporter(): RecordingReporter {
  const info = jest.fn<Reporter['info']>();
  const output = jest.fn<Reporter['output']>();
  const saveState = jest.fn<Reporter['saveState']>();
  const titles: string[] = [];
  return {
    info,
    debug: jest.fn<Reporter['debug']>(),
    warning: jest.fn<Reporter['warning']>(),
    notice: jest.fn<Reporter['notice']>(),
    output,
    mask: jest.fn<Reporter['mask']>(),
    fail: jest.fn<Reporter['fail']>(),
    saveState,
    group: <T>(title: string, work: () => Promise<T>): Promise<T> => {
      titles.push(title);
      return work();
    },
    lines: () => info.mock.calls.map(([line]) => line),
    groups: () => [...titles],
    outputs: () => Object.fromEntries(output.mock.calls.map(([name, value]) => [name, value])),
    state: () => Object.fromEntries(saveState.mock.calls.map(([name, value]) => [name, value])),
  };
}
