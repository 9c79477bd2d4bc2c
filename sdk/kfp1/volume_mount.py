"""The tutorial's volume (api_controls/volume_mount.py): a PVC made in the Volumes section of the UI."""
from kfp import onprem

RAW_DATA_VOL = 'example-pipeline-volume'
RAW_DATA_PVC = 'example-pipeline-volume'
RAW_DATA_MOUNT_PATH = '/usr/share/example-pipeline-volume'

RAW_VOLUME_MOUNT = onprem.mount_pvc(
    pvc_name=RAW_DATA_PVC, volume_name=RAW_DATA_VOL, volume_mount_path=RAW_DATA_MOUNT_PATH)
