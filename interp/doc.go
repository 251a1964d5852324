// Package interp will run the Monty subset with Monty's semantics
// (issue 6). It is empty until then; it exists so that the repository has
// the layout of the design card.
package interp
