// Dead code, checked by `npm run lint`: exports nobody imports, files nobody reaches, packages nobody uses.
import type { KnipConfig } from "knip";

const config: KnipConfig = {
  entry: ["scripts/*.ts", "tests/**/*.test.ts", "tests/bench/*.ts"],
  project: ["src/**/*.ts", "scripts/**/*.ts", "tests/**/*.ts", "tools/**/*.ts"],
  // Read as data files from their package folders (the gazetteer's subdivisions and Indonesia's areas), not imported.
  ignoreDependencies: ["@countrystatecity/countries", "idn-area-data"],
  // The Neo4j launcher is built with Maven and run with Java; two tests make a FIFO with mkfifo.
  ignoreBinaries: ["mvn", "java", "mkfifo"],
};

export default config;
