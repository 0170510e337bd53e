/**
 * An SVG drawn onto a canvas at `scale` times its size and read back as PNG bytes: how the app turns
 * the report's SVG charts and diagram into pictures (for "Save image" and the Word report). The SVG
 * is loaded from a blob: URL, which the page's Content Security Policy allows for images.
 */
const MAX_CANVAS_SIDE = 16_384;

export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Uint8Array<ArrayBuffer>> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    // Browsers refuse canvases much above 16,384 pixels a side: a very large diagram is drawn smaller.
    const fitted = Math.min(scale, MAX_CANVAS_SIDE / Math.max(width, height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * fitted);
    canvas.height = Math.round(height * fitted);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the canvas gave no PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The width and height an SVG document declares on its root. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return { width: Number(match?.[1] ?? 800), height: Number(match?.[2] ?? 600) };
}
