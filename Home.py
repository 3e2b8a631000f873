"""Entry point (``streamlit run Home.py``): the router.

``st.navigation`` registers every page file in ``pages/`` from the page table in
:mod:`aigc_dash.ui.chrome` (translated titles, Material icons, sections, today's URL paths)
and runs the one the URL asks for; Home's own content is ``pages/0_Welcome.py``.
"""

from aigc_dash.ui import chrome as ui
from aigc_dash.ui import warmup

warmup.start()  # once per process, after this first run (of any page): loads the GPT
ui.navigation(ui.current_lang()).run()
