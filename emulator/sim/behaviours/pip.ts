import { hashString, type Random } from './random.ts';

interface Wheel {
  readonly version: string;
  readonly file: string;
  readonly sizeMb: number;
  readonly deps: readonly string[];
}

/** Wheels as pip on CPython 3.10 / linux x86_64 would fetch them. Unknown packages get a plain wheel. */
const wheels: Readonly<Record<string, Wheel>> = {
  numpy: {
    version: '1.26.4',
    file: 'numpy-1.26.4-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
    sizeMb: 18.2,
    deps: [],
  },
  pillow: {
    version: '10.2.0',
    file: 'pillow-10.2.0-cp310-cp310-manylinux_2_28_x86_64.whl',
    sizeMb: 4.5,
    deps: [],
  },
  matplotlib: {
    version: '3.8.3',
    file: 'matplotlib-3.8.3-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
    sizeMb: 11.6,
    deps: [
      'contourpy',
      'cycler',
      'fonttools',
      'kiwisolver',
      'pyparsing',
      'python-dateutil',
      'packaging',
    ],
  },
  mpld3: {
    version: '0.5.10',
    file: 'mpld3-0.5.10-py3-none-any.whl',
    sizeMb: 0.2,
    deps: ['jinja2'],
  },
  pandas: {
    version: '2.2.1',
    file: 'pandas-2.2.1-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
    sizeMb: 13.0,
    deps: ['pytz', 'tzdata'],
  },
  requests: {
    version: '2.31.0',
    file: 'requests-2.31.0-py3-none-any.whl',
    sizeMb: 0.06,
    deps: ['certifi', 'charset-normalizer', 'idna', 'urllib3'],
  },
  ultralytics: {
    version: '8.1.27',
    file: 'ultralytics-8.1.27-py3-none-any.whl',
    sizeMb: 0.72,
    deps: ['opencv-python', 'pyyaml', 'scipy', 'tqdm', 'psutil', 'thop'],
  },
  tensorboard: {
    version: '2.16.2',
    file: 'tensorboard-2.16.2-py3-none-any.whl',
    sizeMb: 5.5,
    deps: ['protobuf', 'grpcio', 'markdown', 'werkzeug'],
  },
  'scikit-learn': {
    version: '1.4.1.post1',
    file: 'scikit_learn-1.4.1.post1-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
    sizeMb: 12.1,
    deps: ['scipy', 'joblib', 'threadpoolctl'],
  },
  kfp: { version: '2.9.0', file: 'kfp-2.9.0.tar.gz', sizeMb: 0.59, deps: [] },
};

const depVersions: Readonly<Record<string, string>> = {
  contourpy: '1.2.0',
  cycler: '0.12.1',
  fonttools: '4.49.0',
  kiwisolver: '1.4.5',
  pyparsing: '3.1.2',
  'python-dateutil': '2.9.0.post0',
  packaging: '24.0',
  jinja2: '3.1.3',
  pytz: '2024.1',
  tzdata: '2024.1',
  certifi: '2024.2.2',
  'charset-normalizer': '3.3.2',
  idna: '3.6',
  urllib3: '2.2.1',
  'opencv-python': '4.9.0.80',
  pyyaml: '6.0.1',
  scipy: '1.12.0',
  tqdm: '4.66.2',
  psutil: '5.9.8',
  thop: '0.1.1.post2209072238',
  protobuf: '4.25.3',
  grpcio: '1.62.1',
  markdown: '3.5.2',
  werkzeug: '3.0.1',
  joblib: '1.3.2',
  threadpoolctl: '3.3.0',
};

function wheelOf(spec: string): { name: string; wheel: Wheel } {
  const [rawName = spec, pinned] = spec.split('==');
  const name = rawName.trim().toLowerCase();
  const known = wheels[name];
  if (known && (!pinned || pinned === known.version)) return { name, wheel: known };
  const version = pinned ?? depVersions[name] ?? '1.0.0';
  const sizeMb = 0.05 + (hashString(name) % 40) / 20;
  return {
    name,
    wheel: {
      version,
      file: `${name.replace(/-/g, '_')}-${version}-py3-none-any.whl`,
      sizeMb,
      deps: known?.deps ?? [],
    },
  };
}

const sizeText = (mb: number) =>
  mb >= 1 ? `${mb.toFixed(1)} MB` : `${Math.max(1, Math.round(mb * 1024))} kB`;

/** The lines `pip install <packages>` prints and how long it takes. */
export function pipInstall(
  packages: readonly string[],
  rng: Random,
): { lines: string[]; durationMs: number } {
  if (packages.length === 0) return { lines: [], durationMs: 0 };
  const lines: string[] = [];
  const installed: string[] = [];
  let durationMs = 800;
  const seen = new Set<string>();
  const collect = (spec: string, requiredBy?: string) => {
    const { name, wheel } = wheelOf(spec);
    if (seen.has(name)) return;
    seen.add(name);
    lines.push(
      requiredBy
        ? `Collecting ${name}>=${wheel.version.split('.')[0] ?? '1'} (from ${requiredBy})`
        : `Collecting ${spec}`,
    );
    const speed = rng.float(20, 60);
    lines.push(`  Downloading ${wheel.file} (${sizeText(wheel.sizeMb)})`);
    const bar = '━'.repeat(40);
    lines.push(`     ${bar} ${sizeText(wheel.sizeMb)} ${speed.toFixed(1)} MB/s eta 0:00:00`);
    durationMs += 150 + (wheel.sizeMb / speed) * 1000;
    installed.push(`${name}-${wheel.version}`);
    for (const dep of wheel.deps) collect(dep, `${name}==${wheel.version}`);
  };
  for (const spec of packages) collect(spec);
  lines.push(
    `Installing collected packages: ${installed.map((p) => p.slice(0, p.lastIndexOf('-'))).join(', ')}`,
  );
  lines.push(`Successfully installed ${installed.join(' ')}`);
  lines.push(
    "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv",
  );
  durationMs += installed.length * rng.int(300, 900);
  return { lines, durationMs: Math.round(durationMs) };
}
