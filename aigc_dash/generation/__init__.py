"""Generative models in use: plain values in and out, no streamlit.

``models`` (registry and loaders: networks from :mod:`aigc_dash.nets` rebuilt from the
``config.json`` beside their weights), ``text``, ``images``, ``explain``, ``concepts``,
``fault_lab``, ``losses``, ``digits`` (the MNIST data and its fixed split) and
``gan_training`` (THE DCGAN training loop, shared by the live lab and the training script).
"""
