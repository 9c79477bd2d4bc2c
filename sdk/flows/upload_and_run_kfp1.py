"""The tutorial's upload_and_run.py with the kfp 1.8 SDK (v1beta1): upload the pipeline, or a new
version named by the count of its versions when the name exists; find or create the experiment;
run_pipeline with numeric parameters; wait for the run; read its outputs. Prints one JSON line.

usage: python upload_and_run_kfp1.py PIPELINE_YAML PIPELINE_NAME EXPERIMENT_NAME PARAMS_JSON
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
        return {'pipeline_id': pipeline.id, 'version': None}
    versions = client.list_pipeline_versions(pipeline_id=pipeline_id, page_size=100)
    count = len(versions.versions or [])
    version = client.upload_pipeline_version(
        pipeline_package_path=package, pipeline_version_name=f'{name}-{count}', pipeline_name=name)
    return {'pipeline_id': pipeline_id, 'version': version.name}


def get_exp_id(client: kfp.Client, experiment_name: str, namespace: str):
    page_token = ''
    while True:
        page = client.list_experiments(page_token=page_token, page_size=10, namespace=namespace)
        for experiment in page.experiments or []:
            if experiment.name == experiment_name:
                return experiment.id
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
        exp_id = client.create_experiment(name=experiment_name, namespace=namespace).id
    job_name = f'{name} {datetime.now():%Y-%m-%d %H:%M:%S}'
    run = client.run_pipeline(experiment_id=exp_id, job_name=job_name,
                              pipeline_package_path=package, params=params)
    finished = client.wait_for_run_completion(run.id, timeout=600)
    workflow = json.loads(finished.pipeline_runtime.workflow_manifest)
    outputs = {}
    for node in workflow.get('status', {}).get('nodes', {}).values():
        for parameter in (node.get('outputs') or {}).get('parameters') or []:
            outputs.setdefault(parameter['name'], []).append(parameter.get('value'))
    outputs = {name: sorted(values) for name, values in outputs.items()}
    runs = client.list_runs(experiment_id=exp_id, page_size=100)
    print(json.dumps({
        **uploaded,
        'experiment_id': exp_id,
        'run_id': run.id,
        'status': finished.run.status,
        'outputs': outputs,
        'runs_in_experiment': [r.id for r in runs.runs or []],
    }))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4]))
