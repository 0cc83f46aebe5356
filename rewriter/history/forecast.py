"""Monthly projections from a metric's own history: candidate models, a backtest to pick one, and simulated paths."""

from __future__ import annotations

import math
import threading
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Literal

import numpy as np

# Simulated paths per forecast: enough for a stable 10th/90th percentile and a probability to
# the nearest percent, cheap enough for hundreds of goals a second.
PATHS = 1000
# Recent steps weigh more when the drift is estimated: a half-life in steps.
HALF_LIFE = 3.0
# A drift fades by this factor each step ahead (damped trend): growth rarely goes on unchanged.
DAMPING = 0.9
# Spread of the simulated paths relative to the bootstrapped residuals: small samples understate
# their own noise. Set once from the calibration backtest (benchmarks/bench_forecast.py, seed 1)
# and checked on other seeds.
SPREAD = 1.25
# How far a drift may move away from its recent value over the horizon, relative to its size and
# to the noise (growth slows, a trend breaks): a drift that wanders as a random walk.
WANDER = 0.4
# The trend and level fits look at most this many recent steps.
WINDOW = 12

Model = Literal["drift", "trend", "level"]
MODELS: tuple[Model, ...] = ("drift", "trend", "level")
# Projections kept per identical history and horizon (a batch often repeats an account's history).
CACHE_SIZE = 512


@dataclass(frozen=True)
class Projection:
    """Where the metric may be at each step ahead: simulated values, one row per path."""

    model: Model
    steps: np.ndarray  # months from the last point to each projected point
    paths: np.ndarray  # shape (PATHS, len(steps)), in the metric's own units
    pace_pct: float  # the history's pace under the chosen model, % per month
    backtest_error: dict[
        Model, float
    ]  # mean absolute log error of each candidate, one step ahead and more

    @cached_property
    def _by_step(self) -> np.ndarray:
        """The paths laid out one contiguous row per step."""
        return np.ascontiguousarray(self.paths.T)

    def quantiles(self, *q: float) -> np.ndarray:
        """One row per quantile, one column per step (numpy's default linear interpolation)."""
        return _quantiles(self._by_step, q).T

    @cached_property
    def _ends(self) -> np.ndarray:
        """The values at the last step, sorted: the chances and the targets read them."""
        return np.sort(self._by_step[-1])

    def end_quantiles(self, *q: float) -> list[float]:
        """The quantiles of the value at the last step."""
        ends, n = self._ends, len(self._ends)
        out = []
        for x in q:
            at = x * (n - 1)
            lo = min(int(math.floor(at)), n - 1)
            a, b, frac = ends[lo], ends[min(lo + 1, n - 1)], at - lo
            out.append(float(b - (b - a) * (1 - frac) if frac >= 0.5 else a + (b - a) * frac))
        return out

    def chance(self, target: float, lower_is_better: bool) -> float:
        """Share of paths that reach the target at the last step."""
        ends, n = self._ends, len(self._ends)
        hits = (
            int(np.searchsorted(ends, target, side="right"))
            if lower_is_better
            else n - int(np.searchsorted(ends, target, side="left"))
        )
        return hits / n


def _quantiles(rows: np.ndarray, qs: tuple[float, ...]) -> np.ndarray:
    """Quantiles along the last axis, as np.quantile(method="linear") gives them: the order
    statistics each needs are put in place (a partial sort), then interpolated."""
    n = rows.shape[-1]
    where = []
    for q in qs:
        at = q * (n - 1)
        lo = min(int(math.floor(at)), n - 1)
        where.append((lo, min(lo + 1, n - 1), at - lo))
    ranked = np.partition(rows, sorted({i for lo, hi, _ in where for i in (lo, hi)}), axis=-1)
    out = []
    for lo, hi, frac in where:
        a, b = ranked[..., lo], ranked[..., hi]
        diff = b - a
        out.append(b - diff * (1 - frac) if frac >= 0.5 else a + diff * frac)
    return np.stack(out, axis=-1)


def _offset(y: np.ndarray) -> float:
    """Added before taking logs when a series touches zero (small accounts)."""
    low = float(y.min())
    return 0.0 if low > 0 else max(1.0, 0.05 * float(np.mean(np.abs(y))))


@cache
def _weights(n: int) -> np.ndarray:
    w: np.ndarray = 0.5 ** (np.arange(n)[::-1] / HALF_LIFE)
    w = w / w.sum()
    w.flags.writeable = False
    return w


def _drift(z: np.ndarray, gap: np.ndarray) -> tuple[float, np.ndarray]:
    """Drift per month (recent steps weigh more) and the increments per month."""
    d = (z[1:] - z[:-1]) / gap
    return float(np.dot(_weights(len(d)), d)), d


def _drift_fit(z: np.ndarray, gap: np.ndarray) -> tuple[float, np.ndarray]:
    """Drift per month (recent steps weigh more) and the per-month-scaled residual increments."""
    mu, d = _drift(z, gap)
    return mu, (d - mu) * np.sqrt(gap)


def _line(z: np.ndarray, t: np.ndarray) -> tuple[float, float]:
    """Least-squares line through the last WINDOW points: intercept and slope."""
    z, t = z[-WINDOW:], t[-WINDOW:]
    n = len(z)
    t_mean, z_mean = float(t.sum()) / n, float(z.sum()) / n
    tc = t - t_mean
    sxx = float(np.dot(tc, tc)) or 1.0
    b = float(np.dot(tc, z - z_mean)) / sxx
    return z_mean - b * t_mean, b


def _trend_fit(z: np.ndarray, t: np.ndarray) -> tuple[float, float, np.ndarray, float]:
    """Least-squares line through the last WINDOW points: intercept, slope, residuals, slope s.e."""
    a, b = _line(z, t)
    z, t = z[-WINDOW:], t[-WINDOW:]
    tc = t - float(t.sum()) / len(t)
    sxx = float(np.dot(tc, tc)) or 1.0
    res = z - (a + b * t)
    dof = max(len(z) - 2, 1)
    se = math.sqrt(float(np.dot(res, res)) / dof / sxx)
    return a, b, res, se


def _damped_sum(ahead: np.ndarray) -> np.ndarray:
    """Sum of DAMPING^k for k = 1..ahead (months), continuous in `ahead`."""
    return DAMPING * (1 - DAMPING**ahead) / (1 - DAMPING)


def backtest(
    z: np.ndarray, t: np.ndarray, horizon: float, models: tuple[Model, ...]
) -> dict[Model, float]:
    """Mean absolute log error of each model, refitted at each origin over the history's last points."""
    n = len(z)
    errors: dict[Model, list[np.ndarray]] = {m: [] for m in models}
    reach = max(1, min(3, math.ceil(horizon)))
    d = (z[1:] - z[:-1]) / (t[1:] - t[:-1])  # the increments every origin's drift is fitted on
    for origin in range(max(3, n - 5), n):
        end = min(n, origin + reach)
        ahead = t[origin:end] - t[origin - 1]
        actual = z[origin:end]
        for m in models:  # one fit per origin, every step ahead from it
            if m == "drift":
                mu = float(np.dot(_weights(origin - 1), d[: origin - 1]))
                guess = z[origin - 1] + mu * _damped_sum(ahead)
            elif m == "trend":
                a, b = _line(z[:origin], t[:origin])
                guess = a + b * (t[origin - 1] + ahead)
            else:
                w = _weights(min(origin, WINDOW))
                guess = np.full(len(ahead), float(np.dot(w, z[origin - len(w) : origin])))
            errors[m].append(np.abs(guess - actual))
    return {m: float(np.concatenate(e).mean()) if e else math.inf for m, e in errors.items()}


def project(
    t: np.ndarray, y: np.ndarray, months: float, *, rate: bool = False, seed: int | None = None
) -> Projection:
    """Simulated paths `months` past the last point of (t months, y values), by the model that
    forecast this history's own last points best. y must hold at least 3 values, none negative.

    The same history and horizon give the same projection, computed once (kept in a small cache)."""
    t = np.asarray(t, dtype=float)
    y = np.asarray(y, dtype=float)
    key = (t.tobytes(), y.tobytes(), float(months), rate, seed)
    with _LOCK:
        if (hit := _CACHE.get(key)) is not None:
            _CACHE.move_to_end(key)
            return hit
    p = _project(t, y, months, rate, seed)
    with _LOCK:
        _CACHE[key] = p
        if len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return p


_CACHE: OrderedDict[tuple[bytes, bytes, float, bool, int | None], Projection] = OrderedDict()
_LOCK = threading.Lock()


def _project(
    t: np.ndarray, y: np.ndarray, months: float, rate: bool, seed: int | None
) -> Projection:
    c = _offset(y)
    z = np.log(y + c)
    months = max(float(months), 1e-3)
    models: tuple[Model, ...] = ("level", "drift") if rate else ("drift", "trend")
    errors = backtest(z, t, months, models) if len(z) >= 5 else {}
    model = min(errors, key=errors.__getitem__) if errors else models[0]
    n_steps = max(1, math.ceil(months - 1e-9))
    steps = np.minimum(np.arange(1, n_steps + 1, dtype=float), months)
    rng = np.random.default_rng(_seed(y, months) if seed is None else seed)
    paths_z, pace = _simulate(model, z, t, steps, rng)
    paths = np.maximum(np.exp(paths_z) - c, 0.0)
    paths.flags.writeable = False  # shared by every report of the same history
    return Projection(model=model, steps=steps, paths=paths, pace_pct=pace, backtest_error=errors)


def _simulate(
    model: str, z: np.ndarray, t: np.ndarray, steps: np.ndarray, rng: np.random.Generator
) -> tuple[np.ndarray, float]:
    """Simulated log values, shape (PATHS, steps); worked on one row per step (fast sums over steps)."""
    gap = t[1:] - t[:-1]
    mu, resid = _drift_fit(z, gap)
    scale = SPREAD * math.sqrt(len(resid) / max(len(resid) - 1, 1))
    dt = np.diff(np.concatenate([[0.0], steps]))[:, None]  # one row per step
    root_dt = np.sqrt(dt)
    draws = _rows(rng.choice(resid, size=(PATHS, len(steps)))) * root_dt * scale
    noise = _cumsum(draws)
    if model == "drift":
        # the drift itself is uncertain: its standard error from the residual increments
        spread = float(np.std(resid))
        se = spread * math.sqrt(float(np.sum(_weights(len(resid)) ** 2)))
        mus = mu + _rows(rng.standard_normal((PATHS, 1))) * se * SPREAD
        damped = _damped_sum(steps)[:, None]
        # the drift wanders: a random walk in the drift adds up over the steps ahead
        walk = _cumsum(_rows(rng.standard_normal((PATHS, len(steps)))) * root_dt)
        wander = WANDER * (abs(mu) + spread) * _cumsum(walk * dt)
        centre = z[-1] + mus * damped + wander
        pace = mu
    elif model == "trend":
        a, b, res, se_b = _trend_fit(z, t)
        bs = b + _rows(rng.standard_normal((PATHS, 1))) * se_b * SPREAD
        # start from where the line and the last point agree: half way between them
        start = 0.5 * (z[-1] + a + b * t[-1])
        centre = start + bs * steps[:, None]
        pace = b
    else:  # level: a rate wanders around its recent level, with no trend of its own
        w = _weights(min(len(z), WINDOW))
        centre = np.full((len(steps), 1), float(np.dot(w, z[-len(w) :])))
        pace = 0.0
    return (centre + noise).T, (math.exp(pace) - 1) * 100


def _cumsum(rows: np.ndarray) -> np.ndarray:
    """Running sums down the steps, in place (np.cumsum(axis=0) adds the same numbers, slower)."""
    for k in range(1, len(rows)):
        rows[k] += rows[k - 1]
    return rows


def _rows(draws: np.ndarray) -> np.ndarray:
    """Draws made one row per path, laid out one row per step (the same numbers)."""
    return np.ascontiguousarray(draws.T)


def _seed(y: np.ndarray, months: float) -> int:
    """The same history and horizon give the same paths (reports are deterministic)."""
    return zlib.crc32(y.tobytes() + np.float64(months).tobytes())
