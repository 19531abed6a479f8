// The AppImageConfig, field by field.
import { describe, expect, it } from '@jest/globals';
import { diffConfigs, flatten } from '../../src/compare/config-diff.js';

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
    // toStrictEqual: a field only one side has carries no `before` or `after` key for the other.
    expect(diffConfigs(before, after)).toStrictEqual([
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

  it('leaves out SageMaker own top-level fields, but not a variable that has one of their names', () => {
    const config = (time: string) => ({
      AppImageConfigArn: `arn:${time}`,
      AppImageConfigName: `name-${time}`,
      CreationTime: time,
      LastModifiedTime: time,
      $metadata: { requestId: time },
      JupyterLabAppImageConfig: {
        ContainerConfig: { ContainerEnvironmentVariables: { CreationTime: time } },
      },
    });
    expect(diffConfigs(config('t1'), config('t2'))).toStrictEqual([
      {
        path: 'JupyterLabAppImageConfig.ContainerConfig.ContainerEnvironmentVariables.CreationTime',
        before: '"t1"',
        after: '"t2"',
      },
    ]);
  });

  it('names a list emptied as `[]`, and each item it lost', () => {
    const config = (args: string[]) => ({
      CodeEditorAppImageConfig: { ContainerConfig: { ContainerArguments: args } },
    });
    expect(diffConfigs(config(['--a', '--b']), config([]))).toStrictEqual([
      { path: 'CodeEditorAppImageConfig.ContainerConfig.ContainerArguments', after: '[]' },
      { path: 'CodeEditorAppImageConfig.ContainerConfig.ContainerArguments[0]', before: '"--a"' },
      { path: 'CodeEditorAppImageConfig.ContainerConfig.ContainerArguments[1]', before: '"--b"' },
    ]);
  });

  it('shows a null field as null', () => {
    expect(diffConfigs({ KernelGatewayImageConfig: { FileSystemConfig: null } }, {})).toStrictEqual(
      [{ path: 'KernelGatewayImageConfig.FileSystemConfig', before: 'null' }],
    );
  });
});

describe('flatten', () => {
  it('gives each leaf by its path, and nothing for an undefined one', () => {
    expect(flatten({ A: { B: [undefined, 'x', []], C: undefined, D: 1 } })).toStrictEqual(
      new Map([
        ['A.B[1]', '"x"'],
        ['A.B[2]', '[]'],
        ['A.D', '1'],
      ]),
    );
  });

  it.each([['text'], [7], [[]], [null], [undefined]])(
    'finds no field in %j, which is no config',
    (value) => {
      expect(flatten(value)).toStrictEqual(new Map());
    },
  );
});
