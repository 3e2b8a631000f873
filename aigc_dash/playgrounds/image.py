"""The image playground's logic, without streamlit: its URL settings (one
:class:`~aigc_dash.core.urlstate.SettingTable` plus the page's own rules), typed settings and
results, the diffusion frame scrubber, scheduler comparison with timing, and the training
lab's session (a background DCGAN run with a run guard, a stop hook, bounded memory, and the
buttons' callbacks, which work on any mapping such as ``st.session_state``).

Generation itself lives in :mod:`aigc_dash.generation.images` and training in
:func:`aigc_dash.generation.gan_training.train_dcgan`; this module only arranges calls to them.
torch is imported inside functions, so importing this module stays cheap.
"""

from __future__ import annotations

import dataclasses
import math
import threading
import time
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from aigc_dash.core.urlstate import MAX_RAW_CHARS, Setting, SettingTable, UrlNotice
from aigc_dash.generation import images, models

# --- URL settings ----------------------------------------------------------------------------

PREFIX = "image"  # widget keys are ``image_<setting>``; notices use the ``image_url_*`` wording
TABS: tuple[str, ...] = ("dcgan", "diffusion", "lab")
SCHEDULER_NAMES: tuple[str, ...] = tuple(images.SCHEDULERS)
BUNDLED_DIFFUSION = "diffusion"  # the ``model`` choice that is always there
ANY_DIGIT = 10  # the diffusion model's "no class" label: any digit
UI_MAX_SEED = 999_999  # seeds a person can type; the libraries accept more
# The training lab is sized for a shared CPU: a subset of the 4,000 training digits.
LAB_MAX_EPOCHS = 10
LAB_MIN_PER_CLASS = 10
LAB_MAX_PER_CLASS = 400
MAX_INTERP_FRAMES = 24


def widget_key(name: str) -> str:
    """The session-state key of setting ``name``'s widget (``image_steps``)."""
    return f"{PREFIX}_{name}"


def hub_choices() -> tuple[str, ...]:
    """Hub image models a user may pick: only when the operator enabled and allow-listed them."""
    if not models.hub_enabled():
        return ()
    allowed = models.hub_allowlist()
    return tuple(
        m for m, info in models.REGISTRY.items() if info.kind == "hub-image" and m in allowed
    )


class ImageSettingTable(SettingTable):
    """The page's settings with its one cross-setting rule: the interpolation position
    ``pos`` stays inside ``frames`` (on reading a link and on writing the URL). Notices give
    the value used as the URL writes it (``3``, not ``3.0``)."""

    def parse(
        self, params: Mapping[str, object], fallback: Mapping[str, Any] | None = None
    ) -> tuple[dict[str, Any], list[UrlNotice]]:
        values, notices = super().parse(params, fallback)
        notices = [
            dataclasses.replace(n, used=self.format(self.by_key[n.key].name, n.used))
            for n in notices
        ]
        last = values["frames"] - 1
        if values["pos"] > last:
            values["pos"] = last
            if "pos" in params:  # one notice for pos, saying the value actually used
                raw = params["pos"]
                raw = raw[-1] if isinstance(raw, (list, tuple)) and raw else raw
                notices = [n for n in notices if n.key != "pos"]
                notices.append(
                    UrlNotice(
                        "out_of_range",
                        "pos",
                        str(raw)[:MAX_RAW_CHARS],
                        str(last),
                        self.notice_prefix,
                    )
                )
        return values, notices

    def to_query(self, values: Mapping[str, Any], *, keep_defaults: bool = False) -> dict[str, str]:
        if "pos" in values and "frames" in values:  # fewer frames: the position follows
            last = self.clamp("frames", values["frames"]) - 1
            values = {**values, "pos": min(self.clamp("pos", values["pos"]), last)}
        return super().to_query(values, keep_defaults=keep_defaults)


def make_table(hub: Callable[[], Sequence[str]] = hub_choices) -> ImageSettingTable:
    """The playground's URL settings; ``hub()`` gives the extra ``model`` choices (read on
    each parse, so an operator's change applies without a restart)."""
    return ImageSettingTable(
        [
            Setting("tab", "choice", "dcgan", choices=TABS),
            # DCGAN
            Setting("seed", "int", 0, 0, UI_MAX_SEED),
            Setting("n", "int", 16, 1, images.MAX_COUNT),
            Setting("a", "int", 1, 0, UI_MAX_SEED),
            Setting("b", "int", 2, 0, UI_MAX_SEED),
            Setting("frames", "int", 10, 2, MAX_INTERP_FRAMES),
            Setting("pos", "int", 0, 0, MAX_INTERP_FRAMES - 1),
            # diffusion: the app's defaults are the generation module's (shared with bench/)
            Setting(
                "model",
                "choice",
                BUNDLED_DIFFUSION,
                choices=lambda: (BUNDLED_DIFFUSION, *hub()),
            ),
            Setting("digit", "int", 7, 0, ANY_DIGIT),
            Setting(
                "guidance", "float", images.DEFAULT_GUIDANCE, 0.0, images.MAX_GUIDANCE, step=0.5
            ),
            Setting("steps", "int", images.DEFAULT_STEPS, 1, images.MAX_STEPS),
            Setting("scheduler", "choice", images.DEFAULT_SCHEDULER, choices=SCHEDULER_NAMES),
            Setting("dseed", "int", 0, 0, UI_MAX_SEED),
            Setting("t", "int", 300, 0, 999),
            Setting("scheduler2", "choice", "ddpm", choices=SCHEDULER_NAMES),
            Setting("steps2", "int", images.DEFAULT_STEPS, 1, images.MAX_STEPS),
            # training lab
            Setting("epochs", "int", 2, 1, LAB_MAX_EPOCHS),
            Setting("per_class", "int", 50, LAB_MIN_PER_CLASS, LAB_MAX_PER_CLASS, step=10),
            Setting("lseed", "int", 0, 0, UI_MAX_SEED),
        ],
        notice_prefix=PREFIX,
    )


TABLE = make_table()


@dataclass(frozen=True)
class ImageSettings:
    """One run's settings, as :data:`TABLE` parsed them (field names are the URL keys)."""

    tab: str
    seed: int  # DCGAN grid
    n: int
    a: int  # interpolation from seed a to seed b
    b: int
    frames: int
    pos: int
    model: str  # diffusion
    digit: int
    guidance: float
    steps: int
    scheduler: str
    dseed: int
    t: int  # forward process
    scheduler2: str  # comparison
    steps2: int
    epochs: int  # training lab
    per_class: int
    lseed: int

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> ImageSettings:
        """From :meth:`SettingTable.parse`'s values (defaults for any missing)."""
        return cls(**{**TABLE.defaults, **{k: v for k, v in values.items() if k in TABLE.by_name}})

    @property
    def label(self) -> int | None:
        """The diffusion class label (``None``: any digit)."""
        return None if self.digit == ANY_DIGIT else self.digit

    @property
    def forward_digit(self) -> int:
        """The real digit the forward process noises (a 7 when any digit is asked for)."""
        return 7 if self.digit == ANY_DIGIT else self.digit

    @property
    def compare_configs(self) -> list[tuple[str, int]]:
        """The comparison's two ``(scheduler, steps)``: the sampler's and the second one."""
        return [(self.scheduler, self.steps), (self.scheduler2, self.steps2)]


# --- DCGAN view --------------------------------------------------------------------------------


def guess_captions(
    labels: Sequence[int] | np.ndarray, confidences: Sequence[float] | np.ndarray
) -> list[str]:
    """Caption under each sample: the classifier's digit and confidence (``7 · 98%``)."""
    return [f"{int(d)} · {float(c):.0%}" for d, c in zip(labels, confidences, strict=True)]


@dataclass(frozen=True)
class Quality:
    """How the classifier reads a batch: confident share and which digits appear."""

    n: int
    confident: int  # samples read with confidence >= threshold
    threshold: float
    counts: tuple[int, ...]  # per digit 0-9 (all samples)

    @property
    def share(self) -> float:
        return self.confident / self.n if self.n else 0.0

    @property
    def digits_present(self) -> int:
        return sum(1 for c in self.counts if c)


def quality(
    labels: Sequence[int] | np.ndarray,
    confidences: Sequence[float] | np.ndarray,
    threshold: float = 0.9,
) -> Quality:
    """Summarise classifier guesses over a batch of samples."""
    lab = np.asarray(labels, dtype=np.int64)
    conf = np.asarray(confidences, dtype=np.float64)
    counts = np.bincount(lab[(lab >= 0) & (lab < 10)], minlength=10)[:10]
    return Quality(
        len(lab), int((conf >= threshold).sum()), threshold, tuple(int(c) for c in counts)
    )


@dataclass(frozen=True)
class Digits:
    """Generated digits with the classifier's reading of each."""

    images: np.ndarray  # uint8 [N, 28, 28]
    labels: np.ndarray  # int [N]
    confidences: np.ndarray  # float [N]

    @property
    def captions(self) -> list[str]:
        return guess_captions(self.labels, self.confidences)

    @property
    def quality(self) -> Quality:
        return quality(self.labels, self.confidences)


def classified(samples: np.ndarray, classifier) -> Digits:
    """``samples`` with the classifier's guess and confidence for each."""
    labels, confidences = images.classify(samples, classifier)
    return Digits(samples, labels, confidences)


def pingpong(frames: Sequence[np.ndarray]) -> list[np.ndarray]:
    """``a b c`` -> ``a b c b``: an animation that loops smoothly back to its start."""
    seq = list(frames)
    return seq + seq[-2:0:-1] if len(seq) > 2 else seq


# --- diffusion view ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FrameView:
    """One scrubber position: the noisy sample, the model's predicted clean image, the step."""

    index: int  # position in the kept frames (clamped)
    step: int  # sampler step (== total steps for the finished image)
    total: int  # total sampler steps
    noisy: np.ndarray  # uint8 [28, 28]
    x0: np.ndarray  # uint8 [28, 28]

    @property
    def is_final(self) -> bool:
        return self.step >= self.total


def frame_view(result: images.Generated, index: int, sample: int = 0) -> FrameView:
    """The kept frame at scrubber position ``index`` (clamped into range) for one sample."""
    if not result.frames:
        raise ValueError("the result kept no frames")
    i = min(max(int(index), 0), len(result.frames) - 1)
    total = int(result.params.get("num_inference_steps", result.frame_steps[-1]))
    k = min(max(int(sample), 0), len(result.images) - 1)
    return FrameView(
        i, int(result.frame_steps[i]), total, result.frames[i][k], result.x0_frames[i][k]
    )


def progress_every(total_steps: int, updates: int = 50) -> int:
    """Report live progress every this many steps (about ``updates`` updates in all)."""
    return max(1, math.ceil(max(int(total_steps), 1) / max(int(updates), 1)))


def reports(i: int, total_steps: int) -> bool:
    """Whether step ``i`` (from 0) updates the live progress: every :func:`progress_every`
    steps, and always the last."""
    return (i + 1) % progress_every(total_steps) == 0 or i + 1 == total_steps


@dataclass(frozen=True)
class DiffusionRun:
    """The latest diffusion result of a session: the sample with its kept frames, how long it
    took, and what the classifier reads in it."""

    result: images.Generated
    seconds: float
    guess: int
    confidence: float

    @property
    def params(self) -> dict[str, Any]:
        """The sampling arguments actually used (``digit``, ``scheduler_name``, ...)."""
        return self.result.params

    @property
    def last_frame(self) -> int:
        return len(self.result.frames) - 1

    @property
    def file_stem(self) -> str:
        p = self.params
        return f"diffusion_{p['digit']}_{p['scheduler_name']}"


def run_diffusion(
    unet,
    base_scheduler,
    classifier,
    s: ImageSettings,
    on_step: Callable[[int, np.ndarray], None] | None = None,
) -> DiffusionRun:
    """Sample one digit with ``s``'s sampler settings, keeping frames for the scrubber.

    ``on_step(i, x0)`` gets the model's current clean guess (uint8 ``[28, 28]``) at the steps
    where :func:`reports` says the live preview should update."""

    def callback(i: int, _t: float, _sample, x0) -> None:
        if on_step is not None and reports(i, s.steps):
            on_step(i, x0[0])

    t0 = time.perf_counter()
    res = images.sample_diffusion(
        unet,
        base_scheduler,
        s.label,
        num_inference_steps=s.steps,
        guidance_scale=s.guidance,
        scheduler_name=s.scheduler,
        seed=s.dseed,
        keep_frames=True,
        callback=callback,
    )
    seconds = time.perf_counter() - t0
    guess, conf = images.classify(res.images, classifier)
    return DiffusionRun(res, seconds, int(guess[0]), float(conf[0]))


@dataclass(frozen=True)
class Comparison:
    """One side of a scheduler comparison: what ran, how long, and what came out."""

    scheduler: str
    steps: int
    seconds: float
    image: np.ndarray  # uint8 [28, 28]
    guess: int
    confidence: float


def _step_callback(
    on_step: Callable[[int, int, int], None], k: int, steps: int
) -> Callable[..., None]:
    """A sampler callback that reports step ``i`` of configuration ``k`` as ``(k, i, steps)``."""

    def callback(i: int, _t, _x, _x0) -> None:
        on_step(k, i, steps)

    return callback


def compare(
    unet,
    base_scheduler,
    classifier,
    configs: Sequence[tuple[str, int]],
    *,
    digit: int,
    seed: int,
    guidance: float,
    on_start: Callable[[int], None] | None = None,
    on_step: Callable[[int, int, int], None] | None = None,
) -> list[Comparison]:
    """The same digit and seed under each ``(scheduler, steps)``, each timed and classified.

    ``on_start(k)`` runs before configuration ``k``, ``on_step(k, i, steps)`` after its step
    ``i`` (progress). Runs are timed one after another with :func:`time.perf_counter` (wall
    clock, so a busy machine slows both; their ratio is the fair part)."""
    out: list[Comparison] = []
    for k, (name, steps) in enumerate(configs):
        if on_start is not None:
            on_start(k)
        label = None if digit == ANY_DIGIT else digit
        callback = None if on_step is None else _step_callback(on_step, k, steps)

        t0 = time.perf_counter()
        res = images.sample_diffusion(
            unet,
            base_scheduler,
            label,
            num_inference_steps=steps,
            guidance_scale=guidance,
            scheduler_name=name,
            seed=seed,
            callback=callback,
        )
        seconds = time.perf_counter() - t0
        guess, conf = images.classify(res.images, classifier)
        out.append(
            Comparison(
                res.params["scheduler_name"],
                res.params["num_inference_steps"],
                seconds,
                res.images[0],
                int(guess[0]),
                float(conf[0]),
            )
        )
    return out


def time_ratio(seconds: Sequence[float]) -> float | None:
    """Slowest over fastest run time (``None`` without two positive times)."""
    secs = [float(x) for x in seconds if x and float(x) > 0]
    return max(secs) / min(secs) if len(secs) >= 2 else None


@dataclass(frozen=True)
class ComparisonRun:
    """A session's latest comparison: each side, and the digit and seed they shared."""

    rows: tuple[Comparison, ...]
    digit: int
    seed: int

    @property
    def ratio(self) -> float | None:
        return time_ratio([r.seconds for r in self.rows])


def run_comparison(
    unet,
    base_scheduler,
    classifier,
    s: ImageSettings,
    on_step: Callable[[int, int, int], None] | None = None,
) -> ComparisonRun:
    """:func:`compare` on ``s``'s two configurations; ``on_step(k, i, steps)`` only at the
    steps where :func:`reports` says progress should update."""

    def step(k: int, i: int, steps: int) -> None:
        if on_step is not None and reports(i, steps):
            on_step(k, i, steps)

    rows = compare(
        unet,
        base_scheduler,
        classifier,
        s.compare_configs,
        digit=s.digit,
        seed=s.dseed,
        guidance=s.guidance,
        on_step=step,
    )
    return ComparisonRun(tuple(rows), s.digit, s.dseed)


def forward_strip_steps(num_train_timesteps: int, n: int = 6) -> list[int]:
    """Evenly spaced training steps from 0 to the last, for a forward-process strip."""
    last = max(int(num_train_timesteps) - 1, 0)
    n = max(2, int(n))
    return sorted({round(i * last / (n - 1)) for i in range(n)})


def hub_image(pipe, steps: int, seed: int) -> np.ndarray:
    """One image from a hub diffusers pipeline as uint8 ``[H, W, 3]`` (or ``[H, W]``)."""
    import torch

    out = pipe(
        num_inference_steps=int(steps),
        generator=torch.Generator().manual_seed(int(seed)),
        output_type="np",
    )
    arr = np.asarray(out.images[0])
    return np.clip(arr * 255 + 0.5, 0, 255).astype(np.uint8)


# --- training lab ------------------------------------------------------------------------------

LAB_SAMPLE_COUNT = 16
MAX_CONCURRENT_RUNS = 1  # across the whole server: the CPU is shared by every visitor
_server_slots = threading.BoundedSemaphore(MAX_CONCURRENT_RUNS)


def lab_data(per_class: int) -> np.ndarray:
    """The first ``per_class`` training digits of each class (clamped), uint8 ``[N, 28, 28]``."""
    from aigc_dash.generation import digits

    k = min(max(int(per_class), LAB_MIN_PER_CLASS), LAB_MAX_PER_CLASS)
    x, y = digits.digits_split("train")
    idx = np.concatenate([np.flatnonzero(y == c)[:k] for c in range(10)])
    return np.ascontiguousarray(x[np.sort(idx)])


def steps_per_epoch(n_images: int, batch_size: int | None = None) -> int:
    """Batches in one epoch of :func:`train_dcgan` (full batches only; at least one)."""
    from aigc_dash.generation import gan_training

    return gan_training.steps_per_epoch(n_images, batch_size or gan_training.BATCH_SIZE)


MAX_LAB_EPOCHS_TOTAL = 50  # a run continued again and again stops growing here
MAX_GRIDS_KEPT = 12  # sample grids kept (the latest ones)


@dataclass(frozen=True)
class LabSnapshot:
    """A consistent copy of a lab run's progress for drawing (plain lists, no tensors)."""

    status: str  # new | running | done | stopped | failed
    step: int
    total_steps: int
    steps_per_epoch: int
    epoch: int
    epochs: int
    d_loss: list[float]  # one per training step
    g_loss: list[float]
    epoch_d_loss: list[float]
    epoch_g_loss: list[float]
    grids: list[np.ndarray]  # the latest sample grids, uint8 [16, 28, 28] each
    grid_epochs: list[int]  # the epoch of each grid
    seconds: float  # training time so far
    error: str
    stop_requested: bool


@dataclass
class LabRun:
    """This session's training-lab run: a fresh DCGAN trained in a background thread.

    The page polls :meth:`snapshot`; the stop button calls :meth:`request_stop`, which the
    training loop sees through its ``should_stop`` hook before the next batch, so whatever
    was trained is kept (:attr:`generator`, and the optimiser state to continue from).
    Memory is bounded: one loss per step for at most :data:`MAX_LAB_EPOCHS_TOTAL` epochs,
    the latest :data:`MAX_GRIDS_KEPT` sample grids, and the (at most 4,000) training digits.
    """

    epochs: int  # planned epochs in all (grows when the run is continued)
    per_class: int
    seed: int
    data: np.ndarray | None = field(default=None, repr=False)
    status: str = "new"  # new | running | done | stopped | failed
    total_steps: int = 0
    step: int = 0
    epoch: int = 0
    error: str = ""
    started_at: float = 0.0
    finished_at: float = 0.0
    seconds_before: float = 0.0  # training time of earlier segments (continued runs)
    epoch_grids: list[tuple[int, np.ndarray]] = field(default_factory=list)  # (epoch, [16,28,28])
    history: Any = field(default_factory=dict)  # a gan_training.LossHistory once started
    generator: Any = None
    discriminator: Any = None
    optimizers: Any = None
    rng: Any = None
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def running(self) -> bool:
        return self.status == "running"

    @property
    def finished(self) -> bool:
        return self.status in ("done", "stopped", "failed")

    @property
    def steps_per_epoch(self) -> int:
        return steps_per_epoch(0 if self.data is None else len(self.data))

    def request_stop(self) -> None:
        """Ask the training loop to stop before its next batch (keeps what was trained)."""
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the run ends (tests, benchmarks); True if it ended."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self.finished

    def snapshot(self) -> LabSnapshot:
        """A consistent copy of the run's progress for drawing."""
        with self._lock:
            h = self.history
            now = self.finished_at or time.monotonic()
            return LabSnapshot(
                status=self.status,
                step=self.step,
                total_steps=self.total_steps,
                steps_per_epoch=self.steps_per_epoch,
                epoch=self.epoch,
                epochs=self.epochs,
                d_loss=list(h.get("d_loss", [])),
                g_loss=list(h.get("g_loss", [])),
                epoch_d_loss=list(h.get("epoch_d_loss", [])),
                epoch_g_loss=list(h.get("epoch_g_loss", [])),
                grids=[g for _, g in self.epoch_grids],
                grid_epochs=[e for e, _ in self.epoch_grids],
                seconds=self.seconds_before + ((now - self.started_at) if self.started_at else 0.0),
                error=self.error,
                stop_requested=self._stop.is_set(),
            )

    def _train(self, epochs: int) -> None:
        import torch

        from aigc_dash.generation import gan_training as dcgan

        try:
            if self.generator is None:  # a fresh run; a continued one keeps all of these
                self.generator, self.discriminator = dcgan.build_models(self.seed)
                self.optimizers = dcgan.make_optimizers(self.generator, self.discriminator)
                self.rng = torch.Generator().manual_seed(self.seed)
                with self._lock:
                    self.history = dcgan.new_history()
            gen = self.generator
            fixed = dcgan.seeded_latents(self.seed, LAB_SAMPLE_COUNT, gen.latent_dim)

            def on_step(step: int, d_loss: float, g_loss: float) -> None:
                with self._lock:
                    self.step = step

            def on_epoch(epoch: int, h: Mapping[str, Any]) -> None:
                # sample in eval mode so the BatchNorm statistics are not nudged by the grid
                gen.eval()
                with torch.no_grad():
                    grid = images.to_uint8(gen(fixed))
                gen.train()
                with self._lock:
                    self.epoch = epoch
                    self.epoch_grids = [*self.epoch_grids, (epoch, grid)][-MAX_GRIDS_KEPT:]

            # THE training loop of the bundled DCGAN's script, with the same hyper-parameters
            data = self.data
            assert data is not None  # given when the run is made
            dcgan.train_dcgan(
                gen,
                self.discriminator,
                data,
                epochs,
                seed=self.seed,
                rng=self.rng,
                optimizers=self.optimizers,
                history=self.history,
                on_step=on_step,
                on_epoch=on_epoch,
                should_stop=self._stop.is_set,
            )
            with self._lock:
                self.status = "stopped" if self.history["stopped"] else "done"
        except Exception as exc:  # shown to the user; the page must not die with the thread
            with self._lock:
                self.status = "failed"
                self.error = f"{type(exc).__name__}: {exc}"[:300]
        finally:
            with self._lock:
                self.finished_at = time.monotonic()
            _server_slots.release()

    def samples(self, seed: int = 0, count: int = LAB_SAMPLE_COUNT) -> images.Generated:
        """Fresh samples from what this run trained (only once it has finished)."""
        if not self.finished or self.generator is None:
            raise RuntimeError("the run has not finished")
        return images.sample_dcgan(self.generator, seed, count)


def _launch(run: LabRun, epochs: int) -> None:
    run._stop.clear()
    run.status = "running"
    run.started_at = time.monotonic()
    run.finished_at = 0.0
    run._thread = threading.Thread(
        target=run._train, args=(epochs,), name="image-lab-train", daemon=True
    )
    run._thread.start()


def start_lab_run(
    current: LabRun | None, epochs: int, per_class: int, seed: int
) -> tuple[LabRun | None, str]:
    """Start a fresh training run unless one is already going: ``(run, reason)``.

    ``reason`` is ``""`` when started, ``"already_running"`` when this session's run is still
    going (the run guard: a double click or a second tab cannot start two), or
    ``"server_busy"`` when another visitor's run holds the server's only slot. On refusal the
    returned run is ``current``, untouched.
    """
    if current is not None and current.running:
        return current, "already_running"
    if not _server_slots.acquire(blocking=False):
        return current, "server_busy"
    try:
        epochs = min(max(int(epochs), 1), LAB_MAX_EPOCHS)
        per_class = min(max(int(per_class), LAB_MIN_PER_CLASS), LAB_MAX_PER_CLASS)
        run = LabRun(epochs, per_class, int(seed), data=lab_data(per_class))
        run.total_steps = epochs * run.steps_per_epoch
        _launch(run, epochs)
    except BaseException:
        _server_slots.release()
        raise
    return run, ""


def continue_lab_run(current: LabRun | None, epochs: int) -> tuple[LabRun | None, str]:
    """Train this session's finished run for ``epochs`` more, from where it stopped.

    Same networks, optimisers, random stream and loss history (``train_dcgan`` continues
    them). ``reason``: ``""``, ``"already_running"``, ``"server_busy"``, ``"nothing"`` (no
    usable run) or ``"limit"`` (the run has reached :data:`MAX_LAB_EPOCHS_TOTAL` epochs).
    """
    if current is None or current.generator is None or current.status == "failed":
        return current, "nothing"
    if current.running:
        return current, "already_running"
    done = int(current.history.get("epochs", 0))
    epochs = min(max(int(epochs), 1), LAB_MAX_EPOCHS, MAX_LAB_EPOCHS_TOTAL - done)
    if epochs <= 0:
        return current, "limit"
    if not _server_slots.acquire(blocking=False):
        return current, "server_busy"
    try:
        with current._lock:
            current.seconds_before += (current.finished_at or 0.0) - (current.started_at or 0.0)
            # a stopped epoch is abandoned: training restarts at the next epoch boundary
            current.epochs = done + epochs
            current.total_steps = current.step + epochs * current.steps_per_epoch
        _launch(current, epochs)
    except BaseException:
        _server_slots.release()
        raise
    return current, ""


# --- the lab's buttons: callbacks on the session's state ---------------------------------------

LAB_RUN = "image_lab_run"  # this session's training run (one at a time)
FLASH = "image_flash"  # a one-off message key from a callback, shown on the next run


def lab_start(state: MutableMapping[str, Any]) -> None:
    """The start button: a fresh run with the widgets' settings, replacing the session's last
    one (one per session); a refusal leaves the reason's message key under :data:`FLASH`."""
    run, reason = start_lab_run(
        state.get(LAB_RUN),
        state.get(widget_key("epochs"), TABLE.defaults["epochs"]),
        state.get(widget_key("per_class"), TABLE.defaults["per_class"]),
        state.get(widget_key("lseed"), TABLE.defaults["lseed"]),
    )
    if reason:
        state[FLASH] = f"image_lab_{reason}"
    else:
        state[LAB_RUN] = run


def lab_continue(state: MutableMapping[str, Any]) -> None:
    """The continue button: the session's finished run trains the chosen epochs more."""
    _, reason = continue_lab_run(
        state.get(LAB_RUN), state.get(widget_key("epochs"), TABLE.defaults["epochs"])
    )
    if reason:
        state[FLASH] = f"image_lab_{reason}"


def lab_stop(state: MutableMapping[str, Any]) -> None:
    """The stop button: the run stops before its next batch and keeps what it trained."""
    run = state.get(LAB_RUN)
    if run is not None:
        run.request_stop()


def lab_can_continue(run: LabRun | None) -> bool:
    """Whether the continue button is enabled: a run that trained something and has ended."""
    return run is not None and run.generator is not None and not run.running
