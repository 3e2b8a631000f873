"""User-facing strings, one module per page or area; merged by :mod:`aigc_dash.core.i18n`."""
