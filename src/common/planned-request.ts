/** A request as a dry run shows it and a real run sends it: one builder makes both. */
export interface PlannedRequest {
  readonly operation: string;
  readonly input: object;
}
