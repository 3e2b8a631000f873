"""AppTest of the image playground with the real bundled models (few steps, tiny grids)."""

from __future__ import annotations

import time

import pytest

from aigc_dash.playgrounds import image as ip
from tests.helpers import page, run_page

# Like the text playground page: every run loads torch, diffusers and the bundled models.
pytestmark = pytest.mark.slow
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
    assert second is not first and second.result.params["seed"] == 1  # replaced, not kept
    assert len(second.result.frames) == 4
    assert isinstance(second, ip.DiffusionRun)
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
    while run.snapshot().step < 1 and time.monotonic() < deadline:
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


# --- today's links keep working (the URL keys predate the shared URL-state helper) ----------


def _same_link(at, link: dict[str, str]) -> None:
    """The URL the page left means what ``link`` meant (defaults are left out of it)."""
    left = {k: _q(at, k) for k in at.query_params}
    assert ip.TABLE.parse(left)[0] == ip.TABLE.parse(link)[0]
    default = ip.TABLE.to_query(ip.TABLE.parse(link)[0], keep_defaults=True)
    assert all(left.get(k) == v for k, v in link.items() if v != default[k])


def _widget(at, name: str):
    """The value of setting ``name``'s widget, whatever kind of widget it is."""
    return at.session_state[ip.widget_key(name)]


def test_todays_diffusion_link_fills_the_widgets():
    at = run_page(PAGE, "en", timeout=TIMEOUT, tab="diffusion", steps="8", digit="3")
    _ok(at)
    assert not at.warning
    assert at.segmented_control(key="image_tab").value == "diffusion"
    assert at.number_input(key="image_steps").value == 8
    assert at.selectbox(key="image_digit").value == 3
    assert _q(at, "steps") == "8" and _q(at, "digit") == "3" and _q(at, "tab") == "diffusion"


def test_todays_links_with_every_key_fill_every_widget():
    diffusion = {
        "tab": "diffusion",
        "digit": "10",
        "guidance": "4.5",
        "steps": "12",
        "scheduler": "ddim",
        "dseed": "77",
        "t": "640",
        "scheduler2": "dpm++",
        "steps2": "7",
    }
    at = run_page(PAGE, "en", timeout=TIMEOUT, **diffusion)
    _ok(at)
    assert not at.warning
    assert at.selectbox(key="image_digit").value == 10
    assert at.slider(key="image_guidance").value == 4.5
    assert at.selectbox(key="image_scheduler").value == "ddim"
    assert at.number_input(key="image_dseed").value == 77
    assert at.slider(key="image_t").value == 640
    assert at.selectbox(key="image_scheduler2").value == "dpm++"
    assert at.number_input(key="image_steps2").value == 7
    _same_link(at, diffusion)
    dcgan = {"tab": "dcgan", "seed": "5", "n": "3", "a": "8", "b": "9", "frames": "5", "pos": "4"}
    at = run_page(PAGE, "zh", timeout=TIMEOUT, **dcgan)
    _ok(at)
    assert not at.warning
    assert at.number_input(key="image_seed").value == 5
    assert at.slider(key="image_n").value == 3
    assert (at.number_input(key="image_a").value, at.number_input(key="image_b").value) == (8, 9)
    assert (at.slider(key="image_frames").value, at.slider(key="image_pos").value) == (5, 4)
    _same_link(at, dcgan)
    lab = {"tab": "lab", "epochs": "3", "per_class": "120", "lseed": "6"}
    at = run_page(PAGE, "en", timeout=TIMEOUT, **lab)
    _ok(at)
    assert not at.warning
    assert at.slider(key="image_epochs").value == 3
    assert at.slider(key="image_per_class").value == 120
    assert at.number_input(key="image_lseed").value == 6
    _same_link(at, lab)


def test_todays_lab_link_with_too_many_epochs_is_clamped():
    at = run_page(PAGE, "en", timeout=TIMEOUT, tab="lab", epochs="99")
    _ok(at)
    assert at.slider(key="image_epochs").value == ip.LAB_MAX_EPOCHS
    assert [w.value for w in at.warning] == [
        f"The link's epochs=99 is out of range; using {ip.LAB_MAX_EPOCHS}."
    ]
    assert _q(at, "epochs") == str(ip.LAB_MAX_EPOCHS)


def test_todays_interpolation_link_keeps_the_position_inside_the_frames():
    at = run_page(PAGE, "en", timeout=TIMEOUT, frames="4", pos="9", n="1")
    _ok(at)
    assert (at.slider(key="image_frames").value, at.slider(key="image_pos").value) == (4, 3)
    assert [w.value for w in at.warning] == ["The link's pos=9 is out of range; using 3."]
    assert _q(at, "pos") == "3"
    # fewer frames from the slider: the position follows, quietly, into the URL as well
    at.slider(key="image_frames").set_value(2).run()
    _ok(at)
    assert not at.warning
    assert at.slider(key="image_pos").value == 1 and _q(at, "pos") == "1"
    assert any(c.startswith("Frame 1 of 1 · classifier: ") for c in _image_captions(at))


def test_garbage_link_values_fall_back_with_notices():
    at = run_page(
        PAGE,
        "zh",
        timeout=TIMEOUT,
        tab="lab",
        per_class="abc",
        lseed="-1e99",
        epochs=["2", "zz"],
        model="../../etc/passwd",
        steps="\x00",
    )
    _ok(at)
    assert len(at.warning) == 5
    warnings = " ".join(w.value for w in at.warning)
    assert r"per\_class=abc 不是数字" in warnings and "lseed" in warnings
    assert "passwd" in warnings and "../../" not in warnings  # shown escaped
    assert at.slider(key="image_per_class").value == 50
    assert at.number_input(key="image_lseed").value == 0
    assert at.slider(key="image_epochs").value == 2  # zz is not a number: the default
    assert _widget(at, "model") == "diffusion" and _widget(at, "steps") == 20
    at.run()  # the URL now holds usable values: nothing more to say
    _ok(at)
    assert not at.warning


def test_settings_survive_a_page_switch_without_query_params():
    at = run_page(PAGE, "en", timeout=TIMEOUT, n="1", frames="2")
    _ok(at)
    at.slider(key="image_n").set_value(3).run()
    assert _q(at, "n") == "3"
    at.switch_page("pages/0_Welcome.py")  # Home's page (Home.py is the router)
    for key in list(at.query_params):  # a page switch drops the page's query params
        if key != "lang":
            del at.query_params[key]
    at.run()
    _ok(at)
    at.switch_page(PAGE)
    at.run()
    _ok(at)
    assert at.slider(key="image_n").value == 3 and at.slider(key="image_frames").value == 2
    assert _q(at, "n") == "3"
