/** A request as a dry run shows it and a real run sends it: one builder makes both. */
export interface PlannedRequest {
  readonly operation: string;
  readonly input: object;
  /** What the log and the step summary show instead of `input`, when it holds a person's name. */
  readonly shown?: object;
}
