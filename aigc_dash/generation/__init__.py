"""Generative models: registry and loaders, text and image generation, explanations, the fault-tolerance lab and losses. Plain values in and out."""
