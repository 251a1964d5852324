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
type fileState struct {
	c         *checker
	syms      symbols
	binds     bindTable
	scopes    [][]scope // blocks; nScopes are in use
	nScopes   int
	bindings  [][]Binding // blocks; nBindings are in use
	nBinding  int
	uses      []use
	deferred  []deferredCheck
	msgs      map[msgKey]Diagnostic   // see cachedDiag; Severity 0 for no verdict
	plainMsgs map[plainKey]Diagnostic // the same without placeholders
	diags     []Diagnostic            // the checker's buffer (checker.finish)
	reuse     bool
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
	f.syms.reset()
	f.binds.reset()
	if f.uses == nil {
		f.uses = make([]use, 0, len(src)/48) // reads left after local ones resolve early
		f.deferred = make([]deferredCheck, 0, len(src)/256)
	}
	return f
}

// release returns the state to the pool, dropping its pointers into the
// file's tree so that the pool does not keep the tree alive.
func (f *fileState) release() {
	if !f.reuse {
		return
	}
	for i := 0; i*blockSize < f.nScopes; i++ {
		clear(f.scopes[i][:min(blockSize, f.nScopes-i*blockSize)])
	}
	for i := 0; i*blockSize < f.nBinding; i++ {
		clear(f.bindings[i][:min(blockSize, f.nBinding-i*blockSize)])
	}
	f.nScopes, f.nBinding = 0, 0
	clear(f.uses)
	clear(f.deferred)
	f.uses, f.deferred = f.uses[:0], f.deferred[:0]
	f.syms.release()
	clear(f.msgs)
	clear(f.plainMsgs)
	clear(f.diags) // what the result does not share: it has a copy
	f.diags = f.diags[:0]
	f.c = nil
	filePool.Put(f)
}

// newScope makes a scope of the file, inside parent (nil for the module).
func (f *fileState) newScope(kind scopeKind, parent *scope, node syntax.Node) *scope {
	i := f.nScopes
	if i/blockSize == len(f.scopes) {
		f.scopes = append(f.scopes, make([]scope, blockSize))
	}
	f.nScopes++
	sc := &f.scopes[i/blockSize][i%blockSize]
	*sc = scope{kind: kind, parent: parent, node: node, file: f, idx: int32(i)}
	if parent != nil {
		sc.depth = parent.depth + 1
	}
	return sc
}

// newBinding returns a zero Binding of the file.
func (f *fileState) newBinding() *Binding {
	if !f.reuse {
		// The bindings escape into Result.Refs: allocate them apart from
		// the pooled blocks, still in blocks.
		if f.nBinding%blockSize == 0 {
			f.bindings = append(f.bindings[:0], make([]Binding, blockSize))
		}
		b := &f.bindings[0][f.nBinding%blockSize]
		f.nBinding++
		return b
	}
	i := f.nBinding
	if i/blockSize == len(f.bindings) {
		f.bindings = append(f.bindings, make([]Binding, blockSize))
	}
	f.nBinding++
	return &f.bindings[i/blockSize][i%blockSize]
}
