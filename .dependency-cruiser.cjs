// The stages' boundaries, checked by `npm run lint`: data flows model <- studies <- extract <- graph <- export, viewer.
// A stage imports only the stages before it; src/cli/ (argument and progress helpers of the scripts) imports no stage;
// src/commands/ (what a command does around the pipeline, for the scripts that share it) sits after the pipeline;
// nothing outside tests/ imports tests/.
const stage = (name, mayImport) => ({
  name: `${name}-imports-only-earlier-stages`,
  comment: `src/${name}/ may import ${mayImport.length ? mayImport.map((s) => `src/${s}/`).join(", ") : "no other stage"}`,
  severity: "error",
  from: { path: `^src/${name}/` },
  to: { path: "^src/", pathNot: [`^src/${name}/`, ...mayImport.map((s) => `^src/${s}(/|\\.ts$)`)] },
});

module.exports = {
  forbidden: [
    stage("model", []),
    stage("studies", ["model"]),
    stage("extract", ["model", "studies"]),
    stage("graph", ["model", "studies", "extract"]),
    {
      name: "pipeline-imports-the-stages-it-joins",
      comment: "src/pipeline.ts joins studies, extract and graph; the exports and the page come after it",
      severity: "error",
      from: { path: "^src/pipeline\\.ts$" },
      to: { path: "^src/(export|viewer|eval|cli|commands)/" },
    },
    stage("cli", []),
    // The files, progress and exit codes around a pipeline run; `npm run extract` and `npm start` share it.
    stage("commands", ["model", "studies", "graph", "pipeline", "cli"]),
    stage("eval", ["model", "studies", "extract", "graph", "pipeline"]),
    stage("export", ["model", "graph"]),
    stage("viewer", ["model", "export/formats"]),
    {
      name: "formats-run-in-the-browser",
      comment:
        "the page and src/export/formats/, which it bundles, run in the browser: no Node built-ins (the page's server aside)",
      severity: "error",
      from: { path: "^src/(export/formats|viewer)/", pathNot: "^src/viewer/server/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "nothing-imports-tests",
      comment: "tests/ may import anything; nothing else imports tests/",
      severity: "error",
      from: { pathNot: "^tests/" },
      to: { path: "^tests/" },
    },
    {
      name: "no-circular",
      comment:
        "a cycle of imports that run (a type-only import, such as ids.ts typing keys with the schema's kinds, is erased)",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
