// The SDK's log lines with mask-aws-account-id: every account id hidden as the line is written.
import { describe, expect, it } from '@jest/globals';
import { proxyWarning, sdkClientConfig } from '../../src/aws/client-config.js';

const LINE = {
  clientName: 'SageMakerClient',
  output: { ImageVersionArn: 'arn:aws:sagemaker:eu-west-1:210987654321:image-version/img/4' },
  ecr: '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img:v1',
};

function logged(maskAccountIds: boolean | undefined): string[] {
  const lines: string[] = [];
  const config = sdkClientConfig({
    region: 'eu-west-1',
    maxAttempts: 1,
    httpTimeoutMs: 1000,
    runId: '1',
    log: (line) => lines.push(line),
    ...(maskAccountIds === undefined ? {} : { maskAccountIds }),
  });
  config.logger.debug(LINE);
  config.logger.info(
    'endpoint 123456789012.dkr.ecr.us-east-1.amazonaws.com; request 1700000000000',
  );
  return lines;
}

describe('sdkClientConfig log lines', () => {
  it('hide every 12-digit account id with mask-aws-account-id, whichever account it is', () => {
    const lines = logged(true).join('\n');
    expect(lines).not.toMatch(/210987654321|123456789012/);
    expect(lines).toContain('arn:aws:sagemaker:eu-west-1:***:image-version/img/4');
    expect(lines).toContain('***.dkr.ecr.us-east-1.amazonaws.com');
    // Other numbers (a 13-digit time) stay.
    expect(lines).toContain('1700000000000');
  });

  it('keep them without it', () => {
    expect(logged(false).join('\n')).toContain('210987654321');
    expect(logged(undefined).join('\n')).toContain('123456789012');
  });
});

describe('proxyWarning', () => {
  it('warns when a proxy is set and Node.js is older than 24.5, which ignores proxyEnv', () => {
    expect(proxyWarning({ https_proxy: 'http://proxy:3128' }, 'v24.4.1')).toBe(
      "https_proxy is set, but this runner's Node.js 24.4.1 is older than 24.5, the first whose " +
        "connections take a proxy from the environment: the action's requests to AWS go out " +
        'directly, not through the proxy. Update the runner (its Node.js 24 comes with it), or ' +
        'let the runner reach the AWS endpoints directly.',
    );
    expect(proxyWarning({ HTTP_PROXY: 'http://proxy:3128' }, 'v20.19.0')).toMatch(
      /^HTTP_PROXY is set, but this runner's Node\.js 20\.19\.0 is older than 24\.5/,
    );
  });

  it('says nothing from 24.5 on, or without a proxy', () => {
    for (const version of ['v24.5.0', 'v24.11.1', 'v25.0.0'])
      expect(proxyWarning({ HTTPS_PROXY: 'http://proxy:3128' }, version)).toBeUndefined();
    expect(proxyWarning({ HTTPS_PROXY: ' ', NO_PROXY: 'localhost' }, 'v24.0.0')).toBeUndefined();
  });
});
