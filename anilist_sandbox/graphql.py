"""Just enough of GraphQL to read the queries an AniList client sends.

One operation per document (``query Name($a: Int) { ... }`` or an anonymous ``{ ... }``), fields
with aliases and arguments, nested selections, and values: variables, numbers, strings, booleans,
null, enums, lists and objects. Fragments, directives and mutations are refused with a
:class:`GraphQLSyntaxError`, which the server reports as AniList does (HTTP 400).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Enum", "Field", "GraphQLSyntaxError", "Operation", "Variable", "parse", "value_of"]

_TOKEN = re.compile(
    r"""
    (?P<skip>[\s,]+|\#[^\n]*)
  | (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<name>[_A-Za-z][_0-9A-Za-z]*)
  | (?P<punct>\.\.\.|[!$():=@\[\]{}|])
    """,
    re.VERBOSE,
)


class GraphQLSyntaxError(Exception):
    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class Variable:
    name: str


@dataclass(frozen=True, slots=True)
class Enum:
    name: str


@dataclass(slots=True)
class Field:
    name: str
    alias: str | None
    arguments: dict[str, Any]
    selections: list[Field]
    line: int
    column: int

    @property
    def key(self) -> str:
        return self.alias or self.name


@dataclass(slots=True)
class Operation:
    kind: str  # "query"
    name: str | None
    variables: dict[str, Any] = field(default_factory=dict)  # name -> default value (or None)
    selections: list[Field] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str
    text: str
    line: int
    column: int


def _tokens(source: str) -> list[_Tok]:
    out: list[_Tok] = []
    pos, line, line_start = 0, 1, 0
    while pos < len(source):
        match = _TOKEN.match(source, pos)
        if match is None:
            raise GraphQLSyntaxError(
                f'Syntax Error: Unexpected character "{source[pos]}".', line, pos - line_start + 1
            )
        kind = match.lastgroup or ""
        text = match.group()
        if kind != "skip":
            out.append(_Tok(kind, text, line, pos - line_start + 1))
        newlines = text.count("\n")
        if newlines:
            line += newlines
            line_start = pos + text.rindex("\n") + 1
        pos = match.end()
    out.append(_Tok("eof", "", line, pos - line_start + 1))
    return out


class _Parser:
    def __init__(self, source: str) -> None:
        self.toks = _tokens(source)
        self.i = 0

    @property
    def tok(self) -> _Tok:
        return self.toks[self.i]

    def fail(self, message: str) -> GraphQLSyntaxError:
        return GraphQLSyntaxError(f"Syntax Error: {message}", self.tok.line, self.tok.column)

    def take(self, text: str | None = None, kind: str | None = None) -> _Tok:
        tok = self.tok
        if (text is not None and tok.text != text) or (kind is not None and tok.kind != kind):
            wanted = text or kind
            shown = tok.text or "<EOF>"
            raise self.fail(f'Expected "{wanted}", found "{shown}".')
        self.i += 1
        return tok

    def peek(self, text: str) -> bool:
        return self.tok.text == text and self.tok.kind in ("punct", "name")

    def document(self) -> Operation:
        if self.peek("{"):
            op = Operation("query", None)
        else:
            kind = self.take(kind="name")
            if kind.text != "query":
                raise GraphQLSyntaxError(
                    f'Only queries are served here, not "{kind.text}".', kind.line, kind.column
                )
            name = self.take(kind="name").text if self.tok.kind == "name" else None
            op = Operation("query", name)
            if self.peek("("):
                self.take("(")
                while not self.peek(")"):
                    self.take("$")
                    var = self.take(kind="name").text
                    self.take(":")
                    self.type_ref()
                    default = None
                    if self.peek("="):
                        self.take("=")
                        default = self.value(const=True)
                    op.variables[var] = default
                self.take(")")
        if self.peek("@"):
            raise self.fail("directives are not supported by this emulator.")
        op.selections = self.selection_set()
        if self.tok.kind != "eof":
            raise self.fail(f'Unexpected "{self.tok.text}" after the operation.')
        return op

    def type_ref(self) -> None:
        if self.peek("["):
            self.take("[")
            self.type_ref()
            self.take("]")
        else:
            self.take(kind="name")
        if self.peek("!"):
            self.take("!")

    def selection_set(self) -> list[Field]:
        self.take("{")
        fields: list[Field] = []
        while not self.peek("}"):
            if self.peek("..."):
                raise self.fail("fragments are not supported by this emulator.")
            first = self.take(kind="name")
            alias, name = None, first.text
            if self.peek(":"):
                self.take(":")
                alias, name = first.text, self.take(kind="name").text
            args: dict[str, Any] = {}
            if self.peek("("):
                self.take("(")
                while not self.peek(")"):
                    arg = self.take(kind="name").text
                    self.take(":")
                    args[arg] = self.value(const=False)
                self.take(")")
            if self.peek("@"):
                raise self.fail("directives are not supported by this emulator.")
            subs = self.selection_set() if self.peek("{") else []
            fields.append(Field(name, alias, args, subs, first.line, first.column))
        self.take("}")
        if not fields:
            raise self.fail("a selection set must not be empty.")
        return fields

    def value(self, *, const: bool) -> Any:
        tok = self.tok
        if tok.text == "$" and tok.kind == "punct":
            if const:
                raise self.fail("a variable is not allowed here.")
            self.take("$")
            return Variable(self.take(kind="name").text)
        if tok.kind == "string":
            self.i += 1
            return json.loads(tok.text)
        if tok.kind == "number":
            self.i += 1
            return float(tok.text) if any(c in tok.text for c in ".eE") else int(tok.text)
        if tok.kind == "name":
            self.i += 1
            return {"true": True, "false": False, "null": None}.get(tok.text, Enum(tok.text))
        if self.peek("["):
            self.take("[")
            items = []
            while not self.peek("]"):
                items.append(self.value(const=const))
            self.take("]")
            return items
        if self.peek("{"):
            self.take("{")
            obj: dict[str, Any] = {}
            while not self.peek("}"):
                key = self.take(kind="name").text
                self.take(":")
                obj[key] = self.value(const=const)
            self.take("}")
            return obj
        raise self.fail(f'Unexpected "{tok.text or "<EOF>"}".')


def parse(source: str) -> Operation:
    """The one operation of ``source``; raises GraphQLSyntaxError with a line and column."""
    return _Parser(source).document()


def value_of(value: Any, variables: dict[str, Any]) -> Any:
    """An argument's value with variables substituted (enums stay :class:`Enum`)."""
    if isinstance(value, Variable):
        return variables.get(value.name)
    if isinstance(value, list):
        return [value_of(v, variables) for v in value]
    if isinstance(value, dict):
        return {k: value_of(v, variables) for k, v in value.items()}
    return value
