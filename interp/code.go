package interp

// Code is one compiled function, lambda, comprehension, class body or
// module: compact bytecode plus the tables the VM and tracebacks need.
// It is immutable after compilation and shared by every call.
type Code struct {
	Name     string
	Qualname string
	instrs   []uint32
	pos      []posInfo // per instruction: the source span it reports
	consts   []Value
	names    []string
	// methods holds, for each opLoadMethod, the name's index in names and
	// the builtin methods of list, str and dict with that name (nil when
	// the type has none), resolved when compiling so that calls on those
	// types skip the method tables.
	methods   []methodSite
	nlocals   int
	locNames  []string
	cellNames []string // own cells, then free variables
	nown      int      // number of own cells
	nfree     int
	cellParam []int // for each own cell: the parameter local it starts from, or -1
	maxStack  int

	// Parameters: locals [0,npos) are the positional parameters (the first
	// nposonly of them positional-only), then nkwonly keyword-only ones,
	// then *args and **kwargs when present.
	npos, nposonly, nkwonly int
	varargs, varkw          bool
	paramNames              []string

	isAsync  bool
	simple   bool // only positional parameters, not async: calls skip binding
	isModule bool
	isClass  bool
	isLambda bool
	isComp   bool    // a comprehension: tracebacks show it inside its caller
	retTemp  int     // local used to keep a return value while finally blocks run
	defPos   posInfo // the def or lambda keyword, for argument errors

	// cacheLoad, cacheStore and cacheMeth are where this code's attribute
	// loads (by name index), attribute stores (by name index) and method
	// sites start in the inline caches of a run of prog (attrcache.go);
	// prog is nil when the code has none.
	cacheLoad, cacheStore, cacheMeth int32
	prog                             *Program
}

// posInfo is the source span of an instruction and whether a traceback
// underlines it with '~'.
type posInfo struct {
	start, end int32
	mark       bool
}

type methodSite struct {
	name            int
	list, str, dict *Builtin
}

// classInfo is the constant opMakeClass reads.
type classInfo struct {
	name   string
	body   *Code
	fields []string // annotated names, for dataclass
}

// funcInfo is the constant opMakeFunction reads.
type funcInfo struct {
	code *Code
}
