// Package analysis will check Monty programs against a versioned profile
// of the Monty subset (issue 3). It is empty until then; it exists so that
// the repository has the layout of the design card.
package analysis
