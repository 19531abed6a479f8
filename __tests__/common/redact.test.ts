import { describe, expect, it } from '@jest/globals';
import { HIDDEN, forDisplay } from '../../src/common/redact.js';

describe('forDisplay', () => {
  it('hides the values of container environment variables at any depth, keeping their names', () => {
    const request = {
      AppImageConfigName: 'c',
      JupyterLabAppImageConfig: {
        ContainerConfig: {
          ContainerArguments: ['--x'],
          ContainerEnvironmentVariables: { TOKEN: 'secret', MODE: 'fast' },
        },
      },
      List: [{ ContainerEnvironmentVariables: { A: 'b' } }],
    };
    expect(forDisplay(request)).toStrictEqual({
      AppImageConfigName: 'c',
      JupyterLabAppImageConfig: {
        ContainerConfig: {
          ContainerArguments: ['--x'],
          ContainerEnvironmentVariables: { TOKEN: HIDDEN, MODE: HIDDEN },
        },
      },
      List: [{ ContainerEnvironmentVariables: { A: HIDDEN } }],
    });
    // The request sent is left as it is.
    expect(
      request.JupyterLabAppImageConfig.ContainerConfig.ContainerEnvironmentVariables.TOKEN,
    ).toBe('secret');
  });

  it('passes everything else through', () => {
    expect(forDisplay('text')).toBe('text');
    expect(forDisplay(null)).toBeNull();
    expect(forDisplay({ ContainerEnvironmentVariables: null })).toStrictEqual({
      ContainerEnvironmentVariables: null,
    });
    expect(HIDDEN).toBe('(hidden)');
  });
});
