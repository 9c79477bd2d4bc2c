import type { Kfp1Component } from './kfp1-component.ts';

/** The tutorial's components (src/components/*.py), as `create_component_from_func` sees them. */
const python = 'python:3.10';

export const multiply: Kfp1Component = {
  functionName: 'multiply',
  source: `def multiply(a: float, b: float) -> NamedTuple('Outputs', [('value', float), ('equation', str)]):
    """Multiplies two numbers and returns the product and the equation as text."""
    value = a * b
    equation = f'{a} * {b} = {value}'
    print(equation)
    from collections import namedtuple
    return namedtuple('Outputs', ['value', 'equation'])(value, equation)`,
  params: [
    { kind: 'in', name: 'a', type: 'Float' },
    { kind: 'in', name: 'b', type: 'Float' },
  ],
  returns: [
    { name: 'value', type: 'Float' },
    { name: 'equation', type: 'String' },
  ],
  image: python,
};

export const writeResultToText: Kfp1Component = {
  functionName: 'write_result_to_text',
  source: `def write_result_to_text(value: float, text_path: OutputPath(str)):
    """Writes the result to a text file that the next component reads."""
    print(f'Writing result {value} to {text_path}')
    with open(text_path, 'w') as writer:
        writer.write(str(value))`,
  params: [
    { kind: 'in', name: 'value', type: 'Float' },
    { kind: 'outPath', name: 'text' },
  ],
  returns: [],
  image: python,
};

export const getTextFile: Kfp1Component = {
  functionName: 'get_text_file',
  source: `def get_text_file(text_path: InputPath(str)) -> str:
    """Reads the text file back and returns its content."""
    with open(text_path, 'r') as reader:
        content = reader.read()
    print(f'Content of the text file: {content}')
    return content`,
  params: [{ kind: 'inPath', name: 'text' }],
  returns: [{ name: 'Output', type: 'String' }],
  image: python,
};

export const checkIfPrime: Kfp1Component = {
  functionName: 'check_if_prime',
  source: `def check_if_prime(number: int) -> bool:
    """Returns True if the number is a prime number, else False."""
    print(f'Checking if {number} is a prime number')
    is_prime = number > 1 and all(number % divisor != 0 for divisor in range(2, int(number ** 0.5) + 1))
    print(f'{number} is prime: {is_prime}')
    return is_prime`,
  params: [{ kind: 'in', name: 'number', type: 'Integer' }],
  returns: [{ name: 'Output', type: 'Bool' }],
  image: python,
};

export const subOne: Kfp1Component = {
  functionName: 'sub_one',
  source: `def sub_one(number: int) -> int:
    """Subtracts one (pipeline parameters cannot be computed with in the pipeline function)."""
    print(f'{number} - 1 = {number - 1}')
    return number - 1`,
  params: [{ kind: 'in', name: 'number', type: 'Integer' }],
  returns: [{ name: 'Output', type: 'Integer' }],
  image: python,
};

export const csPrint: Kfp1Component = {
  functionName: 'cs_print',
  source: `def cs_print(number: int) -> int:
    """Prints the result and returns it."""
    print(f'The next prime number is: {number}')
    return number`,
  params: [{ kind: 'in', name: 'number', type: 'Integer' }],
  returns: [{ name: 'Output', type: 'Integer' }],
  image: python,
};

export const exitTask: Kfp1Component = {
  functionName: 'exit_task',
  source: `def exit_task():
    """Runs when the pipeline ends, even if a task failed."""
    print('Exit handler: the pipeline has finished.')
    print('This task runs even if a previous task failed.')`,
  params: [],
  returns: [],
  image: python,
};

export const getExampleDataToVolume: Kfp1Component = {
  functionName: 'get_example_data_to_volume',
  source: `def get_example_data_to_volume(url: str, save_path: str):
    """Downloads a file from the url and saves it to save_path on the mounted volume."""
    import logging
    import requests
    logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(message)s')
    logging.info('Downloading %s', url)
    response = requests.get(url, timeout=60)
    response.raise_for_status()
    logging.info('Response %s %s, %d bytes', response.status_code, response.reason, len(response.content))
    with open(save_path, 'wb') as f:
        f.write(response.content)
    logging.info('Saved %s to %s', url, save_path)`,
  params: [
    { kind: 'in', name: 'url', type: 'String' },
    { kind: 'in', name: 'save_path', type: 'String' },
  ],
  returns: [],
  image: python,
  packages: ['requests'],
};

export const displayImageFromPath: Kfp1Component = {
  functionName: 'display_image_from_path',
  source: `def display_image_from_path(image_path: str, mlpipeline_ui_metadata_path: OutputPath()):
    """Plots an image from the volume with matplotlib and shows it as a web-app (mpld3)."""
    import json
    import matplotlib.pyplot as plt
    import mpld3
    import numpy as np
    from PIL import Image
    img = Image.open(image_path)
    print(f'Image {image_path}: mode={img.mode} size={img.size}')
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.imshow(np.asarray(img))
    ax.set_title(image_path.split('/')[-1])
    html = mpld3.fig_to_html(fig)
    print('Converted the figure to HTML with mpld3.')
    metadata = {'outputs': [{'type': 'web-app', 'storage': 'inline', 'source': html}]}
    with open(mlpipeline_ui_metadata_path, 'w') as metadata_file:
        json.dump(metadata, metadata_file)`,
  params: [
    { kind: 'in', name: 'image_path', type: 'String' },
    { kind: 'outPath', name: 'mlpipeline_ui_metadata' },
  ],
  returns: [],
  image: python,
  packages: ['numpy', 'pillow', 'matplotlib', 'mpld3'],
};

export const plotCsvFromPath: Kfp1Component = {
  functionName: 'plot_csv_from_path',
  source: `def plot_csv_from_path(csv_path: str, mlpipeline_ui_metadata_path: OutputPath()):
    """Reads a CSV from the volume with pandas, plots it and shows it as a web-app (mpld3)."""
    import json
    import matplotlib.pyplot as plt
    import mpld3
    import pandas as pd
    df = pd.read_csv(csv_path)
    print(f'Read {len(df)} rows from {csv_path}')
    print(df.head())
    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    df.plot(ax=ax)
    html = mpld3.fig_to_html(fig)
    metadata = {'outputs': [{'type': 'web-app', 'storage': 'inline', 'source': html}]}
    with open(mlpipeline_ui_metadata_path, 'w') as metadata_file:
        json.dump(metadata, metadata_file)`,
  params: [
    { kind: 'in', name: 'csv_path', type: 'String' },
    { kind: 'outPath', name: 'mlpipeline_ui_metadata' },
  ],
  returns: [],
  image: python,
  packages: ['pandas', 'matplotlib', 'mpld3'],
};
