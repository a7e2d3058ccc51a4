// Types for graphology-gexf's writer alone: its browser entry also loads a parser that needs the DOM.
declare module "graphology-gexf/browser/writer" {
  import type { write } from "graphology-gexf/browser";
  const writeGexf: typeof write;
  export default writeGexf;
}
