// Error classes of the model's query functions, matched by name in tests.

/** Thrown when a query names an entity, relation or source the graph does not hold. */
export class UnknownElementError extends Error {
  override name = 'UnknownElementError';
}
