"""The networks package: every network rebuilds from its saved config with exactly the bundled
weights' parameters; the runtime never imports the training scripts; no import cycles.

Also the pixel conventions and the fixed MNIST split the image networks share.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import get_args

import numpy as np
import pytest
import torch
from safetensors.torch import load_file, save_file

from aigc_dash.generation import digits, models
from aigc_dash.nets import classifier, dcgan, rnn
from aigc_dash.nets import digits as conventions

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "aigc_dash"


def _params(module: torch.nn.Module) -> int:
    return sum(p.numel() for p in module.parameters())


def _saved_config(name: str) -> dict:
    return json.loads((models.REGISTRY[name].path / "config.json").read_text(encoding="utf-8"))


def _assert_matches_weights(net: torch.nn.Module, weights: Path) -> None:
    """Same tensor names and shapes as the file (a strict load), same parameter count."""
    saved = load_file(str(weights))
    assert {k: tuple(v.shape) for k, v in net.state_dict().items()} == {
        k: tuple(v.shape) for k, v in saved.items()
    }
    net.load_state_dict(saved)  # strict
    assert _params(net) == models.safetensors_parameters(weights)


# --- config -> network -> the bundled weights ------------------------------------------------


def test_classifier_config_round_trip():
    saved = _saved_config("classifier")
    config = classifier.ClassifierConfig.from_json(saved)
    assert config == classifier.ClassifierConfig()  # the bundled one has the default shapes
    assert config.to_json() == saved  # rewriting config.json leaves the bundled file unchanged
    net = classifier.DigitCNN(config)
    _assert_matches_weights(net, models.REGISTRY["classifier"].path / "model.safetensors")
    assert _params(net) == 468_010  # training_log.json's "parameters"
    assert net.eval()(torch.zeros(2, 1, 28, 28)).shape == (2, conventions.N_CLASSES)


def test_dcgan_config_round_trip():
    saved = _saved_config("dcgan")
    config = dcgan.DCGANConfig.from_json(saved)
    assert (config.arch, config.latent_dim, config.width) == ("dcgan-28-v2", 100, 64)
    assert config.to_json() == saved
    gen, disc = dcgan.build(config)
    folder = models.REGISTRY["dcgan"].path
    _assert_matches_weights(gen, folder / "generator.safetensors")
    _assert_matches_weights(disc, folder / "discriminator.safetensors")
    log = json.loads((folder / "training_log.json").read_text(encoding="utf-8"))
    assert (_params(gen), _params(disc)) == (log["g_parameters"], log["d_parameters"])


def test_rnn_config_round_trip():
    saved = _saved_config("rnn")
    config = rnn.RNNConfig.from_json(saved)
    assert config.to_json() == saved
    folder = models.REGISTRY["rnn"].path
    vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
    assert config.vocab_size == len(vocab)
    net = rnn.CharRNN(config)
    _assert_matches_weights(net, folder / "model.safetensors")
    info = json.loads((folder / "training_info.json").read_text(encoding="utf-8"))
    assert _params(net) == info["parameters"]


def test_loaders_rebuild_from_config_in_eval_mode_without_grads():
    loaded = models.load_rnn("rnn")
    assert isinstance(loaded.config, rnn.RNNConfig) and loaded.net.config.dropout == 0.0
    for net in (
        models.load_classifier(),
        models.load_dcgan(),
        models.load_dcgan_discriminator(),
        loaded.net,
    ):
        assert not net.training
        assert not any(p.requires_grad for p in net.parameters())
    assert models.load_dcgan().config == dcgan.DCGANConfig.from_json(_saved_config("dcgan"))


@pytest.mark.parametrize("arch", dcgan.ARCHS)
def test_every_dcgan_arch_round_trips_through_its_config(tmp_path, arch):
    from aigc_dash.generation import gan_training

    config = dcgan.DCGANConfig(arch, width=8)
    g, d = gan_training.build_models(0, config)
    z = torch.randn(3, dcgan.LATENT_DIM)
    g.eval()
    d.eval()
    x = g(z)
    assert x.shape == (3, 1, 28, 28) and float(x.detach().abs().max()) <= 1.0
    assert d(x).shape == (3,)
    save_file({k: v.contiguous() for k, v in g.state_dict().items()}, str(tmp_path / "g.st"))
    g2, d2 = dcgan.build(dcgan.DCGANConfig.from_json(config.to_json()))
    g2.load_state_dict(load_file(str(tmp_path / "g.st")))  # strict: same shapes and names
    assert torch.equal(g2.eval()(z), x)
    assert (g2.arch, type(d2)) == (arch, dcgan.Discriminator)


def test_v2_is_the_larger_network_and_unknown_archs_are_refused():
    small, _ = dcgan.build(dcgan.DCGANConfig("dcgan-28-v1", width=8))
    large, _ = dcgan.build(dcgan.DCGANConfig("dcgan-28-v2", width=8))
    assert _params(large) > 2 * _params(small)
    with pytest.raises(ValueError, match="unknown DCGAN arch"):
        dcgan.DCGANConfig("dcgan-99")  # type: ignore[arg-type]
    # a config without "arch" (written before there was a choice) still loads as v1
    cfg = {k: v for k, v in dcgan.DCGANConfig("dcgan-28-v1", width=8).to_json().items()}
    del cfg["arch"]
    assert dcgan.DCGANConfig.from_json(cfg).arch == "dcgan-28-v1"


def test_configs_are_frozen():
    config = dcgan.DCGANConfig()
    with pytest.raises(AttributeError):
        config.width = 8  # type: ignore[misc]


# --- the registry's sizes come from the files ------------------------------------------------


def test_registry_kinds_are_the_literal_and_sizes_come_from_the_weights():
    kinds = set(get_args(models.ModelKind))
    assert {info.kind for info in models.REGISTRY.values()} <= kinds
    for name in ("gpt", "rnn", "classifier", "dcgan", "diffusion"):
        info = models.REGISTRY[name]
        size = info.model_size()
        assert size is not None and size.megabytes and size.megabytes > 0
        log = next(
            json.loads(p.read_text(encoding="utf-8"))
            for p in (info.path / "training_info.json", info.path / "training_log.json")
            if p.exists()
        )
        assert size.parameters == log.get("parameters", log.get("g_parameters")), name
    gpt = models.REGISTRY["gpt"]
    assert gpt.size("en") == "GPT-2, 3.4M parameters (4 layers x 192), 256-token context, 13 MB"
    assert gpt.size("zh") == "GPT-2，336 万参数（4 层 × 192），上下文 256 个词元，13 MB"
    assert models.REGISTRY["dcgan"].size("en").startswith("generator 1.7M parameters (dcgan-28-v2)")
    assert models.REGISTRY["classifier"].size("en") == "small CNN, 0.47M parameters, 1.9 MB"
    assert models.REGISTRY["gpt2"].size("zh").startswith("GPT-2 small，1.24 亿参数")


def test_size_note_of_a_missing_model_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(models, "MODELS_DIR", tmp_path)
    note = models.REGISTRY["rnn"].size("en")
    assert "not trained yet" in note and "data/models/rnn" in note


@pytest.mark.parametrize(
    ("n", "en", "zh"),
    [
        (124_000_000, "124M", "1.24 亿"),
        (2_980_992, "3.0M", "298 万"),
        (468_010, "0.47M", "47 万"),
        (35_700_000, "35.7M", "3570 万"),
    ],
)
def test_parameter_counts_read_as_people_write_them(n, en, zh):
    assert models.format_parameters(n, "en") == en
    assert models.format_parameters(n, "zh") == zh


# --- pixel conventions and the fixed split (moved from test_image_training) ------------------


@pytest.mark.slow
def test_split_is_fixed_stratified_and_disjoint():
    s = digits.split_indices()
    train, held = s["train"], s["heldout"]
    assert len(train) == 4000 and len(held) == 1000
    assert not set(train) & set(held)
    _, y = digits.load_digits()
    assert np.bincount(y[held], minlength=10).tolist() == [100] * 10
    assert np.bincount(y[train], minlength=10).tolist() == [400] * 10
    assert np.array_equal(digits.split_indices(digits.SPLIT_SEED + 1)["heldout"], held) is False
    x, y2 = digits.digits_split("heldout")
    assert x.shape == (1000, 28, 28) and x.dtype == np.uint8 and np.array_equal(y2, y[held])
    with pytest.raises(ValueError):
        digits.digits_split("test")


@pytest.mark.slow
def test_unit_range_round_trip():
    x, _ = digits.digits_split("train")
    assert np.array_equal(digits.from_unit(digits.to_unit(x[:10])), x[:10])
    unit = conventions.to_unit(x[:10])
    assert unit.min() >= conventions.PIXEL_RANGE[0] and unit.max() <= conventions.PIXEL_RANGE[1]


# --- import rules ---------------------------------------------------------------------------


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(path: Path) -> set[str]:
    """Modules ``path`` imports anywhere (at the top, inside functions, for type checking);
    ``from a import b`` counts as ``a`` and ``a.b``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_runtime_module_imports_the_training_scripts():
    offenders = {
        name: sorted(i for i in _imports(path) if i.startswith("aigc_dash.training"))
        for name, path in _modules().items()
        if not name.startswith("aigc_dash.training")
    }
    for path in [ROOT / "Home.py", *sorted((ROOT / "pages").glob("*.py"))]:
        offenders[path.name] = sorted(
            i for i in _imports(path) if i.startswith("aigc_dash.training")
        )
    assert {k: v for k, v in offenders.items() if v} == {}


def test_nets_import_only_torch_numpy_and_each_other():
    for name, path in _modules().items():
        if not name.startswith("aigc_dash.nets"):
            continue
        ours = {i for i in _imports(path) if i.startswith("aigc_dash")}
        assert all(i.startswith("aigc_dash.nets") for i in ours), (name, ours)
        assert not {i.split(".")[0] for i in _imports(path)} & {"streamlit", "transformers"}


def test_no_import_cycles_among_the_packages_modules():
    # lazy imports inside functions count too: models.py and training/dcgan.py used to import
    # each other that way
    mods = _modules()
    graph = {
        name: {i for i in _imports(path) if i in mods and i != name} for name, path in mods.items()
    }
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            raise AssertionError(
                "import cycle: " + " -> ".join([*trail[trail.index(name) :], name])
            )
        if name in done:
            return
        for dep in sorted(graph[name]):
            visit(dep, [*trail, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])


def test_runtime_modules_the_lab_and_loaders_use_stay_cheap_to_import():
    code = (
        "import sys\n"
        "import aigc_dash.generation.models, aigc_dash.generation.gan_training\n"
        "import aigc_dash.generation.digits, aigc_dash.generation.images, aigc_dash.nets\n"
        "heavy = sorted(m for m in ('torch', 'transformers', 'diffusers', 'mlxtend') "
        "if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""
