import { describe, expect, it } from '@jest/globals';
import type { ScanFinding } from '../../src/aws/ecr-scan.js';
import {
  NO_LAYER_NAMED,
  configDiffIds,
  imageOfPurl,
  locateBase,
  manifestLayers,
  namesLayers,
  originCounts,
  originOf,
  splitLayers,
  type OriginFacts,
} from '../../src/compare/origin.js';

const HOST = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const d = (c: string): string => `sha256:${c.repeat(64)}`;
const finding = (layer?: string): ScanFinding => ({
  id: 'CVE-1',
  severity: 'HIGH',
  ...(layer === undefined ? {} : { sourceLayerHash: layer }),
});

describe('imageOfPurl', () => {
  it.each([
    [
      `pkg:docker/${HOST}/team/base@22.04?platform=linux%2Famd64#${d('a')}`,
      { name: `${HOST}/team/base`, digest: d('a') },
    ],
    [`pkg:docker/${HOST}/base@${d('b')}`, { name: `${HOST}/base`, digest: d('b') }],
    [
      `pkg:docker/${HOST}/base@sha256%3A${'c'.repeat(64)}`,
      { name: `${HOST}/base`, digest: d('c') },
    ],
    ['pkg:docker/ubuntu@22.04?platform=linux%2Famd64', { name: 'ubuntu' }],
    ['pkg:docker/ubuntu', { name: 'ubuntu' }],
  ])('%s', (purl, expected) => {
    expect(imageOfPurl(purl)).toStrictEqual(expected);
  });

  it.each(['pkg:pypi/torch@2.3.1', 'docker/ubuntu@22.04', `pkg:docker/x@1#sha256:short`])(
    'is not an image: %s',
    (purl) => {
      expect(imageOfPurl(purl)).toBeUndefined();
    },
  );
});

describe('locateBase', () => {
  const image = { host: HOST };

  it('reads the one base in the image registry, by the digest the build used', () => {
    const purl = `pkg:docker/${HOST}/docker-hub/library/ubuntu@22.04?platform=linux%2Famd64#${d('a')}`;
    const location = locateBase([`pkg:docker/docker/dockerfile@1#${d('f')}`, purl], image);
    expect(location).toMatchObject({
      kind: 'ecr',
      purl,
      reference: {
        registryId: '123456789012',
        region: 'us-east-1',
        repository: 'docker-hub/library/ubuntu',
        digest: d('a'),
      },
    });
  });

  it('says why without provenance', () => {
    expect(locateBase(undefined, image)).toStrictEqual({
      kind: 'unknown',
      why: 'the new image has no provenance attestation naming its base image (build it with `provenance: mode=min`)',
    });
  });

  it('says why when the provenance names no image but the frontend', () => {
    expect(locateBase([`pkg:docker/docker/dockerfile-upstream@1#${d('f')}`], image)).toStrictEqual({
      kind: 'unknown',
      why: 'the provenance attestation names no base image',
    });
  });

  it('says why for a base outside the registry', () => {
    const location = locateBase([`pkg:docker/ubuntu@22.04#${d('a')}`], image);
    expect(location).toStrictEqual({
      kind: 'unknown',
      why: `the base image (\`ubuntu\`) is not in this image's ECR registry (${HOST}), the only one read; a pull-through-cache repository there would be`,
    });
    const other = locateBase(
      [`pkg:docker/999999999999.dkr.ecr.us-east-1.amazonaws.com/b@1#${d('a')}`],
      image,
    );
    expect(other.kind).toBe('unknown');
  });

  it('says why for two bases in the registry', () => {
    const location = locateBase(
      [`pkg:docker/${HOST}/a@1#${d('a')}`, `pkg:docker/${HOST}/b@1#${d('b')}`],
      image,
    );
    expect(location).toStrictEqual({
      kind: 'unknown',
      why: `the provenance names 2 images of this registry (\`${HOST}/a\`, \`${HOST}/b\`) and does not say which one the image was built FROM`,
    });
  });

  it('says why for a base without a digest', () => {
    expect(locateBase([`pkg:docker/${HOST}/a@1`], image)).toStrictEqual({
      kind: 'unknown',
      why: `the provenance names the base image \`${HOST}/a\` without the digest the build used`,
    });
  });
});

describe('manifestLayers and configDiffIds', () => {
  it('read the layers in order', () => {
    const manifest = JSON.stringify({
      layers: [{ digest: d('a') }, { size: 1 }, 'x', { digest: d('b') }],
    });
    expect(manifestLayers(manifest)).toStrictEqual([d('a'), d('b')]);
    expect(
      configDiffIds(JSON.stringify({ rootfs: { diff_ids: [d('c'), 3, d('e')] } })),
    ).toStrictEqual([d('c'), d('e')]);
  });

  it.each([undefined, 'not json', '[]', '{"layers":{}}'])('read nothing from %s', (text) => {
    expect(manifestLayers(text)).toStrictEqual([]);
    expect(configDiffIds(text)).toStrictEqual([]);
  });

  it.each(['{"rootfs":{"diff_ids":"x"}}', '{"rootfs":["x"]}', '{"rootfs":null}'])(
    'reads no diff ids from a config without a rootfs list: %s',
    (text) => {
      expect(configDiffIds(text)).toStrictEqual([]);
    },
  );
});

describe('splitLayers and originOf', () => {
  const image = { digests: [d('a'), d('b'), d('c')], diffIds: [d('1'), d('2'), d('3')] };

  it('splits at the base when its layers start the image', () => {
    const facts = splitLayers(image, [d('a'), d('b')], 'pkg:docker/base@1');
    expect(facts).toStrictEqual({
      kind: 'known',
      base: 'pkg:docker/base@1',
      baseLayers: new Set([d('a'), d('b'), d('1'), d('2')]),
      ownLayers: new Set([d('c'), d('3')]),
    });
    expect(originOf(finding(d('b')), facts)).toBe('base');
    expect(originOf(finding(d('2')), facts)).toBe('base');
    expect(originOf(finding(d('c')), facts)).toBe('own');
    expect(originOf(finding(d('3')), facts)).toBe('own');
    expect(originOf(finding(d('9')), facts)).toBe('unknown');
    expect(originOf(finding(), facts)).toBe('unknown');
  });

  it('takes an image that is its base, layer for layer, as all base', () => {
    const facts = splitLayers(image, image.digests, 'b');
    expect(originOf(finding(d('c')), facts)).toBe('base');
  });

  it('leaves out diff ids that do not pair with the layers', () => {
    const facts = splitLayers({ digests: image.digests, diffIds: [d('1')] }, [d('a')], 'b');
    expect(originOf(finding(d('1')), facts)).toBe('unknown');
    expect(originOf(finding(d('a')), facts)).toBe('base');
  });

  it.each([
    [[d('a'), d('x')], 'do not start with'],
    [[d('b')], 'do not start with'],
    [[d('a'), d('b'), d('c'), d('d')], 'do not start with'],
    [[], 'names no layers'],
  ])('is unknown for base layers %j', (base, why) => {
    const facts = splitLayers(image, base, 'b');
    expect(facts.kind).toBe('unknown');
    expect(facts.kind === 'unknown' ? facts.why : '').toContain(why);
    expect(originOf(finding(d('a')), facts)).toBe('unknown');
  });

  it('is unknown for an image without layers', () => {
    expect(splitLayers({ digests: [], diffIds: [] }, [d('a')], 'b')).toStrictEqual({
      kind: 'unknown',
      why: "the new image's manifest names no layers",
    });
  });

  it('counts findings by origin', () => {
    const facts: OriginFacts = splitLayers(image, [d('a')], 'b');
    expect(
      originCounts([finding(d('a')), finding(d('b')), finding(d('c')), finding()], facts),
    ).toStrictEqual({ base: 1, own: 2, unknown: 1 });
    expect(originCounts([finding(d('a'))], { kind: 'unknown', why: 'x' })).toStrictEqual({
      base: 0,
      own: 0,
      unknown: 1,
    });
  });

  it('knows when a finding names its layer', () => {
    expect(namesLayers([finding(), finding(d('a'))])).toBe(true);
    expect(namesLayers([finding()])).toBe(false);
    expect(NO_LAYER_NAMED).toContain('basic scanning');
  });
});
