"""Concepts page: diagrams and steps for each model kind, and the interactive loss lab."""

from __future__ import annotations

import pytest

from aigc_dash.core.i18n import t
from aigc_dash.generation import concepts
from tests.helpers import run_page


@pytest.mark.parametrize("kind", concepts.MODEL_KINDS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_model_kind_has_steps_and_a_diagram(kind, lang):
    assert len(concepts.steps(kind, lang)) >= 3
    dot = concepts.diagram_dot(kind, lang)
    assert dot.startswith("digraph {") and dot.rstrip().endswith("}")
    assert dot.count("->") >= 4


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_loss_lab_defaults_reproduce_the_worked_examples(lang):
    at = run_page("pages/6_Concepts.py", lang)
    assert not at.exception
    values = [m.value for m in at.metric]
    assert values[:2] == ["0.223", "0.020"]
    assert any(t("loss_seed_note", lang) == c.value for c in at.caption)
    assert len(at.get("graphviz_chart")) == 4


def test_loss_lab_messages_and_normalising():
    at = run_page("pages/6_Concepts.py", "en")
    at.text_input(key="concepts_ce_pred").set_value("0.5, 0.4").run()
    assert not at.exception
    assert at.error[0].value == t("loss_err_not_sum_one", "en", field="predicted", total=0.9)
    at.checkbox(key="concepts_ce_normalise").check().run()
    assert not at.error
    assert at.metric[0].value == "0.588"  # -ln(0.5 / 0.9)
    assert at.warning  # the rescaling is announced
    at.text_input(key="concepts_mse_pred").set_value("0.8, 1.9").run()
    assert t("loss_err_length", "en", n_true=3, n_pred=2) in [e.value for e in at.error]
    at.text_input(key="concepts_mse_pred").set_value("0.8, abc, 3").run()
    assert any("abc" in e.value for e in at.error)
    at.text_input(key="concepts_ce_true").set_value("-1, 2").run()
    assert any(e.value == t("loss_err_negative", "en", field="true") for e in at.error)
    assert not at.exception
