// `npm run export -- --format gexf|graphml|json [--in FILE] [--out FILE]`: the page's downloads, from the command line.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import Graph from "graphology";
import { GRAPH_FORMATS, isGraphFormat, type ExportGraph, type GraphFormatName } from "../src/export/formats/index.js";
import { readGraphFile, writeFileAtomic } from "../src/graph/index.js";

const USAGE =
  "usage: npm run export -- --format gexf|graphml|json [--in graph-data/graph.json] [--out graph-data/sister-city-graph.<format>]";

class UsageError extends Error {}

function options(argv: string[]): { format: GraphFormatName; input: string; out: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: "string" },
        in: { type: "string", default: "graph-data/graph.json" },
        out: { type: "string" },
        help: { type: "boolean" },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const format = values.format;
  if (!format) throw new UsageError("--format is required: gexf, graphml or json");
  if (!isGraphFormat(format)) throw new UsageError(`unknown format "${format}": gexf, graphml or json`);
  // The page downloads the same name; next to graph.json, where the other exports go.
  const out = values.out ?? `graph-data/sister-city-graph.${format}`;
  if (resolve(out) === resolve(values.in))
    throw new UsageError(`--out ${out} is the graph being read; choose another file`);
  return { format, input: values.in, out };
}

try {
  const { format, input, out } = options(process.argv.slice(2));
  const graph = Graph.from(readGraphFile(input) as never) as ExportGraph;
  const text = GRAPH_FORMATS[format].write(graph);
  writeFileAtomic(out, text);
  console.log(`export: ${out} (${format}, ${graph.order} nodes, ${graph.size} relations, ${text.length} characters)`);
} catch (error) {
  const usage = error instanceof UsageError;
  console.error(`export: ${(error as Error).message}${usage ? `\n${USAGE}` : ""}`);
  process.exit(usage ? 2 : 1);
}
