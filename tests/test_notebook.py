"""The example notebook (examples/notebook.ipynb) runs from top to bottom, in a kernel
of this interpreter, offline, and shows a picture and tables."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).parent.parent / "examples" / "notebook.ipynb"


def _need(module: str):
    """The test extra's notebook packages; missing in CI is a failure, elsewhere a skip."""
    try:
        return __import__(module)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(f"{module} is not installed (pip install -e '.[test]')")
        pytest.skip(f"{module} is not installed (pip install -e '.[test]')")


@pytest.fixture()
def kernel_of_this_interpreter(tmp_path, monkeypatch):
    """ipykernel's "python3" kernel spec for this interpreter (sys.executable),
    installed under tmp_path and put first on JUPYTER_PATH, so no other Jupyter
    installation's "python3" kernel is picked."""
    _need("ipykernel")
    from ipykernel.kernelspec import install
    from jupyter_client.kernelspec import KernelSpecManager

    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter" / "share" / "jupyter"))
    install(prefix=str(tmp_path / "jupyter"), kernel_name="python3")
    spec = KernelSpecManager().get_kernel_spec("python3")
    assert spec.resource_dir.startswith(str(tmp_path))
    assert spec.argv[0] in ("python", sys.executable)  # jupyter_client: python is us
    return "python3"


@pytest.mark.model
@pytest.mark.slow
def test_the_example_notebook_runs(tmp_path, kernel_of_this_interpreter):
    nbformat = _need("nbformat")
    nbclient = _need("nbclient")
    _need("pandas")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert not any(c.get("outputs") for c in nb.cells if c.cell_type == "code"), \
        "commit the notebook without outputs"
    work = tmp_path / "run"
    work.mkdir()
    client = nbclient.NotebookClient(nb, kernel_name=kernel_of_this_interpreter, timeout=600,
                                     resources={"metadata": {"path": str(work)}})
    client.execute()  # a failing cell raises CellExecutionError with its traceback

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    picture = next(h for h in html if h.startswith("<div><iframe srcdoc="))
    assert "vis-network" in picture or "vis.Network" in picture
    tables = [h for h in html if "dataframe" in h]
    assert len(tables) >= 4  # commitments, statements, the query's rows, the SQLite roles
    assert (work / "ocean-talks.html").stat().st_size > 10_000
    assert (work / "ocean-talks.trig").exists() and (work / "ocean-talks.sqlite").exists()
    text = "".join(o.get("text", "") for o in outputs)
    assert "facts accepted" in text and "nodes" in text
    assert "Warning" not in text, text
