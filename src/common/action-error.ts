/** A failure already explained in the user's terms: its message is what the step fails with. */
export class ActionError extends Error {
  override readonly name = 'ActionError';
  /** A step summary section that tells more, when the failed part has one (the image checks'). */
  readonly section: string | undefined;
  constructor(message: string, section?: string) {
    super(message);
    this.section = section;
  }
}
