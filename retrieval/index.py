"""The Chroma index of open gigs and worker profiles, in a Chroma server (ours or configured) or embedded."""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, cast
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.types import QueryResult
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import InternalError

from core.models import Gig, GigStatus, Profile
from core.settings import Settings
from core.store import Store
from retrieval.chroma_server import ChromaServer
from retrieval.embeddings import Embedder, GigmatchEmbeddingFunction
from retrieval.records import gig_document, worker_document
from retrieval.scoring import hourly_rate

log = logging.getLogger(__name__)

GIG_SHARD_PREFIX = "gigmatch_gigs_"
UNKNOWN = "unknown"
REMOTE = "remote"
WORKERS_COLLECTION = "gigmatch_workers"
# The same workers embedded as queries: a gig's stored vector against these gives exactly the similarity a
# worker's own search sees, so digests can be planned from the gigs' side without embedding anything.
WORKER_QUERIES_COLLECTION = "gigmatch_worker_queries"
_WORKER_COLLECTIONS = (WORKERS_COLLECTION, WORKER_QUERIES_COLLECTION)
MODEL_KEY = "embedding_model"
FAMILY_PREFIX = "family:"
TRAVEL_PREFIX = "travel:"
NO_FAMILY = FAMILY_PREFIX + "?"  # set on records whose trade was not understood, so family filters keep them
_EMBED_CHUNK = 256
_QUERY_CACHE_SIZE = 1024
# Chroma's embedded metadata filter scans the whole collection (about 40 ms at 100k gigs), while an
# unfiltered nearest-neighbour query is a few ms: look at this many nearest records first and filter
# them here, and let Chroma filter only when too few of them pass.
NEAREST_POOL = 120

Where = dict[str, Any]


@dataclass(frozen=True)
class Hit:
    """One record Chroma returned: our id and its cosine similarity to the query."""

    id: int
    similarity: float


@dataclass(frozen=True)
class StoredWorkers:
    """Workers as stored for gig-side search: ids, query vectors (rows) and filterable metadata."""

    ids: np.ndarray
    vectors: np.ndarray
    metadatas: list[Mapping[str, Any]]


class WorkerVectors(Protocol):
    """Where gig-side search reads workers' stored query vectors and filterable metadata, by worker id.

    `MatchIndex` reads them from Chroma; the digest bench serves copies of a thousand parsed
    introductions from the introductions' own vectors, so a million workers need no million copies.
    """

    async def worker_queries_of(
        self, worker_ids: Sequence[int], where: Where | None = None
    ) -> StoredWorkers: ...


def all_of(clauses: Sequence[Where]) -> Where | None:
    """Combine filters with AND (Chroma wants at least two operands for $and)."""
    kept = [clause for clause in clauses if clause]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else {"$and": kept}


def any_of(clauses: Sequence[Where]) -> Where | None:
    """Combine filters with OR (Chroma wants at least two operands for $or)."""
    kept = [clause for clause in clauses if clause]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else {"$or": kept}


def satisfies(metadata: Mapping[str, Any], where: Where | None) -> bool:
    """Evaluate a Chroma where-filter against one record's metadata, exactly as Chroma would."""
    if not where:
        return True
    for key, condition in where.items():
        if key == "$and":
            if not all(satisfies(metadata, clause) for clause in condition):
                return False
        elif key == "$or":
            if not any(satisfies(metadata, clause) for clause in condition):
                return False
        elif not _compare(metadata.get(key), condition):
            return False
    return True


def _compare(value: Any, condition: Any) -> bool:
    if not isinstance(condition, dict):
        return value is not None and value == condition
    operator, operand = next(iter(condition.items()))
    if value is None:
        return operator in ("$ne", "$nin")
    match operator:
        case "$eq":
            return bool(value == operand)
        case "$ne":
            return bool(value != operand)
        case "$in":
            return value in operand
        case "$nin":
            return value not in operand
        case "$gt":
            return bool(value > operand)
        case "$gte":
            return bool(value >= operand)
        case "$lt":
            return bool(value < operand)
        case "$lte":
            return bool(value <= operand)
    raise ValueError(f"unsupported filter operator {operator}")


class MetadataColumns:
    """Many records' metadata as columns, so one filter is checked against all of them at once.

    Gives exactly what `satisfies` gives record by record: equality is Python's, a missing key is None.
    """

    def __init__(self, metadatas: Sequence[Mapping[str, Any]]) -> None:
        self._metadatas = metadatas
        self._columns: dict[str, tuple[np.ndarray, dict[Any, int]]] = {}

    def __len__(self) -> int:
        return len(self._metadatas)

    def satisfying(self, where: Where | None) -> np.ndarray:
        """Return a boolean mask of the records passing a Chroma where-filter."""
        if not where:
            return np.ones(len(self), dtype=bool)
        mask = np.ones(len(self), dtype=bool)
        for key, condition in where.items():
            if key == "$and":
                for clause in condition:
                    mask &= self.satisfying(clause)
            elif key == "$or":
                either = np.zeros(len(self), dtype=bool)
                for clause in condition:
                    either |= self.satisfying(clause)
                mask &= either
            else:
                mask &= self._comparing(key, condition)
        return mask

    def _comparing(self, key: str, condition: Any) -> np.ndarray:
        operator, operand = ("$eq", condition)
        if isinstance(condition, dict):
            operator, operand = next(iter(condition.items()))
        if operator not in ("$eq", "$ne", "$in", "$nin"):
            return np.fromiter(
                (_compare(metadata.get(key), condition) for metadata in self._metadatas), bool, len(self)
            )
        codes, code_of = self._column(key)
        wanted = [operand] if operator in ("$eq", "$ne") else list(operand)
        # Code 0 is "missing", which never equals anything (and so passes $ne and $nin).
        found = np.isin(codes, [code_of[value] for value in wanted if value in code_of])
        return found if operator in ("$eq", "$in") else ~found

    def _column(self, key: str) -> tuple[np.ndarray, dict[Any, int]]:
        column = self._columns.get(key)
        if column is None:
            code_of: dict[Any, int] = {}
            codes = np.fromiter(
                (
                    0 if value is None else code_of.setdefault(value, len(code_of) + 1)
                    for value in (metadata.get(key) for metadata in self._metadatas)
                ),
                np.int32,
                len(self._metadatas),
            )
            column = self._columns[key] = (codes, code_of)
        return column


def family_flags(families: list[str]) -> dict[str, bool]:
    """Spell a record's trades as boolean metadata keys, which Chroma can filter on."""
    return {FAMILY_PREFIX + family: True for family in families} or {NO_FAMILY: True}


def gig_metadata(gig: Gig) -> dict[str, str | int | float | bool]:
    """Return the gig's filterable facts: open, expiry, place, remote, pay per hour, trades."""
    metadata: dict[str, str | int | float | bool] = {
        "open": gig.status is GigStatus.OPEN,
        "scam": bool(gig.scam_reasons),
        "expires_at": int(gig.expires_at),
        "created_at": int(gig.created_at),
        "city": gig.city or "",
        "remote": gig.remote,
        "pay_per_hour": hourly_rate(gig.pay) or -1.0,
        "pay_unit": (gig.pay.unit if gig.pay else None) or "",
        **family_flags(gig.skill_families),
    }
    if gig.lat is not None and gig.lon is not None:
        metadata.update(lat=gig.lat, lon=gig.lon)
    return metadata


def profile_metadata(profile: Profile) -> dict[str, str | int | float | bool]:
    """Return the worker's filterable facts: city, travel cities, remote, minimum pay per hour, trades."""
    metadata: dict[str, str | int | float | bool] = {
        "city": profile.city or "",
        "remote_ok": profile.remote_ok,
        "min_pay_per_hour": hourly_rate(profile.min_pay) or -1.0,
        **family_flags(profile.skill_families),
        **{TRAVEL_PREFIX + city: True for city in profile.travel_cities},
    }
    if profile.lat is not None and profile.lon is not None:
        metadata.update(lat=profile.lat, lon=profile.lon)
    return metadata


def open_gig_filter(now: float, *, since: float | None = None) -> list[Where]:
    """Return the clauses every shown gig must pass: open, not a scam, not expired (and new, for digests)."""
    clauses: list[Where] = [{"open": True}, {"scam": False}, {"expires_at": {"$gt": int(now)}}]
    if since is not None:
        clauses.append({"created_at": {"$gte": int(since)}})
    return clauses


def gig_location_filter(profile: Profile) -> Where | None:
    """Keep gigs the worker can reach: in their city or travel cities, remote if they work remotely."""
    if profile.city is None:
        # We do not know where the worker is: every place stays a candidate and ranking flags it.
        return None
    cities = [profile.city, *profile.travel_cities]
    reachable: list[Where] = [{"city": {"$in": cities}}, {"$and": [{"city": ""}, {"remote": False}]}]
    if profile.remote_ok:
        reachable.append({"remote": True})
    return any_of(reachable)


def worker_location_filter(gig: Gig) -> Where | None:
    """Keep workers who can reach the gig: same city, travelling there, or remote workers for remote gigs."""
    reachable: list[Where] = []
    if gig.city is not None:
        reachable += [{"city": gig.city}, {TRAVEL_PREFIX + gig.city: True}, {"city": ""}]
    if gig.remote:
        reachable.append({"remote_ok": True})
    return any_of(reachable)


def family_filter(families: list[str]) -> Where | None:
    """Keep records sharing one of these trades, or whose trade is unknown; no filter when ours is unknown."""
    if not families:
        return None
    return any_of([{FAMILY_PREFIX + family: True} for family in families] + [{NO_FAMILY: True}])


def _chroma_settings() -> ChromaSettings:
    # Chroma's own settings read unprefixed names from a .env in the cwd; pin what matters explicitly.
    return ChromaSettings(_env_file=None, anonymized_telemetry=False, allow_reset=False)  # type: ignore[call-arg]


def make_client(settings: Settings, server_url: str | None = None) -> ClientAPI:
    """Open the Chroma server at GIGMATCH_CHROMA_URL (else at `server_url`), or else the embedded one."""
    address = settings.chroma_url or server_url
    if address:
        url = urlparse(address)
        return chromadb.HttpClient(
            host=url.hostname or "localhost",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=_chroma_settings(),
        )
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=_chroma_settings())


# A Chroma server answers a query that races a new collection's first writes with a 500 ("Nothing found on
# disk") until its vector segment is made; embedded Chroma never shows it, as it holds the GIL throughout.
_UNMADE_SEGMENT = "Nothing found on disk"
_QUERY_TRIES = 4


def _query(collection: Collection, **query: Any) -> QueryResult:
    """Query a collection, again after a moment while the server is still making its vector segment."""
    for attempt in range(1, _QUERY_TRIES):
        try:
            return collection.query(**query)
        except InternalError as error:
            if _UNMADE_SEGMENT not in str(error):
                raise
            time.sleep(0.05 * attempt)
    return collection.query(**query)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def gig_shard_name(place: str | None) -> str:
    """Name the collection for the gigs of one city ("remote" for remote work)."""
    return f"{GIG_SHARD_PREFIX}{_slug(place or '') or UNKNOWN}"


def gig_places(gig: Gig) -> list[str | None]:
    """Return where a gig can be done from: its city, and "remote" when it can be done remotely."""
    places: list[str | None] = [REMOTE] if gig.remote else []
    if gig.city is not None or not gig.remote:
        places.append(gig.city)
    return places


def worker_places(profile: Profile) -> list[str | None] | None:
    """Return the places whose gigs a worker can reach, or None when we do not know where they are."""
    if profile.city is None:
        return None
    return [profile.city, *profile.travel_cities, None, *([REMOTE] if profile.remote_ok else [])]


_T = TypeVar("_T")


class SharedLock:
    """Many holders at once in `shared`, or one alone in `exclusive`; a waiting `exclusive` goes first."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._sharing = 0
        self._exclusive = False
        self._waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        """Hold the lock alongside other shared holders."""
        with self._changed:
            while self._exclusive or self._waiting:
                self._changed.wait()
            self._sharing += 1
        try:
            yield
        finally:
            with self._changed:
                self._sharing -= 1
                self._changed.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the lock alone."""
        with self._changed:
            self._waiting += 1
            while self._exclusive or self._sharing:
                self._changed.wait()
            self._waiting -= 1
            self._exclusive = True
        try:
            yield
        finally:
            with self._changed:
                self._exclusive = False
                self._changed.notify_all()


class MatchIndex:
    """Gigs and worker profiles in Chroma collections of their own, with the metadata the filters need.

    Gigs are sharded by place (one collection per city, one for remote work): a worker's candidates come
    from the places they can work in, so a query never scans unreachable gigs. (Chroma's embedded
    metadata filter scans every record of the database, whichever collection is asked: 40-70 ms at 100k
    gigs, so filters are first applied here to each shard's nearest records.) Only open gigs are indexed;
    SQLite stays the truth and ranking re-checks every candidate there.
    """

    def __init__(self, settings: Settings, embedder: Embedder, *, server: ChromaServer | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.server = server  # a started one is reached over HTTP; one that could not start, embedded
        self.model_changed = False
        self._client: ClientAPI | None = None
        # Worker threads add and replace shards while the event loop and other threads iterate them: the
        # dict is never changed in place but replaced whole (writers under the lock, so none is lost), and
        # each reader iterates the one snapshot it picked up.
        self._gig_shards: dict[str, Collection] = {}
        self._shards_lock = threading.Lock()
        # /delete recreates collections from what they hold: a read or write meanwhile would fail on the
        # dropped collection ("does not exist") or, a write, be lost with it. Compactions run alone.
        self._compaction = SharedLock()
        self._workers: Collection | None = None
        self._worker_queries: Collection | None = None
        self.worker_queries_missing = False
        self._batch_size = 1000
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()

    async def initialize(self, store: Store | None = None) -> None:
        """Open the collections; if another model made them, start afresh and rebuild from the store."""
        await asyncio.to_thread(self._open)
        if self.model_changed:
            if store is None:
                log.warning(
                    "embedding model changed to %s: the index is empty until rebuilt", self.embedder.name
                )
            else:
                log.warning("embedding model changed to %s: rebuilding the index", self.embedder.name)
                await self.rebuild(store)
        elif self.worker_queries_missing and store is not None:
            # An index made before worker query vectors were kept: embed every profile once more, once.
            profiles = await store.active_profiles()
            log.warning("indexing %d worker profile(s) as queries for gig-side planning", len(profiles))
            await self.upsert_profiles(profiles)
            self.worker_queries_missing = False

    def _open(self) -> None:
        self._client = make_client(self.settings, self.server.url if self.server else None)
        self._batch_size = self._client.get_max_batch_size()
        ours = self._our_collections()
        # Vectors of two models are not comparable: never mix them, start afresh instead.
        self.model_changed = any((c.metadata or {}).get(MODEL_KEY) != self.embedder.name for c in ours)
        if self.model_changed:
            self._drop_collections()
            ours = []
        with self._shards_lock:
            self._gig_shards = {c.name: c for c in ours if c.name.startswith(GIG_SHARD_PREFIX)}
        names = {c.name for c in ours}
        self._workers = self._collection(WORKERS_COLLECTION)
        self._worker_queries = self._collection(WORKER_QUERIES_COLLECTION)
        self.worker_queries_missing = WORKER_QUERIES_COLLECTION not in names and self._workers.count() > 0

    def _our_collections(self) -> list[Collection]:
        client = self._require_client()
        function = GigmatchEmbeddingFunction(self.embedder)
        return [
            client.get_collection(c.name, embedding_function=function)  # type: ignore[arg-type]
            for c in client.list_collections()
            if c.name in _WORKER_COLLECTIONS or c.name.startswith(GIG_SHARD_PREFIX)
        ]

    def _collection(self, name: str) -> Collection:
        return self._require_client().get_or_create_collection(
            name,
            metadata={MODEL_KEY: self.embedder.name},
            configuration={"hnsw": {"space": "cosine"}},
            embedding_function=GigmatchEmbeddingFunction(self.embedder),  # type: ignore[arg-type]
        )

    def _gig_shard(self, name: str) -> Collection:
        shard = self._gig_shards.get(name)
        if shard is None:
            with self._shards_lock:
                shard = self._gig_shards.get(name)
                if shard is None:
                    shard = self._collection(name)
                    self._gig_shards = {**self._gig_shards, name: shard}
        return shard

    def _drop_collections(self) -> None:
        client = self._require_client()
        for collection in client.list_collections():
            if collection.name in _WORKER_COLLECTIONS or collection.name.startswith(GIG_SHARD_PREFIX):
                client.delete_collection(collection.name)
        with self._shards_lock:
            self._gig_shards = {}
        self._workers = self._worker_queries = None

    def _require_client(self) -> ClientAPI:
        if self._client is None:
            raise RuntimeError("MatchIndex.initialize() has not been awaited")
        return self._client

    @property
    def workers(self) -> Collection:
        if self._workers is None:
            raise RuntimeError("MatchIndex.initialize() has not been awaited")
        return self._workers

    @property
    def worker_queries(self) -> Collection:
        if self._worker_queries is None:
            raise RuntimeError("MatchIndex.initialize() has not been awaited")
        return self._worker_queries

    async def shutdown(self) -> None:
        """Let go of the client (the embedded store is flushed on every write)."""
        self._client = self._workers = self._worker_queries = None
        self._gig_shards = {}

    def models(self) -> set[str]:
        """Return the embedding models recorded on our collections (one, unless something is wrong)."""
        return {str((c.metadata or {}).get(MODEL_KEY)) for c in self._our_collections()}

    # --- writes --------------------------------------------------------------------------------------

    async def upsert_gigs(self, gigs: list[Gig], *, vectors: np.ndarray | None = None) -> None:
        """Index open gigs; a gig that is not open (held, filled, expired ...) is removed instead."""
        kept = [
            index for index, gig in enumerate(gigs) if gig.status is GigStatus.OPEN and not gig.scam_reasons
        ]
        kept_set = set(kept)
        closed = [gig.id for index, gig in enumerate(gigs) if index not in kept_set and gig.id is not None]
        if closed:
            await self.remove_gigs(closed)
        if not kept:
            return
        open_gigs = [gigs[index] for index in kept]
        if vectors is not None:
            vectors = vectors[kept]
        else:
            vectors = await self._embed_passages([gig_document(gig) for gig in open_gigs])
        await asyncio.to_thread(self._upsert_sharded, open_gigs, vectors)

    def _upsert_sharded(self, gigs: list[Gig], vectors: np.ndarray) -> None:
        rows_by_shard: dict[str, list[int]] = {}
        for row, gig in enumerate(gigs):
            for place in gig_places(gig):
                rows_by_shard.setdefault(gig_shard_name(place), []).append(row)
        ids = [_record_id(gig.id) for gig in gigs]
        metadatas = [gig_metadata(gig) for gig in gigs]
        # A gig whose place changed may linger in its old shard: harmless, because ranking
        # reloads every candidate from SQLite and drops it where it no longer fits; a rebuild sweeps it.
        with self._compaction.shared():
            for name, rows in rows_by_shard.items():
                self._upsert(
                    self._gig_shard(name),
                    [ids[row] for row in rows],
                    vectors[rows],
                    [metadatas[row] for row in rows],
                )

    async def remove_gigs(self, gig_ids: list[int]) -> None:
        """Take gigs out of the index."""
        if gig_ids:
            ids = [str(gig_id) for gig_id in gig_ids]
            await asyncio.to_thread(self._delete_from_shards, ids)

    def _delete_from_shards(self, ids: list[str]) -> None:
        with self._compaction.shared():
            self._delete_in_shards(ids)

    def _delete_in_shards(self, ids: list[str]) -> None:
        for shard in self._gig_shards.values():
            self._delete(shard, ids)

    async def upsert_profiles(
        self,
        profiles: list[Profile],
        *,
        passages: np.ndarray | None = None,
        queries: np.ndarray | None = None,
    ) -> None:
        """Index worker profiles, embedded from their fields (never from raw text) as passage and query."""
        if not profiles:
            return
        documents = [worker_document(profile) for profile in profiles]
        if passages is None:
            passages = await self._embed_passages(documents)
        if queries is None:
            queries = await self._embed(self.embedder.embed_queries, documents)
        ids = [str(profile.user_id) for profile in profiles]
        metadatas = [profile_metadata(profile) for profile in profiles]

        def upsert() -> None:
            with self._compaction.shared():
                self._upsert(self.workers, ids, passages, metadatas)
                self._upsert(self.worker_queries, ids, queries, metadatas)

        await asyncio.to_thread(upsert)

    async def update_profile_facts(self, profile: Profile) -> bool:
        """Store a worker's new facts (city, pay, shared location ...) on their records, keeping the vectors.

        For a profile whose embedded words are unchanged; False when either record is missing, and the
        profile must then be embedded and upserted afresh.
        """
        record_id = str(profile.user_id)
        metadata = profile_metadata(profile)

        def update() -> bool:
            with self._compaction.shared():
                collections = (self.workers, self.worker_queries)
                stored = [c.get(ids=[record_id], include=["metadatas"]) for c in collections]
                if any(len(found["ids"]) != 1 for found in stored):
                    return False
                for collection, found in zip(collections, stored, strict=True):
                    old = dict((found["metadatas"] or [{}])[0] or {})
                    if old == metadata:
                        continue  # a write would store what is there
                    # Chroma merges metadata on update: a fact the profile no longer has is set to None,
                    # which removes it. One write, and the vector segment is not touched.
                    replaced = {**dict.fromkeys(old.keys() - metadata.keys()), **metadata}
                    collection.update(ids=[record_id], metadatas=[cast(Any, replaced)])
                return True

        return await asyncio.to_thread(update)

    async def profile_vectors(self, user_id: int) -> tuple[np.ndarray, np.ndarray] | None:
        """Return a worker's indexed passage and query vectors (a row each), or None if one is missing."""

        def read() -> tuple[np.ndarray, np.ndarray] | None:
            found = [
                c.get(ids=[str(user_id)], include=["embeddings"]) for c in (self.workers, self.worker_queries)
            ]
            if any(len(record["ids"]) != 1 for record in found):
                return None
            passage, query = (np.asarray(record["embeddings"], dtype=np.float32) for record in found)
            return passage, query

        return await asyncio.to_thread(self._beside_compaction, read)

    async def forget(self, user_id: int, gigs: list[Gig], *, had_profile: bool) -> None:
        """Remove a user's profile and gigs, then compact the collections that held them.

        Chroma keeps every write (vector, metadata, shared coordinates) in its own queue until an index
        flush; recreating a collection from what remains is what drops those records now.
        """
        shards = {gig_shard_name(place) for gig in gigs for place in gig_places(gig)}
        gig_ids = [_record_id(gig.id) for gig in gigs]
        await asyncio.to_thread(self._forget, str(user_id) if had_profile else None, gig_ids, shards)

    def _forget(self, worker_id: str | None, gig_ids: list[str], shards: set[str]) -> None:
        with self._compaction.exclusive():
            self._delete_in_shards(gig_ids)
            with self._shards_lock:
                current = self._gig_shards
                compacted = {name: self._compacted(current[name]) for name in shards & current.keys()}
                self._gig_shards = {**current, **compacted}
            if worker_id is not None:
                self._delete(self.workers, [worker_id])
                self._delete(self.worker_queries, [worker_id])
                self._workers = self._compacted(self.workers)
                self._worker_queries = self._compacted(self.worker_queries)

    def _compacted(self, collection: Collection) -> Collection:
        kept = collection.get(include=["embeddings", "metadatas"])
        self._require_client().delete_collection(collection.name)
        fresh = self._collection(collection.name)
        if kept["ids"]:
            vectors = np.asarray(kept["embeddings"], dtype=np.float32)
            self._upsert(fresh, list(kept["ids"]), vectors, cast(Any, kept["metadatas"]))
        return fresh

    async def rebuild(self, store: Store) -> tuple[int, int]:
        """Drop the index and rebuild it from SQLite; return how many gigs and profiles were indexed."""

        def recreate() -> None:
            # A read or write meanwhile would meet a dropped collection: the swap runs alone.
            with self._compaction.exclusive():
                self._drop_collections()
                self._workers = self._collection(WORKERS_COLLECTION)
                self._worker_queries = self._collection(WORKER_QUERIES_COLLECTION)

        await asyncio.to_thread(recreate)
        now = time.time()
        gigs = [gig for gig in await store.gigs_with_status(GigStatus.OPEN) if gig.expires_at > now]
        profiles = await store.active_profiles()
        await self.upsert_gigs(gigs)
        await self.upsert_profiles(profiles)
        self.model_changed = False
        log.info("index rebuilt: %d gigs, %d profiles", len(gigs), len(profiles))
        return len(gigs), len(profiles)

    async def _embed_passages(self, documents: list[str]) -> np.ndarray:
        return await self._embed(self.embedder.embed_passages, documents)

    async def _embed(self, embed: Callable[[list[str]], np.ndarray], documents: list[str]) -> np.ndarray:
        chunks = [
            await asyncio.to_thread(embed, documents[start : start + _EMBED_CHUNK])
            for start in range(0, len(documents), _EMBED_CHUNK)
        ]
        return np.concatenate(chunks) if chunks else np.zeros((0, self.embedder.dim), dtype=np.float32)

    def _upsert(
        self,
        collection: Collection,
        ids: list[str],
        vectors: np.ndarray,
        metadatas: list[dict[str, str | int | float | bool]],
    ) -> None:
        for start in range(0, len(ids), self._batch_size):
            end = start + self._batch_size
            # Chroma's upsert merges metadata: a travel city, trade or location dropped from a profile would
            # stay on the record. Replacing the record stores exactly what is known now.
            self._delete(collection, ids[start:end])
            collection.add(
                ids=ids[start:end],
                embeddings=vectors[start:end],
                metadatas=cast(Any, metadatas[start:end]),
            )

    def _delete(self, collection: Collection, ids: list[str]) -> None:
        for start in range(0, len(ids), self._batch_size):
            # A delete costs Chroma a write (~15 ms of CPU, holding the GIL) even for ids it does not hold,
            # as a first save's or a held post's are, and a gig's in every shard but its own; a get, ~0.5 ms.
            present = collection.get(ids=ids[start : start + self._batch_size], include=[])["ids"]
            if present:
                collection.delete(ids=present)

    # --- reads ---------------------------------------------------------------------------------------

    async def query_vector(self, document: str) -> np.ndarray:
        """Embed a query document, remembering recent ones (a worker's profile is asked about often)."""
        cached = self._query_cache.get(document)
        if cached is not None:
            self._query_cache.move_to_end(document)
            return cached
        vector = (await asyncio.to_thread(self.embedder.embed_queries, [document]))[0]
        self._query_cache[document] = vector
        if len(self._query_cache) > _QUERY_CACHE_SIZE:
            self._query_cache.popitem(last=False)
        return vector

    def forget_queries(self) -> None:
        """Drop remembered query vectors (benchmarks measure the embedding too)."""
        self._query_cache.clear()

    async def search_gigs(
        self,
        vector: np.ndarray,
        where: Where | None,
        limit: int,
        *,
        places: list[str | None] | None,
        enough: int | None = None,
    ) -> list[Hit]:
        """Return up to `limit` open gigs in these places (None: anywhere) nearest to a query vector.

        When at least `enough` of the shards' nearest records pass the filter, no filtered scan is run.
        """
        wanted = {gig_shard_name(place) for place in places} if places is not None else None

        def search() -> list[Hit]:
            shards = [shard for name, shard in self._gig_shards.items() if wanted is None or name in wanted]
            return self._search(shards, vector, where, limit, enough or limit)

        return await asyncio.to_thread(self._beside_compaction, search)

    async def search_workers(
        self, vector: np.ndarray, where: Where | None, limit: int, *, enough: int | None = None
    ) -> list[Hit]:
        """Return up to `limit` workers nearest to a query vector among those passing the filter."""

        def search() -> list[Hit]:
            return self._search([self.workers], vector, where, limit, enough or limit)

        return await asyncio.to_thread(self._beside_compaction, search)

    def _beside_compaction(self, read: Callable[[], _T]) -> _T:
        """Run a read of the collections when no compaction is replacing them (picking them up inside)."""
        with self._compaction.shared():
            return read()

    def _search(
        self, collections: list[Collection], vector: np.ndarray, where: Where | None, limit: int, enough: int
    ) -> list[Hit]:
        pool = max(NEAREST_POOL, limit)
        found: dict[int, Hit] = {}
        partial: list[Collection] = []  # collections holding more records than the pool showed
        for collection in collections:
            nearest = _query(
                collection, query_embeddings=[vector], n_results=pool, include=["distances", "metadatas"]
            )
            metadatas = (nearest["metadatas"] or [[]])[0]
            for hit, metadata in zip(_hits(nearest), metadatas, strict=True):
                if satisfies(metadata or {}, where):
                    found[hit.id] = hit
            if len(metadatas) == pool:
                partial.append(collection)
        if len(found) < min(enough, limit):
            # Too few of the nearest records pass: let Chroma filter where the pools fell short.
            for collection in partial:
                filtered = _query(
                    collection, query_embeddings=[vector], n_results=limit, where=where, include=["distances"]
                )
                found.update((hit.id, hit) for hit in _hits(filtered))
        return sorted(found.values(), key=lambda hit: -hit.similarity)[:limit]

    async def gig_vectors(self, gigs: list[Gig]) -> dict[int, np.ndarray]:
        """Return the stored vectors of indexed gigs (a gig not in the index has none)."""

        def read() -> dict[int, np.ndarray]:
            ids_by_shard: dict[str, list[str]] = {}
            for gig in gigs:
                ids_by_shard.setdefault(gig_shard_name(gig_places(gig)[0]), []).append(_record_id(gig.id))
            vectors: dict[int, np.ndarray] = {}
            for name, ids in ids_by_shard.items():
                shard = self._gig_shards.get(name)
                if shard is None:
                    continue
                for start in range(0, len(ids), self._batch_size):
                    found = shard.get(ids=ids[start : start + self._batch_size], include=["embeddings"])
                    embeddings = found["embeddings"] if found["embeddings"] is not None else []
                    for record_id, vector in zip(found["ids"], embeddings, strict=True):
                        vectors[int(record_id)] = np.asarray(vector, dtype=np.float32)
            return vectors

        return await asyncio.to_thread(self._beside_compaction, read)

    async def worker_queries_of(self, worker_ids: Sequence[int], where: Where | None = None) -> StoredWorkers:
        """Return the stored query vectors and metadata of these workers passing a filter, if one is given.

        A worker not indexed is left out.
        """

        def read() -> StoredWorkers:
            ids: list[int] = []
            blocks: list[np.ndarray] = []
            metadatas: list[Mapping[str, Any]] = []
            wanted = [str(worker_id) for worker_id in worker_ids]
            for start in range(0, len(wanted), self._batch_size):
                found = self.worker_queries.get(
                    ids=wanted[start : start + self._batch_size],
                    where=where,
                    include=["embeddings", "metadatas"],
                )
                if not found["ids"]:
                    continue
                ids += [int(record_id) for record_id in found["ids"]]
                blocks.append(np.asarray(found["embeddings"], dtype=np.float32))
                metadatas += [metadata or {} for metadata in found["metadatas"] or []]
            vectors = np.concatenate(blocks) if blocks else np.zeros((0, self.embedder.dim), np.float32)
            return StoredWorkers(np.asarray(ids, dtype=np.int64), vectors, metadatas)

        return await asyncio.to_thread(self._beside_compaction, read)

    async def count(self) -> tuple[int, int]:
        """Return how many distinct gigs and how many profiles are indexed."""

        def count() -> tuple[int, int]:
            gig_ids = {
                record for shard in self._gig_shards.values() for record in shard.get(include=[])["ids"]
            }
            return len(gig_ids), self.workers.count()

        return await asyncio.to_thread(self._beside_compaction, count)


def _hits(result: Any) -> list[Hit]:
    """Read ids and cosine similarities (Chroma's cosine distance is 1 - similarity) from a query result."""
    ids = result["ids"][0]
    distances = (result["distances"] or [[]])[0]
    return [
        Hit(int(record_id), 1.0 - float(distance)) for record_id, distance in zip(ids, distances, strict=True)
    ]


def _record_id(gig_id: int | None) -> str:
    if gig_id is None:
        raise ValueError("save the gig before indexing it")
    return str(gig_id)
