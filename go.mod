module github.com/monty-tools/monty-tools

go 1.26.0

require (
	golang.org/x/text v0.44.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
)
