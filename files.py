"""Write files whole or not at all.

Every file thidua writes -- facts YAML, exports, the graph page -- goes
through :func:`write_atomically`: the bytes go to a temporary file beside the
target, which then replaces it, so an error or an interruption never leaves a
half-written file where a good one was. The file gets the permissions the
user's umask gives a new file (a published dataset is readable by others).

>>> import pathlib, tempfile
>>> target = pathlib.Path(tempfile.mkdtemp()) / "sub" / "a.txt"
>>> write_atomically(target, "Hà Nội".encode("utf-8")).read_text(encoding="utf-8")
'Hà Nội'
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["write_atomically"]


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` (creating its folder) in one step; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    umask = os.umask(0)
    os.umask(umask)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
