// ECR's scan findings for one image manifest (DescribeImageScanFindings): one page per request,
// basic and enhanced (Amazon Inspector) findings read into one shape. Loaded with the ECR edge
// only by `./compare`.
//
// Findings are per manifest digest: for an index, the caller asks for the linux/amd64 manifest
// (the one the release registers). A repository without scanning answers ScanNotFoundException,
// which this module returns as a status of its own, `SCAN_NOT_FOUND`, for the caller to explain.
import {
  DescribeImageScanFindingsCommand,
  type DescribeImageScanFindingsResponse,
  type ECRClient,
} from '@aws-sdk/client-ecr';
import { call, errorFacts, type AwsResource } from './errors.js';
import type { ImageLocation } from './ecr.js';

/** The most findings ECR answers in one page. */
export const SCAN_PAGE_SIZE = 1000;

/** One finding, basic or enhanced, in the words the comparison needs. */
export interface ScanFinding {
  /** The CVE (or other advisory) id: `CVE-2024-1234`. */
  readonly id: string;
  /** ECR's severity: CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL or UNDEFINED. */
  readonly severity: string;
  readonly packageName?: string;
  readonly installedVersion?: string;
  /** The version that fixes it, when one is known. */
  readonly fixedInVersion?: string;
  /** The layer the package came in (enhanced scanning only). */
  readonly sourceLayerHash?: string;
}

/** What one page says: the scan's status, and its findings. */
export interface ScanPage {
  /** ECR's status, or `SCAN_NOT_FOUND` when the repository is not scanned. */
  readonly status: string;
  readonly description?: string;
  /** ECR's own counts by severity, when it gives them (the same on every page). */
  readonly counts: Readonly<Record<string, number>>;
  readonly findings: readonly ScanFinding[];
  readonly nextToken?: string;
}

const repositoryOf = (location: ImageLocation): AwsResource => ({
  kind: 'ECR repository',
  name: location.repository,
});

/** One page of the findings of `digest`. */
export async function describeScanFindingsPage(
  client: ECRClient,
  location: ImageLocation,
  digest: string,
  nextToken?: string,
): Promise<ScanPage> {
  try {
    const response = await call(
      'DescribeImageScanFindings',
      () =>
        client.send(
          new DescribeImageScanFindingsCommand({
            registryId: location.registryId,
            repositoryName: location.repository,
            imageId: { imageDigest: digest },
            maxResults: SCAN_PAGE_SIZE,
            ...(nextToken === undefined ? {} : { nextToken }),
          }),
        ),
      repositoryOf(location),
    );
    return scanPageOf(response);
  } catch (error) {
    if (errorFacts(error).name === 'ScanNotFoundException') {
      return {
        status: 'SCAN_NOT_FOUND',
        description: errorFacts(error).message,
        counts: {},
        findings: [],
      };
    }
    throw error;
  }
}

/** The response in the page's shape. Pure. */
export function scanPageOf(response: DescribeImageScanFindingsResponse): ScanPage {
  const found = response.imageScanFindings;
  const basic = (found?.findings ?? []).map((finding): ScanFinding => {
    const attribute = (key: string): string | undefined =>
      finding.attributes?.find((pair) => pair.key === key)?.value;
    return withoutEmpty({
      id: finding.name ?? '?',
      severity: finding.severity ?? 'UNDEFINED',
      packageName: attribute('package_name'),
      installedVersion: attribute('package_version'),
    });
  });
  const enhanced = (found?.enhancedFindings ?? []).flatMap((finding): ScanFinding[] => {
    const id = finding.packageVulnerabilityDetails?.vulnerabilityId ?? finding.title ?? '?';
    const packages = finding.packageVulnerabilityDetails?.vulnerablePackages ?? [{}];
    return packages.map((pkg) =>
      withoutEmpty({
        id,
        severity: finding.severity ?? 'UNDEFINED',
        packageName: pkg.name,
        installedVersion: pkg.version,
        fixedInVersion: pkg.fixedInVersion,
        sourceLayerHash: pkg.sourceLayerHash,
      }),
    );
  });
  const counts: Record<string, number> = {};
  for (const [severity, count] of Object.entries(found?.findingSeverityCounts ?? {}))
    if (typeof count === 'number') counts[severity] = count;
  return {
    status: response.imageScanStatus?.status ?? 'UNKNOWN',
    ...(response.imageScanStatus?.description
      ? { description: response.imageScanStatus.description }
      : {}),
    counts,
    findings: [...basic, ...enhanced],
    ...(response.nextToken ? { nextToken: response.nextToken } : {}),
  };
}

function withoutEmpty(finding: Record<string, string | undefined>): ScanFinding {
  return Object.fromEntries(
    Object.entries(finding).filter(([, value]) => value !== undefined && value !== ''),
  ) as unknown as ScanFinding;
}
