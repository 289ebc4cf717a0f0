"""The web UI and the HTTP API (``unbait serve``): thin layers over the store's readers."""
from unbait.web.app import create_app

__all__ = ["create_app"]
