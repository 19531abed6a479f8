// ./studio's parsed inputs for tests of src/studio/ that call its steps directly: two domains, the
// user level, a pinned JupyterLab entry and an inline AppImageConfig document with an empty member.
import type { StudioInputs } from '../src/inputs/studio-inputs.js';

export function studioInputs(overrides: Partial<StudioInputs> = {}): StudioInputs {
  return {
    domainIds: ['d-1', 'd-2'],
    appType: 'JupyterLab',
    pinVersion: true,
    levels: ['user'],
    userProfiles: 'all',
    appImageConfig: {
      name: 'img',
      document: {
        appType: 'JupyterLab',
        memberName: 'JupyterLabAppImageConfig',
        member: {},
        tags: [],
        source: 'inline',
      },
    },
    ...overrides,
  };
}
