// The SageMaker client and what every SageMaker call module builds on: "not found" read as
// undefined, every item of every page, and how an error names a Studio resource.
import { describe, expect, it, jest } from '@jest/globals';
import * as api from '../../src/aws/sagemaker-client.js';
import { resourceSubject } from '../../src/aws/errors.js';
import { denied, notFound } from '../../__fixtures__/sdk-errors.ts';

async function* pagesOf<T>(...pages: T[]): AsyncGenerator<T> {
  for (const page of pages) yield await Promise.resolve(page);
}

describe('unlessNotFound', () => {
  it('returns what the read returns, undefined for "not found", and throws anything else', async () => {
    await expect(api.unlessNotFound(() => Promise.resolve('read'))).resolves.toBe('read');
    await expect(
      api.unlessNotFound(() => api.call('DescribeSpace', () => Promise.reject(notFound()))),
    ).resolves.toBeUndefined();
    await expect(
      api.unlessNotFound(() => api.call('DescribeSpace', () => Promise.reject(denied()))),
    ).rejects.toMatchObject({ operation: 'DescribeSpace' });
  });
});

describe('everyItem', () => {
  it('gathers the items of every page in order, leaving out missing and empty ones', async () => {
    const pages = pagesOf<{ names?: (string | undefined)[] }>(
      { names: ['a', undefined, 'b'] },
      {},
      { names: ['', 'c'] },
    );
    await expect(api.everyItem(pages, (page) => page.names)).resolves.toStrictEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('how errors name Studio resources', () => {
  it.each([
    ['named', 'user profile "ci"'],
    ['unnamed', 'a user profile of Studio domain "d-1"'],
  ] as const)('a %s profile is "%s"', (naming, subject) => {
    expect(resourceSubject(api.inDomain('user profile', 'd-1', 'ci', naming))).toBe(subject);
  });

  it('names a list call by its kind, and its domain when it has one', () => {
    expect(resourceSubject(api.everyOf('Studio domain'))).toBe('the Studio domains');
    expect(resourceSubject(api.everyOf('Studio space', 'd-1'))).toBe(
      'the Studio spaces of Studio domain "d-1"',
    );
  });
});

describe('createSageMakerClient', () => {
  const settings = {
    region: 'eu-west-1',
    maxAttempts: 7,
    httpTimeoutMs: 1234,
    runId: '987654321',
    log: jest.fn<(line: string) => void>(),
  };

  it('uses the region and attempts given, and names the action and the run in its user agent', async () => {
    const configured = api.createSageMakerClient(settings);
    await expect(configured.config.region()).resolves.toBe('eu-west-1');
    await expect(configured.config.maxAttempts()).resolves.toBe(7);
    expect(configured.config.customUserAgent).toEqual([
      ['sagemaker-image-version-action', expect.any(String)],
      ['gha-run', '987654321'],
    ]);
  });

  it('leaves the run out of the user agent when there is none', () => {
    const configured = api.createSageMakerClient({ ...settings, runId: '' });
    expect(configured.config.customUserAgent).toEqual([
      ['sagemaker-image-version-action', expect.any(String)],
    ]);
  });

  it("writes the SDK's log lines, with their level, to the log it is given", () => {
    const log = jest.fn<(line: string) => void>();
    const { logger } = api.createSageMakerClient({ ...settings, log }).config;
    logger.debug('endpoint', { host: 'h' });
    logger.info('info line');
    logger.warn('careful');
    logger.error('broken', 3);
    expect(log.mock.calls.map(([line]) => line)).toEqual([
      'AWS SDK debug: endpoint {"host":"h"}',
      'AWS SDK info: info line',
      'AWS SDK warn: careful',
      'AWS SDK error: broken 3',
    ]);
  });
});
