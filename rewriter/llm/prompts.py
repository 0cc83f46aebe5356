"""Loads prompts/ (system, user, repair, few-shot examples) into langchain-core prompt templates."""

from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder, PromptTemplate

from rewriter.errors import SettingsError
from rewriter.report import Language

# prompts/ sits at the repository root, next to the package (checkouts, editable installs);
# a wheel installs the same files under <prefix>/share/smartgoal/prompts.
_CHECKOUT_PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
DEFAULT_PROMPTS_DIR = (
    _CHECKOUT_PROMPTS
    if _CHECKOUT_PROMPTS.is_dir()
    else Path(sys.prefix) / "share" / "smartgoal" / "prompts"
)


# made once: json.dumps with any argument builds an encoder per call (twice for each request)
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)


def compact_json(value: Any) -> str:
    """JSON without spaces or \\u-escapes: escaped Vietnamese costs several tokens a letter."""
    return _COMPACT.encode(value)


@dataclass(frozen=True)
class PromptSet:
    """The loaded prompt files and their version (a hash of every file in the folder)."""

    version: str
    chat: ChatPromptTemplate  # system, {examples}, user turn with the delimited goal
    repair: PromptTemplate  # the re-ask, with {errors}
    examples: dict[str, tuple[BaseMessage, ...]]  # language -> few-shot turns
    system: SystemMessage  # chat's system turn, formatted (it has no variables)
    user: PromptTemplate  # chat's user turn

    def messages(self, language: Language, values: dict[str, Any]) -> list[BaseMessage]:
        """The first request: system, the example in `language`, then the goal.

        `values["language"]` is the user turn's Language line, which may carry an instruction
        ("vi (typed without diacritics ...)"); the example is chosen by the code alone.
        The same messages as chat.format_messages(examples=..., **values), with only the user
        turn formatted (a batch builds one per goal; the rest never changes).
        """
        examples = self.examples.get(language) or next(iter(self.examples.values()), ())
        return [self.system, *examples, HumanMessage(self.user.format(**values))]

    def repair_message(self, errors: list[str]) -> HumanMessage:
        return HumanMessage(self.repair.format(errors="\n".join(f"- {e}" for e in errors)))


def prompt_version(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


RECHECK_SECONDS = 1.0
_Stamp = tuple[tuple[str, int, int], ...]  # path, mtime, size of every file
_stamps: dict[Path, tuple[float, _Stamp]] = {}
_recent: dict[Path | None, tuple[float, PromptSet]] = {}  # when the folder was looked at, its set


def load_prompts(directory: Path | None = None) -> PromptSet:
    """The compiled prompt files; read again when a file in the folder changes.

    The folder is looked at no more than once a second: a batch asks for the prompts once per
    goal, and walking the folder each time costs more than the rest of the chain.
    """
    now = time.monotonic()
    # the set the folder gave when last looked at, by the argument as given: a batch passes the
    # same one for every goal, and making a Path of it and hashing that each time costs more
    recent = _recent.get(directory)
    if recent is not None and now - recent[0] <= RECHECK_SECONDS:
        return recent[1]
    folder = Path(directory or DEFAULT_PROMPTS_DIR)
    checked = _stamps.get(folder)
    if checked is None or now - checked[0] > RECHECK_SECONDS:
        stamp = tuple(
            (p.as_posix(), p.stat().st_mtime_ns, p.stat().st_size)
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        )
        checked = _stamps[folder] = (now, stamp)
    prompts = _load(folder, checked[1])
    _recent[directory] = (checked[0], prompts)
    return prompts


@lru_cache(maxsize=8)
def _load(directory: Path, stamp: _Stamp) -> PromptSet:
    if not (directory / "system.md").is_file():
        raise SettingsError(
            f"No prompt files in {directory} (system.md, user.md, repair.md, examples/): "
            "set SMARTGOAL_PROMPTS_DIR to the project's prompts/ folder."
        )

    def read(name: str) -> str:
        return (directory / name).read_text(encoding="utf-8").strip()

    # The system text has no variables: double its braces so it may show JSON literally.
    system_text = read("system.md")
    system = system_text.replace("{", "{{").replace("}", "}}")
    user = read("user.md")
    chat = ChatPromptTemplate.from_messages(
        [("system", system), MessagesPlaceholder("examples"), ("human", user)]
    )
    user_tmpl = PromptTemplate.from_template(user)
    examples: dict[str, tuple[BaseMessage, ...]] = {}
    for path in sorted((directory / "examples").glob("*.yaml")):
        ex = yaml.safe_load(path.read_text(encoding="utf-8"))
        turn = user_tmpl.format(
            language=ex["language"],
            today=ex["today"],
            context=compact_json(ex.get("context") or {}),
            readings=compact_json(ex.get("readings") or {}),
            goal=ex["goal"],
        )
        examples[ex["language"]] = (HumanMessage(turn), AIMessage(compact_json(ex["reply"])))
    return PromptSet(
        version=prompt_version(directory),
        chat=chat,
        repair=PromptTemplate.from_template(read("repair.md")),
        examples=examples,
        system=SystemMessage(system_text),
        user=user_tmpl,
    )
