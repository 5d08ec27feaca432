// Phone photos are 3–10 MB: the console redraws each one at most 1600 px on its long side as a JPEG (quality 0.82,
// about 150–300 KB) before it is stored. Redrawing also drops the file's metadata (EXIF: where it was taken).
const LONG_SIDE = 1600;
const QUALITY = 0.82;

export async function shrinkPhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw images');
  // A transparent PNG would turn black as a JPEG: paint white under it.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the photo could not be encoded'))), 'image/jpeg', QUALITY));
}
