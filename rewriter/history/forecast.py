"""Monthly projections from a metric's own history: candidate models, a backtest to pick one, and simulated paths."""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass

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

MODELS = ("drift", "trend", "level")


@dataclass(frozen=True)
class Projection:
    """Where the metric may be at each step ahead: simulated values, one row per path."""

    model: str
    steps: np.ndarray  # months from the last point to each projected point
    paths: np.ndarray  # shape (PATHS, len(steps)), in the metric's own units
    pace_pct: float  # the history's pace under the chosen model, % per month
    backtest_error: dict[str, float]  # mean absolute log error of each candidate, one step ahead and more

    def quantiles(self, *q: float) -> np.ndarray:
        """One row per quantile, one column per step."""
        return np.quantile(self.paths, q, axis=0)

    def chance(self, target: float, lower_is_better: bool) -> float:
        """Share of paths that reach the target at the last step."""
        end = self.paths[:, -1]
        hit = end <= target if lower_is_better else end >= target
        return float(np.mean(hit))


def _offset(y: np.ndarray) -> float:
    """Added before taking logs when a series touches zero (small accounts)."""
    low = float(y.min())
    return 0.0 if low > 0 else max(1.0, 0.05 * float(np.mean(np.abs(y))))


def _weights(n: int) -> np.ndarray:
    w = 0.5 ** (np.arange(n)[::-1] / HALF_LIFE)
    return w / w.sum()


def _drift_fit(z: np.ndarray, gap: np.ndarray) -> tuple[float, np.ndarray]:
    """Drift per month (recent steps weigh more) and the per-month-scaled residual increments."""
    d = np.diff(z) / gap
    mu = float(np.dot(_weights(len(d)), d))
    return mu, (d - mu) * np.sqrt(gap)


def _trend_fit(z: np.ndarray, t: np.ndarray) -> tuple[float, float, np.ndarray, float]:
    """Least-squares line through the last WINDOW points: intercept, slope, residuals, slope s.e."""
    z, t = z[-WINDOW:], t[-WINDOW:]
    tc = t - t.mean()
    sxx = float(np.dot(tc, tc)) or 1.0
    b = float(np.dot(tc, z - z.mean())) / sxx
    a = float(z.mean()) - b * float(t.mean())
    res = z - (a + b * t)
    dof = max(len(z) - 2, 1)
    se = math.sqrt(float(np.dot(res, res)) / dof / sxx)
    return a, b, res, se


def _point(model: str, z: np.ndarray, t: np.ndarray, ahead: float) -> float:
    """The model's median forecast `ahead` months after the last point (log scale)."""
    if model == "drift":
        mu, _ = _drift_fit(z, np.diff(t))
        return float(z[-1] + mu * _damped_sum(ahead))
    if model == "trend":
        a, b, _, _ = _trend_fit(z, t)
        return a + b * (t[-1] + ahead)
    w = _weights(min(len(z), WINDOW))
    return float(np.dot(w, z[-len(w):]))


def _damped_sum(ahead: float) -> float:
    """Sum of DAMPING^k for k = 1..ahead (months), continuous in `ahead`."""
    return DAMPING * (1 - DAMPING**ahead) / (1 - DAMPING)


def backtest(z: np.ndarray, t: np.ndarray, horizon: float, models: tuple[str, ...]) -> dict[str, float]:
    """Mean absolute log error of each model, refitted at each origin over the history's last points."""
    n = len(z)
    errors: dict[str, list[float]] = {m: [] for m in models}
    for origin in range(max(3, n - 5), n):
        for end in range(origin, min(n, origin + max(1, min(3, math.ceil(horizon))))):
            ahead = float(t[end] - t[origin - 1])
            for m in models:
                errors[m].append(abs(_point(m, z[:origin], t[:origin], ahead) - z[end]))
    return {m: float(np.mean(e)) if e else math.inf for m, e in errors.items()}


def project(t: np.ndarray, y: np.ndarray, months: float, *, rate: bool = False,
            seed: int | None = None) -> Projection:
    """Simulated paths `months` past the last point of (t months, y values), by the model that
    forecast this history's own last points best. y must hold at least 3 values, none negative."""
    t = np.asarray(t, dtype=float)
    y = np.asarray(y, dtype=float)
    c = _offset(y)
    z = np.log(y + c)
    months = max(float(months), 1e-3)
    models = ("level", "drift") if rate else ("drift", "trend")
    errors = backtest(z, t, months, models) if len(z) >= 5 else {}
    model = min(errors, key=errors.__getitem__) if errors else models[0]
    n_steps = max(1, math.ceil(months - 1e-9))
    steps = np.minimum(np.arange(1, n_steps + 1, dtype=float), months)
    rng = np.random.default_rng(_seed(y, months) if seed is None else seed)
    paths_z, pace = _simulate(model, z, t, steps, rng)
    paths = np.maximum(np.exp(paths_z) - c, 0.0)
    return Projection(model=model, steps=steps, paths=paths, pace_pct=pace, backtest_error=errors)


def _simulate(model: str, z: np.ndarray, t: np.ndarray, steps: np.ndarray,
              rng: np.random.Generator) -> tuple[np.ndarray, float]:
    gap = np.diff(t)
    mu, resid = _drift_fit(z, gap)
    scale = SPREAD * math.sqrt(len(resid) / max(len(resid) - 1, 1))
    dt = np.diff(np.concatenate([[0.0], steps]))
    draws = rng.choice(resid, size=(PATHS, len(steps))) * np.sqrt(dt) * scale
    noise = np.cumsum(draws, axis=1)
    if model == "drift":
        # the drift itself is uncertain: its standard error from the residual increments
        se = float(np.std(resid)) * math.sqrt(float(np.sum(_weights(len(resid)) ** 2)))
        mus = mu + rng.standard_normal((PATHS, 1)) * se * SPREAD
        damped = np.array([_damped_sum(s) for s in steps])
        # the drift wanders: a random walk in the drift adds up over the steps ahead
        walk = np.cumsum(rng.standard_normal((PATHS, len(steps))) * np.sqrt(dt), axis=1)
        wander = WANDER * (abs(mu) + float(np.std(resid))) * np.cumsum(walk * dt, axis=1)
        centre = z[-1] + mus * damped + wander
        pace = mu
    elif model == "trend":
        a, b, res, se_b = _trend_fit(z, t)
        bs = b + rng.standard_normal((PATHS, 1)) * se_b * SPREAD
        # start from where the line and the last point agree: half way between them
        start = 0.5 * (z[-1] + a + b * t[-1])
        centre = start + bs * steps
        pace = b
    else:  # level: a rate wanders around its recent level, with no trend of its own
        w = _weights(min(len(z), WINDOW))
        centre = np.full((1, len(steps)), float(np.dot(w, z[-len(w):])))
        pace = 0.0
    return centre + noise, (math.exp(pace) - 1) * 100


def _seed(y: np.ndarray, months: float) -> int:
    """The same history and horizon give the same paths (reports are deterministic)."""
    return zlib.crc32(y.tobytes() + np.float64(months).tobytes())
