export * from './types';
export { documentFromText, pictureMarkers } from './from-text';
