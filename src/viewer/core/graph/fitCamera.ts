// The camera that frames a set of drawn nodes, as sigma's camera state: centre and zoom ratio.
export interface Point {
  x: number;
  y: number;
}

export interface FitCamera {
  x: number;
  y: number;
  ratio: number;
}

/** Closer than this the map shows a single place as a dot on an unreadable blur of coast. */
const MIN_RATIO = 0.05;

/**
 * `points` are in sigma's framed graph space (the camera's own); `toViewport` converts such a point to CSS pixels
 * for a camera at `ratio` 1 centred on the given point. Sizes on screen shrink as the ratio grows, so the ratio that
 * fits is the extent at ratio 1 over the room left inside `margin`.
 */
export function cameraToFit(
  points: Point[],
  toViewport: (point: Point, centre: Point) => Point,
  viewport: { width: number; height: number },
  margin: number,
): FitCamera | null {
  if (points.length === 0) return null;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const a = toViewport({ x: minX, y: minY }, centre);
  const b = toViewport({ x: maxX, y: maxY }, centre);
  const roomX = Math.max(1, viewport.width - 2 * margin);
  const roomY = Math.max(1, viewport.height - 2 * margin);
  const ratio = Math.max(MIN_RATIO, Math.abs(b.x - a.x) / roomX, Math.abs(b.y - a.y) / roomY);
  return { ...centre, ratio };
}
