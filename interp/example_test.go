package interp_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/monty-tools/monty-tools/interp"
)

// Compile once, then run with inputs (any number of times, also from
// several goroutines at once).
func ExampleProgram_Run() {
	prog, err := interp.Compile("area.py", []byte("print('computing')\nwidth * height\n"),
		interp.CompileOptions{Inputs: []string{"width", "height"}})
	if err != nil {
		panic(err)
	}
	for _, w := range []int{2, 3} {
		result, err := prog.Run(context.Background(), interp.RunConfig{
			Inputs: map[string]interp.Value{"width": interp.Int(w), "height": interp.Int(7)},
			Stdout: os.Stdout,
		})
		fmt.Println(interp.Repr(result), err)
	}
	// Output:
	// computing
	// 14 <nil>
	// computing
	// 21 <nil>
}

// Sync external functions are Go functions registered by name; an
// exception they return is raised in the program.
func ExampleSync() {
	funcs := interp.Funcs{
		"get_user": interp.Sync(func(ctx context.Context, args []interp.Value, kw []interp.KeywordArg) (interp.Value, error) {
			if args[0] == interp.Int(1) {
				return map[string]any{"name": "Ada", "admin": true}, nil
			}
			return nil, interp.NewException("KeyError", "no such user")
		}),
	}
	src := `
user = get_user(1)
try:
    get_user(2)
except KeyError as e:
    print('missing:', e)
user['name']
`
	prog, err := interp.Compile("users.py", []byte(src), interp.CompileOptions{Externals: funcs.Names()})
	if err != nil {
		panic(err)
	}
	result, err := prog.Run(context.Background(), interp.RunConfig{Stdout: os.Stdout, Funcs: funcs})
	fmt.Println(interp.Repr(result), err)
	// Output:
	// missing: 'no such user'
	// 'Ada' <nil>
}

// Async external functions run on their own goroutines: the calls of an
// asyncio.gather run concurrently, and the program gets their results in
// order.
func ExampleAsync() {
	funcs := interp.Funcs{
		"fetch": interp.Async(func(ctx context.Context, args []interp.Value, kw []interp.KeywordArg) (interp.Value, error) {
			url := string(args[0].(interp.Str))
			return interp.Int(len(url)), nil
		}),
	}
	src := `
import asyncio

async def main():
    return await asyncio.gather(fetch('a.example'), fetch('bb.example'))

asyncio.run(main())
`
	prog, err := interp.Compile("fetch.py", []byte(src), interp.CompileOptions{Externals: funcs.Names()})
	if err != nil {
		panic(err)
	}
	result, err := prog.Run(context.Background(), interp.RunConfig{Funcs: funcs})
	fmt.Println(interp.Repr(result), err)
	// Output:
	// [9, 10] <nil>
}

// Start runs step by step: each external call pauses the run, and the host
// answers it with Resume (or raises into the program with ResumeError).
// An asyncio.gather over async calls pauses once with all of them, which
// the host answers by call ID in any order.
func ExampleProgram_Start() {
	src := `
import asyncio

async def main():
    prices = await asyncio.gather(price('tea'), price('cake'))
    return total(prices, tax=0.5)

asyncio.run(main())
`
	prog, err := interp.Compile("shop.py", []byte(src), interp.CompileOptions{Externals: []string{"price", "total"}})
	if err != nil {
		panic(err)
	}
	cfg := interp.RunConfig{Funcs: interp.Funcs{"price": {Async: true}}} // price is async; no Go code: pause
	snap, result, err := prog.Start(context.Background(), cfg)
	for snap != nil {
		calls := snap.Calls()
		answers := map[int64]interp.Result{}
		for i := len(calls) - 1; i >= 0; i-- { // any order
			c := calls[i]
			fmt.Printf("call %d: %s%s %v\n", c.ID, c.Function, interp.Repr(interp.Tuple(c.Args)), c.Kwargs)
			if c.Function == "price" {
				answers[c.ID] = interp.Result{Value: interp.Float(len(c.Args[0].(interp.Str)))}
			} else {
				sum := 0.0
				for _, p := range c.Args[0].(*interp.List).Items {
					sum += float64(p.(interp.Float))
				}
				answers[c.ID] = interp.Result{Value: interp.Float(sum * (1 + float64(c.Kwargs[0].Value.(interp.Float))))}
			}
		}
		snap, result, err = snap.ResumeCalls(answers)
	}
	fmt.Println(interp.Repr(result), err)
	// Output:
	// call 2: price('cake',) []
	// call 1: price('tea',) []
	// call 3: total([3.0, 4.0],) [{tax 0.5}]
	// 10.5 <nil>
}

// A paused run serialises to bytes; LoadSnapshot resumes it, here or in
// another process, at the same call.
func ExampleLoadSnapshot() {
	src := "print('asking')\nanswer = ask('name?')\nprint('hello', answer)\nlen(answer)\n"
	prog, err := interp.Compile("ask.py", []byte(src), interp.CompileOptions{Externals: []string{"ask"}})
	if err != nil {
		panic(err)
	}
	snap, _, err := prog.Start(context.Background(), interp.RunConfig{Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	data, err := snap.MarshalBinary()
	if err != nil {
		panic(err)
	}
	snap.Close() // this process is done with it

	// Later, perhaps elsewhere:
	var out strings.Builder
	loaded, err := interp.LoadSnapshot(context.Background(), data, interp.LoadOptions{Stdout: &out})
	if err != nil {
		panic(err)
	}
	fmt.Println("paused at", loaded.FunctionName(), interp.Repr(interp.Tuple(loaded.Call().Args)))
	_, result, err := loaded.Resume(interp.Str("Grace"))
	fmt.Print(out.String())
	fmt.Println(interp.Repr(result), err)
	// Output:
	// asking
	// paused at ask ('name?',)
	// hello Grace
	// 5 <nil>
}
