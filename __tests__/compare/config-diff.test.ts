// The AppImageConfig, field by field.
import { describe, expect, it } from '@jest/globals';
import { diffConfigs } from '../../src/compare/config-diff.js';

describe('diffConfigs', () => {
  it('names each field that changed, and leaves SageMaker own fields out', () => {
    const before = {
      AppImageConfigName: 'a',
      AppImageConfigArn: 'arn:1',
      JupyterLabAppImageConfig: {
        ContainerConfig: {
          ContainerArguments: ['--a'],
          ContainerEnvironmentVariables: { LANG: 'C' },
        },
        FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000 },
      },
    };
    const after = {
      AppImageConfigName: 'b',
      JupyterLabAppImageConfig: {
        ContainerConfig: {
          ContainerArguments: ['--a', '--b'],
          ContainerEnvironmentVariables: { LANG: 'C.UTF-8' },
        },
        FileSystemConfig: { MountPath: '/home/sagemaker-user' },
      },
    };
    expect(diffConfigs(before, after)).toEqual([
      { path: 'JupyterLabAppImageConfig.ContainerConfig.ContainerArguments[1]', after: '"--b"' },
      {
        path: 'JupyterLabAppImageConfig.ContainerConfig.ContainerEnvironmentVariables.LANG',
        before: '"C"',
        after: '"C.UTF-8"',
      },
      { path: 'JupyterLabAppImageConfig.FileSystemConfig.DefaultUid', before: '1000' },
    ]);
  });

  it('finds nothing between a config and itself', () => {
    const config = { KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3' }] } };
    expect(diffConfigs(config, structuredClone(config))).toEqual([]);
  });
});
