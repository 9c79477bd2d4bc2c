import { mpld3Html } from './mpld3-html.ts';
import { toBase64 } from './png.ts';
import { createRandom, hashString } from './random.ts';
import { createScene, renderScene } from './scene.ts';
import type { ComponentDefinition, PythonFailure } from './types.ts';

export const volumeMount = '/usr/share/example-pipeline-volume';

/** The `mlpipeline-ui-metadata` file of a component that shows one web-app (inline HTML). */
export const webAppMetadata = (html: string): string =>
  JSON.stringify({ outputs: [{ type: 'web-app', storage: 'inline', source: html }] });

const notOnVolume = (fn: string, path: string, code: string): PythonFailure => ({
  exception: 'FileNotFoundError',
  message: `[Errno 2] No such file or directory: '${path}'`,
  frames: [{ line: 0, fn, code }],
});

const baseName = (path: string) => path.split('/').pop() ?? path;

/** get_example_data_to_volume(url: str, save_path: str) */
export const getExampleDataToVolume: ComponentDefinition = {
  names: ['get-example-data-to-volume'],
  functionName: 'get_example_data_to_volume',
  packages: ['requests'],
  failureLine: 6,
  run({ inputs, rng, timestamp }) {
    const url = inputs.text('url') ?? '';
    const savePath = inputs.text('save-path') ?? `${volumeMount}/${baseName(url)}`;
    if (!/^https?:\/\//.test(url)) {
      return {
        stdout: [],
        workMs: 200,
        failure: {
          exception: 'requests.exceptions.MissingSchema',
          message: `Invalid URL '${url}': No scheme supplied. Perhaps you meant https://${url}?`,
          frames: [
            {
              line: 0,
              fn: 'get_example_data_to_volume',
              code: 'response = requests.get(url, timeout=60)',
            },
          ],
        },
      };
    }
    const bytes = rng.int(40_000, 900_000);
    const workMs = rng.int(600, 4000);
    return {
      stdout: [
        `${timestamp(0)} INFO Downloading ${url}`,
        `${timestamp(workMs - 150)} INFO Response 200 OK, ${bytes} bytes`,
        `${timestamp(workMs - 20)} INFO Saved ${url} to ${savePath}`,
      ],
      workMs,
    };
  },
  injectedFailure: ({ inputs }) => {
    const host =
      /^https?:\/\/([^/]+)/.exec(inputs.text('url') ?? '')?.[1] ?? 'raw.githubusercontent.com';
    return {
      exception: 'requests.exceptions.ConnectionError',
      message: `HTTPSConnectionPool(host='${host}', port=443): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3b2c1d5e10>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))`,
      frames: [
        {
          line: 0,
          fn: 'get_example_data_to_volume',
          code: 'response = requests.get(url, timeout=60)',
        },
        {
          file: '/usr/local/lib/python3.10/site-packages/requests/api.py',
          line: 73,
          fn: 'get',
          code: 'return request("get", url, params=params, **kwargs)',
        },
        {
          file: '/usr/local/lib/python3.10/site-packages/requests/adapters.py',
          line: 519,
          fn: 'send',
          code: 'raise ConnectionError(e, request=request)',
        },
      ],
    };
  },
};

/** display_image_from_path(image_path: str, mlpipeline_ui_metadata_path: OutputPath()) */
export const displayImageFromPath: ComponentDefinition = {
  names: ['display-image-from-path'],
  functionName: 'display_image_from_path',
  packages: ['numpy', 'pillow', 'matplotlib', 'mpld3'],
  failureLine: 9,
  run({ inputs, rng }) {
    const path = inputs.text('image-path') ?? `${volumeMount}/example.jpg`;
    if (!path.startsWith(volumeMount)) {
      return {
        stdout: [],
        workMs: 300,
        failure: notOnVolume('display_image_from_path', path, 'img = Image.open(image_path)'),
      };
    }
    const scene = createScene(createRandom(hashString(path)));
    const png = renderScene(scene);
    const html = mpld3Html({
      id: `fig_el${rng.int(100000000, 999999999)}`,
      width: 640,
      height: 480,
      title: baseName(path),
      xlabel: 'x [px]',
      ylabel: 'y [px]',
      xdomain: [0, scene.width],
      ydomain: [0, scene.height],
      lines: [],
      image: `data:image/png;base64,${toBase64(png)}`,
    });
    return {
      // kfp 1.8: web-app ui metadata; kfp 2: the same mpld3 page as the `plot` output (system.HTML).
      files: { mlpipeline_ui_metadata: webAppMetadata(html), plot: html },
      stdout: [
        `Image ${path}: mode=RGB size=(${scene.width}, ${scene.height})`,
        'Converted the figure to HTML with mpld3.',
      ],
      workMs: rng.int(1500, 4000),
    };
  },
  injectedFailure: ({ inputs }) => ({
    exception: 'PIL.UnidentifiedImageError',
    message: `cannot identify image file '${inputs.text('image-path') ?? `${volumeMount}/example.jpg`}'`,
    frames: [
      { line: 0, fn: 'display_image_from_path', code: 'img = Image.open(image_path)' },
      {
        file: '/usr/local/lib/python3.10/site-packages/PIL/Image.py',
        line: 3309,
        fn: 'open',
        code: 'raise UnidentifiedImageError(msg)',
      },
    ],
  }),
};

function csvSeries(path: string) {
  const rng = createRandom(hashString(path));
  const days = 60;
  const offset = rng.float(4, 12);
  const points = Array.from({ length: days }, (_, day) => {
    const temperature = offset + 9 * Math.sin(((day - 10) / 58) * Math.PI) + rng.float(-1.5, 1.5);
    const humidity = 70 - 0.9 * (temperature - offset) + rng.float(-4, 4);
    return { day, temperature, humidity };
  });
  return points;
}

/** plot_csv_from_path(csv_path: str, mlpipeline_ui_metadata_path: OutputPath()) */
export const plotCsvFromPath: ComponentDefinition = {
  names: ['plot-csv-from-path'],
  functionName: 'plot_csv_from_path',
  packages: ['pandas', 'matplotlib', 'mpld3'],
  failureLine: 7,
  run({ inputs, rng }) {
    const path = inputs.text('csv-path') ?? `${volumeMount}/example.csv`;
    if (!path.startsWith(volumeMount)) {
      return {
        stdout: [],
        workMs: 300,
        failure: notOnVolume('plot_csv_from_path', path, 'df = pd.read_csv(csv_path)'),
      };
    }
    const points = csvSeries(path);
    const temps = points.map((p) => p.temperature);
    const html = mpld3Html({
      id: `fig_el${rng.int(100000000, 999999999)}`,
      width: 640,
      height: 400,
      title: baseName(path),
      xlabel: 'day',
      ylabel: 'value',
      xdomain: [0, points.length - 1],
      ydomain: [Math.floor(Math.min(0, ...temps)), 100],
      lines: [
        {
          label: 'temperature',
          color: '#1f77b4',
          data: points.map((p) => [p.day, Number(p.temperature.toFixed(2))] as const),
        },
        {
          label: 'humidity',
          color: '#ff7f0e',
          data: points.map((p) => [p.day, Number(p.humidity.toFixed(2))] as const),
        },
      ],
    });
    const head = points
      .slice(0, 5)
      .map(
        (p) =>
          `${p.day}  ${String(p.day).padStart(4)}  ${p.temperature.toFixed(6).padStart(11)}  ${p.humidity.toFixed(6).padStart(9)}`,
      );
    return {
      // kfp 1.8: web-app ui metadata; kfp 2: the same mpld3 page as the `plot` output (system.HTML).
      files: { mlpipeline_ui_metadata: webAppMetadata(html), plot: html },
      stdout: [
        `Read ${points.length} rows from ${path}`,
        '   day  temperature   humidity',
        ...head,
      ],
      workMs: rng.int(1200, 3500),
    };
  },
  injectedFailure: ({ inputs }) => ({
    exception: 'pandas.errors.ParserError',
    message: 'Error tokenizing data. C error: Expected 3 fields in line 17, saw 5',
    frames: [
      {
        line: 0,
        fn: 'plot_csv_from_path',
        code: `df = pd.read_csv(csv_path)  # ${inputs.text('csv-path') ?? ''}`.trimEnd(),
      },
      {
        file: '/usr/local/lib/python3.10/site-packages/pandas/io/parsers/readers.py',
        line: 1024,
        fn: 'read_csv',
        code: 'return _read(filepath_or_buffer, kwds)',
      },
    ],
  }),
};

export const dataVisualizationComponents = [
  getExampleDataToVolume,
  displayImageFromPath,
  plotCsvFromPath,
];
