import { encodePng, type Rgb } from './png.ts';
import type { Random } from './random.ts';

export interface SceneObject {
  readonly label: string;
  /** x1, y1, x2, y2 in pixels */
  readonly box: readonly [number, number, number, number];
  readonly colour: Rgb;
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly objects: readonly SceneObject[];
}

const palette: Readonly<Record<string, Rgb>> = {
  car: [200, 40, 40],
  bus: [230, 180, 30],
  person: [40, 60, 160],
  bicycle: [30, 140, 60],
  truck: [110, 110, 120],
};
const labels = ['car', 'bus', 'person', 'bicycle', 'truck'] as const;

/** A street scene (sky, houses, road) with a few objects on the road; the same rng gives the same scene. */
export function createScene(rng: Random, width = 192, height = 144): Scene {
  const objects: SceneObject[] = [];
  const count = rng.int(2, 4);
  for (let i = 0; i < count; i++) {
    const label = rng.pick(labels);
    const w =
      label === 'person'
        ? rng.int(8, 12)
        : label === 'bus' || label === 'truck'
          ? rng.int(40, 56)
          : rng.int(24, 34);
    const h =
      label === 'person'
        ? rng.int(22, 30)
        : label === 'bicycle'
          ? rng.int(14, 18)
          : rng.int(16, 28);
    const x1 = Math.min(width - w - 2, 4 + Math.floor((i * (width - 8)) / count) + rng.int(0, 8));
    const y2 = rng.int(Math.floor(height * 0.78), height - 6);
    objects.push({ label, box: [x1, y2 - h, x1 + w, y2], colour: palette[label] ?? [0, 0, 0] });
  }
  return { width, height, objects };
}

function background(scene: Scene, x: number, y: number): Rgb {
  const horizon = Math.floor(scene.height * 0.55);
  if (y < horizon) {
    const house = Math.floor(x / 32) % 3;
    const top = horizon - 18 - house * 9;
    if (y >= top)
      return house === 0 ? [170, 120, 90] : house === 1 ? [200, 190, 170] : [150, 150, 160];
    const t = y / horizon;
    return [Math.round(120 + 80 * t), Math.round(170 + 60 * t), 235];
  }
  const lane = y > scene.height * 0.8 && y < scene.height * 0.82 && Math.floor(x / 12) % 2 === 0;
  return lane ? [240, 240, 240] : [90, 90, 95];
}

const inside = (box: SceneObject['box'], x: number, y: number) =>
  x >= box[0] && x < box[2] && y >= box[1] && y < box[3];
const onEdge = (box: SceneObject['box'], x: number, y: number) =>
  inside([box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1], x, y) &&
  !inside([box[0] + 1, box[1] + 1, box[2] - 1, box[3] - 1], x, y);

/** The scene as a PNG; with `boxes`, bounding boxes are drawn around the objects (what draw_bbox does). */
export function renderScene(scene: Scene, boxes = false): Uint8Array {
  return encodePng(scene.width, scene.height, (x, y) => {
    for (const object of scene.objects) {
      if (boxes && onEdge(object.box, x, y)) return [0, 255, 0];
      if (inside(object.box, x, y)) return object.colour;
    }
    return background(scene, x, y);
  });
}
