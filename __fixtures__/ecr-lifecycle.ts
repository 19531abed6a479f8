// ECR's lifecycle policies as the local endpoint evaluates them, for its lifecycle policy preview:
// rules by priority (lowest first), each acting on images that no rule before it acted on.
//   selection: tagStatus tagged | untagged | any (tagPrefixList / tagPatternList for tagged),
//              storageClass standard (the default) | archive,
//              countType imageCountMoreThan (newest pushes kept) | sinceImagePushed | sinceImagePulled
//              (days; an image never pulled counts from its push), countNumber
//   action:    expire, or transition with targetStorageClass archive
// Where ECR's documentation leaves a detail open (how counts interact across rules), the choice
// here is the simplest that the documentation allows. Pure; erasable TypeScript only.

export interface LifecycleRule {
  readonly rulePriority: number;
  readonly selection: {
    readonly tagStatus: 'tagged' | 'untagged' | 'any';
    readonly tagPrefixList?: readonly string[];
    readonly tagPatternList?: readonly string[];
    readonly storageClass?: 'standard' | 'archive';
    readonly countType: 'imageCountMoreThan' | 'sinceImagePushed' | 'sinceImagePulled';
    readonly countUnit?: 'days';
    readonly countNumber: number;
  };
  readonly action: {
    readonly type: 'expire' | 'transition';
    readonly targetStorageClass?: 'archive';
  };
}

/** An image as the evaluation sees it. */
export interface LifecycleImage {
  readonly digest: string;
  readonly tags: readonly string[];
  readonly pushedAt: number;
  readonly lastPulledAt?: number;
  /** ACTIVE, ARCHIVED or ACTIVATING. */
  readonly status: string;
}

/** One result of a preview, in the API's shape. */
export interface PreviewResult {
  readonly imageDigest: string;
  readonly imageTags: readonly string[];
  readonly imagePushedAt: number;
  readonly action: {
    readonly type: 'EXPIRE' | 'TRANSITION';
    readonly targetStorageClass?: 'ARCHIVE';
  };
  readonly appliedRulePriority: number;
  readonly storageClass: 'STANDARD' | 'ARCHIVE';
}

const DAY_MS = 24 * 60 * 60 * 1000;

function wildcard(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function tagsMatch(rule: LifecycleRule, image: LifecycleImage): boolean {
  const { tagStatus, tagPrefixList, tagPatternList } = rule.selection;
  if (tagStatus === 'untagged') return image.tags.length === 0;
  if (tagStatus === 'any') return true;
  if (image.tags.length === 0) return false;
  if (tagPrefixList !== undefined)
    return tagPrefixList.every((prefix) => image.tags.some((tag) => tag.startsWith(prefix)));
  if (tagPatternList !== undefined)
    return tagPatternList.every((pattern) => image.tags.some((tag) => wildcard(pattern).test(tag)));
  return true;
}

function storageOf(image: LifecycleImage): 'standard' | 'archive' {
  return image.status === 'ARCHIVED' ? 'archive' : 'standard';
}

/** The images one rule selects among `candidates`, at `now`. */
function selected(
  rule: LifecycleRule,
  candidates: readonly LifecycleImage[],
  now: number,
): LifecycleImage[] {
  const { countType, countNumber } = rule.selection;
  const storage = rule.selection.storageClass ?? 'standard';
  const matching = candidates.filter(
    (image) =>
      image.status !== 'ACTIVATING' && storageOf(image) === storage && tagsMatch(rule, image),
  );
  if (countType === 'imageCountMoreThan') {
    return [...matching].sort((a, b) => b.pushedAt - a.pushedAt).slice(countNumber);
  }
  const limit = now - countNumber * DAY_MS;
  return matching.filter((image) =>
    countType === 'sinceImagePushed'
      ? image.pushedAt < limit
      : (image.lastPulledAt ?? image.pushedAt) < limit,
  );
}

/** What the policy would do to each image, at `now`. */
export function evaluatePolicy(
  rules: readonly LifecycleRule[],
  images: readonly LifecycleImage[],
  now: number,
): PreviewResult[] {
  const acted = new Set<string>();
  const results: PreviewResult[] = [];
  for (const rule of [...rules].sort((a, b) => a.rulePriority - b.rulePriority)) {
    const candidates = images.filter((image) => !acted.has(image.digest));
    for (const image of selected(rule, candidates, now)) {
      acted.add(image.digest);
      results.push({
        imageDigest: image.digest,
        imageTags: image.tags,
        imagePushedAt: image.pushedAt / 1000,
        action:
          rule.action.type === 'expire'
            ? { type: 'EXPIRE' }
            : { type: 'TRANSITION', targetStorageClass: 'ARCHIVE' },
        appliedRulePriority: rule.rulePriority,
        storageClass: storageOf(image) === 'archive' ? 'ARCHIVE' : 'STANDARD',
      });
    }
  }
  return results;
}
