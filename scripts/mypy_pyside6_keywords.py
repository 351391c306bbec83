"""A mypy plugin: a PySide6 constructor takes its base classes' Qt properties as keywords.

At run time PySide6 accepts every Qt property of a class, its own or inherited, as a
keyword of its constructor (`QLabel(text, objectName="title")`), but its stubs list on
each class's `__init__` only the properties that class declares: `objectName` (QObject's)
is refused on a QLabel. This plugin adds to each PySide6 constructor call the keyword-only
arguments of its bases' `__init__` that it lacks, with their stub types; every other check
stays. mypy gives plugins no hook on `super().__init__(...)`: there, set such a property
after the call (`self.setObjectName(...)`).

Loaded by `[tool.mypy] plugins` in pyproject.toml.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_NAMED, ARG_NAMED_OPT, ARG_STAR2, TypeInfo
from mypy.plugin import FunctionSigContext, Plugin
from mypy.types import CallableType, FunctionLike, Instance, Overloaded, Type, get_proper_type


def _own_keywords(info: TypeInfo) -> dict[str, Type]:
    """The keyword-only arguments of the `__init__` that `info` itself declares."""
    symbol = info.names.get("__init__")
    found: dict[str, Type] = {}
    if symbol is None or symbol.type is None:
        return found
    init = get_proper_type(symbol.type)
    items = init.items if isinstance(init, Overloaded) else [init]
    for item in items:
        if not isinstance(item, CallableType):
            continue
        for name, kind, typ in zip(item.arg_names, item.arg_kinds, item.arg_types, strict=True):
            if name and kind in (ARG_NAMED, ARG_NAMED_OPT):
                found.setdefault(name, typ)
    return found


def _with_inherited(signature: CallableType, info: TypeInfo) -> CallableType:
    """`signature` with the bases' keywords it lacks, as optional keyword-only arguments."""
    names = list(signature.arg_names)
    kinds = list(signature.arg_kinds)
    types = list(signature.arg_types)
    # new keywords go before a **kwargs, if any
    at = kinds.index(ARG_STAR2) if ARG_STAR2 in kinds else len(kinds)
    for base in info.mro[1:]:
        if not base.fullname.startswith("PySide6."):
            continue
        for name, typ in _own_keywords(base).items():
            if name not in names:
                names.insert(at, name)
                kinds.insert(at, ARG_NAMED_OPT)
                types.insert(at, typ)
                at += 1
    return signature.copy_modified(arg_names=names, arg_kinds=kinds, arg_types=types)


def _constructor_of(fullname: str) -> Callable[[FunctionSigContext], FunctionLike]:
    def hook(ctx: FunctionSigContext) -> FunctionLike:
        signature = ctx.default_signature
        made = get_proper_type(signature.ret_type)
        if not isinstance(made, Instance) or made.type.fullname != fullname:
            return signature  # a function (or static method) of PySide6, not a class
        return _with_inherited(signature, made.type)

    return hook


class PySide6Keywords(Plugin):
    def get_function_signature_hook(
        self, fullname: str
    ) -> Callable[[FunctionSigContext], FunctionLike] | None:
        return _constructor_of(fullname) if fullname.startswith("PySide6.") else None


def plugin(version: str) -> type[Plugin]:
    return PySide6Keywords
