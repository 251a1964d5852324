package webapi

import (
	"fmt"
	"sync"

	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/profile"
	"github.com/monty-tools/monty-tools/stubs"
)

// StubFile is the name stub declarations are read under: hovers and
// completion say an external is "declared in `stubs.pyi`".
const StubFile = "stubs.pyi"

// Target is what a program is checked against, shared by every request
// that analyses a program: the profile name ("" for the default), the
// text of a stub file declaring the host's externals and inputs, and
// input names given without a stub (as monty.toml's inputs).
type Target struct {
	Profile string   `json:"profile"`
	Stubs   string   `json:"stubs"`
	Inputs  []string `json:"inputs"`
}

// resolved is a Target made ready for the analyzer.
type resolved struct {
	prof     *profile.Profile
	decls    *stubs.Decls
	stubErrs []*stubs.Error
	opts     analysis.Options
}

// lastStubs caches the declarations of the last stub text: an editor
// sends the same stubs with every keystroke, and parsing them each time
// would be wasted work on the keystroke's path.
var lastStubs struct {
	sync.Mutex
	text  string
	valid bool
	decls *stubs.Decls
	errs  []*stubs.Error
}

// parseStubs returns the declarations of a stub text, from the cache when
// the text is the last one seen. The declarations are immutable, so they
// can be shared.
func parseStubs(text string) (*stubs.Decls, []*stubs.Error) {
	lastStubs.Lock()
	defer lastStubs.Unlock()
	if !lastStubs.valid || lastStubs.text != text {
		lastStubs.decls, lastStubs.errs = stubs.Parse(StubFile, []byte(text))
		lastStubs.text, lastStubs.valid = text, true
	}
	return lastStubs.decls, lastStubs.errs
}

// resolve loads the profile and parses the stubs of a target. An unknown
// profile is an error of the request.
func (t Target) resolve() (*resolved, error) {
	prof := profile.Default()
	if t.Profile != "" {
		p, err := profile.Get(t.Profile)
		if err != nil {
			return nil, fmt.Errorf("profile %q: %v (known: %v)", t.Profile, err, profile.Names())
		}
		prof = p
	}
	for _, name := range t.Inputs {
		if !isIdentifier(name) {
			return nil, fmt.Errorf("input name %q is not an identifier", name)
		}
	}
	decls, errs := parseStubs(t.Stubs)
	return &resolved{prof: prof, decls: decls, stubErrs: errs,
		opts: analysis.Options{Profile: prof, Decls: decls, Inputs: t.Inputs}}, nil
}

// isIdentifier reports whether s is a Python (ASCII) identifier.
func isIdentifier(s string) bool {
	for i, c := range s {
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}

// Info describes the build: the profiles it knows and the default one.
type Info struct {
	Profiles       []string `json:"profiles"`
	DefaultProfile string   `json:"defaultProfile"`
}

func info() Info {
	return Info{Profiles: profile.Names(), DefaultProfile: profile.Default().Name}
}
