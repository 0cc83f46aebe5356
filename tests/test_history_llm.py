"""The llm engine is given the history's forecast as facts and keeps its Attainable verdict."""

from __future__ import annotations

import json

from rewriter.llm.engine import llm_rewrite
from tests.llm_fixtures import CTX, GOAL_EN, valid_reply
from tests.stub_server import json_reply


def test_forecast_numbers_are_sent_as_facts_and_attainable_is_the_forecasts(stub_server, tmp_path):
    reply = valid_reply("en")
    reply["criteria"]["attainable"]["status"] = "met"  # the model's own opinion
    stub_server.script(json_reply(reply))
    ctx = type(CTX).model_validate(
        {**CTX.model_dump(exclude_none=True), "history": "4200, 4330, 4460, 4590, 4730, 4870"}
    )
    report = llm_rewrite(GOAL_EN, ctx, settings=stub_server.settings(tmp_path))
    sent = stub_server.requests[0].last_user
    readings = json.loads(sent.split("Readings: ", 1)[1].split("\n", 1)[0])
    fc = readings["forecast"]
    assert report.forecast is not None
    assert (
        fc["projected"] == round(report.forecast.projected, 4)
        and fc["low"] < fc["projected"] < fc["high"]
    )
    assert fc["suggested_targets"]["main"] == report.forecast.targets[0].value
    assert '"history"' not in sent.split("Readings: ", 1)[0]  # the raw values are not sent
    assert report.criteria.attainable.status == readings["attainable"] != "met"
