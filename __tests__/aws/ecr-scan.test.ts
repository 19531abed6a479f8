// ECR's scan findings with the SDK mocked: one page a request for one digest, basic and enhanced
// findings in one shape, ScanNotFoundException as a status of its own, other failures as
// AwsCallErrors naming the repository.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { DescribeImageScanFindingsCommand, ECRClient } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { SCAN_PAGE_SIZE, describeScanFindingsPage, scanPageOf } from '../../src/aws/ecr-scan.js';
import { ecrError } from '../../__fixtures__/sdk-errors.js';
import { AwsCallError, errorFacts } from '../../src/aws/errors.js';

const mocked = mockClient(ECRClient);
const client = new ECRClient({ region: 'eu-west-1' });
const location = { registryId: '210987654321', repository: 'team/jupyter' };
const DIGEST = `sha256:${'1'.repeat(64)}`;

beforeEach(() => {
  mocked.reset();
});

describe('scanPageOf', () => {
  it('reads basic findings with their package from the attributes', () => {
    expect(
      scanPageOf({
        imageScanStatus: {
          status: 'COMPLETE',
          description: 'The scan was completed successfully.',
        },
        imageScanFindings: {
          findingSeverityCounts: { HIGH: 1, LOW: 2 },
          findings: [
            {
              name: 'CVE-2024-0001',
              severity: 'HIGH',
              attributes: [
                { key: 'package_version', value: '3.0.2' },
                { key: 'package_name', value: 'openssl' },
                { key: 'CVSS2_SCORE', value: '7.5' },
              ],
            },
            { name: 'CVE-2024-0002', severity: 'LOW' },
            {
              name: 'CVE-2024-0003',
              severity: 'LOW',
              attributes: [{ key: 'package_name', value: 'zlib' }],
            },
          ],
        },
      }),
    ).toEqual({
      status: 'COMPLETE',
      description: 'The scan was completed successfully.',
      counts: { HIGH: 1, LOW: 2 },
      findings: [
        {
          id: 'CVE-2024-0001',
          severity: 'HIGH',
          packageName: 'openssl',
          installedVersion: '3.0.2',
        },
        { id: 'CVE-2024-0002', severity: 'LOW' },
        { id: 'CVE-2024-0003', severity: 'LOW', packageName: 'zlib' },
      ],
    });
  });

  it('reads an enhanced finding once per vulnerable package, after the basic ones', () => {
    expect(
      scanPageOf({
        imageScanStatus: { status: 'ACTIVE' },
        imageScanFindings: {
          findings: [{ name: 'CVE-2024-0001', severity: 'MEDIUM' }],
          enhancedFindings: [
            {
              severity: 'CRITICAL',
              title: 'CVE-2024-9999 - urllib3',
              packageVulnerabilityDetails: {
                vulnerabilityId: 'CVE-2024-9999',
                vulnerablePackages: [
                  {
                    name: 'urllib3',
                    version: '1.26.0',
                    fixedInVersion: '1.26.19',
                    sourceLayerHash: 'sha256:layer',
                  },
                  { name: 'urllib3', version: '2.0.0', fixedInVersion: '' },
                ],
              },
            },
            { title: 'GHSA-xxxx' },
          ],
        },
        nextToken: 'page-2',
      }),
    ).toEqual({
      status: 'ACTIVE',
      counts: {},
      findings: [
        { id: 'CVE-2024-0001', severity: 'MEDIUM' },
        {
          id: 'CVE-2024-9999',
          severity: 'CRITICAL',
          packageName: 'urllib3',
          installedVersion: '1.26.0',
          fixedInVersion: '1.26.19',
          sourceLayerHash: 'sha256:layer',
        },
        {
          id: 'CVE-2024-9999',
          severity: 'CRITICAL',
          packageName: 'urllib3',
          installedVersion: '2.0.0',
        },
        { id: 'GHSA-xxxx', severity: 'UNDEFINED' },
      ],
      nextToken: 'page-2',
    });
  });

  it('names what ECR leaves out: no name, no severity, no status, no counts', () => {
    expect(
      scanPageOf({
        imageScanStatus: { description: '' },
        imageScanFindings: {
          findingSeverityCounts: { HIGH: undefined as unknown as number },
          findings: [{}],
          enhancedFindings: [{ packageVulnerabilityDetails: {} }],
        },
        nextToken: '',
      }),
    ).toEqual({
      status: 'UNKNOWN',
      counts: {},
      findings: [
        { id: '?', severity: 'UNDEFINED' },
        { id: '?', severity: 'UNDEFINED' },
      ],
    });
    expect(scanPageOf({})).toEqual({ status: 'UNKNOWN', counts: {}, findings: [] });
  });
});

describe('describeScanFindingsPage', () => {
  it('asks for one page of the digest, the next one with its token', async () => {
    mocked.on(DescribeImageScanFindingsCommand).resolves({
      imageScanStatus: { status: 'COMPLETE' },
      imageScanFindings: { findings: [{ name: 'CVE-2024-0001', severity: 'HIGH' }] },
    });
    await expect(describeScanFindingsPage(client, location, DIGEST)).resolves.toEqual({
      status: 'COMPLETE',
      counts: {},
      findings: [{ id: 'CVE-2024-0001', severity: 'HIGH' }],
    });
    await describeScanFindingsPage(client, location, DIGEST, 'page-2');
    const inputs = mocked
      .commandCalls(DescribeImageScanFindingsCommand)
      .map((c) => c.args[0].input);
    expect(inputs).toStrictEqual([
      {
        registryId: '210987654321',
        repositoryName: 'team/jupyter',
        imageId: { imageDigest: DIGEST },
        maxResults: SCAN_PAGE_SIZE,
      },
      {
        registryId: '210987654321',
        repositoryName: 'team/jupyter',
        imageId: { imageDigest: DIGEST },
        maxResults: SCAN_PAGE_SIZE,
        nextToken: 'page-2',
      },
    ]);
    expect(SCAN_PAGE_SIZE).toBe(1000);
  });

  it("answers a repository without scanning as SCAN_NOT_FOUND with ECR's words", async () => {
    mocked
      .on(DescribeImageScanFindingsCommand)
      .rejects(ecrError('ScanNotFoundException', 'Image scan does not exist for the image'));
    await expect(describeScanFindingsPage(client, location, DIGEST)).resolves.toEqual({
      status: 'SCAN_NOT_FOUND',
      description: 'Image scan does not exist for the image',
      counts: {},
      findings: [],
    });
  });

  it('throws any other failure as an AwsCallError naming the operation and the repository', async () => {
    mocked
      .on(DescribeImageScanFindingsCommand)
      .rejects(
        ecrError(
          'AccessDeniedException',
          'not authorized to perform: ecr:DescribeImageScanFindings',
        ),
      );
    const error = await describeScanFindingsPage(client, location, DIGEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error).toMatchObject({
      operation: 'DescribeImageScanFindings',
      resource: { kind: 'ECR repository', name: 'team/jupyter' },
    });
    expect(errorFacts(error)).toMatchObject({ name: 'AccessDeniedException' });
  });
});
