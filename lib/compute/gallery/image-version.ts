// A version and its definition refer to each other, so the version is declared with it.
export { GalleryImageVersion, GalleryImageVersionProps } from './image-definition';
export * from './image-version-types';
