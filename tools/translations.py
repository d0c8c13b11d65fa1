"""Keep ``resources/translations/ekadm_en.ts`` in step with the Swedish source strings.

    uv run python tools/translations.py          # add new strings (unfinished), mark vanished ones
    uv run python tools/translations.py --check  # exit 1 if a string lacks an English translation

Strings are found by reading the code (no import): ``self.tr("…")`` (context = the class),
``QCoreApplication.translate("ctx", "…")``, ``QT_TRANSLATE_NOOP("ctx", "…")`` and the Qt-free
``tr("ctx", "…")`` / ``N_("ctx", "…")`` of ``ekadm_desktop.i18n``.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ekadm_desktop"
TS_FILE = PACKAGE / "resources" / "translations" / "ekadm_en.ts"
CONTEXT_FUNCTIONS = {"translate", "QT_TRANSLATE_NOOP", "tr", "N_"}

Messages = dict[tuple[str, str], str]  # (context, source) -> "file:line"


class _Collector(ast.NodeVisitor):
    def __init__(self, where: str, tree: ast.Module | None = None) -> None:
        self.where = where
        self.classes: list[str] = []
        self.found: Messages = {}
        # Module-level ``CONTEXT = "dashboard"`` (a context named by a constant) and one-argument
        # wrappers ``def _t(text): return QCoreApplication.translate(CONTEXT, text)``.
        self.constants = _string_constants(tree) if tree is not None else {}
        self.wrappers = _wrappers(tree, self.constants) if tree is not None else {}

    def _text(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return None

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        qt_tr = (
            name == "tr"
            and isinstance(node.func, ast.Attribute)
            and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "i18n")
        )
        if qt_tr and node.args:
            # ``self.tr`` asks under the class's name; ``view.tr`` in a plain function under the
            # view's class, which the code does not show: the translator also finds a string by
            # its source text alone, so the module's name serves as its context here.
            if isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                context = self.classes[-1] if self.classes else Path(self.where).stem
                self.found.setdefault((context, node.args[0].value), f"{self.where}:{node.lineno}")
        elif name in CONTEXT_FUNCTIONS and len(node.args) >= 2:
            context, source = self._text(node.args[0]), node.args[1]
            if context is not None and isinstance(source, ast.Constant) and isinstance(source.value, str):
                self.found.setdefault((context, source.value), f"{self.where}:{node.lineno}")
        elif isinstance(node.func, ast.Name) and name in self.wrappers and len(node.args) == 1:
            source = node.args[0]
            if isinstance(source, ast.Constant) and isinstance(source.value, str):
                self.found.setdefault((self.wrappers[name], source.value), f"{self.where}:{node.lineno}")
        self.generic_visit(node)


def _string_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign | ast.AnnAssign) and isinstance(statement.value, ast.Constant):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            for target in targets:
                if isinstance(target, ast.Name) and isinstance(statement.value.value, str):
                    constants[target.id] = statement.value.value
    return constants


def _wrappers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """Module-level one-argument functions that translate their argument in a fixed context."""
    wrappers: dict[str, str] = {}
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef) or len(function.args.args) != 1:
            continue
        parameter = function.args.args[0].arg
        for call in ast.walk(function):
            if not isinstance(call, ast.Call) or len(call.args) != 2:
                continue
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            first, second = call.args
            if name in CONTEXT_FUNCTIONS and isinstance(second, ast.Name) and second.id == parameter:
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    wrappers[function.name] = first.value
                elif isinstance(first, ast.Name) and first.id in constants:
                    wrappers[function.name] = constants[first.id]
    return wrappers


def extract_messages(package: Path = PACKAGE) -> Messages:
    found: Messages = {}
    for path in sorted(package.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        collector = _Collector(str(path.relative_to(package.parent)), tree)
        collector.visit(tree)
        for key, where in collector.found.items():
            found.setdefault(key, where)
    return found


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, type) where type is '' for finished."""
    if not path.exists():
        return {}
    result: dict[tuple[str, str], tuple[str, str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            text = translation.text or "" if translation is not None else ""
            kind = translation.get("type", "") if translation is not None else "unfinished"
            result[(name, source)] = (text, kind)
    return result


def write_ts(
    entries: dict[tuple[str, str], tuple[str, str]], locations: Messages, path: Path = TS_FILE
) -> None:
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="sv_SE")
    contexts: dict[str, ET.Element] = {}
    for (context, source), (text, kind) in sorted(entries.items()):
        if context not in contexts:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
            contexts[context] = element
        message = ET.SubElement(contexts[context], "message")
        where = locations.get((context, source))
        if where:  # the file only: line numbers would change the file at every edit
            ET.SubElement(message, "location", filename=f"../../../{where.rsplit(':', 1)[0]}")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if kind:
            translation.set("type", kind)
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="unicode"))
        f.write("\n")


def missing_translations() -> list[str]:
    existing = read_ts()
    problems = []
    for key, where in sorted(extract_messages().items()):
        text, kind = existing.get(key, ("", "unfinished"))
        if not text or kind:
            problems.append(f"{where}: [{key[0]}] {key[1]!r}")
    return problems


def update() -> tuple[int, int]:
    messages = extract_messages()
    existing = read_ts()
    entries: dict[tuple[str, str], tuple[str, str]] = {}
    added = 0
    for key in messages:
        if key in existing:
            text, kind = existing[key]
            entries[key] = (text, "" if kind == "vanished" and text else kind)
        else:
            entries[key] = ("", "unfinished")
            added += 1
    vanished = 0
    for key, (text, _kind) in existing.items():
        if key not in messages and text:
            entries[key] = (text, "vanished")
            vanished += 1
    write_ts(entries, messages)
    return added, vanished


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = missing_translations()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    added, vanished = update()
    print(f"{TS_FILE.relative_to(ROOT)}: {added} new, {vanished} vanished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
