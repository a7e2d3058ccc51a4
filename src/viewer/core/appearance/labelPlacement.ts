// Where labels go on the canvas: by priority, each beside its node where it overlaps no label placed before it and
// stays inside the canvas, on the right or else on the left, clear of the other nodes' discs when it can be. sigma's
// own grid keeps one label per cell but lets long labels run over the next cell and off the canvas.

export type LabelSide = "right" | "left";

export interface LabelCandidate {
  key: string;
  /** The node's centre and drawn radius, in CSS pixels of the canvas. */
  x: number;
  y: number;
  radius: number;
  /** The label's drawn width. */
  width: number;
  priority: number;
  /** Labelled whatever it covers (the selected node), placed before the others. */
  must?: boolean;
  /** May cover other nodes' discs when there is no clear spot (places, partners, actors); others then stay bare. */
  important?: boolean;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Between the node's disc and its label, as sigma's drawDiscNodeLabel leaves it. */
export const LABEL_GAP = 3;
/** Room kept clear around each label so neighbours stay readable. */
const MARGIN = 2;

/** The box a label's text takes beside its node, for a font of `fontSize` pixels drawn on the baseline y + size/3. */
export function labelBox(
  node: Pick<LabelCandidate, "x" | "y" | "radius" | "width">,
  side: LabelSide,
  fontSize: number,
): Box {
  const baseline = node.y + fontSize / 3;
  const top = baseline - 0.8 * fontSize;
  const bottom = baseline + 0.25 * fontSize;
  if (side === "right") {
    const left = node.x + node.radius + LABEL_GAP;
    return { left, top, right: left + node.width, bottom };
  }
  const right = node.x - node.radius - LABEL_GAP;
  return { left: right - node.width, top, right, bottom };
}

/** The side a label fits on inside a canvas of `width`: the right first. */
export function sideThatFits(
  node: Pick<LabelCandidate, "x" | "y" | "radius" | "width">,
  width: number,
  fontSize: number,
): LabelSide {
  return labelBox(node, "right", fontSize).right <= width ? "right" : "left";
}

/**
 * The labels to draw and their sides. Candidates go by `must`, then priority, then key, so the same view always
 * gets the same labels; a candidate whose label fits nowhere is left unlabelled (unless it must be labelled).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  fontSize: number,
): Map<string, LabelSide> {
  const order = [...candidates].sort(
    (a, b) =>
      Number(!!b.must) - Number(!!a.must) || b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const placed = new BoxIndex(64);
  const discs = new BoxIndex(64);
  for (const c of candidates)
    discs.add({ left: c.x - c.radius, top: c.y - c.radius, right: c.x + c.radius, bottom: c.y + c.radius });
  const sides = new Map<string, LabelSide>();
  const inside = (b: Box) => b.left >= 0 && b.top >= 0 && b.right <= viewport.width && b.bottom <= viewport.height;
  const firstFree = (c: LabelCandidate, clearOfDiscs: boolean) => {
    for (const side of ["right", "left"] as const) {
      const box = labelBox(c, side, fontSize);
      if (inside(box) && !placed.hits(box) && !(clearOfDiscs && discs.hits(box))) return { side, box };
    }
    return null;
  };
  for (const c of order) {
    if (c.x < 0 || c.y < 0 || c.x > viewport.width || c.y > viewport.height) if (!c.must) continue;
    let chosen = firstFree(c, true) ?? (c.important || c.must ? firstFree(c, false) : null);
    if (!chosen && c.must) {
      const side = sideThatFits(c, viewport.width, fontSize);
      chosen = { side, box: labelBox(c, side, fontSize) };
    }
    if (!chosen) continue;
    placed.add(chosen.box);
    sides.set(c.key, chosen.side);
  }
  return sides;
}

/** Boxes bucketed in square cells, so a placement test looks only at the boxes near it. */
class BoxIndex {
  private cells = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}

  private *keys(b: Box): Generator<string> {
    for (let i = Math.floor(b.left / this.cell); i <= Math.floor(b.right / this.cell); i++)
      for (let j = Math.floor(b.top / this.cell); j <= Math.floor(b.bottom / this.cell); j++) yield `${i},${j}`;
  }

  add(box: Box): void {
    const grown = {
      left: box.left - MARGIN,
      top: box.top - MARGIN,
      right: box.right + MARGIN,
      bottom: box.bottom + MARGIN,
    };
    for (const k of this.keys(grown)) {
      const list = this.cells.get(k);
      if (list) list.push(grown);
      else this.cells.set(k, [grown]);
    }
  }

  hits(box: Box): boolean {
    for (const k of this.keys(box))
      for (const b of this.cells.get(k) ?? [])
        if (box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom) return true;
    return false;
  }
}
