package interp

import (
	"math/big"

	"github.com/monty-tools/monty-tools/interp/pylib"
)

// Format-spec adapters over pylib's CPython-exact formatter.

func fmtInt(n int64, spec string) (string, error)     { return pylib.FormatInt(n, spec) }
func fmtBig(n *big.Int, spec string) (string, error)  { return pylib.FormatBigInt(n, spec) }
func fmtBool(b bool, spec string) (string, error)     { return pylib.FormatBool(b, spec) }
func fmtFloat(f float64, spec string) (string, error) { return pylib.FormatFloat(f, spec) }
func fmtStr(s string, spec string) (string, error)    { return pylib.FormatStr(s, spec) }
