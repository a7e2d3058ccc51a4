// Renderer events, all here: hover to highlight, click to select, click on the background to clear.
import type { SigmaEvents } from "sigma/types";
import type { Actions } from "../actions.js";
import type { GraphView } from "../graph/graphView.js";

/** Binds sigma's pointer events to the actions; returns the unbinding. */
export function bindGraphEvents({ sigma, container }: GraphView, actions: Actions): () => void {
  const unbind: (() => void)[] = [];
  const on = <E extends keyof SigmaEvents>(event: E, handler: SigmaEvents[E]) => {
    sigma.on(event, handler);
    unbind.push(() => sigma.off(event, handler));
  };
  const setCursor = (pointer: boolean) => (container.style.cursor = pointer ? "pointer" : "");
  on("enterNode", ({ node }) => (setCursor(true), actions.hoverNode(node)));
  on("leaveNode", () => (setCursor(false), actions.hoverNode(null)));
  on("enterEdge", ({ edge }) => (setCursor(true), actions.hoverEdge(edge)));
  on("leaveEdge", () => (setCursor(false), actions.hoverEdge(null)));
  on("clickNode", ({ node }) => actions.select({ type: "node", key: node }));
  on("clickEdge", ({ edge }) => actions.select({ type: "edge", key: edge }));
  on("clickStage", () => actions.select({ type: "none" }));
  return () => unbind.forEach((off) => off());
}
