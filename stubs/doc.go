// Package stubs reads the declarations a host gives a Monty program: the
// external functions it may call and the inputs it may read, written as
// Python stub files (.pyi), the way Monty's type-check stubs are written.
//
// # What a stub declares
//
// Only two kinds of module-level statement declare something:
//
//   - A def or async def declares an external function. Its parameters,
//     annotations, defaults, return annotation and docstring are kept as
//     source text (see [Func]); the body is ignored, so '...' and a real
//     body are equally fine.
//   - An annotated name ('order_id: int', with or without a value) declares
//     an input. A string statement right after it is its docstring, as
//     Sphinx and the language servers read attribute docstrings. Dunder
//     names ('__all__: list[str]') and type aliases ('Json: TypeAlias =
//     ...') declare nothing.
//
// Everything else is allowed and ignored: imports, classes (TypedDict,
// dataclasses, protocols), plain assignments and other statements. The
// body of 'if TYPE_CHECKING:' (or 'if typing.TYPE_CHECKING:') is read as if
// it were at module level, because type checkers take that branch; its else
// branch and every other if statement are ignored, since their conditions
// cannot be evaluated here.
//
// # Redefinitions and overloads
//
// Inside one file the later definition of a name wins, as it would at run
// time; this is not an error, and it holds across kinds (a def replaces an
// earlier input of the same name and vice versa). The @overload-decorated
// defs of one name (typing.overload or a bare overload) are merged into one
// [Func]: its own signature and position are those of the first overload,
// Func.Overloads lists every variant in order, and [Func.CheckCall] accepts
// a call that any variant accepts. A def without @overload that follows
// the overloads is their implementation: it only contributes its docstring
// when the overloads have none, and closes the group, so a later @overload
// def of that name starts a new one that replaces it. A name declared
// in two different files is an error reported at the second declaration
// (see [Load]); the first declaration is kept.
//
// # Errors
//
// Problems in stub files are data: [Parse] and [Load] always return the
// declarations they could read together with a list of [*Error] values
// carrying file positions. Syntax errors come from the syntax package; the
// tree it returns for a broken file still yields the declarations that
// parsed.
package stubs
