import { describe, expect, it } from '@jest/globals';
import { ActionError } from '../../src/common/action-error.js';

describe('ActionError', () => {
  it('is named for what it is', () => {
    expect(new ActionError('explained').name).toBe('ActionError');
  });
});
