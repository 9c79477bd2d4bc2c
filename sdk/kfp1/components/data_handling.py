"""The tutorial's first example: multiply two numbers and pass the result through a text file."""
from typing import NamedTuple

from kfp.components import InputPath, OutputPath, create_component_from_func

BASE_IMAGE = 'python:3.10'


# Pipeline functions

def multiply(a: float, b: float) -> NamedTuple('Outputs', [('value', float), ('equation', str)]):
    """Multiplies two numbers and returns the product and the equation as text."""
    value = a * b
    equation = f'{a} * {b} = {value}'
    print(equation)
    from collections import namedtuple
    return namedtuple('Outputs', ['value', 'equation'])(value, equation)


def write_result_to_text(value: float, text_path: OutputPath(str)):
    """Writes the result to a text file that the next component reads."""
    print(f'Writing result {value} to {text_path}')
    with open(text_path, 'w') as writer:
        writer.write(str(value))


def get_text_file(text_path: InputPath(str)) -> str:
    """Reads the text file back and returns its content."""
    with open(text_path, 'r') as reader:
        content = reader.read()
    print(f'Content of the text file: {content}')
    return content


# Functions to pipeline components

multiply_op = create_component_from_func(multiply, base_image=BASE_IMAGE)
write_result_to_text_op = create_component_from_func(write_result_to_text, base_image=BASE_IMAGE)
get_text_file_op = create_component_from_func(get_text_file, base_image=BASE_IMAGE)
