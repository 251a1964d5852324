package interp

// An instruction is one uint32: the opcode in the low 8 bits and its
// argument in the high 24 bits.
type opcode uint8

const (
	opNop opcode = iota
	opPop
	opDup
	opDup2
	opRot2
	opRot3
	opLoadConst
	opLoadLocal
	opStoreLocal
	opLoadCell
	opStoreCell
	opLoadClosure // push the cell object itself, to build a closure
	opLoadGlobal
	opStoreGlobal
	opLoadName  // class body: namespace, then globals
	opStoreName // class body namespace
	opLoadExtFn // a called name bound nowhere: an external function
	opLoadAttr
	opStoreAttr
	opLoadMethod
	opCallMethod
	opBinary  // arg: binary operator
	opInplace // arg: binary operator (augmented assignment)
	opUnary   // arg: unary operator
	opCompare // arg: comparison operator
	opBuildList
	opBuildTuple
	opBuildSet
	opBuildDict // arg: number of key/value pairs
	opListAppend
	opSetAdd
	opMapAdd
	opListExtend
	opSetUpdate
	opDictUpdate
	opListToTuple
	opBuildSlice // arg: 2 or 3
	opSubscr
	opStoreSubscr
	opJump
	opJumpIfFalse // pops
	opJumpIfTrue  // pops
	opJumpIfFalseOrPop
	opJumpIfTrueOrPop
	opGetIter
	opForIter // arg: jump target when exhausted
	opUnpack  // arg: count
	opUnpackEx
	opCall   // arg: positional count
	opCallKw // arg: positional count; top of stack is a tuple of keyword names
	opCallEx // stack: fn, args tuple, kwargs dict
	opMakeFunction
	opReturn
	opSetupExcept
	opPopBlock
	opRaise // arg: 0 bare raise, 1 raise exc, 2 raise exc from cause
	opReraise
	opPushExc
	opPopExcept
	opExcMatch
	opWithEnter
	opWithExitOK
	opWithExitExc
	opSetResult
	opFormat // arg: conversion<<1 | hasSpec
	opBuildString
	opImportName
	opImportFrom
	opAssertFail // arg: 1 with message
	opAwait
	opMakeClass // arg: class info const index
	opLoadNone
	opStoreLocalN  // store local, keep a copy
	opLoadAttrCall // obj.name about to be called: builtin methods bind
	opCompareJump  // compare (op in arg>>16) and jump to arg&0xffff if false
	// Superinstructions: the first instruction of a pair is replaced by
	// one that does both and skips the second, which stays in place so
	// that a jump to it still works.
	opLoadLocalConst  // local arg&0xfff, const arg>>12
	opLoadLocal2      // locals arg&0xfff and arg>>12
	opLoadGlobalConst // global arg&0xfff, const arg>>12
	// opLine starts a statement in a debug compile (debug.go); arg is its kind.
	opLine
	// More superinstructions (see opLoadLocalConst).
	opLoadLocalAttr   // local arg&0xfff, then attribute names[arg>>12]
	opLoadLocalMethod // local arg&0xfff, then method site arg>>12
	// opBuildComp starts a list or dict comprehension's result (arg:
	// compList or compDict) with room for as many items as its iterator,
	// local 0, has left: a comprehension with one for and no if makes
	// that many (a set comprehension is mostly there to drop duplicates).
	opBuildComp
)

// Arguments of opBuildComp.
const (
	compList = iota
	compDict
)

// Flags of opMakeFunction.
const (
	mfDefaults   = 1
	mfKwDefaults = 2
	mfClosure    = 4
)

func mkInstr(op opcode, arg int) uint32 { return uint32(op) | uint32(arg)<<8 }
