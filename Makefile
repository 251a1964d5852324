# Developer entry points. `make test` is what CI runs (see .ci/run).
GO ?= go

.PHONY: test check-format vet unit fuzz bench goldens

test: check-format vet unit

check-format:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

unit:
	$(GO) test ./...

# fuzz runs the parser fuzz target; FUZZTIME=10m for a release check.
FUZZTIME ?= 1m
fuzz:
	$(GO) test ./syntax -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME)

bench:
	bash bench/parse
	bash bench/check

# goldens regenerates the parser goldens from CPython (needs python3 and npm).
goldens:
	scripts/syntax-goldens
