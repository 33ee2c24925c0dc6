"""Offline demo retailers for pricelens: the catalog, five generated tech shops, two seed banks
(over the strain catalogue ``strains.toml``) and their server.

``python -m demo.server`` serves them on 127.0.0.1:8101-8107; see ``server``.
"""
