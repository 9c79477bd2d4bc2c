"""Compiles the tutorial's pipelines with the kfp 2 SDK into <out>/<name>.yaml."""
import os
import sys

import kfp
from kfp import compiler

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pipelines.example_pipelines import PIPELINES  # noqa: E402


def main(out_dir: str) -> None:
    os.makedirs(out_dir, exist_ok=True)
    for name, func in PIPELINES.items():
        path = os.path.join(out_dir, f'{name}.yaml')
        compiler.Compiler().compile(pipeline_func=func, package_path=path)
        print(f'compiled {path} with kfp {kfp.__version__}')


if __name__ == '__main__':
    main(sys.argv[1])
