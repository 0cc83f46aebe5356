"""Simulated monthly metric histories of realistic shapes, each with a held-out future, for the forecast backtest."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SHAPES = ("steady", "slowing", "viral", "plateau", "seasonal", "drop", "small")


@dataclass(frozen=True)
class Case:
    shape: str
    history: np.ndarray  # monthly values, oldest first
    future: np.ndarray  # the held-out months after the history
    target: float  # the goal's value at the end of the future
    lower_is_better: bool
    rate: bool  # a ratio metric (engagement rate, cost per lead), not a count


def _levels(
    rng: np.random.Generator, n: int, growth: np.ndarray, noise: float, start: float
) -> np.ndarray:
    """A count that grows by `growth` a month with noise in each month's growth (followers)."""
    steps = growth[:n] + rng.normal(0, noise, n)
    return start * np.exp(np.cumsum(steps))


def simulate(rng: np.random.Generator, shape: str) -> Case:
    n_hist = int(rng.integers(6, 25))
    n_fut = int(rng.integers(1, 13))
    n = n_hist + n_fut
    start = float(np.exp(rng.uniform(np.log(300), np.log(200_000))))
    rate = False
    lower = False
    if shape == "steady":
        g = np.full(n, rng.uniform(0.0, 0.08))
        y = _levels(rng, n, g, rng.uniform(0.005, 0.04), start)
    elif shape == "slowing":
        g0, tau = rng.uniform(0.05, 0.2), rng.uniform(4, 18)
        y = _levels(rng, n, g0 * np.exp(-np.arange(n) / tau), rng.uniform(0.005, 0.03), start)
    elif shape == "viral":
        g = np.full(n, rng.uniform(0.0, 0.05))
        g[int(rng.integers(1, n))] += rng.uniform(0.3, 1.2)  # one month a post went viral
        y = _levels(rng, n, g, rng.uniform(0.005, 0.03), start)
    elif shape == "plateau":
        y = _levels(rng, n, np.full(n, rng.uniform(-0.005, 0.01)), rng.uniform(0.003, 0.02), start)
    elif shape == "seasonal":  # a monthly flow (views, revenue) with a yearly cycle
        amp, phase = rng.uniform(0.1, 0.35), rng.uniform(0, 2 * np.pi)
        trend = np.exp(rng.uniform(-0.01, 0.04) * np.arange(n))
        season = 1 + amp * np.sin(2 * np.pi * np.arange(n) / 12 + phase)
        y = start * trend * season * np.exp(rng.normal(0, rng.uniform(0.03, 0.1), n))
    elif shape == "drop":
        g = np.full(n, rng.uniform(0.0, 0.06))
        g[int(rng.integers(n_hist // 2, n)) :] = rng.uniform(-0.08, -0.01)
        y = _levels(rng, n, g, rng.uniform(0.005, 0.03), start)
    elif shape == "small":  # a new account's monthly sign-ups: small counts, Poisson noise
        lam = rng.uniform(2, 40) * np.exp(rng.uniform(-0.02, 0.08) * np.arange(n))
        y = rng.poisson(lam).astype(float)
    else:  # a ratio metric (engagement rate %), wandering around a level
        level = rng.uniform(0.5, 8)
        y = level * np.exp(np.cumsum(rng.normal(0, rng.uniform(0.02, 0.08), n)))
        rate = True
    if shape in ("drop", "plateau", "seasonal") and rng.random() < 0.4:
        lower = True  # a cost or a count to bring down: the target sits below the last value
    hist, fut = y[:n_hist], y[n_hist:]
    last = max(float(hist[-1]), 1.0)
    pace = rng.uniform(-0.08, -0.005) if lower else rng.uniform(-0.01, 0.12)
    target = last * float(np.exp(pace * n_fut))
    return Case(shape, hist, fut, target, lower, rate)


def cases(seed: int, count: int) -> list[Case]:
    rng = np.random.default_rng(seed)
    kinds = (*SHAPES, "rate")
    return [simulate(rng, kinds[i % len(kinds)]) for i in range(count)]
