// The Studio step registers the app-image-config document's container environment values as
// secrets before its first request: an AWS validation error may echo them (issue 27, item 11).
import { describe, expect, it, jest } from '@jest/globals';
import { testSession } from '../../__fixtures__/session.js';
import { startStudioStep } from '../../src/studio/step.js';

describe('startStudioStep', () => {
  it("masks every value of the document's ContainerEnvironmentVariables before it reads anything", async () => {
    const order: string[] = [];
    const describeDomain = jest.fn(() => {
      order.push('DescribeDomain');
      return Promise.resolve({ DomainId: 'd-1', DomainName: 'd-1', Status: 'InService' });
    });
    const session = testSession(
      { imageName: 'img', region: 'eu-west-1' },
      {
        describeDomain,
        listUserProfileNames: () => Promise.resolve([]),
        describeAppImageConfig: () => Promise.resolve(undefined),
      },
    );
    session.report.mask.mockImplementation((value: string) => {
      order.push(`mask ${value}`);
    });
    const studio = {
      domainIds: ['d-1'],
      appType: 'JupyterLab',
      pinVersion: true,
      levels: ['user'],
      userProfiles: 'none',
      appImageConfig: {
        name: 'img',
        document: {
          appType: 'JupyterLab',
          memberName: 'JupyterLabAppImageConfig',
          member: {
            ContainerConfig: {
              ContainerEnvironmentVariables: { TOKEN: 's3cr3t-value', TEAM: 'ml', EMPTY: '' },
            },
          },
          tags: [],
          source: 'inline',
        },
      },
    } as never;
    await startStudioStep(session, studio);
    expect(order.slice(0, 3)).toStrictEqual(['mask s3cr3t-value', 'mask ml', 'DescribeDomain']);
    expect(session.report.mask).toHaveBeenCalledTimes(2);
  });
});
