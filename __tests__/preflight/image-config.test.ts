// The image config reader: platform, USER, ENTRYPOINT, CMD and ENV, whatever the JSON's shape.
import { describe, expect, it } from '@jest/globals';
import { configPlatform, readImageConfig } from '../../src/preflight/image-config.js';

describe('readImageConfig', () => {
  it('reads the platform, user, start command and environment', () => {
    const text = JSON.stringify({
      architecture: 'arm64',
      os: 'linux',
      variant: 'v8',
      config: {
        User: '1000:100',
        Entrypoint: ['tini', '--'],
        Cmd: ['jupyter-lab'],
        Env: ['PATH=/usr/bin', 'AWS_REGION=eu-west-1'],
      },
    });
    expect(readImageConfig(text)).toStrictEqual({
      ok: true,
      config: {
        os: 'linux',
        architecture: 'arm64',
        variant: 'v8',
        user: '1000:100',
        entrypoint: ['tini', '--'],
        cmd: ['jupyter-lab'],
        env: ['PATH=/usr/bin', 'AWS_REGION=eu-west-1'],
      },
    });
  });

  it.each([
    ['no config member', '{"os":"linux","architecture":""}'],
    ['a null config', '{"os":"linux","config":null}'],
    [
      'fields of other types',
      '{"os":"linux","config":{"User":7,"Entrypoint":"sh","Cmd":null,"Env":[1]}}',
    ],
  ])('reads %s as no user, no command and no environment', (_label, text) => {
    expect(readImageConfig(text)).toStrictEqual({
      ok: true,
      config: { os: 'linux', user: '', entrypoint: [], cmd: [], env: [] },
    });
  });

  it('keeps only the strings of a list', () => {
    const text = '{"config":{"Cmd":["a",2,null,"b"]}}';
    expect(readImageConfig(text)).toMatchObject({ config: { cmd: ['a', 'b'] } });
  });

  it.each([
    ['text that is not JSON', '{', 'its config is not JSON'],
    ['a JSON array', '[]', 'its config is not a JSON object'],
    ['JSON null', 'null', 'its config is not a JSON object'],
  ])('refuses %s', (_label, text, problem) => {
    expect(readImageConfig(text)).toStrictEqual({ ok: false, problem });
  });
});

describe('configPlatform', () => {
  const base = { user: '', entrypoint: [], cmd: [], env: [] };

  it.each([
    [{ os: 'linux', architecture: 'amd64' }, 'linux/amd64'],
    [{ os: 'linux', architecture: 'arm64', variant: 'v8' }, 'linux/arm64/v8'],
    [{ architecture: 'amd64' }, 'unknown/amd64'],
    [{ os: 'linux' }, 'linux/unknown'],
  ])('names %j as %s', (platform, name) => {
    expect(configPlatform({ ...base, ...platform })).toBe(name);
  });
});
