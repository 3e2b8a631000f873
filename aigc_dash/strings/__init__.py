"""User-facing strings, one module per page or area; merged by :mod:`aigc_dash.i18n`."""
