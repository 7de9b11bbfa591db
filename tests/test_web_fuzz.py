"""The web API fuzzed from its own OpenAPI description (schemathesis, in-process over ASGI):
no input may make the server fail (5xx). Bounded: a few dozen requests per operation."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

import schemathesis
from hypothesis import HealthCheck, settings

from summitry.interfaces.web.app import create_app
from summitry.store import Store
from test_web import sample_store

MAX_EXAMPLES = 30

# The schema is read at collection time from an app over an empty store; the tests point
# the same app at the sample store (the app opens app.state.db_path on each request).
_empty = Path(tempfile.mkdtemp(prefix="summitry-fuzz-")) / "empty.db"
atexit.register(shutil.rmtree, _empty.parent, ignore_errors=True)  # made at collection: removed at exit
Store(_empty).close()
app = create_app(str(_empty))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(autouse=True, scope="module")
def _sample_data():
    app.state.db_path = str(sample_store())


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_makes_the_api_fail(case):
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.text[:300]}"
