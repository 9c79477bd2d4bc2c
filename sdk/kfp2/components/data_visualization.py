"""Download example data to a mounted volume and show it as HTML (mpld3), for kfp 2."""
from kfp import dsl
from kfp.dsl import HTML, Output

BASE_IMAGE = 'python:3.10'


@dsl.component(base_image=BASE_IMAGE, packages_to_install=['requests'])
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


@dsl.component(base_image=BASE_IMAGE, packages_to_install=['numpy', 'pillow', 'matplotlib', 'mpld3'])
def display_image_from_path(image_path: str, plot: Output[HTML]):
    """Plots an image from the volume with matplotlib and writes it as HTML (mpld3)."""
    import matplotlib.pyplot as plt
    import mpld3
    import numpy as np
    from PIL import Image
    img = Image.open(image_path)
    print(f'Image {image_path}: mode={img.mode} size={img.size}')
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.imshow(np.asarray(img))
    ax.set_title(image_path.split('/')[-1])
    with open(plot.path, 'w') as f:
        f.write(mpld3.fig_to_html(fig))
    print('Converted the figure to HTML with mpld3.')


@dsl.component(base_image=BASE_IMAGE, packages_to_install=['pandas', 'matplotlib', 'mpld3'])
def plot_csv_from_path(csv_path: str, plot: Output[HTML]):
    """Reads a CSV from the volume with pandas, plots it and writes it as HTML (mpld3)."""
    import matplotlib.pyplot as plt
    import mpld3
    import pandas as pd
    df = pd.read_csv(csv_path)
    print(f'Read {len(df)} rows from {csv_path}')
    print(df.head())
    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    df.plot(ax=ax)
    with open(plot.path, 'w') as f:
        f.write(mpld3.fig_to_html(fig))
