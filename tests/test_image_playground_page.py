"""AppTest of the image playground with the real bundled models (few steps, tiny grids)."""

from __future__ import annotations

import time

import pytest

from aigc_dash.playgrounds import image as ip
from tests.helpers import page, run_page

PAGE = "pages/5_Image_Playground.py"
TIMEOUT = 180


def _ok(at) -> None:
    assert not at.exception, [e.value for e in at.exception]


def _q(at, key: str) -> str:
    """A URL param as the app left it (AppTest gives a str or a list)."""
    value = at.query_params[key]
    return value[-1] if isinstance(value, list) else value


def _captions(at) -> list[str]:
    return [c.value for c in at.caption]


def _image_captions(at) -> list[str]:
    return [cap for img in at.image for cap in img.captions]


def test_dcgan_grid_with_guesses_and_interpolation():
    at = run_page(PAGE, "en", timeout=TIMEOUT, n="4", seed="11", frames="3")
    _ok(at)
    assert not at.error, [e.value for e in at.error]
    guesses = [c for c in _image_captions(at) if "·" in c and c.endswith("%")]
    assert len(guesses) >= 4 + 3  # the grid's 4 samples and the 3 interpolation frames
    assert any("The classifier reads" in c and "of 4 samples" in c for c in _captions(at))
    assert at.download_button(key="image_dcgan_download") is not None
    at.slider(key="image_pos").set_value(2).run()
    _ok(at)
    assert any(c.startswith("Frame 2 of 2 · classifier: ") for c in _image_captions(at))
    assert _q(at, "pos") == "2"  # the setting is in the URL
    at.slider(key="image_n").set_value(2).run()
    _ok(at)
    assert any("of 2 samples" in c for c in _captions(at))
    assert _q(at, "n") == "2"


@pytest.mark.slow
def test_diffusion_runs_and_the_scrubber_shows_real_frames():
    at = run_page(
        PAGE,
        "zh",
        timeout=TIMEOUT,
        tab="diffusion",
        steps="3",
        digit="4",
        scheduler="ddim",
        steps2="2",
    )
    _ok(at)
    assert "点击“开始生成”" in " ".join(_captions(at))
    assert any("保留约" in c for c in _image_captions(at))  # forward process on a real digit
    at.button(key="image_diff_generate").click().run()
    _ok(at)
    done = [s.value for s in at.success]
    assert done and "数字 4 · DDIM 3 步" in done[0] and "分类器认为是" in done[0]
    assert at.slider(key="image_frame").value == 3  # opens on the finished image
    assert "完成：3 步后的最终图像" in _captions(at)
    at.slider(key="image_frame").set_value(1).run()
    _ok(at)
    assert "第 2/3 步" in _captions(at)
    assert {"当前的带噪图像", "模型预测的干净图像 x₀"} <= set(_image_captions(at))
    assert at.download_button(key="image_diff_gif") is not None
    assert at.download_button(key="image_diff_strip") is not None
    first = at.session_state["image_diff_result"]
    at.number_input(key="image_dseed").set_value(1).run()
    at.button(key="image_diff_generate").click().run()
    _ok(at)
    second = at.session_state["image_diff_result"]
    assert second is not first and second["res"].params["seed"] == 1  # replaced, not kept
    assert len(second["res"].frames) == 4
    at.button(key="image_compare_run").click().run()
    _ok(at)
    compared = [c for c in _image_captions(at) if "秒 · 分类器" in c]
    assert len(compared) == 2 and compared[0].startswith("DDIM · 3 步")
    assert compared[1].startswith("DDPM · 2 步")
    assert any("倍" in c for c in _captions(at))


def test_tampered_url_values_are_clamped_with_notices():
    at = run_page(
        PAGE,
        "en",
        timeout=TIMEOUT,
        tab="diffusion",
        steps="99999",
        guidance="abc",
        scheduler="<script>alert(1)</script>",
        t="-5",
    )
    _ok(at)
    warnings = " ".join(w.value for w in at.warning)
    assert "steps=99999 is out of range; using 1000" in warnings
    assert "guidance=abc is not a number; using 3" in warnings
    assert r"is not one of the choices; using dpm\+\+" in warnings  # markdown-escaped
    assert "<script>" not in warnings  # shown escaped, as text
    assert _q(at, "steps") == "1000" and _q(at, "t") == "0"
    at.run()  # the URL now holds the clamped values: the notices are not repeated
    _ok(at)
    assert not at.warning
    bad = run_page(PAGE, "zh", timeout=TIMEOUT, tab="nope", epochs="1e9", n="-3")
    _ok(bad)
    assert len(bad.warning) == 3
    assert _q(bad, "epochs") == str(ip.LAB_MAX_EPOCHS)


def test_hub_model_offline_falls_back_fast_with_a_message(monkeypatch):
    _ok(run_page(PAGE, "en", timeout=TIMEOUT, tab="diffusion"))  # bundled models cached first
    monkeypatch.setenv("AIGC_ENABLE_HUB", "1")
    monkeypatch.setenv("AIGC_HUB_ALLOWLIST", "google/ddpm-cifar10-32")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    at = page(PAGE, "en", timeout=TIMEOUT, tab="diffusion", model="google/ddpm-cifar10-32")
    start = time.monotonic()
    at.run()
    elapsed = time.monotonic() - start
    _ok(at)
    assert any("cannot be reached" in w.value for w in at.warning)
    assert at.selectbox(key="image_model").value == "google/ddpm-cifar10-32"
    assert at.button(key="image_diff_generate") is not None  # the bundled model is there
    assert _q(at, "model") == "diffusion"  # the fallback is in the URL: said once
    at.run()
    _ok(at)
    assert not at.warning
    assert elapsed < 5, elapsed


@pytest.mark.slow
def test_training_lab_guard_stop_and_a_short_run_with_curves():
    at = run_page(
        PAGE, "en", timeout=TIMEOUT, tab="lab", epochs=str(ip.LAB_MAX_EPOCHS), per_class="400"
    )
    _ok(at)
    assert "No training run yet" in " ".join(_captions(at))
    assert "Make fakes" in " ".join(m.value for m in at.markdown)  # the three steps beside it
    at.button(key="image_lab_start").click().run()
    _ok(at)
    run = at.session_state["image_lab_run"]
    assert run.running
    at.button(key="image_lab_start").click().run()  # a second start while it runs
    _ok(at)
    assert any("already going" in w.value for w in at.warning)
    assert at.session_state["image_lab_run"] is run
    deadline = time.monotonic() + 120
    while run.snapshot()["step"] < 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    at.button(key="image_lab_stop").click().run()
    assert run.wait(120)
    at.run()
    _ok(at)
    assert run.status == "stopped"
    assert any("is kept" in s.value for s in at.success)
    assert any(c.startswith("Your generator now, after ") for c in _image_captions(at))

    at.slider(key="image_epochs").set_value(1).run()
    at.slider(key="image_per_class").set_value(10).run()
    at.button(key="image_lab_start").click().run()
    _ok(at)
    short = at.session_state["image_lab_run"]
    assert short is not run  # one run per session: the new one replaces the old
    assert short.wait(120)
    at.run()
    _ok(at)
    assert any("Training finished: 1 steps" in s.value for s in at.success)
    chart = at.get("plotly_chart")
    assert chart, "no loss chart"
    assert "Your generator now, after 1 training steps (the same 16 noise vectors)" in (
        _image_captions(at)
    )
    assert at.download_button(key="image_lab_download") is not None
    at.button(key="image_lab_continue").click().run()  # more epochs on the same model
    assert at.session_state["image_lab_run"] is short
    assert short.wait(120)
    at.run()
    _ok(at)
    assert any("Training finished: 2 steps" in s.value for s in at.success)
    assert any(c.startswith("Your generator now, after 2 training") for c in _image_captions(at))


@pytest.mark.parametrize(("tab", "lang"), [("dcgan", "zh"), ("diffusion", "en"), ("lab", "zh")])
def test_each_section_renders_in_the_other_language(tab, lang):
    at = run_page(PAGE, lang, timeout=TIMEOUT, tab=tab, n="1", frames="2")
    _ok(at)
    assert at.segmented_control(key="image_tab").value == tab
    assert not at.error, [e.value for e in at.error]
