"""The tutorial's upload_and_run.py with the kfp 2 SDK (v2beta1): upload, or a new version named
by the count of versions; find or create the experiment; run_pipeline with numeric parameters;
wait for the run; read its task details. Prints one JSON line.

usage: python upload_and_run_kfp2.py PIPELINE_YAML PIPELINE_NAME EXPERIMENT_NAME PARAMS_JSON
"""
import json
import os
import sys
from datetime import datetime

import kfp

from tutorial_env import get_access_token, load_env


def pipeline_upload(client: kfp.Client, package: str, name: str) -> dict:
    pipeline_id = client.get_pipeline_id(name)
    if pipeline_id is None:
        pipeline = client.upload_pipeline(pipeline_package_path=package, pipeline_name=name)
        return {'pipeline_id': pipeline.pipeline_id, 'version': None}
    versions = client.list_pipeline_versions(pipeline_id=pipeline_id, page_size=100)
    count = len(versions.pipeline_versions or [])
    version = client.upload_pipeline_version(
        pipeline_package_path=package, pipeline_version_name=f'{name}-{count}', pipeline_id=pipeline_id)
    return {'pipeline_id': pipeline_id, 'version': version.display_name}


def get_exp_id(client: kfp.Client, experiment_name: str, namespace: str):
    page_token = ''
    while True:
        page = client.list_experiments(page_token=page_token, page_size=10, namespace=namespace)
        for experiment in page.experiments or []:
            if experiment.display_name == experiment_name:
                return experiment.experiment_id
        page_token = page.next_page_token
        if not page_token:
            return None


def main(package: str, name: str, experiment_name: str, params: dict) -> None:
    load_env()
    namespace = os.environ['KFP_NAMESPACE']
    client = kfp.Client(host=os.environ['KFP_ENDPOINT'], existing_token=get_access_token(),
                        namespace=namespace)
    uploaded = pipeline_upload(client, package, name)
    exp_id = get_exp_id(client, experiment_name, namespace)
    if exp_id is None:
        exp_id = client.create_experiment(name=experiment_name, namespace=namespace).experiment_id
    job_name = f'{name} {datetime.now():%Y-%m-%d %H:%M:%S}'
    run = client.run_pipeline(experiment_id=exp_id, job_name=job_name,
                              pipeline_package_path=package, params=params)
    finished = client.wait_for_run_completion(run.run_id, timeout=600)
    tasks = (finished.run_details.task_details or []) if finished.run_details else []
    runs = client.list_runs(experiment_id=exp_id, page_size=100)
    print(json.dumps({
        **uploaded,
        'experiment_id': exp_id,
        'run_id': run.run_id,
        'state': finished.state,
        'tasks': sorted({t.display_name for t in tasks}),
        'runs_in_experiment': [r.run_id for r in runs.runs or []],
    }))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4]))
