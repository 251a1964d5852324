package interp

import "math/bits"

// stackEffect is the change in stack depth of an instruction when it
// falls through (jump is the change when it branches).
func stackEffect(op opcode, arg int) (fall, jump int) {
	switch op {
	case opNop, opRot2, opRot3, opStoreLocalN, opLoadAttr, opLoadAttrCall, opUnary, opListToTuple, opGetIter,
		opPopBlock, opPushExc, opPopExcept, opAwait, opJump, opMakeClass:
		return 0, 0
	case opPop, opStoreLocal, opStoreCell, opStoreGlobal, opStoreName, opBinary, opInplace, opCompare,
		opListAppend, opSetAdd, opListExtend, opSetUpdate, opDictUpdate, opSubscr, opExcMatch,
		opReturn, opWithExitOK, opSetResult, opReraise, opJumpIfFalse, opJumpIfTrue:
		return -1, -1
	case opDup, opLoadConst, opLoadLocal, opLoadCell, opLoadClosure, opLoadGlobal, opLoadName,
		opLoadExtFn, opLoadNone, opLoadMethod, opWithEnter, opImportName, opImportFrom, opBuildComp:
		return 1, 1
	case opDup2, opLoadLocalConst, opLoadLocal2, opLoadGlobalConst:
		return 2, 2
	case opStoreAttr, opMapAdd:
		return -2, -2
	case opStoreSubscr:
		return -3, -3
	case opCallMethod:
		return -(arg + 1), 0
	case opBuildList, opBuildTuple, opBuildSet, opBuildString, opBuildSlice:
		return 1 - arg, 0
	case opBuildDict:
		return 1 - 2*arg, 0
	case opJumpIfFalseOrPop, opJumpIfTrueOrPop:
		return -1, 0
	case opCompareJump:
		return -2, -2
	case opForIter:
		return 1, -1
	case opUnpack:
		return arg - 1, 0
	case opUnpackEx:
		return arg&0xfff + arg>>12, 0
	case opCall:
		return -arg, 0
	case opCallKw:
		return -(arg + 1), 0
	case opCallEx:
		return -2, 0
	case opMakeFunction:
		return 1 - bits.OnesCount(uint(arg&7)), 0
	case opSetupExcept:
		return 0, 1
	case opRaise:
		return -arg, 0
	case opWithExitExc:
		return -2, -2
	case opFormat:
		return -(arg & 1), 0
	case opAssertFail:
		return 0, 0
	}
	return 0, 0
}

func isJump(op opcode) bool {
	switch op {
	case opJump, opJumpIfFalse, opJumpIfTrue, opJumpIfFalseOrPop, opJumpIfTrueOrPop, opForIter, opSetupExcept, opCompareJump:
		return true
	}
	return false
}

func endsBlock(op opcode) bool {
	switch op {
	case opJump, opReturn, opRaise, opReraise, opAssertFail:
		return true
	}
	return false
}

// stackDepth returns the deepest the operand stack gets.
func stackDepth(c *Code) int {
	n := len(c.instrs)
	var buf [64]int // most code objects are short: no allocation
	depth := buf[:0]
	if n+1 <= len(buf) {
		depth = buf[:n+1]
	} else {
		depth = make([]int, n+1)
	}
	for i := range depth {
		depth[i] = -1
	}
	max := 0
	work := []int{0}
	depth[0] = 0
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[pc]
		for pc < n {
			ins := c.instrs[pc]
			op, arg := opcode(ins&0xff), int(ins>>8)
			fall, jmp := stackEffect(op, arg)
			if op == opMakeFunction && arg&mfClosure != 0 {
				// The closure is nfree cells, not the one tuple
				// stackEffect counts.
				fall -= c.consts[arg>>3].(*funcInfo).code.nfree - 1
			}
			if isJump(op) {
				t := arg
				if op == opCompareJump {
					t = arg & 0xffff
				}
				if depth[t] < 0 {
					depth[t] = d + jmp
					work = append(work, t)
				}
				if d+jmp > max {
					max = d + jmp
				}
			}
			if endsBlock(op) {
				break
			}
			d += fall
			if d > max {
				max = d
			}
			pc++
			if pc < n && depth[pc] >= 0 {
				break
			}
			if pc < n {
				depth[pc] = d
			}
		}
	}
	return max
}
