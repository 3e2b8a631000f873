"""Image generation on loaded models: plain arguments in, plain values out (no streamlit).

Models come from :mod:`aigc_dash.generation.models` (cached, shared by every session); every function
here treats them as read-only: randomness comes from a per-call ``torch.Generator`` and each
diffusion call makes its own scheduler from the base scheduler's config, so concurrent calls
on one shared model are safe and a fixed seed gives the same pixels.

Arguments use the libraries' own names (``num_inference_steps``, ``guidance_scale``,
``seed``). Out-of-range arguments are clamped and the result says so (``clamped``).
Images are numpy ``uint8`` arrays ``[N, 28, 28]`` (0 = black background). torch is imported
inside the functions, so importing this module is cheap.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from aigc_dash.nets.digits import NULL_CLASS

if TYPE_CHECKING:
    from aigc_dash.nets.dcgan import Generator

SCHEDULERS: dict[str, str] = {
    "ddpm": "DDPMScheduler",
    "ddim": "DDIMScheduler",
    "dpm++": "DPMSolverMultistepScheduler",
    "euler": "EulerDiscreteScheduler",
}
SCHEDULER_LABELS: dict[str, str] = {
    "ddpm": "DDPM",
    "ddim": "DDIM",
    "dpm++": "DPM-Solver++",
    "euler": "Euler",
}
DEFAULT_SCHEDULER = "dpm++"
DEFAULT_STEPS = 20
DEFAULT_GUIDANCE = 3.0
MAX_STEPS = 1000
MAX_GUIDANCE = 10.0
MAX_COUNT = 64
MAX_FRAMES_KEPT = 50
MAX_INTERPOLATION_FRAMES = 60
MAX_SEED = 2**31 - 1

StepCallback = Callable[[int, float, np.ndarray, np.ndarray], None]


@dataclass
class Generated:
    """Images and how they were made. ``clamped`` is True when an argument was out of range."""

    images: np.ndarray  # uint8 [N, 28, 28]
    clamped: bool = False
    params: dict = field(default_factory=dict)  # the values actually used
    frames: list[np.ndarray] = field(default_factory=list)  # noisy sample per kept step [N,28,28]
    x0_frames: list[np.ndarray] = field(default_factory=list)  # predicted clean image per kept step
    frame_steps: list[int] = field(default_factory=list)  # step index of each kept frame


def _clamp_int(value, lo: int, hi: int, default: int) -> tuple[int, bool]:
    try:
        v = int(value)
    except (TypeError, ValueError, OverflowError):
        return default, True
    return min(max(v, lo), hi), not (lo <= v <= hi)


def _clamp_float(value, lo: float, hi: float, default: float) -> tuple[float, bool]:
    try:
        v = float(value)
    except (TypeError, ValueError, OverflowError):
        return default, True
    if math.isnan(v):
        return default, True
    return min(max(v, lo), hi), not (lo <= v <= hi)


def to_uint8(x) -> np.ndarray:
    """A tensor/array in [-1, 1] (any leading shape, optional channel 1) -> uint8 ``[N, 28, 28]``."""
    arr = (
        x.detach().float().cpu().numpy()
        if hasattr(x, "detach")
        else np.asarray(x, dtype=np.float32)
    )
    if arr.ndim == 4:
        arr = arr[:, 0]
    return np.clip((arr + 1.0) * 127.5 + 0.5, 0, 255).astype(np.uint8)


def _to_tensor(images: np.ndarray):
    import torch

    arr = np.asarray(images)
    if arr.ndim == 2:
        arr = arr[None]
    if arr.dtype != np.uint8:
        raise ValueError("images must be uint8 arrays [N, 28, 28]")
    return torch.from_numpy(arr.astype(np.float32) / 127.5 - 1.0).unsqueeze(1)


# --- classifier ----------------------------------------------------------------------------


def classify(images: np.ndarray, classifier) -> tuple[np.ndarray, np.ndarray]:
    """Digits the classifier reads and its confidence: ``(labels int [N], confidences float [N])``."""
    import torch

    x = _to_tensor(images)
    if len(x) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    with torch.inference_mode():
        prob = torch.cat(
            [torch.softmax(classifier(x[i : i + 256]), 1) for i in range(0, len(x), 256)]
        )
    conf, pred = prob.max(1)
    return pred.numpy().astype(np.int64), conf.numpy().astype(np.float32)


def classify_with(classifier, images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`classify` with the model first."""
    return classify(images, classifier)


# --- DCGAN ---------------------------------------------------------------------------------


def _latent(seed: int, latent_dim: int):
    import torch

    return torch.randn(latent_dim, generator=torch.Generator().manual_seed(seed))


def sample_dcgan(generator: Generator, seed: int = 0, count: int = 16) -> Generated:
    """``count`` DCGAN digits; image ``i`` comes from seed ``seed + i`` (redrawable alone)."""
    import torch

    count, c1 = _clamp_int(count, 1, MAX_COUNT, 16)
    seed, c2 = _clamp_int(seed, 0, MAX_SEED - MAX_COUNT, 0)
    dim = generator.latent_dim
    z = torch.stack([_latent(seed + i, dim) for i in range(count)])
    with torch.inference_mode():
        x = generator(z)
    return Generated(to_uint8(x), c1 or c2, {"seed": seed, "count": count})


def _slerp(a, b, t: float):
    import torch

    cos = torch.dot(a, b) / (a.norm() * b.norm())
    omega = torch.acos(cos.clamp(-1 + 1e-7, 1 - 1e-7))
    if omega.abs() < 1e-4:
        return (1 - t) * a + t * b
    return (torch.sin((1 - t) * omega) * a + torch.sin(t * omega) * b) / torch.sin(omega)


def interpolate_dcgan(
    generator: Generator, seed_a: int = 0, seed_b: int = 1, n_frames: int = 8, mode: str = "slerp"
) -> Generated:
    """Walk the latent space from seed ``seed_a``'s digit to seed ``seed_b``'s in ``n_frames``.

    The first and last frames equal ``sample_dcgan(g, seed_a, 1)`` and ``sample_dcgan(g, seed_b, 1)``.
    ``mode``: ``"slerp"`` (along the sphere where Gaussian latents live) or ``"linear"``.
    """
    import torch

    n_frames, c1 = _clamp_int(n_frames, 2, MAX_INTERPOLATION_FRAMES, 8)
    seed_a, c2 = _clamp_int(seed_a, 0, MAX_SEED, 0)
    seed_b, c3 = _clamp_int(seed_b, 0, MAX_SEED, 1)
    c4 = mode not in ("slerp", "linear")
    mode = "slerp" if c4 else mode
    dim = generator.latent_dim
    a, b = _latent(seed_a, dim), _latent(seed_b, dim)
    zs = []
    for i in range(n_frames):
        t = i / (n_frames - 1)
        if i == 0:
            zs.append(a)
        elif i == n_frames - 1:
            zs.append(b)
        else:
            zs.append(_slerp(a, b, t) if mode == "slerp" else (1 - t) * a + t * b)
    with torch.inference_mode():
        x = torch.cat([generator(z[None]) for z in zs])  # one at a time: same pixels as sampling
    params = {"seed_a": seed_a, "seed_b": seed_b, "n_frames": n_frames, "mode": mode}
    return Generated(to_uint8(x), c1 or c2 or c3 or c4, params)


# --- diffusion -----------------------------------------------------------------------------


def make_scheduler(name: str, base_config):
    """A NEW scheduler of kind ``name`` (see :data:`SCHEDULERS`) from the model's base config."""
    import diffusers

    if name not in SCHEDULERS:
        raise ValueError(f"unknown scheduler {name!r}; choose from {sorted(SCHEDULERS)}")
    return getattr(diffusers, SCHEDULERS[name]).from_config(base_config)


def _x0_from_output(out, sample_in, t, alphas_cumprod, prediction_type: str):
    """The model's predicted clean image from its output on the (variance-preserving) input."""
    idx = int(min(max(round(float(t)), 0), len(alphas_cumprod) - 1))
    ab = alphas_cumprod[idx]
    if prediction_type == "v_prediction":
        x0 = ab.sqrt() * sample_in - (1 - ab).sqrt() * out
    elif prediction_type == "epsilon":
        x0 = (sample_in - (1 - ab).sqrt() * out) / ab.sqrt()
    else:
        x0 = out
    return x0.clamp(-1, 1)


def _keep_indices(total: int, max_kept: int) -> set[int]:
    if total <= max_kept:
        return set(range(total))
    return {round(i * (total - 1) / (max_kept - 1)) for i in range(max_kept)}


def diffusion_batch(
    unet,
    base_scheduler,
    labels: Sequence[int] | np.ndarray,
    *,
    scheduler_name: str = DEFAULT_SCHEDULER,
    num_inference_steps: int = DEFAULT_STEPS,
    guidance_scale: float = DEFAULT_GUIDANCE,
    seed: int = 0,
    callback: StepCallback | None = None,
) -> np.ndarray:
    """Sample one image per label (0-9, or 10 for "any digit"); uint8 ``[N, 28, 28]``.

    Classifier-free guidance: ``uncond + guidance_scale * (cond - uncond)``; 1 means the
    conditional model alone, 0 the unconditional one. ``callback(i, t, sample, x0)`` sees
    every step: the noisy sample going into the model and its predicted clean image (uint8).
    Arguments are used as given (see :func:`sample_diffusion` for clamping).
    """
    import inspect

    import torch

    sched = make_scheduler(scheduler_name, base_scheduler.config)
    sched.set_timesteps(num_inference_steps)
    gen = torch.Generator().manual_seed(int(seed))
    lab = torch.as_tensor(np.asarray(labels, dtype=np.int64))
    n = len(lab)
    size = unet.config.sample_size
    x = (
        torch.randn((n, unet.config.in_channels, size, size), generator=gen)
        * sched.init_noise_sigma
    )
    null = torch.full_like(lab, NULL_CLASS)
    g = float(guidance_scale)
    step_kwargs = (
        {"generator": gen} if "generator" in inspect.signature(sched.step).parameters else {}
    )
    ac = base_scheduler.alphas_cumprod
    ptype = base_scheduler.config.prediction_type
    with torch.inference_mode():
        for i, t in enumerate(sched.timesteps):
            x_in = sched.scale_model_input(x, t)
            if g == 1.0:
                out = unet(x_in, t, class_labels=lab).sample
            elif g == 0.0:
                out = unet(x_in, t, class_labels=null).sample
            else:
                both = unet(torch.cat([x_in, x_in]), t, class_labels=torch.cat([lab, null])).sample
                cond, uncond = both.chunk(2)
                out = uncond + g * (cond - uncond)
            if callback is not None:
                x0 = _x0_from_output(out, x_in, t, ac, ptype)
                callback(i, float(t), to_uint8(x_in.clamp(-1, 1)), to_uint8(x0))
            x = sched.step(out, t, x, **step_kwargs).prev_sample
    return to_uint8(x.clamp(-1, 1))


def sample_diffusion(
    unet,
    base_scheduler,
    digit: int | None = 7,
    *,
    count: int = 1,
    num_inference_steps: int = DEFAULT_STEPS,
    guidance_scale: float = DEFAULT_GUIDANCE,
    scheduler_name: str = DEFAULT_SCHEDULER,
    seed: int = 0,
    keep_frames: bool = False,
    max_frames: int = MAX_FRAMES_KEPT,
    callback: StepCallback | None = None,
) -> Generated:
    """``count`` images of ``digit`` (None: any digit) with per-step frames when asked.

    ``keep_frames`` keeps the noisy sample and predicted clean image of at most ``max_frames``
    evenly spaced steps (always the first and last), so memory stays bounded at 1,000 steps.
    """
    clamped = False
    if digit is None:
        label = NULL_CLASS
    else:
        label, c = _clamp_int(digit, 0, 9, 7)
        clamped |= c
    count, c = _clamp_int(count, 1, MAX_COUNT, 1)
    clamped |= c
    steps, c = _clamp_int(num_inference_steps, 1, MAX_STEPS, DEFAULT_STEPS)
    clamped |= c
    guidance, c = _clamp_float(guidance_scale, 0.0, MAX_GUIDANCE, DEFAULT_GUIDANCE)
    clamped |= c
    seed, c = _clamp_int(seed, 0, MAX_SEED, 0)
    clamped |= c
    if scheduler_name not in SCHEDULERS:
        scheduler_name, clamped = DEFAULT_SCHEDULER, True
    max_frames, _ = _clamp_int(max_frames, 2, MAX_FRAMES_KEPT, MAX_FRAMES_KEPT)
    # DPM-Solver++ needs at least as many steps as its order would take; 1 is fine for others
    keep = _keep_indices(steps, max_frames) if keep_frames else set()
    frames: list[np.ndarray] = []
    x0s: list[np.ndarray] = []
    kept: list[int] = []

    def on_step(i: int, t: float, sample: np.ndarray, x0: np.ndarray) -> None:
        if i in keep:
            frames.append(sample)
            x0s.append(x0)
            kept.append(i)
        if callback is not None:
            callback(i, t, sample, x0)

    images = diffusion_batch(
        unet,
        base_scheduler,
        [label] * count,
        scheduler_name=scheduler_name,
        num_inference_steps=steps,
        guidance_scale=guidance,
        seed=seed,
        callback=on_step if (keep or callback is not None) else None,
    )
    params = {
        "digit": None if label == NULL_CLASS else label,
        "count": count,
        "num_inference_steps": steps,
        "guidance_scale": guidance,
        "scheduler_name": scheduler_name,
        "seed": seed,
    }
    if keep:  # the finished image closes the sequence
        frames.append(images)
        x0s.append(images)
        kept.append(steps)
    return Generated(images, clamped, params, frames, x0s, kept)


def add_noise(
    base_scheduler, image: np.ndarray, timestep: int, seed: int = 0
) -> tuple[np.ndarray, bool]:
    """The forward process: ``image`` (uint8 [28, 28]) with noise of step ``timestep`` added
    by ``scheduler.add_noise``; returns ``(noisy uint8 [28, 28], clamped)``."""
    import torch

    n_train = int(base_scheduler.config.num_train_timesteps)
    t, clamped = _clamp_int(timestep, 0, n_train - 1, 0)
    x0 = _to_tensor(np.asarray(image))[:1]
    noise = torch.randn(x0.shape, generator=torch.Generator().manual_seed(int(seed)))
    noisy = base_scheduler.add_noise(x0, noise, torch.tensor([t]))
    return to_uint8(noisy.clamp(-1, 1))[0], clamped


def signal_fraction(base_scheduler, timestep: int) -> float:
    """sqrt(alpha_bar_t): how much of the original image is left at step ``timestep``."""
    n_train = int(base_scheduler.config.num_train_timesteps)
    t, _ = _clamp_int(timestep, 0, n_train - 1, 0)
    return float(base_scheduler.alphas_cumprod[t].sqrt())


def real_digit(digit: int = 7, index: int = 0) -> tuple[np.ndarray, bool]:
    """A real held-out MNIST digit (no model trained on it): ``(uint8 [28, 28], clamped)``."""
    from aigc_dash.generation import digits

    d, c1 = _clamp_int(digit, 0, 9, 7)
    images, labels = digits.digits_split("heldout")
    pool = images[labels == d]
    i, c2 = _clamp_int(index, 0, len(pool) - 1, 0)
    return pool[i].copy(), c1 or c2


# --- pictures ------------------------------------------------------------------------------


def grid(
    images: np.ndarray, cols: int | None = None, pad: int = 2, pad_value: int = 40
) -> np.ndarray:
    """Tile uint8 images ``[N, H, W]`` into one uint8 image (``cols`` per row)."""
    arr = np.asarray(images, dtype=np.uint8)
    if arr.ndim == 2:
        arr = arr[None]
    n, h, w = arr.shape
    if n == 0:
        return np.zeros((h, w), dtype=np.uint8)
    cols = max(1, min(int(cols or math.ceil(math.sqrt(n))), n))
    rows = math.ceil(n / cols)
    out = np.full((rows * (h + pad) + pad, cols * (w + pad) + pad), pad_value, dtype=np.uint8)
    for k in range(n):
        r, c = divmod(k, cols)
        out[
            pad + r * (h + pad) : pad + r * (h + pad) + h,
            pad + c * (w + pad) : pad + c * (w + pad) + w,
        ] = arr[k]
    return out


def upscale(image: np.ndarray, scale: int = 4) -> np.ndarray:
    """Nearest-neighbour upscaling (crisp pixels), ``scale`` clamped to 1-16."""
    s, _ = _clamp_int(scale, 1, 16, 4)
    return np.kron(np.asarray(image, dtype=np.uint8), np.ones((s, s), dtype=np.uint8))


def png_bytes(image: np.ndarray) -> bytes:
    """A uint8 greyscale image as PNG bytes."""
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(np.asarray(image, dtype=np.uint8), mode="L").save(buf, format="PNG")
    return buf.getvalue()


def png_data_uri(png: bytes) -> str:
    """PNG bytes as a ``data:image/png;base64,...`` address.

    For pictures that are replaced while a script runs (a sampler's preview, a live training
    grid): ``st.image`` passes such an address to the browser as it is, whereas an array
    becomes a served media file that Streamlit deletes once it is replaced, so a browser still
    fetching it gets a 404.
    """
    import base64

    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def grid_png(images: np.ndarray, cols: int | None = None, scale: int = 4) -> bytes:
    """Images tiled in a grid, upscaled with nearest neighbour, as PNG bytes."""
    return png_bytes(upscale(grid(images, cols), scale))


def strip_png(frames: Sequence[np.ndarray], scale: int = 3, max_frames: int = 12) -> bytes:
    """A denoising sequence as one PNG strip (first image of each frame; at most ``max_frames``)."""
    seq = [np.asarray(f)[0] if np.asarray(f).ndim == 3 else np.asarray(f) for f in frames]
    if not seq:
        raise ValueError("no frames")
    idx = sorted(_keep_indices(len(seq), max(2, max_frames)))
    return png_bytes(upscale(grid(np.stack([seq[i] for i in idx]), cols=len(idx)), scale))


def frames_gif(
    frames: Sequence[np.ndarray], scale: int = 4, duration_ms: int = 80, cols: int | None = None
) -> bytes:
    """A denoising sequence as an animated GIF (each frame a grid of the batch); holds the end."""
    from PIL import Image

    if not frames:
        raise ValueError("no frames")
    pics = [Image.fromarray(upscale(grid(np.asarray(f), cols), scale), mode="L") for f in frames]
    durations = [int(duration_ms)] * (len(pics) - 1) + [max(int(duration_ms), 1200)]
    buf = io.BytesIO()
    pics[0].save(
        buf, format="GIF", save_all=True, append_images=pics[1:], duration=durations, loop=0
    )
    return buf.getvalue()
