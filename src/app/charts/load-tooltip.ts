import { afterNextPaint } from "./draw-queue";

let tooltip: Promise<unknown> | undefined;

/**
 * Resolves once the tooltip is installed. Its code is fetched after the
 * next paint, not with the chart code: the first chart does not wait for
 * it, nor share the network with it on a slow phone.
 */
export function loadTooltip(): Promise<unknown> {
  tooltip ??= new Promise<void>((resolve) => afterNextPaint(resolve))
    .then(() => import("./register-tooltip"))
    .catch((error: unknown) => {
      // A failed download is tried again by the next chart that asks.
      tooltip = undefined;
      throw error;
    });
  return tooltip;
}
