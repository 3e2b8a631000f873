"""The image playground's pure logic: URL settings, scrubber, comparison, training lab, charts.

Real models only: the diffusion tests load the bundled UNet, the lab trains a real DCGAN
(a few batches) with the project's one training loop.
"""

from __future__ import annotations

import dataclasses
import math
import time

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from aigc_dash.charts import images as charts
from aigc_dash.core.text import md_escape
from aigc_dash.generation import gan_training, images, models
from aigc_dash.playgrounds import image as ip

# --- URL settings ---------------------------------------------------------------------------


def test_defaults_without_params_and_no_notices():
    got, notices = ip.TABLE.parse({})
    assert got == ip.TABLE.defaults
    assert notices == []
    assert ip.ImageSettings.from_values(got) == ip.ImageSettings(**ip.TABLE.defaults)


def test_settings_dataclass_has_one_field_per_url_setting():
    fields = [f.name for f in dataclasses.fields(ip.ImageSettings)]
    assert fields == [s.name for s in ip.TABLE.settings]
    assert all(s.url_key == s.name for s in ip.TABLE.settings)  # today's short URL keys
    assert ip.TABLE.notice_prefix == "image" and ip.widget_key("steps") == "image_steps"


def test_app_defaults_are_the_generation_modules_constants():
    # bench/ compares "the app's default settings" against 1000 DDPM steps: one source of truth
    assert ip.TABLE.defaults["steps"] == images.DEFAULT_STEPS
    assert ip.TABLE.defaults["scheduler"] == images.DEFAULT_SCHEDULER
    assert ip.TABLE.defaults["guidance"] == images.DEFAULT_GUIDANCE


@pytest.mark.parametrize(
    ("key", "raw", "kind", "used"),
    [
        ("steps", "5000", "out_of_range", images.MAX_STEPS),
        ("steps", "0", "out_of_range", 1),
        ("steps", "-1e308", "out_of_range", 1),
        ("guidance", "99", "out_of_range", images.MAX_GUIDANCE),
        ("guidance", "inf", "not_a_number", images.DEFAULT_GUIDANCE),
        ("guidance", "NaN", "not_a_number", images.DEFAULT_GUIDANCE),
        ("digit", "eleven", "not_a_number", 7),
        ("n", "1000", "out_of_range", images.MAX_COUNT),
        ("epochs", "500", "out_of_range", ip.LAB_MAX_EPOCHS),
        ("per_class", "5", "out_of_range", ip.LAB_MIN_PER_CLASS),
        ("scheduler", "<script>", "unknown_choice", images.DEFAULT_SCHEDULER),
        ("tab", "admin", "unknown_choice", "dcgan"),
        ("model", "evil/model", "unknown_choice", "diffusion"),
    ],
)
def test_bad_url_values_are_replaced_with_a_notice(key, raw, kind, used):
    got, notices = ip.TABLE.parse({key: raw})
    assert got[key] == used
    # the notice says the value used as the URL writes it (3, not 3.0)
    assert [(n.kind, n.key, n.value, n.used) for n in notices] == [
        (kind, key, raw, ip.TABLE.format(key, used))
    ]
    assert notices[0].prefix == "image"


def test_notices_use_the_image_wording_in_both_languages():
    _, notices = ip.TABLE.parse({"guidance": "abc", "steps": "99999", "tab": "<b>x</b>"})
    en = [n.text("en") for n in notices]
    zh = [n.text("zh") for n in notices]
    assert "The link's guidance=abc is not a number; using 3." in en
    assert "The link's steps=99999 is out of range; using 1000." in en
    assert "链接中的 steps=99999 超出范围，已改为 1000。" in zh
    assert not any("<b>" in x for x in en + zh)  # user text is escaped


def test_good_values_parse_and_round_to_the_widget_step():
    got, notices = ip.TABLE.parse(
        {"steps": "50", "guidance": "2.3", "per_class": "44", "scheduler": "ddim", "tab": "lab"}
    )
    assert notices == []
    assert (got["steps"], got["guidance"], got["per_class"]) == (50, 2.5, 40)
    assert (got["scheduler"], got["tab"]) == ("ddim", "lab")


def test_repeated_keys_use_the_last_value_and_foreign_keys_are_left_alone():
    got, notices = ip.TABLE.parse({"steps": ["3", "30"], "lang": "zh", "risk": "x"})
    assert got["steps"] == 30 and notices == []
    assert "lang" not in got and "risk" not in got
    assert "lang" not in ip.TABLE.to_query(got)


def test_missing_keys_come_from_the_fallback_which_is_rechecked():
    got, notices = ip.TABLE.parse({}, fallback={"steps": 42, "guidance": 77.0})
    assert got["steps"] == 42
    assert got["guidance"] == images.MAX_GUIDANCE  # a stale fallback is clamped quietly
    assert notices == []


def test_interpolation_position_is_kept_inside_the_frames():
    got, notices = ip.TABLE.parse({"frames": "4", "pos": "9"})
    assert got["pos"] == 3
    assert [(n.kind, n.key, n.value, n.used) for n in notices] == [
        ("out_of_range", "pos", "9", "3")
    ]
    got, notices = ip.TABLE.parse({"frames": "4", "pos": ["1", "99"]})
    assert got["pos"] == 3 and [n.value for n in notices] == ["99"]
    got, notices = ip.TABLE.parse({"frames": "4"}, fallback={"pos": 9})
    assert got["pos"] == 3 and notices == []
    # fewer frames chosen in the widget: the URL written takes the position along
    assert ip.TABLE.to_query({"frames": 3, "pos": 8}) == {"frames": "3", "pos": "2"}
    assert ip.TABLE.to_query({"frames": 3, "pos": 1}) == {"frames": "3", "pos": "1"}


def test_hub_models_are_choices_only_when_offered(monkeypatch):
    hub = "google/ddpm-cifar10-32"
    assert ip.TABLE.parse({"model": hub})[0]["model"] == "diffusion"
    got, notices = ip.make_table(lambda: (hub,)).parse({"model": hub})
    assert got["model"] == hub and notices == []
    # the page's table reads the operator's settings on each parse
    monkeypatch.setenv("AIGC_ENABLE_HUB", "1")
    monkeypatch.setenv("AIGC_HUB_ALLOWLIST", hub)
    assert ip.hub_choices() == (hub,)
    assert ip.TABLE.parse({"model": hub})[0]["model"] == hub
    monkeypatch.setenv("AIGC_HUB_ALLOWLIST", "someone/else")
    assert ip.hub_choices() == ()


url_values = st.one_of(
    st.text(max_size=30),
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from([s.name for s in ip.TABLE.settings] + ["lang"]), url_values))
def test_any_url_gives_in_range_settings_that_round_trip(params):
    got, notices = ip.TABLE.parse(params)
    for s in ip.TABLE.settings:
        v = got[s.name]
        if s.kind == "choice":
            assert v in s.options()
        else:
            assert s.lo <= v <= s.hi and not (isinstance(v, float) and math.isnan(v))
    assert got["pos"] <= got["frames"] - 1
    again, notices2 = ip.TABLE.parse(ip.TABLE.to_query(got))
    assert again == got and notices2 == []
    assert len(notices) <= len(params)
    ip.ImageSettings.from_values(got)  # every parse fills the typed settings


def test_user_text_in_notices_is_escaped_and_shortened():
    # what the page shows of a model id or a training error (core.text.md_escape)
    s = md_escape("<b>**x**</b>" + "y" * 100, limit=40)
    assert "<" not in s.replace("\\<", "") and "**" not in s.replace("\\*", "")
    assert s.endswith("…") and len(s) < 80
    assert md_escape("a\x00\x1bb").isprintable()


# --- small pure helpers ---------------------------------------------------------------------


def test_guess_captions_quality_and_pingpong():
    assert ip.guess_captions([7, 1], [0.984, 0.5]) == ["7 · 98%", "1 · 50%"]
    q = ip.quality([7, 7, 1, 3], [0.95, 0.99, 0.2, 0.9])
    assert (q.n, q.confident, q.digits_present) == (4, 3, 3)
    assert q.counts[7] == 2 and q.share == 0.75
    assert ip.quality([], []).share == 0.0
    assert [int(x) for x in ip.pingpong([np.int64(i) for i in range(4)])] == [0, 1, 2, 3, 2, 1]
    assert len(ip.pingpong([1, 2])) == 2


def test_progress_every_gives_about_fifty_updates():
    assert ip.progress_every(20) == 1
    assert ip.progress_every(1000) == 20
    assert ip.progress_every(0) == 1
    assert math.ceil(999 / ip.progress_every(999)) <= 50


def test_reports_updates_the_progress_about_fifty_times_and_at_the_end():
    assert [i for i in range(5) if ip.reports(i, 5)] == [0, 1, 2, 3, 4]
    shown = [i for i in range(1000) if ip.reports(i, 1000)]
    assert len(shown) == 50 and shown[-1] == 999
    assert [i for i in range(7) if ip.reports(i, 7)] == list(range(7))
    assert [i for i in range(101) if ip.reports(i, 101)][-2:] == [98, 100]  # the last, always


def test_settings_give_the_sampler_label_and_the_comparison():
    s = ip.ImageSettings.from_values({"digit": ip.ANY_DIGIT, "scheduler2": "ddim"})
    assert s.label is None and s.forward_digit == 7
    assert s.compare_configs == [(images.DEFAULT_SCHEDULER, images.DEFAULT_STEPS), ("ddim", 20)]
    assert ip.ImageSettings.from_values({"digit": 3}).label == 3


def test_time_ratio_and_forward_strip():
    assert ip.time_ratio([1.0, 4.0]) == 4.0
    assert ip.time_ratio([2.0]) is None
    assert ip.time_ratio([0.0, 3.0]) is None
    assert ip.forward_strip_steps(1000) == [0, 200, 400, 599, 799, 999]
    assert ip.forward_strip_steps(1, 5) == [0]


# --- diffusion with the bundled model -------------------------------------------------------


@pytest.fixture(scope="module")
def diffusion():
    return models.load_diffusion()


@pytest.fixture(scope="module")
def classifier():
    return models.load_classifier()


@pytest.mark.slow
def test_frame_view_scrubs_real_frames_and_clamps(diffusion):
    unet, base = diffusion
    res = images.sample_diffusion(
        unet, base, 3, num_inference_steps=4, scheduler_name="ddim", keep_frames=True
    )
    assert len(res.frames) == 5  # four steps and the finished image
    first = ip.frame_view(res, -10)
    last = ip.frame_view(res, 10**6)
    assert (first.index, first.step, first.total, first.is_final) == (0, 0, 4, False)
    assert (last.index, last.is_final) == (4, True)
    assert first.noisy.shape == first.x0.shape == (28, 28)
    assert first.noisy.dtype == np.uint8
    # at the first step the input is pure noise, the model's clean guess is not
    assert not np.array_equal(first.noisy, first.x0)
    np.testing.assert_array_equal(last.noisy, res.images[0])
    with pytest.raises(ValueError):
        ip.frame_view(images.Generated(res.images), 0)


@pytest.mark.slow
def test_compare_times_and_classifies_each_side_reproducibly(diffusion, classifier):
    unet, base = diffusion
    configs = [("ddim", 2), ("ddpm", 3)]
    started, steps = [], []
    rows = ip.compare(
        unet,
        base,
        classifier,
        configs,
        digit=1,
        seed=5,
        guidance=3.0,
        on_start=started.append,
        on_step=lambda k, i, n: steps.append((k, i, n)),
    )
    assert started == [0, 1]
    assert steps == [(0, i, 2) for i in range(2)] + [(1, i, 3) for i in range(3)]
    assert [(r.scheduler, r.steps) for r in rows] == configs
    assert all(r.seconds > 0 and 0 <= r.guess <= 9 and 0 < r.confidence <= 1 for r in rows)
    again = ip.compare(unet, base, classifier, configs[:1], digit=1, seed=5, guidance=3.0)
    np.testing.assert_array_equal(again[0].image, rows[0].image)
    anyd = ip.compare(unet, base, classifier, [("ddim", 1)], digit=ip.ANY_DIGIT, seed=0, guidance=1)
    assert anyd[0].image.shape == (28, 28)


@pytest.mark.slow
def test_run_diffusion_returns_a_typed_result_with_live_previews(diffusion, classifier):
    unet, base = diffusion
    s = ip.ImageSettings.from_values({"digit": 4, "steps": 3, "scheduler": "ddim", "dseed": 2})
    seen = []
    run = ip.run_diffusion(unet, base, classifier, s, lambda i, x0: seen.append((i, x0.shape)))
    assert isinstance(run, ip.DiffusionRun)
    assert seen == [(0, (28, 28)), (1, (28, 28)), (2, (28, 28))]
    assert run.params["digit"] == 4 and run.params["seed"] == 2
    assert run.last_frame == 3 and run.file_stem == "diffusion_4_ddim"
    assert run.seconds > 0 and 0 <= run.guess <= 9 and 0 < run.confidence <= 1
    again = ip.run_diffusion(unet, base, classifier, s)
    np.testing.assert_array_equal(again.result.images, run.result.images)
    cmp = ip.run_comparison(
        unet,
        base,
        classifier,
        ip.ImageSettings.from_values({"digit": 4, "steps": 2, "scheduler": "ddim", "steps2": 1}),
    )
    assert [(r.scheduler, r.steps) for r in cmp.rows] == [("ddim", 2), ("ddpm", 1)]
    assert (cmp.digit, cmp.seed) == (4, 0) and cmp.ratio is not None and cmp.ratio >= 1


def test_classified_digits_carry_captions_and_quality(classifier):
    gen = models.load_dcgan()
    digits = ip.classified(images.sample_dcgan(gen, 5, 6).images, classifier)
    assert digits.images.shape == (6, 28, 28) and len(digits.captions) == 6
    assert digits.quality.n == 6 and digits.captions[0].endswith("%")


# --- training lab ----------------------------------------------------------------------------


def _wait(run: ip.LabRun, timeout: float = 120) -> None:
    assert run.wait(timeout), f"run did not finish: {run.snapshot().status}"


@pytest.mark.slow
def test_lab_data_is_a_balanced_subset_of_the_training_digits():
    x = ip.lab_data(10)
    assert x.shape == (100, 28, 28) and x.dtype == np.uint8
    assert ip.lab_data(0).shape[0] == 10 * ip.LAB_MIN_PER_CLASS
    assert ip.steps_per_epoch(100) == 1
    assert ip.steps_per_epoch(640) == 10
    assert ip.steps_per_epoch(10) == 1


@pytest.mark.slow
def test_lab_run_trains_with_the_project_loop_and_keeps_bounded_history():
    run, reason = ip.start_lab_run(None, epochs=2, per_class=10, seed=3)
    assert reason == "" and run is not None
    _wait(run)
    snap = run.snapshot()
    assert snap.status == "done", snap.error
    assert snap.step == snap.total_steps == 2
    assert len(snap.d_loss) == len(snap.g_loss) == 2  # one loss per step, no more
    assert len(snap.grids) == 2 and snap.grids[0].shape == (ip.LAB_SAMPLE_COUNT, 28, 28)
    assert set(gan_training.new_history()) <= set(run.history)  # train_dcgan's own history
    fresh, _ = gan_training.build_models(3)
    trained = run.generator.state_dict()
    assert any(not torch.equal(v, trained[k]) for k, v in fresh.state_dict().items())
    # the last epoch's grid is the generator's samples for the same seeds
    np.testing.assert_array_equal(run.samples(3).images, snap.grids[-1])
    # continue: the same networks, optimisers and history train one epoch more
    before = {k: v.clone() for k, v in run.generator.state_dict().items()}
    same, reason = ip.continue_lab_run(run, 1)
    assert reason == "" and same is run
    _wait(run)
    snap = run.snapshot()
    assert snap.status == "done" and snap.step == snap.total_steps == 3
    assert len(snap.d_loss) == 3 and snap.grid_epochs == [1, 2, 3]
    after = run.generator.state_dict()
    assert any(not torch.equal(v, after[k]) for k, v in before.items())
    run.history["epochs"] = ip.MAX_LAB_EPOCHS_TOTAL  # as if continued up to the cap
    assert ip.continue_lab_run(run, 1) == (run, "limit")
    assert ip.continue_lab_run(None, 1) == (None, "nothing")


@pytest.mark.slow
def test_run_guard_refuses_a_second_start_and_stop_keeps_what_was_trained():
    run, reason = ip.start_lab_run(None, epochs=ip.LAB_MAX_EPOCHS, per_class=400, seed=0)
    assert reason == ""
    try:
        same, again = ip.start_lab_run(run, epochs=1, per_class=10, seed=0)
        assert again == "already_running" and same is run
        other, busy = ip.start_lab_run(None, epochs=1, per_class=10, seed=0)
        assert busy == "server_busy" and other is None
        with pytest.raises(RuntimeError):
            run.samples()
        deadline = time.monotonic() + 120
        while run.snapshot().step < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        run.request_stop()
    _wait(run)
    snap = run.snapshot()
    assert snap.status == "stopped"
    assert 1 <= snap.step < snap.total_steps
    assert len(snap.d_loss) == snap.step
    fresh, _ = gan_training.build_models(0)
    trained = run.generator.state_dict()
    assert any(not torch.equal(v, trained[k]) for k, v in fresh.state_dict().items())
    assert run.samples(0, 4).images.shape == (4, 28, 28)
    # the slot is free again once a run has ended
    nxt, reason = ip.start_lab_run(run, epochs=1, per_class=10, seed=1)
    assert reason == "" and nxt is not run
    _wait(nxt)


@pytest.mark.slow
def test_lab_callbacks_work_on_the_session_state_mapping():
    state: dict = {"image_epochs": 1, "image_per_class": 10, "image_lseed": 4}
    ip.lab_start(state)
    run = state[ip.LAB_RUN]
    assert run.running and (run.epochs, run.per_class, run.seed) == (1, 10, 4)
    assert not ip.lab_can_continue(run)
    ip.lab_start(state)  # a double click: refused, the run is kept
    assert state.pop(ip.FLASH) == "image_lab_already_running" and state[ip.LAB_RUN] is run
    _wait(run)
    assert ip.lab_can_continue(run)
    ip.lab_continue(state)
    assert ip.FLASH not in state and run.running
    ip.lab_stop(state)
    _wait(run)
    assert run.snapshot().stop_requested and run.status in ("stopped", "done")
    empty: dict = {}  # nothing to continue: a message, no error
    ip.lab_continue(empty)
    assert empty == {ip.FLASH: "image_lab_nothing"}
    ip.lab_stop({})  # no run: nothing to stop


# --- charts ----------------------------------------------------------------------------------


def test_gan_loss_chart_has_both_curves_and_epoch_marks():
    fig = charts.gan_losses([1.4, 1.2, 1.0, 0.9], [0.7, 0.8, 1.1, 1.3], "en", steps_per_epoch=2)
    assert [tr.name for tr in fig.data] == ["Discriminator D loss", "Generator G loss"]
    assert list(fig.data[0].x) == [1, 2, 3, 4] and list(fig.data[1].y) == [0.7, 0.8, 1.1, 1.3]
    assert [s.x0 for s in fig.layout.shapes] == [2.5, 4.5]
    empty = charts.gan_losses([], [], "zh")
    assert len(empty.data) == 2 and len(empty.data[0].x) == 0
    assert empty.layout.title.text == "判别器与生成器的损失"


def test_comparison_chart_shows_each_time():
    fig = charts.comparison_times(["DPM-Solver++ · 20", "DDPM · 1000"], [0.5, 20.0], "en")
    assert list(fig.data[0].x) == [0.5, 20.0]
    assert list(fig.data[0].text) == ["0.50 s", "20.00 s"]


@pytest.mark.slow
def test_hub_image_runs_an_unconditional_diffusers_pipeline():
    # a tiny randomly initialised pipeline of the kind the hub option loads (no download)
    from diffusers import DDPMPipeline, DDPMScheduler, UNet2DModel

    torch.manual_seed(0)
    unet = UNet2DModel(
        sample_size=8,
        in_channels=3,
        out_channels=3,
        block_out_channels=(8, 8),
        layers_per_block=1,
        norm_num_groups=8,
        down_block_types=("DownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "UpBlock2D"),
    )
    pipe = DDPMPipeline(unet=unet, scheduler=DDPMScheduler(num_train_timesteps=10))
    pipe.set_progress_bar_config(disable=True)
    img = ip.hub_image(pipe, 3, seed=4)
    assert img.shape == (8, 8, 3) and img.dtype == np.uint8
    np.testing.assert_array_equal(img, ip.hub_image(pipe, 3, seed=4))
