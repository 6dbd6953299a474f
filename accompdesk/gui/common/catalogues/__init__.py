"""The Qt catalogues kept beside the window's own (`<name>_<lang>.qm`), one module each,
loaded when the areas and dialogs that use them are first built. Refresh them with
`python -m tools.translations`."""
