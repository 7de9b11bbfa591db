"""The web app (`summitry serve`): a JSON API under /api/ and pages that use it.

This package imports FastAPI only in its modules, not here, so the CLI stays fast."""
