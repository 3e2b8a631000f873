"""Image playground: a DCGAN's digits, step-by-step diffusion, and a GAN trained live in class.

Every setting lives in ``st.query_params`` (short keys, see ``image_playground.SETTINGS``):
callbacks write the URL, each run reads it back into the widgets, and tampered values are
clamped with a notice. Only the chosen section runs (a segmented control, not ``st.tabs``,
whose hidden tabs would all compute). Session state holds at most one diffusion result, one
comparison and one training run, so memory stays bounded however often a user generates.
"""

import time

import streamlit as st

from aigc_dash.charts import images as charts
from aigc_dash.core.i18n import t
from aigc_dash.generation import images, models
from aigc_dash.playgrounds import image as ip
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import models as model_cache

lang = ui.setup_page("image_title", "🎨")
st.title(t("image_title", lang))
st.write(t("image_intro", lang))

W = {name: f"image_{name}" for name in ip.SETTING_BY_NAME}  # widget key of each URL setting
BACKUP = "image_settings"  # last settings: query params do not survive a page switch
DIFF_RESULT = "image_diff_result"  # the latest diffusion run only (bounded memory)
COMPARE_RESULT = "image_compare_result"  # the latest comparison only
LAB_RUN = "image_lab_run"  # this session's training run (one at a time)
FLASH = "image_flash"  # a one-off message from a callback
SCALE = 4  # nearest-neighbour upscaling of 28-px digits
HUB_IMAGE_IDS = tuple(m for m, info in models.REGISTRY.items() if info.kind == "hub-image")


def _hub_choices() -> list[str]:
    """Hub image models a user may pick: only when the operator enabled and allow-listed them."""
    if not models.hub_enabled():
        return []
    allowed = models.hub_allowlist()
    return [m for m in HUB_IMAGE_IDS if m in allowed]


def _on_change(name: str) -> None:
    value = st.session_state.get(W[name])
    if value is None:  # a deselected control: keep the URL as it was
        return
    st.query_params[name] = ip.format_setting(name, value)
    if name == "frames":  # keep the interpolation position inside the new range
        pos = int(st.session_state.get(W["pos"], 0))
        if pos > int(value) - 1:
            st.query_params["pos"] = str(int(value) - 1)


def _sync_from_url() -> dict:
    """Read the URL into the widgets (before they render); bad values become notices."""
    settings, notices = ip.parse_settings(
        st.query_params.to_dict(), st.session_state.get(BACKUP), HUB_IMAGE_IDS
    )
    for n in notices:
        ui.notice(
            t(
                f"image_url_{n.kind}",
                lang,
                key=ip.safe_snippet(n.key),
                value=ip.safe_snippet(n.value),
                used=ip.safe_snippet(ip.format_setting(n.key, n.used)),
            ),
            "warning",
        )
    for name, value in ip.to_query(settings).items():
        if st.query_params.get(name) != value:
            st.query_params[name] = value
    for name, value in settings.items():
        st.session_state[W[name]] = value
    st.session_state[BACKUP] = settings
    return settings


def _widget_args(name: str) -> dict:
    return {"key": W[name], "on_change": _on_change, "args": (name,)}


def _model_missing(what: str, command: str) -> None:
    st.error(t("image_model_missing", lang, name=what, command=command), icon="🚫")


def _model_card(model_id: str) -> None:
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


def _show_digits(imgs, labels, confs, per_row: int = 8) -> None:
    """Samples in rows, each with the classifier's guess and confidence under it."""
    captions = ip.guess_captions(labels, confs)
    for start in range(0, len(imgs), per_row):
        cols = st.columns(per_row)
        for col, img, cap in zip(
            cols, imgs[start : start + per_row], captions[start : start + per_row], strict=False
        ):
            col.image(images.upscale(img, SCALE), caption=cap, output_format="PNG")


s = _sync_from_url()
st.segmented_control(
    t("image_section", lang),
    options=list(ip.TABS),
    format_func=lambda tab: t(f"image_tab_{tab}", lang),
    required=True,
    **_widget_args("tab"),
)
st.divider()


# --- DCGAN -------------------------------------------------------------------------------------


def dcgan_section() -> None:
    st.subheader(t("image_dcgan_header", lang))
    st.caption(t("image_dcgan_intro", lang))
    try:
        gen = model_cache.cached_dcgan()
        clf = model_cache.cached_classifier()
    except Exception:  # weights not bundled yet, or unreadable: say how to make them
        _model_missing("DCGAN", "python -m aigc_dash.training.dcgan")
        return
    _model_card("dcgan")
    c1, c2 = st.columns(2)
    c1.number_input(
        t("image_seed", lang),
        min_value=0,
        max_value=ip.UI_MAX_SEED,
        step=1,
        help=t("image_seed_help", lang),
        **_widget_args("seed"),
    )
    c2.slider(t("image_count", lang), min_value=1, max_value=images.MAX_COUNT, **_widget_args("n"))
    res = images.sample_dcgan(gen, s["seed"], s["n"])
    labels, confs = images.classify(res.images, clf)
    _show_digits(res.images, labels, confs)
    q = ip.quality(labels, confs)
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
        file_name=f"dcgan_seed{s['seed']}_n{s['n']}.png",
        mime="image/png",
        key="image_dcgan_download",
    )

    st.subheader(t("image_interp_header", lang))
    st.caption(t("image_interp_intro", lang))
    c1, c2, c3 = st.columns(3)
    c1.number_input(
        t("image_seed_a", lang), min_value=0, max_value=ip.UI_MAX_SEED, step=1, **_widget_args("a")
    )
    c2.number_input(
        t("image_seed_b", lang), min_value=0, max_value=ip.UI_MAX_SEED, step=1, **_widget_args("b")
    )
    c3.slider(
        t("image_frames", lang),
        min_value=2,
        max_value=ip.MAX_INTERP_FRAMES,
        **_widget_args("frames"),
    )
    inter = images.interpolate_dcgan(gen, s["a"], s["b"], s["frames"])
    i_labels, i_confs = images.classify(inter.images, clf)
    st.slider(t("image_pos", lang), min_value=0, max_value=s["frames"] - 1, **_widget_args("pos"))
    pos = min(s["pos"], len(inter.images) - 1)
    left, right = st.columns(2)
    left.image(
        images.upscale(inter.images[pos], 8),
        caption=t(
            "image_pos_caption",
            lang,
            pos=pos,
            last=len(inter.images) - 1,
            guess=ip.guess_captions(i_labels, i_confs)[pos],
        ),
        output_format="PNG",
    )
    gif = images.frames_gif(
        [im[None] for im in ip.pingpong(list(inter.images))], scale=8, duration_ms=120
    )
    right.image(gif, caption=t("image_animation", lang))
    _show_digits(inter.images, i_labels, i_confs, per_row=min(12, len(inter.images)))
    st.download_button(
        t("image_download_gif", lang),
        data=gif,
        file_name=f"dcgan_interp_{s['a']}_{s['b']}.gif",
        mime="image/gif",
        key="image_interp_download",
    )
    with st.expander(t("image_dcgan_history", lang)):
        try:
            hist = models.load_dcgan_history()
            st.plotly_chart(
                charts.gan_losses(
                    hist["epoch_d_loss"],
                    hist["epoch_g_loss"],
                    lang,
                    title_key="image_chart_bundled",
                    x_key="image_chart_epoch",
                ),
                key="image_dcgan_history_chart",
            )
        except (OSError, KeyError, ValueError):
            st.caption(t("image_history_missing", lang))


# --- diffusion ---------------------------------------------------------------------------------


def _diffusion_controls(hub: list[str]) -> None:
    if hub:
        st.selectbox(
            t("image_model", lang),
            options=["diffusion", *hub],
            format_func=lambda m: t("image_model_bundled", lang) if m == "diffusion" else m,
            **_widget_args("model"),
        )
    c1, c2, c3 = st.columns(3)
    c1.selectbox(
        t("image_digit", lang),
        options=list(range(ip.ANY_DIGIT + 1)),
        format_func=lambda d: t("image_any_digit", lang) if d == ip.ANY_DIGIT else str(d),
        help=t("image_digit_help", lang),
        **_widget_args("digit"),
    )
    c2.selectbox(
        t("image_scheduler", lang),
        options=list(ip.SCHEDULER_NAMES),
        format_func=images.SCHEDULER_LABELS.__getitem__,
        **_widget_args("scheduler"),
    )
    c3.number_input(
        t("image_seed", lang),
        min_value=0,
        max_value=ip.UI_MAX_SEED,
        step=1,
        **_widget_args("dseed"),
    )
    c1, c2 = st.columns(2)
    c1.slider(
        t("image_guidance", lang),
        min_value=0.0,
        max_value=images.MAX_GUIDANCE,
        step=0.5,
        help=t("image_guidance_help", lang),
        **_widget_args("guidance"),
    )
    c2.number_input(
        t("image_steps", lang),
        min_value=1,
        max_value=images.MAX_STEPS,
        step=1,
        help=t("image_steps_help", lang),
        **_widget_args("steps"),
    )


def _hub_section(choice) -> None:
    """A hub pipeline the operator enabled; any failure falls back to the bundled model."""
    info = models.REGISTRY[choice.model_id]
    st.caption(t("image_hub_note", lang, size=info.size(lang), licence=info.licence_in(lang)))
    if st.button(t("image_hub_generate", lang), key="image_hub_generate"):
        try:
            with st.spinner(t("image_hub_loading", lang)):
                pipe = model_cache.cached_hub_image_pipeline(info.source)
                img = ip.hub_image(pipe, min(s["steps"], 100), s["dseed"])
            big = images.upscale(img, 4) if img.ndim == 2 else img.repeat(4, 0).repeat(4, 1)
            st.image(big, caption=info.source, output_format="PNG")
        except Exception:
            ui.notice(
                t("image_fallback_hub_load_failed", lang, model=ip.safe_snippet(s["model"])),
                "warning",
            )


def _run_diffusion(unet, base, clf) -> None:
    bar = st.progress(0.0, text=t("image_denoising", lang, step=0, total=s["steps"]))
    preview = st.empty()
    every = ip.progress_every(s["steps"])
    total = s["steps"]

    def on_step(i: int, _t: float, _sample, x0) -> None:
        if (i + 1) % every == 0 or i + 1 == total:
            bar.progress((i + 1) / total, text=t("image_denoising", lang, step=i + 1, total=total))
            # a data: address, not a media file: see images.png_data_uri
            preview.image(
                images.png_data_uri(images.png_bytes(images.upscale(x0[0], SCALE))),
                caption=t("image_preview", lang),
            )

    t0 = time.perf_counter()
    res = images.sample_diffusion(
        unet,
        base,
        None if s["digit"] == ip.ANY_DIGIT else s["digit"],
        num_inference_steps=s["steps"],
        guidance_scale=s["guidance"],
        scheduler_name=s["scheduler"],
        seed=s["dseed"],
        keep_frames=True,
        callback=on_step,
    )
    seconds = time.perf_counter() - t0
    guess, conf = images.classify(res.images, clf)
    bar.empty()
    preview.empty()
    # replace, never append: one result per session
    st.session_state[DIFF_RESULT] = {
        "res": res,
        "seconds": seconds,
        "guess": int(guess[0]),
        "conf": float(conf[0]),
    }
    st.session_state["image_frame"] = len(res.frames) - 1


@st.fragment  # scrubbing reruns only this part, not the sampler's controls or the comparison
def _show_diffusion_result() -> None:
    stored = st.session_state.get(DIFF_RESULT)
    if not stored:
        st.caption(t("image_diff_none", lang))
        return
    res = stored["res"]
    p = res.params
    digit = t("image_any_digit", lang) if p["digit"] is None else str(p["digit"])
    st.success(
        t(
            "image_diff_done",
            lang,
            digit=digit,
            scheduler=images.SCHEDULER_LABELS[p["scheduler_name"]],
            steps=p["num_inference_steps"],
            guidance=f"{p['guidance_scale']:g}",
            seed=p["seed"],
            seconds=f"{stored['seconds']:.2f}",
            guess=stored["guess"],
            conf=f"{stored['conf']:.0%}",
        ),
        icon="✅",
    )
    last = len(res.frames) - 1
    if st.session_state.get("image_frame", last) > last:
        st.session_state["image_frame"] = last
    st.slider(
        t("image_frame", lang),
        min_value=0,
        max_value=last,
        key="image_frame",
        help=t("image_frame_help", lang),
    )
    view = ip.frame_view(res, st.session_state["image_frame"])
    caption = (
        t("image_frame_final", lang, total=view.total)
        if view.is_final
        else t("image_frame_step", lang, step=view.step + 1, total=view.total)
    )
    st.caption(caption)
    c1, c2 = st.columns(2)
    c1.image(images.upscale(view.noisy, 8), caption=t("image_noisy", lang), output_format="PNG")
    c2.image(images.upscale(view.x0, 8), caption=t("image_x0", lang), output_format="PNG")
    c1, c2 = st.columns(2)
    c1.download_button(
        t("image_download_gif", lang),
        data=images.frames_gif(res.frames, scale=SCALE),
        file_name=f"diffusion_{p['digit']}_{p['scheduler_name']}_{p['num_inference_steps']}.gif",
        mime="image/gif",
        key="image_diff_gif",
    )
    c2.download_button(
        t("image_download_strip", lang),
        data=images.strip_png(res.frames, scale=SCALE),
        file_name=f"diffusion_{p['digit']}_{p['scheduler_name']}_strip.png",
        mime="image/png",
        key="image_diff_strip",
    )


def _forward_section(base) -> None:
    st.subheader(t("image_forward_header", lang))
    st.caption(t("image_forward_intro", lang))
    n_train = int(base.config.num_train_timesteps)
    st.slider(t("image_forward_t", lang), min_value=0, max_value=n_train - 1, **_widget_args("t"))
    digit = 7 if s["digit"] == ip.ANY_DIGIT else s["digit"]
    real, _ = images.real_digit(digit, 0)
    noisy, _ = images.add_noise(base, real, s["t"], seed=s["dseed"])
    frac = images.signal_fraction(base, s["t"])
    c1, c2 = st.columns(2)
    c1.image(
        images.upscale(real, 6),
        caption=t("image_forward_real", lang, digit=digit),
        output_format="PNG",
    )
    c2.image(
        images.upscale(noisy, 6),
        caption=t("image_forward_noisy", lang, t=s["t"], signal=f"{frac:.0%}"),
        output_format="PNG",
    )
    steps = ip.forward_strip_steps(n_train)
    strip = [images.add_noise(base, real, k, seed=s["dseed"])[0] for k in steps]
    st.image(
        images.upscale(images.grid(strip, cols=len(strip)), 3),
        output_format="PNG",
        caption=t("image_forward_strip", lang, steps=", ".join(map(str, steps))),
    )


def _compare_section(unet, base, clf) -> None:
    st.subheader(t("image_compare_header", lang))
    st.caption(t("image_compare_intro", lang))
    c1, c2 = st.columns(2)
    c1.selectbox(
        t("image_scheduler2", lang),
        options=list(ip.SCHEDULER_NAMES),
        format_func=images.SCHEDULER_LABELS.__getitem__,
        **_widget_args("scheduler2"),
    )
    c2.number_input(
        t("image_steps2", lang),
        min_value=1,
        max_value=images.MAX_STEPS,
        step=1,
        **_widget_args("steps2"),
    )
    configs = [(s["scheduler"], s["steps"]), (s["scheduler2"], s["steps2"])]
    if st.button(t("image_compare_run", lang), key="image_compare_run"):
        bar = st.progress(0.0)

        def on_step(k: int, i: int, steps: int) -> None:
            if (i + 1) % ip.progress_every(steps) == 0 or i + 1 == steps:
                name = images.SCHEDULER_LABELS[configs[k][0]]
                bar.progress(
                    (i + 1) / steps,
                    text=t("image_compare_running", lang, scheduler=name, steps=steps, step=i + 1),
                )

        rows = ip.compare(
            unet,
            base,
            clf,
            configs,
            digit=s["digit"],
            seed=s["dseed"],
            guidance=s["guidance"],
            on_step=on_step,
        )
        bar.empty()
        st.session_state[COMPARE_RESULT] = {"rows": rows, "digit": s["digit"], "seed": s["dseed"]}
    stored = st.session_state.get(COMPARE_RESULT)
    if not stored:
        return
    rows = stored["rows"]
    cols = st.columns(len(rows))
    labels = []
    for col, r in zip(cols, rows, strict=True):
        label = f"{images.SCHEDULER_LABELS[r.scheduler]} · {r.steps}"
        labels.append(label)
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
    st.plotly_chart(
        charts.comparison_times(labels, [r.seconds for r in rows], lang), key="image_compare_chart"
    )
    ratio = ip.time_ratio([r.seconds for r in rows])
    if ratio is not None:
        st.caption(t("image_compare_ratio", lang, ratio=f"{ratio:.1f}"))


def diffusion_section() -> None:
    st.subheader(t("image_diff_header", lang))
    st.caption(t("image_diff_intro", lang))
    hub = _hub_choices()
    _diffusion_controls(hub)
    if s["model"] != "diffusion":
        choice = models.resolve_image_model(s["model"])
        if choice.fell_back:
            ui.notice(
                t(f"image_fallback_{choice.reason}", lang, model=ip.safe_snippet(s["model"])),
                "warning",
            )
            st.query_params["model"] = "diffusion"  # said once; the bundled model is in use
        else:
            _hub_section(choice)
    try:
        unet, base = model_cache.cached_diffusion()
        clf = model_cache.cached_classifier()
    except Exception:
        _model_missing("diffusion", "python -m aigc_dash.training.diffusion")
        return
    _model_card("diffusion")
    if st.button(t("image_generate", lang), key="image_diff_generate", type="primary"):
        _run_diffusion(unet, base, clf)
    _show_diffusion_result()
    st.divider()
    _forward_section(base)
    st.divider()
    _compare_section(unet, base, clf)


# --- training lab ------------------------------------------------------------------------------


def _start_lab() -> None:
    current = st.session_state.get(LAB_RUN)
    run, reason = ip.start_lab_run(
        current,
        st.session_state.get(W["epochs"], 1),
        st.session_state.get(W["per_class"], ip.DEFAULTS["per_class"]),
        st.session_state.get(W["lseed"], 0),
    )
    if reason:
        st.session_state[FLASH] = f"image_lab_{reason}"
    else:
        st.session_state[LAB_RUN] = run  # replaces the last run: one per session


def _continue_lab() -> None:
    run, reason = ip.continue_lab_run(
        st.session_state.get(LAB_RUN), st.session_state.get(W["epochs"], 1)
    )
    if reason:
        st.session_state[FLASH] = f"image_lab_{reason}"


def _stop_lab() -> None:
    run = st.session_state.get(LAB_RUN)
    if run is not None:
        run.request_stop()


def lab_section() -> None:
    st.subheader(t("image_lab_header", lang))
    st.caption(t("image_lab_intro", lang))
    left, right = st.columns([3, 2])
    with right, st.container(border=True):
        st.markdown(f"**{t('image_lab_steps_header', lang)}**")
        st.markdown(t("image_lab_steps", lang))
        st.caption(t("image_lab_same_function", lang))
    run = st.session_state.get(LAB_RUN)
    busy = run is not None and run.running
    with left:
        c1, c2, c3 = st.columns(3)
        c1.slider(
            t("image_lab_epochs", lang),
            min_value=1,
            max_value=ip.LAB_MAX_EPOCHS,
            **_widget_args("epochs"),
        )
        c2.slider(
            t("image_lab_per_class", lang),
            min_value=ip.LAB_MIN_PER_CLASS,
            max_value=ip.LAB_MAX_PER_CLASS,
            step=10,
            help=t("image_lab_per_class_help", lang),
            **_widget_args("per_class"),
        )
        c3.number_input(
            t("image_seed", lang),
            min_value=0,
            max_value=ip.UI_MAX_SEED,
            step=1,
            **_widget_args("lseed"),
        )
        st.caption(
            t(
                "image_lab_size",
                lang,
                images=10 * s["per_class"],
                steps=ip.steps_per_epoch(10 * s["per_class"]) * s["epochs"],
            )
        )
        b1, b2 = st.columns(2)
        b1.button(
            t("image_lab_start", lang), key="image_lab_start", on_click=_start_lab, type="primary"
        )
        can_continue = run is not None and run.generator is not None and not busy
        b2.button(
            t("image_lab_continue", lang),
            key="image_lab_continue",
            on_click=_continue_lab,
            disabled=not can_continue,
            help=t("image_lab_continue_help", lang),
        )
        flash = st.session_state.pop(FLASH, None)  # a refused start, set by the callback
        if flash:
            ui.notice(t(flash, lang), "warning")
        _lab_live(busy)


def _lab_live(live: bool) -> None:
    @st.fragment(run_every=1.0 if live else None)
    def live_view() -> None:
        run = st.session_state.get(LAB_RUN)
        if run is None:
            st.caption(t("image_lab_none", lang))
            return
        snap = run.snapshot()
        total = max(snap["total_steps"], 1)
        st.progress(
            min(snap["step"] / total, 1.0),
            text=t(
                "image_lab_progress",
                lang,
                step=snap["step"],
                total=total,
                epoch=snap["epoch"],
                epochs=snap["epochs"],
                seconds=f"{snap['seconds']:.0f}",
            ),
        )
        st.button(
            t("image_lab_stop", lang),
            key="image_lab_stop",
            on_click=_stop_lab,
            disabled=not run.running or snap["stop_requested"],
        )
        if run.running and snap["grids"]:
            # redrawn every second: a data: address (see images.png_data_uri)
            st.image(
                images.png_data_uri(images.grid_png(snap["grids"][-1], cols=8, scale=SCALE)),
                caption=t("image_lab_grid", lang, epoch=snap["grid_epochs"][-1]),
            )
        st.plotly_chart(
            charts.gan_losses(
                snap["d_loss"], snap["g_loss"], lang, steps_per_epoch=snap["steps_per_epoch"]
            ),
            key="image_lab_chart",
        )
        if snap["status"] == "failed":
            st.error(t("image_lab_failed", lang, error=ip.safe_snippet(snap["error"], 200)))
        elif run.finished:
            # the generator as it is now (also after a stop mid-epoch), same noise as the grids
            sample = run.samples(run.seed)
            st.image(
                images.upscale(images.grid(sample.images, cols=8), SCALE),
                caption=t("image_lab_final", lang, step=snap["step"]),
                output_format="PNG",
            )
            ui.notice(
                t(f"image_lab_{snap['status']}", lang, step=snap["step"], total=total), "success"
            )
            st.download_button(
                t("image_download_grid", lang),
                data=images.grid_png(sample.images, cols=8, scale=SCALE),
                file_name="my_gan_samples.png",
                mime="image/png",
                key="image_lab_download",
            )
            if live:  # the run ended during this live view: redraw the page without polling
                st.rerun()

    live_view()


section = s["tab"]
if section == "dcgan":
    dcgan_section()
elif section == "diffusion":
    diffusion_section()
else:
    lab_section()
