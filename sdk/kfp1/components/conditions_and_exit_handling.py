"""Recursion, conditions and an exit handler: find the next prime number downwards."""
from kfp import dsl
from kfp.components import create_component_from_func

BASE_IMAGE = 'python:3.10'


def check_if_prime(number: int) -> bool:
    """Returns True if the number is a prime number, else False."""
    print(f'Checking if {number} is a prime number')
    is_prime = number > 1 and all(number % divisor != 0 for divisor in range(2, int(number ** 0.5) + 1))
    print(f'{number} is prime: {is_prime}')
    return is_prime


def sub_one(number: int) -> int:
    """Subtracts one (pipeline parameters cannot be computed with in the pipeline function)."""
    print(f'{number} - 1 = {number - 1}')
    return number - 1


def cs_print(number: int) -> int:
    """Prints the result and returns it."""
    print(f'The next prime number is: {number}')
    return number


def exit_task():
    """Runs when the pipeline ends, even if a task failed."""
    print('Exit handler: the pipeline has finished.')
    print('This task runs even if a previous task failed.')


check_if_prime_op = create_component_from_func(check_if_prime, base_image=BASE_IMAGE)
sub_one_op = create_component_from_func(sub_one, base_image=BASE_IMAGE)
cs_print_op = create_component_from_func(cs_print, base_image=BASE_IMAGE)
exit_task_op = create_component_from_func(exit_task, base_image=BASE_IMAGE)


@dsl.graph_component
def find_next_prime(start: int):
    """Checks start; if it is not prime, calls itself with start - 1."""
    check = check_if_prime_op(start)
    with dsl.Condition(check.output == False):  # noqa: E712 (a pipeline condition, not Python)
        one_less = sub_one_op(start)
        find_next_prime(one_less.output)
    with dsl.Condition(check.output == True):  # noqa: E712
        cs_print_op(start)
