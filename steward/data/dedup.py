"""De-duplication: exact (normalised key) and near-duplicate (MinHash LSH).

Exact: one representative per normalised key, the rest recorded as duplicates.

Near: :class:`NearDuplicateDetector` shingles each text (word n-grams for English, character
n-grams for Chinese, chosen per message by script), computes MinHash signatures with
datasketch's ``affine32`` permutations vectorised in numpy (bit-identical to
``datasketch.MinHash(num_perm, seed, hashfunc=shingle_hash).update_batch(shingles)``), bands
them with datasketch's optimal ``(b, r)`` for the threshold and verifies every LSH candidate
pair with the exact Jaccard similarity of the two shingle sets. Clusters are formed greedily
in input order: a text joins the most similar earlier *representative* at or above the
threshold, otherwise it becomes a representative itself, so the first-seen text of a cluster
represents it and every member is directly similar to its representative (no chaining).

Two LSH indexes give the same clusters: ``index="numpy"`` (default) sorts the band keys per
band and pairs neighbours within a bucket in vectorised passes; ``index="datasketch"`` streams
the texts through ``datasketch.MinHashLSH`` (query, then insert representatives). The numpy
index is the fast one at a million rows (see ``benchmarks/dedup_near.py``).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import re
import unicodedata
import zlib
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from datasketch import LeanMinHash, MinHash, MinHashLSH

from steward.data.records import DuplicateRow, Record

# --------------------------------------------------------------------------- exact


def dedup_key(text: str) -> str:
    """Casefolded text with punctuation, symbols and whitespace removed, hashed.

    Two messages that differ only in case, spacing or punctuation are the same message for
    training purposes; keeping both would leak between train and test splits.
    """
    kept = [
        char
        for char in text.casefold()
        if not unicodedata.category(char).startswith(("P", "S", "Z")) and not char.isspace()
    ]
    return hashlib.sha256("".join(kept).encode("utf-8")).hexdigest()


@dataclass
class DedupResult:
    kept: list[Record] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)


def duplicate_of(record: Record, representative_id: str) -> DuplicateRow:
    """The accounting row of a record removed in favour of ``representative_id``."""
    return DuplicateRow(
        source=record.source,
        line=record.line,
        record_id=record.record_id,
        representative_id=representative_id,
    )


def exact_dedup(records: list[Record], keys: Sequence[str] | None = None) -> DedupResult:
    """One record per :func:`dedup_key` (the first); ``keys``: the records' keys if already
    computed (on Ray workers, say)."""
    result = DedupResult()
    first_by_key: dict[str, Record] = {}
    for index, record in enumerate(records):
        key = dedup_key(record.text) if keys is None else keys[index]
        representative = first_by_key.get(key)
        if representative is None:
            first_by_key[key] = record
            result.kept.append(record)
        else:
            result.duplicates.append(duplicate_of(record, representative.record_id))
    return result


# --------------------------------------------------------------------------- shingles

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
# One token per CJK character (no spaces between Chinese words), one per run of other
# letters/digits; punctuation, symbols and whitespace are dropped, so case and punctuation
# edits do not change the shingle set.
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_CJK_CHAR = re.compile(rf"[{_CJK}]")


def shingle_hash(shingle: bytes) -> int:
    """The 32-bit shingle hash (CRC-32, C speed); datasketch's ``hashfunc`` for equivalence."""
    return zlib.crc32(shingle)


def shingles(text: str, word_ngram: int = 1, char_ngram: int = 2) -> list[str]:
    """The shingles of ``text``: word ``word_ngram``-grams, or character ``char_ngram``-grams
    when at least half of its tokens are CJK characters. A text shorter than n tokens gives one
    shingle of all its tokens; a text without letters or digits gives none."""
    tokens = _TOKEN.findall(text.casefold())
    if not tokens:
        return []
    cjk = len(_CJK_CHAR.findall(text)) * 2 >= len(tokens)
    n = char_ngram if cjk else word_ngram
    if n == 1:
        return tokens
    if len(tokens) <= n:
        return [" ".join(tokens)]
    return [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def _shingle_hashes(text: str, word_ngram: int, char_ngram: int) -> list[int]:
    crc = zlib.crc32
    return list({crc(s.encode("utf-8")) for s in shingles(text, word_ngram, char_ngram)})


# --------------------------------------------------------------------------- signatures

_M1 = np.uint32(0x85EBCA6B)
_M2 = np.uint32(0xC2B2AE35)
_F1 = np.uint64(0xFF51AFD7ED558CCD)
_F2 = np.uint64(0xC4CEB9FE1A85EC53)


def _fmix32(h: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    h = h ^ (h >> np.uint32(16))
    h = h * _M1
    h = h ^ (h >> np.uint32(13))
    h = h * _M2
    return h ^ (h >> np.uint32(16))


def _fmix64(h: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    h = h ^ (h >> np.uint64(33))
    h = h * _F1
    h = h ^ (h >> np.uint64(33))
    h = h * _F2
    return h ^ (h >> np.uint64(33))


def minhash_signatures(
    flat_hashes: npt.NDArray[np.uint32],
    lengths: npt.NDArray[np.int64],
    permutations: npt.NDArray[np.uint32],
    batch_shingles: int = 2048,
) -> npt.NDArray[np.uint32]:
    """MinHash signatures, one row per text, from the concatenated shingle hashes.

    Same arithmetic as datasketch's ``affine32`` scheme: fmix32 pre-mix, then ``a*h + b`` mod
    2**32 per permutation, min per text. Texts with no shingles get the all-max row. Works in
    cache-sized batches of about ``batch_shingles`` shingles with one reused buffer.
    """
    a, b = permutations[0], permutations[1]
    n, num_perm = len(lengths), len(a)
    signatures = np.full((n, num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    ends = np.cumsum(lengths)
    starts = ends - lengths
    mixed = _fmix32(flat_hashes.astype(np.uint32, copy=False))
    nonempty_all = lengths > 0
    buffer = np.empty((max(batch_shingles, int(lengths.max(initial=0))), num_perm), np.uint32)
    first = 0
    while first < n:
        last = int(np.searchsorted(ends, starts[first] + batch_shingles, side="right"))
        last = max(last, first + 1)
        lo, hi = int(starts[first]), int(ends[last - 1])
        nonempty = np.flatnonzero(nonempty_all[first:last])
        if len(nonempty):
            permuted = buffer[: hi - lo]
            np.multiply(mixed[lo:hi, None], a[None, :], out=permuted)
            np.add(permuted, b[None, :], out=permuted)
            offsets = (starts[first:last] - lo)[nonempty]
            signatures[first + nonempty] = np.minimum.reduceat(permuted, offsets, axis=0)
        first = last
    return signatures


def _band_seed(band: int) -> np.uint64:
    return np.uint64(((band + 1) * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF)


def _band_keys(signatures: npt.NDArray[np.uint32], bands: int, rows: int) -> npt.NDArray[np.uint64]:
    """One 64-bit key per (text, band): a mixed hash of the band's ``rows`` values."""
    keys = np.empty((len(signatures), bands), dtype=np.uint64)
    for band in range(bands):
        block = signatures[:, band * rows : (band + 1) * rows].astype(np.uint64)
        h = np.full(len(signatures), _band_seed(band), dtype=np.uint64)
        for j in range(rows):
            h = _fmix64(h ^ block[:, j])
        keys[:, band] = h
    return keys


@dataclass(frozen=True)
class _ChunkParams:
    word_ngram: int
    char_ngram: int
    permutations: npt.NDArray[np.uint32]
    bands: int
    rows: int
    keep_signatures: bool


# A chunk's shingle hashes (concatenated), their count per text, band keys and signatures.
ChunkSketch = tuple[
    npt.NDArray[np.uint32],
    npt.NDArray[np.int64],
    npt.NDArray[np.uint64],
    npt.NDArray[np.uint32] | None,
]


def _process_chunk(texts: Sequence[str], params: _ChunkParams) -> ChunkSketch:
    """Shingle hashes, band keys (and signatures if asked) of one chunk; runs in a worker."""
    per_text = [_shingle_hashes(t, params.word_ngram, params.char_ngram) for t in texts]
    lengths = np.fromiter((len(h) for h in per_text), dtype=np.int64, count=len(per_text))
    flat = np.fromiter(
        (h for hs in per_text for h in hs), dtype=np.uint32, count=int(lengths.sum())
    )
    signatures = minhash_signatures(flat, lengths, params.permutations)
    keys = _band_keys(signatures, params.bands, params.rows)
    return flat, lengths, keys, (signatures if params.keep_signatures else None)


# --------------------------------------------------------------------------- near dedup


@dataclass(frozen=True)
class NearDuplicateCluster:
    """A representative (the first-seen text) and the texts removed as its near duplicates,
    each with its Jaccard similarity to the representative (exact, on the shingle sets)."""

    representative_id: str
    member_ids: tuple[str, ...]
    jaccard: tuple[float, ...]

    @property
    def size(self) -> int:
        return 1 + len(self.member_ids)

    def to_dict(self) -> dict[str, Any]:
        return {
            "representative_id": self.representative_id,
            "member_ids": list(self.member_ids),
            "jaccard": [round(j, 4) for j in self.jaccard],
            "size": self.size,
        }


@dataclass
class NearDedupResult:
    """Records kept, rows removed (each naming its representative) and the clusters."""

    kept: list[Record] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)
    clusters: list[NearDuplicateCluster] = field(default_factory=list)


class NearDuplicateDetector:
    """Near-duplicate detection with MinHash LSH at a Jaccard ``threshold``.

    ``fit(texts, ids)`` shingles, signs and bands the texts (in ``n_jobs`` processes when there
    are more than ``chunk_size`` texts); ``find()`` returns the clusters; ``query(text)`` the
    fitted texts near one new text. Parameters:

    - ``threshold``: Jaccard similarity of shingle sets at or above which two texts are near
      duplicates; verified exactly for every LSH candidate, so no pair below it is reported.
    - ``num_perm``: MinHash permutations; ``seed``: their seed (datasketch's).
    - ``word_ngram`` / ``char_ngram``: shingle size for word-spaced text / CJK text.
    - ``lsh_weights``: datasketch's (false positive, false negative) weights for choosing the
      bands; false negatives weigh more because candidates are verified anyway.
    - ``max_bucket_neighbours``: numpy index only; each text is paired with at most this many
      earlier texts sharing a band bucket (bounds the work on pathological buckets).
    """

    def __init__(
        self,
        threshold: float = 0.7,
        num_perm: int = 128,
        word_ngram: int = 1,
        char_ngram: int = 2,
        seed: int = 1,
        *,
        lsh_weights: tuple[float, float] = (0.2, 0.8),
        index: Literal["numpy", "datasketch"] = "numpy",
        n_jobs: int = 1,
        chunk_size: int = 20_000,
        max_bucket_neighbours: int = 32,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if num_perm < 2:
            raise ValueError(f"num_perm must be at least 2, got {num_perm}")
        if word_ngram < 1 or char_ngram < 1:
            raise ValueError("shingle sizes must be at least 1")
        if index not in ("numpy", "datasketch"):
            raise ValueError(f"index must be 'numpy' or 'datasketch', got {index!r}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.word_ngram = word_ngram
        self.char_ngram = char_ngram
        self.seed = seed
        self.lsh_weights = lsh_weights
        self.index = index
        self.n_jobs = max(1, n_jobs)
        self.chunk_size = max(1, chunk_size)
        self.max_bucket_neighbours = max(1, max_bucket_neighbours)
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=lsh_weights)
        self.bands, self.rows = int(lsh.b), int(lsh.r)
        self.permutations: npt.NDArray[np.uint32] = np.asarray(
            MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations,
            dtype=np.uint32,
        )
        self._ids: list[str] = []
        self._flat = np.empty(0, dtype=np.uint32)
        self._starts = np.empty(0, dtype=np.int64)
        self._lengths = np.empty(0, dtype=np.int64)
        self._keys = np.empty((0, self.bands), dtype=np.uint64)
        self._order: list[npt.NDArray[np.int64]] = []
        self._sorted: list[npt.NDArray[np.uint64]] = []
        self._signatures: npt.NDArray[np.uint32] | None = None

    # ------------------------------------------------------------------ fit
    def _params(self) -> _ChunkParams:
        return _ChunkParams(
            self.word_ngram,
            self.char_ngram,
            self.permutations,
            self.bands,
            self.rows,
            keep_signatures=self.index == "datasketch",
        )

    def fit(self, texts: Sequence[str], ids: Sequence[str] | None = None) -> NearDuplicateDetector:
        """Shingle, sign and band ``texts``; ``ids`` default to their positions as strings."""
        if ids is None:
            ids = [str(i) for i in range(len(texts))]
        if len(ids) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(ids)} ids")
        params = self._params()
        chunks = [texts[i : i + self.chunk_size] for i in range(0, len(texts), self.chunk_size)]
        if self.n_jobs > 1 and len(chunks) > 1:
            with ProcessPoolExecutor(
                max_workers=min(self.n_jobs, len(chunks)),
                mp_context=multiprocessing.get_context("spawn"),
            ) as pool:
                parts = list(pool.map(_process_chunk, chunks, [params] * len(chunks)))
        else:
            parts = [_process_chunk(chunk, params) for chunk in chunks]
        return self.fit_parts(parts, ids)

    def fit_parts(self, parts: Sequence[ChunkSketch], ids: Sequence[str]) -> NearDuplicateDetector:
        """Fit from sketches computed elsewhere (:meth:`sketch` on chunks of the texts, in
        order: on Ray workers, say); the same index as :meth:`fit` on the texts."""
        params = self._params()
        self._ids = list(ids)
        if parts:
            self._flat = np.concatenate([p[0] for p in parts])
            self._lengths = np.concatenate([p[1] for p in parts])
            self._keys = np.concatenate([p[2] for p in parts])
            if params.keep_signatures:
                self._signatures = np.concatenate([p[3] for p in parts if p[3] is not None])
        else:
            self._flat = np.empty(0, dtype=np.uint32)
            self._lengths = np.empty(0, dtype=np.int64)
            self._keys = np.empty((0, self.bands), dtype=np.uint64)
        self._starts = np.cumsum(self._lengths) - self._lengths
        # Texts without shingles (no letters or digits) are never near duplicates.
        self._order, self._sorted = [], []
        valid = np.flatnonzero(self._lengths > 0)
        for band in range(self.bands):
            keys = self._keys[valid, band]
            order = np.argsort(keys, kind="stable")
            self._order.append(valid[order])
            self._sorted.append(keys[order])
        return self

    def sketch(self, texts: Sequence[str]) -> ChunkSketch:
        """One chunk's sketch, for :meth:`fit_parts` (runs wherever the texts are)."""
        return _process_chunk(texts, self._params())

    # ------------------------------------------------------------------ verify
    def _shingle_set(self, i: int) -> set[int]:
        start = int(self._starts[i])
        return set(self._flat[start : start + int(self._lengths[i])].tolist())

    def _jaccard(self, i: int, j: int) -> float:
        a, b = self._shingle_set(i), self._shingle_set(j)
        union = len(a | b)
        return len(a & b) / union if union else 0.0

    # ------------------------------------------------------------------ find
    def candidate_pairs(self) -> npt.NDArray[np.int64]:
        """LSH candidate pairs ``(i, j)``, ``i < j``, unique, as an (m, 2) array (numpy index)."""
        n = len(self._ids)
        encoded: list[npt.NDArray[np.int64]] = []
        for order, keys in zip(self._order, self._sorted, strict=True):
            for d in range(1, self.max_bucket_neighbours + 1):
                if d >= len(keys):
                    break
                same = keys[d:] == keys[:-d]
                if not same.any():
                    break
                i = order[:-d][same]
                j = order[d:][same]
                encoded.append(np.minimum(i, j) * n + np.maximum(i, j))
        if not encoded:
            return np.empty((0, 2), dtype=np.int64)
        unique = np.unique(np.concatenate(encoded))
        return np.stack([unique // n, unique % n], axis=1)

    def _verified_neighbours(self) -> dict[int, list[tuple[float, int]]]:
        """For each text j, the earlier texts i with Jaccard(i, j) >= threshold."""
        neighbours: dict[int, list[tuple[float, int]]] = {}
        for i, j in self.candidate_pairs().tolist():
            similarity = self._jaccard(i, j)
            if similarity >= self.threshold:
                neighbours.setdefault(j, []).append((similarity, i))
        return neighbours

    def _assign_numpy(self) -> dict[int, tuple[int, float]]:
        member_of: dict[int, tuple[int, float]] = {}
        for j, candidates in sorted(self._verified_neighbours().items()):
            best: tuple[float, int] | None = None
            for similarity, i in candidates:
                if i in member_of:
                    continue  # a member cannot represent
                if best is None or similarity > best[0] or (similarity == best[0] and i < best[1]):
                    best = (similarity, i)
            if best is not None:
                member_of[j] = (best[1], best[0])
        return member_of

    def _assign_datasketch(self) -> dict[int, tuple[int, float]]:
        if self._signatures is None:
            raise RuntimeError("fit() the detector before find()")
        lsh = MinHashLSH(num_perm=self.num_perm, params=(self.bands, self.rows))
        member_of: dict[int, tuple[int, float]] = {}
        for i in range(len(self._ids)):
            if self._lengths[i] == 0:
                continue
            sketch = LeanMinHash(seed=self.seed, hashvalues=self._signatures[i], scheme="affine32")
            best: tuple[float, int] | None = None
            for rep in lsh.query(sketch):
                similarity = self._jaccard(rep, i)
                if similarity >= self.threshold and (
                    best is None
                    or similarity > best[0]
                    or (similarity == best[0] and rep < best[1])
                ):
                    best = (similarity, rep)
            if best is None:
                lsh.insert(i, sketch, check_duplication=False)
            else:
                member_of[i] = (best[1], best[0])
        return member_of

    def find(self) -> list[NearDuplicateCluster]:
        """Clusters of near duplicates in the fitted texts, ordered by representative position;
        members in input order. Texts in no cluster are unique."""
        member_of = self._assign_numpy() if self.index == "numpy" else self._assign_datasketch()
        grouped: dict[int, list[tuple[int, float]]] = {}
        for j in sorted(member_of):
            rep, similarity = member_of[j]
            grouped.setdefault(rep, []).append((j, similarity))
        return [
            NearDuplicateCluster(
                representative_id=self._ids[rep],
                member_ids=tuple(self._ids[j] for j, _ in members),
                jaccard=tuple(s for _, s in members),
            )
            for rep, members in sorted(grouped.items())
        ]

    def fit_find(
        self, texts: Sequence[str], ids: Sequence[str] | None = None
    ) -> list[NearDuplicateCluster]:
        return self.fit(texts, ids).find()

    def query(self, text: str) -> list[tuple[str, float]]:
        """Fitted texts whose Jaccard similarity to ``text`` is at or above the threshold,
        most similar first (e.g. a test message against the training set)."""
        flat, lengths, keys, _ = _process_chunk([text], self._params())
        if not lengths[0]:
            return []
        found: set[int] = set()
        for band in range(self.bands):
            sorted_keys = self._sorted[band]
            lo = int(np.searchsorted(sorted_keys, keys[0, band], side="left"))
            hi = int(np.searchsorted(sorted_keys, keys[0, band], side="right"))
            found.update(self._order[band][lo:hi].tolist())
        mine = set(flat.tolist())
        result = []
        for i in found:
            other = self._shingle_set(i)
            similarity = len(mine & other) / len(mine | other)
            if similarity >= self.threshold:
                result.append((self._ids[i], similarity))
        return sorted(result, key=lambda pair: (-pair[1], pair[0]))


def near_dedup(
    records: list[Record],
    detector: NearDuplicateDetector | None = None,
    sketches: Sequence[ChunkSketch] | None = None,
) -> NearDedupResult:
    """Remove near duplicates from ``records`` (run after :func:`exact_dedup`): the first-seen
    record of each cluster is kept, the others become :class:`DuplicateRow` naming it.
    ``sketches``: the records' texts already sketched (:meth:`NearDuplicateDetector.sketch`, in
    order), e.g. on Ray workers; only the clustering runs here."""
    detector = detector or NearDuplicateDetector()
    ids = [r.record_id for r in records]
    if sketches is not None:
        clusters = detector.fit_parts(sketches, ids).find()
    else:
        clusters = detector.fit_find([r.text for r in records], ids)
    representative_of = {
        member: cluster.representative_id for cluster in clusters for member in cluster.member_ids
    }
    result = NearDedupResult(clusters=clusters)
    for record in records:
        representative = representative_of.get(record.record_id)
        if representative is None:
            result.kept.append(record)
        else:
            result.duplicates.append(duplicate_of(record, representative))
    return result
