/** Jest runs the TypeScript sources through ts-jest; type checking is done once by `tsc`. */
const transform = {
  "^.+\\.tsx?$": [
    "ts-jest",
    {
      tsconfig: {
        module: "commonjs",
        jsx: "react-jsx",
        esModuleInterop: true,
        isolatedModules: true,
      },
    },
  ],
};

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
      transform,
    },
    {
      // The browser test builds the pane and drives Chromium: minutes, not seconds.
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/tests/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      transform,
      // Jest reads testTimeout only from the top level, so this project sets its own.
      setupFilesAfterEnv: ["<rootDir>/tests/e2e/longTimeout.ts"],
    },
  ],
  testTimeout: 60000,
};
