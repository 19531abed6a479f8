import { describe, expect, it } from '@jest/globals';
import { accountIdsIn } from '../../src/inputs/account-ids.js';

describe('accountIdsIn', () => {
  it.each([
    ['123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1', ['123456789012']],
    ['arn:aws:iam::111122223333:role/x and 111122223333 again', ['111122223333']],
    ['1234567890123 is thirteen digits, 12345678901 eleven', []],
    ['', []],
  ])('finds the account ids in %j', (text, expected) => {
    expect(accountIdsIn(text)).toStrictEqual(expected);
  });
});
