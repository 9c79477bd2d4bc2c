"""Compiles the tutorial's pipelines with the kfp 1.8 SDK into <out>/<name>.yaml."""
import datetime
import os
import sys
import types

import kfp
import kfp.compiler.compiler as kfp_compiler_module

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pipelines.example_pipelines import PIPELINES  # noqa: E402


# The compiler stamps `pipelines.kubeflow.org/pipeline_compilation_time` with the clock; a fixed
# clock per pipeline keeps the committed files reproducible (tests recompile and compare).
COMPILED_AT = {
    'data-handling': '2026-02-10T14:03:11.512345',
    'data-visualization': '2026-02-10T14:05:42.108812',
    'yolo-object-detection': '2026-02-11T09:12:03.774120',
    'recursion-conditions-and-exit-handlers': '2026-02-12T16:40:27.051930',
}


def fixed_clock(at: str):
    class FixedDatetime(datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls.fromisoformat(at)

    return types.SimpleNamespace(datetime=FixedDatetime)


def main(out_dir: str) -> None:
    os.makedirs(out_dir, exist_ok=True)
    for name, func in PIPELINES.items():
        path = os.path.join(out_dir, f'{name}.yaml')
        kfp_compiler_module.datetime = fixed_clock(COMPILED_AT[name])
        kfp.compiler.Compiler().compile(pipeline_func=func, package_path=path)
        print(f'compiled {path} with kfp {kfp.__version__}')


if __name__ == '__main__':
    main(sys.argv[1])
