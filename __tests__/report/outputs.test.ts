// The outputs: named once, as action.yml declares them, and set the same way on every path.
import { describe, expect, it } from '@jest/globals';
import { Output, maskAccount, setStatusOutputs } from '../../src/report/outputs.js';
import { readActionYaml } from '../../__fixtures__/run-action.ts';
import { recordingReporter } from '../../__fixtures__/reporter.js';

describe('Output', () => {
  it('names exactly the outputs action.yml declares', () => {
    expect(Object.values(Output).sort()).toEqual(Object.keys(readActionYaml().outputs).sort());
  });
});

describe('the version outputs', () => {
  it('masks an account id only when asked to and when there is one', () => {
    const report = recordingReporter();
    maskAccount(report, { maskAccountId: false }, '123456789012');
    maskAccount(report, { maskAccountId: true }, undefined);
    expect(report.mask).not.toHaveBeenCalled();
    maskAccount(report, { maskAccountId: true }, '123456789012');
    expect(report.mask).toHaveBeenCalledWith('123456789012');
  });

  it('sets the status outputs empty when SageMaker leaves them out', () => {
    const report = recordingReporter();
    setStatusOutputs(report, {});
    expect(report.outputs()).toStrictEqual({ 'image-version-status': '', 'container-image': '' });
  });
});
