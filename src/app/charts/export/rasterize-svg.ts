import type { ImageSize } from "./slide-presets";

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("the chart SVG could not be drawn"));
    image.src = url;
  });
}

/**
 * Draws SVG text onto a canvas of exactly `pixels` and encodes it as PNG.
 * The SVG renderer has no PNG of its own, so the vector drawing of the live
 * chart is rasterised at the target resolution (crisp at 3× and on slides).
 */
export async function rasterizeSvg(svg: string, pixels: ImageSize, background: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement("canvas");
    canvas.width = pixels.width;
    canvas.height = pixels.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.fillStyle = background;
    context.fillRect(0, 0, pixels.width, pixels.height);
    context.drawImage(image, 0, 0, pixels.width, pixels.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png");
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
