"""One entry point for the benchmarks, so nobody has to remember script paths.

    python -m bench                  # the benchmarks, one line each
    python -m bench NAME [args...]   # run one; `python -m bench NAME --help` for its options
    python -m bench all              # run, one after another, all that need no extra install

A benchmark is any `bench/NAME_bench.py` with a `main()`: sync or async, taking the argument list
or nothing, returning None or an exit code. Files are found by name, so a new one shows up here
without editing this file. A module-level `EXTRA = "group"` says it needs an optional dependency
group of pyproject.toml beyond the development install (`.[test]`); `all` leaves those out.
The listing reads the files without importing them: it works even when an extra is missing.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import sys
import textwrap
import traceback
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SUFFIX = "_bench"
# Scripts named otherwise that belong here too: name -> file stem.
ALIASES = {"devset": "devset_report", "reading": "blind_reading"}
WIDTH = 80  # characters of a summary line


@dataclass(frozen=True)
class Bench:
    name: str
    path: Path
    summary: str
    extra: str | None  # the optional dependency group it needs, None: none

    @property
    def module(self) -> str:
        return f"{HERE.name}.{self.path.stem}"


def discover() -> dict[str, Bench]:
    """Every `*_bench.py`, named after its file, plus the aliases; sorted by name."""
    paths = {path.stem.removesuffix(SUFFIX): path for path in HERE.glob(f"*{SUFFIX}.py")}
    paths.update({name: HERE / f"{stem}.py" for name, stem in ALIASES.items()})
    found = {}
    for name, path in sorted(paths.items()):
        if path.is_file():
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            found[name] = Bench(name, path, summary_of(tree), extra_of(tree))
    return found


def summary_of(tree: ast.Module) -> str:
    """The docstring's first sentence, cut to one line."""
    doc = " ".join((ast.get_docstring(tree) or "").split("\n\n")[0].split())
    sentence = doc.split(". ")[0].rstrip(".")
    return textwrap.shorten(sentence, WIDTH, placeholder=" …") or "(no docstring)"


def extra_of(tree: ast.Module) -> str | None:
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "EXTRA" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    return None


def listing(benches: dict[str, Bench]) -> str:
    width = max(len(name) for name in benches)
    lines = ["usage: python -m bench [NAME [args...] | all]", ""]
    for bench in benches.values():
        needs = f"  (needs the {bench.extra} extra)" if bench.extra else ""
        lines.append(f"  {bench.name:{width}}  {bench.summary}{needs}")
    lines.append(f"  {'all':{width}}  every one above that needs no extra, in turn")
    return "\n".join(lines)


def run(bench: Bench, args: list[str]) -> int:
    """Run one benchmark as if it were its own script; its exit code (0 when it gives none)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    sys.argv = [str(bench.path), *args]  # argparse's usage names the script, as when run alone
    main = importlib.import_module(bench.module).main
    takes_args = bool(inspect.signature(main).parameters)
    if args and not takes_args:
        print(f"{bench.name} takes no arguments", file=sys.stderr)
        return 2
    result = main(args) if takes_args else main()
    if inspect.isawaitable(result):
        result = asyncio.run(result)  # type: ignore[arg-type]
    return result if isinstance(result, int) else 0


def run_all(benches: dict[str, Bench]) -> int:
    """Each in turn; one failing does not stop the others, but makes the exit code 1."""
    failed = []
    for bench in benches.values():
        if bench.extra:
            print(f"== {bench.name}: skipped, needs the {bench.extra} extra\n")
            continue
        print(f"== {bench.name}: {bench.summary}", flush=True)
        try:
            code = run(bench, [])
        except (Exception, SystemExit):
            traceback.print_exc()
            code = 1
        if code:
            failed.append(bench.name)
        print(flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    benches = discover()
    if not args or args[0] in ("-h", "--help", "list"):
        print(listing(benches))
        return 0
    name, rest = args[0], args[1:]
    if name == "all":
        return run_all(benches)
    if name not in benches:
        print(f"no benchmark named {name!r}\n\n{listing(benches)}", file=sys.stderr)
        return 2
    return run(benches[name], rest)


if __name__ == "__main__":
    sys.exit(main())
