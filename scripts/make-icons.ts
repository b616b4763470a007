/**
 * Draws Baton's Teams icons as real PNGs with nothing but node:zlib:
 *   appPackage/color.png   192×192, full colour: a relay baton on the brand blue, with speed lines.
 *   appPackage/outline.png  32×32, white on transparent: the same mark as an outline.
 * Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed, so this only runs when the mark changes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { crc32, deflateSync } from "node:zlib";

export type Rgb = readonly [number, number, number];

/** An RGBA image, 4 bytes per pixel, rows top to bottom. */
export interface Image {
  width: number;
  height: number;
  pixels: Uint8Array;
}

type Point = readonly [number, number];

export const BRAND_BLUE: Rgb = [0x1e, 0x5a, 0xa8];
const BATON_WHITE: Rgb = [0xff, 0xff, 0xff];
const GRIP_ORANGE: Rgb = [0xf5, 0x9e, 0x0b];
const WHITE: Rgb = [0xff, 0xff, 0xff];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes an RGBA image as a PNG (8-bit truecolour with alpha, no filtering). */
export function encodePng(image: Image): Buffer {
  const { width, height, pixels } = image;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(pixels.buffer, pixels.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Signed distance from p to a capsule (segment a–b with the given radius); negative inside. */
function capsule(p: Point, a: Point, b: Point, radius: number): number {
  const [px, py] = [p[0] - a[0], p[1] - a[1]];
  const [bx, by] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, (px * bx + py * by) / (bx * bx + by * by)));
  return Math.hypot(px - bx * t, py - by * t) - radius;
}

/** Position of p along the axis a→b, 0 at a and 1 at b (unclamped). */
function along(p: Point, a: Point, b: Point): number {
  const [bx, by] = [b[0] - a[0], b[1] - a[1]];
  return ((p[0] - a[0]) * bx + (p[1] - a[1]) * by) / (bx * bx + by * by);
}

/** A shape in unit coordinates (0..1 across the icon): returns the colour and coverage at a point. */
type Shader = (p: Point) => { rgb: Rgb; alpha: number } | undefined;

/** Renders with 4×4 supersampling; later layers paint over earlier ones. */
function render(size: number, layers: readonly Shader[]): Image {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const p: Point = [(x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size];
          let colour: Rgb = [0, 0, 0];
          let alpha = 0;
          for (const layer of layers) {
            const hit = layer(p);
            if (hit) {
              colour = hit.rgb;
              alpha = hit.alpha;
            }
          }
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const i = (y * size + x) * 4;
      const coverage = a / (samples * samples);
      // Colour is averaged over covered samples only (premultiplied → straight alpha).
      pixels[i] = a > 0 ? Math.round(r / a) : 0;
      pixels[i + 1] = a > 0 ? Math.round(g / a) : 0;
      pixels[i + 2] = a > 0 ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round(coverage * 255);
    }
  }
  return { width: size, height: size, pixels };
}

// The baton runs from lower left to upper right; speed lines trail behind it.
const BATON_START: Point = [0.3, 0.7];
const BATON_END: Point = [0.74, 0.26];
const SPEED_LINES: readonly (readonly [Point, Point])[] = [
  [
    [0.1, 0.66],
    [0.2, 0.56],
  ],
  [
    [0.14, 0.86],
    [0.22, 0.78],
  ],
  [
    [0.34, 0.9],
    [0.44, 0.8],
  ],
];
function solid(rgb: Rgb, inside: (p: Point) => boolean): Shader {
  return (p) => (inside(p) ? { rgb, alpha: 1 } : undefined);
}

/** 192×192 full-colour icon: white baton with an orange grip on brand blue, white speed lines. */
export function drawColorIcon(size = 192): Image {
  const radius = 0.085;
  return render(size, [
    solid(BRAND_BLUE, () => true),
    ...SPEED_LINES.map(([a, b]) => solid(WHITE, (p) => capsule(p, a, b, 0.028) <= 0)),
    solid(BATON_WHITE, (p) => capsule(p, BATON_START, BATON_END, radius) <= 0),
    solid(GRIP_ORANGE, (p) => {
      const t = along(p, BATON_START, BATON_END);
      return capsule(p, BATON_START, BATON_END, radius) <= 0 && t > 0.4 && t < 0.6;
    }),
  ]);
}

/** 32×32 outline icon: the baton as a white outline with two speed lines, on transparency. */
export function drawOutlineIcon(size = 32): Image {
  const stroke = 1.6 / size; // about 1.6 px wide
  const radius = 0.13;
  return render(size, [
    solid(WHITE, (p) => Math.abs(capsule(p, [0.3, 0.7], [0.75, 0.25], radius - stroke / 2)) <= stroke / 2),
    solid(WHITE, (p) => {
      const t = along(p, [0.3, 0.7], [0.75, 0.25]);
      return capsule(p, [0.3, 0.7], [0.75, 0.25], radius) <= 0 && Math.abs(t - 0.5) <= 0.04;
    }),
    solid(WHITE, (p) => capsule(p, [0.06, 0.6], [0.18, 0.48], stroke / 2) <= 0),
    solid(WHITE, (p) => capsule(p, [0.4, 0.94], [0.52, 0.82], stroke / 2) <= 0),
  ]);
}

export function writeIcons(appPackageDir: string): { color: string; outline: string } {
  mkdirSync(appPackageDir, { recursive: true });
  const color = resolve(appPackageDir, "color.png");
  const outline = resolve(appPackageDir, "outline.png");
  writeFileSync(color, encodePng(drawColorIcon()));
  writeFileSync(outline, encodePng(drawOutlineIcon()));
  return { color, outline };
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const written = writeIcons(resolve(root, "appPackage"));
  console.log(`Wrote ${written.color} and ${written.outline}`);
}
