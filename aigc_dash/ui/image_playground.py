"""The image playground's streamlit pieces: one function per section (DCGAN, diffusion,
training lab), each drawing its widgets and results from an :class:`ImageSettings`.

Widgets write the URL through the one URL-state helper (every widget's ``on_change``);
the flows, results and the lab's callbacks are :mod:`aigc_dash.playgrounds.image`'s. Session
state holds at most one diffusion result, one comparison and one training run, so memory
stays bounded however often a user generates. Images redrawn while a run goes on (the live
preview, the lab's grid) are ``data:`` addresses, not served media files: Streamlit deletes a
replaced media file at the end of a run, and a browser's late fetch of it would 404.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import streamlit as st

from aigc_dash.charts import images as charts
from aigc_dash.core.i18n import t
from aigc_dash.core.text import md_escape
from aigc_dash.generation import images, models
from aigc_dash.playgrounds import course
from aigc_dash.playgrounds import image as ip
from aigc_dash.playgrounds.image import ImageSettings
from aigc_dash.ui import chrome, classroom, urlstate
from aigc_dash.ui import models as model_cache

DIFF_RESULT = "image_diff_result"  # the latest ip.DiffusionRun only (bounded memory)
COMPARE_RESULT = "image_compare_result"  # the latest ip.ComparisonRun only
FRAME = "image_frame"  # the scrubber's position
BACKUP = "image_settings"  # the last settings: neither URL nor widget state survive a page switch
SCALE = 4  # nearest-neighbour upscaling of 28-px digits

_write_url = urlstate.on_change_writer(ip.TABLE, ip.PREFIX)


def _w(name: str) -> dict[str, Any]:
    """A URL setting's widget arguments: its key and the callback that writes the URL."""
    return {"key": ip.widget_key(name), "on_change": _write_url}


def settings_from_url(lang: str) -> ImageSettings:
    """The URL read into the widgets (before they render), bad values clamped with notices.

    A page switch drops both the query parameters and the state of widgets the other page did
    not draw, so the last settings are kept under :data:`BACKUP` and put back first."""
    for name, value in st.session_state.get(BACKUP, {}).items():
        st.session_state.setdefault(ip.widget_key(name), value)
    values = urlstate.sync_from_url(ip.TABLE, ip.PREFIX, lang)
    st.session_state[BACKUP] = values
    return ImageSettings.from_values(values)


def section_picker(lang: str) -> None:
    """The section chooser: only the chosen section runs (``st.tabs`` would run them all)."""
    st.segmented_control(
        t("image_section", lang),
        options=list(ip.TABS),
        format_func=lambda tab: t(f"image_tab_{tab}", lang),
        required=True,
        **_w("tab"),
    )


def _seed_input(where, lang: str, name: str, label_key: str = "image_seed", **kw: Any) -> None:
    where.number_input(
        t(label_key, lang), min_value=0, max_value=ip.UI_MAX_SEED, step=1, **kw, **_w(name)
    )


def _model_missing(lang: str, what: str, command: str) -> None:
    st.error(t("image_model_missing", lang, name=what, command=command), icon="🚫")


def _model_card(lang: str, model_id: str) -> None:
    info = models.REGISTRY[model_id]
    st.caption(
        t(
            "image_model_card",
            lang,
            size=info.size(lang),
            licence=info.licence_in(lang),
            script=info.extra.get("trained_by", ""),
            folder=f"data/models/{info.source}",
        )
    )


def digit_alts(digits: ip.Digits, lang: str) -> list[str]:
    """Each sample's text alternative: its place and the classifier's reading of it."""
    n = len(digits.images)
    return [
        t("image_alt_digit", lang, i=i + 1, n=n, digit=int(d), conf=f"{float(c):.0%}")
        for i, (d, c) in enumerate(zip(digits.labels, digits.confidences, strict=True))
    ]


def show_digits(digits: ip.Digits, lang: str, per_row: int = 8) -> None:
    """Samples in rows, each with the classifier's guess and confidence under it (and in its
    ``alt`` text, which a screen reader reads; a caption is not an alternative)."""
    captions, alts = digits.captions, digit_alts(digits, lang)
    for start in range(0, len(digits.images), per_row):
        cols = st.columns(per_row)
        row = slice(start, start + per_row)
        # the last row may be short
        for col, img, cap, alt in zip(
            cols, digits.images[row], captions[row], alts[row], strict=False
        ):
            col.image(images.upscale(img, SCALE), caption=cap, output_format="PNG", alt=alt)


# --- DCGAN -------------------------------------------------------------------------------------


def dcgan_section(s: ImageSettings, lang: str) -> None:
    """A seed's grid of digits with the classifier's reading, then a walk between two seeds."""
    st.subheader(t("image_dcgan_header", lang))
    st.caption(t("image_dcgan_intro", lang))
    try:
        gen = model_cache.cached_dcgan()
        clf = model_cache.cached_classifier()
    except Exception:  # weights not bundled yet, or unreadable: say how to make them
        _model_missing(lang, "DCGAN", "python -m aigc_dash.training.dcgan")
        return
    _model_card(lang, "dcgan")
    c1, c2 = st.columns(2)
    _seed_input(c1, lang, "seed", help=t("image_seed_help", lang))
    c2.slider(t("image_count", lang), min_value=1, max_value=images.MAX_COUNT, **_w("n"))
    res = images.sample_dcgan(gen, s.seed, s.n)
    digits = ip.classified(res.images, clf)
    show_digits(digits, lang)
    q = digits.quality
    st.caption(
        t(
            "image_quality",
            lang,
            confident=q.confident,
            n=q.n,
            share=f"{q.share:.0%}",
            threshold=f"{q.threshold:.0%}",
            present=q.digits_present,
        )
    )
    st.download_button(
        t("image_download_grid", lang),
        data=images.grid_png(res.images, scale=SCALE),
        file_name=f"dcgan_seed{s.seed}_n{s.n}.png",
        mime="image/png",
        key="image_dcgan_download",
    )
    _interpolation(s, lang, gen, clf)
    with st.expander(t("image_dcgan_history", lang)):
        try:
            hist = models.load_dcgan_history()
            fig = charts.gan_losses(
                hist["epoch_d_loss"],
                hist["epoch_g_loss"],
                lang,
                title_key="image_chart_bundled",
                x_key="image_chart_epoch",
            )
            st.plotly_chart(fig, key="image_dcgan_history_chart")
        except (OSError, KeyError, ValueError):
            st.caption(t("image_history_missing", lang))


def dcgan_course_code(lang: str) -> None:
    """The course notes' DCGAN (section 5.2) against ours: every difference with its reason,
    then our networks and training loop rendered from the real source."""
    with st.expander(t("course_gan_header", lang)):
        st.caption(t("course_gan_intro", lang))
        st.markdown(f"**{t('course_gan_table_title', lang)}**")
        rows = course.dcgan_differences(lang)
        cols = ("topic", "course", "ours", "why")
        st.dataframe(
            {t(f"course_gan_col_{c}", lang): [getattr(r, c) for r in rows] for c in cols},
            hide_index=True,
            key="image_course_table",
        )
        for piece in course.dcgan_excerpt():
            st.markdown(
                f"**{t('course_gan_code_title', lang, name=piece.name, module=piece.module)}**"
            )
            st.code(piece.source, language="python", line_numbers=True)


def _interpolation(s: ImageSettings, lang: str, gen, clf) -> None:
    st.subheader(t("image_interp_header", lang))
    st.caption(t("image_interp_intro", lang))
    c1, c2, c3 = st.columns(3)
    _seed_input(c1, lang, "a", "image_seed_a")
    _seed_input(c2, lang, "b", "image_seed_b")
    c3.slider(t("image_frames", lang), min_value=2, max_value=ip.MAX_INTERP_FRAMES, **_w("frames"))
    inter = ip.classified(images.interpolate_dcgan(gen, s.a, s.b, s.frames).images, clf)
    st.slider(t("image_pos", lang), min_value=0, max_value=s.frames - 1, **_w("pos"))
    pos = min(s.pos, len(inter.images) - 1)
    last = len(inter.images) - 1
    left, right = st.columns(2)
    left.image(
        images.upscale(inter.images[pos], 8),
        caption=t("image_pos_caption", lang, pos=pos, last=last, guess=inter.captions[pos]),
        output_format="PNG",
        alt=t(
            "image_alt_interp_frame",
            lang,
            pos=pos,
            last=last,
            a=s.a,
            b=s.b,
            digit=int(inter.labels[pos]),
            conf=f"{float(inter.confidences[pos]):.0%}",
        ),
    )
    frames = [im[None] for im in ip.pingpong(list(inter.images))]
    gif = images.frames_gif(frames, scale=8, duration_ms=120)
    right.image(
        gif,
        caption=t("image_animation", lang),
        alt=t("image_alt_interp_gif", lang, a=s.a, b=s.b, frames=len(frames)),
    )
    show_digits(inter, lang, per_row=min(12, len(inter.images)))
    st.download_button(
        t("image_download_gif", lang),
        data=gif,
        file_name=f"dcgan_interp_{s.a}_{s.b}.gif",
        mime="image/gif",
        key="image_interp_download",
    )


# --- diffusion ---------------------------------------------------------------------------------


def diffusion_section(s: ImageSettings, lang: str) -> None:
    """The sampler with live preview and frame scrubber, the forward process, the comparison."""
    st.subheader(t("image_diff_header", lang))
    st.caption(t("image_diff_intro", lang))
    _diffusion_controls(lang, ip.hub_choices())
    if s.model != ip.BUNDLED_DIFFUSION:
        choice = models.resolve_image_model(s.model)
        if choice.fell_back:
            model = md_escape(s.model, limit=40)
            chrome.notice(t(f"image_fallback_{choice.reason}", lang, model=model), "warning")
            # Said once: the URL names the bundled model, so the next run's sync resets the
            # widget (already drawn in this run) and then drops the default from the URL.
            # Removing the key now would let the widget's stale hub id come back as fallback.
            st.query_params["model"] = ip.BUNDLED_DIFFUSION
        else:
            _hub_generate(s, lang, choice.model_id)
    try:
        unet, base = model_cache.cached_diffusion()
        clf = model_cache.cached_classifier()
    except Exception:
        _model_missing(lang, "diffusion", "python -m aigc_dash.training.diffusion")
        return
    _model_card(lang, "diffusion")
    if st.button(t("image_generate", lang), key="image_diff_generate", type="primary"):
        _run_diffusion(s, lang, unet, base, clf)
    diffusion_result(lang)
    st.divider()
    _forward_process(s, lang, base)
    st.divider()
    _comparison(s, lang, unet, base, clf)


def _diffusion_controls(lang: str, hub: tuple[str, ...]) -> None:
    if hub:
        st.selectbox(
            t("image_model", lang),
            options=[ip.BUNDLED_DIFFUSION, *hub],
            format_func=lambda m: (
                t("image_model_bundled", lang) if m == ip.BUNDLED_DIFFUSION else m
            ),
            **_w("model"),
        )
    c1, c2, c3 = st.columns(3)
    c1.selectbox(
        t("image_digit", lang),
        options=list(range(ip.ANY_DIGIT + 1)),
        format_func=lambda d: t("image_any_digit", lang) if d == ip.ANY_DIGIT else str(d),
        help=t("image_digit_help", lang),
        **_w("digit"),
    )
    c2.selectbox(
        t("image_scheduler", lang),
        options=list(ip.SCHEDULER_NAMES),
        format_func=images.SCHEDULER_LABELS.__getitem__,
        **_w("scheduler"),
    )
    _seed_input(c3, lang, "dseed")
    c1, c2 = st.columns(2)
    c1.slider(
        t("image_guidance", lang),
        min_value=0.0,
        max_value=images.MAX_GUIDANCE,
        step=0.5,
        help=t("image_guidance_help", lang),
        **_w("guidance"),
    )
    c2.number_input(
        t("image_steps", lang),
        min_value=1,
        max_value=images.MAX_STEPS,
        step=1,
        help=t("image_steps_help", lang),
        **_w("steps"),
    )


def _hub_generate(s: ImageSettings, lang: str, model_id: str) -> None:
    """A hub pipeline the operator enabled; any failure falls back to the bundled model."""
    info = models.REGISTRY[model_id]
    st.caption(t("image_hub_note", lang, size=info.size(lang), licence=info.licence_in(lang)))
    if st.button(t("image_hub_generate", lang), key="image_hub_generate"):
        try:
            with st.spinner(t("image_hub_loading", lang)):
                pipe = model_cache.cached_hub_image_pipeline(info.source)
                img = ip.hub_image(pipe, min(s.steps, 100), s.dseed)
            big = images.upscale(img, 4) if img.ndim == 2 else img.repeat(4, 0).repeat(4, 1)
            alt = t("image_alt_hub", lang, model=info.source)
            st.image(big, caption=info.source, output_format="PNG", alt=alt)
        except Exception:
            model = md_escape(s.model, limit=40)
            chrome.notice(t("image_fallback_hub_load_failed", lang, model=model), "warning")


def _run_diffusion(s: ImageSettings, lang: str, unet, base, clf) -> None:
    bar = st.progress(0.0, text=t("image_denoising", lang, step=0, total=s.steps))
    preview = st.empty()

    def on_step(i: int, x0) -> None:
        bar.progress((i + 1) / s.steps, text=t("image_denoising", lang, step=i + 1, total=s.steps))
        # a data: address, not a media file (see the module docstring)
        png = images.png_bytes(images.upscale(x0, SCALE))
        alt = t("image_alt_preview", lang, step=i + 1, total=s.steps)
        preview.image(images.png_data_uri(png), caption=t("image_preview", lang), alt=alt)

    run = ip.run_diffusion(unet, base, clf, s, on_step)
    bar.empty()
    preview.empty()
    st.session_state[DIFF_RESULT] = run  # replace, never append: one result per session
    st.session_state[FRAME] = run.last_frame


@st.fragment  # scrubbing reruns only this part, not the sampler's controls or the comparison
def diffusion_result(lang: str) -> None:
    """The session's latest diffusion result: summary, frame scrubber, downloads."""
    run: ip.DiffusionRun | None = st.session_state.get(DIFF_RESULT)
    if run is None:
        st.caption(t("image_diff_none", lang))
        return
    p = run.params
    st.success(
        t(
            "image_diff_done",
            lang,
            digit=t("image_any_digit", lang) if p["digit"] is None else str(p["digit"]),
            scheduler=images.SCHEDULER_LABELS[p["scheduler_name"]],
            steps=p["num_inference_steps"],
            guidance=f"{p['guidance_scale']:g}",
            seed=p["seed"],
            seconds=f"{run.seconds:.2f}",
            guess=run.guess,
            conf=f"{run.confidence:.0%}",
        ),
        icon="✅",
    )
    if st.session_state.get(FRAME, run.last_frame) > run.last_frame:
        st.session_state[FRAME] = run.last_frame
    st.slider(
        t("image_frame", lang),
        min_value=0,
        max_value=run.last_frame,
        key=FRAME,
        help=t("image_frame_help", lang),
    )
    view = ip.frame_view(run.result, st.session_state[FRAME])
    if view.is_final:
        st.caption(t("image_frame_final", lang, total=view.total))
    else:
        st.caption(t("image_frame_step", lang, step=view.step + 1, total=view.total))
    # numbered as in the caption above: the final frame is step ``total``
    step = {"step": view.total if view.is_final else view.step + 1, "total": view.total}
    c1, c2 = st.columns(2)
    c1.image(
        images.upscale(view.noisy, 8),
        caption=t("image_noisy", lang),
        output_format="PNG",
        alt=t("image_alt_diff_noisy", lang, **step),
    )
    c2.image(
        images.upscale(view.x0, 8),
        caption=t("image_x0", lang),
        output_format="PNG",
        alt=t("image_alt_diff_x0", lang, guess=run.guess, conf=f"{run.confidence:.0%}", **step),
    )
    c1, c2 = st.columns(2)
    c1.download_button(
        t("image_download_gif", lang),
        data=images.frames_gif(run.result.frames, scale=SCALE),
        file_name=f"{run.file_stem}_{p['num_inference_steps']}.gif",
        mime="image/gif",
        key="image_diff_gif",
    )
    c2.download_button(
        t("image_download_strip", lang),
        data=images.strip_png(run.result.frames, scale=SCALE),
        file_name=f"{run.file_stem}_strip.png",
        mime="image/png",
        key="image_diff_strip",
    )
    classroom.share_image(lang, run)


def _forward_process(s: ImageSettings, lang: str, base) -> None:
    st.subheader(t("image_forward_header", lang))
    st.caption(t("image_forward_intro", lang))
    n_train = int(base.config.num_train_timesteps)
    st.slider(t("image_forward_t", lang), min_value=0, max_value=n_train - 1, **_w("t"))
    real, _ = images.real_digit(s.forward_digit, 0)
    noisy, _ = images.add_noise(base, real, s.t, seed=s.dseed)
    frac = images.signal_fraction(base, s.t)
    c1, c2 = st.columns(2)
    c1.image(
        images.upscale(real, 6),
        caption=t("image_forward_real", lang, digit=s.forward_digit),
        output_format="PNG",
        alt=t("image_alt_forward_real", lang, digit=s.forward_digit),
    )
    c2.image(
        images.upscale(noisy, 6),
        caption=t("image_forward_noisy", lang, t=s.t, signal=f"{frac:.0%}"),
        output_format="PNG",
        alt=t("image_alt_forward_noisy", lang, digit=s.forward_digit, t=s.t, signal=f"{frac:.0%}"),
    )
    steps = ip.forward_strip_steps(n_train)
    strip = np.stack([images.add_noise(base, real, k, seed=s.dseed)[0] for k in steps])
    st.image(
        images.upscale(images.grid(strip, cols=len(strip)), 3),
        output_format="PNG",
        caption=t("image_forward_strip", lang, steps=", ".join(map(str, steps))),
        alt=t(
            "image_alt_forward_strip",
            lang,
            digit=s.forward_digit,
            steps=", ".join(map(str, steps)),
        ),
    )


def _comparison(s: ImageSettings, lang: str, unet, base, clf) -> None:
    st.subheader(t("image_compare_header", lang))
    st.caption(t("image_compare_intro", lang))
    c1, c2 = st.columns(2)
    c1.selectbox(
        t("image_scheduler2", lang),
        options=list(ip.SCHEDULER_NAMES),
        format_func=images.SCHEDULER_LABELS.__getitem__,
        **_w("scheduler2"),
    )
    c2.number_input(
        t("image_steps2", lang), min_value=1, max_value=images.MAX_STEPS, step=1, **_w("steps2")
    )
    if st.button(t("image_compare_run", lang), key="image_compare_run"):
        bar = st.progress(0.0)
        configs = s.compare_configs

        def on_step(k: int, i: int, steps: int) -> None:
            name = images.SCHEDULER_LABELS[configs[k][0]]
            text = t("image_compare_running", lang, scheduler=name, steps=steps, step=i + 1)
            bar.progress((i + 1) / steps, text=text)

        st.session_state[COMPARE_RESULT] = ip.run_comparison(unet, base, clf, s, on_step)
        bar.empty()
    stored: ip.ComparisonRun | None = st.session_state.get(COMPARE_RESULT)
    if stored is None:
        return
    labels = [f"{images.SCHEDULER_LABELS[r.scheduler]} · {r.steps}" for r in stored.rows]
    for col, r, label in zip(st.columns(len(stored.rows)), stored.rows, labels, strict=True):
        col.image(
            images.upscale(r.image, 6),
            output_format="PNG",
            caption=t(
                "image_compare_caption",
                lang,
                label=label,
                seconds=f"{r.seconds:.2f}",
                guess=r.guess,
                conf=f"{r.confidence:.0%}",
            ),
        )
    fig = charts.comparison_times(labels, [r.seconds for r in stored.rows], lang)
    st.plotly_chart(fig, key="image_compare_chart")
    if stored.ratio is not None:
        st.caption(t("image_compare_ratio", lang, ratio=f"{stored.ratio:.1f}"))


# --- training lab ------------------------------------------------------------------------------


def lab_section(s: ImageSettings, lang: str) -> None:
    """A fresh GAN trained live: settings, start/continue, and the live view beside the steps."""
    st.subheader(t("image_lab_header", lang))
    st.caption(t("image_lab_intro", lang))
    left, right = st.columns([3, 2])
    with right, st.container(border=True):
        st.markdown(f"**{t('image_lab_steps_header', lang)}**")
        st.markdown(t("image_lab_steps", lang))
        st.caption(t("image_lab_same_function", lang))
    run: ip.LabRun | None = st.session_state.get(ip.LAB_RUN)
    with left:
        c1, c2, c3 = st.columns(3)
        c1.slider(
            t("image_lab_epochs", lang), min_value=1, max_value=ip.LAB_MAX_EPOCHS, **_w("epochs")
        )
        c2.slider(
            t("image_lab_per_class", lang),
            min_value=ip.LAB_MIN_PER_CLASS,
            max_value=ip.LAB_MAX_PER_CLASS,
            step=10,
            help=t("image_lab_per_class_help", lang),
            **_w("per_class"),
        )
        _seed_input(c3, lang, "lseed")
        n_images = 10 * s.per_class
        steps = ip.steps_per_epoch(n_images) * s.epochs
        st.caption(t("image_lab_size", lang, images=n_images, steps=steps))
        b1, b2 = st.columns(2)
        b1.button(
            t("image_lab_start", lang),
            key="image_lab_start",
            on_click=ip.lab_start,
            args=(st.session_state,),
            type="primary",
        )
        b2.button(
            t("image_lab_continue", lang),
            key="image_lab_continue",
            on_click=ip.lab_continue,
            args=(st.session_state,),
            disabled=not ip.lab_can_continue(run),
            help=t("image_lab_continue_help", lang),
        )
        flash = st.session_state.pop(ip.FLASH, None)  # a refused start, set by the callback
        if flash:
            chrome.notice(t(flash, lang), "warning")
        _lab_live(lang, run is not None and run.running)


def _lab_live(lang: str, live: bool) -> None:
    @st.fragment(run_every=1.0 if live else None)
    def live_view() -> None:
        run: ip.LabRun | None = st.session_state.get(ip.LAB_RUN)
        if run is None:
            st.caption(t("image_lab_none", lang))
            return
        snap = run.snapshot()
        _lab_progress(lang, run, snap)
        if snap.status == "failed":
            st.error(t("image_lab_failed", lang, error=md_escape(snap.error, limit=200)))
        elif run.finished:
            _lab_finished(lang, run, snap)
            if live:  # the run ended during this live view: redraw the page without polling
                st.rerun()

    live_view()


def _lab_progress(lang: str, run: ip.LabRun, snap: ip.LabSnapshot) -> None:
    total = max(snap.total_steps, 1)
    text = t(
        "image_lab_progress",
        lang,
        step=snap.step,
        total=total,
        epoch=snap.epoch,
        epochs=snap.epochs,
        seconds=f"{snap.seconds:.0f}",
    )
    st.progress(min(snap.step / total, 1.0), text=text)
    st.button(
        t("image_lab_stop", lang),
        key="image_lab_stop",
        on_click=ip.lab_stop,
        args=(st.session_state,),
        disabled=not run.running or snap.stop_requested,
    )
    if run.running and snap.grids:
        # redrawn every second: a data: address (see the module docstring)
        st.image(
            images.png_data_uri(images.grid_png(snap.grids[-1], cols=8, scale=SCALE)),
            caption=t("image_lab_grid", lang, epoch=snap.grid_epochs[-1]),
            alt=t("image_alt_lab_grid", lang, n=len(snap.grids[-1]), epoch=snap.grid_epochs[-1]),
        )
    fig = charts.gan_losses(snap.d_loss, snap.g_loss, lang, steps_per_epoch=snap.steps_per_epoch)
    st.plotly_chart(fig, key="image_lab_chart")


def _lab_finished(lang: str, run: ip.LabRun, snap: ip.LabSnapshot) -> None:
    # the generator as it is now (also after a stop mid-epoch), same noise as the grids
    sample = run.samples(run.seed)
    st.image(
        images.upscale(images.grid(sample.images, cols=8), SCALE),
        caption=t("image_lab_final", lang, step=snap.step),
        output_format="PNG",
        alt=t("image_alt_lab_final", lang, n=len(sample.images), step=snap.step),
    )
    total = max(snap.total_steps, 1)
    chrome.notice(t(f"image_lab_{snap.status}", lang, step=snap.step, total=total), "success")
    st.download_button(
        t("image_download_grid", lang),
        data=images.grid_png(sample.images, cols=8, scale=SCALE),
        file_name="my_gan_samples.png",
        mime="image/png",
        key="image_lab_download",
    )
