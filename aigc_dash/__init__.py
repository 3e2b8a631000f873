"""AIGC Career Lab: the package behind the Streamlit pages. A map for newcomers.

::

    Home.py          the router: st.navigation over the page table in ui.chrome
    pages/           one thin script per page: read widgets, call the package, render
    aigc_dash/
      ui/            the only package that imports streamlit: chrome (page table, navigation,
                     language, notices), cache (st.cache_data tables), models
                     (st.cache_resource model loaders), urlstate (URL <-> widgets),
                     one module of page sections per page, text_server (server panels)
      training/      command-line scripts that make data/models/ (corpora, training,
                     evaluation); never imported by the app
      charts/        DataFrame or dataclass in, plotly Figure out
      playgrounds/   playground flows and settings (streaming, run state, the GAN lab)
      classroom/     class sessions and submissions (planned)
      career/        data (the one validated reader of data/), landscape, roles,
                     resources, matcher/ (scoring, questionnaire, query, wording,
                     export): pure, typed
      generation/    model registry and loaders, sampling (SamplingParams), text, images,
                     digits (MNIST subset), gan_training (the loop the script and the
                     live lab share), remote (OpenAI-compatible client), explain,
                     concepts, fault lab, losses: plain values in and out
      nets/          every network (nn.Module) with its typed config dataclass
      core/          i18n (t, pick), errors, settings, URL-state tables, md_escape
      strings/       every user-facing string, zh + en, one module per page or area

The dependency rule (one direction, top to bottom; ``|`` separates packages of one layer,
which do not import each other)::

    pages -> ui | training -> charts -> playgrounds | classroom -> career | generation
          -> nets -> core -> strings

Only ``ui`` (and the pages) import streamlit; nothing but ``training`` imports ``training``;
no import cycles. The import-linter contracts in ``pyproject.toml`` enforce this
(``tests/test_architecture.py`` runs them). Pages that need no model never import torch,
transformers or diffusers (``tests/test_light_pages.py`` checks it in a fresh process).
"""
