// What adding this image to the user profiles' own lists changes. Pure.
import { describe, expect, it } from '@jest/globals';
import type { CustomImage, UserSettings } from '@aws-sdk/client-sagemaker';
import { MAX_PROFILE_CUSTOM_IMAGES } from '../../src/core/studio-lists.js';
import {
  UNNAMED_PROFILE,
  assertRoom,
  hasOwnList,
  planProfile,
  requestForLog,
} from '../../src/studio/profile-plan.js';

const OTHER: CustomImage = { ImageName: 'other', AppImageConfigName: 'other' };
const mine = (version?: number): CustomImage => ({
  ImageName: 'my-image',
  AppImageConfigName: 'my-image',
  ...(version === undefined ? {} : { ImageVersionNumber: version }),
});
const read = (UserSettings: UserSettings) => ({ name: 'alice', described: { UserSettings } });
const images = (n: number): CustomImage[] =>
  Array.from({ length: n }, (_, i) => ({ ImageName: `i${i}`, AppImageConfigName: `c${i}` }));

describe('planProfile', () => {
  it('leaves a profile without a list of its own alone: it sees the domain', () => {
    for (const settings of [
      {},
      { JupyterLabAppSettings: {} },
      { CodeEditorAppSettings: { CustomImages: [OTHER] } },
    ]) {
      const plan = planProfile('d-1', read(settings), 'JupyterLab', mine(4));
      expect(plan).toStrictEqual({
        domainId: 'd-1',
        name: 'alice',
        imagesBefore: [],
        ownList: false,
        changed: false,
        full: false,
        imagesAfter: [],
      });
    }
  });

  it('leaves an own list that holds the entry already as it is', () => {
    const plan = planProfile(
      'd-1',
      read({ JupyterLabAppSettings: { CustomImages: [OTHER, mine(4)] } }),
      'JupyterLab',
      mine(4),
    );
    expect(plan).toStrictEqual({
      domainId: 'd-1',
      name: 'alice',
      imagesBefore: [OTHER, mine(4)],
      ownList: true,
      changed: false,
      full: false,
      imagesAfter: [OTHER, mine(4)],
    });
  });

  it('appends to an own list, sending the member back whole with only CustomImages changed', () => {
    const settings = {
      JupyterLabAppSettings: {
        CustomImages: [OTHER],
        LifecycleConfigArns: ['arn:lc'],
        DefaultResourceSpec: { InstanceType: 'ml.t3.medium' as const },
      },
      ExecutionRole: 'arn:aws:iam::1:role/r',
    };
    const plan = planProfile('d-1', read(settings), 'JupyterLab', mine(4));
    expect(plan).toMatchObject({
      ownList: true,
      changed: true,
      full: false,
      imagesAfter: [OTHER, mine(4)],
    });
    expect(plan.request).toStrictEqual({
      DomainId: 'd-1',
      UserProfileName: 'alice',
      UserSettings: {
        JupyterLabAppSettings: {
          CustomImages: [OTHER, mine(4)],
          LifecycleConfigArns: ['arn:lc'],
          DefaultResourceSpec: { InstanceType: 'ml.t3.medium' },
        },
      },
    });
  });

  it('counts an empty own list as one, and fills it', () => {
    const plan = planProfile(
      'd-1',
      read({ KernelGatewayAppSettings: { CustomImages: [] } }),
      'KernelGateway',
      mine(),
    );
    expect(plan.request?.UserSettings).toStrictEqual({
      KernelGatewayAppSettings: { CustomImages: [mine()] },
    });
  });

  it('replaces this image where it stands, and sends nothing when it is already right', () => {
    const older = planProfile(
      'd-1',
      read({ JupyterLabAppSettings: { CustomImages: [mine(3), OTHER] } }),
      'JupyterLab',
      mine(4),
    );
    expect(older.imagesAfter).toStrictEqual([mine(4), OTHER]);
    const same = planProfile(
      'd-1',
      read({ JupyterLabAppSettings: { CustomImages: [mine(4)] } }),
      'JupyterLab',
      mine(4),
    );
    expect(same).toMatchObject({ ownList: true, changed: false });
    expect(same.request).toBeUndefined();
  });

  it('keeps a newer version (newest wins) unless rollbacks are allowed', () => {
    const settings = { JupyterLabAppSettings: { CustomImages: [mine(5)] } };
    const held = planProfile('d-1', read(settings), 'JupyterLab', mine(4));
    expect(held).toMatchObject({ changed: false, heldNewer: 5, imagesAfter: [mine(5)] });
    expect(held.request).toBeUndefined();
    const latest = planProfile(
      'd-1',
      read({ JupyterLabAppSettings: { CustomImages: [mine()] } }),
      'JupyterLab',
      mine(4),
      { allowRollback: false, newestVersion: 6 },
    );
    expect(latest.heldNewer).toBe(6);
    const rolled = planProfile('d-1', read(settings), 'JupyterLab', mine(4), {
      allowRollback: true,
    });
    expect(rolled.request?.UserSettings?.JupyterLabAppSettings?.CustomImages).toStrictEqual([
      mine(4),
    ]);
  });

  it(`marks a list of ${MAX_PROFILE_CUSTOM_IMAGES} full when the image is not in it, and writes nothing`, () => {
    const full = planProfile(
      'd-1',
      read({ JupyterLabAppSettings: { CustomImages: images(5) } }),
      'JupyterLab',
      mine(4),
    );
    expect(full).toMatchObject({ full: true, changed: false });
    expect(full.request).toBeUndefined();
    const four = planProfile(
      'd-1',
      read({ JupyterLabAppSettings: { CustomImages: images(4) } }),
      'JupyterLab',
      mine(4),
    );
    expect(four).toMatchObject({ full: false, changed: true });
    const replaced = planProfile(
      'd-1',
      read({ JupyterLabAppSettings: { CustomImages: [...images(4), mine(3)] } }),
      'JupyterLab',
      mine(4),
    );
    expect(replaced).toMatchObject({ full: false, changed: true });
  });
});

describe('hasOwnList', () => {
  it('is about the chosen app only, and an empty list counts', () => {
    const settings = { JupyterLabAppSettings: { CustomImages: [] } };
    expect(hasOwnList(read(settings), 'JupyterLab')).toBe(true);
    expect(hasOwnList(read(settings), 'CodeEditor')).toBe(false);
    expect(hasOwnList({ name: 'x', described: {} }, 'JupyterLab')).toBe(false);
  });
});

describe('assertRoom', () => {
  const full = (name: string, n: number) =>
    planProfile(
      'd-1',
      { name, described: { UserSettings: { JupyterLabAppSettings: { CustomImages: images(n) } } } },
      'JupyterLab',
      mine(4),
    );

  it('passes when no list is full', () => {
    expect(() => assertRoom('d-1', [full('alice', 4)], 'JupyterLab', 'my-image')).not.toThrow();
  });

  it('counts the full lists and their images, and names no one', () => {
    expect(() => assertRoom('d-1', [full('alice', 5)], 'JupyterLab', 'my-image')).toThrow(
      'Studio domain "d-1": 1 user profile already holds 5 images in its own UserSettings.JupyterLabAppSettings.CustomImages, and SageMaker allows at most 5 at a user profile, so "my-image" cannot be added there; nothing was written to it. Remove images from that list (the debug log names the profiles: re-run with debug logging), or set `user-profiles: none`.',
    );
    let message = '';
    try {
      assertRoom(
        'd-1',
        [full('alice', 6), full('bob', 5), full('carol', 5)],
        'JupyterLab',
        'my-image',
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('3 user profiles already hold 5 or 6 images in their own');
    expect(message).not.toMatch(/alice|bob|carol/);
  });
});

describe('requestForLog', () => {
  it('shows the request without the profile name', () => {
    const request = { DomainId: 'd-1', UserProfileName: 'alice', UserSettings: {} };
    expect(requestForLog(request)).toStrictEqual({
      DomainId: 'd-1',
      UserProfileName: UNNAMED_PROFILE,
      UserSettings: {},
    });
    expect(request.UserProfileName).toBe('alice');
  });
});
