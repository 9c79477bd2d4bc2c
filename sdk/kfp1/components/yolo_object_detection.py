"""YOLO-style training on a GPU, prediction, bounding boxes and visualizations."""
from kfp.components import InputPath, OutputPath, create_component_from_func

YOLO_IMAGE = 'harbor.example.com/ml-examples/yolov8:8.1.27-cuda12.1'
BASE_IMAGE = 'python:3.10'


def gpu_available_check():
    """Checks that a GPU is available by running nvidia-smi."""
    import subprocess
    result = subprocess.run(['nvidia-smi'], capture_output=True, text=True, check=True)
    print(result.stdout)
    print('GPU available: True (1 device)')


def yolo_train(data: str, epochs: int, imgsz: int, save_path: str,
               mlpipeline_ui_metadata_path: OutputPath(), mlpipeline_metrics_path: OutputPath()) -> str:
    """Trains YOLOv8n, copies the run to the volume and reports ROC, confusion matrix, per-class table and metrics."""
    import json
    import shutil
    from ultralytics import YOLO
    from kfp_helpers.minio import upload_csv
    model = YOLO('yolov8n.pt')
    model.train(data=data, epochs=epochs, imgsz=imgsz, device=0)
    metrics = model.val()
    shutil.copytree('runs/detect/train', f'{save_path}/train', dirs_exist_ok=True)
    print(f'Copied runs/detect/train to {save_path}/train')
    roc, confusion, table = upload_csv(metrics)
    metadata = {'outputs': [
        {'type': 'roc', 'format': 'csv', 'schema': [{'name': 'fpr', 'type': 'NUMBER'}, {'name': 'tpr', 'type': 'NUMBER'}, {'name': 'thresholds', 'type': 'NUMBER'}], 'source': roc},
        {'type': 'confusion_matrix', 'format': 'csv', 'schema': [{'name': 'target', 'type': 'CATEGORY'}, {'name': 'predicted', 'type': 'CATEGORY'}, {'name': 'count', 'type': 'NUMBER'}], 'labels': list(metrics.names.values()) + ['background'], 'source': confusion},
        {'type': 'table', 'format': 'csv', 'header': ['class', 'images', 'instances', 'precision', 'recall', 'mAP50', 'mAP50-95'], 'source': table},
        {'type': 'tensorboard', 'source': 'volume://example-pipeline-volume/yolo/train'},
    ]}
    with open(mlpipeline_ui_metadata_path, 'w') as f:
        json.dump(metadata, f)
    with open(mlpipeline_metrics_path, 'w') as f:
        json.dump({'metrics': [
            {'name': 'map50', 'numberValue': metrics.box.map50, 'format': 'RAW'},
            {'name': 'map50-95', 'numberValue': metrics.box.map, 'format': 'RAW'},
            {'name': 'precision', 'numberValue': metrics.box.mp, 'format': 'PERCENTAGE'},
            {'name': 'recall', 'numberValue': metrics.box.mr, 'format': 'PERCENTAGE'},
        ]}, f)
    return f'{save_path}/train/weights/best.pt'


def yolo_predict(checkpoint: str, predict_data: str, predictions_path: OutputPath()):
    """Predicts on predict_data with the trained checkpoint and pickles the detections."""
    import pickle
    from ultralytics import YOLO
    model = YOLO(checkpoint)
    result = model.predict(predict_data)[0]
    predictions = [{'class': result.names[int(box.cls)], 'confidence': float(box.conf), 'box': box.xyxy[0].tolist()} for box in result.boxes]
    with open(predictions_path, 'wb') as f:
        pickle.dump({'source': predict_data, 'predictions': predictions}, f, protocol=0)
    print(f'Saved {len(predictions)} predictions to {predictions_path}')


def draw_bbox(predictions_path: InputPath(), predict_data: str, output_image_path: OutputPath('PNG')):
    """Draws the predicted bounding boxes onto the input image."""
    import pickle
    import cv2
    with open(predictions_path, 'rb') as f:
        detections = pickle.load(f)
    img = cv2.imread(predict_data)
    for p in detections['predictions']:
        x1, y1, x2, y2 = map(int, p['box'])
        print(f"Drawing box for {p['class']} at ({x1}, {y1}, {x2}, {y2})")
        cv2.rectangle(img, (x1, y1), (x2, y2), (0, 255, 0), 2)
    cv2.imwrite(output_image_path + '.png', img)
    import os
    os.rename(output_image_path + '.png', output_image_path)


def visualize_image(image_path: InputPath('PNG'), mlpipeline_ui_metadata_path: OutputPath()):
    """Shows the image with the bounding boxes in the visualization tab (mpld3 web-app)."""
    import json
    import matplotlib.pyplot as plt
    import mpld3
    import numpy as np
    from PIL import Image
    img = Image.open(image_path)
    print(f'Image: mode={img.mode} size={img.size}')
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.imshow(np.asarray(img))
    ax.set_title('Detections')
    html = mpld3.fig_to_html(fig)
    print('Converted the figure to HTML with mpld3.')
    with open(mlpipeline_ui_metadata_path, 'w') as f:
        json.dump({'outputs': [{'type': 'web-app', 'storage': 'inline', 'source': html}]}, f)


def tensorboard_visualization(log_dir: str, mlpipeline_ui_metadata_path: OutputPath()):
    """Opens the training logs on the volume in TensorBoard from the visualization tab."""
    import json
    import os
    print(f'TensorBoard log dir: {log_dir}')
    event_files = [f for f in os.listdir(log_dir) if f.startswith('events.out.tfevents')]
    print(f'Found event files: {", ".join(event_files)}')
    metadata = {'outputs': [{
        'type': 'tensorboard',
        'source': 'volume://example-pipeline-volume/' + os.path.relpath(log_dir, '/usr/share/example-pipeline-volume'),
        'image': 'tensorflow/tensorflow:2.15.0',
        'pod_template_spec': {'spec': {
            'containers': [{'volumeMounts': [{'name': 'example-pipeline-volume', 'mountPath': '/usr/share/example-pipeline-volume'}]}],
            'volumes': [{'name': 'example-pipeline-volume', 'persistentVolumeClaim': {'claimName': 'example-pipeline-volume'}}],
        }},
    }]}
    with open(mlpipeline_ui_metadata_path, 'w') as f:
        json.dump(metadata, f)


gpu_available_check_op = create_component_from_func(gpu_available_check, base_image=YOLO_IMAGE)
yolo_train_op = create_component_from_func(yolo_train, base_image=YOLO_IMAGE)
yolo_predict_op = create_component_from_func(yolo_predict, base_image=YOLO_IMAGE)
draw_bbox_op = create_component_from_func(
    draw_bbox, base_image=YOLO_IMAGE, packages_to_install=['opencv-python-headless'])
visualize_image_op = create_component_from_func(
    visualize_image, base_image=BASE_IMAGE,
    packages_to_install=['numpy', 'pillow', 'matplotlib', 'mpld3'])
tensorboard_visualization_op = create_component_from_func(tensorboard_visualization, base_image=BASE_IMAGE)
