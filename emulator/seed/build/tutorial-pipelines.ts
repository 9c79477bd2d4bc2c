import type { ContainerTask, Kfp1Pipeline } from './kfp1-workflow.ts';
import * as c from './tutorial-components.ts';
import * as y from './yolo-components.ts';

/** The tutorial's four pipelines (src/pipelines/example_pipelines.py), compiled with kfp 1.8. */

const volume = {
  name: 'example-pipeline-volume',
  claimName: 'example-pipeline-volume',
  mountPath: '/usr/share/example-pipeline-volume',
};
const onVolume = (path: string) => `${volume.mountPath}/${path}`;

export const dataHandling: Kfp1Pipeline = {
  name: 'data-handling',
  description: 'Multiplies two numbers and passes the result through a text file.',
  params: [
    { name: 'a', type: 'Float', default: '3' },
    { name: 'b', type: 'Float', default: '4' },
  ],
  root: {
    tasks: [
      {
        kind: 'container',
        name: 'multiply',
        component: c.multiply,
        args: { a: { param: 'a' }, b: { param: 'b' } },
      },
      {
        kind: 'container',
        name: 'write-result-to-text',
        component: c.writeResultToText,
        args: { value: { of: 'multiply', output: 'value' } },
      },
      {
        kind: 'container',
        name: 'get-text-file',
        component: c.getTextFile,
        args: { text: { of: 'write-result-to-text', output: 'text' } },
      },
    ],
  },
  compiledAt: '2026-02-10T14:03:11.512345',
};

export const dataVisualization: Kfp1Pipeline = {
  name: 'data-visualization',
  description: 'Downloads example data to a volume and visualizes an image and a CSV file.',
  params: [
    {
      name: 'image_url',
      type: 'String',
      default: 'https://raw.githubusercontent.com/ultralytics/assets/main/im/bus.jpg',
    },
    {
      name: 'csv_url',
      type: 'String',
      default: 'https://raw.githubusercontent.com/plotly/datasets/master/2014_apple_stock.csv',
    },
  ],
  root: {
    tasks: [
      {
        kind: 'container',
        name: 'get-example-data-to-volume',
        component: c.getExampleDataToVolume,
        args: { url: { param: 'image_url' }, save_path: { constant: onVolume('example.jpg') } },
        displayName: 'Download image',
        mountVolume: true,
      },
      {
        kind: 'container',
        name: 'get-example-data-to-volume-2',
        component: c.getExampleDataToVolume,
        args: { url: { param: 'csv_url' }, save_path: { constant: onVolume('example.csv') } },
        displayName: 'Download CSV',
        mountVolume: true,
      },
      {
        kind: 'container',
        name: 'display-image-from-path',
        component: c.displayImageFromPath,
        args: { image_path: { constant: onVolume('example.jpg') } },
        after: ['get-example-data-to-volume'],
        mountVolume: true,
      },
      {
        kind: 'container',
        name: 'plot-csv-from-path',
        component: c.plotCsvFromPath,
        args: { csv_path: { constant: onVolume('example.csv') } },
        after: ['get-example-data-to-volume-2'],
        mountVolume: true,
      },
    ],
  },
  volume,
  compiledAt: '2026-02-10T14:05:42.108812',
};

export const yoloObjectDetection: Kfp1Pipeline = {
  name: 'yolo-object-detection',
  description: 'Trains YOLOv8 on a GPU, predicts on an image and visualizes the results.',
  params: [
    { name: 'data', type: 'String', default: onVolume('datasets/traffic.yaml') },
    { name: 'epochs', type: 'Integer', default: '10' },
    { name: 'imgsz', type: 'Integer', default: '640' },
    { name: 'predict_data', type: 'String', default: onVolume('images/street.jpg') },
  ],
  root: {
    tasks: [
      { kind: 'container', name: 'gpu-available-check', component: y.gpuAvailableCheck, args: {} },
      {
        kind: 'container',
        name: 'yolo-train',
        component: y.yoloTrain,
        args: {
          data: { param: 'data' },
          epochs: { param: 'epochs' },
          imgsz: { param: 'imgsz' },
          save_path: { constant: onVolume('yolo') },
        },
        after: ['gpu-available-check'],
        gpu: 1,
        mountVolume: true,
      },
      {
        kind: 'container',
        name: 'yolo-predict',
        component: y.yoloPredict,
        args: {
          checkpoint: { of: 'yolo-train', output: 'Output' },
          predict_data: { param: 'predict_data' },
        },
        gpu: 1,
        mountVolume: true,
      },
      {
        kind: 'container',
        name: 'draw-bbox',
        component: y.drawBbox,
        args: {
          predictions: { of: 'yolo-predict', output: 'predictions' },
          predict_data: { param: 'predict_data' },
        },
        mountVolume: true,
      },
      {
        kind: 'container',
        name: 'visualize-image',
        component: y.visualizeImage,
        args: { image: { of: 'draw-bbox', output: 'output_image' } },
      },
      {
        kind: 'container',
        name: 'tensorboard-visualization',
        component: y.tensorboardVisualization,
        args: { log_dir: { constant: onVolume('yolo/train') } },
        after: ['yolo-train'],
        mountVolume: true,
      },
    ],
  },
  volume,
  compiledAt: '2026-02-11T09:12:03.774120',
};

const exitTask: ContainerTask = {
  kind: 'container',
  name: 'exit-task',
  component: c.exitTask,
  args: {},
};
const primeCheck = { of: 'check-if-prime', output: 'Output' } as const;

export const recursionConditionsAndExitHandlers: Kfp1Pipeline = {
  name: 'recursion-conditions-and-exit-handlers',
  description:
    'Finds the next prime number downwards from start with a recursive graph component, conditions and an exit handler.',
  params: [{ name: 'start', type: 'Integer', default: '50' }],
  root: {
    tasks: [
      {
        kind: 'dag',
        name: 'exit-handler-1',
        template: 'exit-handler-1',
        args: { start: { param: 'start' } },
      },
    ],
  },
  dags: [
    {
      name: 'exit-handler-1',
      inputs: ['start'],
      tasks: [
        {
          kind: 'dag',
          name: 'graph-find-next-prime-1',
          template: 'graph-find-next-prime-1',
          args: { start: { param: 'start' } },
        },
      ],
    },
    {
      name: 'graph-find-next-prime-1',
      inputs: ['start'],
      tasks: [
        {
          kind: 'container',
          name: 'check-if-prime',
          component: c.checkIfPrime,
          args: { number: { param: 'start' } },
        },
        {
          kind: 'dag',
          name: 'condition-2',
          template: 'condition-2',
          args: { 'check-if-prime-Output': primeCheck, start: { param: 'start' } },
          when: { left: primeCheck, right: 'False' },
        },
        {
          kind: 'dag',
          name: 'condition-3',
          template: 'condition-3',
          args: { 'check-if-prime-Output': primeCheck, start: { param: 'start' } },
          when: { left: primeCheck, right: 'True' },
        },
      ],
    },
    {
      name: 'condition-2',
      inputs: ['check-if-prime-Output', 'start'],
      tasks: [
        {
          kind: 'container',
          name: 'sub-one',
          component: c.subOne,
          args: { number: { param: 'start' } },
        },
        {
          kind: 'dag',
          name: 'graph-find-next-prime-1',
          template: 'graph-find-next-prime-1',
          args: { start: { of: 'sub-one', output: 'Output' } },
        },
      ],
    },
    {
      name: 'condition-3',
      inputs: ['check-if-prime-Output', 'start'],
      tasks: [
        {
          kind: 'container',
          name: 'cs-print',
          component: c.csPrint,
          args: { number: { param: 'start' } },
        },
      ],
    },
  ],
  onExit: exitTask,
  compiledAt: '2026-02-12T16:40:27.051930',
};

export const tutorialPipelines = [
  dataHandling,
  dataVisualization,
  yoloObjectDetection,
  recursionConditionsAndExitHandlers,
];
