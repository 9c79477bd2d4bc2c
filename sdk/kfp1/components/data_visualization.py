"""Download example data to a mounted volume and show it as web-app visualizations (mpld3)."""
from kfp.components import OutputPath, create_component_from_func

BASE_IMAGE = 'python:3.10'


def get_example_data_to_volume(url: str, save_path: str):
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
    logging.info('Saved %s to %s', url, save_path)


def display_image_from_path(image_path: str, mlpipeline_ui_metadata_path: OutputPath()):
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
        json.dump(metadata, metadata_file)


def plot_csv_from_path(csv_path: str, mlpipeline_ui_metadata_path: OutputPath()):
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
        json.dump(metadata, metadata_file)


get_example_data_to_volume_op = create_component_from_func(
    get_example_data_to_volume, base_image=BASE_IMAGE, packages_to_install=['requests'])
display_image_from_path_op = create_component_from_func(
    display_image_from_path, base_image=BASE_IMAGE,
    packages_to_install=['numpy', 'pillow', 'matplotlib', 'mpld3'])
plot_csv_from_path_op = create_component_from_func(
    plot_csv_from_path, base_image=BASE_IMAGE, packages_to_install=['pandas', 'matplotlib', 'mpld3'])
