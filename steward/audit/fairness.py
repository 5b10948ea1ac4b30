"""Group fairness: a vectorised MetricFrame (in the spirit of Fairlearn's) and per-group accuracy.

:class:`MetricFrame` evaluates metrics overall and for every group of one or several sensitive
features (several features give their intersections, as Fairlearn does: every combination of
observed values, with NaN where a combination has no rows), and reads ``group_min``,
``group_max``, ``difference`` and ``ratio`` (``between_groups`` or ``to_overall``) from them,
plus the usual disparities: accuracy, false discovery rate and equal opportunity (TPR)
differences, demographic parity and equalized odds.

How it is fast: the registered metrics (:mod:`steward.audit.metrics`) are functions of the
per-(group, true label, predicted label) cell counts. The rows are reduced once to integer codes
and one ``np.bincount`` over ``(group, true, pred)`` cells; every metric of every group is then
a few array operations on a ``(groups, K, K)`` count array. Arbitrary metric callables
``f(y_true, y_pred) -> float`` are supported too, on a slower path that slices the rows by group
(as Fairlearn does).

Bootstrap without touching the rows. A bootstrap resample draws ``n`` rows with replacement,
each row independently and uniformly; the number of drawn rows falling in each
``(group, true, pred)`` cell is therefore, jointly over the cells, ``Multinomial(n, p)`` with
``p = cell counts / n``. Count-based metrics depend on a resample only through those cell
counts, so computing them on ``rng.multinomial(n, p)`` has exactly the same distribution as
computing them on resampled rows: 1,000 resamples cost 1,000 multinomial draws over a small
count vector instead of 1,000 passes over the data. Percentile intervals (``ci_quantiles``)
are then read from the resampled by-group values, overall values, differences, ratios and
disparities (``np.nanquantile``, as Fairlearn's ``n_boot``).

:func:`group_fairness` keeps the first version's interface (per-group accuracy for each
sensitive column, Wilson intervals, largest gap over groups large enough to be read), now
computed with :class:`MetricFrame`, and adds a bootstrap interval for each gap.
"""

from __future__ import annotations

import math
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from steward.audit.metric_spec import metric
from steward.audit.metrics import Average, CountMetric, get_metric
from steward.errors import StewardError

Z_95 = 1.959963984540054

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
Method = Literal["between_groups", "to_overall"]
MetricSpec = str | CountMetric | Callable[..., Any]

DEFAULT_METRICS: tuple[str, ...] = ("count", "accuracy", "selection_rate", "tpr", "fpr", "fdr")
# In multiclass data, demographic parity compares each label's selection rate (one-vs-rest):
# a macro average of selection rates is 1/K for every group and says nothing.
DEFAULT_MULTICLASS_METRICS: tuple[str, ...] = (
    "count",
    "accuracy",
    "selection_rate:ovr",
    "tpr",
    "fpr",
    "fdr",
)

# name -> (difference or ratio, base metrics); the value is the worst case (largest difference,
# smallest ratio) over every column of those metrics (one per label under "ovr").
DISPARITIES: dict[str, tuple[Literal["difference", "ratio"], tuple[str, ...]]] = {
    "accuracy_difference": ("difference", ("accuracy",)),
    "false_discovery_rate_difference": ("difference", ("fdr",)),
    "equal_opportunity_difference": ("difference", ("tpr",)),
    "demographic_parity_difference": ("difference", ("selection_rate",)),
    "demographic_parity_ratio": ("ratio", ("selection_rate",)),
    "equalized_odds_difference": ("difference", ("tpr", "fpr")),
    "equalized_odds_ratio": ("ratio", ("tpr", "fpr")),
}


class SmallGroupWarning(UserWarning):
    """A group has fewer rows than ``min_group_size``: its numbers are noisy."""


class SingleGroupWarning(UserWarning):
    """A sensitive feature has one value in every row: there is no gap to measure over it."""


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


# -- input handling -----------------------------------------------------------------------------


def _is_categorical(values: Any) -> bool:
    return str(getattr(values, "dtype", "")) == "category" and hasattr(values, "cat")


def factorize(values: Any, what: str) -> tuple[IntArray, list[Any]]:
    """Integer codes ``0..L-1`` and the sorted distinct values (only those observed).

    Fast paths: pandas categoricals (their codes), small-range integers (a bincount), and any
    other pandas or object data through ``pandas.factorize`` when pandas is installed; else
    ``np.unique``. Missing values (None, NaN) are refused.
    """
    if _is_categorical(values):
        codes = np.asarray(values.cat.codes, dtype=np.int64)
        if codes.size and codes.min() < 0:
            raise StewardError("missing values are not allowed", where=what)
        used = np.bincount(codes, minlength=len(values.cat.categories)) > 0
        lut = np.cumsum(used) - 1
        uniques = [c for c, u in zip(values.cat.categories.tolist(), used, strict=True) if u]
        return lut[codes].astype(np.int64), uniques
    if not hasattr(values, "dtype") or getattr(values, "ndim", 1) != 1:
        values = np.asarray(values, dtype=object if not hasattr(values, "dtype") else None)
        if values.ndim != 1:
            raise StewardError(f"expected one column, got shape {values.shape}", where=what)
        if values.dtype == object and values.size:
            # a plain list of numbers: keep a numeric dtype for the fast path
            try:
                numeric = np.asarray(values.tolist())
            except (ValueError, TypeError):
                numeric = values
            if numeric.dtype.kind in "iub":
                values = numeric
    kind = getattr(values, "dtype", np.dtype(object)).kind
    if kind in "iub":
        arr = np.asarray(values)
        if arr.size == 0:
            return np.zeros(0, dtype=np.int64), []
        if arr.dtype.kind == "b":
            arr = arr.astype(np.int64)
            low, high = 0, 1
            uniques_of = [False, True]
        else:
            low, high = int(arr.min()), int(arr.max())
            uniques_of = None
        if high - low < (1 << 22):
            shifted = arr.astype(np.int64) - low
            used = np.bincount(shifted, minlength=high - low + 1) > 0
            lut = np.cumsum(used) - 1
            present = np.flatnonzero(used)
            uniques = (
                [uniques_of[i] for i in present]
                if uniques_of is not None
                else (present + low).tolist()
            )
            return lut[shifted].astype(np.int64), uniques
    pd: Any = sys.modules.get("pandas")
    if pd is None and kind in "OUST":
        try:
            import pandas

            pd = pandas
        except ImportError:  # pragma: no cover - pandas is optional
            pd = None
    if pd is not None:
        codes, uniques = pd.factorize(values, sort=True)
        codes = np.asarray(codes, dtype=np.int64)
        if codes.size and codes.min() < 0:
            raise StewardError("missing values are not allowed", where=what)
        return codes, list(np.asarray(uniques).tolist())
    arr = np.asarray(values)
    if arr.dtype == object and any(v is None or v != v for v in arr.tolist()):
        raise StewardError("missing values are not allowed", where=what)
    uniques_arr, codes = np.unique(arr, return_inverse=True)
    return codes.astype(np.int64).ravel(), uniques_arr.tolist()


def _sensitive_columns(features: Any) -> list[tuple[str, Any]]:
    """``(name, values)`` per sensitive feature, named as Fairlearn names them."""
    if isinstance(features, Mapping):
        return [(str(k), v) for k, v in features.items()]
    if hasattr(features, "columns") and hasattr(features, "iloc"):  # pandas DataFrame
        return [(str(c), features.iloc[:, i]) for i, c in enumerate(features.columns)]
    if hasattr(features, "name") and hasattr(features, "iloc"):  # pandas Series
        return [(str(features.name) if features.name is not None else "sensitive_feature_0",
                 features)]  # fmt: skip
    arr = features if isinstance(features, np.ndarray) else np.asarray(features, dtype=object)
    if arr.ndim == 2:
        return [(f"sensitive_feature_{i}", arr[:, i]) for i in range(arr.shape[1])]
    return [("sensitive_feature_0", features)]


def _is_binary_01(labels: Sequence[Any]) -> bool:
    try:
        as_set = set(labels)
        return as_set <= {0, 1} or as_set <= {-1, 1}
    except TypeError:
        return False


def _sorted_union(a: list[Any], b: list[Any]) -> list[Any]:
    seen: dict[Any, None] = dict.fromkeys(a)
    seen.update(dict.fromkeys(b))
    try:
        return sorted(seen)
    except TypeError:
        return sorted(seen, key=lambda v: (type(v).__name__, str(v)))


@dataclass(frozen=True)
class _Column:
    name: str
    base: str
    metric: CountMetric | None = None
    average: Average = "binary"
    label_index: int | None = None
    function: Callable[..., Any] | None = None


# -- reductions over groups (leading axes allowed) -----------------------------------------------


def _reduce_groups(
    values: FloatArray, overall: FloatArray, include: NDArray[np.bool_], kind: str, method: Method
) -> FloatArray:
    """``difference`` / ``ratio`` / ``min`` / ``max`` over the last (group) axis, NaN-skipping."""
    v = np.where(include, values, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        if kind == "min":
            return np.fmin.reduce(v, axis=-1)
        if kind == "max":
            return np.fmax.reduce(v, axis=-1)
        if method == "between_groups":
            low, high = np.fmin.reduce(v, axis=-1), np.fmax.reduce(v, axis=-1)
            return high - low if kind == "difference" else low / high
        if method != "to_overall":
            raise StewardError(f"unknown method {method!r}; use between_groups or to_overall")
        o = np.asarray(overall)[..., None]
        if kind == "difference":
            return np.fmax.reduce(np.abs(v - o), axis=-1)
        r = v / o
        r = np.where(r > 1, 1 / r, r)
        return np.fmin.reduce(r, axis=-1)


def _quantiles(samples: FloatArray, q: Sequence[float]) -> FloatArray:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return np.asarray(np.nanquantile(samples, q, axis=0), dtype=np.float64)


def _clean(value: Any) -> Any:
    """JSON-safe: NaN -> None, numpy scalars -> Python."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if isinstance(value, np.ndarray):
        return _clean(value.tolist())
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


# -- the frame ----------------------------------------------------------------------------------


class MetricFrame:
    """Metrics overall and by group, with differences, ratios and bootstrap intervals.

    ``metrics``: names from the registry (``"accuracy"``, ``"tpr"``, ...; a suffix
    ``":ovr"``/``":macro"``/``":binary"`` overrides the averaging for that metric),
    :class:`~steward.audit.metrics.CountMetric` objects, callables ``f(y_true, y_pred)``, or a
    mapping of column name to any of those. ``sensitive_features``: one column, a mapping of
    name to column, a pandas DataFrame or a 2-D array; several give their intersections.

    ``average``: ``"auto"`` (binary when ``pos_label`` is given or the labels are within
    {0, 1} or {-1, 1}, else macro), ``"binary"``, ``"macro"`` or ``"ovr"`` (one column per
    label, named ``metric[label]``). ``labels`` fixes the label set of the macro average
    (scikit-learn's ``labels=``).

    ``min_group_size``: groups with fewer rows get a :class:`SmallGroupWarning` (listed in
    ``warnings``); with ``small_groups="exclude"`` they are also left out of group min/max,
    differences, ratios and disparities. ``n_boot`` > 0 adds percentile intervals at
    ``ci_quantiles`` from multinomial bootstrap resamples (see the module docstring), drawn in
    this process or, with ``engine="ray"``, as Ray tasks on ``workers`` CPUs (the same values).

    Values equal Fairlearn's MetricFrame on the same inputs (``by_group`` over every
    combination of observed feature values, NaN where a combination is empty).
    """

    def __init__(
        self,
        metrics: MetricSpec | Sequence[MetricSpec] | Mapping[str, MetricSpec] | None = None,
        *,
        y_true: Any,
        y_pred: Any,
        sensitive_features: Any,
        pos_label: Any = None,
        average: Literal["auto", "binary", "macro", "ovr"] = "auto",
        labels: Sequence[Any] | None = None,
        zero_division: float = 0.0,
        min_group_size: int = 0,
        small_groups: Literal["warn", "exclude"] = "warn",
        n_boot: int = 0,
        ci_quantiles: Sequence[float] = (0.025, 0.975),
        random_state: int | np.random.Generator | None = None,
        warn: bool = True,
        engine: str = "embedded",
        workers: int | None = None,
    ) -> None:
        if small_groups not in ("warn", "exclude"):
            raise StewardError(f"small_groups must be warn or exclude, got {small_groups!r}")
        t_codes, t_uniques = factorize(y_true, "y_true")
        p_codes, p_uniques = factorize(y_pred, "y_pred")
        n = t_codes.size
        if p_codes.size != n:
            raise StewardError(f"y_true has {n} rows but y_pred has {p_codes.size}")
        if n == 0:
            raise StewardError("no rows to audit")
        extra = list(labels or [])
        if pos_label is not None:
            extra.append(pos_label)
        label_list = _sorted_union(_sorted_union(t_uniques, p_uniques), extra)

        # averaging mode and positive label
        if average == "auto":
            average = "binary" if pos_label is not None or _is_binary_01(label_list) else "macro"
        if average not in ("binary", "macro", "ovr"):
            raise StewardError(f"unknown average {average!r}; use auto, binary, macro or ovr")
        if average == "binary" and pos_label is None:
            if not _is_binary_01(label_list):
                raise StewardError(
                    "binary metrics need pos_label unless the labels are within {0, 1} or {-1, 1}"
                    f"; labels are {label_list[:10]}"
                )
            pos_label = 1
            if 1 not in label_list:
                label_list = _sorted_union(label_list, [1])
        self.labels: list[Any] = label_list
        self.average: str = average
        self.pos_label: Any = pos_label
        self.zero_division = float(zero_division)
        index = {v: i for i, v in enumerate(label_list)}
        k = len(label_list)
        t_lut = np.array([index[v] for v in t_uniques], dtype=np.int64)
        p_lut = np.array([index[v] for v in p_uniques], dtype=np.int64)
        pos_index = index[pos_label] if pos_label is not None else None
        self._label_mask = (
            np.array([v in set(labels) for v in label_list]) if labels is not None else None
        )

        # sensitive features -> one flat group index (C order of the levels' product)
        columns = _sensitive_columns(sensitive_features)
        if not columns:
            raise StewardError("no sensitive feature given")
        self.feature_names: list[str] = [name for name, _ in columns]
        self.levels: list[list[Any]] = []
        group_index = np.zeros(n, dtype=np.int64)
        for name, values in columns:
            codes, uniques = factorize(values, f"sensitive feature {name!r}")
            if codes.size != n:
                raise StewardError(f"has {codes.size} rows, y_true has {n}", where=name)
            group_index *= len(uniques)
            group_index += codes
            self.levels.append(uniques)
        self.shape: tuple[int, ...] = tuple(len(level) for level in self.levels)
        n_groups = int(np.prod(self.shape))
        cell = (group_index * k + t_lut[t_codes]) * k + p_lut[p_codes]
        counts = np.bincount(cell, minlength=n_groups * k * k).reshape(n_groups, k, k)
        self.n = n
        self._counts: IntArray = counts
        self.group_sizes: IntArray = counts.sum(axis=(1, 2))

        # columns
        self._columns = self._build_columns(metrics, average, label_list, pos_index)
        self._pos_index = pos_index
        self._callables = any(c.function is not None for c in self._columns)
        if self._callables:
            self._rows = (group_index, np.asarray(y_true), np.asarray(y_pred))

        self.min_group_size = int(min_group_size)
        self.small_groups = small_groups
        nonempty = self.group_sizes > 0
        self.small: NDArray[np.bool_] = nonempty & (self.group_sizes < self.min_group_size)
        self._include = (nonempty & ~self.small) if small_groups == "exclude" else nonempty
        self.warnings: list[str] = [
            f"group {self._label(int(g))} has only {int(self.group_sizes[g])} rows "
            f"(< {self.min_group_size}); "
            + ("left out of differences and ratios" if small_groups == "exclude" else "noisy")
            for g in np.flatnonzero(self.small)
        ]
        if warn:
            for message in self.warnings:
                warnings.warn(message, SmallGroupWarning, stacklevel=2)
        # A feature with one value (often a wrong or empty column) separates no groups: alone
        # it gives a difference of 0 and a ratio of 1 by construction, which must not read as
        # a fair result.
        single = [
            f"sensitive feature {name!r} has one value ({level[0]!r}) in all {n} rows: it "
            "separates no groups, so no difference or ratio is measured over it"
            for name, level in zip(self.feature_names, self.levels, strict=True)
            if len(level) == 1
        ]
        self.warnings += single
        if warn:
            for message in single:
                warnings.warn(message, SingleGroupWarning, stacklevel=2)

        self._by_group, self._overall = self._evaluate(counts)
        for column in self._columns:
            if column.function is not None:
                self._by_group[column.name], self._overall[column.name] = self._call_by_group(
                    column.function, None
                )

        self.n_boot = int(n_boot)
        self.ci_quantiles: list[float] = list(ci_quantiles)
        self._boot: tuple[dict[str, FloatArray], dict[str, FloatArray]] | None = None
        if self.n_boot > 0:
            self._boot = self._bootstrap(self.n_boot, random_state, engine, workers)

    # -- construction helpers ---------------------------------------------------------------

    def _build_columns(
        self,
        metrics: Any,
        average: str,
        label_list: list[Any],
        pos_index: int | None,
    ) -> list[_Column]:
        if metrics is None:
            metrics = DEFAULT_METRICS if average != "macro" else DEFAULT_MULTICLASS_METRICS
        if isinstance(metrics, str | CountMetric) or callable(metrics):
            metrics = [metrics]
        items: list[tuple[str | None, Any]] = (
            list(metrics.items()) if isinstance(metrics, Mapping) else [(None, m) for m in metrics]
        )
        columns: list[_Column] = []
        for key, spec in items:
            if isinstance(spec, str | CountMetric):
                if isinstance(spec, str):
                    name, _, avg = spec.partition(":")
                    metric = get_metric(name)
                else:
                    metric, avg = spec, ""
                chosen = avg or average
                if chosen not in ("binary", "macro", "ovr"):
                    raise StewardError(f"unknown average {chosen!r} in {spec!r}", where="metrics")
                if metric.per_class and chosen == "binary" and pos_index is None:
                    raise StewardError(f"{metric.name}:binary needs pos_label", where="metrics")
                if metric.per_class and chosen == "ovr":
                    for i, label in enumerate(label_list):
                        columns.append(
                            _Column(f"{key or metric.name}[{label}]", metric.name, metric, "ovr", i)
                        )
                else:
                    name = key or metric.name
                    columns.append(_Column(name, metric.name, metric, chosen))  # type: ignore[arg-type]
            elif callable(spec):
                label = str(key or getattr(spec, "__name__", f"metric_{len(columns)}"))
                columns.append(_Column(label, label, function=spec))
            else:
                raise StewardError(f"not a metric: {spec!r}", where="metrics")
        names = [c.name for c in columns]
        if len(set(names)) != len(names):
            raise StewardError(f"duplicate metric names: {names}", where="metrics")
        return columns

    def _label(self, g: int) -> str:
        key = self.groups[g]
        return repr(key[0]) if len(key) == 1 else repr(key)

    @property
    def groups(self) -> list[tuple[Any, ...]]:
        """Group keys, one tuple of feature values per group, in ``by_group`` order."""
        if not hasattr(self, "_groups"):
            grids = np.indices(self.shape).reshape(len(self.shape), -1).T
            self._groups = [
                tuple(self.levels[f][i] for f, i in enumerate(row)) for row in grids.tolist()
            ]
        return self._groups

    @property
    def columns(self) -> list[str]:
        return [c.name for c in self._columns]

    def _evaluate(
        self, counts: NDArray[Any]
    ) -> tuple[dict[str, FloatArray], dict[str, FloatArray]]:
        """Count-based columns for ``counts`` of shape ``(..., G, K, K)``: by group ``(..., G)``
        (NaN for empty groups) and overall ``(...)``."""
        counts = counts.astype(np.float64)
        overall_counts = counts.sum(axis=-3)
        empty = counts.sum(axis=(-2, -1)) == 0
        by_group: dict[str, FloatArray] = {}
        overall: dict[str, FloatArray] = {}
        cache: dict[tuple[str, str], tuple[FloatArray, FloatArray]] = {}
        for column in self._columns:
            metric = column.metric
            if metric is None:
                continue
            key = (metric.name, column.average)
            if key not in cache:
                kwargs = dict(
                    average=column.average,
                    pos_index=self._pos_index,
                    label_mask=self._label_mask,
                    zero_division=self.zero_division,
                )
                cache[key] = (
                    metric.evaluate(counts, **kwargs),  # type: ignore[arg-type]
                    metric.evaluate(overall_counts, **kwargs),  # type: ignore[arg-type]
                )
            groups_value, overall_value = cache[key]
            if column.label_index is not None:
                groups_value = groups_value[..., column.label_index]
                overall_value = overall_value[..., column.label_index]
            by_group[column.name] = np.where(empty, np.nan, groups_value)
            overall[column.name] = np.asarray(overall_value, dtype=np.float64)
        return by_group, overall

    def _call_by_group(
        self, function: Callable[..., Any], rows: IntArray | None
    ) -> tuple[FloatArray, FloatArray]:
        """The slow path: call ``function(y_true, y_pred)`` on each group's rows (all rows, or
        the resampled ``rows``)."""
        group_index, y_true, y_pred = self._rows
        if rows is not None:
            group_index, y_true, y_pred = group_index[rows], y_true[rows], y_pred[rows]
        order = np.argsort(group_index, kind="stable")
        sizes = np.bincount(group_index, minlength=len(self.group_sizes))
        bounds = np.concatenate([[0], np.cumsum(sizes)])
        values = np.full(len(sizes), np.nan)
        for g in np.flatnonzero(sizes):
            idx = order[bounds[g] : bounds[g + 1]]
            values[g] = float(function(y_true[idx], y_pred[idx]))
        return values, np.asarray(float(function(y_true, y_pred)))

    def _bootstrap(
        self,
        n_boot: int,
        random_state: int | np.random.Generator | None,
        engine: str = "embedded",
        workers: int | None = None,
    ) -> tuple[dict[str, FloatArray], dict[str, FloatArray]]:
        """Resampled by-group and overall values, shape ``(n_boot, G)`` and ``(n_boot,)``.

        A row resample's cell counts are ``Multinomial(n, counts / n)`` (module docstring), so
        count-based columns are computed from multinomial draws over the non-empty cells; the
        callables (if any) are re-run on resampled rows. Resample ``b`` draws from its own seed
        (spawned from ``random_state``), so batching and the engine do not change it: on
        ``engine="ray"`` the batches of count-based resamples are Ray tasks, in order.
        """
        from steward.data.ray_engine import map_in_order

        if isinstance(random_state, np.random.Generator):
            root = np.random.SeedSequence(int(random_state.integers(2**63)))
        else:
            root = np.random.SeedSequence(random_state)
        count_root, call_root = root.spawn(2)
        count_seeds = count_root.spawn(n_boot)
        by_group: dict[str, list[FloatArray]] = {c.name: [] for c in self._columns}
        overall: dict[str, list[FloatArray]] = {c.name: [] for c in self._columns}
        chunk = max(1, min(n_boot, 2_000_000 // max(1, self._counts.size)))
        batches = (count_seeds[start : start + chunk] for start in range(0, n_boot, chunk))
        # The tasks need the counts and the count-based columns only, not the rows.
        shipped = _CountBootstrap(self) if engine != "embedded" else self
        for g_values, o_values in map_in_order(
            _frame_batch, shipped, batches, engine=engine, workers=workers
        ):
            for name in g_values:
                by_group[name].append(g_values[name])
                overall[name].append(o_values[name])
        call_seeds = call_root.spawn(n_boot)
        for column in self._columns:
            if column.function is None:
                continue
            for resample_seed in call_seeds:
                rows = np.random.default_rng(resample_seed).integers(0, self.n, self.n)
                g, o = self._call_by_group(column.function, rows)
                by_group[column.name].append(g[None])
                overall[column.name].append(o[None])
        return (
            {k: np.concatenate(v) for k, v in by_group.items()},
            {k: np.concatenate(v) for k, v in overall.items()},
        )

    # -- results ------------------------------------------------------------------------------

    @property
    def overall(self) -> dict[str, float]:
        return {name: float(v) for name, v in self._overall.items()}

    @property
    def by_group(self) -> dict[str, FloatArray]:
        """Column name -> values aligned with :attr:`groups` (NaN for an empty intersection)."""
        return {name: v.copy() for name, v in self._by_group.items()}

    def _reduce(self, kind: str, method: Method = "between_groups") -> dict[str, float]:
        return {
            name: float(
                _reduce_groups(
                    self._by_group[name], self._overall[name], self._include, kind, method
                )
            )
            for name in self.columns
        }

    def group_min(self) -> dict[str, float]:
        return self._reduce("min")

    def group_max(self) -> dict[str, float]:
        return self._reduce("max")

    def difference(self, method: Method = "between_groups") -> dict[str, float]:
        """Largest absolute difference between groups (or of a group to overall)."""
        return self._reduce("difference", method)

    def ratio(self, method: Method = "between_groups") -> dict[str, float]:
        """Smallest ratio (always <= 1) between groups (or of a group to overall)."""
        return self._reduce("ratio", method)

    def _disparities_from(
        self, differences: dict[str, FloatArray], ratios: dict[str, FloatArray]
    ) -> dict[str, FloatArray]:
        result: dict[str, FloatArray] = {}
        by_base: dict[str, list[str]] = {}
        for column in self._columns:
            by_base.setdefault(column.base, []).append(column.name)
        for name, (kind, bases) in DISPARITIES.items():
            if not all(b in by_base for b in bases):
                continue
            names = [c for b in bases for c in by_base[b]]
            source = differences if kind == "difference" else ratios
            stacked = np.stack([np.asarray(source[c]) for c in names])
            reduce = np.fmax if kind == "difference" else np.fmin
            result[name] = reduce.reduce(stacked, axis=0)
        return result

    def disparities(self, method: Method = "between_groups") -> dict[str, float]:
        """Accuracy, false discovery rate and equal opportunity differences, demographic parity
        and equalized odds (difference and ratio), for the metrics this frame holds.

        Each is the worst case over the columns of its metrics (per label under ``ovr``);
        equalized odds is the worse of the TPR and FPR comparisons (Fairlearn's
        ``agg="worst_case"``).
        """
        found = self._disparities_from(
            {k: np.asarray(v) for k, v in self.difference(method).items()},
            {k: np.asarray(v) for k, v in self.ratio(method).items()},
        )
        return {k: float(v) for k, v in found.items()}

    # -- bootstrap intervals ------------------------------------------------------------------

    def _require_boot(self) -> tuple[dict[str, FloatArray], dict[str, FloatArray]]:
        if self._boot is None:
            raise StewardError("no bootstrap: construct the MetricFrame with n_boot > 0")
        return self._boot

    @property
    def overall_ci(self) -> dict[str, FloatArray]:
        """Column -> quantiles (one per ``ci_quantiles``) of the overall value."""
        _, overall = self._require_boot()
        return {k: _quantiles(v, self.ci_quantiles) for k, v in overall.items()}

    @property
    def by_group_ci(self) -> dict[str, FloatArray]:
        """Column -> array ``(len(ci_quantiles), G)`` of by-group quantiles."""
        by_group, _ = self._require_boot()
        return {k: _quantiles(v, self.ci_quantiles) for k, v in by_group.items()}

    def _boot_reduce(self, kind: str, method: Method) -> dict[str, FloatArray]:
        by_group, overall = self._require_boot()
        return {
            k: _reduce_groups(by_group[k], overall[k], self._include, kind, method)
            for k in self.columns
        }

    def difference_ci(self, method: Method = "between_groups") -> dict[str, FloatArray]:
        samples = self._boot_reduce("difference", method)
        return {k: _quantiles(v, self.ci_quantiles) for k, v in samples.items()}

    def ratio_ci(self, method: Method = "between_groups") -> dict[str, FloatArray]:
        samples = self._boot_reduce("ratio", method)
        return {k: _quantiles(v, self.ci_quantiles) for k, v in samples.items()}

    def disparities_ci(self, method: Method = "between_groups") -> dict[str, FloatArray]:
        found = self._disparities_from(
            self._boot_reduce("difference", method), self._boot_reduce("ratio", method)
        )
        return {k: _quantiles(v, self.ci_quantiles) for k, v in found.items()}

    def bootstrap_samples(self) -> tuple[dict[str, FloatArray], dict[str, FloatArray]]:
        """The raw resampled values: by group ``(n_boot, G)`` and overall ``(n_boot,)``."""
        by_group, overall = self._require_boot()
        return dict(by_group), dict(overall)

    # -- views ----------------------------------------------------------------------------------

    def counts(self) -> IntArray:
        """Cell counts ``(G, K, K)``: rows per (group, true label, predicted label)."""
        return self._counts.copy()

    def to_pandas(self) -> Any:
        """``by_group`` as a pandas DataFrame indexed like Fairlearn's (needs pandas)."""
        import pandas as pd

        if len(self.feature_names) == 1:
            index = pd.Index(self.levels[0], name=self.feature_names[0])
        else:
            index = pd.MultiIndex.from_product(self.levels, names=self.feature_names)
        return pd.DataFrame({name: self._by_group[name] for name in self.columns}, index=index)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record of everything computed (NaN written as null)."""
        group_ci = self.by_group_ci if self._boot is not None else None
        rows = []
        for g, key in enumerate(self.groups):
            row: dict[str, Any] = {
                "group": dict(zip(self.feature_names, key, strict=True)),
                "n": int(self.group_sizes[g]),
                "small": bool(self.small[g]),
                "values": {name: self._by_group[name][g] for name in self.columns},
            }
            if group_ci is not None:
                row["ci"] = {name: group_ci[name][:, g] for name in self.columns}
            rows.append(row)
        result: dict[str, Any] = {
            "n": self.n,
            "sensitive_features": self.feature_names,
            "labels": self.labels,
            "average": self.average,
            "pos_label": self.pos_label,
            "min_group_size": self.min_group_size,
            "small_groups": self.small_groups,
            "metrics": self.columns,
            "overall": self.overall,
            "by_group": rows,
            "group_min": self.group_min(),
            "group_max": self.group_max(),
            "difference": {m: self.difference(m) for m in ("between_groups", "to_overall")},
            "ratio": {m: self.ratio(m) for m in ("between_groups", "to_overall")},
            "disparities": self.disparities(),
            "warnings": self.warnings,
        }
        if self._boot is not None:
            result["bootstrap"] = {
                "n_boot": self.n_boot,
                "ci_quantiles": self.ci_quantiles,
                "overall": self.overall_ci,
                "difference": self.difference_ci(),
                "ratio": self.ratio_ci(),
                "disparities": self.disparities_ci(),
            }
        cleaned: dict[str, Any] = _clean(result)
        return cleaned


# Gate metrics of the fairness section, read from a FairnessReport. The gaps are absent
# (a rule on them fails, with the reason) when a group column cannot be measured: the largest
# gap over the other columns would hide it.
METRICS = (
    metric("min_group_accuracy", "fairness", "classifier", "higher", "fraction",
           "lowest accuracy of a group with at least audit.fairness.min_group_size rows"),
    metric("max_group_accuracy_gap", "fairness", "classifier", "lower", "fraction",
           "largest accuracy difference between groups of one column; the report flags "
           "columns above the gate rule's max", source="measured_gap"),
    metric("max_group_accuracy_gap_upper", "fairness", "classifier", "lower", "fraction",
           "upper end of the largest gap's 95% bootstrap interval",
           source="measured_gap_upper"),
)  # fmt: skip
GAP_METRICS = ("max_group_accuracy_gap", "max_group_accuracy_gap_upper")


# -- the first version's interface, on top of MetricFrame ----------------------------------------


@dataclass(frozen=True)
class GroupAccuracy:
    group: str
    n: int
    accuracy: float
    ci_low: float
    ci_high: float
    readable: bool  # n >= min_group_size


@dataclass(frozen=True)
class ColumnFairness:
    column: str
    groups: list[GroupAccuracy]
    difference: float  # max - min accuracy among readable groups
    ratio: float  # min / max accuracy among readable groups
    worst_group: str | None
    best_group: str | None
    exceeds_max_gap: bool
    warnings: list[str] = field(default_factory=list)
    # 95% bootstrap interval of the difference (readable groups); None when not computed
    difference_ci: tuple[float, float] | None = None
    # False when the test rows hold fewer than two values of the column: a gap of 0 would then
    # be true by construction, not a finding, so it must not pass a fairness rule.
    measurable: bool = True


@dataclass(frozen=True)
class FairnessReport:
    overall_accuracy: float
    columns: list[ColumnFairness]
    max_gap: float | None  # the gate rule's limit the columns are flagged against (None: none)
    min_group_size: int

    @property
    def largest_gap(self) -> float:
        """The largest gap over the measurable columns (see :attr:`not_measurable`)."""
        return max((f.difference for f in self.columns if f.measurable), default=0.0)

    @property
    def not_measurable(self) -> dict[str, str]:
        """Columns whose gap cannot be measured, with the reason (their first warning)."""
        return {
            f.column: f.warnings[0] if f.warnings else "not measurable"
            for f in self.columns
            if not f.measurable
        }

    @property
    def largest_gap_upper(self) -> float:
        """The largest upper bound of the gap's bootstrap interval (the gap where none)."""
        return max(
            (
                f.difference_ci[1] if f.difference_ci else f.difference
                for f in self.columns
                if f.measurable
            ),
            default=0.0,
        )

    @property
    def measured_gap(self) -> float | None:
        """:attr:`largest_gap`, or None when a column's gap cannot be measured."""
        return None if self.not_measurable else self.largest_gap

    @property
    def measured_gap_upper(self) -> float | None:
        return None if self.not_measurable else self.largest_gap_upper

    def not_measurable_metrics(self) -> dict[str, str]:
        """The gate metrics left unmeasured because of :attr:`not_measurable`, with why (for
        the verdict's reason)."""
        if not self.not_measurable:
            return {}
        why = "; ".join(self.not_measurable.values())
        return dict.fromkeys(GAP_METRICS, why)

    @property
    def min_group_accuracy(self) -> float:
        readable = [g.accuracy for f in self.columns for g in f.groups if g.readable]
        return min(readable, default=self.overall_accuracy)

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall_accuracy": self.overall_accuracy,
            "max_gap": self.max_gap,
            "min_group_size": self.min_group_size,
            "largest_gap": self.largest_gap,
            "largest_gap_upper": self.largest_gap_upper,
            "min_group_accuracy": self.min_group_accuracy,
            "not_measurable": self.not_measurable,
            "columns": [
                {
                    **{k: v for k, v in f.__dict__.items() if k != "groups"},
                    "groups": [g.__dict__ for g in f.groups],
                }
                for f in self.columns
            ],
        }


class _CountBootstrap:
    """What a Ray task needs of a :class:`MetricFrame` to draw and score resamples: its counts
    and count-based columns (not its rows, nor callables that may not pickle)."""

    def __init__(self, frame: MetricFrame) -> None:
        self.n = frame.n
        self._counts = frame._counts
        self._columns = [c for c in frame._columns if c.metric is not None]
        self._pos_index = frame._pos_index
        self._label_mask = frame._label_mask
        self.zero_division = frame.zero_division

    def _evaluate(
        self, counts: NDArray[Any]
    ) -> tuple[dict[str, FloatArray], dict[str, FloatArray]]:
        # MetricFrame's own code: it reads only the attributes copied above.
        return MetricFrame._evaluate(self, counts)  # type: ignore[arg-type]


def _frame_batch(
    frame: MetricFrame | _CountBootstrap, seeds: list[np.random.SeedSequence]
) -> tuple[dict[str, FloatArray], dict[str, FloatArray]]:
    """Count-based columns of one batch of multinomial resamples (one per seed); runs in this
    process or as a Ray task."""
    flat = frame._counts.ravel()
    nonzero = np.flatnonzero(flat)
    p = flat[nonzero] / frame.n
    draws = np.zeros((len(seeds), flat.size), dtype=np.int64)
    for row, resample_seed in enumerate(seeds):
        draws[row, nonzero] = np.random.default_rng(resample_seed).multinomial(frame.n, p)
    return frame._evaluate(draws.reshape(len(seeds), *frame._counts.shape))


def group_fairness(
    y_true: Sequence[str],
    y_pred: Sequence[str],
    groups: Mapping[str, Sequence[str]],
    *,
    max_gap: float | None,
    min_group_size: int,
    n_boot: int = 1000,
    random_state: int = 0,
    engine: str = "embedded",
    workers: int | None = None,
) -> FairnessReport:
    """Per-group accuracy for each sensitive column, Wilson intervals and the largest gap over
    groups with at least ``min_group_size`` rows (plus a bootstrap interval of each gap).
    A column is flagged when its gap exceeds ``max_gap`` (the policy's gate rule on
    ``max_group_accuracy_gap``; None: no rule, nothing flagged)."""
    if len(y_true) != len(y_pred):
        raise StewardError(f"y_true has {len(y_true)} rows but y_pred has {len(y_pred)}")
    if len(y_true) == 0:
        empty = ["no test rows: the accuracy gap cannot be measured"]
        return FairnessReport(
            0.0,
            [
                ColumnFairness(name, [], 0.0, 1.0, None, None, False, empty, measurable=False)
                for name in groups
            ],
            max_gap,
            min_group_size,
        )
    overall = sum(t == p for t, p in zip(y_true, y_pred, strict=True)) / len(y_true)
    columns = []
    for name, values in groups.items():
        frame = MetricFrame(
            ["count", "accuracy"],
            y_true=list(y_true),
            y_pred=list(y_pred),
            sensitive_features={name: list(values)},
            average="macro",
            min_group_size=min_group_size,
            small_groups="exclude",
            n_boot=n_boot,
            random_state=random_state,
            warn=False,
            engine=engine,
            workers=workers,
        )
        accuracy = frame.by_group["accuracy"]
        rows = []
        for g, (value,) in enumerate(frame.groups):
            n = int(frame.group_sizes[g])
            hits = round(float(accuracy[g]) * n)
            low, high = wilson_interval(hits, n)
            rows.append(
                GroupAccuracy(
                    str(value),
                    n,
                    round(float(accuracy[g]), 6),
                    round(low, 6),
                    round(high, 6),
                    n >= min_group_size,
                )
            )
        readable = [row for row in rows if row.readable]
        measurable = len(rows) >= 2
        warnings_ = []
        if not measurable:
            warnings_.append(
                f"column {name!r} has one value ({rows[0].group!r}) in all {len(y_true)} test "
                "rows: the accuracy gap cannot be measured (check data.group_fields against the "
                "data)"
            )
        warnings_ += [
            f"group {row.group!r} has only {row.n} examples (< {min_group_size}); "
            "not used for the gap"
            for row in rows
            if not row.readable
        ]
        gap_ci: tuple[float, float] | None = None
        if len(readable) >= 2:
            worst = min(readable, key=lambda r: r.accuracy)
            best = max(readable, key=lambda r: r.accuracy)
            difference = round(best.accuracy - worst.accuracy, 6)
            ratio = round(worst.accuracy / best.accuracy, 6) if best.accuracy else 1.0
            worst_name, best_name = worst.group, best.group
            if n_boot > 0:
                low_q, high_q = frame.difference_ci()["accuracy"]
                gap_ci = (round(float(low_q), 6), round(float(high_q), 6))
        else:
            difference, ratio, worst_name, best_name = 0.0, 1.0, None, None
        columns.append(
            ColumnFairness(
                name,
                rows,
                difference,
                ratio,
                worst_name,
                best_name,
                max_gap is not None and difference > max_gap,
                warnings_,
                gap_ci,
                measurable,
            )
        )
    return FairnessReport(round(overall, 6), columns, max_gap, min_group_size)
