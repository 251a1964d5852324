package analysis

// A CodeInfo describes one diagnostic code. Codes are stable: once
// published a code keeps its meaning and is never reused.
type CodeInfo struct {
	Code string // "M102"
	Name string // "unsupported-del"
	// Construct is the profile's id for the construct this code reports
	// ("del-stmt"), or "" for codes that do not come from the profile.
	Construct string
	// Severity is the default for codes not driven by the profile. For
	// profile constructs it depends on the profile's verdict: rejected at
	// load time or failing at run time is an error, a behaviour
	// difference a warning.
	Severity Severity
	Doc      string // one line for documentation and hovers
}

// Codes lists every diagnostic code, in code order.
var Codes = []CodeInfo{
	{"M001", "syntax-error", "", Error, "the file is not valid Python"},

	{"M101", "unsupported-class", "class-def", Error, "class definitions"},
	{"M102", "unsupported-del", "del-stmt", Error, "the del statement"},
	{"M103", "unsupported-match", "match-stmt", Error, "match statements"},
	{"M104", "unsupported-yield", "yield", Error, "yield expressions (generators)"},
	{"M105", "unsupported-yield-from", "yield-from", Error, "yield from"},
	{"M106", "unsupported-type-alias", "type-alias", Error, "type X = ... statements"},
	{"M107", "unsupported-try-star", "try-star", Error, "except* (exception groups)"},
	{"M108", "unsupported-async-with", "async-with", Error, "async with"},
	{"M109", "unsupported-async-for", "async-for", Error, "async for loops"},
	{"M110", "unsupported-async-comprehension", "async-comprehension", Error, "async for in comprehensions"},
	{"M111", "unsupported-complex-literal", "complex-literal", Error, "imaginary literals such as 1j"},
	{"M112", "unsupported-star-import", "star-import", Error, "from m import *"},
	{"M113", "unsupported-relative-import", "relative-import", Error, "relative imports"},
	{"M114", "unsupported-format-comma", "fstring-spec-comma", Error, "',' grouping in an f-string format spec"},
	{"M115", "unsupported-format-underscore", "fstring-spec-underscore", Error, "'_' grouping in an f-string format spec"},
	{"M116", "unsupported-format-alternate", "fstring-spec-alternate", Error, "'#' alternate form in an f-string format spec"},
	{"M117", "unsupported-format-spec", "fstring-spec-custom", Error, "an f-string format spec that is not a standard one"},
	{"M118", "unsupported-target-attribute", "for-target-attribute", Error, "an attribute as a for, with or comprehension target, or inside an unpacking target"},
	{"M119", "unsupported-target-subscript", "for-target-subscript", Error, "a subscript as a for, with or comprehension target, or inside an unpacking target"},
	{"M120", "unsupported-class-inheritance", "class-inheritance", Error, "class bases and metaclass keywords"},
	{"M121", "unsupported-method-decorator", "method-decorator", Error, "decorators on methods"},
	{"M122", "unsupported-class-body", "class-body-other", Error, "class bodies with more than methods and simple variables"},
	{"M123", "unsupported-class-var-target", "class-var-complex-target", Error, "class variables assigned to anything but one name"},
	{"M124", "unsupported-starred-target", "starred-target", Error, "a starred unpacking target that is not a plain name"},
	{"M125", "invalid-format-spec", "fstring-spec-invalid", Error, "an f-string format spec that fits no format spec grammar"},
	{"M126", "unsupported-class-walrus", "class-walrus", Error, "an assignment expression in a class body"},
	{"M127", "unsupported-format-z", "fstring-spec-z", Error, "the 'z' option in an f-string format spec"},
	{"M130", "break-outside-loop", "break-outside-loop", Error, "break outside a loop"},
	{"M131", "continue-outside-loop", "continue-outside-loop", Error, "continue outside a loop"},
	{"M132", "duplicate-argument", "duplicate-argument", Error, "two parameters with the same name"},
	{"M133", "global-after-use", "global-after-use", Error, "a name used before its global statement"},
	{"M134", "global-after-assign", "global-after-assign", Error, "a name assigned before its global statement"},
	{"M135", "global-parameter", "global-parameter", Error, "a global statement naming a parameter"},
	{"M136", "nonlocal-parameter", "nonlocal-parameter", Error, "a nonlocal statement naming a parameter"},
	{"M137", "nonlocal-module-level", "nonlocal-module-level", Error, "a nonlocal statement at module level"},
	{"M138", "nonlocal-no-binding", "nonlocal-no-binding", Error, "a nonlocal statement for a name no enclosing function binds"},
	{"M139", "unknown-future-feature", "future-feature", Error, "from __future__ import of an unknown feature"},
	{"M140", "starred-assign", "starred-assign", Error, "a starred expression as the whole target of an assignment (*a = x)"},
	{"M141", "starred-comprehension", "starred-comprehension", Error, "a starred expression as the element of a comprehension ([*row for row in rows])"},
	{"M142", "class-member-shadows-capture", "class-member-shadows-capture", Error, "a class member named like a variable that a method captures from the enclosing function"},

	{"M201", "undeclared-external", "", Error, "a call to a name that is not defined, not a builtin and not declared in the stubs"},
	{"M202", "undefined-name", "", Error, "a name that is not defined, not a builtin, not an input and not an external"},
	{"M203", "unknown-builtin", "missing-builtin", Error, "a Python builtin that the target Monty lacks"},
	{"M204", "unknown-module", "unknown-module", Error, "an import of a module the target Monty does not have"},
	{"M205", "unknown-module-attribute", "unknown-module-attr", Error, "an attribute the module does not have in the target Monty"},
	{"M206", "unknown-import-name", "unknown-import-name", Error, "from m import x, where m has no x in the target Monty"},
	{"M207", "external-call-arguments", "", Error, "an external function called with arguments its stub does not accept"},
	{"M208", "await-sync-external", "", Error, "await on an external function that the stubs declare without async"},
	{"M209", "missing-await", "", Warning, "an async external function called without await"},
	{"M210", "unused-input", "", Hint, "an input declared in the stubs that the file never reads"},
	{"M211", "unused-external", "", Hint, "an external function declared in the stubs that the file never calls"},
	{"M212", "later-defined-name", "later-defined-global", Warning, "a function uses a module-level name bound after it"},
	{"M213", "global-unbound", "global-unbound", Warning, "global X where X is not bound at module level before the function"},
	{"M214", "os-function", "os-function", Error, "a function that needs the host's operating system"},

	{"M301", "stub-error", "", Error, "a stub file that cannot be read or parsed"},
	{"M302", "config-error", "", Error, "a monty.toml problem"},

	{"M401", "percent-format", "percent-format", Error, "printf-style % formatting of a string"},
	{"M402", "dict-merge-operator", "dict-merge-operator", Error, "dict | dict and |="},
	{"M403", "bool-arithmetic", "bool-arithmetic", Error, "arithmetic on two bools"},
	{"M404", "matmul-operator", "matmul", Error, "the @ operator"},
	{"M405", "slice-assignment", "slice-assignment", Error, "assignment to a slice"},
	{"M406", "attribute-assignment", "attribute-assignment", Error, "assignment to an attribute Monty cannot set"},
	{"M407", "exception-arguments", "exception-multi-arg", Error, "an exception built with several or non-str arguments"},
	{"M408", "exception-attribute", "exception-attr", Error, "__cause__, __context__, add_note or with_traceback on an exception"},
	{"M409", "generator-next", "generator-next", Error, "next() on a generator expression"},
	{"M410", "lambda-in-comprehension", "lambda-in-comprehension", Error, "a lambda reading a comprehension variable"},
	{"M411", "builtin-argument", "builtin-arg-unsupported", Error, "an argument form a builtin does not accept in Monty"},
	{"M412", "external-in-callback", "external-in-builtin-callback", Error, "an external call inside a key/map/filter callback"},
	{"M413", "missing-method", "missing-method", Error, "a method the builtin type lacks in Monty"},
	{"M414", "eager-generator", "eager-generator", Warning, "generator expressions are evaluated eagerly into a list"},
	{"M415", "decorator-ignored", "decorator-ignored", Warning, "decorators are not applied"},
	{"M416", "container-ordering", "container-ordering-compare", Warning, "ordering comparison between lists or sets"},
	{"M417", "dunder-not-called", "dunder-protocol-ignored", Warning, "a dunder method Monty never calls"},
	{"M418", "dataclass-option", "dataclass-option", Error, "a dataclass option Monty does not implement"},
	{"M419", "await-external", "await-external", Error, "await on an external call in a host that completes calls synchronously"},
}

var (
	codeByName      = map[string]*CodeInfo{}
	codeByCode      = map[string]*CodeInfo{}
	codeByConstruct = map[string]*CodeInfo{}
)

func init() {
	for i := range Codes {
		c := &Codes[i]
		codeByName[c.Name] = c
		codeByCode[c.Code] = c
		if c.Construct != "" {
			codeByConstruct[c.Construct] = c
		}
	}
}

// LookupCode finds a code by its code ("M102") or its name
// ("unsupported-del").
func LookupCode(s string) (*CodeInfo, bool) {
	if c, ok := codeByCode[s]; ok {
		return c, true
	}
	c, ok := codeByName[s]
	return c, ok
}

// CodeForConstruct returns the code that reports a construct id of the
// profiles ("del-stmt").
func CodeForConstruct(id string) (*CodeInfo, bool) {
	c, ok := codeByConstruct[id]
	return c, ok
}

// codeFor returns the code of a name; the names used in this package are
// all in the table, which TestCodesTable checks.
func codeFor(name string) *CodeInfo { return codeByName[name] }
