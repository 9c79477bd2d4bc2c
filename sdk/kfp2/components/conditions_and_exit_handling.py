"""Next prime downwards for kfp 2: kfp 2 has no recursion, so the candidates fan out with
dsl.ParallelFor, their checks are collected, and dsl.If prints the largest prime found."""
from typing import List

from kfp import dsl

BASE_IMAGE = 'python:3.10'


@dsl.component(base_image=BASE_IMAGE)
def candidates(start: int, count: int) -> List[int]:
    """The numbers start, start - 1, … (count of them, none below 2)."""
    numbers = [n for n in range(start, start - count, -1) if n >= 2]
    print(f'Candidates: {numbers}')
    return numbers


@dsl.component(base_image=BASE_IMAGE)
def prime_or_zero(number: int) -> int:
    """Returns the number if it is a prime number, else 0."""
    print(f'Checking if {number} is a prime number')
    is_prime = number > 1 and all(number % divisor != 0 for divisor in range(2, int(number ** 0.5) + 1))
    print(f'{number} is prime: {is_prime}')
    return number if is_prime else 0


@dsl.component(base_image=BASE_IMAGE)
def largest(numbers: List[int]) -> int:
    """The largest of the collected results (0 when none of the candidates is prime)."""
    result = max(numbers, default=0)
    print(f'Largest prime among the candidates: {result}')
    return result


@dsl.component(base_image=BASE_IMAGE)
def cs_print(number: int) -> int:
    """Prints the result and returns it."""
    print(f'The next prime number is: {number}')
    return number


@dsl.component(base_image=BASE_IMAGE)
def exit_task():
    """Runs when the pipeline ends, even if a task failed."""
    print('Exit handler: the pipeline has finished.')
    print('This task runs even if a previous task failed.')
