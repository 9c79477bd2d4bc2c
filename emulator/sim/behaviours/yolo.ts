import { webAppMetadata, volumeMount } from './data-visualization.ts';
import { startTime } from './log.ts';
import { mpld3Html } from './mpld3-html.ts';
import { pickleProtocol0 } from './pickle.ts';
import { toBase64 } from './png.ts';
import { createRandom, hashString } from './random.ts';
import { createScene, renderScene, type Scene } from './scene.ts';
import type { ComponentDefinition, PythonFailure } from './types.ts';
import { yoloBanner, yoloTrain } from './yolo-train.ts';

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The table `nvidia-smi` prints on a node with one idle Tesla T4. */
export function nvidiaSmi(at: number): string[] {
  const d = new Date(at);
  const time = d.toISOString().slice(11, 19);
  const header = `${days[d.getUTCDay()] ?? 'Mon'} ${months[d.getUTCMonth()] ?? 'Jan'} ${String(d.getUTCDate()).padStart(2)} ${time} ${d.getUTCFullYear()}       `;
  return [
    header,
    '+---------------------------------------------------------------------------------------+',
    '| NVIDIA-SMI 535.154.05             Driver Version: 535.154.05   CUDA Version: 12.2     |',
    '|-----------------------------------------+----------------------+----------------------+',
    '| GPU  Name                 Persistence-M | Bus-Id        Disp.A | Volatile Uncorr. ECC |',
    '| Fan  Temp   Perf          Pwr:Usage/Cap |         Memory-Usage | GPU-Util  Compute M. |',
    '|                                         |                      |               MIG M. |',
    '|=========================================+======================+======================|',
    '|   0  Tesla T4                       On  | 00000000:00:1E.0 Off |                    0 |',
    '| N/A   34C    P8               9W /  70W |      0MiB / 15360MiB |      0%      Default |',
    '|                                         |                      |                  N/A |',
    '+-----------------------------------------+----------------------+----------------------+',
    '                                                                                         ',
    '+---------------------------------------------------------------------------------------+',
    '| Processes:                                                                            |',
    '|  GPU   GI   CI        PID   Type   Process name                            GPU Memory |',
    '|        ID   ID                                                             Usage      |',
    '|=======================================================================================|',
    '|  No running processes found                                                           |',
    '+---------------------------------------------------------------------------------------+',
  ];
}

/** gpu_available_check() */
export const gpuAvailableCheck: ComponentDefinition = {
  names: ['gpu-available-check'],
  functionName: 'gpu_available_check',
  packages: [],
  failureLine: 3,
  run({ task, rng }) {
    return {
      stdout: [...nvidiaSmi(startTime(task) + 900), 'GPU available: True (1 device)'],
      workMs: rng.int(700, 1500),
    };
  },
  injectedFailure: () => ({
    exception: 'FileNotFoundError',
    message: "[Errno 2] No such file or directory: 'nvidia-smi'",
    frames: [
      {
        line: 0,
        fn: 'gpu_available_check',
        code: "result = subprocess.run(['nvidia-smi'], capture_output=True, text=True, check=True)",
      },
      {
        file: '/usr/local/lib/python3.10/subprocess.py',
        line: 1847,
        fn: '_execute_child',
        code: 'raise child_exception_type(errno_num, err_msg, err_filename)',
      },
    ],
  }),
};

const defaultImage = `${volumeMount}/images/street.jpg`;
const sceneOf = (path: string): Scene => createScene(createRandom(hashString(path)));

const missing = (fn: string, path: string, code: string): PythonFailure => ({
  exception: 'FileNotFoundError',
  message: `[Errno 2] No such file or directory: '${path}'`,
  frames: [{ line: 0, fn, code }],
});

/** yolo_predict(checkpoint: str, predict_data: str, predictions_path: OutputPath()) */
export const yoloPredict: ComponentDefinition = {
  names: ['yolo-predict'],
  functionName: 'yolo_predict',
  packages: [],
  failureLine: 6,
  run({ inputs, rng }) {
    // kfp 1: the checkpoint's path on the volume (a str); kfp 2: an Input[Model] artifact, which
    // the launcher downloads to a local path.
    const checkpoint =
      inputs.text('checkpoint') ??
      (inputs.bytes('checkpoint') ? '/minio/mlpipeline/model/best.pt' : undefined);
    const image = inputs.text('predict-data') ?? defaultImage;
    if (!checkpoint)
      return {
        stdout: [],
        workMs: 500,
        failure: missing('yolo_predict', 'None', 'model = YOLO(checkpoint)'),
      };
    const scene = sceneOf(image);
    const counts = new Map<string, number>();
    for (const o of scene.objects) counts.set(o.label, (counts.get(o.label) ?? 0) + 1);
    const summary = [...counts].map(([label, n]) => `${n} ${label}${n > 1 ? 's' : ''}`).join(', ');
    const inference = rng.float(6, 12).toFixed(1);
    const predictions = scene.objects.map((o) => ({
      class: o.label,
      confidence: Number(rng.float(0.55, 0.97).toFixed(4)),
      box: [...o.box],
    }));
    return {
      files: { predictions: pickleProtocol0({ source: image, predictions }) },
      stdout: [
        yoloBanner,
        'Model summary (fused): 168 layers, 3006818 parameters, 0 gradients, 8.1 GFLOPs',
        `image 1/1 ${image}: ${scene.height * 4}x${scene.width * 4} ${summary}, ${inference}ms`,
        `Speed: 2.1ms preprocess, ${inference}ms inference, 1.3ms postprocess per image at shape (1, 3, ${scene.height * 4}, ${scene.width * 4})`,
        `Saved ${predictions.length} predictions to /tmp/outputs/predictions/data`,
      ],
      workMs: rng.int(4000, 9000),
    };
  },
  injectedFailure: ({ inputs }) =>
    missing('yolo_predict', inputs.text('checkpoint') ?? 'best.pt', 'model = YOLO(checkpoint)'),
};

/** draw_bbox(predictions_path: InputPath(), predict_data: str, output_image_path: OutputPath('PNG')) */
export const drawBbox: ComponentDefinition = {
  names: ['draw-bbox'],
  functionName: 'draw_bbox',
  packages: ['opencv-python-headless'],
  failureLine: 8,
  run({ inputs, rng }) {
    const pickled = inputs.file('predictions');
    const image =
      inputs.text('predict-data') ??
      /^Vsource\np\d+\nV(.*)$/m.exec(pickled ?? '')?.[1] ??
      defaultImage;
    if (pickled === undefined) {
      return {
        stdout: [],
        workMs: 200,
        failure: missing(
          'draw_bbox',
          '/tmp/inputs/predictions/data',
          "with open(predictions_path, 'rb') as f:",
        ),
      };
    }
    const scene = sceneOf(image);
    const png = renderScene(scene, true);
    // kfp 2's draw_bbox plots the boxed image with matplotlib and writes it as HTML (mpld3).
    const html = mpld3Html({
      id: `fig_el${rng.fork('mpld3').int(100000000, 999999999)}`,
      width: 640,
      height: 480,
      title: 'Detections',
      xlabel: 'x [px]',
      ylabel: 'y [px]',
      xdomain: [0, scene.width],
      ydomain: [0, scene.height],
      lines: [],
      image: `data:image/png;base64,${toBase64(png)}`,
    });
    return {
      files: { output_image: png, image: html },
      stdout: scene.objects.map((o) => `Drawing box for ${o.label} at (${o.box.join(', ')})`),
      workMs: rng.int(800, 2000),
    };
  },
  injectedFailure: () => ({
    exception: 'cv2.error',
    message:
      "OpenCV(4.9.0) /io/opencv/modules/imgproc/src/drawing.cpp:1783: error: (-215:Assertion failed) 0 <= shift && shift <= XY_SHIFT in function 'rectangle'",
    frames: [
      { line: 0, fn: 'draw_bbox', code: 'cv2.rectangle(img, (x1, y1), (x2, y2), (0, 255, 0), 2)' },
    ],
  }),
};

/** visualize_image(image_path: InputPath('PNG'), mlpipeline_ui_metadata_path: OutputPath()) */
export const visualizeImage: ComponentDefinition = {
  names: ['visualize-image'],
  functionName: 'visualize_image',
  packages: ['numpy', 'pillow', 'matplotlib', 'mpld3'],
  failureLine: 9,
  run({ inputs, rng }) {
    const png = inputs.bytes('image');
    if (!png)
      return {
        stdout: [],
        workMs: 200,
        failure: missing(
          'visualize_image',
          '/tmp/inputs/image/data',
          'img = Image.open(image_path)',
        ),
      };
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    const width = png.length > 24 ? view.getUint32(16) : 0;
    const height = png.length > 24 ? view.getUint32(20) : 0;
    const html = mpld3Html({
      id: `fig_el${rng.int(100000000, 999999999)}`,
      width: 640,
      height: 480,
      title: 'Detections',
      xlabel: 'x [px]',
      ylabel: 'y [px]',
      xdomain: [0, width || 1],
      ydomain: [0, height || 1],
      lines: [],
      image: `data:image/png;base64,${toBase64(png)}`,
    });
    return {
      files: { mlpipeline_ui_metadata: webAppMetadata(html) },
      stdout: [
        `Image: mode=RGB size=(${width}, ${height})`,
        'Converted the figure to HTML with mpld3.',
      ],
      workMs: rng.int(1500, 3500),
    };
  },
  injectedFailure: () => ({
    exception: 'PIL.UnidentifiedImageError',
    message: "cannot identify image file '/tmp/inputs/image/data'",
    frames: [{ line: 0, fn: 'visualize_image', code: 'img = Image.open(image_path)' }],
  }),
};

/** tensorboard_visualization(log_dir: str, mlpipeline_ui_metadata_path: OutputPath()) */
export const tensorboardVisualization: ComponentDefinition = {
  names: ['tensorboard-visualization'],
  functionName: 'tensorboard_visualization',
  packages: [],
  failureLine: 4,
  run({ inputs, rng }) {
    const logDir = inputs.text('log-dir') ?? `${volumeMount}/yolo/train`;
    const relative = logDir.startsWith(`${volumeMount}/`)
      ? logDir.slice(volumeMount.length + 1)
      : logDir.replace(/^\//, '');
    const metadata = {
      outputs: [
        {
          type: 'tensorboard',
          source: `volume://example-pipeline-volume/${relative}`,
          image: 'tensorflow/tensorflow:2.15.0',
          pod_template_spec: {
            spec: {
              containers: [
                { volumeMounts: [{ name: 'example-pipeline-volume', mountPath: volumeMount }] },
              ],
              volumes: [
                {
                  name: 'example-pipeline-volume',
                  persistentVolumeClaim: { claimName: 'example-pipeline-volume' },
                },
              ],
            },
          },
        },
      ],
    };
    return {
      files: { mlpipeline_ui_metadata: JSON.stringify(metadata) },
      stdout: [
        `TensorBoard log dir: ${logDir}`,
        `Found event files: events.out.tfevents.${1700000000 + rng.int(0, 9_999_999)}.yolo-train.1.0`,
      ],
      workMs: rng.int(300, 900),
    };
  },
  injectedFailure: ({ inputs }) =>
    missing(
      'tensorboard_visualization',
      inputs.text('log-dir') ?? '',
      'event_files = os.listdir(log_dir)',
    ),
};

export const yoloComponents = [
  gpuAvailableCheck,
  yoloTrain,
  yoloPredict,
  drawBbox,
  visualizeImage,
  tensorboardVisualization,
];
