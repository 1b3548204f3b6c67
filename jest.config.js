/** Jest runs the TypeScript sources through ts-jest; type checking is done once by `tsc`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true, isolatedModules: true } }],
  },
  testTimeout: 60000,
};
