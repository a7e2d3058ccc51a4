// Test runner setup: unit tests, browser tests (Chromium) and Neo4j tests all run under one `npm test`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Browser and Neo4j suites start real servers; give them room, and keep unit tests fast.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
