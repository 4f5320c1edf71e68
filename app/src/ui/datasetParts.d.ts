// Types of the two built-in dataset modules made by vite.config.ts (datasetParts): the core drawn first, the details after.
declare module 'virtual:dataset/core' {
  /** Written by our own build from the validated dataset; checked by the schema again once the details join it. */
  const core: import('../model/schema').CompiledDataset;
  export default core;
}
declare module 'virtual:dataset/details' {
  const details: import('../model/data/splitDataset').DatasetDetails;
  export default details;
}
