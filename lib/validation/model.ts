/*
 * The typed descriptions rules read are the resources' specs (lib/spec): re-exported here so
 * rule files and rule packs keep one import.
 */
export * from '../spec/batch-account';
export * from '../spec/batch-pool';
export * from '../spec/image';
