"""Offline demo retailers for pricelens: the catalog, five generated shop sites and their server.

``python -m crawler.demo.server`` serves them on 127.0.0.1:8101-8105; see ``server``.
"""
