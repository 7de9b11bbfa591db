"""The web app: create_app(db_path) builds the FastAPI application over a store."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from ...store import FilterError, Store, StoreError
from . import api, pages

HERE = Path(__file__).parent
# Scripts, styles and data from this server only; no inline script runs, nothing leaves the machine.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def create_app(db_path: str) -> FastAPI:
    """The app over the store at db_path, read-only; StoreError at once if it cannot be read."""
    Store(db_path, create=False, readonly=True).close()
    app = FastAPI(title="summitry", version="1", summary="Diplomatic events read from news articles.",
                  docs_url=None, redoc_url=None)  # their pages load scripts from a CDN
    app.state.db_path = str(db_path)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def _policy(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    @app.exception_handler(FilterError)
    def _bad_filter(request: Request, exc: FilterError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(StoreError)
    def _no_store(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    return app
