/**
 * Enough of the kfp 1.8 SDK's `create_component_from_func` to write the container templates of
 * our tutorial pipelines the way `kfp.compiler.Compiler().compile` does: the Python program with
 * its argparse wrapper, the pip command for packages_to_install, the component_spec annotation.
 */

export type Kfp1Type = 'Float' | 'Integer' | 'String' | 'Bool';

/** One parameter of the Python function, in signature order. `inPath`/`outPath` are InputPath/OutputPath. */
export interface Kfp1Param {
  readonly kind: 'in' | 'inPath' | 'outPath';
  /** The component input/output name (the Python name minus `_path`). */
  readonly name: string;
  readonly type?: Kfp1Type;
}

export interface Kfp1Component {
  /** The Python function name (`write_result_to_text`). */
  readonly functionName: string;
  /** The function's source, starting at `def`. */
  readonly source: string;
  readonly params: readonly Kfp1Param[];
  /** Return values: one (`Output`) or a NamedTuple's fields. */
  readonly returns: readonly { readonly name: string; readonly type: Kfp1Type }[];
  readonly image: string;
  readonly packages?: readonly string[];
}

/** `write_result_to_text` → `Write result to text` (the component's name). */
export const componentName = (functionName: string): string => {
  const words = functionName.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const pythonName = (p: Kfp1Param) => (p.kind === 'in' ? p.name : `${p.name}_path`);
export const flagOf = (name: string): string => `--${name.replace(/_/g, '-')}`;
export const inputPath = (name: string): string => `/tmp/inputs/${name}/data`;
export const outputPath = (name: string): string => `/tmp/outputs/${name}/data`;

const deserialisers: Record<Kfp1Type, string> = {
  Float: 'float',
  Integer: 'int',
  String: 'str',
  Bool: '_deserialize_bool',
};
const serialisers: Record<Kfp1Type, string> = {
  Float: '_serialize_float',
  Integer: '_serialize_int',
  String: '_serialize_str',
  Bool: '_serialize_bool',
};

const helperSources: Record<string, string> = {
  _make_parent_dirs_and_return_path: `def _make_parent_dirs_and_return_path(file_path: str):
    import os
    os.makedirs(os.path.dirname(file_path), exist_ok=True)
    return file_path`,
  _deserialize_bool: `def _deserialize_bool(s) -> bool:
    from distutils.util import strtobool
    return strtobool(s) == 1`,
  _serialize_float: `def _serialize_float(float_value: float) -> str:
    if isinstance(float_value, str):
        return float_value
    if not isinstance(float_value, (float, int)):
        raise TypeError('Value "{}" has type "{}" instead of float.'.format(
            str(float_value), str(type(float_value))))
    return str(float_value)`,
  _serialize_int: `def _serialize_int(int_value: int) -> str:
    if isinstance(int_value, str):
        return int_value
    if not isinstance(int_value, int):
        raise TypeError('Value "{}" has type "{}" instead of int.'.format(
            str(int_value), str(type(int_value))))
    return str(int_value)`,
  _serialize_str: `def _serialize_str(str_value: str) -> str:
    if not isinstance(str_value, str):
        raise TypeError('Value "{}" has type "{}" instead of str.'.format(
            str(str_value), str(type(str_value))))
    return str_value`,
  _serialize_bool: `def _serialize_bool(bool_value: bool) -> str:
    if isinstance(bool_value, str):
        return bool_value
    if not isinstance(bool_value, bool):
        raise TypeError('Value "{}" has type "{}" instead of bool.'.format(
            str(bool_value), str(type(bool_value))))
    return str(bool_value)`,
};

/** The program kfp 1.8 runs: helpers, the function, the argparse wrapper and the output writer. */
export function pythonProgram(c: Kfp1Component): string {
  const helpers = new Set<string>();
  if (c.params.some((p) => p.kind === 'outPath')) helpers.add('_make_parent_dirs_and_return_path');
  for (const p of c.params)
    if (p.kind === 'in' && p.type === 'Bool') helpers.add('_deserialize_bool');
  const head = [...helpers].map((h) => helperSources[h] ?? '');
  const tailHelpers = [...new Set(c.returns.map((r) => serialisers[r.type]))].map(
    (h) => helperSources[h] ?? '',
  );
  const argLines = c.params.map((p) => {
    const type =
      p.kind === 'outPath'
        ? '_make_parent_dirs_and_return_path'
        : p.kind === 'inPath'
          ? 'str'
          : deserialisers[p.type ?? 'String'];
    return `_parser.add_argument("${flagOf(p.name)}", dest="${pythonName(p)}", type=${type}, required=True, default=argparse.SUPPRESS)`;
  });
  if (c.returns.length > 0)
    argLines.push(
      `_parser.add_argument("----output-paths", dest="_output_paths", type=str, nargs=${c.returns.length})`,
    );
  const lines = [
    ...head.map((h) => `${h}\n`),
    c.source.trimEnd(),
    '',
    ...tailHelpers.map((h) => `${h}\n`),
    'import argparse',
    `_parser = argparse.ArgumentParser(prog='${componentName(c.functionName)}', description='')`,
    ...argLines,
    '_parsed_args = vars(_parser.parse_args())',
  ];
  if (c.returns.length === 0)
    return [...lines, '', `_outputs = ${c.functionName}(**_parsed_args)`, ''].join('\n');
  return [
    ...lines,
    '_output_files = _parsed_args.pop("_output_paths", [])',
    '',
    `_outputs = ${c.functionName}(**_parsed_args)`,
    '',
    ...(c.returns.length === 1 ? ['_outputs = [_outputs]', ''] : []),
    '_output_serializers = [',
    ...c.returns.map((r) => `    ${serialisers[r.type]},`),
    '',
    ']',
    '',
    'import os',
    'for idx, output_file in enumerate(_output_files):',
    '    try:',
    '        os.makedirs(os.path.dirname(output_file))',
    '    except OSError:',
    '        pass',
    "    with open(output_file, 'w') as f:",
    '        f.write(_output_serializers[idx](_outputs[idx]))',
    '',
  ].join('\n');
}

/** The container command: pip for packages_to_install, then the program from a temp file. */
export function containerCommand(c: Kfp1Component): string[] {
  const run = [
    'sh',
    '-ec',
    'program_path=$(mktemp)\nprintf "%s" "$0" > "$program_path"\npython3 -u "$program_path" "$@"\n',
    pythonProgram(c),
  ];
  if (!c.packages || c.packages.length === 0) return run;
  const pkgs = c.packages.map((p) => `'${p}'`).join(' ');
  const pip = `PIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip install --quiet --no-warn-script-location ${pkgs}`;
  return ['sh', '-c', `(${pip} || ${pip} --user) && "$0" "$@"`, ...run];
}

type SpecArg = string | { inputValue: string } | { inputPath: string } | { outputPath: string };

/** The component.yaml content of the component (what `pipelines.kubeflow.org/component_spec` holds). */
export function componentSpec(c: Kfp1Component): Record<string, unknown> {
  const args: SpecArg[] = [];
  for (const p of c.params) {
    args.push(flagOf(p.name));
    args.push(
      p.kind === 'in'
        ? { inputValue: p.name }
        : p.kind === 'inPath'
          ? { inputPath: p.name }
          : { outputPath: p.name },
    );
  }
  if (c.returns.length > 0)
    args.push('----output-paths', ...c.returns.map((r) => ({ outputPath: r.name })));
  const inputs = c.params
    .filter((p) => p.kind !== 'outPath')
    .map((p) => (p.type ? { name: p.name, type: p.type } : { name: p.name }));
  const outputs = [
    ...c.params.filter((p) => p.kind === 'outPath').map((p) => ({ name: p.name })),
    ...c.returns.map((r) => ({ name: r.name, type: r.type })),
  ];
  return {
    implementation: { container: { args, command: containerCommand(c), image: c.image } },
    ...(inputs.length > 0 ? { inputs } : {}),
    name: componentName(c.functionName),
    ...(outputs.length > 0 ? { outputs } : {}),
  };
}
