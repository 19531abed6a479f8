// What BuildKit's attestations say about an image, and how two images' packages differ. Pure.
//
// The SBOM is an in-toto statement whose predicate is an SPDX document; each package names its
// ecosystem in a package URL:
//   { "predicateType": "https://spdx.dev/Document", "predicate": { "packages": [
//       { "name": "torch", "versionInfo": "2.3.1",
//         "externalRefs": [{ "referenceType": "purl", "referenceLocator": "pkg:pypi/torch@2.3.1" }] } ] } }
// Provenance (SLSA v0.2 `materials`, v1 `buildDefinition.resolvedDependencies`) lists what the
// build used; the images among them (`pkg:docker/…`) are what it was built FROM.

export interface Package {
  /** The purl type: pypi, conda, deb, npm, …; `other` without a purl. */
  readonly ecosystem: string;
  readonly name: string;
  readonly version: string;
}

export type ChangeKind = 'added' | 'removed' | 'upgraded' | 'downgraded';

export interface PackageChange {
  readonly kind: ChangeKind;
  readonly ecosystem: string;
  readonly name: string;
  readonly before?: string;
  readonly after?: string;
  /** On the watch list: shown first. */
  readonly watched: boolean;
}

/** The packages a reviewer looks for first, whatever the ecosystem. */
export const WATCH_LIST = [
  'python',
  'jupyterlab',
  'jupyter-server',
  'notebook',
  'ipykernel',
  'torch',
  'tensorflow',
  'jax',
  'cuda',
  'cudnn',
  'nccl',
  'numpy',
  'pandas',
  'scikit-learn',
  'sagemaker',
  'boto3',
  'openssl',
  'glibc',
  'libc6',
] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The predicate of an in-toto statement, when the text is one. */
export function predicateOf(statement: string): { type: string; predicate: Json } | undefined {
  let parsed: unknown;
  try {
    // Stryker disable BlockStatement: without the catch's return, `parsed` stays undefined, which the next check refuses too
    parsed = JSON.parse(statement);
  } catch {
    return undefined;
  }
  // Stryker restore BlockStatement
  if (!isObject(parsed) || !isObject(parsed.predicate)) return undefined;
  const type = typeof parsed.predicateType === 'string' ? parsed.predicateType : '';
  return { type, predicate: parsed.predicate };
}

/** The ecosystem and name of a package URL (`pkg:pypi/torch@2.3.1` → pypi, torch). */
export function purlParts(purl: string): { ecosystem: string; name: string } | undefined {
  const match = /^pkg:([a-z0-9.+-]+)\/(.+?)(?:@[^?#]*)?(?:[?#].*)?$/i.exec(purl);
  if (match === null) return undefined;
  // Stryker disable StringLiteral: both groups take part in every match, so no default applies
  const ecosystem = (match[1] ?? '').toLowerCase();
  const path = decodeURIComponent(match[2] ?? '');
  // Stryker restore StringLiteral
  return { ecosystem, name: path.slice(path.lastIndexOf('/') + 1) };
}

/** The packages of an SPDX document (the SBOM's predicate). */
export function spdxPackages(document: Json): Package[] {
  // Stryker disable ArrayDeclaration: a list of one string in place of none reads as none (a string has no name, refs or referenceType)
  const packages = Array.isArray(document.packages) ? document.packages.filter(isObject) : [];
  return packages.flatMap((pkg): Package[] => {
    const refs = Array.isArray(pkg.externalRefs) ? pkg.externalRefs.filter(isObject) : [];
    // Stryker restore ArrayDeclaration
    const purl = refs.find((ref) => ref.referenceType === 'purl')?.referenceLocator;
    const parts = typeof purl === 'string' ? purlParts(purl) : undefined;
    const name = parts?.name ?? (typeof pkg.name === 'string' ? pkg.name : undefined);
    const version = typeof pkg.versionInfo === 'string' ? pkg.versionInfo : '';
    // The document describes the image itself as a package without a version: not a package.
    if (name === undefined || (parts === undefined && version === '')) return [];
    return [{ ecosystem: parts?.ecosystem ?? 'other', name, version }];
  });
}

/** The images a provenance predicate says the build used (`pkg:docker/…`), as given. */
export function baseImagesOf(predicate: Json): string[] {
  const buildDefinition = isObject(predicate.buildDefinition) ? predicate.buildDefinition : {};
  const lists = [predicate.materials, buildDefinition.resolvedDependencies];
  const uris = lists.flatMap((list) =>
    Array.isArray(list)
      ? list.filter(isObject).flatMap((material) => {
          const uri = material.uri;
          if (typeof uri !== 'string' || !uri.startsWith('pkg:docker/')) return [];
          const digest = isObject(material.digest) ? material.digest.sha256 : undefined;
          return [typeof digest === 'string' ? `${uri}#sha256:${digest}` : uri];
        })
      : [],
  );
  return [...new Set(uris)];
}

/** Words that mark a pre-release (PEP 440, semver, Debian's `~`): such a version sorts before its release. */
const PRE_RELEASE = /^(?:~|a|b|c|rc|alpha|beta|pre|preview|dev)$/i;

/** A version's runs of digits and of letters, and Debian's `~`; other separators only separate. */
const versionTokens = (version: string): string[] =>
  Array.from(version.matchAll(/\d+|[a-z]+|~/gi), ([token]) => token);

// How a word sorts: Debian's `~` before any other, letters in any case alike.
// Stryker disable next-line MethodExpression: letters in upper case order as they do in lower case
const wordRank = (word: string): string => (word === '~' ? '' : word.toLowerCase());

/**
 * Orders two versions of one package, across ecosystems: runs of digits compare as numbers
 * (2.10 > 2.9, 1ubuntu10 > 1ubuntu9), a number sorts after a word (1.0.1 > 1.0rc1), and a
 * version that goes on past the other is later (1.0.1 > 1.0, 2.3.1+cu121 > 2.3.1) unless what
 * follows marks a pre-release (2.3.0rc1 < 2.3.0, 1.0~beta1 < 1.0).
 */
export function compareVersions(a: string, b: string): number {
  const left = versionTokens(a);
  const right = versionTokens(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    // String(): the loop's bound leaves at most one of them undefined.
    if (x === undefined) return PRE_RELEASE.test(String(y)) ? 1 : -1;
    if (y === undefined) return PRE_RELEASE.test(x) ? -1 : 1;
    // Tokens are all digits or all letters: one digit says which.
    const xIsNumber = /\d/.test(x);
    const yIsNumber = /\d/.test(y);
    if (xIsNumber !== yIsNumber) return xIsNumber ? 1 : -1;
    if (xIsNumber) {
      const difference = Number(x) - Number(y);
      if (difference !== 0) return difference;
    } else {
      const order = wordRank(x).localeCompare(wordRank(y));
      if (order !== 0) return order;
    }
  }
  return 0;
}

/** Whether a package is on the watch list (`cuda-nvcc`, `nvidia-cudnn-cu12` and `python3.11` are). */
export function isWatched(name: string): boolean {
  const lower = name.toLowerCase();
  return WATCH_LIST.some(
    (watched) =>
      lower === watched ||
      lower.startsWith(`${watched}-`) ||
      lower.startsWith(`${watched}3`) ||
      (watched.length > 3 && lower.includes(watched)),
  );
}

/** The changes from `before` to `after`: watched first, then by ecosystem and name. */
export function diffPackages(
  before: readonly Package[],
  after: readonly Package[],
): PackageChange[] {
  // Stryker disable next-line MethodExpression: upper case keys package names (ASCII) alike, as lower case does
  const key = (pkg: Package): string => `${pkg.ecosystem}/${pkg.name.toLowerCase()}`;
  const old = new Map(before.map((pkg) => [key(pkg), pkg]));
  const next = new Map(after.map((pkg) => [key(pkg), pkg]));
  const changes: PackageChange[] = [];
  const change = (kind: ChangeKind, pkg: Package, versions: Partial<PackageChange>): void => {
    changes.push({
      kind,
      ecosystem: pkg.ecosystem,
      name: pkg.name,
      watched: isWatched(pkg.name),
      ...versions,
    });
  };
  for (const [k, pkg] of next) {
    const was = old.get(k);
    if (was === undefined) change('added', pkg, { after: pkg.version });
    else if (was.version !== pkg.version) {
      const kind = compareVersions(pkg.version, was.version) > 0 ? 'upgraded' : 'downgraded';
      change(kind, pkg, { before: was.version, after: pkg.version });
    }
  }
  for (const [k, pkg] of old) if (!next.has(k)) change('removed', pkg, { before: pkg.version });
  return changes.sort(
    (a, b) =>
      Number(b.watched) - Number(a.watched) ||
      a.ecosystem.localeCompare(b.ecosystem) ||
      a.name.localeCompare(b.name),
  );
}

/** How many of each kind: the `packages-changed` output. */
export function changeCounts(changes: readonly PackageChange[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, upgraded: 0, downgraded: 0 };
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}
