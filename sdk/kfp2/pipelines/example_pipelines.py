"""The tutorial's four pipelines rewritten for the kfp 2 SDK (dsl.If, dsl.ExitHandler, dsl.ParallelFor)."""
from kfp import dsl, kubernetes

from components.conditions_and_exit_handling import candidates, cs_print, exit_task, largest, prime_or_zero
from components.data_handling import get_text_file, multiply, write_result_to_text
from components.data_visualization import display_image_from_path, get_example_data_to_volume, plot_csv_from_path
from components.yolo_object_detection import (
    draw_bbox, gpu_available_check, tensorboard_visualization, yolo_predict, yolo_train)

PVC = 'example-pipeline-volume'
MOUNT_PATH = '/usr/share/example-pipeline-volume'


def on_volume(path: str) -> str:
    return f'{MOUNT_PATH}/{path}'


def with_volume(task):
    return kubernetes.mount_pvc(task, pvc_name=PVC, mount_path=MOUNT_PATH)


@dsl.pipeline(name='data-handling-v2',
              description='Multiplies two numbers and passes the result through a text file (kfp 2).')
def data_handling(a: float = 3, b: float = 4):
    product = multiply(a=a, b=b)
    text = write_result_to_text(value=product.outputs['value'])
    # Always runs, also when the same inputs ran before: KFP's cache reuses multiply and
    # write_result_to_text, and this step reads their (cached) text file again.
    get_text_file(text_path=text.outputs['text_path']).set_caching_options(False)


@dsl.pipeline(name='data-visualization-v2',
              description='Downloads example data to a volume and plots an image and a CSV file (kfp 2).')
def data_visualization(
        image_url: str = 'https://raw.githubusercontent.com/ultralytics/assets/main/im/bus.jpg',
        csv_url: str = 'https://raw.githubusercontent.com/plotly/datasets/master/2014_apple_stock.csv'):
    # Every step reads or writes files on the shared volume, which KFP's cache cannot see: a cached
    # download would leave a new volume empty, a cached plot would show old files. No caching.
    image = with_volume(get_example_data_to_volume(url=image_url, save_path=on_volume('example.jpg')))
    image.set_display_name('Download image').set_caching_options(False)
    csv = with_volume(get_example_data_to_volume(url=csv_url, save_path=on_volume('example.csv')))
    csv.set_display_name('Download CSV').set_caching_options(False)
    with_volume(display_image_from_path(image_path=on_volume('example.jpg'))).after(
        image).set_caching_options(False)
    with_volume(plot_csv_from_path(csv_path=on_volume('example.csv'))).after(
        csv).set_caching_options(False)


@dsl.pipeline(name='yolo-object-detection-v2',
              description='Trains YOLOv8 on a GPU, predicts on an image and visualizes the results (kfp 2).')
def yolo_object_detection(data: str = on_volume('datasets/traffic.yaml'), epochs: int = 10,
                          imgsz: int = 640, predict_data: str = on_volume('images/street.jpg')):
    gpu = gpu_available_check().set_display_name('Check GPU')
    train = with_volume(yolo_train(data=data, epochs=epochs, imgsz=imgsz, save_path=on_volume('yolo')))
    train.after(gpu).set_display_name('Train YOLOv8')
    train.set_accelerator_type('nvidia.com/gpu').set_accelerator_limit(1)
    predict = with_volume(yolo_predict(checkpoint=train.outputs['model'], predict_data=predict_data))
    predict.set_display_name('Predict').set_accelerator_type('nvidia.com/gpu').set_accelerator_limit(1)
    boxes = with_volume(draw_bbox(predictions=predict.outputs['predictions_path'], predict_data=predict_data))
    boxes.set_display_name('Draw bounding boxes')
    with_volume(tensorboard_visualization(log_dir=on_volume('yolo/train'))).after(train)


@dsl.pipeline(name='next-prime-v2',
              description='Finds the next prime number downwards from start: candidates in a parallel '
                          'loop, a condition and an exit handler (kfp 2).')
def next_prime(start: int = 50, window: int = 10):
    with dsl.ExitHandler(exit_task()):
        numbers = candidates(start=start, count=window)
        with dsl.ParallelFor(numbers.output, parallelism=5) as number:
            check = prime_or_zero(number=number)
        best = largest(numbers=dsl.Collected(check.output))
        with dsl.If(best.output > 0, name='found-a-prime'):
            cs_print(number=best.output)


PIPELINES = {
    'data-handling-v2': data_handling,
    'data-visualization-v2': data_visualization,
    'yolo-object-detection-v2': yolo_object_detection,
    'next-prime-v2': next_prime,
}
