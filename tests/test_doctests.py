"""Every docstring example in the package runs (as pyoxigraph's test_doc does)."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import thidua


def _modules() -> list[str]:
    names = ["thidua"]
    for info in pkgutil.walk_packages(thidua.__path__, prefix="thidua."):
        if ".tests" in info.name or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
