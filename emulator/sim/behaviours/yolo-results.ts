import { fixed } from './python.ts';
import type { Random } from './random.ts';

export const yoloClasses = ['person', 'bicycle', 'car', 'motorcycle', 'bus', 'truck'] as const;

export interface ClassResult {
  readonly name: string;
  readonly images: number;
  readonly instances: number;
  readonly precision: number;
  readonly recall: number;
  readonly map50: number;
  readonly map5095: number;
}

/** Validation results after `epochs` epochs: better with more epochs, noisy per class. */
export function validationResults(
  rng: Random,
  epochs: number,
): { perClass: ClassResult[]; all: ClassResult } {
  const quality = 1 - Math.exp(-Math.max(1, epochs) / 12);
  const perClass = yoloClasses.map((name) => {
    const precision = Math.min(0.99, 0.35 + 0.55 * quality + rng.float(-0.08, 0.08));
    const recall = Math.min(0.99, 0.3 + 0.55 * quality + rng.float(-0.1, 0.08));
    const map50 = Math.min(0.99, (precision + recall) / 2 + rng.float(-0.05, 0.05));
    return {
      name,
      images: rng.int(20, 120),
      instances: rng.int(30, 400),
      precision,
      recall,
      map50,
      map5095: map50 * rng.float(0.62, 0.74),
    };
  });
  const mean = (pick: (r: ClassResult) => number) =>
    perClass.reduce((s, r) => s + pick(r), 0) / perClass.length;
  const all: ClassResult = {
    name: 'all',
    images: 128,
    instances: perClass.reduce((s, r) => s + r.instances, 0),
    precision: mean((r) => r.precision),
    recall: mean((r) => r.recall),
    map50: mean((r) => r.map50),
    map5095: mean((r) => r.map5095),
  };
  return { perClass, all };
}

export const tableHeader = [
  'class',
  'images',
  'instances',
  'precision',
  'recall',
  'mAP50',
  'mAP50-95',
] as const;

export function tableCsv(results: readonly ClassResult[]): string {
  return results
    .map((r) =>
      [
        r.name,
        r.images,
        r.instances,
        fixed(r.precision, 3),
        fixed(r.recall, 3),
        fixed(r.map50, 3),
        fixed(r.map5095, 3),
      ].join(','),
    )
    .join('\n');
}

/** fpr,tpr,threshold rows (no header) of a ROC curve whose area follows the model's quality. */
export function rocCsv(rng: Random, auc: number): string {
  const k = Math.max(0.05, (1 - auc) / Math.max(auc, 0.01));
  const rows: string[] = [];
  const steps = 50;
  for (let i = 0; i <= steps; i++) {
    const fpr = i === 0 ? 0 : Math.min(1, (i / steps) ** 2 + rng.float(0, 0.002));
    const tpr = i === steps ? 1 : Math.min(1, fpr ** k);
    const threshold = 1 - i / steps;
    rows.push(`${fixed(fpr, 6)},${fixed(tpr, 6)},${fixed(threshold, 6)}`);
  }
  return rows.join('\n');
}

/** target,predicted,count rows (no header) for every pair of labels, classes plus background. */
export function confusionCsv(
  rng: Random,
  results: readonly ClassResult[],
): { labels: string[]; csv: string } {
  const labels = [...results.map((r) => r.name), 'background'];
  const rows: string[] = [];
  for (const target of labels) {
    const result = results.find((r) => r.name === target);
    for (const predicted of labels) {
      let count: number;
      if (target === predicted) count = result ? Math.round(result.instances * result.recall) : 0;
      else if (predicted === 'background')
        count = result ? Math.round(result.instances * (1 - result.recall) * 0.7) : 0;
      else count = rng.next() < 0.4 ? rng.int(0, 12) : 0;
      rows.push(`${target},${predicted},${count}`);
    }
  }
  return { labels, csv: rows.join('\n') };
}
