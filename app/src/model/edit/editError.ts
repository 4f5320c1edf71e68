// The one error an edit operation throws: a refusal with a message in both interface languages; the dataset is unchanged.

/** Why an edit was refused (`code` for tests and the UI; `messages` for people). */
export class EditError extends Error {
  override readonly name = 'EditError';
  constructor(
    readonly code: string,
    readonly messages: { en: string; zh: string },
  ) {
    super(messages.en);
  }
}

/** Throws an EditError. */
export function refuse(code: string, en: string, zh: string): never {
  throw new EditError(code, { en, zh });
}
