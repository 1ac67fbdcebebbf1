/** @type {import('jest').Config} */
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
};
module.exports = {
  // Type checking is `npm run typecheck`; jest only transpiles (tsconfig sets isolatedModules).
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
    },
  ],
};
