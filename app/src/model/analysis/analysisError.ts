// Errors of the graph analyses: named, and naming the argument at fault.

/** An analysis was asked about an entity the graph does not hold. */
export class UnknownEntityError extends Error {
  override readonly name = 'UnknownEntityError';
  constructor(
    readonly argument: string,
    readonly id: string,
  ) {
    super(`${argument}: unknown entity ${JSON.stringify(id)}`);
  }
}

/** Throws UnknownEntityError unless `id` is a node of the graph. */
export function assertEntity(graph: { hasNode(id: string): boolean }, argument: string, id: string): void {
  if (!graph.hasNode(id)) throw new UnknownEntityError(argument, id);
}
