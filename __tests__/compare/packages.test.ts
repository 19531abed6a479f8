// Packages from SPDX SBOMs and the base image from SLSA provenance, and their diff.
import { describe, expect, it } from '@jest/globals';
import {
  baseImagesOf,
  changeCounts,
  compareVersions,
  diffPackages,
  isWatched,
  predicateOf,
  purlParts,
  spdxPackages,
} from '../../src/compare/packages.js';

const spdx = (packages: [string, string, string?][]) => ({
  spdxVersion: 'SPDX-2.3',
  packages: [
    { name: 'sha256:abc', SPDXID: 'SPDXRef-image' },
    ...packages.map(([purlType, name, version]) => ({
      name,
      versionInfo: version ?? '',
      externalRefs: [
        { referenceType: 'purl', referenceLocator: `pkg:${purlType}/${name}@${version ?? ''}` },
      ],
    })),
  ],
});

describe('reading attestations', () => {
  it('reads an in-toto statement, and nothing from other text', () => {
    const statement = JSON.stringify({
      predicateType: 'https://spdx.dev/Document',
      predicate: { a: 1 },
    });
    expect(predicateOf(statement)).toEqual({
      type: 'https://spdx.dev/Document',
      predicate: { a: 1 },
    });
    expect(predicateOf('not json')).toBeUndefined();
    expect(predicateOf('{"predicate": 3}')).toBeUndefined();
    expect(predicateOf('{"predicate": null}')).toBeUndefined();
    expect(predicateOf('null')).toBeUndefined();
  });

  it('reads a statement without a predicate type as one of type empty', () => {
    expect(predicateOf('{"predicate": {"a": 1}}')).toStrictEqual({ type: '', predicate: { a: 1 } });
  });

  it.each([
    ['pkg:pypi/torch@2.3.1', { ecosystem: 'pypi', name: 'torch' }],
    ['pkg:deb/ubuntu/libc6@2.35?arch=amd64', { ecosystem: 'deb', name: 'libc6' }],
    ['pkg:conda/numpy@1.26.4?channel=conda-forge', { ecosystem: 'conda', name: 'numpy' }],
    ['pkg:npm/%40jupyterlab/application@4.2.0', { ecosystem: 'npm', name: 'application' }],
    ['pkg:generic/locale-data', { ecosystem: 'generic', name: 'locale-data' }],
    ['not a purl', undefined],
    ['see pkg:pypi/torch@2.3.1', undefined],
  ])('%s', (purl, parts) => {
    expect(purlParts(purl)).toEqual(parts);
  });

  it('lists the SBOM packages by ecosystem, not the image itself', () => {
    expect(
      spdxPackages(
        spdx([
          ['pypi', 'torch', '2.3.1'],
          ['deb', 'bash', '5.1'],
        ]),
      ),
    ).toEqual([
      { ecosystem: 'pypi', name: 'torch', version: '2.3.1' },
      { ecosystem: 'deb', name: 'bash', version: '5.1' },
    ]);
  });

  it('reads a package without a purl as `other`, and leaves out what has no name', () => {
    const document = {
      packages: [
        null,
        'text',
        // The image itself: no purl, no version.
        { name: 'sha256:abc', SPDXID: 'SPDXRef-image' },
        // The purl names it, whatever the package's own name; the first ref of that type counts.
        {
          name: 'PyTorch',
          versionInfo: '2.3.1',
          externalRefs: [
            null,
            { referenceType: 'cpe23Type', referenceLocator: 'cpe:2.3:a:pytorch:pytorch:2.3.1' },
            { referenceType: 'purl', referenceLocator: 'pkg:pypi/torch@2.3.1' },
          ],
        },
        { name: 'tzdata', versionInfo: '2024a' },
        {
          name: 'locale-data',
          externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:generic/locale-data' }],
        },
        { name: 7, versionInfo: '1.0' },
        {
          name: 'vendored',
          versionInfo: '1.0',
          externalRefs: [{ referenceType: 'purl', referenceLocator: ['pkg:pypi/six@1.16'] }],
        },
      ],
    };
    expect(spdxPackages(document)).toStrictEqual([
      { ecosystem: 'pypi', name: 'torch', version: '2.3.1' },
      { ecosystem: 'other', name: 'tzdata', version: '2024a' },
      { ecosystem: 'generic', name: 'locale-data', version: '' },
      { ecosystem: 'other', name: 'vendored', version: '1.0' },
    ]);
    expect(spdxPackages({ spdxVersion: 'SPDX-2.3' })).toStrictEqual([]);
  });

  it('finds the images a build used, in SLSA v0.2 and v1', () => {
    const v02 = {
      materials: [
        { uri: 'pkg:docker/ubuntu@22.04?platform=linux%2Famd64', digest: { sha256: 'aaa' } },
        { uri: 'https://github.com/x/y', digest: { sha1: 'b' } },
      ],
    };
    const v1 = { buildDefinition: { resolvedDependencies: [{ uri: 'pkg:docker/python@3.11' }] } };
    expect(baseImagesOf(v02)).toEqual([
      'pkg:docker/ubuntu@22.04?platform=linux%2Famd64#sha256:aaa',
    ]);
    expect(baseImagesOf(v1)).toEqual(['pkg:docker/python@3.11']);
    expect(baseImagesOf({})).toEqual([]);
  });

  it('passes over materials that are not images, and a digest it cannot read', () => {
    const materials = [
      null,
      { digest: { sha256: 'aaa' } },
      { uri: 5 },
      { uri: 'pkg:docker/ubuntu@22.04', digest: 'sha256:bbb' },
      { uri: 'pkg:docker/ubuntu@22.04', digest: { sha512: 'ccc' } },
    ];
    expect(baseImagesOf({ materials })).toStrictEqual(['pkg:docker/ubuntu@22.04']);
  });
});

describe('diffPackages', () => {
  it('names added, removed, upgraded and downgraded packages, watched ones first', () => {
    const before = spdxPackages(
      spdx([
        ['pypi', 'torch', '2.2.0'],
        ['deb', 'curl', '7.81'],
        ['pypi', 'rich', '13.0'],
        ['pypi', 'six', '1.16'],
      ]),
    );
    const after = spdxPackages(
      spdx([
        ['pypi', 'torch', '2.3.1'],
        ['deb', 'curl', '7.80'],
        ['pypi', 'httpx', '0.27'],
        ['pypi', 'six', '1.16'],
      ]),
    );
    const changes = diffPackages(before, after);
    expect(changes.map((c) => [c.kind, c.name, c.before, c.after])).toEqual([
      ['upgraded', 'torch', '2.2.0', '2.3.1'],
      ['downgraded', 'curl', '7.81', '7.80'],
      ['added', 'httpx', undefined, '0.27'],
      ['removed', 'rich', '13.0', undefined],
    ]);
    expect(changeCounts(changes)).toEqual({ added: 1, removed: 1, upgraded: 1, downgraded: 1 });
  });

  it.each([
    ['2.10', '2.9', 1],
    ['1.0', '1.0.1', -1],
    ['1.26.4', '1.26.4', 0],
    ['3.0.2-1ubuntu1', '3.0.2-0ubuntu9', 1],
    ['2.9', '2.10', -1],
    ['1.0.1', '1.0', 1],
    ['1.0', '1.0.1', -1],
    ['3.0.2-1ubuntu1', '3.0.2-1', 1],
    ['3.0.2-1', '3.0.2-1ubuntu1', -1],
    ['3.0.2-1ubuntu1', '3.0.2-1ubuntu2', -1],
    ['3.0.2-1ubuntu2', '3.0.2-1ubuntu1', 1],
    // Release candidates and other pre-releases come before their release, and after the one before.
    ['2.3.0rc1', '2.3.0', -1],
    ['2.3.0', '2.3.0rc1', 1],
    ['1.0rc1', '1.0.1', -1],
    ['1.0.1', '1.0rc1', 1],
    ['2.3.0rc1', '2.2.9', 1],
    ['2.0.0-beta.2', '2.0.0', -1],
    ['2.0.0-alpha.1', '2.0.0-beta.1', -1],
    ['2.0.0b1', '2.0.0a1', 1],
    ['2.0.0RC2', '2.0.0rc1', 1],
    ['1.0.dev3', '1.0', -1],
    ['1.0', '1.0a1', 1],
    ['1.0~rc1-1', '1.0-1', -1],
    ['1.0-1', '1.0~rc1-1', 1],
    ['1.0~rc1', '1.0~rc2', -1],
    ['1.0~rc1', '1.0rc1', -1],
    ['1.0rc1', '1.0~rc1', 1],
    // Only a whole word marks a pre-release: `src` is not `rc`, `alphabet` is not `alpha`.
    ['1.0', '1.0src', -1],
    ['1.0', '1.0alphabet', -1],
    ['1.0', '1.0.rc', 1],
    // A local version or a distribution's suffix comes after the version it builds on.
    ['2.3.1+cu121', '2.3.1', 1],
    ['2.3.1', '2.3.1+cu121', -1],
    ['1.2.3-post1', '1.2.3', 1],
    // Digits in a Debian revision compare as numbers, letters as letters, whatever their case.
    ['1.0-1ubuntu10', '1.0-1ubuntu9', 1],
    ['1.0-1ubuntu9', '1.0-1ubuntu10', -1],
    ['1.0-1Ubuntu1', '1.0-1ubuntu1', 0],
    ['1.0-1deb1', '1.0-1ubuntu1', -1],
    ['1.0-1ubuntu1', '1.0-1deb1', 1],
    ['2.010', '2.10', 0],
    ['2.010.1', '2.10', 1],
    ['', '', 0],
    ['', '1', -1],
    ['1', '', 1],
  ])('compareVersions(%s, %s) has the sign of %d', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  it('shows a release candidate followed by its release as an upgrade, and the reverse as a downgrade', () => {
    const pypi = (version: string) => [{ ecosystem: 'pypi', name: 'torch', version }];
    expect(diffPackages(pypi('2.3.0rc1'), pypi('2.3.0')).map((c) => c.kind)).toEqual(['upgraded']);
    expect(diffPackages(pypi('2.3.0'), pypi('2.3.0rc1')).map((c) => c.kind)).toEqual([
      'downgraded',
    ]);
  });

  it.each([
    ['python3.11', true],
    ['cuda-nvcc', true],
    ['nvidia-cudnn-cu12', true],
    ['jupyterlab', true],
    ['jax', true],
    ['jax-metal', true],
    // The `3` rule, which only a three-letter name needs (longer ones are found inside any name).
    ['jax3.1', true],
    ['ajax', false],
    ['six', false],
  ])('%s is watched: %s', (name, watched) => {
    expect(isWatched(name)).toBe(watched);
  });

  it('calls a change upgraded only when the new version is higher (1.01 → 1.1 is not)', () => {
    const pkg = (version: string) => [{ ecosystem: 'pypi', name: 'rich', version }];
    expect(diffPackages(pkg('1.01'), pkg('1.1'))).toStrictEqual([
      {
        kind: 'downgraded',
        ecosystem: 'pypi',
        name: 'rich',
        before: '1.01',
        after: '1.1',
        watched: false,
      },
    ]);
  });

  it('lists watched packages first, then by ecosystem and name, whatever the SBOM order', () => {
    const added = (ecosystem: string, name: string) => ({ ecosystem, name, version: '1' });
    const after = [
      added('pypi', 'zeta'),
      added('pypi', 'torch'),
      added('deb', 'alpha'),
      added('pypi', 'numpy'),
      added('conda', 'beta'),
      added('conda', 'cuda-nvcc'),
    ];
    expect(diffPackages([], after).map((c) => `${c.ecosystem}/${c.name}`)).toStrictEqual([
      'conda/cuda-nvcc',
      'pypi/numpy',
      'pypi/torch',
      'conda/beta',
      'deb/alpha',
      'pypi/zeta',
    ]);
  });

  it('knows a package by ecosystem and name whatever the case of its name', () => {
    const before = [{ ecosystem: 'pypi', name: 'PyYAML', version: '6.0' }];
    const after = [{ ecosystem: 'pypi', name: 'pyyaml', version: '6.0.1' }];
    expect(diffPackages(before, after)).toStrictEqual([
      {
        kind: 'upgraded',
        ecosystem: 'pypi',
        name: 'pyyaml',
        before: '6.0',
        after: '6.0.1',
        watched: false,
      },
    ]);
  });
});
