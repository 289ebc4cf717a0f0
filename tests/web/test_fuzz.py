"""The API fuzzed from its own OpenAPI schema (schemathesis): no input gives a 5xx,
and every 4xx is the JSON error shape. Each operation gets a few derandomized examples."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

schemathesis = pytest.importorskip("schemathesis")


def test_no_operation_answers_a_server_error(web_db):
    from unbait.web import create_app

    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(web_db))  # no token: writes refused
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 11

    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def no_5xx(case):
            response = case.call()
            assert response.status_code < 500, (case.method, case.formatted_path, response.text[:300])
            if response.status_code >= 400:
                assert set(response.json()["error"]) == {"code", "message"}, response.text[:300]

        no_5xx()
