import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Decodes a PNG far enough to trust it: the signature, every chunk's CRC, the header, and the image
 * data inflated to exactly one filter byte plus one row of pixels per line. Returns the size.
 */
export function decodePng(bytes: Uint8Array): { width: number; height: number; channels: number } {
  const png = Buffer.from(bytes);
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG signature');
  let offset = 8;
  let header: { width: number; height: number; depth: number; colour: number } | undefined;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (png.readUInt32BE(offset + 8 + length) !== crc32(png.subarray(offset + 4, offset + 8 + length))) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8] ?? 0, colour: body[9] ?? 0 };
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  if (header === undefined || header.depth !== 8) throw new Error('no 8-bit IHDR');
  const channels = CHANNELS[header.colour];
  if (channels === undefined) throw new Error(`colour type ${header.colour}`);
  const raw = inflateSync(Buffer.concat(data));
  if (raw.length !== header.height * (1 + header.width * channels)) throw new Error('image data of the wrong size');
  return { width: header.width, height: header.height, channels };
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
