// Charts on one view draw one per frame, in the order they ask. Laying out
// an ECharts chart costs tens of milliseconds (more at 4× CPU); drawing all
// of a view's charts in the same task would hold back the first one until
// the last is done. Queued, the first chart is painted on its own and each
// later one follows a frame after the one before.

type Turn = () => void;

const waiting: Turn[] = [];
let busy = false;

/** Runs `fn` once the browser has painted the current frame. */
export function afterNextPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== "function") {
    setTimeout(fn, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(fn, 0));
}

function next(): void {
  const turn = waiting.shift();
  if (!turn) {
    busy = false;
    return;
  }
  turn();
  afterNextPaint(next);
}

/**
 * Calls `draw` when it is this chart's turn: at once when no other chart has
 * drawn in the current frame, else after the charts ahead of it. Returns a
 * function that gives up the place (for a chart unmounted while waiting).
 */
export function requestDrawTurn(draw: () => void): () => void {
  if (!busy) {
    busy = true;
    draw();
    afterNextPaint(next);
    return () => {};
  }
  let live = true;
  const turn: Turn = () => {
    if (live) draw();
  };
  waiting.push(turn);
  return () => {
    live = false;
    const i = waiting.indexOf(turn);
    if (i !== -1) waiting.splice(i, 1);
  };
}
