package analysis

import (
	"sync"

	"github.com/monty-tools/monty-tools/syntax"
)

// fileState is the name-resolution state of one file: its symbols,
// scopes, bindings and the walk's pending work. A plain check hands it
// back to a pool when done, so that the next file reuses its memory;
// under Options.KeepRefs the bindings outlive the check (in Result.Refs)
// and the state is not reused.
//
// What the state keeps per binding, use and scope is mostly numbers, not
// pointers (see scope): the few pointers it holds into a file's tree are
// dropped when it goes back to the pool, so that the pool does not keep
// the tree alive.
type fileState struct {
	c         *checker
	syms      symbols
	binds     bindTable
	scopes    [][]scope // blocks; nScopes are in use
	nScopes   int
	bindings  [][]Binding // blocks; nBindings are in use
	nBinding  int
	withNode  []int32 // the bindings whose Node or mod is set, for release
	uses      []use
	deferred  []deferredCheck
	msgs      map[msgKey]Diagnostic   // see cachedDiag; Severity 0 for no verdict
	plainMsgs map[plainKey]Diagnostic // the same without placeholders
	diags     []Diagnostic            // the checker's buffer (checker.finish)
	memo      [memoSize]diagMemo      // in front of plainMsgs; entries of an earlier file have an older gen
	gen       uint32
	memoSet   bool // some memo entry has this gen, for release to clear
	reuse     bool // pooled; false under KeepRefs, which also sets Binding.Name
}

const blockSize = 256

var filePool = sync.Pool{New: func() any { return new(fileState) }}

// newFileState returns a state for checking one file with c.
func newFileState(c *checker, src []byte) *fileState {
	var f *fileState
	if c.opts.KeepRefs {
		f = new(fileState)
	} else {
		f = filePool.Get().(*fileState)
		f.reuse = true
	}
	f.c = c
	f.gen++
	f.syms.reset()
	f.binds.reset()
	if f.uses == nil {
		f.uses = make([]use, 0, len(src)/48) // reads left after local ones resolve early
		f.deferred = make([]deferredCheck, 0, len(src)/256)
	}
	return f
}

// release returns the state to the pool, dropping its pointers into the
// file's tree so that the pool does not keep the tree alive. It writes
// only the pointers that are set: clearing a pointer costs a write
// barrier while the collector is marking, as setting one does.
func (f *fileState) release() {
	if !f.reuse {
		return
	}
	for i := range f.nScopes {
		sc := f.scope(int32(i))
		if sc.node != nil {
			sc.node = nil
		}
		if sc.globals != nil || sc.nonlocal != nil {
			sc.globals, sc.nonlocal = nil, nil
		}
	}
	for _, i := range f.withNode {
		b := f.binding(i)
		b.Node, b.mod = nil, nil
	}
	f.withNode = f.withNode[:0]
	f.binds.empty(f)
	f.nScopes, f.nBinding = 0, 0
	clear(f.uses)
	clear(f.deferred)
	f.uses, f.deferred = f.uses[:0], f.deferred[:0]
	f.syms.release()
	clear(f.msgs)
	clear(f.plainMsgs)
	if f.memoSet {
		for i := range f.memo {
			if f.memo[i].gen == f.gen {
				f.memo[i] = diagMemo{} // its key may be a piece of the source
			}
		}
		f.memoSet = false
	}
	clear(f.diags) // what the result does not share: it has a copy
	f.diags = f.diags[:0]
	f.c = nil
	filePool.Put(f)
}

// newScope makes a scope of the file, inside parent (nil for the module).
func (f *fileState) newScope(kind scopeKind, parent *scope, node syntax.Node) *scope {
	i := f.nScopes
	if i/blockSize == len(f.scopes) {
		block := make([]scope, blockSize)
		for j := range block {
			block[j].file = f
		}
		f.scopes = append(f.scopes, block)
	}
	f.nScopes++
	sc := &f.scopes[i/blockSize][i%blockSize]
	// Field by field: a struct copy would write every pointer field.
	sc.kind, sc.idx, sc.depth, sc.last = kind, int32(i), 0, 0
	if parent != nil {
		sc.depth = parent.depth + 1
	}
	if sc.parent != parent {
		sc.parent = parent
	}
	if node != nil {
		sc.node = node
	}
	return sc
}

// scope returns the scope numbered i.
func (f *fileState) scope(i int32) *scope {
	return &f.scopes[i/blockSize][i%blockSize]
}

// newBinding returns a Binding of the file whose pointer fields are nil
// and whose idx is set; the caller sets the rest.
func (f *fileState) newBinding() *Binding {
	i := f.nBinding
	if i/blockSize == len(f.bindings) {
		f.bindings = append(f.bindings, make([]Binding, blockSize))
	}
	f.nBinding++
	b := &f.bindings[i/blockSize][i%blockSize]
	b.idx = int32(i)
	return b
}

// binding returns the binding numbered i.
func (f *fileState) binding(i int32) *Binding {
	return &f.bindings[i/blockSize][i%blockSize]
}

// bindingIn returns the binding of sym in s, or nil.
func (f *fileState) bindingIn(s *scope, sym symID) *Binding {
	if i := f.binds.get(s, sym); i >= 0 {
		return f.binding(i)
	}
	return nil
}
