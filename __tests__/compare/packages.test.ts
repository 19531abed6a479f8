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
  });

  it.each([
    ['pkg:pypi/torch@2.3.1', { ecosystem: 'pypi', name: 'torch' }],
    ['pkg:deb/ubuntu/libc6@2.35?arch=amd64', { ecosystem: 'deb', name: 'libc6' }],
    ['pkg:conda/numpy@1.26.4?channel=conda-forge', { ecosystem: 'conda', name: 'numpy' }],
    ['pkg:npm/%40jupyterlab/application@4.2.0', { ecosystem: 'npm', name: 'application' }],
    ['not a purl', undefined],
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
  ])('compareVersions(%s, %s) has the sign of %d', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  it.each([
    ['python3.11', true],
    ['cuda-nvcc', true],
    ['nvidia-cudnn-cu12', true],
    ['jupyterlab', true],
    ['six', false],
  ])('%s is watched: %s', (name, watched) => {
    expect(isWatched(name)).toBe(watched);
  });
});
