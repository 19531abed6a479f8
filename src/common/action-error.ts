/** A failure already explained in the user's terms: its message is what the step fails with. */
export class ActionError extends Error {
  override readonly name = 'ActionError';
}
