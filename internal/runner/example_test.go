package runner_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/monty-tools/monty-tools/internal/runner"
)

// Example prepares a rule of a project whose stub declares one external
// function, answers it with a mock, runs it and reads the report.
func Example() {
	dir, _ := os.MkdirTemp("", "runner-example")
	defer os.RemoveAll(dir)
	for name, text := range map[string]string{
		"monty.toml": "[monty]\nstubs = [\"host.pyi\"]\ninputs = [\"order\"]\n",
		"host.pyi":   "def price(item: str) -> float: ...\n",
		"mocks.json": `{"price": {"cases": [{"args": ["tea"], "return": 2.5}], "default": 1}}`,
		"rule.py":    "total = sum(price(i) * n for i, n in order.items())\nprint('total', total)\ntotal > 5\n",
	} {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	prep, err := runner.Prepare(filepath.Join(dir, "rule.py"), nil, runner.Options{
		Dir:       dir,
		MocksFile: "mocks.json",
		Inputs:    map[string]json.RawMessage{"order": json.RawMessage(`{"tea": 2, "cake": 1}`)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	rep := prep.Run(context.Background(), runner.RunOptions{})
	fmt.Print(rep.Stdout)
	fmt.Println("result:", *rep.Repr)
	for _, c := range rep.Calls {
		fmt.Println(c.Text, "->", c.ResultText, "from the", c.Source)
	}
	// Output:
	// total 6.0
	// result: True
	// price('tea') -> 2.5 from the mock
	// price('cake') -> 1 from the mock
}
