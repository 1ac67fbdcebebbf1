export * from './word-count';
export * from './caption';
