"""Learn rewriter/data/domain_model.json from the domain labels of the eval suites.

python evals/train_domain_model.py            # write the model
python evals/train_domain_model.py --check    # fail when the shipped model is out of date
python evals/train_domain_model.py --cross-validate   # each blind suite read by a model
                                                      # learned without it
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import yaml

from rewriter.text.domain_model import MODEL_FILE, domain_tokens
from rewriter.text.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
SUITES = ROOT / "evals" / "suites"
OUT = ROOT / "rewriter" / "data" / MODEL_FILE
MIN_GOALS = 2  # a word seen in one goal only is noise, and makes the file large
ALPHA = 0.5


def build(skip: str | None = None) -> dict[str, object]:
    goals: collections.Counter[str] = collections.Counter()
    words: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    used = []
    for path in sorted(SUITES.glob("*.yaml")):
        if path.name == skip:
            continue
        cases = yaml.safe_load(path.read_text("utf-8"))["cases"]
        labelled = [
            c
            for c in cases
            if c["expect"].get("domain") and c["expect"].get("kind") != "not_a_goal"
        ]
        if labelled:
            used.append(path.name)
        for c in labelled:
            domain = c["expect"]["domain"]
            goals[domain] += 1
            for token in domain_tokens(fold(c["goal"])):
                words[token][domain] += 1
    kept = {
        w: dict(sorted(c.items())) for w, c in sorted(words.items()) if sum(c.values()) >= MIN_GOALS
    }
    return {
        "source": f"evals/train_domain_model.py on {', '.join(used)}",
        "alpha": ALPHA,
        "goals": dict(sorted(goals.items())),
        "words": kept,
    }


def cross_validate() -> None:
    """Domain accuracy on each blind suite with the model learned from the others, beside the
    listed words alone: what a new user's goals can expect."""
    from datetime import date

    from rewriter.text.domain_model import DomainModel
    from rewriter.text.objects import domain_of
    from rewriter.text.readings import read

    totals = [0, 0, 0]
    for path in sorted(SUITES.glob("blind-*.yaml")):
        model = DomainModel.model_validate(build(skip=path.name))
        words_only = DomainModel(source="none", alpha=ALPHA, goals=model.goals, words={})
        cases = [
            c
            for c in yaml.safe_load(path.read_text("utf-8"))["cases"]
            if c["expect"].get("domain") and c["expect"].get("kind") != "not_a_goal"
        ]
        right = [0, 0]
        for c in cases:
            r = read(c["goal"], date(2026, 11, 30))
            metric = r.metric.type if r.metric else None
            right[0] += domain_of(r.folded, r.marked, metric, model) == c["expect"]["domain"]
            right[1] += domain_of(r.folded, r.marked, metric, words_only) == c["expect"]["domain"]
        totals = [totals[0] + right[0], totals[1] + right[1], totals[2] + len(cases)]
        print(
            f"{path.name}: {right[0] / len(cases):.1%} with the model, {right[1] / len(cases):.1%} listed words only"
        )
    print(
        f"all: {totals[0] / totals[2]:.1%} with the model, {totals[1] / totals[2]:.1%} listed words only ({totals[2]} goals)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with the shipped model instead of writing"
    )
    parser.add_argument(
        "--cross-validate", action="store_true", help="leave-one-suite-out domain accuracy"
    )
    args = parser.parse_args()
    if args.cross_validate:
        cross_validate()
        return 0
    text = json.dumps(build(), ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
    if args.check:
        if OUT.read_text("utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run python evals/train_domain_model.py")
            return 1
        print(f"{OUT.relative_to(ROOT)} matches the suites")
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(json.loads(text)['words'])} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
