"""The Qt user interface on top of the core. One module per tab, shared widgets beside them."""
