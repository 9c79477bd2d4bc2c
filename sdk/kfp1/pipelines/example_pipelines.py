"""The tutorial's four pipelines (src/pipelines/example_pipelines.py), for the kfp 1.8 SDK."""
from kfp import dsl

from components.conditions_and_exit_handling import exit_task_op, find_next_prime
from components.data_handling import get_text_file_op, multiply_op, write_result_to_text_op
from components.data_visualization import (
    display_image_from_path_op, get_example_data_to_volume_op, plot_csv_from_path_op)
from components.yolo_object_detection import (
    draw_bbox_op, gpu_available_check_op, tensorboard_visualization_op, visualize_image_op,
    yolo_predict_op, yolo_train_op)
from volume_mount import RAW_DATA_MOUNT_PATH, RAW_VOLUME_MOUNT


def on_volume(path: str) -> str:
    return f'{RAW_DATA_MOUNT_PATH}/{path}'


@dsl.pipeline(name='data-handling',
              description='Multiplies two numbers and passes the result through a text file.')
def data_handling(a: float = 3, b: float = 4):
    product = multiply_op(a, b)
    text = write_result_to_text_op(product.outputs['value'])
    get_text_file_op(text.output)


@dsl.pipeline(name='data-visualization',
              description='Downloads example data to a volume and visualizes an image and a CSV file.')
def data_visualization(
        image_url: str = 'https://raw.githubusercontent.com/ultralytics/assets/main/im/bus.jpg',
        csv_url: str = 'https://raw.githubusercontent.com/plotly/datasets/master/2014_apple_stock.csv'):
    image = get_example_data_to_volume_op(image_url, on_volume('example.jpg')).apply(RAW_VOLUME_MOUNT)
    image.set_display_name('Download image')
    csv = get_example_data_to_volume_op(csv_url, on_volume('example.csv')).apply(RAW_VOLUME_MOUNT)
    csv.set_display_name('Download CSV')
    display_image_from_path_op(on_volume('example.jpg')).apply(RAW_VOLUME_MOUNT).after(image)
    plot_csv_from_path_op(on_volume('example.csv')).apply(RAW_VOLUME_MOUNT).after(csv)


@dsl.pipeline(name='yolo-object-detection',
              description='Trains YOLOv8 on a GPU, predicts on an image and visualizes the results.')
def yolo_object_detection(data: str = on_volume('datasets/traffic.yaml'), epochs: int = 10,
                          imgsz: int = 640, predict_data: str = on_volume('images/street.jpg')):
    gpu = gpu_available_check_op()
    train = yolo_train_op(data, epochs, imgsz, on_volume('yolo')).apply(RAW_VOLUME_MOUNT).after(gpu)
    train.set_gpu_limit(1)
    predict = yolo_predict_op(train.output, predict_data).apply(RAW_VOLUME_MOUNT)
    predict.set_gpu_limit(1)
    boxes = draw_bbox_op(predict.outputs['predictions'], predict_data).apply(RAW_VOLUME_MOUNT)
    visualize_image_op(boxes.outputs['output_image'])
    tensorboard = tensorboard_visualization_op(on_volume('yolo/train')).apply(RAW_VOLUME_MOUNT)
    tensorboard.after(train).set_display_name('TensorBoard logs')


@dsl.pipeline(name='recursion-conditions-and-exit-handlers',
              description='Finds the next prime number downwards from start with a recursive graph '
                          'component, conditions and an exit handler.')
def recursion_conditions_and_exit_handlers(start: int = 50):
    with dsl.ExitHandler(exit_task_op()):
        find_next_prime(start)


PIPELINES = {
    'data-handling': data_handling,
    'data-visualization': data_visualization,
    'yolo-object-detection': yolo_object_detection,
    'recursion-conditions-and-exit-handlers': recursion_conditions_and_exit_handlers,
}
