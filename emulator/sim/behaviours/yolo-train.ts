import type { ExtraObject } from '../types.ts';
import { defaultBucket } from '../object-store.ts';
import { fixed } from './python.ts';
import type { Random } from './random.ts';
import type { ComponentContext, ComponentDefinition } from './types.ts';
import { str } from './types.ts';
import { volumeMount } from './data-visualization.ts';
import {
  confusionCsv,
  rocCsv,
  tableCsv,
  tableHeader,
  validationResults,
  type ClassResult,
} from './yolo-results.ts';

export const yoloBanner =
  'Ultralytics YOLOv8.1.27 🚀 Python-3.10.12 torch-2.2.1+cu121 CUDA:0 (Tesla T4, 15102MiB)';
const encoder = new TextEncoder();

/** Where a component of this task writes files of its own into minio. */
export function resultPrefix(task: ComponentContext['task']): string {
  const owner = task.podName ?? `task-${(task.seed >>> 0).toString(16)}`;
  return `yolo-results/${task.runId ?? 'local'}/${owner}`;
}

/**
 * What the kfp 2 yolo_train logs (sdk/kfp2/components/yolo_object_detection.py): `metrics.log_metric`
 * of map50, map50-95, precision, recall; `log_confusion_matrix` (annotationSpecs + rows) and
 * `log_roc_curve` (confidenceMetrics), as kfp.dsl.ClassificationMetrics stores them; the weights.
 */
function v2Outputs(
  all: ClassResult,
  confusion: { labels: readonly string[]; csv: string },
  roc: string,
): Record<string, string> {
  const counts = new Map<string, number>();
  for (const line of confusion.csv.split('\n')) {
    const [target = '', predicted = '', count = '0'] = line.split(',');
    counts.set(`${target}\u0000${predicted}`, Number(count));
  }
  const rows = confusion.labels.map((target) => ({
    row: confusion.labels.map((predicted) => counts.get(`${target}\u0000${predicted}`) ?? 0),
  }));
  const confidenceMetrics = roc.split('\n').map((line) => {
    const [fpr = 0, tpr = 0, threshold = 0] = line.split(',').map(Number);
    return { confidenceThreshold: threshold, recall: tpr, falsePositiveRate: fpr };
  });
  return {
    metrics: JSON.stringify({
      map50: all.map50,
      'map50-95': all.map5095,
      precision: all.precision,
      recall: all.recall,
    }),
    classification: JSON.stringify({
      confusionMatrix: {
        annotationSpecs: confusion.labels.map((displayName) => ({ displayName })),
        rows,
      },
      confidenceMetrics,
    }),
    model: 'PK\u0003\u0004 best.pt (YOLOv8n weights, 6.2 MB)\n',
  };
}

const bar = (done: number, total: number) => {
  const filled = Math.round((done / total) * 10);
  return `${'█'.repeat(filled)}${' '.repeat(10 - filled)}`;
};
const pct = (done: number, total: number) =>
  `${String(Math.round((done / total) * 100)).padStart(3)}%`;
const clock = (s: number) =>
  `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

function epochLines(
  rng: Random,
  epoch: number,
  epochs: number,
  imgsz: number,
  quality: number,
): string[] {
  const batches = 8;
  const lines: string[] = [];
  const decay = Math.exp(-epoch / Math.max(4, epochs / 2));
  const box = 0.8 + 0.6 * decay + rng.float(-0.03, 0.03);
  const cls = 0.7 + 1.3 * decay + rng.float(-0.04, 0.04);
  const dfl = 0.95 + 0.4 * decay + rng.float(-0.02, 0.02);
  for (let b = 1; b <= batches; b++) {
    const elapsed = b * 0.52;
    lines.push(
      `${`${epoch}/${epochs}`.padStart(11)}${'2.61G'.padStart(11)}${fixed(box, 3).padStart(11)}${fixed(cls, 3).padStart(11)}${fixed(dfl, 3).padStart(11)}${String(rng.int(120, 260)).padStart(11)}${String(imgsz).padStart(11)}: ${pct(b, batches)}|${bar(b, batches)}| ${b}/${batches} [${clock(elapsed)}<${clock((batches - b) * 0.52)},  1.92it/s]`,
    );
  }
  const p = Math.min(0.99, 0.3 + 0.6 * quality * (1 - decay) + rng.float(-0.02, 0.02));
  const r = Math.min(0.99, 0.25 + 0.6 * quality * (1 - decay) + rng.float(-0.02, 0.02));
  lines.push(
    `                 Class     Images  Instances      Box(P          R      mAP50  mAP50-95): 100%|██████████| 4/4 [00:01<00:00,  2.95it/s]`,
  );
  lines.push(
    `                   all        128        929${fixed(p, 3).padStart(11)}${fixed(r, 3).padStart(11)}${fixed((p + r) / 2, 3).padStart(11)}${fixed(((p + r) / 2) * 0.68, 3).padStart(11)}`,
  );
  lines.push('');
  return lines;
}

/** The `schema` of a CSV viewer output: column names and types. */
const schema = (...columns: readonly (readonly [string, 'NUMBER' | 'CATEGORY'])[]) =>
  columns.map(([name, type]) => ({ name, type }));

const resultLine = (r: ClassResult) =>
  `${r.name.padStart(22)}${String(r.images).padStart(11)}${String(r.instances).padStart(11)}${fixed(r.precision, 3).padStart(11)}${fixed(r.recall, 3).padStart(11)}${fixed(r.map50, 3).padStart(11)}${fixed(r.map5095, 3).padStart(11)}`;

/** yolo_train(data, epochs, imgsz, save_path, mlpipeline_ui_metadata_path, mlpipeline_metrics_path) -> str */
export const yoloTrain: ComponentDefinition = {
  names: ['yolo-train'],
  functionName: 'yolo_train',
  packages: [],
  failureLine: 12,
  run({ task, inputs, rng }) {
    const epochs = Math.max(1, Math.trunc(inputs.number('epochs') ?? 10));
    const imgsz = Math.trunc(inputs.number('imgsz') ?? 640);
    const data = inputs.text('data') ?? `${volumeMount}/datasets/traffic.yaml`;
    const savePath = inputs.text('save-path') ?? `${volumeMount}/yolo`;
    const results = validationResults(rng.fork('validation'), epochs);
    const quality = results.all.map50;
    const stdout = [
      yoloBanner,
      `engine/trainer: task=detect, mode=train, model=yolov8n.pt, data=${data}, epochs=${epochs}, imgsz=${imgsz}, batch=16, device=0, workers=2, project=None, name=train, exist_ok=False, pretrained=True, optimizer=auto, seed=0, deterministic=True, amp=True`,
      'Transferred 319/355 items from pretrained weights',
      'Model summary: 225 layers, 3012018 parameters, 3012002 gradients, 8.2 GFLOPs',
      'AMP: running Automatic Mixed Precision (AMP) checks with YOLOv8n...',
      'AMP: checks passed ✅',
      `train: Scanning ${volumeMount}/datasets/traffic/labels/train... 128 images, 2 backgrounds, 0 corrupt: 100%|██████████| 128/128 [00:00<00:00, 1542.11it/s]`,
      `val: Scanning ${volumeMount}/datasets/traffic/labels/val.cache... 128 images, 2 backgrounds, 0 corrupt: 100%|██████████| 128/128 [00:00<?, ?it/s]`,
      "optimizer: 'optimizer=auto' found, determining best 'optimizer', 'lr0' and 'momentum' automatically... ",
      'optimizer: AdamW(lr=0.001, momentum=0.9) with parameter groups 57 weight(decay=0.0), 64 weight(decay=0.0005), 63 bias(decay=0.0)',
      `Image sizes ${imgsz} train, ${imgsz} val`,
      'Using 2 dataloader workers',
      'Logging results to runs/detect/train',
      `Starting training for ${epochs} epochs...`,
      '',
      '      Epoch    GPU_mem   box_loss   cls_loss   dfl_loss  Instances       Size',
    ];
    for (let epoch = 1; epoch <= epochs; epoch++)
      stdout.push(...epochLines(rng, epoch, epochs, imgsz, quality));
    stdout.push(
      `${epochs} epochs completed in ${fixed((epochs * 6.1) / 3600, 3)} hours.`,
      'Optimizer stripped from runs/detect/train/weights/last.pt, 6.2MB',
      'Optimizer stripped from runs/detect/train/weights/best.pt, 6.2MB',
      '',
      'Validating runs/detect/train/weights/best.pt...',
      yoloBanner,
      'Model summary (fused): 168 layers, 3006818 parameters, 0 gradients, 8.1 GFLOPs',
      '                 Class     Images  Instances      Box(P          R      mAP50  mAP50-95): 100%|██████████| 4/4 [00:01<00:00,  2.41it/s]',
      resultLine(results.all),
      ...results.perClass.map(resultLine),
      'Speed: 0.2ms preprocess, 2.9ms inference, 0.0ms loss, 1.6ms postprocess per image',
      'Results saved to runs/detect/train',
      `Copied runs/detect/train to ${savePath}/train`,
    );

    const prefix = resultPrefix(task);
    const confusion = confusionCsv(rng.fork('confusion'), results.perClass);
    const roc = rocCsv(rng.fork('roc'), Math.min(0.98, 0.55 + quality / 2));
    const objects: ExtraObject[] = [
      {
        bucket: defaultBucket,
        key: `${prefix}/roc.csv`,
        data: encoder.encode(roc),
      },
      {
        bucket: defaultBucket,
        key: `${prefix}/confusion_matrix.csv`,
        data: encoder.encode(confusion.csv),
      },
      {
        bucket: defaultBucket,
        key: `${prefix}/per_class_metrics.csv`,
        data: encoder.encode(tableCsv([results.all, ...results.perClass])),
      },
    ];
    const uri = (name: string) => `minio://${defaultBucket}/${prefix}/${name}`;
    const metadata = {
      outputs: [
        {
          type: 'roc',
          format: 'csv',
          schema: schema(['fpr', 'NUMBER'], ['tpr', 'NUMBER'], ['thresholds', 'NUMBER']),
          source: uri('roc.csv'),
        },
        {
          type: 'confusion_matrix',
          format: 'csv',
          schema: schema(['target', 'CATEGORY'], ['predicted', 'CATEGORY'], ['count', 'NUMBER']),
          labels: confusion.labels,
          source: uri('confusion_matrix.csv'),
        },
        {
          type: 'table',
          format: 'csv',
          header: [...tableHeader],
          source: uri('per_class_metrics.csv'),
        },
        { type: 'tensorboard', source: `volume://example-pipeline-volume/yolo/train` },
      ],
    };
    const metrics = {
      metrics: [
        { name: 'map50', numberValue: Number(fixed(results.all.map50, 4)), format: 'RAW' },
        { name: 'map50-95', numberValue: Number(fixed(results.all.map5095, 4)), format: 'RAW' },
        {
          name: 'precision',
          numberValue: Number(fixed(results.all.precision, 4)),
          format: 'PERCENTAGE',
        },
        { name: 'recall', numberValue: Number(fixed(results.all.recall, 4)), format: 'PERCENTAGE' },
      ],
    };
    return {
      outputs: { Output: str(`${savePath}/train/weights/best.pt`) },
      files: {
        // kfp 1.8: ui metadata and metrics files; kfp 2: Model, Metrics and ClassificationMetrics outputs.
        mlpipeline_ui_metadata: JSON.stringify(metadata),
        mlpipeline_metrics: JSON.stringify(metrics),
        ...v2Outputs(results.all, confusion, roc),
      },
      stdout,
      workMs: epochs * rng.int(5200, 7000) + 25_000,
      extraObjects: objects,
    };
  },
  injectedFailure: () => ({
    exception: 'torch.cuda.OutOfMemoryError',
    message:
      'CUDA out of memory. Tried to allocate 1.20 GiB. GPU 0 has a total capacity of 14.75 GiB of which 601.06 MiB is free. Process 3121 has 14.16 GiB memory in use. Of the allocated memory 13.52 GiB is allocated by PyTorch, and 412.55 MiB is reserved by PyTorch but unallocated.',
    frames: [
      {
        line: 0,
        fn: 'yolo_train',
        code: 'model.train(data=data, epochs=epochs, imgsz=imgsz, device=0)',
      },
      {
        file: '/usr/local/lib/python3.10/site-packages/ultralytics/engine/model.py',
        line: 650,
        fn: 'train',
        code: 'self.trainer.train()',
      },
      {
        file: '/usr/local/lib/python3.10/site-packages/ultralytics/engine/trainer.py',
        line: 208,
        fn: 'train',
        code: 'self._do_train(world_size)',
      },
      {
        file: '/usr/local/lib/python3.10/site-packages/torch/nn/modules/conv.py',
        line: 456,
        fn: '_conv_forward',
        code: 'return F.conv2d(input, weight, bias, self.stride,',
      },
    ],
  }),
};
