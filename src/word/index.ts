/** The Word gateway: the only module that touches Office.js. */
export * from './types';
export { WordDocumentSource, officeHost, PARAGRAPH_LOAD, type WordHost } from './word-source';
export * from './host';
