"""Every network the project trains, each built from a typed, frozen config dataclass.

* :mod:`~aigc_dash.nets.digits`: the pixel and label conventions the image networks share
  (28x28, one channel, values in [-1, 1], ten classes plus a "no class" label); no torch.
* :mod:`~aigc_dash.nets.dcgan`: ``DCGANConfig``, ``Generator``, ``Discriminator``.
* :mod:`~aigc_dash.nets.rnn`: ``RNNConfig``, ``CharRNN`` (the poem GRU) and ``LoadedRNN``.
* :mod:`~aigc_dash.nets.classifier`: ``ClassifierConfig``, ``DigitCNN``.

Each config reads and writes the ``config.json`` saved beside the weights
(``Config.from_json`` / ``to_json``). The loaders in :mod:`aigc_dash.generation.models` and
the scripts in :mod:`aigc_dash.training` both import these modules; nothing here imports
either of them. The network modules import torch at import time, so import them lazily
(inside functions) from code that pages without models run. The GPT and the diffusion
UNet are library models (transformers ``GPT2LMHeadModel``, diffusers ``UNet2DModel``),
configured by their own ``config.json``.
"""
