package interp

import "time"

// Limits bound one run so that untrusted code cannot exhaust the host.
// A zero field means no limit, except MaxRecursion, whose zero value means
// Monty's default depth of 1000.
type Limits struct {
	MaxDuration    time.Duration // wall time of the run
	MaxMemory      int64         // bytes held by live Python values
	MaxAllocations int64         // heap allocations since the start, freed or not
	MaxRecursion   int           // Python call depth
	MaxOutput      int64         // bytes the program prints
}

// Usage is what one run consumed; RunConfig.Usage receives it.
type Usage struct {
	Duration    time.Duration
	PeakMemory  int64 // bytes, as MaxMemory counts them
	Allocations int64
	MaxDepth    int   // deepest Python call depth reached
	OutputBytes int64 // bytes printed
}
