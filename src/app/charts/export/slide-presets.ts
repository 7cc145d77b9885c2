/** A size in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

export interface SlidePreset {
  /** Pixel size of the exported image: fills a slide of that shape without scaling. */
  pixels: ImageSize;
  /**
   * The chart is laid out at pixels / scale CSS pixels and drawn at `scale`
   * device pixels each, so labels are as large relative to the slide as they
   * are on screen; laid out at the full 1920 px they would be unreadably small
   * when projected.
   */
  scale: number;
}

export const SLIDE_PRESETS = {
  "16:9": { pixels: { width: 1920, height: 1080 }, scale: 2 },
  "4:3": { pixels: { width: 1600, height: 1200 }, scale: 2 },
} as const satisfies Record<string, SlidePreset>;

export type SlidePresetId = keyof typeof SLIDE_PRESETS;

export const SLIDE_PRESET_IDS = Object.keys(SLIDE_PRESETS) as SlidePresetId[];

/** CSS layout size of a preset. */
export function presetLayout(id: SlidePresetId): ImageSize {
  const { pixels, scale } = SLIDE_PRESETS[id];
  return { width: pixels.width / scale, height: pixels.height / scale };
}

/** Name-safe form of a preset id for file names: 16:9 → 16x9. */
export function presetSlug(id: SlidePresetId): string {
  return id.replace(":", "x");
}
