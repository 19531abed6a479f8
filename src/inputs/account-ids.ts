// AWS account ids in input values, for `mask-aws-account-id`. Pure.

/** Every 12-digit account id in a text (an ECR host, a role ARN), each once. */
export function accountIdsIn(text: string): string[] {
  return [...new Set(text.match(/(?<!\d)\d{12}(?!\d)/g) ?? [])];
}
