"""YOLO-style training on a GPU for kfp 2: metrics and classification metrics as v2 artifacts."""
from kfp import dsl
from kfp.dsl import HTML, ClassificationMetrics, Input, Metrics, Model, Output, OutputPath

YOLO_IMAGE = 'harbor.example.com/ml-examples/yolov8:8.1.27-cuda12.1'
BASE_IMAGE = 'python:3.10'


@dsl.component(base_image=YOLO_IMAGE)
def gpu_available_check():
    """Checks that a GPU is available by running nvidia-smi."""
    import subprocess
    result = subprocess.run(['nvidia-smi'], capture_output=True, text=True, check=True)
    print(result.stdout)
    print('GPU available: True (1 device)')


@dsl.component(base_image=YOLO_IMAGE)
def yolo_train(data: str, epochs: int, imgsz: int, save_path: str, model: Output[Model],
               metrics: Output[Metrics], classification: Output[ClassificationMetrics]):
    """Trains YOLOv8n, copies the run to the volume and logs metrics, ROC and confusion matrix."""
    import shutil
    from ultralytics import YOLO
    yolo = YOLO('yolov8n.pt')
    yolo.train(data=data, epochs=epochs, imgsz=imgsz, device=0)
    val = yolo.val()
    shutil.copytree('runs/detect/train', f'{save_path}/train', dirs_exist_ok=True)
    shutil.copy('runs/detect/train/weights/best.pt', model.path)
    metrics.log_metric('map50', float(val.box.map50))
    metrics.log_metric('map50-95', float(val.box.map))
    metrics.log_metric('precision', float(val.box.mp))
    metrics.log_metric('recall', float(val.box.mr))
    names = list(val.names.values()) + ['background']
    classification.log_confusion_matrix(names, val.confusion_matrix.matrix.astype(int).tolist())
    fpr, tpr, thresholds = val.roc_curve()
    classification.log_roc_curve(list(fpr), list(tpr), list(thresholds))


@dsl.component(base_image=YOLO_IMAGE)
def yolo_predict(checkpoint: Input[Model], predict_data: str, predictions_path: OutputPath()):
    """Predicts on predict_data with the trained checkpoint and pickles the detections."""
    import pickle
    from ultralytics import YOLO
    model = YOLO(checkpoint.path)
    result = model.predict(predict_data)[0]
    predictions = [{'class': result.names[int(box.cls)], 'confidence': float(box.conf), 'box': box.xyxy[0].tolist()} for box in result.boxes]
    with open(predictions_path, 'wb') as f:
        pickle.dump({'source': predict_data, 'predictions': predictions}, f, protocol=0)
    print(f'Saved {len(predictions)} predictions to {predictions_path}')


@dsl.component(base_image=YOLO_IMAGE, packages_to_install=['numpy', 'matplotlib', 'mpld3', 'opencv-python-headless'])
def draw_bbox(predictions: dsl.InputPath(), predict_data: str, image: Output[HTML]):
    """Draws the predicted bounding boxes onto the input image and writes it as HTML (mpld3)."""
    import pickle
    import cv2
    import matplotlib.pyplot as plt
    import mpld3
    with open(predictions, 'rb') as f:
        detections = pickle.load(f)
    img = cv2.imread(predict_data)
    for p in detections['predictions']:
        x1, y1, x2, y2 = map(int, p['box'])
        print(f"Drawing box for {p['class']} at ({x1}, {y1}, {x2}, {y2})")
        cv2.rectangle(img, (x1, y1), (x2, y2), (0, 255, 0), 2)
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.imshow(cv2.cvtColor(img, cv2.COLOR_BGR2RGB))
    ax.set_title('Detections')
    with open(image.path, 'w') as f:
        f.write(mpld3.fig_to_html(fig))


@dsl.component(base_image=BASE_IMAGE)
def tensorboard_visualization(log_dir: str, mlpipeline_ui_metadata: OutputPath()):
    """Points the visualization tab at the training logs on the volume (v1 metadata format)."""
    import json
    import os
    print(f'TensorBoard log dir: {log_dir}')
    metadata = {'outputs': [{
        'type': 'tensorboard',
        'source': 'volume://example-pipeline-volume/' + os.path.relpath(log_dir, '/usr/share/example-pipeline-volume'),
        'image': 'tensorflow/tensorflow:2.15.0',
    }]}
    with open(mlpipeline_ui_metadata, 'w') as f:
        json.dump(metadata, f)
