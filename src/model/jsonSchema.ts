// The graph file format as JSON Schema, for readers outside TypeScript: generated from the zod schema, never by hand.
import { z } from "zod";
import { EvidenceRef, EvidenceRefShape, StoredGraphFile } from "./storedGraph.js";

/** Where the published schema is kept, beside the graph it describes. */
export const GRAPH_JSON_SCHEMA_PATH = "graph-data/graph.schema.json";

/**
 * The schema of what a reader may hand in (`io: "input"`): fields zod would strip are allowed, as parsing allows them.
 * JSON Schema cannot say what the zod refinements check across the file (unique node keys, key prefixes matching
 * kinds, evidence naming known studies and sentences); the description says so.
 */
function graphJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(StoredGraphFile, {
    io: "input",
    target: "draft-2020-12",
    // A reference is checked by a function (fast on a corpus); the schema states the shape it checks.
    unrepresentable: ({ zodSchema }) => {
      if (zodSchema !== EvidenceRef) return "throw";
      const { $schema: _, ...shape } = z.toJSONSchema(EvidenceRefShape, { target: "draft-2020-12" });
      return shape;
    },
  });
  return {
    $schema,
    title: "sister-city-graph graph file",
    description:
      "graphology's serialized graph (graph.export()) of studies, the places, organizations, projects, people, " +
      "theories, methods and concepts they name, and the relations between them, each with its evidence. " +
      "Format version 2: a study node keeps its text and the sentences its evidence cites ([start, end] offsets); " +
      "evidence maps a study key to references [sentence] or [sentence, mentionStart, mentionEnd], the mention " +
      "counted from the sentence's start; the quote is the sentence's text. An edge's key, when left out, is " +
      "<KIND>|<source>|<target>. Generated from src/model/storedGraph.ts; that zod schema also checks what JSON " +
      "Schema cannot: unique node keys, key prefixes matching kinds, evidence naming a study and sentence of the graph.",
    ...schema,
  };
}

/** The file's text: two-space JSON and a final newline, so it reads well in a diff. */
export function graphJsonSchemaText(): string {
  return `${JSON.stringify(graphJsonSchema(), null, 2)}\n`;
}
