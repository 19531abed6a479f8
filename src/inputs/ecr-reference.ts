// A `base-image` read into the parts an ECR request needs. Pure. The grammar is the one the
// `base-image` rule checks (ECR_IMAGE_URI in rules.ts), so every valid input parses:
//
//   123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/jupyter:2.1
//   └ registry ─┘        └ region ┘ └ suffix ─┘ └ repository ┘ └ tag (or @sha256:<64 hex>)
//
// The account in the host is the registry (BatchGetImage's `registryId`), which need not be the
// account running the workflow; the region in the host is where the ECR client must go.
import { ECR_IMAGE_URI } from './rules.js';

export interface EcrReference {
  /** The reference as given. */
  readonly uri: string;
  /** The registry's account id (`registryId` in ECR requests). */
  readonly registryId: string;
  readonly region: string;
  /** The registry host, `<account>.dkr.ecr[-fips].<region>.<dnsSuffix>`. */
  readonly host: string;
  /** `amazonaws.com`, or `amazonaws.com.cn` in the China partition. */
  readonly dnsSuffix: 'amazonaws.com' | 'amazonaws.com.cn';
  /** Whether the host is a FIPS registry endpoint (`dkr.ecr-fips`). */
  readonly fips: boolean;
  readonly repository: string;
  /** Exactly one of tag and digest is set. */
  readonly tag?: string;
  readonly digest?: string;
}

/** The parts of an ECR image reference, or undefined when `uri` is not one. */
export function parseEcrReference(uri: string): EcrReference | undefined {
  const match = ECR_IMAGE_URI.exec(uri);
  if (match === null) return undefined;
  // Stryker disable next-line StringLiteral: the first three groups take part in every match
  const [, registryId = '', region = '', repository = '', tag, digest] = match;
  const host = uri.slice(0, uri.indexOf('/'));
  return {
    uri,
    registryId,
    region,
    host,
    dnsSuffix: host.endsWith('.cn') ? 'amazonaws.com.cn' : 'amazonaws.com',
    fips: host.includes('.dkr.ecr-fips.'),
    repository,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

/** The same repository, pinned to `digest`: `<host>/<repository>@sha256:…`. */
export function referenceByDigest(reference: EcrReference, digest: string): string {
  return `${reference.host}/${reference.repository}@${digest}`;
}

/** The tag or digest in words: `tag "2.1"` or `digest sha256:…`. */
export function describeImageId(reference: Pick<EcrReference, 'tag' | 'digest'>): string {
  return reference.tag === undefined
    ? `digest ${reference.digest ?? ''}`
    : `tag "${reference.tag}"`;
}
