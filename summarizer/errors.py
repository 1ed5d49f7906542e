"""Which exceptions are the user's to fix (one-line message, exit code 2)."""

from __future__ import annotations

from summarizer.ingest import InputError


def user_errors() -> tuple[type[BaseException], ...]:
    """InputError, plus ModelLoadError when the model layer is present (imported lazily so
    that extractive runs never import it)."""
    errors: list[type[BaseException]] = [InputError]
    import sys

    models = sys.modules.get("summarizer.models")
    if models is not None and hasattr(models, "ModelLoadError"):
        errors.append(models.ModelLoadError)
    return tuple(errors)
