// Dataset bundle v1: schema, writer, reader and content id (see README.md for the format reference).
export { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, type Bundle, type BundleEntity, type BundleEvidence, type BundleRelation, type BundleSource } from './schema';
export { serializeBundle, toBundle } from './toBundle';
export { fromBundle, parseBundle, type FromBundleOptions } from './fromBundle';
export { datasetContentId, CONTENT_ID_LENGTH } from './contentId';
