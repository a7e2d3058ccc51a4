// What the page's downloads take: the nodes and relations the filters show, and the filters written into the file.
import Graph from "graphology";
import type { ExportGraph } from "../../../export/formats/index.js";
import { GRAPH_OPTIONS } from "../../../model/index.js";
import { isFiltering, type Filters, type Visibility } from "../filters/filters.js";
import type { Dataset } from "../graph/dataset.js";
import { NONE } from "../state/state.js";
import { stateToQuery } from "../url/url.js";

export interface ShownGraphOptions {
  /**
   * Also keep the study nodes the shown facts cite, hidden or not: a graph file (the JSON download) is valid only
   * when every evidence names a study of the file.
   */
  citedStudies?: boolean;
}

/**
 * The graph the page shows: the visible sets of the filters (computed once, by `computeVisibility`, never a second
 * way), attributes as stored, and the filters in the graph's `description`. Unfiltered, it is the whole graph with no
 * description, so the download is the file `npm run export` writes.
 */
export function shownGraph(
  dataset: Dataset,
  filters: Filters,
  visibility: Visibility,
  { citedStudies = false }: ShownGraphOptions = {},
): ExportGraph {
  const { graph } = dataset;
  if (!isFiltering(filters)) return graph;
  const shown: ExportGraph = new Graph(GRAPH_OPTIONS);
  const keep = new Set(visibility.nodes);
  let cited = 0;
  if (citedStudies) {
    const cite = (study: string) => {
      if (!keep.has(study) && graph.hasNode(study)) (keep.add(study), cited++);
    };
    for (const node of visibility.nodes) for (const e of graph.getNodeAttribute(node, "evidence")) cite(e.study);
    for (const edge of visibility.edges) for (const e of graph.getEdgeAttribute(edge, "evidence")) cite(e.study);
  }
  // The graph's order, so the file lists nodes and relations as graph.json does.
  graph.forEachNode((node, attrs) => {
    if (keep.has(node)) shown.addNode(node, attrs);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (visibility.edges.has(edge)) shown.addDirectedEdgeWithKey(edge, source, target, attrs);
  });
  const note = cited
    ? ` ${cited} hidden ${cited === 1 ? "study is" : "studies are"} kept because shown facts cite them, so the file stays a valid graph file.`
    : "";
  shown.replaceAttributes({
    ...graph.getAttributes(),
    description: describeFilters(dataset, filters, visibility) + note,
  });
  return shown;
}

/** The filters in words, in English like the rest of the file's columns, and as the page's address that shows them. */
export function describeFilters(dataset: Dataset, filters: Filters, visibility: Visibility): string {
  const { graph } = dataset;
  const list = (items: Iterable<string>) => [...items].sort().join(", ") || "none";
  const period = filters.period
    ? `${filters.period.from}–${filters.period.to} (studies without a period left out)`
    : "all years";
  const query = stateToQuery({ selection: NONE, filters, mode: "graph", lang: "en" }, "en");
  return (
    `What the page showed: ${visibility.nodes.size} of ${graph.order} nodes, ${visibility.edges.size} of ` +
    `${graph.size} relations. Filters: hidden node kinds: ${list(filters.hiddenNodeKinds)}; hidden relation kinds: ` +
    `${list(filters.hiddenEdgeKinds)}; hidden studies: ${list(filters.hiddenStudies)}; period: ${period}. ` +
    `The page's address for this view ends in ${query}`
  );
}
